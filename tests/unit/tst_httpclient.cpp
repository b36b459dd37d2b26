// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "net/curlhttpclient.h"

#include "testhttpsserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::CurlHttpClient;
using Mist::HttpClientOptions;
using Mist::HttpReply;
using Mist::HttpRequest;
using MistTest::TestHttpsServer;

// CurlHttpClient against a real HTTPS server on 127.0.0.1 (TestHttpsServer).
class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noThreadBeforeTheFirstRequest();
    void successWithCustomCa();
    void headRequest();
    void rangedGet();
    void rangeIgnoredByServerIsCut();
    void slowButSteadyBodySucceeds();
    void tlsErrorWithoutCustomCa();
    void pinnedKeyMatches();
    void pinnedKeyMismatch();
    void httpUrlRefusedWithoutConnecting();
    void invalidUrlRefused();
    void redirectToHttpRefused();
    void redirectToHttpsFollowed();
    void tooManyRedirects();
    void notModifiedWithEtag();
    void notModifiedSince();
    void serverError();
    void notFound();
    void serverErrorWithHugePage();
    void errorStringNamesHostOnly();
    void connectionRefused();
    void connectTimeout();
    void totalTimeout();
    void lowSpeedAbort();
    void truncatedBody();
    void announcedOversizeBody();
    void chunkedOversizeBody();
    void defaultBodyCap();
    void bodyAtTheCapIsAccepted();
    void perHostLimit();
    void totalLimit();
    void queueTimeDoesNotCountAgainstTimeouts();
    void abortRunning();
    void abortQueued();
    void deleteReplyWhileRunning();
    void deleteReplyWithResultPending();
    void destroyClientWithRequestsInFlight();
    void tenThousandQueuedRequests();
    void serverInOwnThreadWhileCallerBlocks();

private:
    [[nodiscard]] std::unique_ptr<CurlHttpClient> trustingClient(HttpClientOptions options = {});

    std::unique_ptr<TestHttpsServer> m_server;
};

namespace {

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

// Spins the event loop until reply finishes; true if it did, having emitted finished() once.
[[nodiscard]] bool waitForFinished(HttpReply *reply, int timeoutMs = 30000)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &HttpReply::finished);
        if (!spy.wait(timeoutMs))
            return false;
        QCoreApplication::processEvents(); // a second finished() would be queued by now
        return spy.count() == 1 && reply->isFinished();
    }
    return true;
}

using ReplyPtr = std::unique_ptr<HttpReply>;

// How many of this process's threads carry this name (/proc/self/task/*/comm).
int threadsNamed(const QByteArray &name)
{
    int count = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            ++count;
    }
    return count;
}

} // namespace

std::unique_ptr<CurlHttpClient> TestHttpClient::trustingClient(HttpClientOptions options)
{
    options.caBundlePath = TestHttpsServer::caCertificatePath();
    return std::make_unique<CurlHttpClient>(std::move(options));
}

void TestHttpClient::initTestCase()
{
    // Talk to 127.0.0.1 directly, whatever proxy the environment names.
    qputenv("no_proxy", "*");
    qputenv("NO_PROXY", "*");
}

void TestHttpClient::init()
{
    m_server = std::make_unique<TestHttpsServer>();
    QVERIFY(m_server->start());
}

void TestHttpClient::cleanup()
{
    m_server.reset();
}

// The kiosk makes its clients at start and may send nothing for minutes: until the first
// request, a client is only its options (no worker thread; libcurl is opened then too).
void TestHttpClient::noThreadBeforeTheFirstRequest()
{
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("{}"));
    const int before = threadsNamed("mist-http");
    auto client = trustingClient();
    auto idle = trustingClient();
    QCOMPARE(threadsNamed("mist-http"), before);
    ReplyPtr reply(client->send(get(m_server->url(u"/feed.json"_s))));
    // Named by the thread itself as it starts: it may not have run yet.
    QTRY_COMPARE(threadsNamed("mist-http"), before + 1);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    idle.reset(); // never started: nothing to stop
    client.reset();
    // QThread::wait() returns as the thread finishes; the system thread ends a moment later.
    QTRY_COMPARE(threadsNamed("mist-http"), before);
}

