// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk browser's cost, in the real shell (KioskHarness) against a local HTTPS page:
//   - time from "Open here" (KioskShell.showPortal) to the page loaded (loadingChanged
//     LoadSucceeded) and to the first frame the window draws after it;
//   - peak resident memory with the browser open (this process plus its QtWebEngineProcess
//     children);
//   - resident memory after N open-portal-then-finish cycles, against the first cycle, and the
//     renderer processes left behind;
//   - then (issue 19) the memory of the whole process tree with a portal-sized page open
//     (tests/data/portal-page), PSS and RSS, against Debian's Chromium (`chromium --headless=new`)
//     on the same page of the same server, runs alternating; goal: the kiosk's PSS at most half
//     of Chromium's.
// Figures only: `bench_browser --cycles 20 --compare-runs 5`. The ctest smoke run fails only when
// a cycle does not complete, a browser crashes or a process is left over, never on a time or
// memory figure; without Chromium it says that the baseline was skipped.

#include "chromiumrun.h"
#include "core/clock.h"
#include "eventloopwait.h"
#include "kioskharness.h"
#include "portalpage.h"
#include "proctree.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QUrlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;
using MistBench::ChromiumRun;
using MistBench::median;
using MistBench::PortalPage;
using MistBench::TreeMemory;
using MistTest::KioskHarness;
using MistTest::TestHttpsServer;

namespace {

struct OpenTimes
{
    double loadedMs = -1;
    double paintedMs = -1;
};

// Opens the portal and times it; the view must end on the page's title.
OpenTimes openAndTime(KioskHarness &kiosk, const QUrl &url)
{
    OpenTimes times;
    QElapsedTimer timer;
    timer.start();
    QQuickItem *browser = kiosk.openPortal(url);
    QQuickItem *view = kiosk.view();
    if (!browser || !view)
        return times;
    // In a running event loop, as the kiosk waits (eventloopwait.h).
    if (!MistBench::waitInEventLoop(
            [&] { return kiosk.title() == u"portal"_s && !view->property("loading").toBool(); },
            30000))
        return times;
    times.loadedMs = double(timer.nsecsElapsed()) / 1e6;
    // The next frame the window draws shows the page (WebEngine hands Qt Quick a new texture).
    bool swapped = false;
    const auto connection = QObject::connect(kiosk.window(), &QQuickWindow::frameSwapped,
        kiosk.window(), [&swapped] { swapped = true; });
    kiosk.window()->update();
    if (MistBench::waitInEventLoop([&swapped] { return swapped; }, 5000))
        times.paintedMs = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return times;
}

// Ends the session and waits until the browser, its view and its profile are gone.
bool finishAndWait(KioskHarness &kiosk)
{
    QPointer<QObject> profile = kiosk.profile();
    QPointer<QQuickItem> view = kiosk.view();
    kiosk.session().finish();
    return QTest::qWaitFor([&] { return !kiosk.browser() && !view && !profile; }, 10000);
}

// One browser's figures over the runs, in MiB.
struct MemoryRuns
{
    std::vector<double> pssMiB;
    std::vector<double> rssMiB;
    std::vector<double> processes;
    QByteArray lastSeen; // the page's last /loaded query
    QString command; // how it was started, if it was
    int othersMapping = 0; // the most processes outside the tree that shared its main library
    bool pageComplete = true; // in every run

