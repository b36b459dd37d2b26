// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ScheduleSync end to end: the real CurlHttpClient against a real HTTPS server on 127.0.0.1
// (TestHttpsServer with the TLS fixtures), a local .ics file, and a real ScheduleStore in a
// temporary directory. After every failed or refused sync the stored calendar is unchanged.

#include "core/clock.h"
#include "schedule/schedulestore.h"
#include "schedule/schedulesync.h"

#include "testhttpsserver.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::ManualClock;
using Mist::RetryPolicy;
using Mist::ScheduleStore;
using Mist::ScheduleSync;
using MistTest::TestHttpsServer;
using Attempt = ScheduleStore::Attempt;

namespace {

const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

QStringList g_syncLog;
QtMessageHandler g_previousHandler = nullptr;

void captureSyncLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "mist.sync")
        g_syncLog << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestScheduleSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<ManualClock> m_clock;

    [[nodiscard]] ScheduleSync::Settings settings(const QString &source) const
    {
        ScheduleSync::Settings s;
        s.source = source;
        s.caBundlePath = TestHttpsServer::caCertificatePath();
        s.interval = 1h;
        s.firstSyncDelay = 0ms;
        s.connectTimeout = 2s;
        s.totalTimeout = 10s;
        // No jitter, so a test can predict every delay: 1 s, 2 s, 4 s, 8 s.
        s.retryPolicy = RetryPolicy(RetryPolicy::Settings {1s, 8s, 0.0}, [] { return 0.5; });
        return s;
    }

    [[nodiscard]] std::unique_ptr<ScheduleSync> makeSync(const QString &source)
    {
        auto sync = std::make_unique<ScheduleSync>(*m_store, *m_clock, settings(source));
        sync->setUtcClock([] { return now; });
        return sync;
    }

    [[nodiscard]] QString calendarUrl(const QString &path = u"/basic.ics"_s) const
    {
        return m_server->url(path).toString();
    }

    // Runs one syncNow() to its end.
    std::optional<Attempt> sync(ScheduleSync &sync)
    {
        std::optional<Attempt> result;
        const auto connection
            = connect(&sync, &ScheduleSync::finished, [&result](const Attempt &a) { result = a; });
        const bool started = sync.syncNow();
        // finished() never comes from inside syncNow().
        const bool early = result.has_value();
        const bool arrived
            = started && !early && QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
        disconnect(connection);
        return arrived ? result : std::nullopt;
    }

    void publish(const QByteArray &ics, const QByteArray &etag = {}, int status = 200)
    {
        TestHttpsServer::Route route = TestHttpsServer::text(ics, status);
        route.contentType = "text/calendar; charset=utf-8";
        route.etag = etag;
        m_server->setRoute(u"/basic.ics"_s, route);
    }

    // Stores the Google export through a sync.
    void storeGoogle()
    {
        publish(MistTest::readDataFile(u"ics/google-export.ics"_s), "\"g1\"");
        const auto s = makeSync(calendarUrl());
        const auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"stored"_s);
        m_server->resetCounters();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("no_proxy", "*");
        qputenv("NO_PROXY", "*");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<ScheduleStore>(m_dir->path());
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        m_server = std::make_unique<TestHttpsServer>();
        QVERIFY(m_server->start());
        m_clock = std::make_unique<ManualClock>();
    }

    void cleanup()
    {
        m_server.reset();
        m_store.reset();
        m_dir.reset();
        m_clock.reset();
    }

    void storesACalendarFromHttps()
    {
        publish(MistTest::readDataFile(u"ics/google-export.ics"_s), "\"g1\"");
        const auto s = makeSync(calendarUrl());
        QSignalSpy replaced(s.get(), &ScheduleSync::calendarReplaced);
        const auto result = sync(*s);
        QVERIFY(result);
        QVERIFY(result->ok);
        QCOMPARE(result->code, u"stored"_s);
        QCOMPARE(result->message, u"127.0.0.1: stored 4 events"_s);
        QCOMPARE(result->at, now);
        QCOMPARE(replaced.count(), 1);

        const ScheduleStore::Calendar calendar = m_store->calendar();
        QVERIFY(!calendar.bundled);
        QCOMPARE(calendar.ics, MistTest::readDataFile(u"ics/google-export.ics"_s));
        QCOMPARE(calendar.etag, QByteArray("\"g1\""));
        QCOMPARE(calendar.checkedAt, now);
        QCOMPARE(m_store->lastAttempt().code, u"stored"_s);
    }

    void unchangedCalendarIsA304()
    {
        storeGoogle();
        const auto s = makeSync(calendarUrl());
        QSignalSpy replaced(s.get(), &ScheduleSync::calendarReplaced);
        const auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"not-modified"_s);
        QVERIFY(result->ok);
        QCOMPARE(replaced.count(), 0);
        const auto request = m_server->lastRequest(u"/basic.ics"_s);
        QVERIFY(request);
        QCOMPARE(request->headers.value("if-none-match"), QByteArray("\"g1\""));
    }

    void sameBytesWithoutValidators()
    {
        publish(MistTest::readDataFile(u"ics/nextcloud-export.ics"_s));
        const auto s = makeSync(calendarUrl());
        QCOMPARE(sync(*s)->code, u"stored"_s);
        QCOMPARE(sync(*s)->code, u"unchanged"_s);
        QCOMPARE(m_server->requestCount(u"/basic.ics"_s), 2);
    }

    void validatorsOfAnotherSourceAreNotSent()
    {
        storeGoogle();
        m_server->setRoute(
            u"/other.ics"_s, TestHttpsServer::text(MistTest::readDataFile(u"ics/exdate.ics"_s)));
        const auto s = makeSync(calendarUrl(u"/other.ics"_s));
        const auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"stored"_s);
        QVERIFY(!m_server->lastRequest(u"/other.ics"_s)->headers.contains("if-none-match"));
    }

    void badCalendarKeepsTheLastGood_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("an HTML page") << QByteArray("<html>Sign in</html>") << u"invalid-ics"_s;
        QTest::newRow("empty") << QByteArray() << u"invalid-ics"_s;
        QTest::newRow("nothing readable")
            << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")
            << u"invalid-ics"_s;
        QTest::newRow("3 MB") << "BEGIN:VCALENDAR\r\n"
                + QByteArray("X-PAD:" + QByteArray(90, 'x') + "\r\n").repeated(30000)
                              << u"too-large"_s;
    }

    void badCalendarKeepsTheLastGood()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        storeGoogle();
        const ScheduleStore::Calendar before = m_store->calendar();
        publish(body, "\"g2\"");
        const auto s = makeSync(calendarUrl());
        QSignalSpy replaced(s.get(), &ScheduleSync::calendarReplaced);
        const auto result = sync(*s);
        QVERIFY(result);
        QVERIFY(!result->ok);
        QCOMPARE(result->code, code);
        QVERIFY(!result->message.contains(u'\n'));
        QCOMPARE(replaced.count(), 0);
        const ScheduleStore::Calendar after = m_store->calendar();
        QCOMPARE(after.ics, before.ics);
        QCOMPARE(after.etag, before.etag);
        QCOMPARE(m_store->lastAttempt().code, code);
    }

    void insecureAddressIsRefused()
    {
        publish(MistTest::readDataFile(u"ics/google-export.ics"_s));
        const auto s = makeSync(m_server->plainUrl(u"/basic.ics"_s).toString());
        const auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"insecure-url"_s);
        QCOMPARE(m_server->plainConnectionCount(), 0);
        QVERIFY(m_store->calendar().bundled);
    }

    void webcalMeansHttps()
    {
        publish(MistTest::readDataFile(u"ics/google-export.ics"_s));
        QString address = calendarUrl();
        address.replace(u"https://"_s, u"webcal://"_s);
        const auto s = makeSync(address);
        QCOMPARE(s->settings().url().scheme(), u"https"_s);
        const auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"stored"_s);
    }

    void untrustedServerIsRefused()
    {
        publish(MistTest::readDataFile(u"ics/google-export.ics"_s));
        ScheduleSync::Settings s = settings(calendarUrl());
        s.caBundlePath.clear(); // the system store does not know the test CA
        ScheduleSync syncer(*m_store, *m_clock, s);
        const auto result = sync(syncer);
        QVERIFY(result);
        QCOMPARE(result->code, u"tls"_s);
        QVERIFY(m_store->calendar().bundled);
    }

    void serverErrorIsRetriedWithBackoff()
    {
        storeGoogle();
        publish("busy", {}, 503);
        const auto s = makeSync(calendarUrl());
        std::optional<Attempt> result;
        connect(
            s.get(), &ScheduleSync::finished, this, [&result](const Attempt &a) { result = a; });
        s->start(); // firstSyncDelay 0: the first sync starts now
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        QCOMPARE(result->code, u"http"_s);
        QCOMPARE(s->retryAttempt(), 1);
        QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(1000));

        result.reset();
        m_clock->advance(1000);
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        QCOMPARE(s->retryAttempt(), 2);
        QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(2000));

        // Back to normal: the next retry succeeds and the regular interval returns.
        publish(MistTest::readDataFile(u"ics/google-export.ics"_s), "\"g1\"");
        result.reset();
        m_clock->advance(2000);
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        QCOMPARE(result->code, u"not-modified"_s);
        QCOMPARE(s->retryAttempt(), 0);
        QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(3600 * 1000));
        QCOMPARE(m_store->calendar().etag, QByteArray("\"g1\""));
    }

    void badCalendarIsNotRetriedEarly()
    {
        publish("not a calendar");
        const auto s = makeSync(calendarUrl());
        std::optional<Attempt> result;
        connect(
            s.get(), &ScheduleSync::finished, this, [&result](const Attempt &a) { result = a; });
        s->start();
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
        QCOMPARE(result->code, u"invalid-ics"_s);
        QCOMPARE(s->retryAttempt(), 0);
        QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(3600 * 1000));
    }

    void localFile()
    {
        const QString path = m_dir->filePath(u"trainings.ics"_s);
        QVERIFY(QFile::copy(MistTest::dataFile(u"ics/nextcloud-export.ics"_s), path));
        const auto s = makeSync(path);
        QVERIFY(s->settings().url().isEmpty());
        QCOMPARE(s->settings().filePath(), path);
        auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"stored"_s);
        QCOMPARE(result->message, u"trainings.ics: stored 3 events"_s);
        QCOMPARE(m_store->calendar().source, path);
        QVERIFY(m_store->calendar().lastModified.isValid());

        result = sync(*s);
        QCOMPARE(result->code, u"unchanged"_s);

        // A broken file: the last good calendar stays.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR\n");
        file.close();
        result = sync(*s);
        QCOMPARE(result->code, u"invalid-ics"_s);
        QCOMPARE(m_store->calendar().ics, MistTest::readDataFile(u"ics/nextcloud-export.ics"_s));

        QVERIFY(QFile::remove(path));
        result = sync(*s);
        QCOMPARE(result->code, u"file"_s);
        QCOMPARE(m_store->calendar().ics, MistTest::readDataFile(u"ics/nextcloud-export.ics"_s));

        const auto fileUrl
            = makeSync(QUrl::fromLocalFile(MistTest::dataFile(u"ics/rdate.ics"_s)).toString());
        QCOMPARE(sync(*fileUrl)->code, u"stored"_s);
    }

    void oversizedFileIsRefused()
    {
        const QString path = m_dir->filePath(u"huge.ics"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\n");
        file.write(QByteArray("X-PAD:" + QByteArray(90, 'x') + "\r\n").repeated(30000));
        file.close();
        const auto s = makeSync(path);
        const auto result = sync(*s);
        QVERIFY(result);
        QCOMPARE(result->code, u"too-large"_s);
        QVERIFY(m_store->calendar().bundled);
    }

    void logLineNamesHostOnly()
    {
        publish("<html>not a calendar</html>");
        m_server->setRoute(u"/calendar/ical/private-5ecret/basic.ics"_s,
            TestHttpsServer::text("<html>not a calendar</html>"));
        const auto s = makeSync(calendarUrl(u"/calendar/ical/private-5ecret/basic.ics"_s));
        g_syncLog.clear();
        g_previousHandler = qInstallMessageHandler(captureSyncLog);
        const auto result = sync(*s);
        qInstallMessageHandler(g_previousHandler);
        QVERIFY(result);
        QCOMPARE(result->code, u"invalid-ics"_s);
        QCOMPARE(g_syncLog.size(), 1); // one line per attempt
        const QString line = g_syncLog.constFirst();
        QVERIFY2(line.contains(u"127.0.0.1"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"5ecret"_s) && !line.contains(u"basic.ics"_s), qPrintable(line));
        QVERIFY(!result->message.contains(u"5ecret"_s));
    }

    void notConfiguredDoesNothing()
    {
        const auto s = makeSync({});
        QVERIFY(!s->settings().isConfigured());
        s->start();
        QVERIFY(!s->isRunning());
        QVERIFY(!s->syncNow());
        QVERIFY(!s->nextSyncInMs());
    }

    void stopAbandonsARunningSync()
    {
        TestHttpsServer::Route slow
            = TestHttpsServer::text(MistTest::readDataFile(u"ics/google-export.ics"_s));
        slow.delayMs = 2000;
        m_server->setRoute(u"/basic.ics"_s, slow);
        const auto s = makeSync(calendarUrl());
        QSignalSpy finished(s.get(), &ScheduleSync::finished);
        QVERIFY(s->syncNow());
        QVERIFY(s->isSyncing());
        QVERIFY(!s->syncNow()); // one at a time
        s->stop();
        QVERIFY(!s->isSyncing());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_store->calendar().bundled);
    }

    void displaySource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Google")
            << u"https://calendar.google.com/calendar/ical/abc%40group/private-5ecret/basic.ics"_s
            << u"calendar.google.com"_s;
        QTest::newRow("webcal")
            << u"webcal://cloud.library.example/remote.php/dav/public-calendars/tok?export"_s
            << u"cloud.library.example"_s;
        QTest::newRow("file") << u"/var/lib/mist/trainings.ics"_s << u"trainings.ics"_s;
        QTest::newRow("file URL") << u"file:///srv/cal/trainings.ics"_s << u"trainings.ics"_s;
    }

    void displaySource()
    {
        QFETCH(QString, source);
        QFETCH(QString, shown);
        QCOMPARE(ScheduleSync::displaySource(source), shown);
    }
};

QTEST_GUILESS_MAIN(TestScheduleSync)
#include "tst_schedulesync.moc"
