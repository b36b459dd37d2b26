// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "testhttpsserver.h"

#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace MistTest {

// Routes and counters, shared by the test's thread and the sockets' thread.
struct TestServerState
{
    mutable QMutex mutex;
    QHash<QString, TestHttpsServer::Route> routes;
    QHash<QString, int> requestCounts;
    QHash<QString, TestHttpsServer::Request> lastRequests;
    int totalRequests = 0;
    int connections = 0;
    int plainConnections = 0;
    int openConnections = 0;
    int maxOpenConnections = 0;
    int activeRequests = 0;
    int maxActiveRequests = 0;
    quint16 port = 0;
    quint16 plainPort = 0;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    TestHttpsServer::Identity identity; // empty: the fixtures in tests/data/tls
};

namespace {

constexpr qsizetype MaxRequestHeadBytes = 64 * 1024;
constexpr qint64 MaxRequestBodyBytes = 64 * 1024 * 1024;
constexpr qsizetype ChunkBytes = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime time = QLocale::c().toDateTime(
        QString::fromLatin1(text.trimmed()), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QByteArray opaqueTag(QByteArray tag)
{
    tag = tag.trimmed();
    return tag.startsWith("W/") ? tag.mid(2) : tag;
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const QList<QByteArray> candidates = ifNoneMatch.split(',');
    return std::any_of(candidates.begin(), candidates.end(), [&etag](const QByteArray &c) {
        return c.trimmed() == "*" || opaqueTag(c) == opaqueTag(etag);
    });
}

QString urlHost(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u"[%1]"_s.arg(address.toString());
    return address.toString();
}

QByteArray chunkedEncoding(const QByteArray &body)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += ChunkBytes) {
        const QByteArray piece = body.mid(at, ChunkBytes);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    out += "0\r\n\r\n";
    return out;
}

// A QSslServer that also counts TCP connections whose handshake never completes.
class CountingSslServer : public QSslServer
{
public:
    using QSslServer::QSslServer;
    std::function<void()> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        onIncoming();
        QSslServer::incomingConnection(descriptor);
    }
};

class CountingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::function<void()> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        onIncoming();
        QTcpServer::incomingConnection(descriptor);
    }
};

// One client connection: reads requests one at a time and answers them from the routes.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, std::shared_ptr<TestServerState> state, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
        , m_state(std::move(state))
    {
        m_socket->setParent(this);
        {
            QMutexLocker locker(&m_state->mutex);
            ++m_state->openConnections;
            m_state->maxOpenConnections
                = std::max(m_state->maxOpenConnections, m_state->openConnections);
        }
        m_drip.setInterval(100);
        connect(&m_drip, &QTimer::timeout, this, &Connection::dripNext);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            QTimer::singleShot(0, this, &Connection::onDisconnected);
            return;
        }
        if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &Connection::onReadyRead);
    }

