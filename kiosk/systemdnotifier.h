// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Talks to systemd when the kiosk runs as a service (deploy/kiosk/mist-kiosk.service).
#pragma once

#include <QObject>

#include <chrono>

class QSocketNotifier;
class QTimer;

namespace Mist {

// Speaks the sd_notify protocol for the kiosk's unit (Type=notify, WatchdogSec=):
// - READY=1 when constructed, so construct it once the main window has been shown;
// - WATCHDOG=1 from a timer on the GUI thread at half of WATCHDOG_USEC, so that a hung UI thread
//   stops the pings and systemd restarts the kiosk;
// - STOPPING=1 when the application quits. SIGTERM, which is how systemd asks a service to stop,
//   quits the event loop so that this happens and the kiosk shuts down cleanly.
// Without $NOTIFY_SOCKET (not run by systemd) it does nothing at all: no timer, no signal handler.
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);
    ~SystemdNotifier() override;

    // How often WATCHDOG=1 is sent; zero when systemd expects no pings from this process.
    [[nodiscard]] std::chrono::milliseconds watchdogInterval() const;

private:
    void notify(const char *state);
    void startWatchdog();
    void handleTermination();

    bool m_notifyFailed = false;
    QTimer *m_watchdog = nullptr;
    QSocketNotifier *m_termination = nullptr;
};

} // namespace Mist
