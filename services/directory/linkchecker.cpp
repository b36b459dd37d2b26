// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "linkchecker.h"

#include "core/logging.h"
#include "net/httpclient.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// What some servers answer to a HEAD they do not implement, when a GET would work: 405 and 501
// as the RFC says, and 400 or 403 from web application firewalls and frameworks that only route
// GET.
bool headRefused(int httpStatus)
{
    return httpStatus == 405 || httpStatus == 501 || httpStatus == 400 || httpStatus == 403;
}

// Failures that say nothing about the portal when they happen everywhere at once: the kiosk's
// own network may be what is down.
bool isNetworkFailure(HttpReply::Error error)
{
    return error == HttpReply::HostNotFound || error == HttpReply::ConnectionFailed
        || error == HttpReply::Timeout;
}

} // namespace

LinkChecker::LinkChecker(HttpClient &client, QObject *parent)
    : LinkChecker(client, Settings {}, parent)
{ }

LinkChecker::LinkChecker(HttpClient &client, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_utcNow([] { return QDateTime::currentDateTimeUtc(); })
{
    m_settings.maxInFlight = std::max(1, m_settings.maxInFlight);
    m_settings.maxPerHost = std::clamp(m_settings.maxPerHost, 1, m_settings.maxInFlight);
    m_settings.hostGap = std::max(std::chrono::milliseconds(0), m_settings.hostGap);
    m_settings.rangeBytes = std::max<qint64>(1, m_settings.rangeBytes);
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &LinkChecker::dispatch);
}

LinkChecker::~LinkChecker()
{
    clear();
}

void LinkChecker::setUtcClock(std::function<QDateTime()> utcNow)
{
    if (utcNow)
        m_utcNow = std::move(utcNow);
}

bool LinkChecker::check(
    const std::vector<LinkTarget> &targets, const std::vector<LinkHealth> &previous)
{
    if (m_running)
        return false;
    clear();
    m_running = true;
    m_checkedAt = m_utcNow();
    m_elapsed.start();

    QHash<QString, QDateTime> lastOk;
    for (const LinkHealth &health : previous) {
        if (health.lastOkAt.isValid())
            lastOk.insert(health.entryId, health.lastOkAt);
    }

    // One probe per distinct URL: feeds list the same national portal under several entries.
    QHash<QUrl, size_t> probeOfUrl;
    m_results.reserve(targets.size());
    for (const LinkTarget &target : targets) {
        LinkHealth health;
        health.entryId = target.entryId;
        health.checkedAt = m_checkedAt;
        health.lastOkAt = lastOk.value(target.entryId);
        m_results.push_back(health);
        const size_t resultIndex = m_results.size() - 1;

        const QUrl url = target.url.adjusted(QUrl::RemoveFragment);
        const auto known = probeOfUrl.constFind(url);
        if (known != probeOfUrl.cend()) {
            m_probes[*known].targets.push_back(resultIndex);
            continue;
        }
        Probe probe;
        probe.url = url;
        probe.host = url.host();
        probe.targets.push_back(resultIndex);
        m_probes.push_back(std::move(probe));
        probeOfUrl.insert(url, m_probes.size() - 1);
        m_hosts[m_probes.back().host].pending.push_back(m_probes.size() - 1);
    }

    if (m_probes.empty()) {
        // Still asynchronous, as promised; and not for a later check if this one is cancelled.
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation] {
                if (generation == m_generation)
                    finish();
            },
            Qt::QueuedConnection);
        return true;
    }
    dispatch();
    return true;
}

void LinkChecker::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcLinks) << "link check cancelled after" << m_done << "of" << m_probes.size()
                    << "addresses";
    clear();
}

// Starts every probe that the limits allow now, and arms m_gapTimer for the earliest one that
// only waits for its host's gap.
void LinkChecker::dispatch()
{
    if (!m_running)
        return;
    const qint64 gapMs = m_settings.hostGap.count();
    while (m_inFlight < m_settings.maxInFlight) {
        const qint64 now = m_elapsed.elapsed();
        HostState *next = nullptr;
        qint64 earliestWaitMs = std::numeric_limits<qint64>::max();
        for (auto &[host, state] : m_hosts) {
            if (state.pending.empty() || state.running >= m_settings.maxPerHost)
                continue;
            if (state.lastStartMs >= 0 && now - state.lastStartMs < gapMs) {
                earliestWaitMs = std::min(earliestWaitMs, state.lastStartMs + gapMs - now);
                continue;
            }
            // First come, first served across hosts.
            if (!next || state.pending.front() < next->pending.front())
                next = &state;
        }
        if (!next) {
            if (earliestWaitMs != std::numeric_limits<qint64>::max()
                && (!m_gapTimer.isActive() || m_gapTimer.remainingTime() > earliestWaitMs)) {
                m_gapTimer.start(int(std::max<qint64>(1, earliestWaitMs)));
            }
            return;
        }
        const size_t probeIndex = next->pending.front();
        next->pending.pop_front();
        ++next->running;
        next->lastStartMs = now;
        start(probeIndex);
    }
}

