// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "navigationpolicy.h"

#include "directory/portalentry.h"
#include "net/publicsuffix.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// IPv6 literals have colons. A name never ends in a number: as in the WHATWG URL standard, a
// host whose last label is a number (decimal, or 0x hex) is an IPv4 address, in whatever short,
// octal or hex form (2130706433, 0x7f.1, 127.1).
bool isIpAddress(const QString &host)
{
    static const QRegularExpression ipv4(u"(^|\\.)([0-9]+|0x[0-9a-f]*)\\.?\\z"_s);
    return host.contains(u':') || ipv4.match(host).hasMatch();
}

} // namespace

NavigationPolicy::NavigationPolicy(const QUrl &startUrl, const QStringList &loginHosts)
{
    // A start URL that is not https with a host gives a policy that allows nothing: the feed
    // parser already refuses such entries, so this only guards against a bug elsewhere.
    const QString startHost = normalizedHost(startUrl.host(QUrl::FullyEncoded));
    if (!startUrl.isValid() || startUrl.scheme() != "https"_L1 || startHost.isEmpty()
        || !startUrl.userInfo().isEmpty() || PublicSuffix::isPublicSuffix(startHost))
        return;
    m_startUrl = startUrl;
    m_hosts << startHost;
    for (const QString &host : loginHosts) {
        const QString normalized = normalizedHost(host);
        // A public suffix (gov.ua, github.io) would let in every site under it: ignored.
        if (!normalized.isEmpty() && !m_hosts.contains(normalized)
            && !PublicSuffix::isPublicSuffix(normalized))
            m_hosts << normalized;
    }
}

NavigationPolicy NavigationPolicy::forPortal(const PortalEntry &entry)
{
    return NavigationPolicy(entry.url, entry.loginHosts);
}

QString NavigationPolicy::normalizedHost(const QString &host)
{
    // toAce() gives an empty result for anything that is not a valid host name.
    QString result = QString::fromLatin1(QUrl::toAce(host.trimmed().toLower()));
    while (result.endsWith(u'.'))
        result.chop(1);
    // Bracketed IPv6 literals come without brackets from QUrl::host(); keep them comparable.
    if (result.startsWith(u'[') && result.endsWith(u']'))
        result = result.mid(1, result.size() - 2);
    if (result.isEmpty() || result.contains(u'/') || result.contains(u'@'))
        return {};
    return result;
}

bool NavigationPolicy::isLocalNetworkHost(const QString &host)
{
    const QString name = normalizedHost(host);
    if (name.isEmpty() || isIpAddress(name) || !name.contains(u'.'))
        return true;
    static const QStringList localSuffixes {
        u"localhost"_s, u"local"_s, u"home.arpa"_s, u"internal"_s, u"localdomain"_s};
    for (const QString &suffix : localSuffixes) {
        if (name == suffix || name.endsWith(u'.' + suffix))
            return true;
    }
    return false;
}

bool NavigationPolicy::isPortalOrigin(const QUrl &url) const
{
    return !m_hosts.isEmpty()
        && normalizedHost(url.host(QUrl::FullyEncoded)) == m_hosts.constFirst()
        && url.port(443) == m_startUrl.port(443);
}

bool NavigationPolicy::isPortalHost(const QString &host) const
{
    const QString candidate = normalizedHost(host);
    if (candidate.isEmpty())
        return false;
    for (const QString &allowed : m_hosts) {
        if (candidate == allowed)
            return true;
        // Subdomains only of names, never of IP addresses (1.127.0.0.1 means nothing).
        if (!isIpAddress(allowed) && candidate.endsWith(u'.' + allowed))
            return true;
    }
    return false;
}

NavigationPolicy::Reason NavigationPolicy::check(const QUrl &url, Kind kind) const
{
    if (!url.isValid() || url.isEmpty())
        return Reason::Malformed;
    const QString scheme = url.scheme().toLower();

    if (scheme == "javascript"_L1)
        return Reason::Script;
    if (scheme == "file"_L1 || scheme == "filesystem"_L1)
        return Reason::LocalScheme;
    if (scheme == "data"_L1 || scheme == "blob"_L1) {
        // Inline images, fonts and workers are everyday page content; as a frame they could show
        // anything under the portal's name, or save a file.
        return kind == Kind::SubResource ? Reason::Allowed : Reason::LocalScheme;
    }
    if (scheme == "about"_L1) {
        // Empty and srcdoc iframes are common (captchas, editors); an empty top-level page is not.
        const bool blankFrame
            = kind == Kind::SubFrame && (url.path() == "blank"_L1 || url.path() == "srcdoc"_L1);
        return blankFrame ? Reason::Allowed : Reason::BrowserInternal;
    }
    if (scheme == "http"_L1 || scheme == "ftp"_L1 || scheme == "ws"_L1)
        return Reason::NotHttps;
    const bool secure = scheme == "https"_L1 || (scheme == "wss"_L1 && kind == Kind::SubResource);
    if (!secure)
        return Reason::BrowserInternal;

    if (!url.userInfo().isEmpty() || normalizedHost(url.host(QUrl::FullyEncoded)).isEmpty())
        return Reason::Malformed;
    if (isLocalNetworkHost(url.host(QUrl::FullyEncoded)) && !isPortalOrigin(url))
        return Reason::LocalNetwork;
    if (kind == Kind::SubResource)
        return Reason::Allowed;
    return isPortalHost(url.host(QUrl::FullyEncoded)) ? Reason::Allowed : Reason::OtherHost;
}

} // namespace Mist
