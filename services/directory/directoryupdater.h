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
#include "net/curlhttpclient.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace Mist {

class Clock;
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

    // How the link checker connects, before its first check. The kiosk keeps the defaults (the
    // system's CAs, real DNS); tests and benchmarks give a test CA and CURLOPT_RESOLVE entries,
    // so portals with real-looking names are checked on a loopback test server.
    void setLinkClientOptions(const HttpClientOptions &options);

    // Runs a link check now (also what the schedule calls). False if one is running or the
    // directory cannot be stored.
    bool checkLinksNow();
    [[nodiscard]] bool isCheckingLinks() const;

    // Fetches the signed feed now, outside its schedule (a librarian's "Update now"): the same
    // DirectorySync as the schedule's. False, doing nothing, when no feed is configured (no
    // address or no public key), the store is unavailable, or a sync is running.
    bool syncNow();
    [[nodiscard]] bool isSyncing() const;
    // A feed address and at least one usable public key.
    [[nodiscard]] bool isSyncConfigured() const;
    // A librarian changed directory/feed_url: the next sync (and the schedule) uses it.
    void setFeedUrl(const QString &url);
    [[nodiscard]] QString feedUrl() const { return m_config.feedUrl; }

    // What the store says: the feed in use, the last sync attempt, the last link check.
    [[nodiscard]] DirectoryStore::FeedState feedState() const;
    [[nodiscard]] DirectoryStore::SyncResult lastSync() const;
    [[nodiscard]] std::vector<LinkHealth> linkHealth() const;

Q_SIGNALS:
    void syncStarted();
    // After every sync attempt, scheduled or asked for.
    void syncFinished(const Mist::DirectoryStore::SyncResult &result);
    void linkCheckStarted();
    void linkCheckProgress(int done, int total);
    // The results are stored (and the directory reloaded).
    void linksChecked();

private:
    // The sync and the link checker are made on first use: by startUpdates(), or by a
    // librarian's button in a kiosk whose schedule has not started (screenshots, tests).
    DirectorySync *ensureSync();
    LinkChecker *ensureLinkChecker();
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
    HttpClientOptions m_linkClientOptions;
    std::unique_ptr<CurlHttpClient> m_linkClient;
    std::unique_ptr<LinkChecker> m_linkChecker;
    QTimer m_linkTimer;
    // Hourly: a feed that passes its expiry (or the end of its grace) while nothing else
    // changes is flagged, then replaced by the bundled directory, without waiting for a sync.
    QTimer m_expiryTimer;
    void reloadIfExpiryChanged();
};

} // namespace Mist