void TestHttpClient::successWithCustomCa()
{
    m_server->setRoute(u"/feed.json"_s, [] {
        auto route = TestHttpsServer::text(R"({"portals":[]})");
        route.contentType = "application/json";
        route.etag = "\"v42\"";
        route.lastModified = "Tue, 03 Jun 2025 10:20:30 GMT";
        return route;
    }());
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/feed.json"_s))));
    QSignalSpy spy(reply.get(), &HttpReply::finished);
    QThread *finishedIn = nullptr;
    connect(reply.get(), &HttpReply::finished, this,
        [&finishedIn] { finishedIn = QThread::currentThread(); });
    QCOMPARE(spy.count(), 0); // never from inside send()
    QVERIFY(!reply->isFinished());

    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(finishedIn, QThread::currentThread());
    QCOMPARE(reply->error(), HttpReply::NoError);
    QVERIFY(reply->errorString().isEmpty());
    QCOMPARE(reply->httpStatus(), 200);
    QVERIFY(!reply->notModified());
    QCOMPARE(reply->body(), QByteArray(R"({"portals":[]})"));
    QCOMPARE(reply->etag(), QByteArray("\"v42\""));
    QCOMPARE(reply->lastModified(), QDateTime(QDate(2025, 6, 3), QTime(10, 20, 30), Qt::UTC));
    QVERIFY(reply->elapsedMs() >= 0 && reply->elapsedMs() < 10000);
    QCOMPARE(reply->url(), m_server->url(u"/feed.json"_s));

    const auto seen = m_server->lastRequest(u"/feed.json"_s);
    QVERIFY(seen);
    QCOMPARE(seen->method, QByteArray("GET"));
    QCOMPARE(seen->headers.value("user-agent"), QByteArray("Mist/" MIST_VERSION));
    QVERIFY(!seen->headers.contains("if-none-match"));
    QVERIFY(!seen->headers.contains("if-modified-since"));
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 1);
}

void TestHttpClient::headRequest()
{
    m_server->setRoute(u"/portal"_s, TestHttpsServer::text("a body HEAD must not return"));
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/portal"_s));
    request.method = HttpRequest::Method::Head;
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->httpStatus(), 200);
    QVERIFY(reply->body().isEmpty());
    QCOMPARE(m_server->lastRequest(u"/portal"_s)->method, QByteArray("HEAD"));
}

void TestHttpClient::rangedGet()
{
    m_server->setRoute(u"/page"_s, TestHttpsServer::text("0123456789abcdefghij"));
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/page"_s));
    request.range = HttpRequest::ByteRange {2, 5};
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->httpStatus(), 206);
    QCOMPARE(reply->body(), QByteArray("2345"));
    QCOMPARE(m_server->lastRequest(u"/page"_s)->headers.value("range"), QByteArray("bytes=2-5"));
}

void TestHttpClient::rangeIgnoredByServerIsCut()
{
    auto route = TestHttpsServer::text(QByteArray(200 * 1024, 'x'));
    route.honourRange = false;
    m_server->setRoute(u"/big-page"_s, route);
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/big-page"_s));
    request.range = HttpRequest::ByteRange {0, 1023};
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->body().size(), 1024);
}

void TestHttpClient::slowButSteadyBodySucceeds()
{
    auto route = TestHttpsServer::text(QByteArray(16 * 1024, 's'));
    route.dripBytes = 2048;
    route.dripIntervalMs = 40; // ~50 KiB/s, well above 1 KiB/s
    m_server->setRoute(u"/drip"_s, route);
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/drip"_s));
    request.lowSpeedTime = 1s;
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->body(), QByteArray(16 * 1024, 's'));
}