void LinkChecker::start(size_t probeIndex)
{
    const Probe &probe = m_probes[probeIndex];
    HttpRequest request;
    request.url = probe.url;
    if (probe.fallback) {
        request.method = HttpRequest::Method::Get;
        request.range = HttpRequest::ByteRange {0, m_settings.rangeBytes - 1};
    } else {
        request.method = HttpRequest::Method::Head;
    }
    // A server that ignores the range is cut off after rangeBytes (a success); an error page is
    // kept no larger.
    request.maxBodyBytes = m_settings.rangeBytes;
    request.connectTimeout = m_settings.connectTimeout;
    request.totalTimeout = m_settings.totalTimeout;
    request.lowSpeedBytesPerSecond = 1;
    request.lowSpeedTime = std::chrono::duration_cast<std::chrono::seconds>(m_settings.totalTimeout)
        + std::chrono::seconds(1); // the total timeout is the limit that matters here

    ++m_inFlight;
    HttpReply *reply = m_client.send(request);
    m_replies.push_back(reply);
    connect(reply, &HttpReply::finished, this,
        [this, reply, probeIndex] { onReplyFinished(reply, probeIndex); });
}

void LinkChecker::onReplyFinished(HttpReply *reply, size_t probeIndex)
{
    m_replies.erase(std::remove(m_replies.begin(), m_replies.end(), reply), m_replies.end());
    reply->deleteLater();
    --m_inFlight;
    Probe &probe = m_probes[probeIndex];
    HostState &host = m_hosts[probe.host];
    --host.running;

    const HttpReply::Error error = reply->error();
    const int status = reply->httpStatus();
    if (!probe.fallback && error == HttpReply::HttpStatus && headRefused(status)) {
        // Once more as a small GET, ahead of this host's other URLs, within the same limits.
        probe.fallback = true;
        probe.headRefused = true;
        ++m_headRefused;
        host.pending.push_front(probeIndex);
        dispatch();
        return;
    }

    // "Range not satisfiable" to bytes=0-…: the page exists and is empty. It answered.
    const bool emptyPage = probe.fallback && error == HttpReply::HttpStatus && status == 416;
    if (error == HttpReply::NoError || emptyPage)
        complete(probeIndex, LinkHealth::Status::Ok, status, {}, {}, false);
    else
        complete(probeIndex, LinkHealth::Status::Down, status, reply->errorString(),
            HttpReply::errorCode(error), isNetworkFailure(error) && status == 0);

    if (!m_running) // a slot connected to progress() cancelled the check
        return;
    if (m_done == int(m_probes.size()))
        finish();
    else
        dispatch();
}

void LinkChecker::complete(size_t probeIndex, LinkHealth::Status status, int httpStatus,
    const QString &error, const QString &errorCode, bool networkFailure)
{
    ++m_done;
    if (!networkFailure)
        m_anyAnswer = true;

    for (const size_t index : m_probes[probeIndex].targets) {
        LinkHealth &health = m_results[index];
        health.status = status;
        health.httpStatus = httpStatus;
        health.error = error;
        health.errorCode = errorCode;
        if (status == LinkHealth::Status::Ok)
            health.lastOkAt = m_checkedAt;
    }
    Q_EMIT progress(m_done, int(m_probes.size()));
}

void LinkChecker::finish()
{
    if (!m_running)
        return;
    std::vector<LinkHealth> results = std::move(m_results);

    QSet<QString> hosts;
    for (const Probe &probe : m_probes)
        hosts.insert(probe.host);
    // Nothing answered anywhere, on more than one host: more likely the kiosk's network than
    // every portal at once. Say "unknown" rather than send citizens away from working portals.
    const bool offline = !m_anyAnswer && hosts.size() >= 2;
    if (offline) {
        for (LinkHealth &health : results)
            health.status = LinkHealth::Status::Unknown;
    }

    const auto count = [&results](LinkHealth::Status status) {
        return std::count_if(results.begin(), results.end(),
            [status](const LinkHealth &h) { return h.status == status; });
    };
    // Counts only: URLs can carry tokens, and the entries are in the store for whoever asks.
    qCInfo(lcLinks).noquote()
        << u"link check: %1 entries (%2 addresses on %3 hosts): %4 ok, %5 down, %6 unknown%7;"
           u" HEAD refused by %8; %9 ms"_s.arg(results.size())
               .arg(m_probes.size())
               .arg(hosts.size())
               .arg(count(LinkHealth::Status::Ok))
               .arg(count(LinkHealth::Status::Down))
               .arg(count(LinkHealth::Status::Unknown))
               .arg(offline ? u" (nothing answered: is the network down?)"_s : QString())
               .arg(m_headRefused)
               .arg(m_elapsed.elapsed());
    clear();
    Q_EMIT finished(results);
}

void LinkChecker::clear()
{
    ++m_generation;
    m_gapTimer.stop();
    // Deleting a reply cancels its transfer; nothing of it reaches this object any more.
    for (HttpReply *reply : std::exchange(m_replies, {})) {
        disconnect(reply, nullptr, this, nullptr);
        delete reply;
    }
    m_running = false;
    m_results.clear();
    m_probes.clear();
    m_hosts.clear();
    m_inFlight = 0;
    m_done = 0;
    m_headRefused = 0;
    m_anyAnswer = false;
}

} // namespace Mist