private:
    void onReadyRead()
    {
        if (m_closed)
            return;
        m_buffer += m_socket->readAll();
        processBuffer();
    }

    void processBuffer()
    {
        if (m_busy || m_closed)
            return;
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxRequestHeadBytes)
                m_socket->abort();
            return;
        }
        const QByteArray head = m_buffer.left(end);
        // A body announced with Content-Length (a form's upload) is read whole before the
        // request is answered: wait for the rest, the head is parsed again then.
        qint64 bodyLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                bodyLength = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
        if (bodyLength < 0 || bodyLength > MaxRequestBodyBytes) {
            m_socket->abort();
            return;
        }
        if (m_buffer.size() < end + 4 + bodyLength)
            return;
        const QByteArray body = m_buffer.mid(end + 4, bodyLength);
        m_buffer.remove(0, end + 4 + bodyLength);

        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3) {
            m_socket->abort();
            return;
        }
        TestHttpsServer::Request request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.body = body;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                    lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype query = request.target.indexOf('?');
        const QString path
            = QString::fromUtf8(query < 0 ? request.target : request.target.left(query));

        std::optional<TestHttpsServer::Route> route;
        {
            QMutexLocker locker(&m_state->mutex);
            ++m_state->requestCounts[path];
            ++m_state->totalRequests;
            m_state->lastRequests.insert(path, request);
            ++m_state->activeRequests;
            m_state->maxActiveRequests
                = std::max(m_state->maxActiveRequests, m_state->activeRequests);
            const auto it = m_state->routes.constFind(path);
            if (it != m_state->routes.cend())
                route = *it;
        }
        m_busy = true;
        const int delay = route ? route->delayMs : 0;
        if (delay > 0)
            QTimer::singleShot(delay, this, [this, route, request] { respond(route, request); });
        else
            respond(route, request);
    }

    void respond(
        const std::optional<TestHttpsServer::Route> &route, const TestHttpsServer::Request &request)
    {
        if (m_closed)
            return;
        const bool head = request.method == "HEAD";
        const TestHttpsServer::Route answer
            = route ? *route : TestHttpsServer::text("not found\n", 404);
        int status = answer.status;
        QByteArray body = answer.body;
        QList<std::pair<QByteArray, QByteArray>> headers = answer.headers;

        const bool post = request.method == "POST" && answer.acceptPost;
        if (request.method != "GET" && !head && !post) {
            status = 405;
            body = "method not allowed\n";
        } else if (head && !answer.allowHead) {
            status = 405;
            body = "method not allowed\n";
        } else if (!answer.etag.isEmpty() && request.headers.contains("if-none-match")
            && etagMatches(request.headers.value("if-none-match"), answer.etag)) {
            status = 304;
        } else if (!answer.lastModified.isEmpty() && request.headers.contains("if-modified-since")
            && parseHttpDate(request.headers.value("if-modified-since")).isValid()
            && parseHttpDate(request.headers.value("if-modified-since"))
                >= parseHttpDate(answer.lastModified)) {
            status = 304;
        } else if (status == 200 && answer.honourRange && request.headers.contains("range")) {
            const QByteArray spec = request.headers.value("range");
            const qsizetype dash = spec.indexOf('-');
            bool firstOk = false;
            bool lastOk = false;
            const qint64 first = spec.startsWith("bytes=") && dash > 6
                ? spec.mid(6, dash - 6).toLongLong(&firstOk)
                : -1;
            qint64 last = spec.mid(dash + 1).toLongLong(&lastOk);
            if (!lastOk)
                last = body.size() - 1;
            if (firstOk && first < body.size() && first <= last) {
                last = std::min<qint64>(last, body.size() - 1);
                status = 206;
                headers.append({"Content-Range",
                    "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                        + QByteArray::number(body.size())});
                body = body.mid(first, last - first + 1);
            } else {
                status = 416;
                headers.append({"Content-Range", "bytes */" + QByteArray::number(body.size())});
                body.clear();
            }
        }

        const bool noBody = status == 304 || (status >= 100 && status < 200) || status == 204;
        QByteArray out
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        if (!noBody) {
            out += "Content-Type: " + answer.contentType + "\r\n";
            if (answer.chunked)
                out += "Transfer-Encoding: chunked\r\n";
            else
                out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        }
        if (!answer.etag.isEmpty())
            out += "ETag: " + answer.etag + "\r\n";
        if (!answer.lastModified.isEmpty())
            out += "Last-Modified: " + answer.lastModified + "\r\n";
        if (!answer.location.isEmpty())
            out += "Location: " + answer.location + "\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        bool close = answer.closeConnection || answer.truncateAfter >= 0;
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";

        QByteArray payload;
        if (!noBody && !head)
            payload = answer.chunked ? chunkedEncoding(body) : body;
        if (answer.truncateAfter >= 0)
            payload.truncate(answer.truncateAfter);

        m_closeAfter = close;
        if (answer.dripBytes > 0 && !payload.isEmpty()) {
            m_socket->write(out);
            m_pending = payload;
            m_dripBytes = answer.dripBytes;
            m_drip.start(std::max(1, answer.dripIntervalMs));
            return;
        }
        m_socket->write(out + payload);
        endResponse();
    }

    void dripNext()
    {
        if (m_closed) {
            m_drip.stop();
            return;
        }
        m_socket->write(m_pending.left(m_dripBytes));
        m_pending.remove(0, std::min<qsizetype>(m_dripBytes, m_pending.size()));
        if (m_pending.isEmpty()) {
            m_drip.stop();
            endResponse();
        }
    }

    void endResponse()
    {
        m_busy = false;
        {
            QMutexLocker locker(&m_state->mutex);
            --m_state->activeRequests;
        }
        if (m_closeAfter) {
            m_closed = true;
            m_socket->disconnectFromHost(); // after what is buffered has been written
            return;
        }
        if (!m_buffer.isEmpty())
            QTimer::singleShot(0, this, &Connection::processBuffer);
    }

    void onDisconnected()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_closed = true;
        m_drip.stop();
        QMutexLocker locker(&m_state->mutex);
        if (m_busy) {
            m_busy = false;
            --m_state->activeRequests;
        }
        --m_state->openConnections;
        locker.unlock();
        deleteLater();
    }

    QTcpSocket *m_socket;
    std::shared_ptr<TestServerState> m_state;
    QByteArray m_buffer;
    QByteArray m_pending; // the rest of a dripping response
    int m_dripBytes = 0;
    QTimer m_drip;
    bool m_busy = false; // a request is being answered
    bool m_closeAfter = false;
    bool m_closed = false; // no more requests on this connection
    bool m_gone = false;
};

} // namespace

