// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What the kiosk offers for an address a portal page tried to open elsewhere: "continue on your
// phone" with a QR code, or only "the kiosk cannot open it". The page picks the address, so the
// kiosk must not lend its own words and a QR code to anything it would not open itself.
#pragma once

#include <QString>
#include <QUrl>

namespace Mist {

struct ExternalLink
{
    // Phone: a QR code of phoneUrl, under the host in large letters. CannotOpen: no QR code.
    enum class Offer { Phone, CannotOpen };

    Offer offer = Offer::CannotOpen;
    // For Phone: scheme, host, port and path of the address; no query, fragment or user info, so
    // the QR code never carries an OAuth code, a token or what the citizen typed into a search.
    QUrl phoneUrl;
    // The host to show (Unicode form), for Phone only.
    QString host;

    // Phone only for https with a public host name and no user info (https://diia.gov.ua@evil...
    // would show one name and open another). http, other schemes, IP addresses, local names and
    // anything malformed: CannotOpen.
    [[nodiscard]] static ExternalLink classify(const QUrl &address);
};

} // namespace Mist
