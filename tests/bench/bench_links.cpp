// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Benchmark: a link check of 1,000 portal URLs against local HTTPS servers that answer each
// request after 200 ms, with the kiosk's politeness on (2 at once and 250 ms apart per host).
// Prints figures; it is not a timed test.
//
// Goal (issue): elapsed <= 1.3 x the ideal N x 200 ms / concurrency. The ideal assumes every
// slot is busy all the time; the difference is TLS handshakes, scheduling, and the tail.
//
// Politeness stays on: the URLs are spread over many hosts instead, as a real directory is
// (about 1,500 hromadas, each with its own site). Each host is a TestHttpsServer bound to its
// own loopback address, 127.0.0.1 ... 127.0.0.<hosts>, never anything but loopback, presenting
// a certificate for all of them issued by the test CA at start-up (needs the openssl tool).
//
//   cmake --build build/release --target bench_links && build/release/tests/bench/bench_links

#include "directory/linkchecker.h"
#include "net/curlhttpclient.h"

#include "testhttpsserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Mist;
using MistTest::TestHttpsServer;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Link check of many URLs against slow local servers"_s);
    parser.addHelpOption();
    const QCommandLineOption urlsOption(u"urls"_s, u"URLs to check (1000)"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption hostsOption(
        u"hosts"_s, u"loopback hosts to spread them over, at most 254 (50)"_s, u"n"_s, u"50"_s);
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, u"checks in flight at once (16)"_s, u"n"_s, u"16"_s);
    const QCommandLineOption delayOption(
        u"delay-ms"_s, u"how long each answer takes (200)"_s, u"ms"_s, u"200"_s);
    const QCommandLineOption gapOption(
        u"gap-ms"_s, u"politeness gap between requests to one host (250)"_s, u"ms"_s, u"250"_s);
    parser.addOptions({urlsOption, hostsOption, concurrencyOption, delayOption, gapOption});
    parser.process(app);
    const int urlCount = std::max(1, parser.value(urlsOption).toInt());
    const int hostCount = std::clamp(parser.value(hostsOption).toInt(), 1, 254);
    const int concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    const int delayMs = std::max(0, parser.value(delayOption).toInt());
    const int gapMs = std::max(0, parser.value(gapOption).toInt());

    // Talk to the loopback servers directly, whatever proxy the environment names.
    qputenv("no_proxy", "*");
    qputenv("NO_PROXY", "*");

    QTemporaryDir dir;
    const std::optional<TestHttpsServer::Identity> identity
        = TestHttpsServer::issueLoopbackIdentity(dir.path(), hostCount);
    if (!identity) {
        std::fprintf(
            stderr, "bench_links: could not issue a certificate (is openssl installed?)\n");
        return 1;
    }

    // Own threads: the servers' TLS work does not queue behind the checker's event loop.
    std::vector<std::unique_ptr<TestHttpsServer>> servers;
    TestHttpsServer::Route route = TestHttpsServer::text("<html>portal</html>");
    route.delayMs = delayMs;
    for (int host = 1; host <= hostCount; ++host) {
        auto server = std::make_unique<TestHttpsServer>(TestHttpsServer::Threading::OwnThread);
        server->setListenAddress(QHostAddress(u"127.0.0.%1"_s.arg(host)));
        server->setIdentity(*identity);
        if (!server->start()) {
            std::fprintf(stderr, "bench_links: cannot listen on 127.0.0.%d\n", host);
            return 1;
        }
        servers.push_back(std::move(server));
    }
    // Interleaved over the hosts, as a directory's entries are.
    std::vector<LinkTarget> targets;
    for (int i = 0; i < urlCount; ++i) {
        TestHttpsServer &server = *servers[size_t(i % hostCount)];
        const QString path = u"/portal/%1"_s.arg(i);
        server.setRoute(path, route);
        targets.push_back({u"entry-%1"_s.arg(i), server.url(path)});
    }

    HttpClientOptions options;
    options.caBundlePath = TestHttpsServer::caCertificatePath();
    options.maxConnections = concurrency;
    options.maxConnectionsPerHost = 2;
    CurlHttpClient client(options);
    LinkChecker::Settings settings;
    settings.maxInFlight = concurrency;
    settings.maxPerHost = 2;
    settings.hostGap = std::chrono::milliseconds(gapMs);
    LinkChecker checker(client, settings);

    std::vector<LinkHealth> results;
    QObject::connect(
        &checker, &LinkChecker::finished, &app, [&results, &app](const std::vector<LinkHealth> &r) {
            results = r;
            app.quit();
        });
    QElapsedTimer timer;
    timer.start();
    checker.check(targets);
    QCoreApplication::exec();
    const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;

    const auto ok = std::count_if(results.begin(), results.end(),
        [](const LinkHealth &h) { return h.status == LinkHealth::Status::Ok; });
    int requests = 0;
    int perHostPeak = 0;
    for (const auto &server : servers) {
        requests += server->totalRequestCount();
        perHostPeak = std::max(perHostPeak, server->maxConcurrentRequests());
    }
    // One host's URLs cannot finish sooner than its politeness allows: one start per gap, and
    // two at a time.
    const int perHostUrls = (urlCount + hostCount - 1) / hostCount;
    const double politenessFloorMs = std::max(
        double(perHostUrls - 1) * gapMs + delayMs, double((perHostUrls + 1) / 2) * delayMs);
    const double idealMs = double(urlCount) * delayMs / concurrency;

#ifdef NDEBUG
    const char *buildType = "optimised build";
#else
    const char *buildType = "DEBUG build: figures are pessimistic";
#endif
    std::printf("bench_links (%s)\n", buildType);
    std::printf("  %d URLs on %d loopback hosts, each answered after %d ms\n", urlCount, hostCount,
        delayMs);
    std::printf(
        "  %d in flight, at most 2 per host and %d ms apart per host\n", concurrency, gapMs);
    std::printf("    results ok                 %8lld of %zu (%d requests)\n",
        static_cast<long long>(ok), results.size(), requests);
    std::printf("    most at once on one host   %8d\n", perHostPeak);
    std::printf("    elapsed                    %8.0f ms\n", elapsedMs);
    std::printf("    ideal N x %d ms / %d      %8.0f ms\n", delayMs, concurrency, idealMs);
    std::printf("    politeness floor per host  %8.0f ms\n", politenessFloorMs);
    std::printf("    ratio elapsed / ideal      %8.2f   (goal <= 1.30)\n", elapsedMs / idealMs);
    // Wrong results fail the run; times never do (shared machines are too noisy for that).
    return ok == urlCount && perHostPeak <= 2 ? 0 : 1;
}
