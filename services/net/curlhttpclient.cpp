// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "curlhttpclient.h"

#include "core/logging.h"
#include "curllibrary.h"

#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <deque>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The link between a queued or running transfer and its reply. The reply may be aborted or
// deleted at any moment in its own thread, so the worker reaches it only through this.
struct ReplyChannel
{
    QMutex mutex;
    HttpReply *reply = nullptr; // guarded by mutex; null once delivered to or given up by the reply
    std::atomic<bool> cancelled = false; // the reply no longer wants a result
};

// A request waiting in the client's queue: no curl handle yet.
struct Job
{
    HttpRequest request;
    QString host; // the per-host limit's key
    std::shared_ptr<ReplyChannel> channel;
    quint64 sequence = 0; // first come, first served across hosts
};

// A running transfer: one curl easy handle, added to the multi handle.
struct Transfer
{
    explicit Transfer(Job j)
        : job(std::move(j))
    { }
    ~Transfer()
    {
        if (easy)
            curl().curl_easy_cleanup(easy);
        curl().curl_slist_free_all(headers);
    }
    Q_DISABLE_COPY_MOVE(Transfer)

    Job job;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray body;
    qint64 bodyLimit = 0;
    bool cutIsSuccess = false; // a ranged GET whose server ignored the range: stop, but succeed
    bool cut = false;
    bool tooLarge = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

// Caps the body while it arrives. CURLOPT_MAXFILESIZE_LARGE only checks a Content-Length, which a
// chunked body does not have (libcurl 7.88), so this is the cap that always holds.
size_t writeBody(char *data, size_t size, size_t count, void *userData)
{
    auto *transfer = static_cast<Transfer *>(userData);
    const qint64 bytes = qint64(size * count);
    const qint64 room = transfer->bodyLimit - transfer->body.size();
    if (bytes > room) {
        if (transfer->cutIsSuccess) {
            transfer->body.append(data, room);
            transfer->cut = true;
        } else {
            transfer->tooLarge = true;
        }
        return 0; // ends the transfer with CURLE_WRITE_ERROR
    }
    transfer->body.append(data, bytes);
    return size * count;
}

// Hands result to the reply in the reply's own thread, unless the reply gave up on it.
void deliver(const std::shared_ptr<ReplyChannel> &channel, const HttpReply::Result &result)
{
    QMutexLocker locker(&channel->mutex);
    HttpReply *const reply = std::exchange(channel->reply, nullptr);
    if (!reply)
        return;
    // Posted while the reply is known to exist (its cancel handler waits for this mutex before the
    // reply is destroyed), and ~QObject discards calls posted to it that have not run yet: the
    // lambda never sees a deleted reply.
    QMetaObject::invokeMethod(
        reply, [reply, result] { reply->finish(result); }, Qt::QueuedConnection);
}

HttpReply::Result errorResult(HttpReply::Error error, const QString &errorString)
{
    HttpReply::Result result;
    result.error = error;
    result.errorString = errorString;
    return result;
}

QByteArray methodName(const HttpRequest &request)
{
    return request.method == HttpRequest::Method::Head ? QByteArrayLiteral("HEAD")
                                                       : QByteArrayLiteral("GET");
}

// An HTTP-date (RFC 9110, IMF-fixdate), as If-Modified-Since wants it.
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

// A response header of the last response (after redirects), or empty.
QByteArray lastResponseHeader(CURL *easy, const char *name)
{
    curl_header *header = nullptr;
    if (curl().curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK || !header)
        return {};
    return QByteArray(header->value).trimmed();
}

} // namespace

// The worker thread's side of CurlHttpClient. Only enqueue(), wakeup() and stop() are called from
// other threads; everything else runs in run(), on the worker thread.
class CurlWorker
{
public:
    explicit CurlWorker(const HttpClientOptions &options);
    ~CurlWorker();
    Q_DISABLE_COPY_MOVE(CurlWorker)

    void enqueue(Job job);
    void wakeup();
    void stop();
    void run();

private:
    struct HostQueue
    {
        std::deque<Job> pending;
        int running = 0;
    };

