// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The outside world of the soak benchmark (bench_soak.cpp), on one local HTTPS server on
// 127.0.0.1: the region's signed directory feed, the library's training calendar, and the
// portals themselves under real-looking names (soak-NN.example.test). Clients reach those names
// on loopback only: the link checker through CURLOPT_RESOLVE entries (linkResolve()), the kiosk
// browser through KioskHarness's host-resolver rule for *.test.
//
// The certificate names the portals and 127.0.0.1 and is issued by the test CA for the test
// server's own key (tests/data/tls/server.key), so curl trusts it through the CA and the kiosk
// browser through the key it already trusts (tests/data/tls/server.pin).
#pragma once

#include "testhttpsserver.h"

#include "directory/minisignsigner.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace MistTest {

class SoakServers
{
public:
    // portals: how many directory entries (and portal host names) the feed has.
    explicit SoakServers(int portals);
    ~SoakServers();
    Q_DISABLE_COPY_MOVE(SoakServers)

    // Issues the certificate, signs the first feed and starts the server. False, with a
    // warning, if any of it failed.
    [[nodiscard]] bool start();

    // A new feed version (the same portals; what the region publishes daily) and a new
    // calendar (a training added); the kiosk's next syncs fetch them instead of a 304.
    void publishFeed();
    void publishCalendar();

    [[nodiscard]] QUrl feedUrl() const;
    [[nodiscard]] QUrl calendarUrl() const;
    // The minisign public key file the feed verifies against.
    [[nodiscard]] QString publicKeyPath() const;
    // The PEM file of the CA that issued the server's certificate.
    [[nodiscard]] static QString caBundlePath();
    // "soak-NN.example.test:<port>:127.0.0.1" for every portal: CURLOPT_RESOLVE.
    [[nodiscard]] QList<QByteArray> linkResolve() const;
    [[nodiscard]] QStringList portalIds() const;
    // Requests the portals answered (link checks' HEADs and the browser's page loads).
    [[nodiscard]] int portalRequests() const;
    [[nodiscard]] qint64 feedVersion() const { return m_feedVersion; }

private:
    [[nodiscard]] QString hostOf(int index) const;
    [[nodiscard]] QByteArray feedDocument() const;
    [[nodiscard]] bool issueIdentity();

    int m_portals;
    QTemporaryDir m_dir;
    std::unique_ptr<TestHttpsServer> m_server;
    Mist::MinisignSecretKey m_key;
    qint64 m_feedVersion = 0;
    int m_calendarVersion = 0;
};

} // namespace MistTest