    void add(const TreeMemory &memory, const QByteArray &seen)
    {
        pssMiB.push_back(double(memory.pssKiB) / 1024.0);
        rssMiB.push_back(double(memory.rssKiB) / 1024.0);
        processes.push_back(memory.processes);
        lastSeen = seen;
        pageComplete = pageComplete && PortalPage::complete(seen);
    }
};

// Waits until the page has asked for /loaded once more than before; its query, or empty.
QByteArray waitForLoaded(const TestHttpsServer &server, int before, int timeoutMs)
{
    const QString path = QLatin1StringView(PortalPage::LoadedPath);
    if (!QTest::qWaitFor([&] { return server.requestCount(path) > before; }, timeoutMs))
        return {};
    const auto request = server.lastRequest(path);
    return request ? request->target : QByteArray();
}

// The kiosk with the page open in a visit: the memory of this process (the shell, Qt WebEngine's
// browser side and, alas, the test server's thread) and every process below it (WebEngine's
// zygote, GPU, utility and renderer processes). False if the page did not load or the browser
// was not destroyed at the end of the visit.
bool measureKiosk(
    KioskHarness &kiosk, const TestHttpsServer &server, int settleMs, MemoryRuns &runs)
{
    kiosk.session().start();
    const int before = server.requestCount(QLatin1StringView(PortalPage::LoadedPath));
    if (!kiosk.openPortal(server.url(QLatin1StringView(PortalPage::Path)))) {
        std::fprintf(stderr, "bench_browser: the kiosk's browser did not open\n");
        return false;
    }
    const QByteArray seen = waitForLoaded(server, before, 60000);
    if (seen.isEmpty()) {
        std::fprintf(stderr, "bench_browser: the portal page did not load in the kiosk\n");
        return false;
    }
    QTest::qWait(settleMs);
    const std::vector<qint64> tree = MistBench::processTree(QCoreApplication::applicationPid());
    runs.add(MistBench::memoryOf(tree), seen);
    runs.othersMapping
        = std::max(runs.othersMapping, MistBench::othersMapping("libQt6WebEngineCore.so", tree));
    if (!finishAndWait(kiosk)) {
        std::fprintf(stderr, "bench_browser: the browser was not destroyed after the visit\n");
        return false;
    }
    return true;
}

// Chromium on the same page, in a fresh profile: the memory of all its processes. False if it
// did not start, did not load the page, died or left a process behind.
bool measureChromium(const QString &program, const TestHttpsServer &server, const QByteArray &pin,
    int settleMs, MemoryRuns &runs)
{
    ChromiumRun chromium(program);
    const int before = server.requestCount(QLatin1StringView(PortalPage::LoadedPath));
    if (!chromium.start(server.url(QLatin1StringView(PortalPage::Path)), pin, QSize(1280, 800))) {
        std::fprintf(stderr, "bench_browser: %s did not start\n", qPrintable(program));
        return false;
    }
    const QByteArray seen = waitForLoaded(server, before, 60000);
    if (!seen.isEmpty())
        QTest::qWait(settleMs);
    const bool alive = chromium.running();
    if (!seen.isEmpty() && alive) {
        const std::vector<qint64> tree = chromium.processes();
        runs.add(MistBench::memoryOf(tree), seen);
        runs.othersMapping
            = std::max(runs.othersMapping, MistBench::othersMapping("/usr/lib/chromium/", tree));
    }
    runs.command = program + u' ' + chromium.arguments().join(u' ');
    const QByteArray log = chromium.logTail();
    if (!chromium.stop() || seen.isEmpty() || !alive) {
        std::fprintf(stderr, "bench_browser: Chromium %s; its last words:\n%s\n",
            seen.isEmpty() ? "did not load the page" : "died or left a process behind",
            log.constData());
        return false;
    }
    return true;
}

// What the page reported: "Chrome/102.0.5005.177, 30/30 images, 2 fonts, 24 cards, 703 nodes".
QString describe(const QByteArray &seen)
{
    const QUrlQuery query(QString::fromUtf8(seen.mid(seen.indexOf('?') + 1)));
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1StringView(key), QUrl::FullyDecoded);
    };
    return u"%1, %2/%3 images, %4 fonts, %5 cards, %6 nodes, chart %7, error %8"_s.arg(
        value("engine"), value("images"), value("imagesTotal"), value("fonts"), value("cards"),
        value("nodes"), value("chart"), value("error"));
}

