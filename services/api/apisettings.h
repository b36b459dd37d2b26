// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The staff API's settings, kept in <data-dir>/staff-api.json (mode 0600) and written by
// `mistctl api enable|disable|token new`; the running kiosk watches the file and applies changes.
// Off unless enabled; binds 127.0.0.1 unless an address is given; only the token's hash is kept.
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace Mist {

struct ApiSettings
{
    static constexpr QStringView fileName = u"staff-api.json";
    static constexpr quint16 defaultPort = 8787;

    bool enabled = false;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = defaultPort;
    QString tokenHash; // ApiToken::hash(); empty: every request is refused
    QString tlsCertificate; // PEM file; with tlsKey, the API speaks HTTPS only
    QString tlsKey;
    // A non-loopback address without TLS sends the bearer token and the event log in clear text:
    // refused (by mistctl and by the server) unless the admin said so with --allow-plaintext.
    bool allowPlaintext = false;

    [[nodiscard]] bool tls() const { return !tlsCertificate.isEmpty() && !tlsKey.isEmpty(); }
    [[nodiscard]] QString listenText() const;
    // Bound to an address other hosts can reach (anything but 127.0.0.0/8 and ::1).
    [[nodiscard]] bool onNetwork() const { return !address.isLoopback(); }
    // Plain HTTP on such an address: refused unless allowPlaintext, warned about when allowed.
    [[nodiscard]] bool plaintextOnNetwork() const { return onNetwork() && !tls(); }

    // "127.0.0.1:8787", "[::1]:8787", "0.0.0.0:8787" or ":8787" (loopback). False on anything else.
    [[nodiscard]] static bool parseListen(
        const QString &text, QHostAddress *address, quint16 *port);

    // Missing file: the defaults (disabled). A damaged file: disabled, with *error set.
    [[nodiscard]] static ApiSettings load(const QString &dataDir, QString *error = nullptr);
    bool save(const QString &dataDir, QString *error) const;

    friend bool operator==(const ApiSettings &, const ApiSettings &) = default;
};

} // namespace Mist
