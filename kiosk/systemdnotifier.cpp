// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "systemdnotifier.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <systemd/sd-daemon.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Mist {

namespace {

// The SIGTERM handler can only reach state through a global, and may only call async-signal-safe
// functions: it writes one byte into a pipe, and the event loop does the real work. -1 when no
// handler is installed.
int g_terminationPipe[2] = {-1, -1};
struct sigaction g_previousTermAction = {};

void onTerminationSignal(int /*signal*/)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_terminationPipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

SystemdNotifier::SystemdNotifier(QObject *parent)
    : QObject(parent)
{
    // Not started by systemd (a developer's terminal, a test, a screenshot run): stay inert.
    if (qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
        return;

    startWatchdog();

    if (g_terminationPipe[0] < 0 && ::pipe2(g_terminationPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_termination = new QSocketNotifier(g_terminationPipe[0], QSocketNotifier::Read, this);
        connect(
            m_termination, &QSocketNotifier::activated, this, &SystemdNotifier::handleTermination);
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, &g_previousTermAction);
    } else {
        qCWarning(lcApp) << "systemd: cannot watch for SIGTERM; a stop will not be clean";
    }

    if (auto *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            if (m_watchdog)
                m_watchdog->stop();
            notify("STOPPING=1");
        });
    }

    notify("READY=1");
    if (m_watchdog)
        qCInfo(lcApp).noquote() << u"systemd: ready; watchdog ping every %1 ms"_s.arg(
            watchdogInterval().count());
    else
        qCInfo(lcApp) << "systemd: ready; no watchdog";
}

SystemdNotifier::~SystemdNotifier()
{
    if (!m_termination)
        return;
    // Restore the previous handler before closing the pipe, so a late SIGTERM never writes into a
    // closed (or reused) descriptor.
    ::sigaction(SIGTERM, &g_previousTermAction, nullptr);
    delete m_termination;
    m_termination = nullptr;
    for (int &fd : g_terminationPipe) {
        ::close(fd);
        fd = -1;
    }
}

std::chrono::milliseconds SystemdNotifier::watchdogInterval() const
{
    return m_watchdog ? std::chrono::milliseconds(m_watchdog->intervalAsDuration()) : 0ms;
}

void SystemdNotifier::notify(const char *state)
{
    const int result = sd_notify(0, state);
    if (result < 0 && !m_notifyFailed) {
        // Once is enough: a failing socket would otherwise log on every watchdog tick.
        m_notifyFailed = true;
        qCWarning(lcApp).noquote() << "systemd: cannot notify" << QString::fromLatin1(state)
                                   << QString::fromLocal8Bit(std::strerror(-result));
    }
}

void SystemdNotifier::startWatchdog()
{
    // sd_watchdog_enabled() is > 0 only when $WATCHDOG_USEC is set and $WATCHDOG_PID is unset or
    // ours. We leave both variables in place (unset_environment = 0): unsetting the environment
    // while Qt's render and QML threads may read it is a data race, and no child process of ours
    // pings the watchdog.
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0)
        return;

    // Half the timeout, as sd_watchdog_enabled(3) recommends: one late tick is not yet a restart.
    const auto half = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::microseconds(usec / 2));
    const auto interval
        = std::clamp<std::chrono::milliseconds>(half, 1ms, std::chrono::milliseconds(INT_MAX));

    // The timer lives on the GUI thread: if that thread hangs, the pings stop and systemd restarts
    // the kiosk. A ping from a worker thread would keep a frozen screen alive.
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(interval);
    connect(m_watchdog, &QTimer::timeout, this, [this] { notify("WATCHDOG=1"); });
    m_watchdog->start();
}

void SystemdNotifier::handleTermination()
{
    char buffer[16];
    while (::read(g_terminationPipe[0], buffer, sizeof buffer) > 0) { }
    qCInfo(lcApp) << "systemd: asked to stop (SIGTERM)";
    // exit(), not quit(): quit() first asks every window to close and any of them may refuse; a
    // stop request from systemd is not up for negotiation.
    QCoreApplication::exit(0);
}

} // namespace Mist
