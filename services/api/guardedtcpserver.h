// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The TCP (or TLS) listener under the staff API, with the limits Qt HttpServer 6.4 lacks: a cap
// on open connections, a deadline for each request head (slowloris), an idle timeout between
// requests, a cap on the size of the head, and no request bodies at all (the API is read-only).
// It sees every byte before the HTTP server does (its guard is the first to handle readyRead) and
// answers a bad request itself with a JSON 4xx, closing the connection; the HTTP server never
// sees such a request.
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <chrono>

namespace Mist {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 64;
        qsizetype maxHeadBytes = 8 * 1024;
        // From the connection (or the end of the last request) to a complete request head.
        std::chrono::milliseconds headTimeout {10000};
        // The same limit, once a response is complete and the connection waits for another.
        std::chrono::milliseconds idleTimeout {10000};
    };

    explicit GuardedTcpServer(const Limits &limits, QObject *parent = nullptr);

    // With a configuration, connections speak TLS only.
    void setTls(const QSslConfiguration &configuration);

    [[nodiscard]] int openConnections() const { return m_open; }
    [[nodiscard]] const Limits &limits() const { return m_limits; }

    // A response of a streaming request is being written on socket: its idle deadline waits.
    static void setBusy(QObject *socket, bool busy);

    // What the guard makes of the bytes a client has sent so far (the start of a request head):
    // wait for more, a complete acceptable head of `length` bytes, or a refusal with its status.
    // Line ends must be CRLF: a bare LF or CR anywhere is refused with 400, as the HTTP server
    // under us would read an LF alone as a line end the guard did not see.
    struct HeadVerdict
    {
        enum class Kind { NeedMore, Accept, Refuse };
        Kind kind = Kind::NeedMore;
        qsizetype length = 0; // Accept: bytes of the head, its blank line included
        int status = 0; // Refuse
        QByteArray reason;
        QString message;
    };
    [[nodiscard]] static HeadVerdict examineHead(const QByteArray &buffer, qsizetype maxHeadBytes);

    // Writes a complete JSON error response and closes the connection after it.
    static void refuse(
        QAbstractSocket *socket, int status, const QByteArray &reason, const QString &message);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class ConnectionGuard;
    Limits m_limits;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
    int m_open = 0;
};

} // namespace Mist
