// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Waiting as mist-kiosk waits: in a running QEventLoop, which wakes the moment an event is posted.
// QTest::qWait and qWaitFor instead process events and then sleep 10 ms between passes; Qt
// WebEngine runs Chromium's UI thread on the GUI thread, so every one of the many hops of a
// navigation between Chromium's threads waited up to 10 ms there, and a portal took 0.4 s longer
// to open in a benchmark than in the kiosk (bench_firstopen --phases showed the idle gaps).
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace MistBench {

// Runs the event loop until predicate() holds (checked every checkMs) or timeoutMs passed;
// returns predicate().
template<typename Predicate>
bool waitInEventLoop(Predicate predicate, int timeoutMs, int checkMs = 2)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    check.start(checkMs);
    QTimer::singleShot(timeoutMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
    return predicate();
}

// Runs the event loop for ms milliseconds.
inline void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace MistBench
