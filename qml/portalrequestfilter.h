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

public:
    explicit PortalRequestFilter(NavigationPolicy policy, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    [[nodiscard]] int blockedCount() const { return m_blocked; }
    // While the browser is being set up (QML sets the start page after the profile exists).
    void setPolicy(NavigationPolicy policy) { m_policy = std::move(policy); }

Q_SIGNALS:
    // A request was refused. Runs on the UI thread (Qt 6 calls interceptors there).
    void blocked(const QUrl &url, Mist::NavigationPolicy::Kind kind);

private:
    NavigationPolicy m_policy;
    int m_blocked = 0;
};

} // namespace Mist
