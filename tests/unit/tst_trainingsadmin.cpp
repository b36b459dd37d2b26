// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The "Trainings" screen's controller and the status figures: the calendar "Test" (a good and
// a bad .ics, a missing file, a 404 from a real HTTPS server on 127.0.0.1) never touching the
// kiosk's calendar; recording a held training writes the training log that `mistctl training
// list` and the monthly report read; KioskStatus counts visits and this month's trainings.

#include "admin/traininglog.h"
#include "core/clock.h"
#include "kioskstatus.h"
#include "schedule/schedulemodel.h"
#include "schedule/schedulestore.h"
#include "session/sessioncontroller.h"
#include "trainingsadmin.h"
#include "usage/usagerecorder.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include "testhttpsserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::TrainingsAdmin;
using MistTest::TestHttpsServer;

namespace {

// Wednesday 2 December 2026, 14:00 in Kyiv.
const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

} // namespace

class TestTrainingsAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testGoodCalendar();
    void testBadCalendars();
    void testAddressNotFound();
    void recordWritesTheTrainingLog();
    void recordRefusesBadCounts();
    void statusFigures();

private:
    bool runTest(const QString &source);

    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    Mist::ManualClock m_clock;
    std::unique_ptr<Mist::SessionController> m_session;
    std::unique_ptr<Mist::UsageWriter> m_writer;
    std::unique_ptr<Mist::UsageRecorder> m_usage;
    std::unique_ptr<Mist::ScheduleStore> m_store;
    std::unique_ptr<Mist::ScheduleModel> m_schedule;
    std::unique_ptr<TrainingsAdmin> m_admin;
};

void TestTrainingsAdmin::initTestCase()
{
    qputenv("no_proxy", "*");
    qputenv("NO_PROXY", "*");
    m_server = std::make_unique<TestHttpsServer>();
    QVERIFY(m_server->start());
}

void TestTrainingsAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<Mist::SessionController>(&m_clock, 90s, 30s);
    m_writer = std::make_unique<Mist::UsageWriter>(m_dir->path(), Mist::UsageWriter::Settings());
    QVERIFY(m_writer->start());
    m_usage = std::make_unique<Mist::UsageRecorder>(m_writer.get(), m_session.get(), u"test"_s);
    m_usage->setTimeSource([] { return now.toMSecsSinceEpoch(); });

    // The kiosk's calendar: weekly, daily and monthly trainings without an end.
    m_store = std::make_unique<Mist::ScheduleStore>(m_dir->path(), u"tst-trainings"_s);
    QVERIFY(m_store->open());
    const QByteArray ics = MistTest::readDataFile(u"ics/weekly-no-end.ics"_s);
    QVERIFY(m_store->replaceCalendar(ics, u"/library.ics"_s, {}, {}, now).stored);
    m_schedule = std::make_unique<Mist::ScheduleModel>(*m_store);
    m_schedule->setUtcClock([] { return now; });
    m_schedule->refresh();

    m_admin = std::make_unique<TrainingsAdmin>();
    m_admin->setLanguage(u"en"_s);
    m_admin->setSchedule(m_schedule.get());
    m_admin->setUsage(m_usage.get());
    m_admin->setDataDir(m_dir->path());
    m_admin->setCaBundlePath(TestHttpsServer::caCertificatePath());
}

