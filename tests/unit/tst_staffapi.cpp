// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The staff HTTP API over real loopback connections: authentication (missing, wrong, right),
// every endpoint, bad parameters, a large export streamed in chunks, refused bodies and oversized
// heads, a slow (slowloris) client cut off, the connection cap, /metrics through promtool, and
// the running kiosk's StaffApi picking settings up from the data dir.

#include "api/apisettings.h"
#include "api/apitoken.h"
#include "api/staffapi.h"
#include "api/staffapiserver.h"
#include "testsupport.h"
#include "usage/usagestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Mist;
using namespace std::chrono_literals;

namespace {

struct Response
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] bool chunked() const
    {
        return head.toLower().contains("transfer-encoding: chunked");
    }
};

QByteArray dechunk(const QByteArray &raw)
{
    QByteArray out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = raw.indexOf("\r\n", at);
        if (lineEnd < 0)
            return {};
        bool ok = false;
        const qsizetype size = raw.mid(at, lineEnd - at).toLongLong(&ok, 16);
        if (!ok)
            return {};
        if (size == 0)
            return out;
        out += raw.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
}

// Sends raw bytes and reads until the server closes the connection.
Response exchange(quint16 port, const QByteArray &raw, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(raw);
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)));
        data += socket.readAll();
    }
    data += socket.readAll();
    Response response;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return response;
    response.head = data.left(end);
    response.body = data.mid(end + 4);
    response.status = response.head.mid(9, 3).toInt();
    if (response.chunked())
        response.body = dechunk(response.body);
    return response;
}

