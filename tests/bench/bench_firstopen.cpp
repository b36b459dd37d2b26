// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The first portal of a visit, the first of the kiosk's life included (issue 19): from "Open
// here" to the first frame of the page, with the browser made cold on "Open here" (the baseline)
// and warmed as the visit begins ([session] warm_browser), side by side in one run. A kiosk's
// life can have only one first open, so each figure is a child process of this one: the kiosk
// shell loads, a visit begins, the citizen takes --think-ms to reach "Open here" (two or three
// taps), the portal opens on a local HTTPS page. Runs alternate cold and warm so that a slow
// moment of the machine hits both. Also printed: the memory (RSS and PSS of the kiosk and its
// WebEngine processes) while the visit waits with a prepared browser, before "Open here".
// Every wait runs the event loop as mist-kiosk does (eventloopwait.h): QTest's waits sleep
// between passes and added over a second to each open. `--phases` prints when each step of an
// open happened (loading, progress, title, frames).
// `bench_firstopen --runs 5`. The smoke test (--runs 1) fails only if an open does not complete.

#include "eventloopwait.h"
#include "kioskharness.h"
#include "phaserecorder.h"
#include "proctree.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using MistBench::median;
using MistTest::KioskHarness;
using MistTest::TestHttpsServer;

namespace {

// One kiosk life: prints "first-open <ms> waiting-rss <KiB> waiting-pss <KiB>" and exits.
int child(bool warm, int thinkMs, bool phases)
{
    TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
    TestHttpsServer::Route page = TestHttpsServer::text(
        "<!doctype html><html><head><meta charset=utf-8><title>portal</title></head><body>"
        "<h1>Портал громади</h1><p>A local page with some text, a form and a script.</p>"
        "<form><input name=q><button>Search</button></form>"
        "<script>localStorage.setItem('k', 'v');</script></body></html>");
    page.contentType = "text/html; charset=utf-8";
    server.setRoute(u"/portal"_s, page);
    if (!server.start())
        return 1;
    KioskHarness kiosk;
    if (!kiosk.load())
        return 1;
    kiosk.setWarmBrowser(warm);
    kiosk.session().start();
    MistBench::runEventLoopFor(thinkMs);
    const long waitingRss = MistTest::totalRssKiB();
    const long waitingPss = MistBench::treeMemory(QCoreApplication::applicationPid()).pssKiB;

    MistBench::PhaseRecorder recorder;
    QElapsedTimer timer;
    timer.start();
    recorder.start();
    if (phases) {
        recorder.watchFrames(kiosk.window(), 5);
        if (kiosk.preparedBrowser())
            recorder.mark(u"a prepared browser is there"_s);
    }
    QQuickItem *browser = kiosk.openPortal(server.url(u"/portal"_s));
    QQuickItem *view = kiosk.view();
    if (!browser || !view)
        return 1;
    if (phases) {
        recorder.mark(u"showPortal returned"_s);
        recorder.watch(view,
            {u"loading"_s, u"loadProgress"_s, u"title"_s, u"url"_s, u"visible"_s, u"width"_s});
    }
    if (!MistBench::waitInEventLoop(
            [&] { return kiosk.title() == u"portal"_s && !view->property("loading").toBool(); },
            30000))
        return 1;
    // The first frame the window draws with the page (WebEngine hands Qt Quick its texture).
    bool swapped = false;
    QObject::connect(kiosk.window(), &QQuickWindow::frameSwapped, kiosk.window(),
        [&swapped] { swapped = true; });
    kiosk.window()->update();
    if (!MistBench::waitInEventLoop([&swapped] { return swapped; }, 5000))
        return 1;
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (phases) {
        for (const MistBench::PhaseRecorder::Mark &mark : recorder.marks())
            std::fprintf(stderr, "  %s %8.1f ms  %s\n", warm ? "warm" : "cold", mark.ms,
                qPrintable(mark.what));
    }
    std::printf("first-open %.1f waiting-rss %ld waiting-pss %ld\n", ms, waitingRss, waitingPss);
    std::fflush(stdout);
    kiosk.session().finish();
    return 0;
}

struct Figures
{
    std::vector<double> ms;
    std::vector<double> rssMiB;
    std::vector<double> pssMiB;
};

bool runChild(const QString &mode, int thinkMs, bool phases, Figures &figures)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
        QStringList {u"--child"_s, mode, u"--think-ms"_s, QString::number(thinkMs)}
            + (phases ? QStringList {u"--phases"_s} : QStringList {}));
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_firstopen: the %s child failed\n", qPrintable(mode));
        return false;
    }
    QList<QByteArray> words;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith("first-open "))
            words = line.split(' ');
    }
    if (words.size() < 6)
        return false;
    figures.ms.push_back(words.at(1).toDouble());
    figures.rssMiB.push_back(words.at(3).toDouble() / 1024.0);
    figures.pssMiB.push_back(words.at(5).toDouble() / 1024.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        u"runs"_s, u"Cold and warm lives each (default 5)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption thinkOption(u"think-ms"_s,
        u"From the visit's start to \"Open here\" (default 3000: two or three taps)."_s, u"ms"_s,
        u"3000"_s);
    const QCommandLineOption childOption(
        u"child"_s, u"Internal: one life, cold or warm."_s, u"mode"_s);
    const QCommandLineOption phasesOption(u"phases"_s,
        u"Print when each step of every open happened (loading, progress, title, frames)."_s);
    parser.addOptions({runsOption, thinkOption, childOption, phasesOption});
    parser.process(app);
    const int thinkMs = std::max(0, parser.value(thinkOption).toInt());
    if (parser.isSet(childOption))
        return child(parser.value(childOption) == "warm"_L1, thinkMs, parser.isSet(phasesOption));

    const int runs = std::max(1, parser.value(runsOption).toInt());
    Figures cold;
    Figures warm;
    for (int run = 0; run < runs; ++run) {
        const bool phases = parser.isSet(phasesOption);
        if (!runChild(u"cold"_s, thinkMs, phases, cold)
            || !runChild(u"warm"_s, thinkMs, phases, warm))
            return 1;
    }
    std::printf("bench_firstopen: the first portal of a kiosk's life, %d lives each, \"Open here\" "
                "%d ms after the visit began\n",
        runs, thinkMs);
    std::printf("                                   first frame ms   waiting with the visit: "
                "RSS MiB   PSS MiB\n");
    std::printf("  cold (made on \"Open here\")     %10.0f  (min %5.0f)      %10.1f %9.1f\n",
        median(cold.ms), *std::min_element(cold.ms.begin(), cold.ms.end()), median(cold.rssMiB),
        median(cold.pssMiB));
    std::printf("  warm (made as the visit began) %10.0f  (min %5.0f)      %10.1f %9.1f\n",
        median(warm.ms), *std::min_element(warm.ms.begin(), warm.ms.end()), median(warm.rssMiB),
        median(warm.pssMiB));
    std::printf("  ratio warm / cold              %10.2f\n", median(warm.ms) / median(cold.ms));
    std::printf("  goal: warm first portal <= 1000 ms   %.0f   %s\n", median(warm.ms),
        median(warm.ms) <= 1000 ? "met" : "NOT met");
    return 0;
}
