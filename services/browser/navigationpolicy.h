// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What the kiosk browser may load while a citizen uses one portal. Pure logic with no WebEngine in
// it: the browser (qml/portalbrowser.*) asks it about every frame navigation and every
// sub-request, and tests can ask it about any URL.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Mist {

struct PortalEntry;

// Deny by default. A policy made with no portal (the default constructor) allows nothing.
//
// Frames (the page itself and iframes) may show only https pages of the portal's own hosts: the
// host of its start URL, its declared login hosts, and subdomains of those. Subdomains, because a
// subdomain is delegated by whoever runs the parent name (id.diia.gov.ua belongs to diia.gov.ua's
// operator), and portals move between www., id., my. and the like. We never go *up* to the
// "registrable domain": Qt 6 has no public suffix API, and guessing wrong would be a disaster
// here - tax.gov.ua's parent gov.ua would open every government and municipal site, rada.gov.ua's
// every council. Other hosts a login needs are declared in the feed (loginHosts). Ports are not
// compared: the feed declares hosts, and cookies do not separate ports either.
//
// Sub-resources (scripts, images, styles, XHR, fonts, workers) may come from any https or wss
// host: portals rely on CDNs, font services and captcha providers, and a sub-resource cannot take
// the citizen anywhere. Inline data: and blob: sub-resources are allowed for the same reason. Plain
// http is refused everywhere (no mixed content on a public computer), as are local and browser
// schemes (file:, chrome:, view-source:, qrc:...).
class NavigationPolicy
{
    Q_GADGET

public:
    // What is being loaded.
    enum class Kind {
        MainFrame, // the page the citizen sees: links, redirects, form posts, window.open
        SubFrame, // an iframe inside it
        SubResource, // anything else the page fetches
    };
    Q_ENUM(Kind)

    // Why a URL is allowed or not. The browser shows a message chosen by reason.
    enum class Reason {
        Allowed,
        Malformed, // not a valid URL, no host, or user:password@ in it
        NotHttps, // http:, ftp:, ws: and other network schemes without TLS
        LocalScheme, // file:, data:, blob:, filesystem: in a frame
        Script, // javascript:
        BrowserInternal, // view-source:, chrome:, about:, devtools:, qrc: and any other scheme
        OtherHost, // https, but not a host of this portal
        // An IP address, localhost, a .local or single-label name: the kiosk's own machine, the
        // library's LAN, a router. Refused unless it is the portal's own origin.
        LocalNetwork,
    };
    Q_ENUM(Reason)

    NavigationPolicy() = default;
    // startUrl is the portal's own address; loginHosts are extra hosts it declares. Hosts are
    // compared in ASCII (xn--) form, case-insensitively, without a trailing dot.
    NavigationPolicy(const QUrl &startUrl, const QStringList &loginHosts);
    [[nodiscard]] static NavigationPolicy forPortal(const PortalEntry &entry);

    [[nodiscard]] Reason check(const QUrl &url, Kind kind) const;
    [[nodiscard]] bool allows(const QUrl &url, Kind kind) const
    {
        return check(url, kind) == Reason::Allowed;
    }

    // True if host is one of the portal's hosts or a subdomain of one.
    [[nodiscard]] bool isPortalHost(const QString &host) const;
    // The portal's hosts as given (normalised), start URL's host first. Empty for no portal.
    [[nodiscard]] QStringList hosts() const { return m_hosts; }
    [[nodiscard]] QUrl startUrl() const { return m_startUrl; }

    // True for a host that names no public web site: an IP literal in any form (loopback,
    // RFC 1918, fc00::/7, link-local and public alike), localhost and *.localhost, mDNS *.local,
    // *.home.arpa, *.internal, and single-label intranet names. The policy refuses these for
    // every kind of request unless the URL is the portal's own origin (same host and port).
    // This looks at the URL only: a public name whose DNS answer is private is not caught here.
    [[nodiscard]] static bool isLocalNetworkHost(const QString &host);
    // True if url has the start URL's host and port (the portal itself may be on a local host).
    [[nodiscard]] bool isPortalOrigin(const QUrl &url) const;

    // Lower case, ASCII (xn--), no trailing dot; empty for anything that is not a host name.
    [[nodiscard]] static QString normalizedHost(const QString &host);

private:
    QUrl m_startUrl;
    QStringList m_hosts;
};

} // namespace Mist
