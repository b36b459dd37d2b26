// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ScheduleExpander over the ICS fixtures in tests/data/ics: one test per rule of RFC 5545 that a
// library's calendar uses (COUNT, UNTIL, no end, EXDATE, RDATE, moved and cancelled instances,
// cancelled masters, all-day events), Kyiv time across both DST changes, UTC, floating and
// Windows zones, the bounds on absurd rules, and the bundled sample.

#include "schedule/bundledschedule.h"
#include "schedule/calendarzones.h"
#include "schedule/icsparser.h"
#include "schedule/scheduleexpander.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

ScheduleExpander::Result expandFixture(const QString &name, QDate from, int days)
{
    ScheduleExpander::Result result
        = ScheduleExpander::expand(MistTest::readDataFile(u"ics/"_s + name), from, days);
    if (!result.ok())
        qWarning("%s: %s", qPrintable(name), qPrintable(result.errorString));
    return result;
}

// "2026-03-02T10:00:00+02:00 Summary" for each occurrence whose uid is given (all if empty).
QStringList starts(const ScheduleExpander::Result &result, const QString &uid = {})
{
    QStringList lines;
    for (const TrainingOccurrence &occurrence : result.occurrences) {
        if (uid.isEmpty() || occurrence.uid == uid)
            lines << occurrence.startInKyiv().toString(Qt::ISODate) + u' ' + occurrence.summary;
    }
    return lines;
}

QStringList startTimes(const ScheduleExpander::Result &result, const QString &uid)
{
    QStringList times;
    for (const TrainingOccurrence &occurrence : result.occurrences) {
        if (occurrence.uid == uid)
            times << occurrence.startInKyiv().toString(Qt::ISODate);
    }
    return times;
}

QByteArray calendarOf(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mist tests//EN\r\n" + events
        + "END:VCALENDAR\r\n";
}

} // namespace

class TestScheduleExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeklyWithCount()
    {
        const auto result = expandFixture(u"weekly-count.ics"_s, {2026, 3, 1}, 30);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"weekly-count@mist.test"_s),
            QStringList({u"2026-03-02T10:00:00+02:00"_s, u"2026-03-09T10:00:00+02:00"_s,
                u"2026-03-16T10:00:00+02:00"_s}));
        const TrainingOccurrence &first = result.occurrences.front();
        QCOMPARE(first.endInKyiv().toString(Qt::ISODate), u"2026-03-02T12:00:00+02:00"_s);
        QCOMPARE(first.recurrenceId, first.start);
        QCOMPARE(first.location, u"Читальна зала"_s);
        QVERIFY(!first.allDay);
        QVERIFY(!result.truncated);
        QVERIFY(result.warnings.isEmpty());
    }

    void weeklyWithUntil()
    {
        const auto result = expandFixture(u"weekly-until.ics"_s, {2026, 3, 1}, 31);
        QVERIFY(result.ok());
        // UNTIL in UTC equal to the last start includes it.
        QCOMPARE(startTimes(result, u"weekly-until@mist.test"_s),
            QStringList({u"2026-03-02T10:00:00+02:00"_s, u"2026-03-09T10:00:00+02:00"_s,
                u"2026-03-16T10:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"weekly-until-date@mist.test"_s),
            QStringList({u"2026-03-03T00:00:00+02:00"_s, u"2026-03-10T00:00:00+02:00"_s,
                u"2026-03-17T00:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"weekly-until-floating@mist.test"_s),
            QStringList({u"2026-03-04T18:00:00+02:00"_s, u"2026-03-11T18:00:00+02:00"_s,
                u"2026-03-18T18:00:00+02:00"_s}));
    }

    void rulesWithoutAnEndAreBoundedToTheWindow()
    {
        QElapsedTimer timer;
        timer.start();
        const auto result = expandFixture(u"weekly-no-end.ics"_s, {2026, 11, 30}, 30);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"weekly-no-end@mist.test"_s),
            QStringList({u"2026-11-30T10:00:00+02:00"_s, u"2026-12-07T10:00:00+02:00"_s,
                u"2026-12-14T10:00:00+02:00"_s, u"2026-12-21T10:00:00+02:00"_s,
                u"2026-12-28T10:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"daily-no-end@mist.test"_s).size(), 30);
        QCOMPARE(startTimes(result, u"daily-no-end@mist.test"_s).front(),
            u"2026-11-30T09:00:00+02:00"_s);
        // COUNT forbids jumping ahead: 200 months are walked from 2010, still quickly.
        QCOMPARE(startTimes(result, u"monthly-count@mist.test"_s),
            QStringList({u"2026-12-25T17:00:00+02:00"_s}));
        QVERIFY(result.warnings.isEmpty());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        const auto year = expandFixture(u"weekly-no-end.ics"_s, {2026, 1, 1}, 1000);
        QCOMPARE(year.days, ScheduleExpander::maxDays);
        QCOMPARE(startTimes(year, u"daily-no-end@mist.test"_s).size(), 366);
    }

    void exceptionDates()
    {
        const auto result = expandFixture(u"exdate.ics"_s, {2026, 3, 1}, 31);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"exdate@mist.test"_s),
            QStringList({u"2026-03-02T10:00:00+02:00"_s, u"2026-03-16T10:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"exdate-date@mist.test"_s),
            QStringList({u"2026-03-03T15:00:00+02:00"_s, u"2026-03-17T15:00:00+02:00"_s}));
    }

    void extraDates()
    {
        const auto result = expandFixture(u"rdate.ics"_s, {2026, 3, 1}, 31);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"rdate@mist.test"_s),
            QStringList({u"2026-03-02T10:00:00+02:00"_s, u"2026-03-05T15:00:00+02:00"_s,
                u"2026-03-20T10:00:00+02:00"_s, u"2026-03-25T10:00:00+02:00"_s}));
        QStringList ends;
        for (const TrainingOccurrence &occurrence : result.occurrences) {
            if (occurrence.uid == u"rdate@mist.test"_s)
                ends << occurrence.endInKyiv().toString(u"HH:mm"_s);
        }
        // The event's own hour; then each PERIOD's own length (an end, a duration).
        QCOMPARE(ends, QStringList({u"11:00"_s, u"16:00"_s, u"13:00"_s, u"11:30"_s}));

        QCOMPARE(startTimes(result, u"rdate-with-rule@mist.test"_s),
            QStringList({u"2026-03-03T14:00:00+02:00"_s, u"2026-03-10T14:00:00+02:00"_s,
                u"2026-03-11T14:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"rdate-all-day@mist.test"_s),
            QStringList({u"2026-03-06T00:00:00+02:00"_s, u"2026-03-13T00:00:00+02:00"_s,
                u"2026-03-27T00:00:00+02:00"_s}));
    }

    void movedAndCancelledInstances()
    {
        const auto result = expandFixture(u"moved-instance.ics"_s, {2026, 3, 1}, 30);
        QVERIFY(result.ok());
        QCOMPARE(starts(result),
            QStringList({u"2026-03-03T10:00:00+02:00 Як отримати Дія.Підпис"_s,
                u"2026-03-11T14:00:00+02:00 Як отримати Дія.Підпис (перенесено)"_s}));
        const TrainingOccurrence &moved = result.occurrences.at(1);
        QCOMPARE(moved.location, u"Зала 2"_s);
        // It names the slot it fills.
        QCOMPARE(moved.recurrenceId, QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC));
        QCOMPARE(moved.key(), u"series@mist.test/20260310T080000Z"_s);

        // The instance moved beyond the window shows where it went, once, and not in its slot.
        const auto wider = expandFixture(u"moved-instance.ics"_s, {2026, 3, 1}, 45);
        QCOMPARE(starts(wider).size(), 3);
        QCOMPARE(starts(wider).back(),
            u"2026-04-01T10:00:00+03:00 Як отримати Дія.Підпис (перенесено за межі вікна)"_s);
        QSet<QString> keys;
        for (const TrainingOccurrence &occurrence : wider.occurrences)
            keys.insert(occurrence.key());
        QCOMPARE(keys.size(), 3);
    }

    void overrideWithTheHighestSequenceWins()
    {
        const QByteArray master = "BEGIN:VEVENT\r\nUID:s\r\nDTSTART:20260302T080000Z\r\n"
                                  "RRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:master\r\nEND:VEVENT\r\n";
        const auto override = [](int sequence, const char *summary) -> QByteArray {
            return "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20260303T080000Z\r\nSEQUENCE:"
                + QByteArray::number(sequence)
                + "\r\nDTSTART:20260303T120000Z\r\nSUMMARY:" + summary + "\r\nEND:VEVENT\r\n";
        };
        const auto result = ScheduleExpander::expand(
            calendarOf(master + override(2, "newer") + override(1, "older")), {2026, 3, 1}, 10);
        QCOMPARE(starts(result),
            QStringList({u"2026-03-02T10:00:00+02:00 master"_s,
                u"2026-03-03T14:00:00+02:00 newer"_s, u"2026-03-04T10:00:00+02:00 master"_s}));
    }

    void overrideOfASingleEvent()
    {
        const auto result = ScheduleExpander::expand(
            calendarOf("BEGIN:VEVENT\r\nUID:one\r\nDTSTART:20260302T080000Z\r\n"
                       "SUMMARY:first plan\r\nEND:VEVENT\r\n"
                       "BEGIN:VEVENT\r\nUID:one\r\nRECURRENCE-ID:20260302T080000Z\r\n"
                       "DTSTART:20260302T090000Z\r\nSUMMARY:moved\r\nEND:VEVENT\r\n"),
            {2026, 3, 1}, 10);
        QCOMPARE(starts(result), QStringList({u"2026-03-02T11:00:00+02:00 moved"_s}));
    }

    void cancelledAndPrivateEventsAreHidden()
    {
        const auto result = expandFixture(u"cancelled.ics"_s, {2026, 3, 1}, 30);
        QVERIFY(result.ok());
        QCOMPARE(starts(result),
            QStringList(
                {u"2026-03-06T10:00:00+02:00 Still on"_s, u"2026-03-07T15:00:00+02:00 Public"_s}));
        QCOMPARE(result.occurrences.front().status, TrainingOccurrence::Status::Tentative);
        QCOMPARE(result.occurrences.back().status, TrainingOccurrence::Status::Confirmed);
    }

    void allDayEvents()
    {
        const auto result = expandFixture(u"all-day.ics"_s, {2026, 3, 1}, 45);
        QVERIFY(result.ok());
        const TrainingOccurrence *twoDays = nullptr;
        for (const TrainingOccurrence &occurrence : result.occurrences) {
            QVERIFY(occurrence.allDay);
            if (occurrence.uid == u"two-days@mist.test"_s)
                twoDays = &occurrence;
        }
        QVERIFY(twoDays);
        QCOMPARE(twoDays->date, QDate(2026, 3, 28));
        QCOMPARE(twoDays->lastDate, QDate(2026, 3, 29));
        QCOMPARE(twoDays->kyivDate(), QDate(2026, 3, 28));
        // Kyiv midnights, on either side of the spring change.
        QCOMPARE(twoDays->start, QDateTime(QDate(2026, 3, 27), QTime(22, 0), Qt::UTC));
        QCOMPARE(twoDays->end, QDateTime(QDate(2026, 3, 29), QTime(21, 0), Qt::UTC));

        QCOMPARE(startTimes(result, u"one-day@mist.test"_s),
            QStringList({u"2026-03-10T00:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"weekly-all-day@mist.test"_s),
            QStringList({u"2026-03-23T00:00:00+02:00"_s, u"2026-03-30T00:00:00+03:00"_s,
                u"2026-04-06T00:00:00+03:00"_s}));

        // A window that starts on the event's second day still shows it.
        const auto secondDay = expandFixture(u"all-day.ics"_s, {2026, 3, 29}, 1);
        QCOMPARE(startTimes(secondDay, u"two-days@mist.test"_s).size(), 1);
        // One that starts the day after its last day does not.
        const auto after = expandFixture(u"all-day.ics"_s, {2026, 3, 30}, 1);
        QCOMPARE(startTimes(after, u"two-days@mist.test"_s).size(), 0);
    }

    void kyivTimeStaysAcrossDst_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("zone");
        QTest::newRow("Europe/Kyiv") << u"dst-kyiv.ics"_s << u"kyiv"_s;
        QTest::newRow("Europe/Kiev") << u"dst-kiev.ics"_s << u"kiev"_s;
    }

    void kyivTimeStaysAcrossDst()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, zone);
        // Spring: the change is on Sunday 29 March at 03:00.
        const auto spring = expandFixture(fixture, {2026, 3, 14}, 30);
        QVERIFY(spring.ok());
        QCOMPARE(startTimes(spring, u"spring-%1@mist.test"_s.arg(zone)),
            QStringList({u"2026-03-15T10:00:00+02:00"_s, u"2026-03-22T10:00:00+02:00"_s,
                u"2026-03-29T10:00:00+03:00"_s, u"2026-04-05T10:00:00+03:00"_s,
                u"2026-04-12T10:00:00+03:00"_s}));
        QStringList utc;
        for (const TrainingOccurrence &occurrence : spring.occurrences)
            utc << occurrence.start.toString(Qt::ISODate);
        QCOMPARE(utc,
            QStringList({u"2026-03-15T08:00:00Z"_s, u"2026-03-22T08:00:00Z"_s,
                u"2026-03-29T07:00:00Z"_s, u"2026-04-05T07:00:00Z"_s, u"2026-04-12T07:00:00Z"_s}));
        for (const TrainingOccurrence &occurrence : spring.occurrences)
            QCOMPARE(occurrence.endInKyiv().time(), QTime(11, 30));

        // Autumn: the change is on Sunday 25 October at 04:00.
        const auto autumn = expandFixture(fixture, {2026, 10, 10}, 30);
        QCOMPARE(startTimes(autumn, u"autumn-%1@mist.test"_s.arg(zone)),
            QStringList({u"2026-10-11T10:00:00+03:00"_s, u"2026-10-18T10:00:00+03:00"_s,
                u"2026-10-25T10:00:00+02:00"_s, u"2026-11-01T10:00:00+02:00"_s}));
        QCOMPARE(
            autumn.occurrences.at(2).start, QDateTime(QDate(2026, 10, 25), QTime(8, 0), Qt::UTC));
    }

    void utcAndFloatingTimes()
    {
        const auto result = expandFixture(u"utc-and-floating.ics"_s, {2026, 3, 1}, 183);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"utc-winter@mist.test"_s),
            QStringList({u"2026-03-10T10:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"utc-summer@mist.test"_s),
            QStringList({u"2026-07-10T10:00:00+03:00"_s}));
        // Floating times are the library's time: Kyiv's.
        QCOMPARE(startTimes(result, u"floating-winter@mist.test"_s),
            QStringList({u"2026-03-11T10:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"floating-summer@mist.test"_s),
            QStringList({u"2026-07-11T10:00:00+03:00"_s}));
        QCOMPARE(startTimes(result, u"floating-weekly@mist.test"_s),
            QStringList({u"2026-03-23T10:00:00+02:00"_s, u"2026-03-30T10:00:00+03:00"_s}));
        for (const TrainingOccurrence &occurrence : result.occurrences) {
            if (occurrence.uid == u"utc-summer@mist.test"_s)
                QCOMPARE(occurrence.endInKyiv().time(), QTime(11, 30));
        }
    }

    void windowsZoneNames()
    {
        const auto result = expandFixture(u"windows-zones.ics"_s, {2026, 3, 20}, 14);
        QVERIFY(result.ok());
        QCOMPARE(starts(result),
            QStringList({u"2026-03-23T10:00:00+02:00 Outlook: FLE Standard Time"_s,
                u"2026-03-24T10:00:00+02:00 Outlook display name"_s,
                u"2026-03-25T10:00:00+02:00 Lightning prefix"_s,
                u"2026-03-26T11:00:00+02:00 Windows name of another zone (Warsaw)"_s,
                u"2026-03-30T10:00:00+03:00 Outlook: FLE Standard Time"_s}));
    }

    void unknownZoneIsKyiv()
    {
        const auto result = expandFixture(u"unknown-tzid.ics"_s, {2026, 3, 1}, 30);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"unknown-1@mist.test"_s),
            QStringList({u"2026-03-10T10:00:00+02:00"_s}));
        QCOMPARE(startTimes(result, u"traversal@mist.test"_s),
            QStringList({u"2026-03-12T10:00:00+02:00"_s}));
        QCOMPARE(result.warnings.size(), 2); // the parser's, carried over
    }

    void absurdRulesAreBounded()
    {
        QElapsedTimer timer;
        timer.start();
        const auto result = expandFixture(u"secondly.ics"_s, {2026, 3, 1}, 30);
        const qint64 elapsed = timer.elapsed();
        qInfo("secondly.ics expanded in %lld ms", elapsed);
        QVERIFY(result.ok());
        QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
        // Sub-daily rules and a rule that never matches show their first instance only.
        QCOMPARE(startTimes(result, u"secondly@mist.test"_s).size(), 1);
        QCOMPARE(startTimes(result, u"secondly-never@mist.test"_s).size(), 1);
        QCOMPARE(startTimes(result, u"monthly-never@mist.test"_s).size(), 1);
        // A daily rule that expands to every minute is cut at the per-event cap.
        QCOMPARE(startTimes(result, u"daily-every-second@mist.test"_s).size(),
            ScheduleExpander::maxOccurrencesPerEvent);
        QVERIFY(result.truncated);
        QVERIFY(!result.warnings.filter(u"more than 1000 occurrences"_s).isEmpty());
    }

    // Hole 10 of issue 13: one event may carry any number of RRULEs.
    void rulesPerEventAreCapped()
    {
        QByteArray rules;
        for (int i = 1; i <= 50; ++i)
            rules += "RRULE:FREQ=WEEKLY;BYDAY=MO;INTERVAL=" + QByteArray::number(i) + "\r\n";
        const IcsParser::Result parsed = IcsParser::parse(
            calendarOf("BEGIN:VEVENT\r\nUID:many\r\nDTSTART:20260302T080000Z\r\nSUMMARY:Many\r\n"
                + rules + "END:VEVENT\r\n"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.events.size(), std::size_t(1));
        QCOMPARE(int(parsed.events[0].rrules.size()), IcsParser::maxRRulesPerEvent);
        QVERIFY(!parsed.warnings.filter(u"more than 4 RRULEs"_s).isEmpty());
    }

    // A calendar whose every rule is a long walk (COUNT forbids jumping ahead, BYMONTH makes the
    // end unknowable without walking, DTSTART in 1900): the expansion stops at its budget, says
    // so, and still returns.
    void hostileCalendarStopsAtTheBudget()
    {
        QElapsedTimer timer;
        timer.start();
        const auto parsed = IcsParser::parse(MistTest::hostileCalendar(1000));
        QVERIFY(parsed.ok());
        const qint64 parseMs = timer.restart();
        const auto result = ScheduleExpander::expand(parsed, {2026, 12, 1}, 30);
        const qint64 expandMs = timer.elapsed();
        qInfo("hostile calendar: parsed in %lld ms, expanded in %lld ms", parseMs, expandMs);
        QVERIFY(result.ok());
        QVERIFY(result.overBudget);
        QVERIFY(result.truncated);
        QVERIFY(!result.warnings.filter(u"were not expanded"_s).isEmpty());
        QVERIFY2(expandMs < ScheduleExpander::timeBudget.count() + 500,
            qPrintable(QString::number(expandMs)));
    }

    // Found by fuzz_ics (tests/fuzz/crashes/fuzz_ics/until-day-58.ics): an UNTIL with day 58
    // made utcMs() subtract from QDate's invalid Julian day, a signed overflow (UBSan, asan
    // preset). It is read as libical normalises it (27 February 1013): long over.
    void untilWithADayOutOfRange()
    {
        const auto result = ScheduleExpander::expand(
            calendarOf("BEGIN:VEVENT\r\nUID:u58\r\nDTSTART:20260302T080000Z\r\n"
                       "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=10130158T080000Z\r\nSUMMARY:U\r\n"
                       "END:VEVENT\r\n"),
            {2026, 3, 1}, 30);
        QVERIFY(result.ok());
        QCOMPARE(startTimes(result, u"u58"_s), QStringList {u"2026-03-02T10:00:00+02:00"_s});
    }

    void manyOccurrencesKeepTheEarliest()
    {
        QByteArray events;
        for (int i = 0; i < 1000; ++i) {
            events += "BEGIN:VEVENT\r\nUID:d" + QByteArray::number(i) + "\r\nDTSTART:20260101T"
                + QByteArray::number(100000 + i % 50 * 100)
                + "Z\r\nRRULE:FREQ=DAILY\r\nSUMMARY:Daily\r\nEND:VEVENT\r\n";
        }
        QElapsedTimer timer;
        timer.start();
        const auto result = ScheduleExpander::expand(calendarOf(events), {2026, 3, 1}, 30);
        qInfo("1,000 daily rules (30,000 occurrences) expanded in %lld ms", timer.elapsed());
        QVERIFY(result.ok());
        QCOMPARE(result.occurrences.size(), std::size_t(ScheduleExpander::maxOccurrences));
        QVERIFY(result.truncated);
        QVERIFY(std::is_sorted(result.occurrences.begin(), result.occurrences.end(),
            [](const TrainingOccurrence &a, const TrainingOccurrence &b) {
                return a.start < b.start;
            }));
        // The last kept day is day 20 (1,000 a day).
        QCOMPARE(result.occurrences.back().kyivDate(), QDate(2026, 3, 20));
    }

    void windowEdges()
    {
        const QByteArray ics = calendarOf(
            // 23:30 to 00:30 Kyiv: overlaps the window's first day.
            "BEGIN:VEVENT\r\nUID:overnight\r\nDTSTART;TZID=Europe/Kyiv:20260228T233000\r\n"
            "DTEND;TZID=Europe/Kyiv:20260301T003000\r\nSUMMARY:overnight\r\nEND:VEVENT\r\n"
            // Ends exactly when the window starts: not in it.
            "BEGIN:VEVENT\r\nUID:before\r\nDTSTART;TZID=Europe/Kyiv:20260228T230000\r\n"
            "DTEND;TZID=Europe/Kyiv:20260301T000000\r\nSUMMARY:before\r\nEND:VEVENT\r\n"
            // No length, at the window's first instant: in it.
            "BEGIN:VEVENT\r\nUID:point\r\nDTSTART;TZID=Europe/Kyiv:20260301T000000\r\n"
            "SUMMARY:point\r\nEND:VEVENT\r\n"
            // Starts when the window ends: not in it.
            "BEGIN:VEVENT\r\nUID:after\r\nDTSTART;TZID=Europe/Kyiv:20260302T000000\r\n"
            "SUMMARY:after\r\nEND:VEVENT\r\n");
        const auto result = ScheduleExpander::expand(ics, {2026, 3, 1}, 1);
        QCOMPARE(starts(result),
            QStringList(
                {u"2026-02-28T23:30:00+02:00 overnight"_s, u"2026-03-01T00:00:00+02:00 point"_s}));
        QCOMPARE(result.windowStart, QDateTime(QDate(2026, 2, 28), QTime(22, 0), Qt::UTC));
        QCOMPARE(result.windowEnd, QDateTime(QDate(2026, 3, 1), QTime(22, 0), Qt::UTC));
    }

    void jumpingAheadAgreesWithCounting_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("weekly, two days")
            << QByteArray("FREQ=WEEKLY;BYDAY=MO,WE") << QByteArray("20190107T100000");
        QTest::newRow("fortnightly")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU") << QByteArray("20190108T170000");
        QTest::newRow("last Friday")
            << QByteArray("FREQ=MONTHLY;BYDAY=-1FR") << QByteArray("20190125T150000");
        QTest::newRow("31st") << QByteArray("FREQ=MONTHLY;BYMONTHDAY=31")
                              << QByteArray("20190131T120000");
        QTest::newRow("yearly") << QByteArray("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
                                << QByteArray("20190331T100000");
        QTest::newRow("every third day")
            << QByteArray("FREQ=DAILY;INTERVAL=3") << QByteArray("20190101T090000");
        QTest::newRow("all-day weekly")
            << QByteArray("FREQ=WEEKLY;BYDAY=SA") << QByteArray("20190105");
        // With COUNT=5000 this one ends a week after the window: walked, never skipped.
        QTest::newRow("daily, ending after the window")
            << QByteArray("FREQ=DAILY;INTERVAL=7") << QByteArray("19300916T100000");
    }

    void jumpingAheadAgreesWithCounting()
    {
        // Without COUNT the iterator jumps to the window (set_start); with COUNT it must walk
        // from DTSTART. Both must give the same instances.
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, start);
        const QByteArray valueType = start.contains('T') ? "" : ";VALUE=DATE";
        const auto event = [&](const QByteArray &uid, const QByteArray &suffix) -> QByteArray {
            return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART;TZID=Europe/Kyiv" + valueType + ":"
                + start + "\r\nRRULE:" + rule + suffix + "\r\nSUMMARY:x\r\nEND:VEVENT\r\n";
        };
        const auto result = ScheduleExpander::expand(
            calendarOf(event("jump", "") + event("walk", ";COUNT=5000")), {2026, 3, 1}, 120);
        QVERIFY(result.ok());
        const QStringList jumped = startTimes(result, u"jump"_s);
        QVERIFY(!jumped.isEmpty());
        QCOMPARE(jumped, startTimes(result, u"walk"_s));
    }

    void countedSeriesAgreeWithTheirWalk_data()
    {
        QTest::addColumn<QByteArray>("rule"); // jumps (COUNT made UNTIL)
        QTest::addColumn<QByteArray>("walked"); // the same series, in a shape that is walked
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("weekly on DTSTART's day")
            << QByteArray("FREQ=WEEKLY;BYDAY=TU;COUNT=375")
            << QByteArray("FREQ=WEEKLY;BYDAY=TU;BYHOUR=10;COUNT=375")
            << QByteArray("20190108T100000");
        QTest::newRow("weekly without BYDAY")
            << QByteArray("FREQ=WEEKLY;COUNT=375") << QByteArray("FREQ=WEEKLY;BYMINUTE=0;COUNT=375")
            << QByteArray("20190108T100000");
        QTest::newRow("fortnightly")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=188")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;BYHOUR=18;COUNT=188")
            << QByteArray("20190102T180000");
        QTest::newRow("every third day")
            << QByteArray("FREQ=DAILY;INTERVAL=3;COUNT=880")
            << QByteArray("FREQ=DAILY;INTERVAL=3;BYMINUTE=30;COUNT=880")
            << QByteArray("20190101T093000");
        QTest::newRow("fortnightly, Sunday weeks")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SA,MO,TH;COUNT=560")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SA,MO,TH;BYHOUR=10;COUNT=560")
            << QByteArray("20190103T100000");
        QTest::newRow("fortnightly, Monday weeks")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,MO,TH;COUNT=560")
            << QByteArray("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,MO,TH;BYHOUR=10;COUNT=560")
            << QByteArray("20190103T100000");
        QTest::newRow("DTSTART off the rule (walked both)")
            << QByteArray("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=750")
            << QByteArray("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=10;COUNT=750")
            << QByteArray("20190108T100000");
        QTest::newRow("weekly, two days")
            << QByteArray("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=750")
            << QByteArray("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=10;COUNT=750")
            << QByteArray("20190107T100000");
    }

    void countedSeriesAgreeWithTheirWalk()
    {
        // The counts end in the middle of the 2026-02-15 + 60 days window.
        QFETCH(QByteArray, rule);
        QFETCH(QByteArray, walked);
        QFETCH(QByteArray, start);
        const auto event = [&](const QByteArray &uid, const QByteArray &text) -> QByteArray {
            return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTART;TZID=Europe/Kyiv:" + start
                + "\r\nRRULE:" + text + "\r\nSUMMARY:x\r\nEND:VEVENT\r\n";
        };
        const auto result = ScheduleExpander::expand(
            calendarOf(event("jump", rule) + event("walk", walked)), {2026, 2, 15}, 60);
        QVERIFY(result.ok());
        const QStringList jumped = startTimes(result, u"jump"_s);
        QVERIFY(!jumped.isEmpty());
        QVERIFY(jumped.back() < u"2026-04-10"_s); // the count ended inside the window
        QCOMPARE(jumped, startTimes(result, u"walk"_s));
    }

    void countedSeriesAgreeWithTheirWalkAtRandom()
    {
        // Random weekly and daily series with COUNT, timed and all-day: the jumped form (COUNT
        // made UNTIL) against the same series limited to all twelve months, which libical
        // walks from DTSTART.
        QRandomGenerator random(20261127);
        static const QByteArrayList days {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        QByteArray events;
        QByteArrayList described;
        for (int i = 0; i < 400; ++i) {
            const QDate start = QDate(2023, 1, 1).addDays(random.bounded(1200));
            QByteArray rule;
            if (random.bounded(4) == 0) {
                rule = "FREQ=DAILY;INTERVAL=" + QByteArray::number(1 + random.bounded(5));
            } else {
                rule = "FREQ=WEEKLY;INTERVAL=" + QByteArray::number(1 + random.bounded(3));
                if (random.bounded(2))
                    rule += ";WKST=" + days.at(random.bounded(7));
                QByteArrayList byDay {days.at(start.dayOfWeek() - 1)}; // DTSTART on the rule
                for (int extra = random.bounded(4); extra > 0; --extra) {
                    const QByteArray day = days.at(random.bounded(7));
                    if (!byDay.contains(day))
                        byDay << day;
                }
                if (random.bounded(5) > 0)
                    rule += ";BYDAY=" + byDay.join(',');
            }
            rule += ";COUNT=" + QByteArray::number(1 + random.bounded(400));
            QByteArray dtstart = ";VALUE=DATE:" + start.toString(u"yyyyMMdd"_s).toLatin1();
            if (random.bounded(4) > 0) {
                dtstart = ";TZID=Europe/Kyiv:" + start.toString(u"yyyyMMdd"_s).toLatin1() + 'T'
                    + QByteArray::number(random.bounded(24)).rightJustified(2, '0') + "3000";
            }
            const auto event = [&](const char *kind, const QByteArray &text) -> QByteArray {
                return "BEGIN:VEVENT\r\nUID:" + QByteArray::number(i) + kind + "\r\nDTSTART"
                    + dtstart + "\r\nRRULE:" + text + "\r\nSUMMARY:x\r\nEND:VEVENT\r\n";
            };
            described << dtstart + ' ' + rule;
            events += event("-jump", rule)
                + event("-walk", rule + ";BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12");
        }
        const auto result = ScheduleExpander::expand(calendarOf(events), {2026, 1, 1}, 90);
        QVERIFY(result.ok());
        QVERIFY(!result.truncated);
        int compared = 0;
        for (int i = 0; i < 400; ++i) {
            const QStringList jumped = startTimes(result, u"%1-jump"_s.arg(i));
            const QStringList walked = startTimes(result, u"%1-walk"_s.arg(i));
            QVERIFY2(jumped == walked,
                qPrintable(QString::fromLatin1(described.at(i)) + u" jumped: "_s + jumped.join(u' ')
                    + u" walked: "_s + walked.join(u' ')));
            compared += jumped.isEmpty() ? 0 : 1;
        }
        QVERIFY(compared > 50);
    }

    void finishedSeriesWithCount()
    {
        // Ended in 2019, 2024 and on the window's first day; the last one must still show.
        const QByteArray ics
            = calendarOf("BEGIN:VEVENT\r\nUID:old\r\nDTSTART;TZID=Europe/Kyiv:20190107T100000\r\n"
                         "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=40\r\nSUMMARY:old\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:daily\r\nDTSTART;TZID=Europe/Kyiv:20240101T100000\r\n"
                         "RRULE:FREQ=DAILY;INTERVAL=2;COUNT=100\r\nSUMMARY:daily\r\nEND:VEVENT\r\n"
                         "BEGIN:VEVENT\r\nUID:edge\r\nDTSTART;TZID=Europe/Kyiv:20260105T100000\r\n"
                         "DTEND;TZID=Europe/Kyiv:20260105T120000\r\n"
                         "RRULE:FREQ=WEEKLY;COUNT=9\r\nSUMMARY:edge\r\nEND:VEVENT\r\n");
        const auto result = ScheduleExpander::expand(ics, {2026, 3, 2}, 30);
        QCOMPARE(starts(result), QStringList({u"2026-03-02T10:00:00+02:00 edge"_s}));
    }

    void expandingBytesCarriesTheParseError()
    {
        const auto result
            = ScheduleExpander::expand(QByteArray("not a calendar"), {2026, 3, 1}, 30);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error), int(IcsParser::Error::NotICalendar));
        QVERIFY(result.occurrences.empty());
    }

    void bundledSampleNeverRunsOut()
    {
        const QByteArray sample = BundledSchedule::load();
        const IcsParser::Result parsed = IcsParser::parse(sample);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString));
        QVERIFY2(parsed.warnings.isEmpty(), qPrintable(parsed.warnings.join(u'\n')));
        QCOMPARE(parsed.events.size(), std::size_t(3));
        const QDate today = CalendarZones::kyivDate(QDateTime::currentDateTimeUtc());
        for (const QDate from : {today, QDate(2026, 1, 1), QDate(2031, 6, 1), QDate(2040, 2, 1)}) {
            const auto result = ScheduleExpander::expand(parsed, from, 30);
            QVERIFY(result.occurrences.size() >= 12);
            for (const TrainingOccurrence &occurrence : result.occurrences) {
                // Honest: every entry says it is an example and who to ask.
                QVERIFY(occurrence.summary.endsWith(u"(приклад)"_s));
                QVERIFY(occurrence.description.contains(u"приклад розкладу"_s));
                QVERIFY(occurrence.description.contains(u"запитайте в бібліотекаря"_s));
                QVERIFY(!occurrence.trainer.isEmpty());
                QVERIFY(!occurrence.seatsFree); // the sample does not invent seats
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestScheduleExpander)
#include "tst_scheduleexpander.moc"