void TestTrainingsAdmin::cleanup()
{
    m_admin.reset();
    m_schedule.reset();
    m_store.reset();
    m_usage.reset();
    m_writer.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestTrainingsAdmin::runTest(const QString &source)
{
    QSignalSpy changed(m_admin.get(), &TrainingsAdmin::testChanged);
    if (!m_admin->test(source) || !m_admin->isTesting())
        return false;
    return QTest::qWaitFor([&] { return !m_admin->isTesting(); }, 20000);
}

void TestTrainingsAdmin::testGoodCalendar()
{
    const QByteArray storedBefore = m_store->calendar().ics;
    QVERIFY(runTest(MistTest::dataFile(u"ics/google-export.ics"_s)));
    // google-export.ics: weekly on Tuesdays from 3 November 2026, and more.
    QVERIFY2(m_admin->testOk(), qPrintable(m_admin->testMessage()));
    QCOMPARE(m_admin->testMessage(), u"This calendar works. The next trainings it would show:"_s);
    const QVariantList trainings = m_admin->testTrainings();
    QVERIFY(!trainings.isEmpty());
    QVERIFY(trainings.size() <= 5);
    QVERIFY(!trainings.first().toMap().value(u"title"_s).toString().isEmpty());

    QVERIFY(runTest(MistTest::dataFile(u"ics/weekly-no-end.ics"_s)));
    QCOMPARE(m_admin->testTrainings().size(), 5);
    // The first: today's daily 09:00 training is over (14:00 now), so tomorrow's.
    const QVariantMap first = m_admin->testTrainings().first().toMap();
    QCOMPARE(first.value(u"title"_s).toString(), u"Every day since 2000"_s);
    QCOMPARE(first.value(u"when"_s).toString(), u"3 December 2026, 09:00"_s);
    // A test never replaces the kiosk's own calendar.
    QCOMPARE(m_store->calendar().ics, storedBefore);
}

void TestTrainingsAdmin::testBadCalendars()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"not-a-calendar.ics"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body>Our trainings are on Mondays</body></html>\n");
    file.close();
    QVERIFY(runTest(bad));
    QVERIFY(!m_admin->testOk());
    QCOMPARE(m_admin->testMessage(),
        u"This is not a calendar: the address or file gives something else."_s);
    QVERIFY(m_admin->testTrainings().isEmpty());

    QVERIFY(runTest(dir.filePath(u"missing.ics"_s)));
    QVERIFY(!m_admin->testOk());
    QCOMPARE(m_admin->testMessage(),
        u"The file cannot be read: it is not there, or the kiosk may not open it."_s);

    QVERIFY(runTest(u"  "_s));
    QCOMPARE(m_admin->testMessage(), u"Enter the calendar's address or file first."_s);
}

void TestTrainingsAdmin::testAddressNotFound()
{
    m_server->setRoute(u"/trainings.ics"_s,
        TestHttpsServer::text(MistTest::readDataFile(u"ics/weekly-no-end.ics"_s)));
    QVERIFY(runTest(m_server->url(u"/trainings.ics"_s).toString()));
    QVERIFY2(m_admin->testOk(), qPrintable(m_admin->testMessage()));
    QCOMPARE(m_admin->testTrainings().size(), 5);

    QVERIFY(runTest(m_server->url(u"/gone.ics"_s).toString()));
    QVERIFY(!m_admin->testOk());
    QCOMPARE(m_admin->testMessage(), u"Not found: there is no calendar at this address."_s);

    QVERIFY(runTest(m_server->plainUrl(u"/trainings.ics"_s).toString()));
    QVERIFY(!m_admin->testOk());
    QCOMPARE(m_admin->testMessage(), u"The address must start with https://"_s);
}

void TestTrainingsAdmin::recordWritesTheTrainingLog()
{
    // The recent trainings: started in the last two weeks, newest first (today's 09:00 one).
    const QVariantList recent = m_admin->recent();
    QVERIFY(recent.size() > 14);
    const QVariantMap newest = recent.first().toMap();
    QCOMPARE(newest.value(u"title"_s).toString(), u"Every day since 2000"_s);
    QCOMPARE(newest.value(u"when"_s).toString(), u"2 December 2026, 09:00"_s);
    QCOMPARE(m_admin->monthCount(), 0);

    QVERIFY(m_admin->record(newest.value(u"key"_s).toString(), 8));
    QVERIFY(m_admin->recordOk());
    QCOMPARE(m_admin->recordMessage(), u"Saved: a training with 8 participant(s)."_s);
    QVERIFY(m_admin->recordUnlisted(3));
    QCOMPARE(m_admin->monthCount(), 2);
    QCOMPARE(m_admin->monthParticipants(), 11);
    const QVariantMap latest = m_admin->monthRecords().first().toMap();
    QCOMPARE(latest.value(u"title"_s).toString(), u"A training not in the calendar"_s);
    QCOMPARE(latest.value(u"participants"_s).toInt(), 3);
    QCOMPARE(m_admin->monthRecords().last().toMap().value(u"title"_s).toString(),
        u"Every day since 2000"_s);

    // What `mistctl training list` and the monthly report read.
    Mist::UsageStore store(m_dir->path(), u"tst-trainings-read"_s);
    QVERIFY(store.open());
    const auto records = Mist::TrainingLog::list(store, QDate(2026, 12, 1));
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].occurrence, newest.value(u"key"_s).toString());
    QCOMPARE(records[0].participants, 8);
    QVERIFY(records[1].occurrence.isEmpty());
    QCOMPARE(records[1].date, QDate(2026, 12, 2));
    QCOMPARE(records[1].participants, 3);
}

