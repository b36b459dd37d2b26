// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directorysync.h"

#include "core/clock.h"
#include "core/logging.h"
#include "feedacceptance.h"
#include "feedparser.h"
#include "minisignverifier.h"
#include "net/curlhttpclient.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

using SyncResult = DirectoryStore::SyncResult;

QString verificationCode(MinisignResult::Error error)
{
    switch (error) {
    case MinisignResult::Error::NoKeys:
    case MinisignResult::Error::MalformedKey:
        return u"bad-key"_s; // the kiosk's configuration, not the feed
    case MinisignResult::Error::UnknownKey:
        return u"unknown-key"_s;
    case MinisignResult::Error::CryptoUnavailable:
        return u"crypto"_s;
    case MinisignResult::Error::NoError:
    case MinisignResult::Error::MalformedSignature:
    case MinisignResult::Error::UnsupportedAlgorithm:
    case MinisignResult::Error::BadSignature:
    case MinisignResult::Error::BadTrustedComment:
        break;
    }
    return u"bad-signature"_s;
}

QString parseCode(FeedParser::Error error)
{
    switch (error) {
    case FeedParser::Error::NotJson:
        return u"invalid-json"_s;
    case FeedParser::Error::TooLarge:
        return u"too-large"_s;
    default:
        return u"schema"_s;
    }
}

QString acceptanceCode(FeedAcceptance::Verdict verdict)
{
    switch (verdict) {
    case FeedAcceptance::Verdict::Accept:
        return u"stored"_s;
    case FeedAcceptance::Verdict::SameVersion:
        return u"same-version"_s;
    case FeedAcceptance::Verdict::Rollback:
        return u"rollback"_s;
    case FeedAcceptance::Verdict::Expired:
        return u"expired"_s;
    case FeedAcceptance::Verdict::TrustedCommentMismatch:
        break;
    }
    return u"comment-mismatch"_s;
}

} // namespace

bool DirectorySync::Settings::isConfigured() const
{
    return feedUrl.isValid() && !feedUrl.isEmpty() && !publicKeys.empty();
}

QUrl DirectorySync::Settings::effectiveSignatureUrl() const
{
    if (!signatureUrl.isEmpty())
        return signatureUrl;
    // minisign writes <file>.minisig; a query string (a cache buster) stays at the end.
    QUrl url = feedUrl.adjusted(QUrl::RemoveFragment);
    url.setPath(url.path() + u".minisig"_s);
    return url;
}

DirectorySync::DirectorySync(
    DirectoryStore &store, Clock &clock, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_utcNow([] { return QDateTime::currentDateTimeUtc(); })
    , m_schedule(clock, m_settings.interval, m_settings.retryPolicy)
{
    m_settings.interval = m_schedule.interval();
    m_settings.firstSyncDelay = std::max(std::chrono::milliseconds(0), m_settings.firstSyncDelay);
    m_settings.maxFeedBytes
        = std::clamp<qint64>(m_settings.maxFeedBytes, 1, FeedParser::maxDocumentBytes);
    connect(&m_schedule, &SyncSchedule::due, this, [this] {
        if (!isSyncing())
            syncNow(); // else the running sync schedules the next one when it ends
    });
}

DirectorySync::~DirectorySync()
{
    abandon();
}

void DirectorySync::setUtcClock(std::function<QDateTime()> utcNow)
{
    if (utcNow)
        m_utcNow = std::move(utcNow);
}

void DirectorySync::start()
{
    if (m_schedule.isStarted())
        return;
    if (!m_settings.isConfigured()) {
        qCInfo(lcSync) << "directory sync is not configured (no feed URL or no public key): the"
                          " kiosk keeps the directory it has";
        return;
    }
    qCInfo(lcSync).noquote() << u"directory sync from %1 every %2"_s.arg(
        host(), SyncSchedule::describeDelay(m_settings.interval.count()));
    m_schedule.start(m_settings.firstSyncDelay);
}

void DirectorySync::stop()
{
    m_schedule.stop();
    abandon();
}

bool DirectorySync::syncNow()
{
    if (!m_settings.isConfigured() || m_reply)
        return false;
    m_schedule.cancelPending();
    m_previous = m_store.feedState();
    m_feedBytes.clear();
    m_etag.clear();
    m_lastModified = {};
    if (!m_client) {
        // Made on first use: a kiosk without a feed has no extra thread.
        HttpClientOptions options;
        options.caBundlePath = m_settings.caBundlePath;
        options.pinnedPublicKey = m_settings.pinnedPublicKey;
        options.maxConnections = 2;
        options.maxConnectionsPerHost = 2;
        m_client = std::make_unique<CurlHttpClient>(std::move(options));
    }
    fetch(Stage::Feed);
    return true;
}

void DirectorySync::fetch(Stage stage)
{
    m_stage = stage;
    HttpRequest request;
    request.connectTimeout = m_settings.connectTimeout;
    request.totalTimeout = m_settings.totalTimeout;
    request.lowSpeedBytesPerSecond = m_settings.lowSpeedBytesPerSecond;
    request.lowSpeedTime = m_settings.lowSpeedTime;
    if (stage == Stage::Feed) {
        request.url = m_settings.feedUrl;
        request.maxBodyBytes = m_settings.maxFeedBytes;
        // Validators only describe a downloaded feed, never the bundled one.
        if (m_previous.source == DirectoryStore::FeedState::Source::Feed) {
            request.ifNoneMatch = m_previous.etag;
            request.ifModifiedSince = m_previous.lastModified;
        }
    } else {
        request.url = m_settings.effectiveSignatureUrl();
        request.maxBodyBytes = MinisignVerifier::maxSignatureFileBytes;
    }
    HttpReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] { onReplyFinished(reply); });
}