void TestHttpClient::tlsErrorWithoutCustomCa()
{
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("{}"));
    CurlHttpClient client; // the system store does not know the test CA
    ReplyPtr reply(client.send(get(m_server->url(u"/feed.json"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::TlsError);
    QVERIFY2(reply->errorString().startsWith(u"127.0.0.1: TLS error"_s),
        qPrintable(reply->errorString()));
    QVERIFY(m_server->connectionCount() >= 1);
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 0);
}

void TestHttpClient::pinnedKeyMatches()
{
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("{}"));
    HttpClientOptions options;
    options.pinnedPublicKey = TestHttpsServer::serverPublicKeyPin();
    QVERIFY(options.pinnedPublicKey.startsWith("sha256//"));
    auto client = trustingClient(options);
    ReplyPtr reply(client->send(get(m_server->url(u"/feed.json"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->body(), QByteArray("{}"));
}

void TestHttpClient::pinnedKeyMismatch()
{
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("{}"));
    HttpClientOptions options;
    options.pinnedPublicKey = TestHttpsServer::otherPublicKeyPin();
    QVERIFY(options.pinnedPublicKey.startsWith("sha256//"));
    QVERIFY(options.pinnedPublicKey != TestHttpsServer::serverPublicKeyPin());
    auto client = trustingClient(options); // the chain is trusted; only the pin is wrong
    ReplyPtr reply(client->send(get(m_server->url(u"/feed.json"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::TlsError);
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 0);
}

void TestHttpClient::httpUrlRefusedWithoutConnecting()
{
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("{}"));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->plainUrl(u"/feed.json"_s))));
    QVERIFY(!reply->isFinished()); // refused, but still asynchronously
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::InsecureUrl);
    QVERIFY2(reply->errorString().startsWith(u"127.0.0.1: "_s), qPrintable(reply->errorString()));
    QTest::qWait(100); // give a (wrong) connection attempt the time to show
    QCOMPARE(m_server->plainConnectionCount(), 0);
    QCOMPARE(m_server->totalRequestCount(), 0);
}

void TestHttpClient::invalidUrlRefused()
{
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(QUrl(u"https://"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::Other);
}

void TestHttpClient::redirectToHttpRefused()
{
    m_server->setRoute(u"/target"_s, TestHttpsServer::text("plain"));
    m_server->setRoute(
        u"/downgrade"_s, TestHttpsServer::redirect(m_server->plainUrl(u"/target"_s)));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/downgrade"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::InsecureUrl);
    QCOMPARE(m_server->requestCount(u"/downgrade"_s), 1);
    QCOMPARE(m_server->plainConnectionCount(), 0);
    QCOMPARE(m_server->requestCount(u"/target"_s), 0);
}

void TestHttpClient::redirectToHttpsFollowed()
{
    m_server->setRoute(u"/new"_s, TestHttpsServer::text("new place"));
    m_server->setRoute(u"/old"_s, TestHttpsServer::redirect(m_server->url(u"/new"_s), 301));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/old"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->body(), QByteArray("new place"));
    QCOMPARE(m_server->requestCount(u"/old"_s), 1);
    QCOMPARE(m_server->requestCount(u"/new"_s), 1);
}

void TestHttpClient::tooManyRedirects()
{
    m_server->setRoute(u"/loop"_s, TestHttpsServer::redirect(m_server->url(u"/loop"_s)));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/loop"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::Other);
    QCOMPARE(m_server->requestCount(u"/loop"_s), 6); // the request and 5 redirects
}

void TestHttpClient::notModifiedWithEtag()
{
    auto route = TestHttpsServer::text("feed v7");
    route.etag = "\"v7\"";
    m_server->setRoute(u"/feed.json"_s, route);
    auto client = trustingClient();

    HttpRequest request = get(m_server->url(u"/feed.json"_s));
    request.ifNoneMatch = "\"v6\"";
    ReplyPtr changed(client->send(request));
    QVERIFY(waitForFinished(changed.get()));
    QCOMPARE(changed->httpStatus(), 200);
    QVERIFY(!changed->notModified());
    QCOMPARE(changed->body(), QByteArray("feed v7"));
    QCOMPARE(changed->etag(), QByteArray("\"v7\""));

    request.ifNoneMatch = changed->etag();
    ReplyPtr same(client->send(request));
    QVERIFY(waitForFinished(same.get()));
    QCOMPARE(same->error(), HttpReply::NoError);
    QCOMPARE(same->httpStatus(), 304);
    QVERIFY(same->notModified());
    QVERIFY(same->body().isEmpty());
    QCOMPARE(same->etag(), QByteArray("\"v7\""));
    QCOMPARE(m_server->lastRequest(u"/feed.json"_s)->headers.value("if-none-match"),
        QByteArray("\"v7\""));
}

void TestHttpClient::notModifiedSince()
{
    auto route = TestHttpsServer::text("calendar");
    route.lastModified = "Tue, 03 Jun 2025 10:20:30 GMT";
    m_server->setRoute(u"/schedule.ics"_s, route);
    auto client = trustingClient();

    HttpRequest request = get(m_server->url(u"/schedule.ics"_s));
    request.ifModifiedSince = QDateTime(QDate(2025, 6, 3), QTime(10, 20, 30), Qt::UTC);
    ReplyPtr same(client->send(request));
    QVERIFY(waitForFinished(same.get()));
    QCOMPARE(same->error(), HttpReply::NoError);
    QVERIFY(same->notModified());
    QCOMPARE(m_server->lastRequest(u"/schedule.ics"_s)->headers.value("if-modified-since"),
        QByteArray("Tue, 03 Jun 2025 10:20:30 GMT"));

    request.ifModifiedSince = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);
    ReplyPtr older(client->send(request));
    QVERIFY(waitForFinished(older.get()));
    QCOMPARE(older->httpStatus(), 200);
    QCOMPARE(older->body(), QByteArray("calendar"));
}