// The listening sockets and their connections, in whichever thread runs the server.
class TestServerCore : public QObject
{
public:
    explicit TestServerCore(std::shared_ptr<TestServerState> state)
        : m_state(std::move(state))
        , m_https(this)
        , m_plain(this)
    {
        m_https.onIncoming = [this] {
            QMutexLocker locker(&m_state->mutex);
            ++m_state->connections;
        };
        m_plain.onIncoming = [this] {
            QMutexLocker locker(&m_state->mutex);
            ++m_state->plainConnections;
        };
        // QSslServer queues a connection once its handshake is done; depending on the Qt version
        // it signals that with newConnection() or pendingConnectionAvailable(). Take it on either.
        connect(&m_https, &QTcpServer::pendingConnectionAvailable, this,
            [this] { acceptFrom(m_https); });
        connect(&m_https, &QTcpServer::newConnection, this, [this] { acceptFrom(m_https); });
        connect(&m_plain, &QTcpServer::newConnection, this, [this] { acceptFrom(m_plain); });
    }

    bool listen()
    {
        QHostAddress address;
        TestHttpsServer::Identity identity;
        {
            QMutexLocker locker(&m_state->mutex);
            address = m_state->address;
            identity = m_state->identity;
        }
        // Tests talk to this machine only.
        if (!address.isLoopback()) {
            qWarning("TestHttpsServer: refusing to listen on %s, which is not a loopback address",
                qPrintable(address.toString()));
            return false;
        }
        if (identity.certificatePath.isEmpty()) {
            identity.certificatePath = dataFile(u"tls/server.pem"_s);
            identity.keyPath = dataFile(u"tls/server.key"_s);
        }
        QFile keyFile(identity.keyPath);
        const QList<QSslCertificate> certificates
            = QSslCertificate::fromPath(identity.certificatePath);
        if (!keyFile.open(QIODevice::ReadOnly) || certificates.isEmpty()) {
            qWarning("TestHttpsServer: the certificate or key is missing: %s",
                qPrintable(identity.certificatePath));
            return false;
        }
        const QSslKey key(keyFile.readAll(), QSsl::Ec);
        if (key.isNull()) {
            qWarning("TestHttpsServer: %s is not an EC key", qPrintable(identity.keyPath));
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificates.first());
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_https.setSslConfiguration(tls);

        if (!m_https.listen(address, 0) || !m_plain.listen(address, 0)) {
            qWarning("TestHttpsServer: cannot listen on %s: %s / %s",
                qPrintable(address.toString()), qPrintable(m_https.errorString()),
                qPrintable(m_plain.errorString()));
            return false;
        }
        QMutexLocker locker(&m_state->mutex);
        m_state->port = m_https.serverPort();
        m_state->plainPort = m_plain.serverPort();
        return true;
    }

private:
    void acceptFrom(QTcpServer &server)
    {
        while (QTcpSocket *socket = server.nextPendingConnection())
            new Connection(socket, m_state, this);
    }

    std::shared_ptr<TestServerState> m_state;
    CountingSslServer m_https;
    CountingTcpServer m_plain;
};

TestHttpsServer::Route TestHttpsServer::text(const QByteArray &body, int status)
{
    Route route;
    route.status = status;
    route.body = body;
    return route;
}

TestHttpsServer::Route TestHttpsServer::redirect(const QUrl &to, int status)
{
    Route route;
    route.status = status;
    route.location = to.toEncoded();
    route.body = "moved\n";
    return route;
}

TestHttpsServer::TestHttpsServer(Threading threading)
    : m_state(std::make_shared<TestServerState>())
    , m_core(new TestServerCore(m_state))
{
    if (threading == Threading::OwnThread) {
        m_thread = new QThread;
        m_thread->setObjectName(u"test-https-server"_s);
        m_core->moveToThread(m_thread);
        // Deleted in its own thread, as the thread ends.
        QObject::connect(m_thread, &QThread::finished, m_core, &QObject::deleteLater);
        m_thread->start();
    }
}

TestHttpsServer::~TestHttpsServer()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    } else {
        delete m_core;
    }
}

bool TestHttpsServer::start()
{
    if (!m_thread)
        return m_core->listen();
    bool listening = false;
    QMetaObject::invokeMethod(
        m_core, [this] { return m_core->listen(); }, Qt::BlockingQueuedConnection, &listening);
    return listening;
}

void TestHttpsServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker locker(&m_state->mutex);
    m_state->routes.insert(path, route);
}

void TestHttpsServer::setListenAddress(const QHostAddress &address)
{
    QMutexLocker locker(&m_state->mutex);
    m_state->address = address;
}

void TestHttpsServer::setIdentity(const Identity &identity)
{
    QMutexLocker locker(&m_state->mutex);
    m_state->identity = identity;
}

std::optional<TestHttpsServer::Identity> TestHttpsServer::issueLoopbackIdentity(
    const QString &directory, int hostCount, const QStringList &extraDnsNames)
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty()) {
        qWarning("TestHttpsServer: the openssl tool is not installed");
        return std::nullopt;
    }
    const auto run = [&openssl](const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(openssl, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning("TestHttpsServer: openssl %s failed: %s", qPrintable(arguments.first()),
                process.readAll().constData());
            return false;
        }
        return true;
    };
    QStringList names {u"DNS:localhost"_s};
    for (const QString &name : extraDnsNames)
        names.append(u"DNS:"_s + name);
    for (int i = 1; i <= std::clamp(hostCount, 1, 254); ++i)
        names.append(u"IP:127.0.0.%1"_s.arg(i));
    Identity identity {directory + u"/loopback.pem"_s, directory + u"/loopback.key"_s};
    // Valid from now for two days: made for this run only. "req -x509 -CA" needs OpenSSL 3.
    if (!run({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
            u"-out"_s, identity.keyPath})
        || !run({u"req"_s, u"-new"_s, u"-x509"_s, u"-key"_s, identity.keyPath, u"-CA"_s,
            dataFile(u"tls/ca.pem"_s), u"-CAkey"_s, dataFile(u"tls/ca.key"_s), u"-subj"_s,
            u"/O=Mist tests/CN=loopback"_s, u"-days"_s, u"2"_s, u"-addext"_s,
            u"subjectAltName="_s + names.join(u','), u"-addext"_s,
            u"basicConstraints=critical,CA:FALSE"_s, u"-addext"_s, u"extendedKeyUsage=serverAuth"_s,
            u"-out"_s, identity.certificatePath})) {
        return std::nullopt;
    }
    return identity;
}

QHostAddress TestHttpsServer::address() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->address;
}

quint16 TestHttpsServer::port() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->port;
}

quint16 TestHttpsServer::plainPort() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->plainPort;
}

QUrl TestHttpsServer::url(const QString &path) const
{
    return QUrl(u"https://%1:%2%3"_s.arg(urlHost(address())).arg(port()).arg(path));
}

QUrl TestHttpsServer::plainUrl(const QString &path) const
{
    return QUrl(u"http://%1:%2%3"_s.arg(urlHost(address())).arg(plainPort()).arg(path));
}

int TestHttpsServer::requestCount(const QString &path) const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->requestCounts.value(path);
}

int TestHttpsServer::totalRequestCount() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->totalRequests;
}

std::optional<TestHttpsServer::Request> TestHttpsServer::lastRequest(const QString &path) const
{
    QMutexLocker locker(&m_state->mutex);
    const auto it = m_state->lastRequests.constFind(path);
    if (it == m_state->lastRequests.cend())
        return std::nullopt;
    return *it;
}

int TestHttpsServer::connectionCount() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->connections;
}

int TestHttpsServer::plainConnectionCount() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->plainConnections;
}

int TestHttpsServer::openConnections() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->openConnections;
}

int TestHttpsServer::maxConcurrentConnections() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->maxOpenConnections;
}

int TestHttpsServer::maxConcurrentRequests() const
{
    QMutexLocker locker(&m_state->mutex);
    return m_state->maxActiveRequests;
}

void TestHttpsServer::resetCounters()
{
    QMutexLocker locker(&m_state->mutex);
    m_state->requestCounts.clear();
    m_state->lastRequests.clear();
    m_state->totalRequests = 0;
    m_state->connections = 0;
    m_state->plainConnections = 0;
    m_state->maxOpenConnections = m_state->openConnections;
    m_state->maxActiveRequests = m_state->activeRequests;
}

QString TestHttpsServer::caCertificatePath()
{
    return dataFile(u"tls/ca.pem"_s);
}

namespace {

QByteArray pinFromFile(const QString &name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return "sha256//" + file.readAll().trimmed();
}

} // namespace

QByteArray TestHttpsServer::serverPublicKeyPin()
{
    return pinFromFile(u"tls/server.pin"_s);
}

QByteArray TestHttpsServer::otherPublicKeyPin()
{
    return pinFromFile(u"tls/ca.pin"_s);
}

} // namespace MistTest
