// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The staff HTTP API: read-only access to the usage log for librarians and regional admins.
//   GET /healthz                                   database ok, last syncs, uptime
//   GET /metrics                                   Prometheus text format
//   GET /api/v1/events?from=&to=&format=csv|ndjson streamed, never loaded whole
//   GET /api/v1/report?month=YYYY-MM[&format=json|text|html]
// Every request needs "Authorization: Bearer <token>" (compared as hashes, in constant time).
// Every bad request gets a 4xx with a JSON body {"error": ..., "status": ...}.
//
// Qt HttpServer parses the requests; GuardedTcpServer under it enforces the limits Qt 6.4 lacks.
// Lives in, and must be used from, one thread (StaffApi's worker thread in the kiosk).
#pragma once

#include "apimetrics.h"
#include "apisettings.h"
#include "guardedtcpserver.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

#include <memory>

namespace Mist {

class DirectoryStore;
class ScheduleStore;
class UsageStore;

class StaffApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    StaffApiServer(QString dataDir, const ApiSettings &settings,
        const GuardedTcpServer::Limits &limits = {}, QObject *parent = nullptr);
    ~StaffApiServer() override;

    // Listens as the settings say. False with *error (address in use, TLS files unreadable...).
    bool start(QString *error);
    [[nodiscard]] quint16 port() const { return m_port; }
    // New token hash without a restart.
    void setTokenHash(const QString &hash) { m_settings.tokenHash = hash; }
    [[nodiscard]] int openConnections() const;

    // Rows per chunk of a streamed export, and how much may wait in the socket's buffer.
    static constexpr int rowsPerChunk = 2000;
    static constexpr qint64 maxBuffered = 512 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void serveHealth(QTcpSocket *socket);
    void serveMetrics(QTcpSocket *socket);
    // True if a stream was started (it closes the connection itself if asked to).
    bool serveEvents(const QHttpServerRequest &request, QTcpSocket *socket, bool close);
    void serveReport(const QHttpServerRequest &request, QTcpSocket *socket);
    UsageStore *usage();
    DirectoryStore *directory();
    ScheduleStore *schedule();

    QString m_dataDir;
    ApiSettings m_settings;
    GuardedTcpServer::Limits m_limits;
    GuardedTcpServer *m_listener = nullptr; // owned by the QAbstractHttpServer once bound
    quint16 m_port = 0;
    QElapsedTimer m_uptime;
    std::unique_ptr<UsageStore> m_usage;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<ScheduleStore> m_schedule;
    // /metrics is computed at most once a second, however many scrapers ask.
    UsageCounters m_counters;
    QByteArray m_metrics;
    QElapsedTimer m_metricsAge;
};

} // namespace Mist
