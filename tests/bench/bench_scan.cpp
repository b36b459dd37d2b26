// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Scan -> page on screen, and 5 pages -> finished PDF, against SANE's own virtual scanner
// (test:0, through a private SANE_CONFIG_DIR, tests/support/sanetestbackend.h). "On screen" is
// ScanDesk holding the page and the preview's image provider handing it out at the preview's
// size, which is what the screen draws; "finished PDF" is "Done" (ScanDesk::finish): the pages
// as one PDF in the visit's tray. The PDF is made on a thread of its own; "screen's longest
// pause" is the longest the GUI thread went without running a 10 ms timer meanwhile, which is
// how long the screen stood still. For the text (200 dpi grey) and photo (300 dpi colour)
// presets, median and worst of --runs runs (default 5). Figures only, never a pass/fail on time.
// The virtual scanner answers at once: the figures are the kiosk's own share, a real scanner's
// mechanics come on top.

#include "core/clock.h"
#include "documents/documenttray.h"
#include "sanetestbackend.h"
#include "scandesk.h"
#include "scanning/scanservice.h"
#include "scanpageprovider.h"
#include "session/sessioncontroller.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Mist;

namespace {

void report(const char *what, std::vector<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s median %5lld ms   worst %5lld ms   (%zu runs)\n", what,
        static_cast<long long>(ms[ms.size() / 2]), static_cast<long long>(ms.back()), ms.size());
}

// Scans one page through the desk; false if it did not arrive.
bool scanPage(ScanDesk &desk)
{
    QSignalSpy pages(&desk, &ScanDesk::pagesChanged);
    if (!desk.scan())
        return false;
    return QTest::qWaitFor(
               [&] { return !pages.isEmpty() || desk.problem() != ScanDesk::NoProblem; }, 60000)
        && desk.problem() == ScanDesk::NoProblem;
}

// The longest gap between ticks of a 10 ms timer on this (the GUI) thread while it lives: how
// long a touch or a frame would have waited.
class PauseWatch
{
public:
    PauseWatch()
    {
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout,
            [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_ticker.start();
    }
    [[nodiscard]] qint64 longest() const { return std::max(m_longest, m_sinceTick.elapsed()); }

private:
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// Presses "Done" and waits for the document in the tray; its id, or "" if none came.
// longestPause is the screen's longest pause meanwhile (PauseWatch).
QString finishDocument(ScanDesk &desk, qint64 &longestPause)
{
    QSignalSpy ready(&desk, &ScanDesk::documentReady);
    QSignalSpy problem(&desk, &ScanDesk::problemChanged);
    const PauseWatch watch;
    if (!desk.finish(u"bench"_s))
        return {};
    const bool arrived
        = QTest::qWaitFor([&] { return !ready.isEmpty() || !problem.isEmpty(); }, 60000)
        && !ready.isEmpty();
    longestPause = watch.longest();
    return arrived ? ready.constFirst().constFirst().toString() : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(u"--runs"_s); at >= 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    MistTest::SaneTestBackend sane;
    if (!MistTest::SaneTestBackend::available() || !sane.isValid()) {
        std::fprintf(stderr, "SANE's test backend (libsane1) is not installed\n");
        return 77;
    }
    ManualClock clock;
    SessionController session(&clock, 90s, 30s);
    session.start();
    DocumentTray tray;
    ScanService scanner(u"test:0"_s, &session);
    ScanDesk desk(&scanner, &tray, nullptr, KioskConfig::Scanning(), &session);
    ScanPageProvider provider(&desk);
    const QSize previewSize(0, 640); // the preview's height on a 1280x800 screen

    for (const ScanDesk::Preset preset : {ScanDesk::Text, ScanDesk::Photo}) {
        desk.setPreset(preset);
        const char *name = preset == ScanDesk::Text ? "text" : "photo";
        std::vector<qint64> toScreen;
        std::vector<qint64> toPdf;
        std::vector<qint64> pauses;
        std::vector<qint64> scanPauses;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            std::optional<PauseWatch> scanWatch(std::in_place);
            if (!scanPage(desk))
                return 1;
            scanPauses.push_back(scanWatch->longest());
            scanWatch.reset();
            QSize size;
            const QImage shown = provider.requestImage(
                QString::number(desk.currentPage()) + u"/0"_s, &size, previewSize);
            if (shown.isNull())
                return 1;
            toScreen.push_back(timer.elapsed());
            desk.discard();

            timer.restart();
            for (int page = 0; page < 5; ++page) {
                if (!scanPage(desk))
                    return 1;
            }
            qint64 longestPause = 0;
            const QString id = finishDocument(desk, longestPause);
            if (id.isEmpty())
                return 1;
            toPdf.push_back(timer.elapsed());
            pauses.push_back(longestPause);
            tray.clear();
        }
        report(qPrintable(u"Scan -> page on screen (%1)"_s.arg(QLatin1StringView(name))), toScreen);
        report(qPrintable(
                   u"  the screen's longest pause meanwhile (%1)"_s.arg(QLatin1StringView(name))),
            scanPauses);
        report(
            qPrintable(u"5 pages -> finished PDF in the tray (%1)"_s.arg(QLatin1StringView(name))),
            toPdf);
        report(qPrintable(
                   u"  the screen's longest pause meanwhile (%1)"_s.arg(QLatin1StringView(name))),
            pauses);
    }
    return 0;
}
