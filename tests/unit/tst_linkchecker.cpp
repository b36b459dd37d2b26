// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// LinkChecker with the real CurlHttpClient against real HTTPS servers on 127.0.0.1 (and other
// loopback addresses for the many-hosts cases): HEAD and its ranged-GET fallback, how each
// failure is classified, politeness per host, lastOkAt carried over.

#include "directory/linkchecker.h"
#include "net/curlhttpclient.h"

#include "testhttpsserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::CurlHttpClient;
using Mist::HttpClientOptions;
using Mist::LinkChecker;
using Mist::LinkHealth;
using Mist::LinkTarget;
using MistTest::TestHttpsServer;
using Status = LinkHealth::Status;

namespace {

const QDateTime checkTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

// A checker with politeness gaps off unless a test wants them, and a fixed "now".
LinkChecker::Settings fastSettings()
{
    LinkChecker::Settings settings;
    settings.hostGap = 0ms;
    settings.connectTimeout = 2s;
    settings.totalTimeout = 5s;
    return settings;
}

// Runs one check and returns its results; empty (and a failed QVERIFY in the caller through
// `ok`) if finished() did not arrive.
std::vector<LinkHealth> runCheck(LinkChecker &checker, const std::vector<LinkTarget> &targets,
    const std::vector<LinkHealth> &previous = {}, bool *ok = nullptr, int timeoutMs = 30000)
{
    std::optional<std::vector<LinkHealth>> results;
    const auto connection = QObject::connect(&checker, &LinkChecker::finished,
        [&results](const std::vector<LinkHealth> &r) { results = r; });
    const bool started = checker.check(targets, previous);
    const bool arrived = QTest::qWaitFor([&results] { return results.has_value(); }, timeoutMs);
    QObject::disconnect(connection);
    if (ok)
        *ok = started && arrived;
    return results.value_or(std::vector<LinkHealth> {});
}

} // namespace

class TestLinkChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ok();
    void headRefusedFallsBackToRangedGet();
    void rangeIgnoredByServerIsStillOk();
    void serverErrorIsDown();
    void notFoundIsDown();
    void timeoutIsDown();
    void selfSignedWithoutCaIsDown();
    void redirectToHttpsIsOk();
    void redirectToHttpIsDown();
    void httpUrlIsDownWithoutConnecting();
    void perHostLimit();
    void hostGapSpacesRequests();
    void totalLimit();
    void lastOkAtCarriedOver();
    void duplicateUrlsFetchedOnce();
    void nothingAnswersOnSeveralHostsIsUnknown();
    void manyHostsInParallel();
    void emptyListFinishes();
    void progressAndCancel();
    void busyWhileRunning();

private:
    [[nodiscard]] std::unique_ptr<CurlHttpClient> trustingClient(HttpClientOptions options = {});
    [[nodiscard]] std::unique_ptr<LinkChecker> checker(
        CurlHttpClient &client, LinkChecker::Settings settings = fastSettings());

    std::unique_ptr<TestHttpsServer> m_server;
};

std::unique_ptr<CurlHttpClient> TestLinkChecker::trustingClient(HttpClientOptions options)
{
    options.caBundlePath = TestHttpsServer::caCertificatePath();
    return std::make_unique<CurlHttpClient>(std::move(options));
}

std::unique_ptr<LinkChecker> TestLinkChecker::checker(
    CurlHttpClient &client, LinkChecker::Settings settings)
{
    auto result = std::make_unique<LinkChecker>(client, settings);
    result->setUtcClock([] { return checkTime; });
    return result;
}

void TestLinkChecker::initTestCase()
{
    // Talk to 127.0.0.1 directly, whatever proxy the environment names.
    qputenv("no_proxy", "*");
    qputenv("NO_PROXY", "*");
}

void TestLinkChecker::init()
{
    m_server = std::make_unique<TestHttpsServer>();
    QVERIFY(m_server->start());
}

void TestLinkChecker::cleanup()
{
    m_server.reset();
}

