// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Endurance (issue 19): 10,000 citizen visits on the real kiosk shell, driven by a manual
// clock, with everything the kiosk runs beside them on their schedules: the usage log written
// as mist-kiosk writes it, the directory feed synced hourly (a new signed version daily), the
// training calendar synced hourly (a new one daily) and the portals' links checked every six
// hours, all against a local HTTPS server on 127.0.0.1 (soakservers.h). The visits are in
// soakcitizen.h; a visit and the pause after it are about 2.6 minutes of clock time, so 10,000
// of them are about 18 days of a busy kiosk's life.
//
// At visits 100, 1,000 and 10,000 (--report-at) it prints the resident memory of the kiosk and
// of its WebEngine processes, open descriptors, threads, WebEngine processes and the SQLite
// files, then a verdict line per goal: RSS growth <= 5 % from visit 1,000 to 10,000, no growth
// in descriptors, threads or processes, every visit in the usage log.
//
// The exit status fails only on a failed visit (a crash ends the run anyway), a renderer left
// behind, more WebEngine processes, descriptors growing beyond --fd-slack, or a lost usage
// event: never on memory or time. `bench_soak --visits 10000` (Release build, ~1 h);
// bench_soak_smoke in `ctest -L bench` runs 300.

#include "core/clock.h"
#include "directory/directoryupdater.h"
#include "kioskharness.h"
#include "learning/guidelibrary.h"
#include "schedule/scheduleupdater.h"
#include "session/sessioncontroller.h"
#include "soakcitizen.h"
#include "soaklog.h"
#include "soakprobe.h"
#include "soakservers.h"
#include "usage/usagerecorder.h"
#include "usage/usagewriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace MistTest;

namespace {

constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 linkCheckEveryMs = 6 * hourMs;
constexpr qint64 publishEveryMs = 24 * hourMs;

// What ran beside the visits, counted from the services' own signals.
struct Background
{
    std::map<QString, int> directorySyncs; // by result code
    std::map<QString, int> scheduleSyncs;
    int linkChecks = 0;
    int linksOk = 0; // in the last check
    int linksTotal = 0;
    [[nodiscard]] static QString describe(const std::map<QString, int> &counts)
    {
        QStringList parts;
        for (const auto &[code, count] : counts)
            parts << u"%1 %2"_s.arg(count).arg(code);
        return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
    }
};

double mib(long kib)
{
    return double(kib) / 1024.0;
}

void printSample(const SoakSample &s, double seconds)
{
    QStringList files;
    for (const auto &[name, bytes] : s.files)
        files << u"%1 %2 KiB"_s.arg(name).arg(double(bytes) / 1024.0, 0, 'f', 0);
    std::printf("%8d  %9.1f  %10.1f  %9.1f  %5d  %7d  %6d/%d  %8.1f  %s\n", s.visit,
        mib(s.kioskRssKiB), mib(s.webEngineRssKiB), mib(s.kioskRssKiB + s.webEngineRssKiB), s.fds,
        s.threads, s.webEngineProcesses, s.renderers, seconds, qPrintable(files.join(u", "_s)));
    std::printf("          descriptors: %s\n", qPrintable(s.describeFdKinds()));
    std::printf("          kiosk heap: %.1f MiB in use, %.1f MiB free but kept by malloc\n",
        mib(s.heapInUseKiB), mib(s.heapFreeKiB));
    std::fflush(stdout);
}

// Lets what is running finish before a measurement: a sync or link check in flight, the
// usage log's batch, a renderer on its way out.
// False if something did not settle in time (the measurement is taken anyway).
bool settle(KioskHarness &kiosk, Mist::DirectoryUpdater &directory, Mist::UsageWriter &writer)
{
    bool settled = QTest::qWaitFor(
        [&] { return !directory.isSyncing() && !directory.isCheckingLinks(); }, 15000);
    settled = writer.waitForCommitted(kiosk.usage().lastTicket(), 10s) && settled;
    settled = QTest::qWaitFor([] { return rendererChildren() == 0; }, 10000) && settled;
    QTest::qWait(200);
    return settled;
}

const char *verdict(bool met)
{
    return met ? "MET" : "NOT MET";
}

} // namespace