// Extra Chromium flags for the kiosk's WebEngine, to measure a candidate before it goes into
// ChromiumFlags::kioskFlags(): --kiosk-flags "<flags>". Read before the application object,
// because Qt WebEngine reads its flags then.
QByteArray kioskFlagsArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--kiosk-flags") == 0 && i + 1 < argc)
            return argv[i + 1];
        if (std::strncmp(argv[i], "--kiosk-flags=", 14) == 0)
            return argv[i] + 14;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    const QByteArray extraKioskFlags = kioskFlagsArgument(argc, argv);
    KioskHarness::initializeWebEngine(extraKioskFlags);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cyclesOption(
        u"cycles"_s, u"Open-then-finish cycles (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption settleOption(u"settle-ms"_s,
        u"Wait after the last cycle before measuring memory (default 3000)."_s, u"ms"_s, u"3000"_s);
    const QCommandLineOption compareRunsOption(u"compare-runs"_s,
        u"Runs of the kiosk and of Chromium each on the portal-sized page (default 5; 0: none)."_s,
        u"n"_s, u"5"_s);
    const QCommandLineOption compareSettleOption(u"compare-settle-ms"_s,
        u"Wait after the page reported loaded before measuring (default 3000)."_s, u"ms"_s,
        u"3000"_s);
    const QCommandLineOption chromiumOption(u"chromium"_s,
        u"The baseline browser (default /usr/bin/chromium; \"none\" to skip it)."_s, u"path"_s,
        QString::fromLatin1(ChromiumRun::DefaultProgram));
    const QCommandLineOption kioskFlagsOption(u"kiosk-flags"_s,
        u"Extra Chromium flags for the kiosk's WebEngine, to measure a candidate."_s, u"flags"_s);
    parser.addOptions({cyclesOption, settleOption, compareRunsOption, compareSettleOption,
        chromiumOption, kioskFlagsOption});
    parser.process(app);
    const int cycles = std::max(1, parser.value(cyclesOption).toInt());
    const int compareRuns = std::max(0, parser.value(compareRunsOption).toInt());
    const int compareSettleMs = std::max(0, parser.value(compareSettleOption).toInt());

    TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
    TestHttpsServer::Route page = TestHttpsServer::text(
        "<!doctype html><html><head><meta charset=utf-8><title>portal</title></head><body>"
        "<h1>Портал громади</h1><p>A local page with some text, a form and a script.</p>"
        "<form><input name=q><button>Search</button></form>"
        "<script>localStorage.setItem('k', 'v'); document.cookie = 'c=1; Secure';</script>"
        "</body></html>");
    page.contentType = "text/html; charset=utf-8";
    server.setRoute(u"/portal"_s, page);
    const PortalPage portalPage = PortalPage::install(server);
    if (!server.start())
        return 1;
    const QUrl url = server.url(u"/portal"_s);

    KioskHarness kiosk;
    if (!kiosk.load()) {
        std::fprintf(stderr, "bench_browser: the shell did not load\n");
        return 1;
    }
    const long rssBeforeKiB = MistTest::totalRssKiB();

    std::vector<double> loaded;
    std::vector<double> painted;
    long peakOpenKiB = 0;
    long afterFirstKiB = 0;
    double firstLoadedMs = -1;
    double firstPaintedMs = -1;
    QElapsedTimer total;
    total.start();
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        kiosk.session().start();
        const OpenTimes times = openAndTime(kiosk, url);
        if (times.loadedMs < 0) {
            std::fprintf(stderr, "bench_browser: cycle %d: the portal did not load\n", cycle);
            return 1;
        }
        if (cycle == 1) {
            firstLoadedMs = times.loadedMs;
            firstPaintedMs = times.paintedMs;
        } else {
            loaded.push_back(times.loadedMs);
            if (times.paintedMs >= 0)
                painted.push_back(times.paintedMs);
        }
        if (cycle == 1 || cycle % 50 == 0 || cycle == cycles)
            peakOpenKiB = std::max(peakOpenKiB, MistTest::totalRssKiB());
        if (!finishAndWait(kiosk)) {
            std::fprintf(stderr, "bench_browser: cycle %d: the browser was not destroyed\n", cycle);
            return 1;
        }
        if (cycle == 1) {
            QTest::qWait(parser.value(settleOption).toInt());
            afterFirstKiB = MistTest::totalRssKiB();
        }
        if (cycle % 100 == 0) {
            std::printf("  after %d cycles: %ld KiB (this process %ld KiB), %d renderers\n", cycle,
                MistTest::totalRssKiB(), MistTest::selfRssKiB(), MistTest::rendererChildren());
            std::fflush(stdout);
        }
    }
    QTest::qWait(parser.value(settleOption).toInt());
    const long afterLastKiB = MistTest::totalRssKiB();
    int renderersLeft = MistTest::rendererChildren();
    const int webEngineLeft = MistTest::webEngineChildren();

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("bench_browser: %d open-then-finish cycles of a local HTTPS page in %.1f s\n",
        cycles, double(total.elapsed()) / 1000.0);
    std::printf(
        "  first open (starts Qt WebEngine): loaded %.0f ms, first frame after it %.0f ms\n",
        firstLoadedMs, firstPaintedMs);
    std::printf(
        "  later opens (fresh profile each): loaded median %.0f ms, first frame median %.0f ms\n",
        median(loaded), median(painted));
    std::printf("  RSS with only the shell: %ld KiB\n", rssBeforeKiB);
    std::printf(
        "  peak RSS with the browser open (kiosk + WebEngine processes, sampled): %ld KiB\n",
        peakOpenKiB);
    std::printf("  peak RSS of the kiosk process alone (getrusage): %ld KiB\n", usage.ru_maxrss);
    std::printf("  RSS after the first cycle: %ld KiB; after %d cycles: %ld KiB (%+.1f %%)\n",
        afterFirstKiB, cycles, afterLastKiB,
        afterFirstKiB > 0 ? 100.0 * double(afterLastKiB - afterFirstKiB) / double(afterFirstKiB)
                          : 0.0);
    std::printf("  left after the last finish: %d renderer processes, %d QtWebEngineProcess in all "
                "(zygote, GPU and utility processes live as long as the kiosk)\n",
        renderersLeft, webEngineLeft);
    std::fflush(stdout);
    if (compareRuns == 0)
        return renderersLeft == 0 ? 0 : 1;

    // The portal-sized page in the kiosk and in Chromium, alternating, so that a slow or busy
    // moment of the machine hits both. Each is measured while the other has no page open (and
    // Chromium no process at all): shared libraries are then split between the kiosk's own
    // processes, not with the other browser.
    QString chromium = parser.value(chromiumOption);
    QString chromiumVersion;
    if (chromium != u"none"_s) {
        chromiumVersion = ChromiumRun::version(chromium);
        if (chromiumVersion.isEmpty()) {
            std::printf("  chromium baseline skipped: %s is not installed or does not run\n",
                qPrintable(chromium));
            chromium.clear();
        }
    } else {
        std::printf("  chromium baseline skipped (--chromium none)\n");
        chromium.clear();
    }
    QFile pinFile(MistTest::dataFile(u"tls/server.pin"_s));
    const QByteArray pin = pinFile.open(QIODevice::ReadOnly) ? pinFile.readAll().trimmed() : "";
    MemoryRuns kioskRuns;
    MemoryRuns chromiumRuns;
    for (int run = 0; run < compareRuns; ++run) {
        if (!measureKiosk(kiosk, server, compareSettleMs, kioskRuns))
            return 1;
        if (!chromium.isEmpty()
            && !measureChromium(chromium, server, pin, compareSettleMs, chromiumRuns))
            return 1;
    }
    QTest::qWait(parser.value(settleOption).toInt());
    renderersLeft = MistTest::rendererChildren();

    std::printf("\nbench_browser: memory with a portal-sized page open (tests/data/portal-page: "
                "%d files, %.0f KiB), %d runs each, alternating, measured %d ms after the page "
                "reported loaded\n",
        portalPage.files, double(portalPage.bytes) / 1024.0, compareRuns, compareSettleMs);
    for (const QString &missing : portalPage.missing)
        std::printf("  WARNING: the page lacks %s\n", qPrintable(missing));
    std::printf(
        "                                   PSS MiB (min-max)         RSS MiB  processes\n");
    const auto row = [](const char *name, const MemoryRuns &runs) {
        std::printf("  %-28s %8.1f (%5.1f-%5.1f)  %9.1f  %9.0f\n", name, median(runs.pssMiB),
            *std::min_element(runs.pssMiB.begin(), runs.pssMiB.end()),
            *std::max_element(runs.pssMiB.begin(), runs.pssMiB.end()), median(runs.rssMiB),
            median(runs.processes));
    };
    row("mist kiosk (whole tree)", kioskRuns);
    std::printf("    the page saw: %s\n", qPrintable(describe(kioskRuns.lastSeen)));
    if (!kioskRuns.pageComplete)
        std::printf("    WARNING: the page was incomplete in the kiosk at least once\n");
    const auto sharing = [](const MemoryRuns &runs, const char *library) {
        if (runs.othersMapping > 0) {
            std::printf("    WARNING: %d other processes on this machine mapped %s meanwhile: they "
                        "take a share of its pages, so this PSS is too low. Measure on a machine "
                        "that runs no other browser.\n",
                runs.othersMapping, library);
        }
    };
    sharing(kioskRuns, "Qt WebEngine's library");
    if (chromium.isEmpty()) {
        std::printf("  chromium baseline skipped: no ratio, no verdict\n");
    } else {
        row("chromium --headless=new", chromiumRuns);
        std::printf("    the page saw: %s\n", qPrintable(describe(chromiumRuns.lastSeen)));
        if (!chromiumRuns.pageComplete)
            std::printf("    WARNING: the page was incomplete in Chromium at least once\n");
        sharing(chromiumRuns, "Chromium");
        const double pssRatio = median(kioskRuns.pssMiB) / median(chromiumRuns.pssMiB);
        const double rssRatio = median(kioskRuns.rssMiB) / median(chromiumRuns.rssMiB);
        std::printf(
            "  ratio kiosk / chromium        %8.2f                %9.2f\n", pssRatio, rssRatio);
        std::printf("  goal: kiosk PSS <= 0.5 x Chromium's   %.2f   %s\n", pssRatio,
            pssRatio <= 0.5 ? "met" : "NOT met");
        std::printf(
            "  baseline: %s: %s\n", qPrintable(chromiumVersion), qPrintable(chromiumRuns.command));
    }
    if (!extraKioskFlags.isEmpty())
        std::printf("  kiosk run with the extra flags: %s\n", extraKioskFlags.constData());
    std::printf("  renderer processes left after the last visit: %d\n", renderersLeft);
    return renderersLeft == 0 ? 0 : 1;
}
