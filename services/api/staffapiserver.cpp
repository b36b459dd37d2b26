// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "staffapiserver.h"

#include "apimetrics.h"
#include "apitoken.h"
#include "core/logging.h"
#include "directory/directorystore.h"
#include "schedule/schedulestore.h"
#include "usage/usageexporter.h"
#include "usage/usagereport.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Error"_ba;
    }
}

bool wantsClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0)
            return value.trimmed().compare("close", Qt::CaseInsensitive) == 0;
    }
    return false;
}

void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
    const QByteArray &extraHeaders = {})
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n" + extraHeaders
        + "\r\n";
    socket->write(head + body);
}

void respondError(
    QTcpSocket *socket, int status, const QString &message, const QByteArray &extraHeaders = {})
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"error"_s, message}, {u"status"_s, status}})
              .toJson(QJsonDocument::Compact);
    respond(socket, status, "application/json"_ba, body, extraHeaders);
}

QString bearerToken(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray trimmed = value.trimmed();
        if (trimmed.size() > 7 && trimmed.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(trimmed.mid(7).trimmed());
        return {};
    }
    return {};
}

// Writes an export as HTTP chunks while the client reads: a little more each time the socket's
// buffer drains, so memory stays flat and a slow client slows only its own stream.
class ExportStream : public QObject
{
public:
    ExportStream(QTcpSocket *socket, UsageExporter exporter, bool close)
        : QObject(socket)
        , m_close(close)
        , m_socket(socket)
        , m_exporter(std::move(exporter))
    {
        GuardedTcpServer::setBusy(socket, true);
        connect(socket, &QIODevice::bytesWritten, this, [this] { pump(); });
        // A client that stops reading for this long gives up its stream.
        m_stall.setSingleShot(true);
        m_stall.setInterval(std::chrono::seconds(30));
        connect(&m_stall, &QTimer::timeout, this, [this] { m_socket->abort(); });
        connect(socket, &QIODevice::bytesWritten, &m_stall, qOverload<>(&QTimer::start));
        m_stall.start();
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
    }

private:
    void pump()
    {
        if (m_finished || !m_socket)
            return;
        while (m_socket->bytesToWrite() < StaffApiServer::maxBuffered) {
            QByteArray chunk;
            const bool more = m_exporter.nextChunk(&chunk, StaffApiServer::rowsPerChunk);
            if (!chunk.isEmpty()) {
                m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n");
                m_socket->write(chunk);
                m_socket->write("\r\n");
            }
            if (!more) {
                if (!m_exporter.error().isEmpty()) {
                    // Headers are gone: cutting the stream short is the only honest signal.
                    qCWarning(lcApi, "export failed: %s", qUtf8Printable(m_exporter.error()));
                    m_socket->abort();
                    return;
                }
                m_socket->write("0\r\n\r\n");
                m_finished = true;
                m_stall.stop();
                GuardedTcpServer::setBusy(m_socket, false);
                if (m_close)
                    m_socket->disconnectFromHost();
                deleteLater();
                return;
            }
        }
    }

    bool m_close; // the client asked for "Connection: close"
    QPointer<QTcpSocket> m_socket;
    UsageExporter m_exporter;
    QTimer m_stall;
    bool m_finished = false;
};

} // namespace