QByteArray get(const QByteArray &target, const QString &token = {})
{
    QByteArray raw = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    if (!token.isEmpty())
        raw += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return raw + "\r\n";
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestStaffApi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_token;
    QThread m_thread;
    QObject *m_context = nullptr;
    StaffApiServer *m_server = nullptr;
    quint16 m_port = 0;
    qint64 m_events = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // 120,000 events in November 2026 (UTC), one every 20 s.
        UsageStore store(m_dir.path());
        QVERIFY(store.open());
        const qint64 start
            = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        std::vector<UsageEvent> events;
        for (int i = 0; i < 120000; ++i) {
            const auto type = i % 3 == 0 ? UsageEvent::Type::SessionStarted
                : i % 3 == 1             ? UsageEvent::Type::PortalOpened
                                         : UsageEvent::Type::SessionEnded;
            events.push_back({start + qint64(i) * 20000, u"kiosk"_s, u"s%1"_s.arg(i / 3), type,
                type == UsageEvent::Type::PortalOpened       ? (i % 2 ? u"diia"_s : u"ehealth"_s)
                    : type == UsageEvent::Type::SessionEnded ? u"finish"_s
                                                             : QString(),
                type == UsageEvent::Type::SessionEnded ? std::optional<qint64>(40000)
                                                       : std::nullopt,
                false});
        }
        QVERIFY(store.append(events));
        m_events = qint64(events.size());

        m_token = ApiToken::generate();
        ApiSettings settings;
        settings.enabled = true;
        settings.port = 0; // any free port
        settings.tokenHash = ApiToken::hash(m_token);
        GuardedTcpServer::Limits limits;
        limits.maxConnections = 8;
        limits.headTimeout = 800ms;
        limits.idleTimeout = 800ms;
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        bool started = false;
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                m_server = new StaffApiServer(m_dir.path(), settings, limits);
                QString error;
                started = m_server->start(&error);
                m_port = m_server->port();
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(started);
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                delete m_server;
                delete m_context;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("path");
        for (const char *path : {"/healthz", "/metrics",
                 "/api/v1/events?from=2026-11-01&to=2026-11-02", "/api/v1/report?month=2026-11"})
            QTest::newRow(path) << QByteArray(path);
    }

    void authentication()
    {
        QFETCH(QByteArray, path);
        const Response missing = exchange(m_port, get(path));
        QCOMPARE(missing.status, 401);
        QVERIFY(!missing.json().value(u"error"_s).toString().isEmpty());
        QVERIFY(missing.head.contains("WWW-Authenticate: Bearer"));
        const Response wrong = exchange(m_port, get(path, ApiToken::generate()));
        QCOMPARE(wrong.status, 401);
        const Response almost = exchange(m_port, get(path, m_token.chopped(1)));
        QCOMPARE(almost.status, 401);
        QByteArray basic = get(path);
        basic.insert(
            basic.size() - 2, "Authorization: Basic " + m_token.toLatin1().toBase64() + "\r\n");
        QCOMPARE(exchange(m_port, basic).status, 401);
        QCOMPARE(exchange(m_port, get(path, m_token)).status, 200);
    }

    void health()
    {
        const Response response = exchange(m_port, get("/healthz", m_token));
        QCOMPARE(response.status, 200);
        const QJsonObject json = response.json();
        QCOMPARE(json.value(u"status"_s).toString(), u"ok"_s);
        QVERIFY(json.value(u"database"_s).toObject().value(u"usage"_s).toBool());
        QVERIFY(json.contains(u"uptimeSeconds"_s));
        QVERIFY(json.contains(u"lastSync"_s));
    }

    void metrics()
    {
        const Response response = exchange(m_port, get("/metrics", m_token));
        QCOMPARE(response.status, 200);
        QVERIFY(response.head.contains("text/plain; version=0.0.4"));
        QVERIFY(response.body.contains("mist_sessions_started_total 40000\n"));
        QVERIFY(response.body.contains("mist_sessions_ended_total{reason=\"finish\"} 40000\n"));
        QVERIFY(response.body.contains("mist_portal_opens_total{service=\"diia\"} 20000\n"));
        QVERIFY(response.body.contains("mist_navigations_blocked_total 0\n"));

        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus): the format is not "
                  "checked by Prometheus's own linter");
        QProcess process;
        process.start(promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(process.waitForStarted());
        process.write(response.body);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0,
            QByteArray(process.readAllStandardOutput() + process.readAllStandardError())
                .constData());
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        const QString t = m_token;
        QTest::newRow("unknown path") << get("/nothing", t) << 404;
        QTest::newRow("no from") << get("/api/v1/events?to=2026-11-02", t) << 400;
        QTest::newRow("bad date") << get("/api/v1/events?from=2026-02-30&to=2026-03-01", t) << 400;
        QTest::newRow("to before from")
            << get("/api/v1/events?from=2026-03-05&to=2026-03-01", t) << 400;
        QTest::newRow("bad format")
            << get("/api/v1/events?from=2026-11-01&to=2026-11-02&format=xml", t) << 400;
        QTest::newRow("bad month") << get("/api/v1/report?month=2026-13", t) << 400;
        QTest::newRow("no month") << get("/api/v1/report", t) << 400;
        QTest::newRow("report format") << get("/api/v1/report?month=2026-11&format=pdf", t) << 400;
        QTest::newRow("post") << QByteArray(
            "POST /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + t.toLatin1()
            + "\r\nConnection: close\r\n\r\n")
                              << 405;
        QTest::newRow("body") << QByteArray(
            "POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
                              << 413;
        QTest::newRow("huge body announced") << QByteArray(
            "POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n")
                                             << 413;
        QTest::newRow("chunked body")
            << QByteArray("POST /metrics HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                          "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
            << 413;
        QTest::newRow("websocket upgrade") << QByteArray(
            "GET /metrics HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
                                           << 400;
        // Hole 7: bare LF line ends must not carry a body, an upgrade or an Expect past the guard.
        QTest::newRow("bare LF body")
            << QByteArray("POST /metrics HTTP/1.1\nHost: x\nContent-Length: 5\n\nhello") << 400;
        QTest::newRow("bare LF chunked") << QByteArray(
            "POST /metrics HTTP/1.1\nHost: x\nTransfer-Encoding: chunked\n\n5\nhello\n0\n\n")
                                         << 400;
        QTest::newRow("bare LF upgrade") << QByteArray(
            "GET /metrics HTTP/1.1\nHost: x\nUpgrade: websocket\nConnection: Upgrade\n\n")
                                         << 400;
        QTest::newRow("bare LF expect")
            << QByteArray("GET /metrics HTTP/1.1\nHost: x\nExpect: 100-continue\n\n") << 400;
        QTest::newRow("mixed line ends")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray(
            "GET /healthz HTTP/1.1\r\nHost: x\rContent-Length: 5\r\n\r\nhello")
                                 << 400;
        QTest::newRow("oversized head") << QByteArray(
            "GET /metrics HTTP/1.1\r\nHost: x\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n")
                                        << 431;
        QTest::newRow("oversized url")
            << QByteArray("GET /metrics?" + QByteArray(10000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")
            << 431;
    }

    void badRequests()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        const Response response = exchange(m_port, raw);
        QCOMPARE(response.status, status);
        QVERIFY(response.head.contains("application/json"));
        QVERIFY2(
            !response.json().value(u"error"_s).toString().isEmpty(), response.body.constData());
        QCOMPARE(response.json().value(u"status"_s).toInt(), status);
    }

    void garbageNeverCrashes()
    {
        for (const QByteArray &raw :
            {QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7), QByteArray("NOT HTTP AT ALL\r\n\r\n"),
                QByteArray("GET\r\n\r\n"), QByteArray(3000, '\0')}) {
            exchange(m_port, raw, 2000);
        }
        QCOMPARE(exchange(m_port, get("/healthz", m_token)).status, 200);
    }

    void largeExportIsStreamed()
    {
        const Response csv = exchange(
            m_port, get("/api/v1/events?from=2026-11-01&to=2026-11-30&format=csv", m_token), 60000);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.chunked());
        QVERIFY(csv.head.contains("text/csv"));
        QCOMPARE(csv.body.count("\r\n"), m_events + 1); // the header and one line per event
        const Response ndjson = exchange(m_port,
            get("/api/v1/events?from=2026-11-01T00:00:00Z&to=2026-11-02T08:10:00Z&format=ndjson",
                m_token));
        QCOMPARE(ndjson.status, 200);
        QCOMPARE(ndjson.body.count('\n'), 30); // 08:00 to 08:10 UTC, one every 20 s
    }

    void report()
    {
        const Response json = exchange(m_port, get("/api/v1/report?month=2026-11", m_token));
        QCOMPARE(json.status, 200);
        QCOMPARE(json.json().value(u"sessions"_s).toInt(), 40000);
        const Response html
            = exchange(m_port, get("/api/v1/report?month=2026-11&format=html", m_token));
        QCOMPARE(html.status, 200);
        QVERIFY(html.body.contains("<svg"));
    }

    void slowClientIsCutOff()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        // A byte every 200 ms keeps the connection busy but never finishes the head.
        const QByteArray request = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                                   "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        for (const char c : request) {
            if (socket.state() != QAbstractSocket::ConnectedState)
                break;
            socket.write(&c, 1);
            socket.waitForBytesWritten(100);
            socket.waitForReadyRead(200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState
                || !socket.waitForReadyRead(100) || socket.bytesAvailable() > 0,
            5000);
        QVERIFY(socket.state() == QAbstractSocket::UnconnectedState
            || socket.waitForDisconnected(3000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    }

    void idleConnectionIsClosed()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        QVERIFY(socket.waitForDisconnected(3000)); // 800 ms without a request
    }

    void connectionCap()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 8; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(held.back()->waitForConnected(5000));
        }
        QTest::qWait(100);
        const Response refused = exchange(m_port, get("/healthz", m_token), 2000);
        QCOMPARE(refused.status, 503);
        QVERIFY(!refused.json().value(u"error"_s).toString().isEmpty());
        held.clear();
        QTRY_COMPARE_WITH_TIMEOUT(exchange(m_port, get("/healthz", m_token)).status, 200, 5000);
    }

    void keepAlive()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + m_token.toLatin1() + "\r\n\r\n");
            QByteArray data;
            QDeadlineTimer deadline(5000);
            while (!data.contains("}") && !deadline.hasExpired() && socket.waitForReadyRead(1000))
                data += socket.readAll();
            QVERIFY2(data.startsWith("HTTP/1.1 200"), data.constData());
        }
    }

    void kioskPicksUpSettings()
    {
        QTemporaryDir dir;
        StaffApi api(dir.path());
        QSignalSpy changed(&api, &StaffApi::listeningChanged);
        api.start();
        QVERIFY(!api.isListening()); // off unless configured
        ApiSettings settings;
        settings.enabled = true;
        settings.port = freePort();
        const QString token = ApiToken::generate();
        settings.tokenHash = ApiToken::hash(token);
        QString error;
        QVERIFY(settings.save(dir.path(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(api.isListening(), 5000);
        QCOMPARE(api.port(), settings.port);
        QCOMPARE(exchange(api.port(), get("/healthz", token)).status, 200);
        // A new token works at once, the old one no longer does.
        const QString newToken = ApiToken::generate();
        settings.tokenHash = ApiToken::hash(newToken);
        QVERIFY(settings.save(dir.path(), &error));
        QTRY_COMPARE_WITH_TIMEOUT(
            exchange(api.port(), get("/healthz", newToken)).status, 200, 5000);
        QCOMPARE(exchange(api.port(), get("/healthz", token)).status, 401);
        settings.enabled = false;
        QVERIFY(settings.save(dir.path(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(!api.isListening(), 5000);
    }

    // With a certificate and key configured the API speaks HTTPS only: a client that trusts the
    // CA gets answers, a plain-HTTP client gets nothing.
    void tlsWhenConfigured()
    {
        QTemporaryDir dir;
        ApiSettings settings;
        settings.enabled = true;
        settings.port = 0;
        const QString token = ApiToken::generate();
        settings.tokenHash = ApiToken::hash(token);
        settings.tlsCertificate = MistTest::dataFile(u"tls/server.pem"_s);
        settings.tlsKey = MistTest::dataFile(u"tls/server.key"_s);
        StaffApiServer server(dir.path(), settings);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.port() != 0);

        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(MistTest::dataFile(u"tls/ca.pem"_s)));
        socket.setSslConfiguration(tls);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, server.port(), u"localhost"_s);
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
        socket.write(get("/healthz", token));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(60).constData());

        QCOMPARE(exchange(server.port(), get("/healthz", token), 3000).status, 0);
    }

    // A certificate that cannot be read keeps the API off, with the reason.
    void tlsWithAMissingKeyDoesNotStart()
    {
        QTemporaryDir dir;
        ApiSettings settings;
        settings.enabled = true;
        settings.port = 0;
        settings.tokenHash = ApiToken::hash(ApiToken::generate());
        settings.tlsCertificate = MistTest::dataFile(u"tls/server.pem"_s);
        settings.tlsKey = dir.filePath(u"missing.key"_s);
        StaffApiServer server(dir.path(), settings);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY(!error.isEmpty());
    }

    // Hole 6: plain HTTP on a network address is refused unless explicitly allowed. (Only the
    // refusal is exercised: tests never bind anything but loopback.)
    void plaintextOnNetworkIsRefused()
    {
        QTemporaryDir dir;
        ApiSettings settings;
        settings.enabled = true;
        settings.port = 0;
        settings.tokenHash = ApiToken::hash(ApiToken::generate());
        for (const QString &listen : {u"0.0.0.0:8787"_s, u"192.168.1.20:8787"_s, u"[::]:8787"_s}) {
            QVERIFY(ApiSettings::parseListen(listen, &settings.address, &settings.port));
            QVERIFY(settings.plaintextOnNetwork());
            StaffApiServer server(dir.path(), settings);
            QString error;
            QVERIFY2(!server.start(&error), qPrintable(listen));
            QVERIFY(error.contains(u"TLS"_s));
        }
        QVERIFY(ApiSettings::parseListen(u"127.0.0.1:8787"_s, &settings.address, &settings.port));
        QVERIFY(!settings.plaintextOnNetwork());
        QVERIFY(ApiSettings::parseListen(u"[::1]:8787"_s, &settings.address, &settings.port));
        QVERIFY(!settings.plaintextOnNetwork());
        settings.address = QHostAddress::AnyIPv4;
        settings.tlsCertificate = u"c.pem"_s;
        settings.tlsKey = u"k.pem"_s;
        QVERIFY(!settings.plaintextOnNetwork());
        // The choice is kept in the file.
        settings = {};
        settings.allowPlaintext = true;
        QString error;
        QVERIFY(settings.save(dir.path(), &error));
        QVERIFY(ApiSettings::load(dir.path()).allowPlaintext);
    }

    void tokens()
    {
        const QString a = ApiToken::generate();
        const QString b = ApiToken::generate();
        QVERIFY(a != b);
        QVERIFY(a.startsWith(u"mist_"_s));
        QVERIFY(a.size() > 40);
        QVERIFY(ApiToken::verify(a, ApiToken::hash(a)));
        QVERIFY(!ApiToken::verify(b, ApiToken::hash(a)));
        QVERIFY(!ApiToken::verify({}, ApiToken::hash(a)));
        QVERIFY(!ApiToken::verify(a, {}));
        QVERIFY(!ApiToken::hash(a).contains(a));
    }

    void settingsFile()
    {
        QTemporaryDir dir;
        QCOMPARE(ApiSettings::load(dir.path()).enabled, false);
        QHostAddress address;
        quint16 port = 0;
        QVERIFY(ApiSettings::parseListen(u"0.0.0.0:9000"_s, &address, &port));
        QCOMPARE(port, quint16(9000));
        QVERIFY(ApiSettings::parseListen(u"[::1]:9000"_s, &address, &port));
        QVERIFY(ApiSettings::parseListen(u":9000"_s, &address, &port));
        QCOMPARE(address, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(!ApiSettings::parseListen(u"example.org:9000"_s, &address, &port));
        QVERIFY(!ApiSettings::parseListen(u"127.0.0.1:70000"_s, &address, &port));
        QVERIFY(!ApiSettings::parseListen(u"127.0.0.1"_s, &address, &port));
        QFile file(dir.filePath(u"staff-api.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        QString error;
        QCOMPARE(ApiSettings::load(dir.path(), &error).enabled, false);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStaffApi)
#include "tst_staffapi.moc"
