// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Runs the staff API inside the kiosk, on a thread of its own so that no request (a large export,
// a burst of scrapes) can slow the citizen's screen. Off unless <data-dir>/staff-api.json enables
// it; the file is watched, so `mistctl api enable|disable|token new` take effect at once.
#pragma once

#include "apisettings.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Mist {

class StaffApiServer;

class StaffApi : public QObject
{
    Q_OBJECT
public:
    explicit StaffApi(QString dataDir, QObject *parent = nullptr);
    ~StaffApi() override;

    // Reads the settings and starts watching them.
    void start();
    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }

Q_SIGNALS:
    // After every (re)configuration: 0 when the API is off or could not listen.
    void listeningChanged(quint16 port);

private:
    void apply();
    void stopServer();

    QString m_dataDir;
    ApiSettings m_current;
    bool m_applied = false;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread: where work is sent
    StaffApiServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce; // a save is a write and a rename: apply once
};

} // namespace Mist
