// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Keeps the directory's feed part up to date from the regional admin's signed feed.
#pragma once

#include "directorystore.h"
#include "feedentrycache.h"
#include "net/retrypolicy.h"

#include "net/syncschedule.h"
#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Mist {

class Clock;
class HttpClient;
class HttpReply;

// Downloads the feed (a conditional GET: unchanged means a 304 and nothing else fetched), then
// its minisign signature; verifies it, parses it, and lets FeedAcceptance refuse rollbacks and
// expired feeds. An accepted feed replaces the store's feed part in one transaction; any
// failure leaves the directory as it was. Every attempt ends in one log line (lcSync, the host
// only) and DirectoryStore::recordSync().
//
// Timing: start() syncs soon after start-up and then every interval. A failure that may pass
// (timeouts, lost connections, 429, 5xx: RetryPolicy::isRetryable) is retried sooner, with
// exponential backoff and jitter, never later than the next regular sync; any other failure
// (bad signature, rollback...) waits for the next interval, as trying again would not help.
//
// The HTTP work runs on the worker thread of the sync's own CurlHttpClient, which trusts
// caBundlePath and checks pinnedPublicKey: the feed server's trust settings are not the
// portals'. The store is used in this object's thread (the GUI thread in the kiosk), for one
// short transaction per accepted feed.
class DirectorySync : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl feedUrl; // https only
        QUrl signatureUrl; // empty: feedUrl with ".minisig" appended to its path
        // The contents of minisign public key files (or bare base64 keys). Several are allowed,
        // for a key rotation; a feed must verify against one.
        std::vector<QByteArray> publicKeys;
        std::chrono::milliseconds interval = std::chrono::hours(1);
        // After start(): late enough not to compete with the kiosk's own start-up.
        std::chrono::milliseconds firstSyncDelay = std::chrono::seconds(10);
        QString caBundlePath; // a PEM file of CAs to trust instead of the system store
        QByteArray pinnedPublicKey; // "sha256//<base64>"; empty = no pin
        qint64 maxFeedBytes = qint64(5) * 1024 * 1024;
        std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
        std::chrono::milliseconds totalTimeout = std::chrono::seconds(60);
        // Aborts a download that trickles (under 1 KiB/s for 15 s) long before the total timeout.
        qint64 lowSpeedBytesPerSecond = 1024;
        std::chrono::seconds lowSpeedTime = std::chrono::seconds(15);
        RetryPolicy retryPolicy {
            RetryPolicy::Settings {std::chrono::seconds(30), std::chrono::minutes(30), 0.2}};

        // No feed URL or no key: the kiosk keeps its bundled (or last accepted) directory.
        [[nodiscard]] bool isConfigured() const;
        [[nodiscard]] QUrl effectiveSignatureUrl() const;
    };

    // store and clock are not owned and must outlive the sync; both belong to this thread.
    DirectorySync(
        DirectoryStore &store, Clock &clock, Settings settings, QObject *parent = nullptr);
    ~DirectorySync() override;

    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Where "now" comes from (UTC) for expiry checks and timestamps; the system clock by default.
    void setUtcClock(std::function<QDateTime()> utcNow);

    // Periodic syncing: the first after firstSyncDelay, then every interval. Does nothing when
    // the sync is not configured.
    void start();
    // Stops the schedule and abandons a running sync (nothing is recorded for it).
    void stop();
    // Syncs now, outside the schedule (mistctl, a librarian's button). False, doing nothing,
    // if not configured or a sync is already running.
    bool syncNow();

    [[nodiscard]] bool isStarted() const { return m_schedule.isStarted(); }
    [[nodiscard]] bool isSyncing() const { return m_reply != nullptr; }
    // Failed attempts in a row that were worth a retry; 0 after a success or a final failure.
    [[nodiscard]] int retryAttempt() const { return m_schedule.retryAttempt(); }
    // Milliseconds (on the Clock) until the next scheduled sync; empty if none is scheduled.
    [[nodiscard]] std::optional<qint64> nextSyncInMs() const { return m_schedule.nextInMs(); }

Q_SIGNALS:
    // After every attempt, with what was recorded.
    void finished(const Mist::DirectoryStore::SyncResult &result);
    // A new feed is in the store: reload the directory.
    void feedReplaced();

private:
    enum class Stage { Feed, Signature };

    void fetch(Stage stage);
    void onReplyFinished(HttpReply *reply);
    void onFeedFetched(const HttpReply &reply);
    void onSignatureFetched(const HttpReply &reply);
    void processFeed(const QByteArray &signature);
    void conclude(DirectoryStore::SyncResult result, bool retryable = false);
    void abandon();
    [[nodiscard]] QString host() const;

    DirectoryStore &m_store;
    Clock &m_clock;
    Settings m_settings;
    std::function<QDateTime()> m_utcNow;
    std::unique_ptr<HttpClient> m_client;

    SyncSchedule m_schedule;

    // The sync in progress.
    HttpReply *m_reply = nullptr; // owned
    Stage m_stage = Stage::Feed;
    DirectoryStore::FeedState m_previous;
    QByteArray m_feedBytes;
    QByteArray m_etag;
    QDateTime m_lastModified;
    // The entries of the feed in use, by their bytes: the next version's unchanged entries are
    // not parsed again. Empty after start-up, so the first sync reads every entry.
    FeedEntryCache m_entryCache;
};

} // namespace Mist