void TestHttpClient::serverError()
{
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("oops", 500));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/feed.json"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::HttpStatus);
    QCOMPARE(reply->httpStatus(), 500);
    QCOMPARE(reply->errorString(), u"127.0.0.1: HTTP 500"_s);
}

void TestHttpClient::notFound()
{
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/nothing-here"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::HttpStatus);
    QCOMPARE(reply->httpStatus(), 404);
}

void TestHttpClient::serverErrorWithHugePage()
{
    auto announced = TestHttpsServer::text(QByteArray(256 * 1024, 'e'), 503);
    auto chunked = announced;
    chunked.chunked = true;
    m_server->setRoute(u"/announced"_s, announced);
    m_server->setRoute(u"/chunked"_s, chunked);
    auto client = trustingClient();
    for (const QString &path : {u"/announced"_s, u"/chunked"_s}) {
        HttpRequest request = get(m_server->url(path));
        request.maxBodyBytes = 1024;
        ReplyPtr reply(client->send(request));
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(reply->error(), HttpReply::HttpStatus); // still a retryable 503
        QCOMPARE(reply->httpStatus(), 503);
        QVERIFY(reply->body().isEmpty());
    }
}

void TestHttpClient::errorStringNamesHostOnly()
{
    m_server->setRoute(u"/citizen/secret-token"_s, TestHttpsServer::text("no", 403));
    auto client = trustingClient();
    const QUrl url(m_server->url(u"/citizen/secret-token"_s).toString() + u"?pin=1234"_s);
    ReplyPtr reply(client->send(get(url)));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::HttpStatus);
    QVERIFY(reply->errorString().contains(u"127.0.0.1"_s));
    QVERIFY(!reply->errorString().contains(u"secret"_s));
    QVERIFY(!reply->errorString().contains(u"1234"_s));
    QVERIFY(!reply->errorString().contains(u'\n'));
}

void TestHttpClient::connectionRefused()
{
    // A port on 127.0.0.1 that nothing listens on any more.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(QUrl(u"https://127.0.0.1:%1/"_s.arg(closedPort)))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::ConnectionFailed);
}

void TestHttpClient::connectTimeout()
{
    // Accepts TCP connections and never says a word: the TLS handshake cannot finish.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    auto client = trustingClient();
    HttpRequest request = get(QUrl(u"https://127.0.0.1:%1/"_s.arg(silent.serverPort())));
    request.connectTimeout = 300ms;
    request.totalTimeout = 10s;
    QElapsedTimer timer;
    timer.start();
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::Timeout);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(
        reply->errorString().contains(u"connecting timed out"_s), qPrintable(reply->errorString()));
}