    bool takeInbox();
    void dropCancelled();
    void startQueued();
    void startTransfer(Job job);
    bool finishTransfers();
    void releaseHost(const QString &host);
    void shutdown();
    [[nodiscard]] HttpReply::Result resultOf(const Transfer &transfer, CURLcode code) const;

    const HttpClientOptions m_options;
    curl_slist *m_resolve = nullptr; // m_options.resolve for libcurl; lives as long as the worker

    QMutex m_mutex; // guards m_inbox, m_nextSequence, m_stopping, and m_multi against cleanup
    std::vector<Job> m_inbox;
    quint64 m_nextSequence = 0;
    bool m_stopping = false;
    CURLM *m_multi = nullptr;

    // Worker thread only.
    std::map<QString, HostQueue> m_hosts;
    std::vector<std::unique_ptr<Transfer>> m_running;
};

CurlWorker::CurlWorker(const HttpClientOptions &options)
    : m_options(options)
{
    for (const QByteArray &entry : m_options.resolve) {
        if (curl_slist *grown = curl().curl_slist_append(m_resolve, entry.constData()))
            m_resolve = grown;
    }
    m_multi = curl().curl_multi_init();
    if (!m_multi) {
        qCWarning(lcHttp) << "curl_multi_init failed: every request will fail";
        return;
    }
    // Our own queue already keeps within these; libcurl's limits are a second line.
    curl().curl_multi_setopt(
        m_multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, long(m_options.maxConnections));
    curl().curl_multi_setopt(
        m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(m_options.maxConnectionsPerHost));
}

CurlWorker::~CurlWorker()
{
    // Normally done at the end of run(); this covers a worker whose thread never ran.
    if (m_multi)
        curl().curl_multi_cleanup(m_multi);
    curl().curl_slist_free_all(m_resolve);
}

void CurlWorker::enqueue(Job job)
{
    {
        QMutexLocker locker(&m_mutex);
        if (m_multi && !m_stopping) {
            job.sequence = m_nextSequence++;
            m_inbox.push_back(std::move(job));
            curl().curl_multi_wakeup(m_multi);
            return;
        }
    }
    deliver(job.channel,
        errorResult(HttpReply::Other, job.host + u": the HTTP client is not running"_s));
}

void CurlWorker::wakeup()
{
    QMutexLocker locker(&m_mutex);
    if (m_multi)
        curl().curl_multi_wakeup(m_multi);
}

void CurlWorker::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopping = true;
    if (m_multi)
        curl().curl_multi_wakeup(m_multi);
}

void CurlWorker::run()
{
    if (!m_multi)
        return;
    while (takeInbox()) {
        dropCancelled();
        startQueued();
        int stillRunning = 0;
        curl().curl_multi_perform(m_multi, &stillRunning);
        if (finishTransfers())
            continue; // slots were freed: start what waits for them before sleeping
        // Returns early on socket activity, on libcurl's own timers and on
        // curl().curl_multi_wakeup().
        curl().curl_multi_poll(m_multi, nullptr, 0, 1000, nullptr);
    }
    shutdown();
}

// Moves new jobs into the per-host queues. False once the client is stopping.
bool CurlWorker::takeInbox()
{
    std::vector<Job> jobs;
    {
        QMutexLocker locker(&m_mutex);
        if (m_stopping)
            return false;
        jobs.swap(m_inbox);
    }
    for (Job &job : jobs) {
        if (!job.channel->cancelled.load())
            m_hosts[job.host].pending.push_back(std::move(job));
    }
    return true;
}

// Ends running transfers whose replies were aborted or deleted. Nobody waits for their results.
void CurlWorker::dropCancelled()
{
    for (auto it = m_running.begin(); it != m_running.end();) {
        Transfer &transfer = **it;
        if (!transfer.job.channel->cancelled.load()) {
            ++it;
            continue;
        }
        qCDebug(lcHttp).noquote() << methodName(transfer.job.request) << transfer.job.host
                                  << "cancelled";
        curl().curl_multi_remove_handle(m_multi, transfer.easy);
        releaseHost(transfer.job.host);
        it = m_running.erase(it);
    }
}