void DirectorySync::onReplyFinished(HttpReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    // Not deleted here: it is still emitting finished().
    reply->deleteLater();
    if (reply->error() == HttpReply::Cancelled)
        return; // stop() or destruction: nothing to record
    if (m_stage == Stage::Feed)
        onFeedFetched(*reply);
    else
        onSignatureFetched(*reply);
}

void DirectorySync::onFeedFetched(const HttpReply &reply)
{
    if (reply.error() != HttpReply::NoError) {
        conclude({{}, false, HttpReply::errorCode(reply.error()), reply.errorString()},
            RetryPolicy::isRetryable(reply.error(), reply.httpStatus()));
        return;
    }
    if (reply.notModified()) {
        // A 304 may repeat the validators or leave them out; keep what we have unless it sends
        // new ones.
        const QByteArray etag = reply.etag().isEmpty() ? m_previous.etag : reply.etag();
        const QDateTime lastModified
            = reply.lastModified().isValid() ? reply.lastModified() : m_previous.lastModified;
        if (!m_store.updateValidators(etag, lastModified)) {
            conclude({{}, false, u"storage"_s,
                u"could not store the feed's validators: %1"_s.arg(m_store.errorString())});
            return;
        }
        QString message
            = u"%1: not modified, keeping version %2"_s.arg(host()).arg(m_previous.version);
        if (m_previous.expires.isValid() && m_previous.expires < m_utcNow())
            message += u" (it expired on %1; the admin must publish a new one)"_s.arg(
                m_previous.expires.toString(Qt::ISODate));
        conclude({{}, true, u"not-modified"_s, message});
        return;
    }
    m_feedBytes = reply.body();
    m_etag = reply.etag();
    m_lastModified = reply.lastModified();
    fetch(Stage::Signature);
}

void DirectorySync::onSignatureFetched(const HttpReply &reply)
{
    if (reply.error() != HttpReply::NoError) {
        const int status = reply.httpStatus();
        if (reply.error() == HttpReply::HttpStatus && (status == 404 || status == 410)) {
            conclude({{}, false, u"unsigned"_s,
                u"%1: the feed has no signature (HTTP %2)"_s.arg(host()).arg(status)});
            return;
        }
        conclude({{}, false, HttpReply::errorCode(reply.error()),
                     u"signature: "_s + reply.errorString()},
            RetryPolicy::isRetryable(reply.error(), status));
        return;
    }
    processFeed(reply.body());
}