StaffApiServer::StaffApiServer(QString dataDir, const ApiSettings &settings,
    const GuardedTcpServer::Limits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_dataDir(std::move(dataDir))
    , m_settings(settings)
    , m_limits(limits)
{
    m_uptime.start();
}

StaffApiServer::~StaffApiServer() = default;

int StaffApiServer::openConnections() const
{
    return m_listener ? m_listener->openConnections() : 0;
}

bool StaffApiServer::start(QString *error)
{
    if (m_settings.plaintextOnNetwork() && !m_settings.allowPlaintext) {
        *error = u"refusing plain HTTP on %1, a network address: configure a TLS certificate and "
                 u"key (mistctl api enable --tls-cert --tls-key)"_s.arg(m_settings.listenText());
        return false;
    }
    auto listener = std::make_unique<GuardedTcpServer>(m_limits);
    if (m_settings.tls()) {
        QFile certFile(m_settings.tlsCertificate);
        QFile keyFile(m_settings.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read the TLS certificate or key"_s;
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec);
        if (chain.isEmpty() || key.isNull()) {
            *error = u"the TLS certificate or key is not valid PEM"_s;
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        listener->setTls(tls);
    }
    if (!listener->listen(m_settings.address, m_settings.port)) {
        *error = u"cannot listen on %1: %2"_s.arg(m_settings.listenText(), listener->errorString());
        return false;
    }
    m_port = listener->serverPort();
    m_listener = listener.release();
    bind(m_listener); // takes ownership
    qCInfo(lcApi, "staff API listening on %s:%u%s", qUtf8Printable(m_settings.address.toString()),
        unsigned(m_port), m_settings.tls() ? " (TLS)" : "");
    if (m_settings.plaintextOnNetwork()) {
        qCWarning(lcApi,
            "the staff API serves plain HTTP on a network address (--allow-plaintext): the token "
            "and the event log cross the network in clear text; configure TLS");
    }
    return true;
}

UsageStore *StaffApiServer::usage()
{
    if (!m_usage) {
        auto store = std::make_unique<UsageStore>(m_dataDir);
        if (!store->open())
            return nullptr;
        m_usage = std::move(store);
    }
    return m_usage.get();
}

DirectoryStore *StaffApiServer::directory()
{
    if (!m_directory) {
        if (!QFile::exists(QDir(m_dataDir).filePath(u"directory.sqlite"_s)))
            return nullptr; // never create the kiosk's directory from here
        auto store = std::make_unique<DirectoryStore>(m_dataDir);
        if (!store->open())
            return nullptr;
        m_directory = std::move(store);
    }
    return m_directory.get();
}

ScheduleStore *StaffApiServer::schedule()
{
    if (!m_schedule) {
        if (!QFile::exists(QDir(m_dataDir).filePath(u"schedule.sqlite"_s)))
            return nullptr;
        auto store = std::make_unique<ScheduleStore>(m_dataDir);
        if (!store->open())
            return nullptr;
        m_schedule = std::move(store);
    }
    return m_schedule.get();
}

bool StaffApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const bool close = wantsClose(request);
    const bool known = path == "/healthz"_L1 || path == "/metrics"_L1 || path == "/api/v1/events"_L1
        || path == "/api/v1/report"_L1;
    if (!known) {
        respondError(socket, 404, u"no such endpoint"_s);
    } else if (request.method() != QHttpServerRequest::Method::Get) {
        respondError(socket, 405, u"only GET is supported"_s, "Allow: GET\r\n"_ba);
    } else if (m_settings.tokenHash.isEmpty()) {
        respondError(socket, 401, u"no API token is set; create one with `mistctl api token new`"_s,
            "WWW-Authenticate: Bearer realm=\"mist\"\r\n"_ba);
    } else if (!ApiToken::verify(bearerToken(request), m_settings.tokenHash)) {
        respondError(socket, 401, u"missing or wrong bearer token"_s,
            "WWW-Authenticate: Bearer realm=\"mist\"\r\n"_ba);
    } else if (path == "/healthz"_L1) {
        serveHealth(socket);
    } else if (path == "/metrics"_L1) {
        serveMetrics(socket);
    } else if (path == "/api/v1/events"_L1) {
        if (serveEvents(request, socket, close))
            return true;
    } else {
        serveReport(request, socket);
    }
    if (close)
        socket->disconnectFromHost();
    return true;
}

void StaffApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    respondError(socket, 404, u"no such endpoint"_s);
}

void StaffApiServer::serveHealth(QTcpSocket *socket)
{
    UsageStore *log = usage();
    QJsonObject health {
        {u"status"_s, log ? u"ok"_s : u"degraded"_s},
        {u"database"_s, QJsonObject {{u"usage"_s, log != nullptr}}},
        {u"uptimeSeconds"_s, m_uptime.elapsed() / 1000},
    };
    QJsonObject lastSync;
    if (DirectoryStore *store = directory()) {
        const DirectoryStore::SyncResult sync = store->lastSync();
        lastSync.insert(u"directory"_s,
            QJsonObject {{u"at"_s, sync.at.isValid() ? sync.at.toString(Qt::ISODate) : QString()},
                {u"ok"_s, sync.ok}, {u"code"_s, sync.code}});
    }
    if (ScheduleStore *store = schedule()) {
        const ScheduleStore::Attempt attempt = store->lastAttempt();
        lastSync.insert(u"schedule"_s,
            QJsonObject {
                {u"at"_s, attempt.at.isValid() ? attempt.at.toString(Qt::ISODate) : QString()},
                {u"ok"_s, attempt.ok}, {u"code"_s, attempt.code}});
    }
    health.insert(u"lastSync"_s, lastSync);
    respond(socket, log ? 200 : 503, "application/json"_ba,
        QJsonDocument(health).toJson(QJsonDocument::Compact));
}

