// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ScheduleStore: the sample until a calendar is stored, a good calendar replacing it, and every
// kind of bad input leaving the last good calendar (and so the schedule) exactly as it was.

#include "schedule/bundledschedule.h"
#include "schedule/schedulestore.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

const QDateTime storedAt(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

QStringList summaries(const ScheduleExpander::Result &result)
{
    QStringList list;
    for (const TrainingOccurrence &occurrence : result.occurrences)
        list << occurrence.summary;
    return list;
}

} // namespace

class TestScheduleStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScheduleStore> m_store;

    // Stores the Google export (December 2026 has its trainings).
    void storeGood()
    {
        const auto replaced
            = m_store->replaceCalendar(MistTest::readDataFile(u"ics/google-export.ics"_s),
                u"https://calendar.google.com/calendar/ical/x/public/basic.ics"_s, "\"etag-1\"",
                storedAt.addDays(-1), storedAt);
        QVERIFY2(replaced.parsed.ok(), qPrintable(replaced.parsed.errorString));
        QVERIFY(replaced.stored);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ScheduleStore>(m_dir->path());
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void freshStoreShowsTheSample()
    {
        QCOMPARE(m_store->path(), m_dir->filePath(u"schedule.sqlite"_s));
        QVERIFY(!m_store->hasStoredCalendar());
        const ScheduleStore::Calendar calendar = m_store->calendar();
        QVERIFY(calendar.bundled);
        QCOMPARE(calendar.source, BundledSchedule::sourceName.toString());
        QCOMPARE(calendar.ics, BundledSchedule::load());
        QVERIFY(!calendar.checkedAt.isValid());
        const auto result = m_store->occurrences(QDate(2026, 12, 1), 30);
        QVERIFY(result.ok());
        QVERIFY(result.occurrences.size() >= 12);
        QCOMPARE(result.calendarName, u"Приклад розкладу тренінгів"_s);
        QVERIFY(!m_store->lastAttempt().at.isValid());
    }

    void goodCalendarReplacesTheSample()
    {
        storeGood();
        QVERIFY(m_store->hasStoredCalendar());
        const ScheduleStore::Calendar calendar = m_store->calendar();
        QVERIFY(!calendar.bundled);
        QCOMPARE(calendar.ics, MistTest::readDataFile(u"ics/google-export.ics"_s));
        QCOMPARE(
            calendar.source, u"https://calendar.google.com/calendar/ical/x/public/basic.ics"_s);
        QCOMPARE(calendar.name, u"Тренінги бібліотеки"_s);
        QCOMPARE(calendar.eventCount, 4);
        QCOMPARE(calendar.etag, QByteArray("\"etag-1\""));
        QCOMPARE(calendar.lastModified, storedAt.addDays(-1));
        QCOMPARE(calendar.storedAt, storedAt);
        QCOMPARE(calendar.checkedAt, storedAt);

        const auto result = m_store->occurrences(QDate(2026, 12, 1), 31);
        QVERIFY(result.ok());
        QVERIFY(summaries(result).contains(u"День цифрових послуг у бібліотеці"_s));
        QVERIFY(!summaries(result).join(u' ').contains(u"приклад"_s));
    }

    void lastGoodStaysOnBadInput_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated before VCALENDAR") << QByteArray("BEGIN:VCAL");
        QTest::newRow("only broken events")
            << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
                          "END:VCALENDAR\r\n");
        QByteArray huge = "BEGIN:VCALENDAR\r\n";
        huge += QByteArray("X-PAD:" + QByteArray(90, 'x') + "\r\n").repeated(30000);
        QTest::newRow("3 MB") << huge;
        QTest::newRow("nesting bomb")
            << "BEGIN:VCALENDAR\r\n" + QByteArray("BEGIN:VEVENT\r\n").repeated(100000);
    }

    void lastGoodStaysOnBadInput()
    {
        QFETCH(QByteArray, ics);
        storeGood();
        const ScheduleStore::Calendar before = m_store->calendar();
        const auto expandedBefore = m_store->occurrences(QDate(2026, 12, 1), 31);

        const auto replaced = m_store->replaceCalendar(
            ics, u"https://example.org/new.ics"_s, "\"etag-2\"", {}, storedAt.addDays(1));
        QVERIFY(!replaced.parsed.ok());
        QVERIFY(!replaced.stored);
        QVERIFY(!replaced.parsed.errorString.isEmpty());

        const ScheduleStore::Calendar after = m_store->calendar();
        QCOMPARE(after.ics, before.ics);
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.etag, before.etag);
        QCOMPARE(after.storedAt, before.storedAt);
        QCOMPARE(
            m_store->occurrences(QDate(2026, 12, 1), 31).occurrences, expandedBefore.occurrences);
    }

    void badFirstCalendarKeepsTheSample()
    {
        const auto replaced
            = m_store->replaceCalendar("garbage", u"/srv/calendar.ics"_s, {}, {}, storedAt);
        QVERIFY(!replaced.stored);
        QVERIFY(!m_store->hasStoredCalendar());
        QVERIFY(m_store->calendar().bundled);
        QVERIFY(!m_store->occurrences(QDate(2026, 12, 1), 30).occurrences.empty());
    }

    void checkKeepsOrRefreshesValidators()
    {
        storeGood();
        QVERIFY(m_store->markChecked(storedAt.addSecs(3600)));
        ScheduleStore::Calendar calendar = m_store->calendar();
        QCOMPARE(calendar.checkedAt, storedAt.addSecs(3600));
        QCOMPARE(calendar.storedAt, storedAt);
        QCOMPARE(calendar.etag, QByteArray("\"etag-1\""));
        QCOMPARE(calendar.lastModified, storedAt.addDays(-1));

        QVERIFY(m_store->markChecked(storedAt.addSecs(7200), "\"etag-2\"", storedAt));
        calendar = m_store->calendar();
        QCOMPARE(calendar.checkedAt, storedAt.addSecs(7200));
        QCOMPARE(calendar.etag, QByteArray("\"etag-2\""));
        QCOMPARE(calendar.lastModified, storedAt);
    }

    void attemptsAreRecorded()
    {
        const ScheduleStore::Attempt attempt {storedAt, false, u"invalid-ics"_s,
            u"calendar.google.com: this is not an iCalendar file"_s};
        QVERIFY(m_store->recordAttempt(attempt));
        const ScheduleStore::Attempt read = m_store->lastAttempt();
        QCOMPARE(read.at, attempt.at);
        QCOMPARE(read.ok, attempt.ok);
        QCOMPARE(read.code, attempt.code);
        QCOMPARE(read.message, attempt.message);
    }

    void anotherStoreSeesTheChange()
    {
        // mistctl and the kiosk each have their own connection to the same file.
        ScheduleStore other(m_dir->path());
        QVERIFY(other.open());
        QVERIFY(other.occurrences(QDate(2026, 12, 1), 31).calendarName.contains(u"Приклад"_s));
        storeGood();
        QCOMPARE(other.occurrences(QDate(2026, 12, 1), 31).calendarName, u"Тренінги бібліотеки"_s);
        QVERIFY(m_store->clearCalendar());
        QVERIFY(other.occurrences(QDate(2026, 12, 1), 31).calendarName.contains(u"Приклад"_s));
        storeGood();
        QCOMPARE(other.occurrences(QDate(2026, 12, 1), 31).calendarName, u"Тренінги бібліотеки"_s);
    }

    void survivesAReopen()
    {
        storeGood();
        m_store.reset();
        m_store = std::make_unique<ScheduleStore>(m_dir->path());
        QVERIFY(m_store->open());
        QCOMPARE(m_store->calendar().ics, MistTest::readDataFile(u"ics/google-export.ics"_s));
    }

    void damagedFileIsSetAside()
    {
        m_store.reset();
        QFile file(m_dir->filePath(u"schedule.sqlite"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
        file.close();
        m_store = std::make_unique<ScheduleStore>(m_dir->path());
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        QVERIFY(m_store->calendar().bundled);
        storeGood();
        QVERIFY(m_store->hasStoredCalendar());
    }
};

QTEST_GUILESS_MAIN(TestScheduleStore)
#include "tst_schedulestore.moc"
