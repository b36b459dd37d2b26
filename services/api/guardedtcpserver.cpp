// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "guardedtcpserver.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {
constexpr const char *busyProperty = "mistApiBusy";
}

// Watches one connection. A child of its socket, so it dies with it.
class ConnectionGuard : public QObject
{
public:
    // No meta-object of its own (findChild<ConnectionGuard *> would match any QObject): found by
    // this name instead.
    static constexpr QStringView name = u"mist-connection-guard";

    ConnectionGuard(GuardedTcpServer *server, QAbstractSocket *socket)
        : QObject(socket)
        , m_server(server)
        , m_socket(socket)
    {
        ++m_server->m_open;
        setObjectName(name.toString());
        // Connected before the HTTP server connects its own handler: this one runs first.
        connect(socket, &QIODevice::readyRead, this, [this] { inspect(); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { expire(); });
        m_timer.start(m_server->m_limits.headTimeout);
    }
    ~ConnectionGuard() override
    {
        if (m_server)
            --m_server->m_open;
    }

    // The server's response is done: wait for the next request head, as long as allowed.
    void restartIdle() { m_timer.start(m_server->m_limits.idleTimeout); }

private:
    void inspect()
    {
        if (m_refused) {
            m_socket->readAll(); // the HTTP server must never see the rest
            return;
        }
        m_head += m_socket->peek(m_socket->bytesAvailable());
        for (;;) {
            const GuardedTcpServer::HeadVerdict verdict
                = GuardedTcpServer::examineHead(m_head, m_server->m_limits.maxHeadBytes);
            switch (verdict.kind) {
            case GuardedTcpServer::HeadVerdict::Kind::NeedMore:
                return;
            case GuardedTcpServer::HeadVerdict::Kind::Refuse:
                refuse(verdict.status, verdict.reason, verdict.message);
                return;
            case GuardedTcpServer::HeadVerdict::Kind::Accept:
                break;
            }
            m_head.remove(0, verdict.length);
            // The response is written synchronously by the server right after this handler;
            // a streamed one marks the socket busy, which the timer respects.
            restartIdle();
        }
    }

    void refuse(int status, const QByteArray &reason, const QString &message)
    {
        m_refused = true;
        m_timer.stop();
        m_socket->readAll();
        GuardedTcpServer::refuse(m_socket, status, reason, message);
    }

    void expire()
    {
        if (m_socket->property(busyProperty).toBool()) {
            restartIdle(); // a long export is still being written
            return;
        }
        if (m_refused || m_head.trimmed().isEmpty()) {
            m_socket->abort(); // idle between requests: nothing to say
            return;
        }
        refuse(408, "Request Timeout", u"the request took too long to arrive"_s);
    }

    QPointer<GuardedTcpServer> m_server;
    QAbstractSocket *m_socket;
    QTimer m_timer;
    QByteArray m_head;
    bool m_refused = false;
};

GuardedTcpServer::HeadVerdict GuardedTcpServer::examineHead(
    const QByteArray &buffer, qsizetype maxHeadBytes)
{
    const auto refusal = [](int status, const char *reason, const QString &message) {
        return HeadVerdict {HeadVerdict::Kind::Refuse, 0, status, reason, message};
    };
    const auto tooLarge = [&] {
        return refusal(431, "Request Header Fields Too Large",
            u"the request head is larger than %1 bytes"_s.arg(maxHeadBytes));
    };
    // Line ends first, over everything received: http_parser ends a line at a bare LF, so a
    // head we split at CRLF only would hide an Upgrade, Expect or body from the checks below.
    const qsizetype size = buffer.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = buffer.at(i);
        if ((c == '\n' && (i == 0 || buffer.at(i - 1) != '\r'))
            || (c == '\r' && i + 1 < size && buffer.at(i + 1) != '\n'))
            return refusal(400, "Bad Request", u"line ends must be CRLF"_s);
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return size > maxHeadBytes ? tooLarge() : HeadVerdict {};
    if (end + 4 > maxHeadBytes)
        return tooLarge();
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if ((name == "content-length" && value != "0") || name == "transfer-encoding")
            return refusal(413, "Content Too Large", u"this API accepts no request bodies"_s);
        if (name == "upgrade")
            return refusal(400, "Bad Request", u"protocol upgrades are not supported"_s);
        if (name == "expect")
            return refusal(417, "Expectation Failed", u"this API accepts no request bodies"_s);
    }
    return {HeadVerdict::Kind::Accept, end + 4, 0, {}, {}};
}

GuardedTcpServer::GuardedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

void GuardedTcpServer::setBusy(QObject *socket, bool busy)
{
    socket->setProperty(busyProperty, busy);
    if (!busy) {
        if (auto *guard = socket->findChild<QObject *>(
                ConnectionGuard::name.toString(), Qt::FindDirectChildrenOnly))
            static_cast<ConnectionGuard *>(guard)->restartIdle();
    }
}

void GuardedTcpServer::refuse(
    QAbstractSocket *socket, int status, const QByteArray &reason, const QString &message)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"error"_s, message}, {u"status"_s, status}})
              .toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    // Closes once written; the socket is deleted when it disconnects.
    socket->disconnectFromHost();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    QSslSocket *tlsSocket = nullptr;
    if (m_tls) {
        tlsSocket = new QSslSocket(this);
        socket = tlsSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        qCWarning(lcApi, "refusing a connection: %d are open", m_open);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        if (tlsSocket) {
            socket->abort(); // no handshake to spend on it
            socket->deleteLater();
        } else {
            refuse(socket, 503, "Service Unavailable", u"too many connections"_s);
        }
        return;
    }
    new ConnectionGuard(this, socket);
    if (!tlsSocket) {
        addPendingConnection(socket);
        return;
    }
    tlsSocket->setSslConfiguration(m_tlsConfiguration);
    connect(tlsSocket, &QSslSocket::encrypted, this,
        [this, tlsSocket] { addPendingConnection(tlsSocket); });
    connect(tlsSocket, &QSslSocket::sslErrors, tlsSocket, [tlsSocket] { tlsSocket->abort(); });
    connect(tlsSocket, &QAbstractSocket::disconnected, tlsSocket, [tlsSocket] {
        // A handshake that never finished was never handed to the HTTP server.
        if (!tlsSocket->isEncrypted())
            tlsSocket->deleteLater();
    });
    tlsSocket->startServerEncryption();
}

} // namespace Mist
