// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The /metrics page over real stores: build info, process start time, disk space, category and
// training counters, the last successful directory and schedule syncs (also after a failed
// attempt), link health counts, every family typed and named by Prometheus conventions
// (checked by promtool when installed).

#include "api/apimetrics.h"
#include "directory/directorystore.h"
#include "schedule/schedulestore.h"
#include "testsupport.h"
#include "usage/usagestore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

PortalEntry entry(const QString &id)
{
    PortalEntry e;
    e.id = id;
    e.name = {id, {}};
    e.description = {id, {}};
    e.url = QUrl(u"https://%1.example.org/"_s.arg(id));
    e.categories = {PortalEntry::Category::Other};
    return e;
}

UsageEvent usageEvent(qint64 timeMs, UsageEvent::Type type, const QString &subject = {})
{
    return {timeMs, u"k1"_s, u"s1"_s, type, subject, std::nullopt, false};
}

// The value of one sample line ("name{labels} value"), or -1 if absent.
qint64 sample(const QByteArray &page, const QByteArray &series)
{
    for (const QByteArray &line : page.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).toLongLong();
    }
    return -1;
}

} // namespace

class TestApiMetrics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void processFamilies()
    {
        ApiMetrics::Process process;
        process.version = u"1.2.3"_s;
        process.startTimeSeconds = 1780000000;
        process.uptimeSeconds = 42;
        process.diskFreeBytes = 5'000'000'000;
        process.diskSizeBytes = 32'000'000'000;
        const QByteArray page = ApiMetrics::render(nullptr, nullptr, nullptr, process);
        QVERIFY(page.contains("# TYPE mist_build_info gauge\n"));
        const QByteArray buildInfo = "mist_build_info{version=\"1.2.3\",qt_version=\""
            + QByteArray(qVersion()) + "\"} 1\n";
        QVERIFY(page.contains(buildInfo));
        QCOMPARE(sample(page, "process_start_time_seconds"), 1780000000);
        QCOMPARE(sample(page, "mist_uptime_seconds"), 42);
        QCOMPARE(sample(page, "mist_data_disk_free_bytes"), 5'000'000'000);
        QCOMPARE(sample(page, "mist_data_disk_size_bytes"), 32'000'000'000);
        QCOMPARE(sample(page, "mist_usage_log_up"), 0);

        // Unknown disk space is left out, not reported as 0 (that would page someone).
        process.diskFreeBytes = -1;
        const QByteArray unknown = ApiMetrics::render(nullptr, nullptr, nullptr, process);
        QVERIFY(!unknown.contains("mist_data_disk_free_bytes"));
    }

    void currentProcess()
    {
        const ApiMetrics::Process process = ApiMetrics::currentProcess(m_dir.path(), 7);
        QCOMPARE(process.version, QStringLiteral(MIST_VERSION));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(process.startTimeSeconds > now - 3600 && process.startTimeSeconds <= now);
        QVERIFY(process.diskFreeBytes > 0);
        QVERIFY(process.diskSizeBytes >= process.diskFreeBytes);
        QCOMPARE(process.uptimeSeconds, 7);
    }

    void usageCounters()
    {
        UsageStore store(m_dir.path());
        QVERIFY(store.open());
        const qint64 t = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(store.append({usageEvent(t, UsageEvent::Type::SessionStarted),
            usageEvent(t + 1, UsageEvent::Type::CategoryOpened, u"documents-id"_s),
            usageEvent(t + 2, UsageEvent::Type::CategoryOpened, u"documents-id"_s),
            usageEvent(t + 3, UsageEvent::Type::CategoryOpened, u"health"_s),
            usageEvent(t + 4, UsageEvent::Type::TrainingViewed, u"uid-1"_s),
            usageEvent(t + 5, UsageEvent::Type::QrShown, u"diia"_s),
            usageEvent(t + 6, UsageEvent::Type::PortalOpened, u"diia"_s)}));
        UsageCounters counters;
        QVERIFY(counters.update(store));
        const QByteArray page = ApiMetrics::render(&counters, nullptr, nullptr, {});
        QVERIFY(page.contains("# TYPE mist_category_opens_total counter\n"));
        QCOMPARE(sample(page, "mist_category_opens_total{category=\"documents-id\"}"), 2);
        QCOMPARE(sample(page, "mist_category_opens_total{category=\"health\"}"), 1);
        QCOMPARE(sample(page, "mist_training_views_total"), 1);
        QCOMPARE(sample(page, "mist_qr_codes_shown_total"), 1);
        QCOMPARE(sample(page, "mist_sessions_started_total"), 1);
        QCOMPARE(sample(page, "mist_portal_opens_total{service=\"diia\"}"), 1);

        // Running totals: the next scrape adds only the new rows.
        QVERIFY(store.append({usageEvent(t + 7, UsageEvent::Type::CategoryOpened, u"health"_s)}));
        QVERIFY(counters.update(store));
        const QByteArray next = ApiMetrics::render(&counters, nullptr, nullptr, {});
        QCOMPARE(sample(next, "mist_category_opens_total{category=\"health\"}"), 2);
        QCOMPARE(sample(next, "mist_category_opens_total{category=\"documents-id\"}"), 2);
    }

    // What a region reports beside sessions: trainings held with their head counts (librarian
    // mode), documents received and printed with their pages, failed jobs by problem.
    void trainingsAndDocuments()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        const qint64 t = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        auto withValue = [](UsageEvent event, qint64 value) {
            event.value = value;
            return event;
        };
        QVERIFY(store.append({
            withValue(usageEvent(t, UsageEvent::Type::TrainingRecorded, u"occ-1"_s), 12),
            withValue(usageEvent(t + 1, UsageEvent::Type::TrainingRecorded,
                          u"not-in-calendar:2026-11-02"_s),
                7),
            usageEvent(t + 2, UsageEvent::Type::DocumentReceived, u"download"_s),
            usageEvent(t + 3, UsageEvent::Type::DocumentReceived, u"page-print"_s),
            usageEvent(t + 4, UsageEvent::Type::DocumentReceived, u"download"_s),
            withValue(usageEvent(t + 5, UsageEvent::Type::DocumentPrinted, u"portal"_s), 6),
            withValue(usageEvent(t + 6, UsageEvent::Type::DocumentPrinted, u"kiosk"_s), 2),
            usageEvent(t + 7, UsageEvent::Type::PrintFailed, u"out-of-paper"_s),
        }));
        UsageCounters counters;
        QVERIFY(counters.update(store));
        const QByteArray page = ApiMetrics::render(&counters, nullptr, nullptr, {});
        QVERIFY(page.contains("# TYPE mist_trainings_held_total counter\n"));
        QCOMPARE(sample(page, "mist_trainings_held_total"), 2);
        QCOMPARE(sample(page, "mist_training_participants_total"), 19);
        QCOMPARE(sample(page, "mist_documents_received_total{source=\"download\"}"), 2);
        QCOMPARE(sample(page, "mist_documents_received_total{source=\"page-print\"}"), 1);
        QCOMPARE(sample(page, "mist_documents_printed_total{source=\"portal\"}"), 1);
        QCOMPARE(sample(page, "mist_documents_printed_total{source=\"kiosk\"}"), 1);
        QCOMPARE(sample(page, "mist_pages_printed_total"), 8);
        QCOMPARE(sample(page, "mist_print_jobs_failed_total{problem=\"out-of-paper\"}"), 1);

        // The sums run on like the counts: the next scrape adds only the new rows.
        QVERIFY(store.append(
            {withValue(usageEvent(t + 8, UsageEvent::Type::TrainingRecorded, u"occ-2"_s), 5),
                withValue(usageEvent(t + 9, UsageEvent::Type::DocumentPrinted, u"portal"_s), 3)}));
        QVERIFY(counters.update(store));
        const QByteArray next = ApiMetrics::render(&counters, nullptr, nullptr, {});
        QCOMPARE(sample(next, "mist_trainings_held_total"), 3);
        QCOMPARE(sample(next, "mist_training_participants_total"), 24);
        QCOMPARE(sample(next, "mist_pages_printed_total"), 11);
    }

    void directorySync()
    {
        QTemporaryDir dir;
        DirectoryStore store(dir.path());
        QVERIFY(store.open());
        {
            // Never synced, bundled directory: both times 0.
            const QByteArray page = ApiMetrics::render(nullptr, &store, nullptr, {});
            QCOMPARE(sample(page, "mist_directory_sync_last_success_timestamp_seconds"), 0);
            QCOMPARE(sample(page, "mist_directory_feed_accepted_timestamp_seconds"), 0);
        }
        QVERIFY(MistTest::storeFeed(store, 7, {entry(u"aa"_s), entry(u"bb"_s)}));
        const qint64 accepted = store.feedState().acceptedAt.toSecsSinceEpoch();
        QVERIFY(accepted > 0);

        const QDateTime ok = QDateTime::currentDateTimeUtc().addSecs(600);
        QVERIFY(store.recordSync({ok, true, u"not-modified"_s, u"ok"_s}));
        QByteArray page = ApiMetrics::render(nullptr, &store, nullptr, {});
        QCOMPARE(sample(page, "mist_directory_sync_last_success_timestamp_seconds"),
            ok.toSecsSinceEpoch());
        QCOMPARE(sample(page, "mist_directory_feed_accepted_timestamp_seconds"), accepted);
        QCOMPARE(sample(page, "mist_directory_feed_version"), 7);

        // A failed attempt: the last attempt moves on, the success falls back to the acceptance.
        const QDateTime failed = ok.addSecs(3600);
        QVERIFY(store.recordSync({failed, false, u"tls"_s, u"failed"_s}));
        page = ApiMetrics::render(nullptr, &store, nullptr, {});
        QCOMPARE(sample(page, "mist_directory_sync_ok"), 0);
        QCOMPARE(sample(page, "mist_directory_sync_last_attempt_timestamp_seconds"),
            failed.toSecsSinceEpoch());
        QCOMPARE(sample(page, "mist_directory_sync_last_success_timestamp_seconds"), accepted);
        // Link health counts by the last check's result.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.recordLinkHealth({{u"aa"_s, LinkHealth::Status::Ok, 200, {}, now, now, {}},
            {u"bb"_s, LinkHealth::Status::Down, 503, u"HTTP 503"_s, now, {}, {}}}));
        page = ApiMetrics::render(nullptr, &store, nullptr, {});
        QCOMPARE(sample(page, "mist_portal_links{status=\"ok\"}"), 1);
        QCOMPARE(sample(page, "mist_portal_links{status=\"down\"}"), 1);
        QCOMPARE(sample(page, "mist_portal_links{status=\"unknown\"}"), 0);
    }

    void scheduleSync()
    {
        QTemporaryDir dir;
        ScheduleStore store(dir.path());
        QVERIFY(store.open());
        QByteArray page = ApiMetrics::render(nullptr, nullptr, &store, {});
        QCOMPARE(sample(page, "mist_schedule_sync_last_success_timestamp_seconds"), 0);

        QFile ics(MistTest::dataFile(u"ics/weekly-count.ics"_s));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QDateTime stored(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store.replaceCalendar(ics.readAll(), u"file"_s, {}, {}, stored).stored);
        const QDateTime checked = stored.addDays(2);
        QVERIFY(store.markChecked(checked));
        QVERIFY(store.recordAttempt({checked.addSecs(1800), false, u"http"_s, u"failed"_s}));
        page = ApiMetrics::render(nullptr, nullptr, &store, {});
        QCOMPARE(sample(page, "mist_schedule_sync_ok"), 0);
        QCOMPARE(sample(page, "mist_schedule_sync_last_success_timestamp_seconds"),
            checked.toSecsSinceEpoch());
    }

    void promtoolAcceptsThePage()
    {
        UsageStore usage(m_dir.path());
        QVERIFY(usage.open());
        UsageCounters counters;
        QVERIFY(counters.update(usage));
        DirectoryStore directory(m_dir.path());
        QVERIFY(directory.open());
        ScheduleStore schedule(m_dir.path());
        QVERIFY(schedule.open());
        const QByteArray page = ApiMetrics::render(
            &counters, &directory, &schedule, ApiMetrics::currentProcess(m_dir.path(), 1));
        // Conventions: every family has HELP and TYPE; counters end in _total; times and sizes
        // carry their base unit.
        const QRegularExpression type(
            u"^# TYPE (\\w+) (\\w+)$"_s, QRegularExpression::MultilineOption);
        int families = 0;
        for (auto it = type.globalMatch(QString::fromUtf8(page)); it.hasNext(); ++families) {
            const auto match = it.next();
            const QString name = match.captured(1);
            QVERIFY2(page.contains(QByteArray("# HELP " + name.toUtf8() + ' ')), qPrintable(name));
            if (match.captured(2) == "counter"_L1)
                QVERIFY2(name.endsWith("_total"_L1), qPrintable(name));
            if (name.contains("timestamp"_L1) || name.contains("time"_L1))
                QVERIFY2(name.endsWith("_seconds"_L1), qPrintable(name));
        }
        QVERIFY(families >= 20);

        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus)");
        QProcess process;
        process.start(promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(process.waitForStarted());
        process.write(page);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0,
            QByteArray(process.readAllStandardOutput() + process.readAllStandardError())
                .constData());
    }
};

QTEST_GUILESS_MAIN(TestApiMetrics)
#include "tst_apimetrics.moc"
