// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk browser's cost, in the real shell (KioskHarness) against a local HTTPS page:
//   - time from "Open here" (KioskShell.showPortal) to the page loaded (loadingChanged
//     LoadSucceeded) and to the first frame the window draws after it;
//   - peak resident memory with the browser open (this process plus its QtWebEngineProcess
//     children);
//   - resident memory after N open-portal-then-finish cycles, against the first cycle, and the
//     renderer processes left behind.
// Figures only: `bench_browser --cycles 1000`. The ctest smoke run (--cycles 3) fails only when a
// cycle does not complete or a renderer is left over, never on a time or memory figure.

#include "core/clock.h"
#include "kioskharness.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
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
    if (!QTest::qWaitFor(
            [&] { return kiosk.title() == u"portal"_s && !view->property("loading").toBool(); },
            30000))
        return times;
    times.loadedMs = double(timer.nsecsElapsed()) / 1e6;
    // The next frame the window draws shows the page (WebEngine hands Qt Quick a new texture).
    bool swapped = false;
    const auto connection = QObject::connect(kiosk.window(), &QQuickWindow::frameSwapped,
        kiosk.window(), [&swapped] { swapped = true; });
    kiosk.window()->update();
    if (QTest::qWaitFor([&swapped] { return swapped; }, 5000))
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

double median(std::vector<double> values)
{
    if (values.empty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cyclesOption(
        u"cycles"_s, u"Open-then-finish cycles (default 1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption settleOption(u"settle-ms"_s,
        u"Wait after the last cycle before measuring memory (default 3000)."_s, u"ms"_s, u"3000"_s);
    parser.addOptions({cyclesOption, settleOption});
    parser.process(app);
    const int cycles = std::max(1, parser.value(cyclesOption).toInt());

    TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
    TestHttpsServer::Route page = TestHttpsServer::text(
        "<!doctype html><html><head><meta charset=utf-8><title>portal</title></head><body>"
        "<h1>Портал громади</h1><p>A local page with some text, a form and a script.</p>"
        "<form><input name=q><button>Search</button></form>"
        "<script>localStorage.setItem('k', 'v'); document.cookie = 'c=1; Secure';</script>"
        "</body></html>");
    page.contentType = "text/html; charset=utf-8";
    server.setRoute(u"/portal"_s, page);
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
    const int renderersLeft = MistTest::rendererChildren();
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
    return renderersLeft == 0 ? 0 : 1;
}
