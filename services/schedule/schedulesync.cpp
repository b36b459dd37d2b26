// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "schedulesync.h"

#include "core/clock.h"
#include "core/logging.h"
#include "net/curlhttpclient.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

using Attempt = ScheduleStore::Attempt;

bool hasScheme(const QString &source, QLatin1StringView scheme)
{
    return source.startsWith(scheme, Qt::CaseInsensitive);
}

} // namespace

QUrl ScheduleSync::Settings::url() const
{
    const QString text = source.trimmed();
    for (const QLatin1StringView webcal : {"webcals://"_L1, "webcal://"_L1}) {
        if (hasScheme(text, webcal))
            return QUrl(u"https://"_s + text.mid(webcal.size()), QUrl::StrictMode);
    }
    // http:// is passed on too: HttpClient refuses it (InsecureUrl) and the attempt says so.
    if (hasScheme(text, "https://"_L1) || hasScheme(text, "http://"_L1))
        return QUrl(text, QUrl::StrictMode);
    return {};
}

QString ScheduleSync::Settings::filePath() const
{
    const QString text = source.trimmed();
    if (text.isEmpty() || !url().isEmpty())
        return {};
    if (hasScheme(text, "file:"_L1))
        return QUrl(text).toLocalFile();
    return text;
}

QString ScheduleSync::displaySource(const QString &source)
{
    Settings settings;
    settings.source = source;
    const QUrl url = settings.url();
    if (!url.isEmpty())
        return url.host().isEmpty() ? u"(an invalid address)"_s : url.host();
    const QString file = settings.filePath();
    return file.isEmpty() ? source : QFileInfo(file).fileName();
}

ScheduleSync::ScheduleSync(ScheduleStore &store, Clock &clock, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_utcNow([] { return QDateTime::currentDateTimeUtc(); })
    , m_schedule(clock, m_settings.interval, m_settings.retryPolicy)
{
    m_settings.interval = m_schedule.interval();
    m_settings.firstSyncDelay = std::max(std::chrono::milliseconds(0), m_settings.firstSyncDelay);
    m_settings.maxBytes = std::clamp<qint64>(m_settings.maxBytes, 1, IcsParser::maxBytes);
    m_display = displaySource(m_settings.source);
    connect(&m_schedule, &SyncSchedule::due, this, [this] {
        if (!isSyncing())
            syncNow(); // else the running sync schedules the next one when it ends
    });
}

ScheduleSync::~ScheduleSync()
{
    abandon();
}

void ScheduleSync::setUtcClock(std::function<QDateTime()> utcNow)
{
    if (utcNow)
        m_utcNow = std::move(utcNow);
}

void ScheduleSync::start()
{
    if (m_schedule.isStarted())
        return;
    if (!m_settings.isConfigured()) {
        qCInfo(lcSync) << "schedule sync is not configured (no source): the kiosk keeps the"
                          " schedule it has";
        return;
    }
    qCInfo(lcSync).noquote() << u"schedule sync from %1 every %2"_s.arg(
        m_display, SyncSchedule::describeDelay(m_settings.interval.count()));
    m_schedule.start(m_settings.firstSyncDelay);
}

void ScheduleSync::stop()
{
    m_schedule.stop();
    abandon();
}

bool ScheduleSync::syncNow()
{
    if (!m_settings.isConfigured() || isSyncing())
        return false;
    m_schedule.cancelPending();

    const QUrl url = m_settings.url();
    if (url.isEmpty()) {
        // Read on the next turn of the event loop, so finished() never comes from in here.
        m_fileReadPending = true;
        QMetaObject::invokeMethod(this, &ScheduleSync::readFile, Qt::QueuedConnection);
        return true;
    }

    if (!m_client) {
        // Made on first use: a kiosk without a calendar address has no extra thread.
        HttpClientOptions options;
        options.caBundlePath = m_settings.caBundlePath;
        options.pinnedPublicKey = m_settings.pinnedPublicKey;
        options.maxConnections = 1;
        options.maxConnectionsPerHost = 1;
        m_client = std::make_unique<CurlHttpClient>(std::move(options));
    }
    HttpRequest request;
    request.url = url;
    request.maxBodyBytes = m_settings.maxBytes;
    request.connectTimeout = m_settings.connectTimeout;
    request.totalTimeout = m_settings.totalTimeout;
    request.lowSpeedBytesPerSecond = m_settings.lowSpeedBytesPerSecond;
    request.lowSpeedTime = m_settings.lowSpeedTime;
    // Validators describe the stored calendar only if it came from this very source.
    const ScheduleStore::Calendar stored = m_store.calendar();
    if (!stored.bundled && stored.source == m_settings.source) {
        request.ifNoneMatch = stored.etag;
        request.ifModifiedSince = stored.lastModified;
    }
    HttpReply *reply = m_client->send(request);
    m_reply = reply;
    connect(reply, &HttpReply::finished, this, [this, reply] { onReplyFinished(reply); });
    return true;
}

void ScheduleSync::onReplyFinished(HttpReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    // Not deleted here: it is still emitting finished().
    reply->deleteLater();
    if (reply->error() == HttpReply::Cancelled)
        return; // stop() or destruction: nothing to record
    if (reply->error() != HttpReply::NoError) {
        conclude({{}, false, HttpReply::errorCode(reply->error()), reply->errorString(),
                     reply->httpStatus()},
            RetryPolicy::isRetryable(reply->error(), reply->httpStatus()));
        return;
    }
    if (reply->notModified()) {
        // A 304 may repeat the validators or leave them out: markChecked() keeps the stored
        // ones unless new ones came.
        if (!m_store.markChecked(m_utcNow(), reply->etag(), reply->lastModified())) {
            conclude({{}, false, u"storage"_s,
                u"could not record the check: %1"_s.arg(m_store.errorString())});
            return;
        }
        conclude({{}, true, u"not-modified"_s, u"%1: not modified"_s.arg(m_display)});
        return;
    }
    process(reply->body(), reply->etag(), reply->lastModified());
}

void ScheduleSync::readFile()
{
    if (!m_fileReadPending)
        return; // stopped meanwhile
    m_fileReadPending = false;
    const QString path = m_settings.filePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        conclude({{}, false, u"file"_s,
            u"cannot read %1: %2"_s.arg(QFileInfo(path).fileName(), file.errorString())});
        return;
    }
    // One byte more than allowed tells an oversized file without reading all of it.
    const QByteArray ics = file.read(m_settings.maxBytes + 1);
    if (ics.size() > m_settings.maxBytes) {
        conclude({{}, false, u"too-large"_s,
            u"%1 is larger than %2 bytes"_s.arg(m_display).arg(m_settings.maxBytes)});
        return;
    }
    process(ics, {}, QFileInfo(path).lastModified().toUTC());
}