void TestLinkChecker::ok()
{
    m_server->setRoute(u"/"_s, TestHttpsServer::text("<html>portal</html>"));
    const auto client = trustingClient();
    const auto links = checker(*client);

    bool finished = false;
    const auto results = runCheck(*links, {{u"portal"_s, m_server->url(u"/"_s)}}, {}, &finished);
    QVERIFY(finished);
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].entryId, u"portal"_s);
    QCOMPARE(results[0].status, Status::Ok);
    QCOMPARE(results[0].httpStatus, 200);
    QVERIFY(results[0].error.isEmpty());
    QCOMPARE(results[0].checkedAt, checkTime);
    QCOMPARE(results[0].lastOkAt, checkTime);
    // HEAD only: nothing downloaded.
    QCOMPARE(m_server->requestCount(u"/"_s), 1);
    QCOMPARE(m_server->lastRequest(u"/"_s)->method, QByteArray("HEAD"));
}

void TestLinkChecker::headRefusedFallsBackToRangedGet()
{
    TestHttpsServer::Route route = TestHttpsServer::text(QByteArray(50000, 'x'));
    route.allowHead = false; // 405 to HEAD
    m_server->setRoute(u"/no-head"_s, route);
    const auto client = trustingClient();
    const auto links = checker(*client);

    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/no-head"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Ok);
    QCOMPARE(results[0].httpStatus, 206);
    QCOMPARE(m_server->requestCount(u"/no-head"_s), 2);
    const auto last = m_server->lastRequest(u"/no-head"_s);
    QCOMPARE(last->method, QByteArray("GET"));
    QCOMPARE(last->headers.value("range"), QByteArray("bytes=0-1023"));
}

void TestLinkChecker::rangeIgnoredByServerIsStillOk()
{
    TestHttpsServer::Route route = TestHttpsServer::text(QByteArray(2 * 1024 * 1024, 'x'));
    route.allowHead = false;
    route.honourRange = false; // answers the whole 2 MB body: cut off after the range, still Ok
    m_server->setRoute(u"/big"_s, route);
    const auto client = trustingClient();
    const auto links = checker(*client);

    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/big"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Ok);
    QCOMPARE(results[0].httpStatus, 200);
}

void TestLinkChecker::serverErrorIsDown()
{
    m_server->setRoute(u"/"_s, TestHttpsServer::text("oops", 500));
    const auto client = trustingClient();
    const auto links = checker(*client);

    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Down);
    QCOMPARE(results[0].httpStatus, 500);
    QVERIFY(results[0].error.contains(u"500"_s));
    QVERIFY(!results[0].lastOkAt.isValid());
    // A 500 to HEAD is an answer, not a refusal of HEAD: no second request.
    QCOMPARE(m_server->requestCount(u"/"_s), 1);
}

void TestLinkChecker::notFoundIsDown()
{
    const auto client = trustingClient();
    const auto links = checker(*client);
    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/missing"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Down);
    QCOMPARE(results[0].httpStatus, 404);
}

void TestLinkChecker::timeoutIsDown()
{
    TestHttpsServer::Route route = TestHttpsServer::text("late");
    route.delayMs = 3000;
    m_server->setRoute(u"/slow"_s, route);
    const auto client = trustingClient();
    LinkChecker::Settings settings = fastSettings();
    settings.totalTimeout = 500ms;
    const auto links = checker(*client, settings);

    QElapsedTimer timer;
    timer.start();
    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/slow"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Down);
    QCOMPARE(results[0].httpStatus, 0);
    QVERIFY(!results[0].error.isEmpty());
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
}

void TestLinkChecker::selfSignedWithoutCaIsDown()
{
    m_server->setRoute(u"/"_s, TestHttpsServer::text("hi"));
    const auto client = std::make_unique<CurlHttpClient>(); // the system store only
    const auto links = checker(*client);
    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Down);
    QVERIFY2(results[0].error.contains(u"TLS"_s), qPrintable(results[0].error));
    QCOMPARE(m_server->requestCount(u"/"_s), 0);
}

void TestLinkChecker::redirectToHttpsIsOk()
{
    m_server->setRoute(u"/old"_s, TestHttpsServer::redirect(m_server->url(u"/new"_s), 301));
    m_server->setRoute(u"/new"_s, TestHttpsServer::text("here"));
    const auto client = trustingClient();
    const auto links = checker(*client);
    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/old"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Ok);
    QCOMPARE(results[0].httpStatus, 200);
    QCOMPARE(m_server->requestCount(u"/new"_s), 1);
}

