// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Keeps the stored training calendar up to date from the library's calendar address or file.
#pragma once

#include "net/retrypolicy.h"
#include "schedulestore.h"

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

namespace Mist {

class Clock;
class HttpClient;
class HttpReply;

// Fetches the calendar — an https address through the project's CurlHttpClient (https only, on
// redirects too; timeouts; the size capped while it arrives; a conditional GET, so an unchanged
// calendar is a 304), or a local .ics file — and hands it to ScheduleStore, which keeps it only
// if it parses. Any failure leaves the last good calendar in place. Every attempt ends in one
// log line (lcSync; the host or file name, never the address: Google's private addresses carry
// a secret), the parser's warnings in lcSchedule, and ScheduleStore::recordAttempt().
//
// Timing is DirectorySync's: the first sync soon after start(), then every interval; a failure
// that may pass (timeouts, lost connections, 429, 5xx) is retried sooner with backoff, never
// later than the next regular sync.
//
// The store is used in this object's thread, for one short transaction per new calendar.
class ScheduleSync : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        // An https:// address (webcal:// and webcals:// — what Google and Apple hand out — mean
        // https://), a file:// URL, or a file path. Empty: the kiosk keeps what it has (the
        // sample until a calendar was stored).
        QString source;
        std::chrono::milliseconds interval = std::chrono::hours(1);
        std::chrono::milliseconds firstSyncDelay = std::chrono::seconds(15);
        QString caBundlePath; // a PEM file of CAs to trust instead of the system store
        QByteArray pinnedPublicKey; // "sha256//<base64>"; empty = no pin
        qint64 maxBytes = IcsParser::maxBytes;
        std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
        std::chrono::milliseconds totalTimeout = std::chrono::seconds(60);
        qint64 lowSpeedBytesPerSecond = 1024;
        std::chrono::seconds lowSpeedTime = std::chrono::seconds(15);
        RetryPolicy retryPolicy {
            RetryPolicy::Settings {std::chrono::seconds(30), std::chrono::minutes(30), 0.2}};

        [[nodiscard]] bool isConfigured() const { return !source.trimmed().isEmpty(); }
        // The address to fetch (webcal:// made https://), or empty if the source is a file.
        [[nodiscard]] QUrl url() const;
        // The file to read, or empty if the source is an address.
        [[nodiscard]] QString filePath() const;
    };

    // How a source is named in logs and on screen: the host of an address, the file name of a
    // file.
    [[nodiscard]] static QString displaySource(const QString &source);

    // store and clock are not owned and must outlive the sync; both belong to this thread.
    ScheduleSync(ScheduleStore &store, Clock &clock, Settings settings, QObject *parent = nullptr);
    ~ScheduleSync() override;

    [[nodiscard]] const Settings &settings() const { return m_settings; }
    // Where "now" comes from (UTC) for timestamps; the system clock by default.
    void setUtcClock(std::function<QDateTime()> utcNow);

    // Periodic syncing: the first after firstSyncDelay, then every interval. Does nothing when
    // not configured.
    void start();
    // Stops the schedule and abandons a running sync (nothing is recorded for it).
    void stop();
    // Syncs now, outside the schedule. False, doing nothing, if not configured or a sync is
    // already running. finished() always comes later, never from inside this call.
    bool syncNow();

    [[nodiscard]] bool isRunning() const { return m_schedule.isStarted(); }
    [[nodiscard]] bool isSyncing() const { return m_reply != nullptr || m_fileReadPending; }
    [[nodiscard]] int retryAttempt() const { return m_schedule.retryAttempt(); }
    // Milliseconds (on the Clock) until the next scheduled sync; empty if none is scheduled.
    [[nodiscard]] std::optional<qint64> nextSyncInMs() const { return m_schedule.nextInMs(); }

Q_SIGNALS:
    // After every attempt, with what was recorded.
    void finished(const Mist::ScheduleStore::Attempt &attempt);
    // A new calendar is in the store: the schedule screen should expand it again.
    void calendarReplaced();

private:
    void onReplyFinished(HttpReply *reply);
    void readFile();
    // A calendar arrived: store it unless it is the one we have, or it does not parse.
    void process(const QByteArray &ics, const QByteArray &etag, const QDateTime &lastModified);
    void conclude(ScheduleStore::Attempt attempt, bool retryable = false);
    void abandon();

    ScheduleStore &m_store;
    Clock &m_clock;
    Settings m_settings;
    QString m_display; // displaySource(m_settings.source)
    std::function<QDateTime()> m_utcNow;
    std::unique_ptr<HttpClient> m_client;

    SyncSchedule m_schedule;

    HttpReply *m_reply = nullptr; // owned; the download in progress
    bool m_fileReadPending = false;
};

} // namespace Mist
