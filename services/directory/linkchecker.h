// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Checks whether the directory's portals answer, so the UI can offer the CNAP instead of a dead
// page. Results go to DirectoryStore::recordLinkHealth(); the kiosk runs a check every
// linkCheckInterval.
#pragma once

#include "linkhealth.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <vector>

namespace Mist {

class HttpClient;
class HttpReply;

// One address to check, and the directory entry it belongs to.
struct LinkTarget
{
    QString entryId;
    QUrl url;
};

// Sends a HEAD to every target and, when a server refuses HEAD (405, 501, or the 400/403 some
// portals answer to it), one small ranged GET. 2xx and 3xx (206 included) count as Ok; no
// answer, a TLS failure or a 4xx/5xx after the fallback as Down. If nothing answered at all and
// every failure was the network's (no DNS, no route, timeouts) on at least two hosts, the kiosk
// is probably offline: the results are Unknown rather than "every portal is down".
//
// Politeness: at most maxInFlight checks at once overall, at most maxPerHost at once per host
// name, and requests to one host at least hostGap apart (counted from the start of the previous
// one). The HttpClient's own limits apply on top. Identical URLs are fetched once.
//
// Lives in the thread that calls check(); the HTTP work runs on the client's worker thread.
class LinkChecker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxInFlight = 16;
        int maxPerHost = 2;
        std::chrono::milliseconds hostGap = std::chrono::milliseconds(250);
        // Much shorter than a feed download: a portal that needs 15 s to answer is, for a
        // citizen standing at the kiosk, not answering.
        std::chrono::milliseconds connectTimeout = std::chrono::seconds(5);
        std::chrono::milliseconds totalTimeout = std::chrono::seconds(10);
        qint64 rangeBytes = 1024; // the fallback GET asks for bytes 0..rangeBytes-1
    };

    // client is not owned and must outlive the checker.
    explicit LinkChecker(HttpClient &client, QObject *parent = nullptr);
    LinkChecker(HttpClient &client, const Settings &settings, QObject *parent = nullptr);
    ~LinkChecker() override;

    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Where "now" comes from (UTC) for checkedAt and lastOkAt; the system clock by default.
    void setUtcClock(std::function<QDateTime()> utcNow);

    // Starts checking targets. previous: the stored results, whose lastOkAt is carried over for
    // entries that are not Ok now. Emits finished() once, asynchronously, with one result per
    // target in the same order (also for an empty list). False, doing nothing, while a check
    // is running.
    bool check(
        const std::vector<LinkTarget> &targets, const std::vector<LinkHealth> &previous = {});

    // Abandons a running check: no finished() is emitted.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total); // per distinct URL
    void finished(const std::vector<Mist::LinkHealth> &results);

private:
    // One distinct URL and the targets that share it.
    struct Probe
    {
        QUrl url;
        QString host;
        std::vector<size_t> targets; // indexes into m_results
        bool fallback = false; // HEAD was refused: the next request is the ranged GET
        bool headRefused = false;
    };
    struct HostState
    {
        std::deque<size_t> pending; // indexes into m_probes, in order of arrival
        int running = 0;
        qint64 lastStartMs = -1; // m_elapsed time of the latest request to this host
    };

    void dispatch();
    void start(size_t probeIndex);
    void onReplyFinished(HttpReply *reply, size_t probeIndex);
    void complete(size_t probeIndex, LinkHealth::Status status, int httpStatus,
        const QString &error, const QString &errorCode, bool networkFailure);
    void finish();
    void clear();

    HttpClient &m_client;
    Settings m_settings;
    std::function<QDateTime()> m_utcNow;

    bool m_running = false;
    quint64 m_generation = 0; // changes with every clear(): tells a stale queued call
    QDateTime m_checkedAt;
    std::vector<LinkHealth> m_results;
    std::vector<Probe> m_probes;
    std::map<QString, HostState> m_hosts;
    std::vector<HttpReply *> m_replies; // in flight, owned
    int m_inFlight = 0;
    int m_done = 0;
    int m_headRefused = 0;
    // Some server answered: an HTTP status, a TLS failure (a peer was there), a refused
    // redirect. False while every result is a network failure (see isNetworkFailure()).
    bool m_anyAnswer = false;
    QElapsedTimer m_elapsed;
    QTimer m_gapTimer; // wakes dispatch() when a host's gap has passed
};

} // namespace Mist