void TestLinkChecker::redirectToHttpIsDown()
{
    m_server->setRoute(u"/old"_s, TestHttpsServer::redirect(m_server->plainUrl(u"/new"_s)));
    m_server->setRoute(u"/new"_s, TestHttpsServer::text("insecure"));
    const auto client = trustingClient();
    const auto links = checker(*client);
    const auto results = runCheck(*links, {{u"p"_s, m_server->url(u"/old"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Down);
    QVERIFY2(results[0].error.contains(u"https"_s), qPrintable(results[0].error));
    QCOMPARE(m_server->plainConnectionCount(), 0);
}

void TestLinkChecker::httpUrlIsDownWithoutConnecting()
{
    m_server->setRoute(u"/"_s, TestHttpsServer::text("plain"));
    const auto client = trustingClient();
    const auto links = checker(*client);
    const auto results = runCheck(*links, {{u"p"_s, m_server->plainUrl(u"/"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Down);
    QCOMPARE(m_server->plainConnectionCount(), 0);
}

void TestLinkChecker::perHostLimit()
{
    TestHttpsServer::Route route = TestHttpsServer::text("ok");
    route.delayMs = 200;
    std::vector<LinkTarget> targets;
    for (int i = 0; i < 8; ++i) {
        const QString path = u"/p%1"_s.arg(i);
        m_server->setRoute(path, route);
        targets.push_back({u"e%1"_s.arg(i), m_server->url(path)});
    }
    // The client would allow 8 per host: the checker's own limit of 2 is what holds.
    HttpClientOptions options;
    options.maxConnections = 8;
    options.maxConnectionsPerHost = 8;
    const auto client = trustingClient(options);
    LinkChecker::Settings settings = fastSettings();
    settings.maxPerHost = 2;
    const auto links = checker(*client, settings);

    const auto results = runCheck(*links, targets);
    QCOMPARE(results.size(), size_t(8));
    for (const LinkHealth &health : results)
        QCOMPARE(health.status, Status::Ok);
    QCOMPARE(m_server->maxConcurrentRequests(), 2);
    QCOMPARE(m_server->totalRequestCount(), 8);
}

void TestLinkChecker::hostGapSpacesRequests()
{
    std::vector<LinkTarget> targets;
    for (int i = 0; i < 4; ++i) {
        const QString path = u"/g%1"_s.arg(i);
        m_server->setRoute(path, TestHttpsServer::text("ok"));
        targets.push_back({u"e%1"_s.arg(i), m_server->url(path)});
    }
    const auto client = trustingClient();
    LinkChecker::Settings settings = fastSettings();
    settings.hostGap = 300ms;
    const auto links = checker(*client, settings);

    QElapsedTimer timer;
    timer.start();
    const auto results = runCheck(*links, targets);
    QCOMPARE(results.size(), size_t(4));
    // Four requests to one host, each at least 300 ms after the one before: 900 ms at least.
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->maxConcurrentRequests(), 1);
}

void TestLinkChecker::totalLimit()
{
    TestHttpsServer::Route route = TestHttpsServer::text("ok");
    route.delayMs = 200;
    std::vector<LinkTarget> targets;
    for (int i = 0; i < 9; ++i) {
        const QString path = u"/t%1"_s.arg(i);
        m_server->setRoute(path, route);
        targets.push_back({u"e%1"_s.arg(i), m_server->url(path)});
    }
    HttpClientOptions options;
    options.maxConnections = 8;
    options.maxConnectionsPerHost = 8;
    const auto client = trustingClient(options);
    LinkChecker::Settings settings = fastSettings();
    settings.maxInFlight = 3;
    settings.maxPerHost = 8; // the overall limit is the tighter one here
    const auto links = checker(*client, settings);

    const auto results = runCheck(*links, targets);
    QCOMPARE(results.size(), size_t(9));
    QCOMPARE(m_server->maxConcurrentRequests(), 3);
    QCOMPARE(m_server->totalRequestCount(), 9);
}

void TestLinkChecker::lastOkAtCarriedOver()
{
    m_server->setRoute(u"/up"_s, TestHttpsServer::text("ok"));
    m_server->setRoute(u"/down"_s, TestHttpsServer::text("no", 503));
    const auto client = trustingClient();
    const auto links = checker(*client);

    const QDateTime earlier = checkTime.addDays(-3);
    std::vector<LinkHealth> previous(2);
    previous[0].entryId = u"up"_s;
    previous[0].status = Status::Down;
    previous[0].lastOkAt = earlier;
    previous[1].entryId = u"down"_s;
    previous[1].status = Status::Ok;
    previous[1].lastOkAt = earlier;

    const auto results = runCheck(*links,
        {{u"up"_s, m_server->url(u"/up"_s)}, {u"down"_s, m_server->url(u"/down"_s)},
            {u"new"_s, m_server->url(u"/down"_s)}},
        previous);
    QCOMPARE(results.size(), size_t(3));
    QCOMPARE(results[0].entryId, u"up"_s);
    QCOMPARE(results[0].status, Status::Ok);
    QCOMPARE(results[0].lastOkAt, checkTime);
    QCOMPARE(results[1].entryId, u"down"_s);
    QCOMPARE(results[1].status, Status::Down);
    QCOMPARE(results[1].httpStatus, 503);
    QCOMPARE(results[1].lastOkAt, earlier);
    QCOMPARE(results[2].entryId, u"new"_s);
    QCOMPARE(results[2].status, Status::Down);
    QVERIFY(!results[2].lastOkAt.isValid());
}

void TestLinkChecker::duplicateUrlsFetchedOnce()
{
    m_server->setRoute(u"/"_s, TestHttpsServer::text("ok"));
    const auto client = trustingClient();
    const auto links = checker(*client);
    const auto results = runCheck(*links,
        {{u"a"_s, m_server->url(u"/"_s)}, {u"b"_s, m_server->url(u"/"_s)},
            {u"c"_s, m_server->url(u"/#fragment"_s)}});
    QCOMPARE(results.size(), size_t(3));
    for (const LinkHealth &health : results)
        QCOMPARE(health.status, Status::Ok);
    QCOMPARE(results[1].entryId, u"b"_s);
    QCOMPARE(m_server->requestCount(u"/"_s), 1);
}

void TestLinkChecker::nothingAnswersOnSeveralHostsIsUnknown()
{
    // A port nobody listens on, on two host names: what an offline kiosk sees.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    const auto client = trustingClient();
    const auto links = checker(*client);
    std::vector<LinkHealth> previous(1);
    previous[0].entryId = u"a"_s;
    previous[0].lastOkAt = checkTime.addDays(-1);
    const auto results = runCheck(*links,
        {{u"a"_s, QUrl(u"https://127.0.0.1:%1/"_s.arg(closedPort))},
            {u"b"_s, QUrl(u"https://localhost:%1/"_s.arg(closedPort))}},
        previous);
    QCOMPARE(results.size(), size_t(2));
    QCOMPARE(results[0].status, Status::Unknown);
    QCOMPARE(results[1].status, Status::Unknown);
    QCOMPARE(results[0].lastOkAt, checkTime.addDays(-1));
    QCOMPARE(results[0].checkedAt, checkTime);

    // One host that does not answer while another does: that one is Down.
    m_server->setRoute(u"/"_s, TestHttpsServer::text("ok"));
    const auto mixed = runCheck(*links,
        {{u"a"_s, QUrl(u"https://localhost:%1/"_s.arg(closedPort))},
            {u"b"_s, m_server->url(u"/"_s)}});
    QCOMPARE(mixed.size(), size_t(2));
    QCOMPARE(mixed[0].status, Status::Down);
    QCOMPARE(mixed[1].status, Status::Ok);
}

void TestLinkChecker::manyHostsInParallel()
{
    constexpr int hostCount = 6;
    constexpr int perHost = 4;
    constexpr int delayMs = 300;
    QTemporaryDir dir;
    const auto identity = TestHttpsServer::issueLoopbackIdentity(dir.path(), hostCount);
    if (!identity)
        QSKIP("needs the openssl tool to issue a certificate for 127.0.0.2...");

    std::vector<std::unique_ptr<TestHttpsServer>> servers;
    std::vector<LinkTarget> targets;
    TestHttpsServer::Route route = TestHttpsServer::text("ok");
    route.delayMs = delayMs;
    for (int host = 1; host <= hostCount; ++host) {
        // Own threads: the servers' TLS work does not queue behind the checker's event loop.
        auto server = std::make_unique<TestHttpsServer>(TestHttpsServer::Threading::OwnThread);
        server->setListenAddress(QHostAddress(u"127.0.0.%1"_s.arg(host)));
        server->setIdentity(*identity);
        QVERIFY(server->start());
        for (int i = 0; i < perHost; ++i) {
            server->setRoute(u"/%1"_s.arg(i), route);
            targets.push_back({u"h%1.%2"_s.arg(host).arg(i), server->url(u"/%1"_s.arg(i))});
        }
        servers.push_back(std::move(server));
    }
    HttpClientOptions options;
    options.maxConnections = 16;
    const auto client = trustingClient(options);
    LinkChecker::Settings settings = fastSettings();
    settings.maxInFlight = 12; // 6 hosts x 2
    settings.maxPerHost = 2;
    const auto links = checker(*client, settings);

    QElapsedTimer timer;
    timer.start();
    const auto results = runCheck(*links, targets);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(results.size(), size_t(hostCount * perHost));
    for (const LinkHealth &health : results)
        QCOMPARE(health.status, Status::Ok);
    for (const auto &server : servers) {
        QCOMPARE(server->totalRequestCount(), perHost);
        QVERIFY(server->maxConcurrentRequests() <= 2);
    }
    // 24 requests, 12 at a time: two rounds of 300 ms on an idle machine. Two at a time (one
    // host after another) would take 3.6 s; the bound leaves room for a loaded machine.
    QVERIFY2(elapsed < 8 * delayMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed >= 2 * delayMs, qPrintable(QString::number(elapsed)));
}

void TestLinkChecker::emptyListFinishes()
{
    const auto client = trustingClient();
    const auto links = checker(*client);
    QSignalSpy spy(links.get(), &LinkChecker::finished);
    QVERIFY(links->check({}));
    QCOMPARE(spy.count(), 0); // never from inside check()
    QVERIFY(spy.wait(5000));
    QVERIFY(!links->isRunning());
}

void TestLinkChecker::progressAndCancel()
{
    TestHttpsServer::Route slow = TestHttpsServer::text("ok");
    slow.delayMs = 2000;
    m_server->setRoute(u"/fast"_s, TestHttpsServer::text("ok"));
    m_server->setRoute(u"/slow"_s, slow);
    const auto client = trustingClient();
    const auto links = checker(*client);
    QSignalSpy progress(links.get(), &LinkChecker::progress);
    QSignalSpy finished(links.get(), &LinkChecker::finished);

    QVERIFY(
        links->check({{u"f"_s, m_server->url(u"/fast"_s)}, {u"s"_s, m_server->url(u"/slow"_s)}}));
    QVERIFY(progress.wait(5000));
    QCOMPARE(progress.at(0).at(0).toInt(), 1);
    QCOMPARE(progress.at(0).at(1).toInt(), 2);
    links->cancel();
    QVERIFY(!links->isRunning());
    QTest::qWait(2500);
    QCOMPARE(finished.count(), 0);

    // Usable again after a cancel.
    const auto results = runCheck(*links, {{u"f"_s, m_server->url(u"/fast"_s)}});
    QCOMPARE(results.size(), size_t(1));
    QCOMPARE(results[0].status, Status::Ok);
}

void TestLinkChecker::busyWhileRunning()
{
    TestHttpsServer::Route slow = TestHttpsServer::text("ok");
    slow.delayMs = 300;
    m_server->setRoute(u"/slow"_s, slow);
    const auto client = trustingClient();
    const auto links = checker(*client);
    QSignalSpy finished(links.get(), &LinkChecker::finished);
    QVERIFY(links->check({{u"s"_s, m_server->url(u"/slow"_s)}}));
    QVERIFY(links->isRunning());
    QVERIFY(!links->check({{u"other"_s, m_server->url(u"/slow"_s)}}));
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_server->requestCount(u"/slow"_s), 1);
}

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "tst_linkchecker.moc"
