// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "externallink.h"

#include "navigationpolicy.h"

using namespace Qt::StringLiterals;

namespace Mist {

ExternalLink ExternalLink::classify(const QUrl &address)
{
    ExternalLink link;
    if (!address.isValid() || address.scheme().compare("https"_L1, Qt::CaseInsensitive) != 0
        || !address.userInfo().isEmpty())
        return link;
    const QString ascii = NavigationPolicy::normalizedHost(address.host(QUrl::FullyEncoded));
    if (ascii.isEmpty() || NavigationPolicy::isLocalNetworkHost(ascii))
        return link;

    QUrl phone;
    phone.setScheme(u"https"_s);
    phone.setHost(ascii);
    if (address.port(443) != 443)
        phone.setPort(address.port());
    phone.setPath(address.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (!phone.isValid())
        return link;
    link.offer = Offer::Phone;
    link.phoneUrl = phone;
    link.host = QUrl::fromAce(ascii.toLatin1());
    return link;
}

} // namespace Mist
