// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// IcsParser and CalendarZones: real exports (Google Calendar, Nextcloud, Outlook), time zones by
// every name they come under, the trainer and seats conventions, everything that must refuse a
// calendar as a whole (size, nesting, garbage), the flood cap, thousands of mutated calendars,
// and the VEVENT written for the QR code.

#include "schedule/calendarzones.h"
#include "schedule/calendarzones_p.h"
#include "schedule/icsparser.h"
#include "schedule/scheduleexpander.h"
#include "schedule/trainingoccurrence.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

const IcsEvent *findEvent(const IcsParser::Result &result, const QString &uid)
{
    for (const IcsEvent &event : result.events) {
        if (event.uid == uid)
            return &event;
    }
    return nullptr;
}

QByteArray calendarOf(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mist tests//EN\r\n" + events
        + "END:VCALENDAR\r\n";
}

QByteArray simpleEvent(int number, const QByteArray &extra = {})
{
    const QDate day = QDate(2026, 3, 1).addDays(number % 60);
    return "BEGIN:VEVENT\r\nUID:e" + QByteArray::number(number)
        + "@mist.test\r\nDTSTART;TZID=Europe/Kyiv:" + day.toString(u"yyyyMMdd"_s).toLatin1()
        + "T100000\r\nSUMMARY:Подія " + QByteArray::number(number) + "\r\n" + extra
        + "END:VEVENT\r\n";
}

QStringList warningsContaining(const QStringList &warnings, const QString &text)
{
    QStringList found;
    for (const QString &warning : warnings) {
        if (warning.contains(text))
            found << warning;
    }
    return found;
}

} // namespace

class TestIcsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void googleCalendarExport()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/google-export.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.calendarName, u"Тренінги бібліотеки"_s);
        QCOMPARE(result.events.size(), std::size_t(4));
        QCOMPARE(result.droppedEvents, 0);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));

        const IcsEvent &series = result.events.at(0);
        QCOMPARE(series.uid, u"4m1c2f0s9l0q8v7d6b5n4k3j2h@google.com"_s);
        QVERIFY(!series.recurrenceId);
        QCOMPARE(series.start.zone, QByteArray("Europe/Kyiv")); // written as Europe/Kiev
        QCOMPARE(series.start.date, QDate(2026, 11, 3));
        QCOMPARE(series.start.time, QTime(10, 0));
        QCOMPARE(series.durationSeconds, 7200);
        QCOMPARE(series.rrules.size(), std::size_t(1));
        QVERIFY(series.rrules.front().contains("FREQ=WEEKLY"));
        QCOMPARE(series.exdates.size(), std::size_t(1));
        QCOMPARE(series.status, TrainingOccurrence::Status::Confirmed);
        QCOMPARE(series.location, u"Комп’ютерний клас, 2 поверх"_s);
        // HTML from Google became text; the folded "Марія " + "Бондар" is one name again.
        QCOMPARE(series.description,
            u"Для початківців. Візьміть паспорт і телефон.\n\nТренер: Марія Бондар\nВільних "
            u"місць: 6"_s);
        QCOMPARE(series.trainer, u"Марія Бондар"_s);
        QCOMPARE(series.seatsFree, std::optional<int>(6));

        const IcsEvent &moved = result.events.at(1);
        QCOMPARE(moved.uid, series.uid);
        QVERIFY(moved.recurrenceId);
        QCOMPARE(moved.recurrenceId->date, QDate(2026, 11, 24));
        QCOMPARE(moved.sequence, 1);

        const IcsEvent &allDay = result.events.at(2);
        QVERIFY(allDay.allDay());
        QCOMPARE(allDay.durationDays, 1);
        QVERIFY(allDay.description.isEmpty());

        const IcsEvent &utc = result.events.at(3);
        QCOMPARE(utc.start.zone, QByteArray("UTC"));
        QCOMPARE(utc.start.toUtc(), QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
    }

    void nextcloudExport()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/nextcloud-export.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.calendarName, u"Тренінги (Nextcloud)"_s);
        QCOMPARE(result.events.size(), std::size_t(3));
        const IcsEvent &training = result.events.at(0);
        QCOMPARE(training.trainer, u"Ольга Мельник"_s);
        QCOMPARE(training.seatsFree, std::optional<int>(4));
        QVERIFY(training.isShown());
        // Private and confidential events stay (they hold their slot) but are never shown.
        QVERIFY(result.events.at(1).confidential);
        QVERIFY(result.events.at(2).confidential);
        QVERIFY(!result.events.at(1).isShown());
    }

    void trainerAndSeatsConventions()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/trainer-seats.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));

        const IcsEvent *explicitProperties = findEvent(result, u"x-properties@mist.test"_s);
        QVERIFY(explicitProperties);
        QCOMPARE(explicitProperties->trainer, u"Олена Петренко, бібліотекарка"_s);
        QCOMPARE(explicitProperties->seatsFree, std::optional<int>(12));
        QCOMPARE(explicitProperties->url, u"https://library.example.org/trainings/42"_s);

        // The ORGANIZER is the calendar's owner, never taken for the trainer.
        const IcsEvent *lines = findEvent(result, u"description-lines@mist.test"_s);
        QVERIFY(lines);
        QCOMPARE(lines->trainer, u"Ірина Коваль"_s);
        QCOMPARE(lines->seatsFree, std::optional<int>(0));

        const IcsEvent *html = findEvent(result, u"html-description@mist.test"_s);
        QVERIFY(html);
        QCOMPARE(html->trainer, u"Андрій Шевчук"_s);
        QCOMPARE(html->seatsFree, std::optional<int>(7));
        QCOMPARE(html->description,
            u"Пенсійний фонд онлайн\nВедучий: Андрій Шевчук\nВільні місця: 7\nпортал & кабінет"_s);
        QVERIFY(html->url.isEmpty()); // http:// is left out
        QCOMPARE(warningsContaining(result.warnings, u"URL is not a plain https"_s).size(), 1);

        const IcsEvent *none = findEvent(result, u"no-conventions@mist.test"_s);
        QVERIFY(none);
        QVERIFY(none->trainer.isEmpty());
        QVERIFY(!none->seatsFree);
        QCOMPARE(warningsContaining(result.warnings, u"X-MIST-SEATS-FREE"_s).size(), 1);
    }

    void conventionLines_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("trainer");
        QTest::addColumn<int>("seats"); // -1: not said

        QTest::newRow("plain") << u"Тренер: Іван Франко\nВільних місць: 5"_s << u"Іван Франко"_s
                               << 5;
        QTest::newRow("lower case") << u"тренерка: Леся\nвільних місць: 10"_s << u"Леся"_s << 10;
        QTest::newRow("full-width colon") << u"Тренер： Ігор"_s << u"Ігор"_s << -1;
        QTest::newRow("bullet") << u"• Тренер: Оксана\n- Вільні місця: 2"_s << u"Оксана"_s << 2;
        QTest::newRow("english") << u"Trainer: Olha\nFree seats: 3"_s << u"Olha"_s << 3;
        QTest::newRow("no seats word") << u"Вільних місць: немає"_s << QString() << 0;
        QTest::newRow("not at a line start")
            << u"Наш тренер: Іван. Вільних місць: 5"_s << QString() << -1;
        QTest::newRow("too many seats") << u"Вільних місць: 100000"_s << QString() << -1;
        QTest::newRow("number glued to a word") << u"Вільних місць: 5шт"_s << QString() << -1;
        QTest::newRow("empty trainer") << u"Тренер:   \nВільних місць: 1"_s << QString() << 1;
    }

    void conventionLines()
    {
        QFETCH(QString, description);
        QFETCH(QString, trainer);
        QFETCH(int, seats);
        QCOMPARE(IcsParser::trainerFromDescription(description), trainer);
        QCOMPARE(IcsParser::seatsFromDescription(description),
            seats < 0 ? std::nullopt : std::optional<int>(seats));
    }

    void htmlToPlainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("not html") << u"a < b and c > d"_s << u"a < b and c > d"_s;
        QTest::newRow("breaks") << u"one<br>two<br/>three<BR />four"_s
                                << u"one\ntwo\nthree\nfour"_s;
        QTest::newRow("paragraphs and lists")
            << u"<p>Intro</p><ul><li>Паспорт</li><li>Телефон</li></ul>"_s
            << u"Intro\n• Паспорт\n• Телефон\n\n"_s;
        QTest::newRow("entities") << u"<b>&lt;Дія&gt; &amp; ПФУ&nbsp;&#1031;&#x49;</b>"_s
                                  << u"<Дія> & ПФУ ЇI"_s;
        QTest::newRow("control character entity dropped") << u"<i>a&#7;b</i>"_s << u"ab"_s;
        QTest::newRow("escaped tag stays text") << u"<b>&lt;b&gt;</b>"_s << u"<b>"_s;
    }

    void htmlToPlainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(IcsParser::plainText(html), text);
    }

    void resolvesTimeZoneNames_data()
    {
        QTest::addColumn<QString>("tzid");
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Kyiv") << u"Europe/Kyiv"_s << QByteArray("Europe/Kyiv");
        QTest::newRow("Kiev") << u"Europe/Kiev"_s << QByteArray("Europe/Kyiv");
        QTest::newRow("quoted") << u"\"Europe/Kiev\""_s << QByteArray("Europe/Kyiv");
        QTest::newRow("Windows") << u"FLE Standard Time"_s << QByteArray("Europe/Kyiv");
        QTest::newRow("Outlook display name")
            << u"(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius"_s
            << QByteArray("Europe/Kyiv");
        QTest::newRow("Cyrillic") << u"Київ"_s << QByteArray("Europe/Kyiv");
        QTest::newRow("Lightning")
            << u"/mozilla.org/20050126_1/Europe/Kiev"_s << QByteArray("Europe/Kyiv");
        QTest::newRow("libical prefix")
            << u"/freeassociation.sourceforge.net/Tzfile/Europe/Warsaw"_s
            << QByteArray("Europe/Warsaw");
        QTest::newRow("Windows, elsewhere")
            << u"Central European Standard Time"_s << QByteArray("Europe/Warsaw");
        QTest::newRow("IANA, elsewhere") << u"America/New_York"_s << QByteArray("America/New_York");
        QTest::newRow("UTC") << u"UTC"_s << QByteArray("UTC");
        QTest::newRow("Etc/UTC") << u"Etc/UTC"_s << QByteArray("UTC");
        QTest::newRow("GMT offset") << u"GMT+03:00"_s << QByteArray("Etc/GMT-3");
        QTest::newRow("half-hour offset") << u"UTC+05:30"_s << QByteArray();
        QTest::newRow("unknown") << u"Library Time"_s << QByteArray();
        QTest::newRow("path") << u"../../../../etc/passwd"_s << QByteArray();
        QTest::newRow("absolute path") << u"/etc/passwd"_s << QByteArray();
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void resolvesTimeZoneNames()
    {
        QFETCH(QString, tzid);
        QFETCH(QByteArray, zone);
        QCOMPARE(CalendarZones::resolveTzid(tzid), zone);
    }

    void kyivTimeAcrossDst()
    {
        // The spring change is at 03:00 on the last Sunday of March, the autumn one at 04:00 on
        // the last Sunday of October.
        QCOMPARE(CalendarZones::toUtc({2026, 3, 28}, {10, 0}, CalendarZones::kyiv),
            QDateTime(QDate(2026, 3, 28), QTime(8, 0), Qt::UTC));
        QCOMPARE(CalendarZones::toUtc({2026, 3, 29}, {10, 0}, CalendarZones::kyiv),
            QDateTime(QDate(2026, 3, 29), QTime(7, 0), Qt::UTC));
        QCOMPARE(CalendarZones::toUtc({2026, 10, 25}, {10, 0}, CalendarZones::kyiv),
            QDateTime(QDate(2026, 10, 25), QTime(8, 0), Qt::UTC));
        QCOMPARE(CalendarZones::toKyiv(QDateTime(QDate(2026, 3, 29), QTime(7, 0), Qt::UTC))
                     .toString(Qt::ISODate),
            u"2026-03-29T10:00:00+03:00"_s);
        QCOMPARE(CalendarZones::toKyiv(QDateTime(QDate(2026, 10, 25), QTime(8, 0), Qt::UTC))
                     .toString(Qt::ISODate),
            u"2026-10-25T10:00:00+02:00"_s);
        QCOMPARE(CalendarZones::kyivDate(QDateTime(QDate(2026, 3, 27), QTime(22, 30), Qt::UTC)),
            QDate(2026, 3, 28));
        QCOMPARE(CalendarZones::kyivMidnight({2026, 7, 1}),
            QDateTime(QDate(2026, 6, 30), QTime(21, 0), Qt::UTC));
        // Qt agrees, reading the same tzdata.
        const QTimeZone kyiv("Europe/Kyiv");
        for (const QDate day : {QDate(2026, 1, 15), QDate(2026, 3, 29), QDate(2026, 10, 25),
                 QDate(2030, 7, 1), QDate(2040, 12, 24)}) {
            QCOMPARE(CalendarZones::toUtc(day, {10, 0}, CalendarZones::kyiv),
                QDateTime(day, QTime(10, 0), kyiv).toUTC());
        }
    }

    void compiledKyivRulesMatchTzdata()
    {
        // The fallback for a machine without tzdata gives the same answers from 1997 on.
        icaltimezone *system = IcalSupport::kyivZone();
        icaltimezone *compiled = IcalSupport::compiledKyivZone();
        QVERIFY(system != compiled);
        for (int year : {2000, 2026, 2027, 2035}) {
            for (int month = 1; month <= 12; ++month) {
                for (int day : {1, 15, 25, 26, 27, 28, 29, 30, 31}) {
                    const QDate date(year, month, day);
                    if (!date.isValid())
                        continue;
                    const icaltimetype wall = IcalSupport::wallClock(date, QTime(10, 0));
                    QCOMPARE(
                        IcalSupport::toUtcMs(wall, compiled), IcalSupport::toUtcMs(wall, system));
                }
            }
        }
    }

    void windowsAndOtherZoneNamesInACalendar()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/windows-zones.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.events.size(), std::size_t(4));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QCOMPARE(result.events.at(0).start.zone, QByteArray("Europe/Kyiv"));
        QCOMPARE(result.events.at(0).summary, u"Outlook: FLE Standard Time"_s);
        QCOMPARE(result.events.at(1).start.zone, QByteArray("Europe/Kyiv"));
        QCOMPARE(result.events.at(2).start.zone, QByteArray("Europe/Kyiv"));
        QCOMPARE(result.events.at(3).start.zone, QByteArray("Europe/Warsaw"));
    }

    void unknownTimeZoneIsKyivWithOneWarningEach()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/unknown-tzid.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.events.size(), std::size_t(3));
        for (const IcsEvent &event : result.events)
            QCOMPARE(event.start.zone, QByteArray("Europe/Kyiv"));
        const QStringList unknown = warningsContaining(result.warnings, u"unknown time zone"_s);
        QCOMPARE(unknown.size(), 2);
        QVERIFY(unknown.at(0).contains(u"\"Library Time\""_s));
    }

    void brokenEventsAreLeftOutOneByOne()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/malformed.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.droppedEvents, 2); // no DTSTART, unreadable DTSTART
        QCOMPARE(warningsContaining(result.warnings, u"no valid DTSTART"_s).size(), 2);
        QVERIFY(findEvent(result, u"good@mist.test"_s));

        const IcsEvent *badRule = findEvent(result, u"bad-rule@mist.test"_s);
        QVERIFY(badRule);
        QVERIFY(badRule->rrules.empty()); // libical refused FREQ=SOMETIMES while parsing
        QVERIFY(badRule->exdates.empty());
        QCOMPARE(badRule->durationSeconds, 0); // it ended before it started
        QCOMPARE(warningsContaining(result.warnings, u"ends before it starts"_s).size(), 1);
        for (const QString &warning : result.warnings)
            QVERIFY(!warning.contains(u'\n'));
    }

    void rulesThatCannotWorkAreDropped()
    {
        const IcsParser::Result result
            = IcsParser::parse(MistTest::readDataFile(u"ics/secondly.ics"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QVERIFY(findEvent(result, u"secondly@mist.test"_s)->rrules.empty());
        QVERIFY(findEvent(result, u"secondly-never@mist.test"_s)->rrules.empty());
        QCOMPARE(warningsContaining(result.warnings, u"more often than daily"_s).size(), 2);
        // A daily rule expanding to every minute is allowed here; the expander bounds it.
        QCOMPARE(
            findEvent(result, u"daily-every-second@mist.test"_s)->rrules.size(), std::size_t(1));
        QVERIFY(findEvent(result, u"monthly-never@mist.test"_s)->rrules.empty());
        QCOMPARE(warningsContaining(result.warnings, u"never matches"_s).size(), 1);
    }

    void weekdayNumbersInAWeeklyRuleAreIgnored()
    {
        const IcsParser::Result result = IcsParser::parse(
            calendarOf(simpleEvent(1, "RRULE:FREQ=WEEKLY;BYDAY=1MO;COUNT=3\r\n")));
        QVERIFY(result.ok());
        QCOMPARE(result.events.front().rrules.size(), std::size_t(1));
        QVERIFY(result.events.front().rrules.front().contains("BYDAY=MO"));
        QCOMPARE(warningsContaining(result.warnings, u"numbers weekdays"_s).size(), 1);
    }

    void wholeCalendarRefusals_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<int>("error");

        QTest::newRow("empty") << QByteArray() << int(IcsParser::Error::Empty);
        QTest::newRow("blank") << QByteArray(" \r\n\t\n") << int(IcsParser::Error::Empty);
        QTest::newRow("text") << QByteArray("hello") << int(IcsParser::Error::NotICalendar);
        QTest::newRow("html page")
            << QByteArray("<!DOCTYPE html><html><body>Sign in to Google</body></html>")
            << int(IcsParser::Error::NotICalendar);
        QTest::newRow("json") << QByteArray("{\"entries\": []}")
                              << int(IcsParser::Error::NotICalendar);
        QTest::newRow("bare VEVENT") << simpleEvent(1) << int(IcsParser::Error::NotICalendar);
        QTest::newRow("only broken events")
            << calendarOf("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\nEND:VEVENT\r\n")
            << int(IcsParser::Error::NoUsableEvents);

        QByteArray deep = "BEGIN:VCALENDAR\r\n";
        for (int i = 0; i < 10; ++i)
            deep += "BEGIN:VEVENT\r\n";
        QTest::newRow("nested 11 deep") << deep << int(IcsParser::Error::TooDeep);
        // libical frees components recursively: this would overflow the stack.
        QByteArray bomb = "BEGIN:VCALENDAR\r\n";
        bomb += QByteArray("BEGIN:X\n").repeated(200000);
        QTest::newRow("nesting bomb") << bomb << int(IcsParser::Error::TooDeep);
        QByteArray foldedBomb = "BEGIN:VCALENDAR\r\n";
        foldedBomb += QByteArray("BEG\r\n IN;X=1:X\n").repeated(50000);
        QTest::newRow("folded nesting bomb") << foldedBomb << int(IcsParser::Error::TooDeep);

        QByteArray huge = calendarOf(simpleEvent(1));
        huge.insert(huge.indexOf("END:VCALENDAR"),
            QByteArray("X-PADDING:" + QByteArray(70, 'x') + "\r\n").repeated(3 * 1024 * 1024 / 82));
        QVERIFY(huge.size() > 3 * 1000 * 1000);
        QTest::newRow("3 MB") << huge << int(IcsParser::Error::TooLarge);

        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(6);
        for (char &c : noise)
            c = char(random.bounded(256));
        QTest::newRow("noise") << noise << int(IcsParser::Error::NotICalendar);
        QTest::newRow("noise after BEGIN") << "BEGIN:VCALENDAR\r\n" + noise << -1; // no crash
    }

    void wholeCalendarRefusals()
    {
        QFETCH(QByteArray, ics);
        QFETCH(int, error);
        const IcsParser::Result result = IcsParser::parse(ics);
        if (error >= 0)
            QCOMPARE(int(result.error), error);
        if (!result.ok()) {
            QVERIFY(result.events.empty());
            QVERIFY(!result.errorString.isEmpty());
            QVERIFY(!result.errorString.contains(u'\n'));
        }
    }

    void calendarAtTheSizeCapIsRead()
    {
        QByteArray ics = calendarOf(simpleEvent(1));
        const QByteArray padding = "X-PADDING:" + QByteArray(70, 'x') + "\r\n";
        const qsizetype room = IcsParser::maxBytes - ics.size();
        ics.insert(ics.indexOf("END:VCALENDAR"),
            padding.repeated(room / padding.size()) + QByteArray(room % padding.size() - 2, 'y')
                + "\r\n");
        QCOMPARE(ics.size(), IcsParser::maxBytes);
        const IcsParser::Result result = IcsParser::parse(ics);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.events.size(), std::size_t(1));
        QCOMPARE(int(IcsParser::parse(ics + ' ').error), int(IcsParser::Error::TooLarge));
    }

    void floodOfEventsIsCapped()
    {
        QByteArray events;
        for (int i = 0; i < 10000; ++i)
            events += simpleEvent(i);
        const QByteArray ics = calendarOf(events);
        QVERIFY(ics.size() < IcsParser::maxBytes);

        QElapsedTimer timer;
        timer.start();
        const IcsParser::Result result = IcsParser::parse(ics);
        qInfo("10,000 events parsed (5,000 used) in %lld ms", timer.elapsed());
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.events.size(), std::size_t(IcsParser::maxEvents));
        QCOMPARE(result.droppedEvents, 5000);
        QCOMPARE(result.events.back().uid, u"e4999@mist.test"_s);
        QCOMPARE(warningsContaining(result.warnings, u"only the first 5000"_s).size(), 1);
    }

    void warningsAreCapped()
    {
        QByteArray events;
        for (int i = 0; i < 300; ++i)
            events += simpleEvent(i, "URL:ftp://example.org/\r\n");
        const IcsParser::Result result = IcsParser::parse(calendarOf(events));
        QVERIFY(result.ok());
        QCOMPARE(result.warnings.size(), IcsParser::maxWarnings);
        QVERIFY(result.warnings.back().contains(u"and 201 more"_s));
    }

    void textIsCleaned()
    {
        const QByteArray ics
            = calendarOf("BEGIN:VEVENT\r\nUID:text@mist.test\r\nDTSTART:20260310T080000Z\r\n"
                         "SUMMARY:  Пенсійний\\nфонд\\, онлайн \x07 \r\n"
                         "LOCATION:Зала\\; 2\r\n"
                         "DESCRIPTION:Рядок 1\\n\\n\\n\\n\\nРядок 2   \\nРядок 3\r\n"
                         "X-MIST-TRAINER:"
                + QByteArray("Дуже довге ім’я ").repeated(20)
                + "\r\n"
                  "END:VEVENT\r\n"
                  "BEGIN:VEVENT\r\nDTSTART:20260311T080000Z\r\nSUMMARY:\xff\xfe bad UTF-8\r\n"
                  "END:VEVENT\r\n");
        const IcsParser::Result result = IcsParser::parse(ics);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const IcsEvent &event = result.events.at(0);
        QCOMPARE(event.summary, u"Пенсійний фонд, онлайн"_s);
        QCOMPARE(event.location, u"Зала; 2"_s);
        QCOMPARE(event.description, u"Рядок 1\n\nРядок 2\nРядок 3"_s);
        QCOMPARE(event.trainer.size(), IcsParser::maxTrainerLength);
        QVERIFY(event.trainer.endsWith(u'…'));
        // No UID: a stable one is made up.
        const IcsEvent &noUid = result.events.at(1);
        QVERIFY(noUid.uid.startsWith(u"mist-"_s));
        QCOMPARE(IcsParser::parse(ics).events.at(1).uid, noUid.uid);
        QVERIFY(noUid.summary.endsWith(u"bad UTF-8"_s));
    }

    void survivesMutatedCalendars()
    {
        // Random damage to every fixture: flipped bytes, lost, doubled and swapped lines, cut
        // files, and lines from other calendars spliced in. Nothing may crash or hang, and what
        // parses must expand into a sane, bounded schedule.
        const QStringList fixtures {u"all-day.ics"_s, u"cancelled.ics"_s, u"dst-kyiv.ics"_s,
            u"exdate.ics"_s, u"google-export.ics"_s, u"malformed.ics"_s, u"moved-instance.ics"_s,
            u"nextcloud-export.ics"_s, u"rdate.ics"_s, u"secondly.ics"_s, u"trainer-seats.ics"_s,
            u"unknown-tzid.ics"_s, u"utc-and-floating.ics"_s, u"weekly-count.ics"_s,
            u"weekly-no-end.ics"_s, u"weekly-until.ics"_s, u"windows-zones.ics"_s};
        QList<QByteArray> spliceable;
        for (const QString &name : fixtures)
            spliceable += MistTest::readDataFile(u"ics/"_s + name).split('\n');

        QRandomGenerator random(20261126);
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        int parsed = 0;
        for (const QString &name : fixtures) {
            const QByteArray original = MistTest::readDataFile(u"ics/"_s + name);
            for (int round = 0; round < 200; ++round, ++rounds) {
                QList<QByteArray> lines = original.split('\n');
                const int changes = 1 + random.bounded(6);
                for (int i = 0; i < changes && !lines.isEmpty(); ++i) {
                    const int at = random.bounded(int(lines.size()));
                    switch (random.bounded(6)) {
                    case 0:
                        lines.removeAt(at);
                        break;
                    case 1:
                        lines.insert(at, lines.at(random.bounded(int(lines.size()))));
                        break;
                    case 2:
                        lines.swapItemsAt(at, random.bounded(int(lines.size())));
                        break;
                    case 3:
                        lines.insert(at, spliceable.at(random.bounded(int(spliceable.size()))));
                        break;
                    case 4:
                        if (!lines[at].isEmpty())
                            lines[at][random.bounded(int(lines[at].size()))]
                                = char(random.bounded(256));
                        break;
                    default:
                        lines = lines.mid(0, at);
                        break;
                    }
                }
                const QByteArray mutated = lines.join('\n');
                const ScheduleExpander::Result result
                    = ScheduleExpander::expand(mutated, QDate(2026, 3, 1), 60);
                if (!result.ok())
                    continue;
                ++parsed;
                QVERIFY(result.occurrences.size() <= std::size_t(ScheduleExpander::maxOccurrences));
                QVERIFY(result.warnings.size() <= IcsParser::maxWarnings + 50);
                for (std::size_t i = 0; i < result.occurrences.size(); ++i) {
                    const TrainingOccurrence &occurrence = result.occurrences[i];
                    QVERIFY(occurrence.start.isValid());
                    QVERIFY(occurrence.end >= occurrence.start);
                    QVERIFY(occurrence.start < result.windowEnd);
                    if (i > 0)
                        QVERIFY(result.occurrences[i - 1].start <= occurrence.start);
                    QVERIFY(!VEventWriter::write(occurrence, result.windowStart).isEmpty());
                }
            }
        }
        qInfo("%d mutated calendars (%d parsed) in %lld ms", rounds, parsed, timer.elapsed());
        QVERIFY(parsed > rounds / 4);
    }

    void veventForTheQrCode()
    {
        TrainingOccurrence occurrence;
        occurrence.uid = u"series@mist.test"_s;
        occurrence.recurrenceId = QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC);
        occurrence.start = QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC);
        occurrence.end = QDateTime(QDate(2026, 3, 11), QTime(14, 0), Qt::UTC);
        occurrence.summary = u"Як отримати Дія.Підпис; крок за кроком, з прикладами"_s;
        occurrence.location = u"Зала 2, бібліотека ім. Лесі Українки"_s;
        occurrence.description
            = u"Візьміть паспорт\\ID-картку і телефон.\n"_s + u"Дуже довгий опис. "_s.repeated(30);
        occurrence.url = u"https://library.example.org/t/42"_s;

        const QByteArray vevent
            = VEventWriter::write(occurrence, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(vevent.startsWith("BEGIN:VEVENT\r\n"));
        QVERIFY(vevent.endsWith("END:VEVENT\r\n"));
        QVERIFY(vevent.contains("\r\nUID:series@mist.test/20260310T080000Z\r\n"));
        QVERIFY(vevent.contains("\r\nDTSTAMP:20260301T090000Z\r\n"));
        QVERIFY(vevent.contains("\r\nDTSTART:20260311T120000Z\r\n"));
        QVERIFY(vevent.contains("\r\nDTEND:20260311T140000Z\r\n"));
        QVERIFY(vevent.contains("\r\nURL:https://library.example.org/t/42\r\n"));
        QVERIFY(!vevent.contains("\n\n"));

        // Every physical line fits in 75 octets and is valid UTF-8 on its own.
        for (const QByteArray &line : vevent.split('\n')) {
            QVERIFY(line.isEmpty() || line.endsWith('\r'));
            QVERIFY2(line.size() - 1 <= VEventWriter::maxLineOctets, line.constData());
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // no split sequence
        }

        // It reads back to the same event.
        const IcsParser::Result back = IcsParser::parse(calendarOf(vevent));
        QVERIFY2(back.ok(), qPrintable(back.errorString));
        const IcsEvent &event = back.events.front();
        QCOMPARE(event.summary, occurrence.summary);
        QCOMPARE(event.location, occurrence.location);
        QCOMPARE(event.start.toUtc(), occurrence.start);
        QCOMPARE(event.durationSeconds, 7200);
        QCOMPARE(event.url, occurrence.url);
        QVERIFY(event.description.startsWith(u"Візьміть паспорт\\ID-картку і телефон.\n"_s));
        QCOMPARE(event.description.size(), VEventWriter::defaultMaxDescriptionChars);
        QVERIFY(event.description.endsWith(u'…'));
    }

    void veventForAnAllDayEvent()
    {
        TrainingOccurrence occurrence;
        occurrence.uid = u"day@mist.test"_s;
        occurrence.allDay = true;
        occurrence.date = QDate(2026, 3, 28);
        occurrence.lastDate = QDate(2026, 3, 29);
        occurrence.start = CalendarZones::kyivMidnight(occurrence.date);
        occurrence.end = CalendarZones::kyivMidnight(QDate(2026, 3, 30));
        occurrence.summary = u"Тиждень цифрової грамотності"_s;
        const QByteArray vevent = VEventWriter::write(occurrence, occurrence.start, 0);
        QVERIFY(vevent.contains("\r\nUID:day@mist.test\r\n"));
        QVERIFY(vevent.contains("\r\nDTSTART;VALUE=DATE:20260328\r\n"));
        QVERIFY(vevent.contains("\r\nDTEND;VALUE=DATE:20260330\r\n"));
        QVERIFY(!vevent.contains("DESCRIPTION"));
        QVERIFY(!vevent.contains("LOCATION"));
    }

    void foldingNeverSplitsACharacter()
    {
        for (int prefix = 0; prefix < 4; ++prefix) {
            const QByteArray line
                = "SUMMARY:" + QByteArray(prefix, 'a') + u"ЇжакЄ🙂"_s.repeated(20).toUtf8();
            const QByteArray folded = VEventWriter::fold(line);
            QCOMPARE(QByteArray(folded).replace("\r\n ", ""), line);
            for (const QByteArray &part : VEventWriter::fold(line).split('\n')) {
                const QByteArray content = part.endsWith('\r') ? part.chopped(1) : part;
                QVERIFY(content.size() <= VEventWriter::maxLineOctets);
                QVERIFY(QString::fromUtf8(content).toUtf8() == content);
            }
        }
        QCOMPARE(VEventWriter::escapeText(u"a\\b;c,d\r\ne"_s), u"a\\\\b\\;c\\,d\\ne"_s);
    }
};

QTEST_GUILESS_MAIN(TestIcsParser)
#include "tst_icsparser.moc"
