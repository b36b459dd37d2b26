// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Usage log and staff API figures (print only; run from a Release build):
//   insert rate   UsageWriter batches of events to usage.sqlite (synchronous=FULL); goal >=
//   50,000/s export        N events to CSV through UsageExporter into a file; goal: 1,000,000 in <=
//   2 s /metrics      latency under C concurrent keep-alive clients on 127.0.0.1 (p50, p95, p99)
// bench_usage [--events N] [--export N] [--clients C] [--requests R]
// The smoke variant in ctest runs small sizes and checks only that everything completes.

#include "api/apisettings.h"
#include "api/apitoken.h"
#include "api/staffapiserver.h"
#include "usage/usageexporter.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Mist;
using namespace std::chrono_literals;

namespace {

qint64 argument(const QStringList &args, const QString &name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

UsageEvent sampleEvent(qint64 i, qint64 base)
{
    static const QString services[] = {u"diia"_s, u"ehealth"_s, u"tax-cabinet"_s, u"pfu-portal"_s};
    const auto type = i % 4 == 0 ? UsageEvent::Type::PortalOpened : UsageEvent::Type::ScreenViewed;
    return {base + i * 50, u"1b4e28ba-2fa1-11d2-883f-0016d3cca427"_s,
        u"6fa459ea-ee8a-3ca4-894e-db77e160355e"_s, type, services[i % 4], {}, false};
}

// Returns events per second.
double insertRate(const QString &dir, qint64 events)
{
    UsageWriter::Settings settings;
    settings.maxQueued = events + 1;
    UsageWriter writer(dir, settings);
    if (!writer.start())
        return 0;
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - events * 50;
    QElapsedTimer timer;
    timer.start();
    quint64 last = 0;
    for (qint64 i = 0; i < events; ++i)
        last = writer.record(sampleEvent(i, base));
    writer.flush();
    writer.waitForCommitted(last, 600s);
    return double(events) / (double(timer.nsecsElapsed()) / 1e9);
}

void fill(const QString &dir, qint64 events)
{
    UsageStore store(dir);
    if (!store.open())
        return;
    std::vector<UsageEvent> batch;
    for (qint64 i = 0; i < events; ++i) {
        batch.push_back(sampleEvent(i, 1'700'000'000'000));
        if (batch.size() == 50000) {
            (void)store.append(batch);
            batch.clear();
        }
    }
    (void)store.append(batch);
}

// Returns seconds, and the bytes written.
double exportCsv(const QString &dir, qint64 *bytes, qint64 *rows)
{
    UsageStore store(dir);
    if (!store.open())
        return -1;
    QFile out(dir + u"/export.csv"_s);
    if (!out.open(QIODevice::WriteOnly))
        return -1;
    QElapsedTimer timer;
    timer.start();
    UsageExporter exporter(
        store.events(0, std::numeric_limits<qint64>::max()), UsageExporter::Format::Csv, true);
    QString error;
    if (!exporter.writeAll(&out, &error))
        return -1;
    out.close();
    *bytes = out.size();
    *rows = exporter.rowCount();
    return double(timer.nsecsElapsed()) / 1e9;
}

// One keep-alive client doing `requests` GET /metrics; latencies in microseconds.
void client(quint16 port, const QByteArray &token, int requests, std::vector<qint64> *latencies,
    int *failures)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000)) {
        *failures += requests;
        return;
    }
    const QByteArray request
        = "GET /metrics HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer timer;
        timer.start();
        socket.write(request);
        QByteArray data;
        qsizetype expected = -1;
        while (true) {
            if (!socket.waitForReadyRead(10000))
                break;
            data += socket.readAll();
            const qsizetype headEnd = data.indexOf("\r\n\r\n");
            if (headEnd >= 0 && expected < 0) {
                const qsizetype at = data.toLower().indexOf("content-length:");
                expected = headEnd + 4
                    + data.mid(at + 15, data.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            }
            if (expected >= 0 && data.size() >= expected)
                break;
        }
        if (!data.startsWith("HTTP/1.1 200")) {
            ++*failures;
            return;
        }
        latencies->push_back(timer.nsecsElapsed() / 1000);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 events = argument(args, u"--events"_s, 500000);
    const qint64 exportEvents = argument(args, u"--export"_s, 1000000);
    const int clients = int(argument(args, u"--clients"_s, 50));
    const int requests = int(argument(args, u"--requests"_s, 200));
    int failures = 0;

    QTemporaryDir insertDir;
    const double rate = insertRate(insertDir.path(), events);
    std::printf(
        "insert rate: %.0f events/s (%lld events, batched, synchronous=FULL; goal >= 50000)\n",
        rate, static_cast<long long>(events));
    failures += rate <= 0 ? 1 : 0;

    QTemporaryDir exportDir;
    fill(exportDir.path(), exportEvents);
    qint64 bytes = 0;
    qint64 rows = 0;
    const double seconds = exportCsv(exportDir.path(), &bytes, &rows);
    std::printf("export: %lld events to CSV in %.2f s (%.1f MB; goal: 1,000,000 in <= 2 s)\n",
        static_cast<long long>(rows), seconds, double(bytes) / 1e6);
    failures += (seconds < 0 || rows != exportEvents) ? 1 : 0;

    // The API on its own thread, as in the kiosk; clients on plain threads.
    const QString token = ApiToken::generate();
    ApiSettings settings;
    settings.enabled = true;
    settings.port = 0;
    settings.tokenHash = ApiToken::hash(token);
    QThread thread;
    QObject *context = new QObject;
    context->moveToThread(&thread);
    thread.start();
    StaffApiServer *server = nullptr;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        context,
        [&] {
            GuardedTcpServer::Limits limits;
            limits.maxConnections = std::max(64, clients + 8);
            server = new StaffApiServer(exportDir.path(), settings, limits);
            QString error;
            if (server->start(&error))
                port = server->port();
        },
        Qt::BlockingQueuedConnection);
    std::vector<std::vector<qint64>> latencies(static_cast<size_t>(clients));
    std::vector<int> clientFailures(size_t(clients), 0);
    QElapsedTimer wall;
    wall.start();
    {
        std::vector<std::thread> threads;
        for (int c = 0; c < clients; ++c)
            threads.emplace_back(client, port, token.toLatin1(), requests, &latencies[size_t(c)],
                &clientFailures[size_t(c)]);
        for (auto &t : threads)
            t.join();
    }
    const double wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    std::vector<qint64> all;
    for (const auto &list : latencies)
        all.insert(all.end(), list.begin(), list.end());
    for (const int f : clientFailures)
        failures += f;
    std::sort(all.begin(), all.end());
    auto percentile = [&](double p) {
        return all.empty() ? 0.0 : double(all[size_t(p * double(all.size() - 1))]) / 1000.0;
    };
    std::printf("/metrics: %d clients x %d requests on 127.0.0.1 (%lld-event log): "
                "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f requests/s, %d failed\n",
        clients, requests, static_cast<long long>(exportEvents), percentile(0.5), percentile(0.95),
        percentile(0.99), percentile(1.0), double(all.size()) / wallSeconds, failures);
    QMetaObject::invokeMethod(
        context,
        [&] {
            delete server;
            delete context;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return failures == 0 && port != 0 ? 0 : 1;
}