void TestTrainingsAdmin::recordRefusesBadCounts()
{
    const QString key = m_admin->recent().first().toMap().value(u"key"_s).toString();
    QVERIFY(!m_admin->record(key, 0));
    QCOMPARE(m_admin->recordMessage(), u"Enter between 1 and 500 participants."_s);
    QVERIFY(!m_admin->record(key, 501));
    QVERIFY(!m_admin->record(QString(), 5));
    QCOMPARE(m_admin->recordMessage(), u"Choose the training first."_s);
    QVERIFY(!m_admin->recordOk());
    QCOMPARE(m_admin->monthCount(), 0);
}

void TestTrainingsAdmin::statusFigures()
{
    // Visits: two today, one earlier this month, one last month.
    {
        Mist::UsageStore store(m_dir->path(), u"tst-trainings-write"_s);
        QVERIFY(store.open());
        auto started = [](const QDateTime &at) {
            Mist::UsageEvent event;
            event.timeMs = at.toMSecsSinceEpoch();
            event.kioskId = u"test"_s;
            event.sessionId = u"s"_s + QString::number(at.toSecsSinceEpoch());
            event.type = Mist::UsageEvent::Type::SessionStarted;
            return event;
        };
        QVERIFY(store.append({started(now.addSecs(-3600)), started(now.addSecs(-60)),
            started(now.addDays(-1)), started(now.addDays(-5))}));
    }
    QVERIFY(m_admin->recordUnlisted(12));

    Mist::KioskStatus status;
    status.setLanguage(u"en"_s);
    status.setSchedule(m_schedule.get());
    status.setDataDir(m_dir->path());
    QCOMPARE(status.sessionsToday(), 2);
    QCOMPARE(status.sessionsThisMonth(), 3);
    QCOMPARE(status.trainingsThisMonth(), 1);
    QCOMPARE(status.participantsThisMonth(), 12);
    QCOMPARE(status.lastScheduleUpdate(), u"Not updated yet."_s);
    QCOMPARE(status.lastDirectoryUpdate(), u"unknown"_s); // no directory handed in

    QVERIFY(m_store->recordAttempt({now, true, u"stored"_s, u"library.ics: stored"_s}));
    status.refresh();
    QCOMPARE(status.lastScheduleUpdate(), u"2 December 2026, 14:00 (updated)"_s);

    // Made by QML (the librarian's status screen): nothing is read or said while its
    // properties are set, then all is read once. Saying "changed" from a setter while the screen
    // was being made looped the screen's bindings ("Binding loop detected").
    Mist::KioskStatus made;
    QSignalSpy changes(&made, &Mist::KioskStatus::changed);
    made.classBegin();
    made.setLanguage(u"en"_s);
    made.setSchedule(m_schedule.get());
    made.setDataDir(m_dir->path());
    QCOMPARE(changes.count(), 0);
    QCOMPARE(made.sessionsToday(), -1); // not counted yet
    made.componentComplete();
    QCOMPARE(changes.count(), 1);
    QCOMPARE(made.sessionsToday(), 2);
    QCOMPARE(made.trainingsThisMonth(), 1);
}

QTEST_GUILESS_MAIN(TestTrainingsAdmin)
#include "tst_trainingsadmin.moc"