int main(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption visitsOption(
        u"visits"_s, u"Citizen visits (default 10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption reportOption(u"report-at"_s,
        u"Visits after which to measure (default 100,1000,10000; the last visit always)."_s,
        u"list"_s, u"100,1000,10000"_s);
    const QCommandLineOption portalsOption(
        u"portals"_s, u"Portals in the directory feed (default 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption fdSlackOption(u"fd-slack"_s,
        u"Descriptors the count may grow by before the run fails (default 8)."_s, u"n"_s, u"8"_s);
    const QCommandLineOption coldOption(
        u"cold-browser"_s, u"Do not prepare a visit's browser ([session] warm_browser = false)."_s);
    const QCommandLineOption minutesOption(u"max-minutes"_s,
        u"Start no visit after this many minutes of real time, and report at the last one "
        "(default 0: no limit)."_s,
        u"m"_s, u"0"_s);
    parser.addOptions(
        {visitsOption, reportOption, portalsOption, fdSlackOption, coldOption, minutesOption});
    parser.process(app);
    const int visits = std::max(1, parser.value(visitsOption).toInt());
    const int fdSlack = std::max(0, parser.value(fdSlackOption).toInt());
    const qint64 maxMs = qint64(std::max(0, parser.value(minutesOption).toInt())) * 60 * 1000;
    std::vector<int> reportAt;
    for (const QString &part : parser.value(reportOption).split(u','))
        if (const int at = part.trimmed().toInt(); at > 0 && at < visits)
            reportAt.push_back(at);
    reportAt.push_back(visits);

    SoakServers servers(parser.value(portalsOption).toInt());
    if (!servers.start()) {
        std::fprintf(stderr, "bench_soak: the local servers did not start\n");
        return 1;
    }
    QTemporaryDir dataDir;
    const QString data = dataDir.path();

    // Wired as kiosk/main.cpp wires them, with the harness's manual clock.
    Mist::UsageWriter usageWriter(data, {});
    if (!usageWriter.start()) {
        std::fprintf(stderr, "bench_soak: the usage log did not open\n");
        return 1;
    }
    KioskHarness kiosk(&usageWriter);
    Mist::KioskConfig::Directory directoryConfig;
    directoryConfig.feedUrl = servers.feedUrl().toString();
    directoryConfig.publicKeyFiles = {servers.publicKeyPath()};
    directoryConfig.caBundle = SoakServers::caBundlePath();
    directoryConfig.syncInterval = 60min;
    directoryConfig.linkCheckInterval = 6h;
    Mist::DirectoryUpdater directory(data, directoryConfig, kiosk.clock());
    directory.open();
    Mist::HttpClientOptions linkOptions;
    linkOptions.caBundlePath = SoakServers::caBundlePath();
    linkOptions.resolve = servers.linkResolve();
    directory.setLinkClientOptions(linkOptions);
    Mist::KioskConfig::Schedule scheduleConfig;
    scheduleConfig.source = servers.calendarUrl().toString();
    scheduleConfig.refreshInterval = 60min;
    Mist::ScheduleUpdater schedule(data, scheduleConfig, kiosk.clock());
    schedule.setCaBundle(SoakServers::caBundlePath());
    schedule.open();

    Background background;
    QObject::connect(&directory, &Mist::DirectoryUpdater::syncFinished, &directory,
        [&](const Mist::DirectoryStore::SyncResult &result) {
            ++background.directorySyncs[result.code];
        });
    QObject::connect(&schedule, &Mist::ScheduleUpdater::syncFinished, &schedule,
        [&](const Mist::ScheduleStore::Attempt &attempt) {
            ++background.scheduleSyncs[attempt.code];
        });
    QObject::connect(&directory, &Mist::DirectoryUpdater::linksChecked, &directory, [&] {
        ++background.linkChecks;
        background.linksOk = 0;
        background.linksTotal = 0;
        for (const Mist::LinkHealth &health : directory.linkHealth()) {
            ++background.linksTotal;
            background.linksOk += health.status == Mist::LinkHealth::Status::Ok ? 1 : 0;
        }
    });

    // The learning section's guides, which every service page asks for its portal.
    Mist::GuideLibrary guides(data + u"/learning/guides"_s);
    kiosk.setDirectory(&directory.directory());
    kiosk.setGuides(&guides);
    kiosk.setSchedule(&schedule.model());
    if (!kiosk.load()) {
        std::fprintf(stderr, "bench_soak: the shell did not load\n");
        return 1;
    }
    kiosk.setWarmBrowser(!parser.isSet(coldOption));

    // As mist-kiosk starts them; the first syncs wait 10 and 15 s of (manual) clock time.
    directory.startUpdates();
    schedule.startUpdates();
    kiosk.clock().advance(20000);
    if (!QTest::qWaitFor(
            [&] { return !background.directorySyncs.empty() && !background.scheduleSyncs.empty(); },
            30000)
        || qsizetype(directory.directory().size()) != servers.portalIds().size()) {
        std::fprintf(stderr, "bench_soak: the first syncs did not bring the feed (%s; %s)\n",
            qPrintable(Background::describe(background.directorySyncs)),
            qPrintable(Background::describe(background.scheduleSyncs)));
        return 1;
    }

    // The first link check, as mist-kiosk runs it soon after start: its client's keep-alive
    // connections (both ends in this process, with the server) are then open from the first
    // measurement on, and count as the kiosk's steady state rather than as growth.
    const int checksBefore = background.linkChecks;
    if (!directory.checkLinksNow()
        || !QTest::qWaitFor([&] { return background.linkChecks > checksBefore; }, 60000)) {
        std::fprintf(stderr, "bench_soak: the first link check did not finish\n");
        return 1;
    }

    const SoakProbe probe(data);
    SoakCitizen citizen(kiosk, servers.portalIds(),
        {u"documents-id"_s, u"pension-social"_s, u"health"_s, u"land-property"_s, u"taxes"_s,
            u"education"_s, u"other"_s});
    std::vector<SoakVisit> done;
    done.reserve(size_t(visits));
    std::vector<SoakSample> samples;
    const SoakSample start = probe.sample(0);
    int failed = 0;
    qint64 nextLinkCheckMs = kiosk.clock().nowMs() + linkCheckEveryMs;
    qint64 nextPublishMs = kiosk.clock().nowMs() + publishEveryMs;
    QElapsedTimer elapsed;
    elapsed.start();

    std::printf("bench_soak: %d visits, %lld portals, warm browser %s; clock: a visit is "
                "~2.6 min, syncs hourly, link checks every 6 h, new feed and calendar daily\n",
        visits, qlonglong(servers.portalIds().size()), parser.isSet(coldOption) ? "off" : "on");
    std::printf("   visit  kiosk MiB  WebEng MiB  total MiB    fds  threads  WE/rend    real s  "
                "SQLite files\n");
    printSample(start, 0);
    for (int n = 1; n <= visits; ++n) {
        SoakVisit visit = citizen.visit(n);
        if (!visit.ok) {
            ++failed;
            std::fprintf(stderr, "bench_soak: visit %d: %s\n", n, qPrintable(visit.problem));
            if (kiosk.session().isActive())
                kiosk.session().finish();
            if (failed > 10)
                break;
        }
        done.push_back(std::move(visit));
        // The schedules the clock does not drive by itself (DirectoryUpdater's link checks and
        // the region's publishing run on real timers).
        const qint64 now = kiosk.clock().nowMs();
        if (now >= nextLinkCheckMs) {
            directory.checkLinksNow();
            nextLinkCheckMs = now + linkCheckEveryMs;
        }
        if (now >= nextPublishMs) {
            servers.publishFeed();
            servers.publishCalendar();
            nextPublishMs = now + publishEveryMs;
        }
        // Out of time: this visit is the last, and measured as such.
        const bool outOfTime = maxMs > 0 && elapsed.elapsed() >= maxMs && n < visits;
        if (outOfTime)
            std::fprintf(stderr, "bench_soak: out of time after visit %d of %d\n", n, visits);
        if (outOfTime || std::find(reportAt.begin(), reportAt.end(), n) != reportAt.end()) {
            if (!settle(kiosk, directory, usageWriter))
                std::fprintf(stderr, "bench_soak: visit %d: still busy when measured\n", n);
            samples.push_back(probe.sample(n));
            printSample(samples.back(), double(elapsed.elapsed()) / 1000.0);
        }
        if (outOfTime)
            break;
    }
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    const bool committed = usageWriter.waitForCommitted(kiosk.usage().lastTicket(), 30s);
    const SoakLogCheck log = checkUsageLog(data, done);

    std::printf("\nbackground: directory syncs %s; schedule syncs %s; link checks %d (last: %d of "
                "%d portals ok); feed version %lld; portal requests %d\n",
        qPrintable(Background::describe(background.directorySyncs)),
        qPrintable(Background::describe(background.scheduleSyncs)), background.linkChecks,
        background.linksOk, background.linksTotal, qlonglong(servers.feedVersion()),
        servers.portalRequests());
    std::printf("visits: %zu run, %d failed, %.1f s real (%.1f ms a visit); clock %.1f days\n",
        done.size(), failed, seconds, done.empty() ? 0.0 : seconds * 1000.0 / double(done.size()),
        double(kiosk.clock().nowMs()) / double(24 * hourMs));

    // Portal opens, with the visit's browser made on "Open here" or prepared ahead (warm).
    for (const bool prepared : {false, true}) {
        std::vector<qint64> times;
        for (const SoakVisit &visit : done)
            if (visit.portalMs >= 0 && visit.preparedBrowser == prepared)
                times.push_back(visit.portalMs);
        if (times.empty())
            continue;
        std::sort(times.begin(), times.end());
        std::printf("portal opens, browser %s: %zu, median %lld ms, p90 %lld ms, max %lld ms\n",
            prepared ? "prepared (warm)" : "made on Open here", times.size(),
            qlonglong(times[times.size() / 2]), qlonglong(times[times.size() * 9 / 10]),
            qlonglong(times.back()));
    }

    // The goals compare visit 1,000 with the last measurement (10,000): the first visits fill
    // caches, load Qt WebEngine and make its helper processes.
    if (samples.empty())
        return 1;
    const SoakSample &last = samples.back();
    // Visit 1,000 when it was measured (more --report-at points only add to the table), else the
    // measurement before the last (the smoke's 100 -> 300).
    const auto atThousand = std::find_if(
        samples.begin(), samples.end(), [&](const SoakSample &s) { return s.visit == 1000; });
    const SoakSample &base = atThousand != samples.end() && &*atThousand != &last ? *atThousand
        : samples.size() >= 2 ? samples[samples.size() - 2]
                              : samples.front();
    const long baseRss = base.kioskRssKiB + base.webEngineRssKiB;
    const long lastRss = last.kioskRssKiB + last.webEngineRssKiB;
    const double rssGrowth = baseRss > 0 ? 100.0 * double(lastRss - baseRss) / double(baseRss) : 0;
    const double kioskGrowth = base.kioskRssKiB > 0
        ? 100.0 * double(last.kioskRssKiB - base.kioskRssKiB) / double(base.kioskRssKiB)
        : 0;
    int maxRenderers = 0;
    for (const SoakSample &s : samples)
        maxRenderers = std::max(maxRenderers, s.renderers);
    const bool processesOk
        = maxRenderers == 0 && last.webEngineProcesses <= base.webEngineProcesses;
    const bool logOk = committed && log.visitsIncomplete == 0 && failed == 0;

    std::printf("\nverdicts (visit %d -> %d):\n", base.visit, last.visit);
    std::printf("  RSS growth <= 5 %%: %s (kiosk + WebEngine %.1f -> %.1f MiB, %+.2f %%; kiosk "
                "alone %+.2f %%)\n",
        verdict(rssGrowth <= 5.0), mib(baseRss), mib(lastRss), rssGrowth, kioskGrowth);
    std::printf("    (kiosk heap in use %.1f -> %.1f MiB, free but kept %.1f -> %.1f MiB)\n",
        mib(base.heapInUseKiB), mib(last.heapInUseKiB), mib(base.heapFreeKiB),
        mib(last.heapFreeKiB));
    std::printf("  no growth in file descriptors: %s (%d -> %d)\n", verdict(last.fds <= base.fds),
        base.fds, last.fds);
    std::printf("  no growth in threads: %s (%d -> %d)\n", verdict(last.threads <= base.threads),
        base.threads, last.threads);
    std::printf("  no leftover processes: %s (WebEngine processes %d -> %d; renderers after a "
                "visit ended, most seen: %d)\n",
        verdict(processesOk), base.webEngineProcesses, last.webEngineProcesses, maxRenderers);
    std::printf("  every visit in the usage log: %s (%d of %zu visits complete, %lld events%s%s)\n",
        verdict(logOk), log.visitsComplete, done.size(), qlonglong(log.events),
        log.missing.isEmpty() ? "" : "; missing: ", qPrintable(log.missing.join(u", "_s)));
    std::printf("  SQLite files: %.1f -> %.1f KiB (usage log grows with its events; retention "
                "prunes it after 365 days)\n",
        double(base.filesBytes()) / 1024.0, double(last.filesBytes()) / 1024.0);

    // Only crashes, leaks and lost events fail the run (see the top of this file).
    const bool fdLeak = last.fds > base.fds + fdSlack;
    kiosk.unload();
    if (failed > 0 || !processesOk || fdLeak || !logOk) {
        std::fprintf(stderr,
            "bench_soak: FAILED (%d failed visits, processes %s, descriptors %d -> %d, log %s)\n",
            failed, processesOk ? "ok" : "leaked", base.fds, last.fds, logOk ? "ok" : "lost");
        return 1;
    }
    return 0;
}
