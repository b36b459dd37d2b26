// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Keeps the running kiosk's directory current: loads it from the store at start, syncs the
// signed feed on its schedule, checks the portals' links every linkCheckInterval, and reloads the
// in-memory Directory after each, so the screens update row by row. All of it in the thread that
// owns it (the GUI thread); the network work runs on the HTTP clients' worker threads.
#pragma once

#include "config/kioskconfig.h"
#include "directory.h"
#include "directorystore.h"
#include "localportals.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace Mist {

class Clock;
class CurlHttpClient;
class DirectorySync;
class LinkChecker;

class DirectoryUpdater : public QObject
{
    Q_OBJECT
public:
    // clock is not owned and must outlive the updater.
    DirectoryUpdater(const QString &dataDir, const KioskConfig::Directory &config, Clock &clock,
        QObject *parent = nullptr);
    ~DirectoryUpdater() override;

    // Opens the store and loads the directory (the bundled one, from a throw-away store, if the
    // data dir cannot be used).
    void open();
    // Starts the feed sync and link-check schedules (not for screenshots or tests).
    void startUpdates();

    [[nodiscard]] Directory &directory() { return m_directory; }
    [[nodiscard]] bool isStoreAvailable() const { return m_storeAvailable; }
    // The librarian's changes (local portals, hidden, pinned), on the kiosk's store; the
    // directory reloads after each, so citizens see it at once. Null before open().
    [[nodiscard]] LocalPortals *localPortals() { return m_localPortals.get(); }

    // Runs a link check now (also what the schedule calls). False if one is running.
    bool checkLinksNow();

private:
    void reload();
    void onLinksChecked(const std::vector<LinkHealth> &results);

    KioskConfig::Directory m_config;
    Clock &m_clock;
    QString m_dataDir;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<LocalPortals> m_localPortals;
    bool m_storeAvailable = false;
    // Where the directory lives when the data dir cannot be used: thrown away at exit.
    std::unique_ptr<QTemporaryDir> m_fallbackDir;
    Directory m_directory;
    std::unique_ptr<DirectorySync> m_sync;
    std::unique_ptr<CurlHttpClient> m_linkClient;
    std::unique_ptr<LinkChecker> m_linkChecker;
    QTimer m_linkTimer;
    // Hourly: a feed that passes its expiry (or the end of its grace) while nothing else
    // changes is flagged, then replaced by the bundled directory, without waiting for a sync.
    QTimer m_expiryTimer;
    void reloadIfExpiryChanged();
};

} // namespace Mist