void TestHttpClient::totalTimeout()
{
    auto route = TestHttpsServer::text("late");
    route.delayMs = 5000;
    m_server->setRoute(u"/slow"_s, route);
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/slow"_s));
    request.totalTimeout = 400ms;
    QElapsedTimer timer;
    timer.start();
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::Timeout);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(
        reply->errorString().contains(u"no complete answer"_s), qPrintable(reply->errorString()));
}

void TestHttpClient::lowSpeedAbort()
{
    auto route = TestHttpsServer::text(QByteArray(8 * 1024, 'd'));
    route.dripBytes = 16;
    route.dripIntervalMs = 200; // 80 bytes/s
    m_server->setRoute(u"/trickle"_s, route);
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/trickle"_s));
    request.lowSpeedBytesPerSecond = 1024;
    request.lowSpeedTime = 1s;
    request.totalTimeout = 10s;
    QElapsedTimer timer;
    timer.start();
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::Timeout);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(reply->errorString().contains(u"too slow"_s), qPrintable(reply->errorString()));
}

void TestHttpClient::truncatedBody()
{
    auto route = TestHttpsServer::text(QByteArray(1000, 't'));
    route.truncateAfter = 100;
    m_server->setRoute(u"/cut"_s, route);
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/cut"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::ConnectionFailed);
    QVERIFY(reply->body().isEmpty()); // no half body to mistake for a whole one
}

void TestHttpClient::announcedOversizeBody()
{
    m_server->setRoute(u"/big"_s, TestHttpsServer::text(QByteArray(200 * 1024, 'b')));
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/big"_s));
    request.maxBodyBytes = 64 * 1024;
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::TooLarge);
    QVERIFY(reply->body().isEmpty());
}

void TestHttpClient::chunkedOversizeBody()
{
    auto route = TestHttpsServer::text(QByteArray(1024 * 1024, 'c'));
    route.chunked = true; // no Content-Length: only the write callback can stop it
    m_server->setRoute(u"/endless"_s, route);
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/endless"_s));
    request.maxBodyBytes = 64 * 1024;
    ReplyPtr reply(client->send(request));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::TooLarge);
    QVERIFY(reply->body().isEmpty());
    QVERIFY2(reply->errorString().contains(u"65536"_s), qPrintable(reply->errorString()));
}

void TestHttpClient::defaultBodyCap()
{
    QCOMPARE(HttpRequest().maxBodyBytes, 5 * 1024 * 1024);
    auto route = TestHttpsServer::text(QByteArray(5 * 1024 * 1024 + 1, 'c'));
    route.chunked = true;
    m_server->setRoute(u"/just-over"_s, route);
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/just-over"_s))));
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::TooLarge);
}

void TestHttpClient::bodyAtTheCapIsAccepted()
{
    auto chunkedRoute = TestHttpsServer::text(QByteArray(64 * 1024, 'e'));
    chunkedRoute.chunked = true;
    m_server->setRoute(u"/exact-chunked"_s, chunkedRoute);
    m_server->setRoute(u"/exact"_s, TestHttpsServer::text(QByteArray(64 * 1024, 'e')));
    auto client = trustingClient();
    for (const QString &path : {u"/exact-chunked"_s, u"/exact"_s}) {
        HttpRequest request = get(m_server->url(path));
        request.maxBodyBytes = 64 * 1024;
        ReplyPtr reply(client->send(request));
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(reply->error(), HttpReply::NoError);
        QCOMPARE(reply->body().size(), 64 * 1024);
    }
}

void TestHttpClient::perHostLimit()
{
    auto route = TestHttpsServer::text("ok");
    route.delayMs = 50;
    m_server->setRoute(u"/check"_s, route);
    auto client = trustingClient(); // defaults: 8 in total, 2 per host
    QCOMPARE(client->options().maxConnectionsPerHost, 2);
    QCOMPARE(client->options().maxConnections, 8);

    std::vector<ReplyPtr> replies;
    for (int i = 0; i < 50; ++i)
        replies.emplace_back(client->send(get(m_server->url(u"/check"_s))));
    for (const auto &reply : replies) {
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(reply->error(), HttpReply::NoError);
    }
    QCOMPARE(m_server->requestCount(u"/check"_s), 50);
    QCOMPARE(m_server->maxConcurrentRequests(), 2); // reached, never exceeded
    QVERIFY2(m_server->maxConcurrentConnections() <= 2,
        qPrintable(QString::number(m_server->maxConcurrentConnections())));
}

