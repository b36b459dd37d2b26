// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A real HTTPS server on 127.0.0.1 for tests of HTTP clients, with fault injection.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace MistTest {

class TestServerCore;
struct TestServerState;

// Serves routes that the test registers, over HTTPS with the certificate in tests/data/tls (trust
// caCertificatePath(), or pin serverPublicKeyPin()) and over plain HTTP on a second port, for
// "http:// is refused" cases. Listens on 127.0.0.1 (or another loopback address, never anything
// else), on ephemeral ports. HTTP/1.1 with keep-alive, GET and HEAD (other methods get 405;
// request bodies are not read).
//
// It counts connections and requests, so a test can assert retries, concurrency limits, or that
// nothing was fetched at all.
//
// With Threading::CallerThread (the default) its sockets live in the thread that made it, so the
// test must run an event loop (QSignalSpy::wait, QTRY_COMPARE) while the client talks to it. With
// Threading::OwnThread they live in a thread of their own, and the code under test may block.
// Either way every method may be called from any thread.
class TestHttpsServer
{
public:
    enum class Threading { CallerThread, OwnThread };

    // What a path answers. The faults combine: a delay, then a drip of a truncated body, etc.
    struct Route
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("text/plain");
        QList<std::pair<QByteArray, QByteArray>> headers; // extra response headers
        QByteArray location; // sent as Location (give it a 3xx status)
        QByteArray etag; // sent as ETag; a request whose If-None-Match names it gets 304
        // An HTTP-date, sent as Last-Modified; a request with If-Modified-Since at or after it
        // gets 304.
        QByteArray lastModified;
        int delayMs = 0; // wait this long before answering at all
        int dripBytes = 0; // > 0: send what follows the headers in pieces of this size...
        int dripIntervalMs = 100; // ...this far apart
        // >= 0: announce the whole body (Content-Length), send only this many bytes of it, then
        // close the connection.
        qint64 truncateAfter = -1;
        bool chunked = false; // Transfer-Encoding: chunked instead of Content-Length
        bool honourRange = true; // false: ignore "Range: bytes=a-b", as many servers do
        bool allowHead = true; // false: 405 to HEAD, as some servers do
        bool closeConnection = false; // Connection: close after this response
        // true: a POST (with a Content-Length body, at most 64 MiB) is answered like a GET and
        // its body recorded (lastRequest), as a form's upload target; otherwise POST gets 405.
        bool acceptPost = false;
    };

    // A 200 (or status) with this body.
    [[nodiscard]] static Route text(const QByteArray &body, int status = 200);
    // A redirect to to.
    [[nodiscard]] static Route redirect(const QUrl &to, int status = 302);

    // A request as the server received it.
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body; // a POST's body (Content-Length), empty otherwise
    };

    explicit TestHttpsServer(Threading threading = Threading::CallerThread);
    ~TestHttpsServer();
    Q_DISABLE_COPY_MOVE(TestHttpsServer)

    // The certificate and key the HTTPS port presents (PEM files; an EC key).
    struct Identity
    {
        QString certificatePath;
        QString keyPath;
    };

    // Before start(): listen on another loopback address (127.0.0.2, 127.0.0.3...), so that tests
    // of per-host limits can have many hosts. Anything that is not loopback makes start() fail.
    // Give it an identity that covers the address (see issueLoopbackIdentity()).
    void setListenAddress(const QHostAddress &address);
    // Before start(): present this certificate instead of tests/data/tls/server.pem.
    void setIdentity(const Identity &identity);

    // Writes a fresh key and a certificate for IP:127.0.0.1 ... 127.0.0.<hostCount> (at most 254)
    // and DNS:localhost (plus extraDnsNames, for clients told to find those names on loopback),
    // issued by the test CA so that caCertificatePath() trusts it, into directory. Needs the
    // openssl tool (OpenSSL 3); empty, with a warning, without it.
    [[nodiscard]] static std::optional<Identity> issueLoopbackIdentity(
        const QString &directory, int hostCount, const QStringList &extraDnsNames = {});

    // Starts listening on both ports. False, with a warning, if it could not.
    [[nodiscard]] bool start();

    // Paths match exactly, query left out. Unknown paths answer 404. May change at any time.
    void setRoute(const QString &path, const Route &route);

    [[nodiscard]] quint16 port() const; // HTTPS
    [[nodiscard]] quint16 plainPort() const; // plain HTTP
    [[nodiscard]] QHostAddress address() const; // 127.0.0.1 unless setListenAddress()
    [[nodiscard]] QUrl url(const QString &path) const; // https://<address>:<port><path>
    [[nodiscard]] QUrl plainUrl(const QString &path) const; // http://<address>:<plainPort><path>

    // Requests whose headers arrived for path (both ports), and all requests.
    [[nodiscard]] int requestCount(const QString &path) const;
    [[nodiscard]] int totalRequestCount() const;
    [[nodiscard]] std::optional<Request> lastRequest(const QString &path) const;
    // TCP connections accepted on each port, failed TLS handshakes included.
    [[nodiscard]] int connectionCount() const;
    [[nodiscard]] int plainConnectionCount() const;
    // Connections (both ports, TLS established) open now, and the most open at once.
    [[nodiscard]] int openConnections() const;
    [[nodiscard]] int maxConcurrentConnections() const;
    // The most requests being answered at once (from their headers to their last byte).
    [[nodiscard]] int maxConcurrentRequests() const;
    // Zeroes every counter and forgets the recorded requests; routes stay.
    void resetCounters();

    // The test CA that issued the server's certificate.
    [[nodiscard]] static QString caCertificatePath();
    // CURLOPT_PINNEDPUBLICKEY values: the server's key, and another valid key (the CA's).
    [[nodiscard]] static QByteArray serverPublicKeyPin();
    [[nodiscard]] static QByteArray otherPublicKeyPin();

private:
    std::shared_ptr<TestServerState> m_state;
    TestServerCore *m_core = nullptr; // lives in m_thread if there is one
    QThread *m_thread = nullptr;
};

} // namespace MistTest