// Starts queued jobs while there is room, in order of arrival among hosts below their limit.
void CurlWorker::startQueued()
{
    while (int(m_running.size()) < m_options.maxConnections) {
        HostQueue *next = nullptr;
        for (auto it = m_hosts.begin(); it != m_hosts.end();) {
            HostQueue &queue = it->second;
            while (!queue.pending.empty() && queue.pending.front().channel->cancelled.load())
                queue.pending.pop_front();
            if (queue.pending.empty() && queue.running == 0) {
                it = m_hosts.erase(it);
                continue;
            }
            if (!queue.pending.empty() && queue.running < m_options.maxConnectionsPerHost
                && (!next || queue.pending.front().sequence < next->pending.front().sequence)) {
                next = &queue;
            }
            ++it;
        }
        if (!next)
            return;
        Job job = std::move(next->pending.front());
        next->pending.pop_front();
        ++next->running;
        startTransfer(std::move(job));
    }
}

void CurlWorker::startTransfer(Job job)
{
    auto transfer = std::make_unique<Transfer>(std::move(job));
    Transfer &t = *transfer;
    const HttpRequest &request = t.job.request;
    t.easy = curl().curl_easy_init();
    if (!t.easy) {
        releaseHost(t.job.host);
        deliver(t.job.channel, errorResult(HttpReply::Other, t.job.host + u": out of memory"_s));
        return;
    }

    CURLcode rc = CURLE_OK;
    const auto check = [&rc](CURLcode code) {
        if (rc == CURLE_OK)
            rc = code;
    };
    CURL *const easy = t.easy;
    check(curl().curl_easy_setopt(easy, CURLOPT_PRIVATE, &t));
    check(curl().curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t.errorBuffer));
    check(curl().curl_easy_setopt(
        easy, CURLOPT_URL, request.url.toEncoded(QUrl::RemoveFragment).constData()));
    // Without these, libcurl would follow a redirect to http:// (or ftp://).
    check(curl().curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https"));
    check(curl().curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "https"));
    check(curl().curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L));
    check(curl().curl_easy_setopt(easy, CURLOPT_MAXREDIRS, 5L));
    check(curl().curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L)); // we are not the main thread
    check(curl().curl_easy_setopt(easy, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2)));
    check(curl().curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L));
    check(curl().curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L));
    if (!m_options.caBundlePath.isEmpty()) {
        check(curl().curl_easy_setopt(
            easy, CURLOPT_CAINFO, QFile::encodeName(m_options.caBundlePath).constData()));
        // Only that bundle: no CA directory compiled into libcurl on top of it.
        check(curl().curl_easy_setopt(easy, CURLOPT_CAPATH, static_cast<char *>(nullptr)));
    }
    if (!m_options.pinnedPublicKey.isEmpty())
        check(curl().curl_easy_setopt(
            easy, CURLOPT_PINNEDPUBLICKEY, m_options.pinnedPublicKey.constData()));
    check(curl().curl_easy_setopt(easy, CURLOPT_USERAGENT, m_options.userAgent.constData()));
    if (m_resolve)
        check(curl().curl_easy_setopt(easy, CURLOPT_RESOLVE, m_resolve));

    // Zero would mean "no limit" to libcurl; every limit stays on.
    check(curl().curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
        long(std::max<qint64>(1, request.connectTimeout.count()))));
    check(curl().curl_easy_setopt(
        easy, CURLOPT_TIMEOUT_MS, long(std::max<qint64>(1, request.totalTimeout.count()))));
    check(curl().curl_easy_setopt(
        easy, CURLOPT_LOW_SPEED_LIMIT, long(std::max<qint64>(1, request.lowSpeedBytesPerSecond))));
    check(curl().curl_easy_setopt(
        easy, CURLOPT_LOW_SPEED_TIME, long(std::max<qint64>(1, request.lowSpeedTime.count()))));

    t.bodyLimit = std::max<qint64>(0, request.maxBodyBytes);
    if (request.method == HttpRequest::Method::Head) {
        check(curl().curl_easy_setopt(easy, CURLOPT_NOBODY, 1L));
    } else if (request.range) {
        const auto [first, last] = *request.range;
        const QByteArray rangeSpec = QByteArray::number(first) + '-' + QByteArray::number(last);
        check(curl().curl_easy_setopt(easy, CURLOPT_RANGE, rangeSpec.constData()));
        const qint64 rangeLength = std::max<qint64>(0, last - first + 1);
        if (rangeLength <= t.bodyLimit) {
            t.bodyLimit = rangeLength;
            t.cutIsSuccess = true;
        }
    } else {
        // Refuses an announced Content-Length early; writeBody() catches the rest.
        check(curl().curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(t.bodyLimit)));
    }
    check(curl().curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, writeBody));
    check(curl().curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t));

    // Sent by hand: libcurl's CURLOPT_TIMECONDITION would also discard a 200 whose Last-Modified
    // is older, and it has no ETag support at all.
    if (!request.ifNoneMatch.isEmpty())
        t.headers = curl().curl_slist_append(
            t.headers, QByteArray("If-None-Match: " + request.ifNoneMatch).constData());
    if (request.ifModifiedSince.isValid()) {
        t.headers = curl().curl_slist_append(t.headers,
            QByteArray("If-Modified-Since: " + httpDate(request.ifModifiedSince)).constData());
    }
    if (t.headers)
        check(curl().curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t.headers));

    if (rc == CURLE_OK) {
        const CURLMcode added = curl().curl_multi_add_handle(m_multi, easy);
        if (added == CURLM_OK) {
            m_running.push_back(std::move(transfer));
            return;
        }
        qCWarning(lcHttp) << "curl_multi_add_handle failed:" << curl().curl_multi_strerror(added);
    } else {
        qCWarning(lcHttp) << "curl_easy_setopt failed:" << curl().curl_easy_strerror(rc);
    }
    releaseHost(t.job.host);
    deliver(t.job.channel,
        errorResult(HttpReply::Other, t.job.host + u": could not set up the transfer"_s));
}