void TestHttpClient::totalLimit()
{
    auto route = TestHttpsServer::text("ok");
    route.delayMs = 50;
    m_server->setRoute(u"/check"_s, route);
    HttpClientOptions options;
    options.maxConnections = 3;
    options.maxConnectionsPerHost = 8; // more than the total makes no sense: clamped to 3
    auto client = trustingClient(options);
    QCOMPARE(client->options().maxConnectionsPerHost, 3);

    std::vector<ReplyPtr> replies;
    for (int i = 0; i < 24; ++i)
        replies.emplace_back(client->send(get(m_server->url(u"/check"_s))));
    for (const auto &reply : replies) {
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(reply->error(), HttpReply::NoError);
    }
    QCOMPARE(m_server->maxConcurrentRequests(), 3);
}

void TestHttpClient::queueTimeDoesNotCountAgainstTimeouts()
{
    auto route = TestHttpsServer::text("ok");
    route.delayMs = 500;
    m_server->setRoute(u"/check"_s, route);
    auto client = trustingClient();
    HttpRequest request = get(m_server->url(u"/check"_s));
    request.totalTimeout = 1300ms;
    // Three rounds of two: the last pair ends ~1500 ms after send(), but each transfer itself
    // takes ~500 ms. Had they all gone to libcurl at once, the last pair would time out there.
    std::vector<ReplyPtr> replies;
    for (int i = 0; i < 6; ++i)
        replies.emplace_back(client->send(request));
    for (const auto &reply : replies) {
        QVERIFY(waitForFinished(reply.get()));
        QCOMPARE(reply->error(), HttpReply::NoError);
        QVERIFY2(reply->elapsedMs() < 1300, qPrintable(QString::number(reply->elapsedMs())));
    }
    QCOMPARE(m_server->maxConcurrentRequests(), 2);
}

void TestHttpClient::abortRunning()
{
    auto route = TestHttpsServer::text("never");
    route.delayMs = 10000;
    m_server->setRoute(u"/hang"_s, route);
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/hang"_s))));
    QSignalSpy spy(reply.get(), &HttpReply::finished);
    QTRY_COMPARE(m_server->requestCount(u"/hang"_s), 1);
    QCOMPARE(m_server->openConnections(), 1);

    reply->abort();
    QCOMPARE(spy.count(), 1); // before abort() returned
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error(), HttpReply::Cancelled);
    QTRY_COMPARE(m_server->openConnections(), 0); // the worker dropped the transfer
    reply->abort(); // a second abort does nothing
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(reply->error(), HttpReply::Cancelled);
}

void TestHttpClient::abortQueued()
{
    auto route = TestHttpsServer::text("ok");
    route.delayMs = 300;
    m_server->setRoute(u"/slot"_s, route);
    auto client = trustingClient();
    std::vector<ReplyPtr> replies;
    for (int i = 0; i < 20; ++i)
        replies.emplace_back(client->send(get(m_server->url(u"/slot"_s))));
    QTRY_COMPARE(m_server->requestCount(u"/slot"_s), 2); // the per-host limit
    for (int i = 2; i < 20; ++i)
        replies[i]->abort();
    for (int i = 0; i < 2; ++i) {
        QVERIFY(waitForFinished(replies[i].get()));
        QCOMPARE(replies[i]->error(), HttpReply::NoError);
    }
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(u"/slot"_s), 2); // the aborted ones were never sent
    for (int i = 2; i < 20; ++i)
        QCOMPARE(replies[i]->error(), HttpReply::Cancelled);
}

