// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Filters every request a portal page makes (pages, frames, scripts, images, XHR...) through the
// NavigationPolicy. The view's navigationRequested handler already refuses frame navigations with
// a message; this is the net under it, and the only check sub-resources get.
#pragma once

#include "browser/navigationpolicy.h"

#include <QWebEngineUrlRequestInterceptor>

namespace Mist {

class PortalRequestFilter : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    // Requests refused so far. PortalBrowser reads it through the meta-object, as it does not
    // link this library.
    Q_PROPERTY(int blockedCount READ blockedCount NOTIFY blockedCountChanged)

public:
    explicit PortalRequestFilter(NavigationPolicy policy, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    [[nodiscard]] int blockedCount() const { return m_blocked; }
    // The portal to allow: its start page and its extra login hosts (NavigationPolicy).
    Q_INVOKABLE void setPortal(const QUrl &startUrl, const QStringList &loginHosts)
    {
        m_policy = NavigationPolicy(startUrl, loginHosts);
    }

Q_SIGNALS:
    // A request was refused. Runs on the UI thread (Qt 6 calls interceptors there).
    void blocked(const QUrl &url, Mist::NavigationPolicy::Kind kind);
    void blockedCountChanged();

private:
    NavigationPolicy m_policy;
    int m_blocked = 0;
};

} // namespace Mist