// Collects finished transfers and delivers their results. True if any finished.
bool CurlWorker::finishTransfers()
{
    bool finishedAny = false;
    int queued = 0;
    while (const CURLMsg *message = curl().curl_multi_info_read(m_multi, &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        // Copied out: message is invalid once the handle is removed.
        CURL *const easy = message->easy_handle;
        const CURLcode code = message->data.result;
        const auto it = std::find_if(
            m_running.begin(), m_running.end(), [easy](const auto &t) { return t->easy == easy; });
        if (it == m_running.end())
            continue;
        Transfer &transfer = **it;
        const HttpReply::Result result = resultOf(transfer, code);
        if (result.error == HttpReply::NoError) {
            qCDebug(lcHttp).noquote() << methodName(transfer.job.request) << transfer.job.host
                                      << result.httpStatus << result.elapsedMs << "ms";
        } else {
            qCInfo(lcHttp).noquote() << methodName(transfer.job.request) << result.errorString;
        }
        curl().curl_multi_remove_handle(m_multi, easy);
        releaseHost(transfer.job.host);
        deliver(transfer.job.channel, result);
        m_running.erase(it);
        finishedAny = true;
    }
    return finishedAny;
}

void CurlWorker::releaseHost(const QString &host)
{
    const auto it = m_hosts.find(host);
    if (it != m_hosts.end())
        --it->second.running; // an empty queue is erased by the next startQueued()
}

// The client is being destroyed: every job, running or queued, ends with Cancelled.
void CurlWorker::shutdown()
{
    const auto cancelled = [](const Job &job) {
        return errorResult(
            HttpReply::Cancelled, job.host + u": cancelled, the HTTP client stopped"_s);
    };
    for (const auto &transfer : m_running) {
        curl().curl_multi_remove_handle(m_multi, transfer->easy);
        deliver(transfer->job.channel, cancelled(transfer->job));
    }
    m_running.clear();
    for (const auto &[host, queue] : m_hosts) {
        for (const Job &job : queue.pending)
            deliver(job.channel, cancelled(job));
    }
    m_hosts.clear();

    std::vector<Job> inbox;
    {
        QMutexLocker locker(&m_mutex);
        inbox.swap(m_inbox);
        curl().curl_multi_cleanup(m_multi);
        m_multi = nullptr;
    }
    for (const Job &job : inbox)
        deliver(job.channel, cancelled(job));
}

HttpReply::Result CurlWorker::resultOf(const Transfer &transfer, CURLcode code) const
{
    CURL *const easy = transfer.easy;
    const HttpRequest &request = transfer.job.request;
    HttpReply::Result result;

    long status = 0;
    curl().curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    result.httpStatus = int(status);
    curl_off_t totalUs = 0;
    curl().curl_easy_getinfo(easy, CURLINFO_TOTAL_TIME_T, &totalUs);
    result.elapsedMs = qint64(totalUs / 1000);

    // Name the host (and where a redirect led), never the full URL: paths can carry tokens.
    QString where = transfer.job.host;
    const char *effectiveUrl = nullptr;
    curl().curl_easy_getinfo(easy, CURLINFO_EFFECTIVE_URL, &effectiveUrl);
    if (effectiveUrl) {
        const QString effectiveHost = QUrl(QString::fromUtf8(effectiveUrl)).host();
        if (!effectiveHost.isEmpty() && effectiveHost != where)
            where += u" (redirected to "_s + effectiveHost + u')';
    }
    const auto fail = [&result, &where](HttpReply::Error error, const QString &why) {
        result.error = error;
        result.errorString = where + u": "_s + why;
    };
    const QString curlReason = QString::fromUtf8(curl().curl_easy_strerror(code));

    switch (code) {
    case CURLE_OK:
        break;
    case CURLE_WRITE_ERROR:
        if (transfer.tooLarge)
            fail(HttpReply::TooLarge, u"body larger than %1 bytes"_s.arg(request.maxBodyBytes));
        else if (!transfer.cut)
            fail(HttpReply::Other, curlReason);
        // A cut ranged GET is a success: the server ignored the range, we have what we asked for.
        break;
    case CURLE_FILESIZE_EXCEEDED:
        fail(HttpReply::TooLarge, u"body larger than %1 bytes"_s.arg(request.maxBodyBytes));
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
        // The request itself was checked in send(): this is a redirect away from https.
        fail(HttpReply::InsecureUrl, u"redirect to a non-https URL refused"_s);
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
        fail(HttpReply::HostNotFound, u"host not found"_s);
        break;
    case CURLE_COULDNT_CONNECT:
        fail(HttpReply::ConnectionFailed, u"could not connect"_s);
        break;
    case CURLE_PARTIAL_FILE:
        fail(HttpReply::ConnectionFailed, u"connection closed before the whole body arrived"_s);
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        fail(HttpReply::ConnectionFailed, u"connection failed (%1)"_s.arg(curlReason));
        break;
    case CURLE_OPERATION_TIMEDOUT: {
        curl_off_t tlsDoneUs = 0;
        curl().curl_easy_getinfo(easy, CURLINFO_APPCONNECT_TIME_T, &tlsDoneUs);
        // libcurl gives one code for all three limits; tell them apart for the operator.
        if (result.elapsedMs + 50 >= request.totalTimeout.count())
            fail(HttpReply::Timeout,
                u"no complete answer within %1 ms"_s.arg(request.totalTimeout.count()));
        else if (tlsDoneUs == 0)
            fail(HttpReply::Timeout, u"connecting timed out"_s);
        else
            fail(HttpReply::Timeout,
                u"too slow (under %1 bytes/s for %2 s)"_s.arg(request.lowSpeedBytesPerSecond)
                    .arg(request.lowSpeedTime.count()));
        break;
    }
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED: {
        // OpenSSL's detail ("self-signed certificate in certificate chain") helps the operator
        // and names no URL.
        const QString detail = QString::fromUtf8(transfer.errorBuffer).trimmed();
        fail(HttpReply::TlsError,
            detail.isEmpty() ? u"TLS error (%1)"_s.arg(curlReason)
                             : u"TLS error (%1)"_s.arg(detail));
        break;
    }
    case CURLE_TOO_MANY_REDIRECTS:
        fail(HttpReply::Other, u"too many redirects"_s);
        break;
    default:
        fail(HttpReply::Other, curlReason);
        break;
    }

    // A 503 with a huge error page is still a 503 (retryable), not TooLarge.
    if ((result.error == HttpReply::NoError || result.error == HttpReply::TooLarge)
        && result.httpStatus >= 400) {
        fail(HttpReply::HttpStatus, u"HTTP %1"_s.arg(result.httpStatus));
    }

    result.etag = lastResponseHeader(easy, "ETag");
    const QByteArray lastModified = lastResponseHeader(easy, "Last-Modified");
    if (!lastModified.isEmpty()) {
        const time_t seconds = curl().curl_getdate(lastModified.constData(), nullptr);
        if (seconds != -1)
            result.lastModified = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    }
    // An error page is worth keeping; half a body is not, lest it pass for a whole one.
    if (result.error == HttpReply::NoError
        || (result.error == HttpReply::HttpStatus && !transfer.tooLarge)) {
        result.body = transfer.body;
    }
    return result;
}

CurlHttpClient::CurlHttpClient(HttpClientOptions options)
    : m_options(std::move(options))
{
    m_options.maxConnections = std::max(1, m_options.maxConnections);
    m_options.maxConnectionsPerHost
        = std::clamp(m_options.maxConnectionsPerHost, 1, m_options.maxConnections);
}

CurlHttpClient::~CurlHttpClient()
{
    if (!m_worker)
        return; // never sent anything
    m_worker->stop();
    m_thread->wait();
}

bool CurlHttpClient::start()
{
    // The kiosk makes its clients at start and sends its first request minutes later (a feed
    // sync, a link check) or never (a screenshot): libcurl and the worker thread wait for it.
    std::call_once(m_started, [this] {
        if (!CurlLibrary::get())
            return;
        m_worker = std::make_shared<CurlWorker>(m_options);
        m_thread.reset(QThread::create([worker = m_worker] { worker->run(); }));
        m_thread->setObjectName(u"mist-http"_s);
        m_thread->start();
    });
    return m_worker != nullptr;
}

HttpReply *CurlHttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(request.url);
    const QString host = request.url.host();

    // Refused here, before any connection; still finished asynchronously, like every reply.
    const auto refuse = [reply](HttpReply::Error error, const QString &why) {
        qCInfo(lcHttp).noquote() << why;
        QMetaObject::invokeMethod(
            reply, [reply, result = errorResult(error, why)] { reply->finish(result); },
            Qt::QueuedConnection);
        return reply;
    };
    if (!request.url.isValid() || host.isEmpty())
        return refuse(HttpReply::Other, u"invalid URL refused"_s);
    if (request.url.scheme() != u"https"_s)
        return refuse(HttpReply::InsecureUrl, host + u": refused, not an https URL"_s);
    if (!start())
        return refuse(HttpReply::Other, host + u": no HTTP client, libcurl cannot be loaded"_s);

    auto channel = std::make_shared<ReplyChannel>();
    channel->reply = reply;
    reply->setCancelHandler([channel, worker = std::weak_ptr<CurlWorker>(m_worker)] {
        {
            QMutexLocker locker(&channel->mutex);
            channel->reply = nullptr;
        }
        channel->cancelled.store(true);
        if (const auto alive = worker.lock())
            alive->wakeup();
    });
    m_worker->enqueue(Job {request, host, std::move(channel), 0});
    return reply;
}

} // namespace Mist
