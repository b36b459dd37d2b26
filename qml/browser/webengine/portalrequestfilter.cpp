// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portalrequestfilter.h"

#include "core/logging.h"

#include <QWebEngineUrlRequestInfo>

namespace Mist {

namespace {

NavigationPolicy::Kind kindOf(QWebEngineUrlRequestInfo::ResourceType type)
{
    switch (type) {
    case QWebEngineUrlRequestInfo::ResourceTypeMainFrame:
        return NavigationPolicy::Kind::MainFrame;
    case QWebEngineUrlRequestInfo::ResourceTypeSubFrame:
        return NavigationPolicy::Kind::SubFrame;
    default:
        return NavigationPolicy::Kind::SubResource;
    }
}

} // namespace

PortalRequestFilter::PortalRequestFilter(NavigationPolicy policy, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(std::move(policy))
{ }

void PortalRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const NavigationPolicy::Kind kind = kindOf(info.resourceType());
    const NavigationPolicy::Reason reason = m_policy.check(info.requestUrl(), kind);
    if (reason == NavigationPolicy::Reason::Allowed)
        return;
    info.block(true);
    ++m_blocked;
    // The host only: a full URL can carry what the citizen typed.
    qCDebug(lcBrowser).noquote() << "blocked" << kind << reason << "to" << info.requestUrl().host();
    Q_EMIT blocked(info.requestUrl(), kind);
    Q_EMIT blockedCountChanged();
}

} // namespace Mist