void ScheduleSync::process(
    const QByteArray &ics, const QByteArray &etag, const QDateTime &lastModified)
{
    const QDateTime now = m_utcNow();
    const ScheduleStore::Calendar stored = m_store.calendar();
    if (!stored.bundled && stored.source == m_settings.source && stored.ics == ics) {
        // A server without validators, or a file that did not change: nothing to parse.
        if (!m_store.markChecked(now, etag, lastModified)) {
            conclude({{}, false, u"storage"_s,
                u"could not record the check: %1"_s.arg(m_store.errorString())});
            return;
        }
        conclude({{}, true, u"unchanged"_s, u"%1: unchanged"_s.arg(m_display)});
        return;
    }

    const ScheduleStore::ReplaceResult replaced
        = m_store.replaceCalendar(ics, m_settings.source, etag, lastModified, now);
    const IcsParser::Result &parsed = replaced.parsed;
    for (const QString &warning : parsed.warnings)
        qCWarning(lcSchedule).noquote() << m_display + u": "_s + warning;
    if (!parsed.ok()) {
        const QString kept = stored.bundled
            ? u"the sample schedule stays"_s
            : u"keeping the calendar stored at %1"_s.arg(stored.storedAt.toString(Qt::ISODate));
        conclude({{}, false, u"invalid-ics"_s,
            u"%1: %2; %3"_s.arg(m_display, parsed.errorString, kept)});
        return;
    }
    if (!replaced.stored) {
        conclude({{}, false, u"storage"_s,
            u"could not store the calendar: %1"_s.arg(m_store.errorString())});
        return;
    }
    QString message = u"%1: stored %2 events"_s.arg(m_display).arg(parsed.events.size());
    if (parsed.droppedEvents > 0)
        message += u", %1 left out"_s.arg(parsed.droppedEvents);
    if (!parsed.warnings.isEmpty())
        message += u", %1 warnings"_s.arg(parsed.warnings.size());
    Q_EMIT calendarReplaced();
    conclude({{}, true, u"stored"_s, message});
}

// Records and logs the attempt, then schedules the next one.
void ScheduleSync::conclude(Attempt attempt, bool retryable)
{
    attempt.at = m_utcNow();
    if (!m_store.recordAttempt(attempt))
        qCWarning(lcSync).noquote()
            << u"could not record the schedule sync result: %1"_s.arg(m_store.errorString());

    const QString next = m_schedule.scheduleAfter(attempt.ok, retryable);
    if (attempt.ok)
        qCInfo(lcSync).noquote() << u"schedule sync (%1): %2%3"_s.arg(
            attempt.code, attempt.message, next);
    else
        qCWarning(lcSync).noquote()
            << u"schedule sync failed (%1): %2%3"_s.arg(attempt.code, attempt.message, next);
    Q_EMIT finished(attempt);
}

void ScheduleSync::abandon()
{
    // Deleting a reply cancels its transfer; it emits nothing more.
    delete std::exchange(m_reply, nullptr);
    m_fileReadPending = false;
}

} // namespace Mist