void StaffApiServer::serveMetrics(QTcpSocket *socket)
{
    if (m_metrics.isEmpty() || !m_metricsAge.isValid() || m_metricsAge.elapsed() > 1000) {
        UsageStore *log = usage();
        const bool counted = log && m_counters.update(*log);
        m_metrics = ApiMetrics::render(counted ? &m_counters : nullptr, directory(), schedule(),
            ApiMetrics::currentProcess(m_dataDir, m_uptime.elapsed() / 1000));
        m_metricsAge.start();
    }
    respond(socket, 200, "text/plain; version=0.0.4; charset=utf-8"_ba, m_metrics);
}

bool StaffApiServer::serveEvents(const QHttpServerRequest &request, QTcpSocket *socket, bool close)
{
    const QUrlQuery query = request.query();
    const QString formatName = query.queryItemValue(u"format"_s).isEmpty()
        ? u"csv"_s
        : query.queryItemValue(u"format"_s);
    const auto format = UsageExporter::formatFromName(formatName);
    if (!format) {
        respondError(socket, 400, u"format: expected csv or ndjson"_s);
        return false;
    }
    if (!query.hasQueryItem(u"from"_s) || !query.hasQueryItem(u"to"_s)) {
        respondError(socket, 400, u"from and to are required (dates such as 2026-03-01)"_s);
        return false;
    }
    QString error;
    const auto range = UsageTimeRange::parse(query.queryItemValue(u"from"_s, QUrl::FullyDecoded),
        query.queryItemValue(u"to"_s, QUrl::FullyDecoded), &error);
    if (!range) {
        respondError(socket, 400, error);
        return false;
    }
    UsageStore *log = usage();
    if (!log) {
        respondError(socket, 503, u"the usage log is unavailable"_s);
        return false;
    }
    const QByteArray extension = *format == UsageExporter::Format::Csv ? "csv"_ba : "ndjson"_ba;
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + UsageExporter::mimeType(*format)
        + "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-store\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Disposition: attachment; filename=\"mist-usage."
        + extension + "\"\r\n\r\n");
    new ExportStream(
        socket, UsageExporter(log->events(range->fromMs, range->toMs), *format), close);
    return true;
}

void StaffApiServer::serveReport(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrlQuery query = request.query();
    const auto range = UsageTimeRange::month(query.queryItemValue(u"month"_s));
    if (!range) {
        respondError(socket, 400, u"month: expected YYYY-MM, such as 2026-03"_s);
        return;
    }
    const QString format = query.queryItemValue(u"format"_s).isEmpty()
        ? u"json"_s
        : query.queryItemValue(u"format"_s);
    if (format != "json"_L1 && format != "text"_L1 && format != "html"_L1) {
        respondError(socket, 400, u"format: expected json, text or html"_s);
        return;
    }
    UsageStore *log = usage();
    if (!log) {
        respondError(socket, 503, u"the usage log is unavailable"_s);
        return;
    }
    const QDate month = QDate::fromString(query.queryItemValue(u"month"_s) + u"-01"_s, Qt::ISODate);
    const UsageReport report = UsageReport::build(*log, month);
    if (format == "json"_L1) {
        respond(socket, 200, "application/json"_ba,
            QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    } else if (format == "text"_L1) {
        respond(socket, 200, "text/plain; charset=utf-8"_ba,
            report.toText(UsageReport::defaultNames()).toUtf8());
    } else {
        respond(socket, 200, "text/html; charset=utf-8"_ba,
            report.toHtml(UsageReport::defaultNames(), QString()).toUtf8());
    }
}

} // namespace Mist