void DirectorySync::processFeed(const QByteArray &signature)
{
    const MinisignResult verified
        = MinisignVerifier::verifyWith(m_settings.publicKeys, m_feedBytes, signature);
    if (!verified.ok()) {
        conclude({{}, false, verificationCode(verified.error),
            u"%1: %2"_s.arg(host(), verified.errorString)});
        return;
    }

    // Only over bytes whose signature checked out; the cache learns them only if accepted.
    const FeedParser::Result parsed = m_entryCache.parse(m_feedBytes);
    if (!parsed.ok()) {
        conclude({{}, false, parseCode(parsed.error), u"%1: %2"_s.arg(host(), parsed.errorString)});
        return;
    }
    const Feed &feed = parsed.feed;
    // One bad entry is dropped; all of them bad is a broken feed (a format change, an export
    // gone wrong), not a wish to empty every kiosk.
    if (feed.entries.empty() && !feed.dropped.empty()) {
        conclude({{}, false, u"schema"_s,
            u"%1: all %2 entries of version %3 are invalid"_s.arg(host())
                .arg(feed.dropped.size())
                .arg(feed.version)});
        return;
    }

    const QDateTime now = m_utcNow();
    const std::optional<qint64> lastVersion
        = m_previous.source == DirectoryStore::FeedState::Source::Bundled
        ? std::nullopt
        : std::optional<qint64>(m_previous.version);
    const FeedAcceptance::Decision decision
        = FeedAcceptance::decide(feed, lastVersion, now, verified.trustedComment);

    if (decision.verdict == FeedAcceptance::Verdict::SameVersion) {
        m_entryCache.commit(); // the feed in use, as sent now
        // Remember the validators, so the next sync is a 304 instead of the same download.
        if (!m_etag.isEmpty() || m_lastModified.isValid())
            m_store.updateValidators(m_etag, m_lastModified);
        conclude({{}, true, u"same-version"_s,
            u"%1: version %2 is the one in use"_s.arg(host()).arg(feed.version)});
        return;
    }
    if (!decision.accepted()) {
        conclude({{}, false, acceptanceCode(decision.verdict),
            u"%1: %2; keeping version %3"_s.arg(
                host(), decision.reason, QString::number(m_previous.version))});
        return;
    }

    DirectoryStore::FeedState state;
    state.source = DirectoryStore::FeedState::Source::Feed;
    state.version = feed.version;
    state.generated = feed.generated;
    state.expires = feed.expires;
    state.acceptedAt = now;
    state.trustedComment = verified.trustedComment;
    state.etag = m_etag;
    state.lastModified = m_lastModified;
    if (!m_store.replaceFeed(feed, state)) {
        conclude({{}, false, u"storage"_s,
            u"could not store version %1: %2"_s.arg(feed.version).arg(m_store.errorString())});
        return;
    }
    m_entryCache.commit();
    QString message = u"%1: stored version %2 (%3 entries"_s.arg(host())
                          .arg(feed.version)
                          .arg(feed.entries.size());
    if (!feed.dropped.empty())
        message += u", %1 left out as invalid"_s.arg(feed.dropped.size());
    message += u')';
    Q_EMIT feedReplaced();
    conclude({{}, true, u"stored"_s, message, qsizetype(feed.entries.size())});
}

// Records and logs the attempt, then schedules the next one.
void DirectorySync::conclude(DirectoryStore::SyncResult result, bool retryable)
{
    result.at = m_utcNow();
    m_feedBytes.clear();
    m_entryCache.discardPending(); // a refused feed's entries; nothing after commit()
    if (!m_store.recordSync(result))
        qCWarning(lcSync).noquote()
            << u"could not record the sync result: %1"_s.arg(m_store.errorString());

    const QString next = m_schedule.scheduleAfter(result.ok, retryable);
    // One line per attempt; the message names the host, never the URL.
    if (result.ok)
        qCInfo(lcSync).noquote() << u"directory sync (%1): %2%3"_s.arg(
            result.code, result.message, next);
    else
        qCWarning(lcSync).noquote()
            << u"directory sync failed (%1): %2%3"_s.arg(result.code, result.message, next);
    Q_EMIT finished(result);
}

void DirectorySync::abandon()
{
    // Deleting a reply cancels its transfer; it emits nothing more.
    delete std::exchange(m_reply, nullptr);
    m_feedBytes.clear();
}

QString DirectorySync::host() const
{
    return m_settings.feedUrl.host();
}

} // namespace Mist