void TestHttpClient::deleteReplyWhileRunning()
{
    auto route = TestHttpsServer::text("never");
    route.delayMs = 10000;
    m_server->setRoute(u"/hang"_s, route);
    m_server->setRoute(u"/next"_s, TestHttpsServer::text("next"));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(m_server->url(u"/hang"_s))));
    QTRY_COMPARE(m_server->requestCount(u"/hang"_s), 1);
    reply.reset();
    QTRY_COMPARE(m_server->openConnections(), 0);
    // The client goes on working.
    ReplyPtr next(client->send(get(m_server->url(u"/next"_s))));
    QVERIFY(waitForFinished(next.get()));
    QCOMPARE(next->body(), QByteArray("next"));
}

void TestHttpClient::deleteReplyWithResultPending()
{
    // The server answers from its own thread while this one blocks without an event loop, so the
    // worker posts each result to a reply that is deleted before the post can run.
    TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
    QVERIFY(server.start());
    server.setRoute(u"/fast"_s, TestHttpsServer::text("fast"));
    auto client = trustingClient();
    constexpr int Rounds = 12;
    for (int i = 0; i < Rounds; ++i) {
        auto *reply = client->send(get(server.url(u"/fast"_s)));
        QElapsedTimer timer;
        timer.start();
        while (server.requestCount(u"/fast"_s) <= i && timer.elapsed() < 5000)
            QThread::msleep(1);
        QThread::msleep(i % 3 * 10); // sometimes before the answer arrives, mostly after
        QVERIFY(!reply->isFinished());
        delete reply;
    }
    QTest::qWait(100); // anything posted to a deleted reply would run (and crash) here
    QCOMPARE(server.requestCount(u"/fast"_s), Rounds);
}

void TestHttpClient::destroyClientWithRequestsInFlight()
{
    auto route = TestHttpsServer::text("slow");
    route.delayMs = 10000;
    m_server->setRoute(u"/hang"_s, route);
    auto client = trustingClient();
    std::vector<ReplyPtr> replies;
    for (int i = 0; i < 10; ++i)
        replies.emplace_back(client->send(get(m_server->url(u"/hang"_s))));
    QTRY_COMPARE(m_server->requestCount(u"/hang"_s), 2);
    replies[9].reset(); // one reply gone before the client
    replies[0]->abort(); // one already finished

    QElapsedTimer timer;
    timer.start();
    client.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    for (int i = 0; i < 9; ++i) {
        QVERIFY(waitForFinished(replies[i].get(), 2000));
        QCOMPARE(replies[i]->error(), HttpReply::Cancelled);
    }
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(m_server->requestCount(u"/hang"_s), 2);
}

void TestHttpClient::tenThousandQueuedRequests()
{
    auto route = TestHttpsServer::text("slow");
    route.delayMs = 10000;
    m_server->setRoute(u"/hang"_s, route);
    auto client = trustingClient();
    std::vector<ReplyPtr> replies;
    replies.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        replies.emplace_back(client->send(get(m_server->url(u"/hang"_s))));
    QTRY_COMPARE(m_server->requestCount(u"/hang"_s), 2);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(u"/hang"_s), 2);
    QCOMPARE(m_server->maxConcurrentConnections(), 2);

    client.reset();
    QTRY_VERIFY(std::all_of(replies.begin(), replies.end(), [](const ReplyPtr &reply) {
        return reply->isFinished() && reply->error() == HttpReply::Cancelled;
    }));
}

void TestHttpClient::serverInOwnThreadWhileCallerBlocks()
{
    TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
    QVERIFY(server.start());
    server.setRoute(u"/feed.json"_s, TestHttpsServer::text("{}"));
    auto client = trustingClient();
    ReplyPtr reply(client->send(get(server.url(u"/feed.json"_s))));
    // This thread blocks (no event loop) while the server answers from its own thread.
    QElapsedTimer timer;
    timer.start();
    while (server.requestCount(u"/feed.json"_s) == 0 && timer.elapsed() < 5000)
        QThread::msleep(10);
    QCOMPARE(server.requestCount(u"/feed.json"_s), 1);
    QVERIFY(waitForFinished(reply.get()));
    QCOMPARE(reply->error(), HttpReply::NoError);
    QCOMPARE(reply->body(), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
