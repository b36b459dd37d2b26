// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The real HttpClient: libcurl on one worker thread.
#pragma once

#include "httpclient.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <mutex>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Mist {

class CurlWorker;

// How CurlHttpClient connects. Fixed for the client's lifetime.
struct HttpClientOptions
{
    // A PEM file of the CAs to trust instead of the system store; empty = the system store.
    QString caBundlePath;
    // CURLOPT_PINNEDPUBLICKEY: "sha256//<base64 of the SubjectPublicKeyInfo's SHA-256>", several
    // separated by ';'. Empty = no pinning. A mismatch ends with TlsError.
    QByteArray pinnedPublicKey;
    // CURLOPT_RESOLVE: "HOST:PORT:ADDRESS" entries that answer for DNS, like `curl --resolve`.
    // For checking a portal on a given server (a new one before the DNS switch, or a test
    // server on 127.0.0.1) under its real name, so TLS still checks that name.
    QList<QByteArray> resolve;
    // Transfers running at once, in total and per host name. The rest wait in the client's own
    // queue, which holds plain requests: ten thousand queued requests cost no curl handles.
    int maxConnections = 8;
    int maxConnectionsPerHost = 2;
    QByteArray userAgent = QByteArrayLiteral("Mist/" MIST_VERSION);
};

// Runs every transfer on one worker thread with a curl multi handle, both made (and libcurl
// loaded, curllibrary.h) by the first send(). https only (on redirects too), at most 5
// redirects, bodies capped while they arrive, all three timeouts always set. send() may be
// called from any thread. Destroying the client cancels whatever is queued or
// running (those replies finish with Cancelled once their thread's event loop runs) and joins
// the worker thread.
class CurlHttpClient final : public HttpClient
{
public:
    explicit CurlHttpClient(HttpClientOptions options = {});
    ~CurlHttpClient() override;

    [[nodiscard]] HttpReply *send(const HttpRequest &request) override;
    [[nodiscard]] const HttpClientOptions &options() const { return m_options; }

private:
    // Loads libcurl and starts the worker, once; false if libcurl cannot be loaded.
    bool start();

    HttpClientOptions m_options;
    std::once_flag m_started;
    // Shared with the replies (weakly), so abort() can wake the worker without the client.
    std::shared_ptr<CurlWorker> m_worker;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Mist
