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

// The short word recorded for a failed download (the same words as the directory's sync).
QString httpCode(HttpReply::Error error)
{
    switch (error) {
    case HttpReply::NoError:
        return u"ok"_s;
    case HttpReply::InsecureUrl:
        return u"insecure-url"_s;
    case HttpReply::HostNotFound:
        return u"dns"_s;
    case HttpReply::ConnectionFailed:
        return u"connection"_s;
    case HttpReply::TlsError:
        return u"tls"_s;
    case HttpReply::Timeout:
        return u"timeout"_s;
    case HttpReply::HttpStatus:
        return u"http"_s;
    case HttpReply::TooLarge:
        return u"too-large"_s;
    case HttpReply::Cancelled:
        return u"cancelled"_s;
    case HttpReply::Other:
        break;
    }
    return u"error"_s;
}

QString describeDelay(qint64 ms)
{
    if (ms < 120 * 1000)
        return u"%1 s"_s.arg((ms + 999) / 1000);
    return u"%1 min"_s.arg((ms + 59999) / 60000);
}

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
{
    // Never a busy loop, whatever the configuration says.
    m_settings.interval
        = std::max<std::chrono::milliseconds>(std::chrono::seconds(1), m_settings.interval);
    m_settings.firstSyncDelay = std::max(std::chrono::milliseconds(0), m_settings.firstSyncDelay);
    m_settings.maxBytes = std::clamp<qint64>(m_settings.maxBytes, 1, IcsParser::maxBytes);
    m_display = displaySource(m_settings.source);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleSync::evaluateSchedule);
    connect(&m_clock, &Clock::jumped, this, &ScheduleSync::evaluateSchedule);
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
    if (m_started)
        return;
    if (!m_settings.isConfigured()) {
        qCInfo(lcSync) << "schedule sync is not configured (no source): the kiosk keeps the"
                          " schedule it has";
        return;
    }
    m_started = true;
    qCInfo(lcSync).noquote() << u"schedule sync from %1 every %2"_s.arg(
        m_display, describeDelay(m_settings.interval.count()));
    scheduleIn(m_settings.firstSyncDelay.count());
}

void ScheduleSync::stop()
{
    m_started = false;
    m_dueMs.reset();
    m_timer.stop();
    m_retryAttempt = 0;
    abandon();
}

bool ScheduleSync::syncNow()
{
    if (!m_settings.isConfigured() || isSyncing())
        return false;
    m_dueMs.reset();
    m_timer.stop();

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

std::optional<qint64> ScheduleSync::nextSyncInMs() const
{
    if (!m_dueMs)
        return std::nullopt;
    return std::max<qint64>(0, *m_dueMs - m_clock.nowMs());
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
        conclude({{}, false, httpCode(reply->error()), reply->errorString()},
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

    QString next;
    if (m_started) {
        qint64 delayMs = m_settings.interval.count();
        if (!attempt.ok && retryable) {
            ++m_retryAttempt;
            // Never later than the regular sync would have been.
            delayMs
                = std::min<qint64>(m_settings.retryPolicy.delay(m_retryAttempt).count(), delayMs);
            next = u"; retry %1 in %2"_s.arg(m_retryAttempt).arg(describeDelay(delayMs));
        } else {
            m_retryAttempt = 0;
            next = u"; next sync in %1"_s.arg(describeDelay(delayMs));
        }
        scheduleIn(delayMs);
    }
    if (attempt.ok)
        qCInfo(lcSync).noquote() << u"schedule sync (%1): %2%3"_s.arg(
            attempt.code, attempt.message, next);
    else
        qCWarning(lcSync).noquote()
            << u"schedule sync failed (%1): %2%3"_s.arg(attempt.code, attempt.message, next);
    Q_EMIT finished(attempt);
}

void ScheduleSync::scheduleIn(qint64 ms)
{
    m_dueMs = m_clock.nowMs() + std::max<qint64>(0, ms);
    evaluateSchedule();
}

void ScheduleSync::evaluateSchedule()
{
    if (!m_dueMs)
        return;
    const qint64 remaining = *m_dueMs - m_clock.nowMs();
    if (remaining > 0) {
        // A coarse timer may wake a little early; this runs again then and re-arms.
        m_timer.start(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
        return;
    }
    m_dueMs.reset();
    m_timer.stop();
    if (!isSyncing())
        syncNow(); // else the running sync schedules the next one when it ends
}

void ScheduleSync::abandon()
{
    // Deleting a reply cancels its transfer; it emits nothing more.
    delete std::exchange(m_reply, nullptr);
    m_fileReadPending = false;
}

} // namespace Mist
