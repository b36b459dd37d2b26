#include "portalbrowser.h"

#include "core/logging.h"
#include "portalrequestfilter.h"

#include <QJSEngine>
#include <QQuickWebEngineProfile>

namespace Mist {

PortalBrowser::PortalBrowser(QObject *parent)
    : QObject(parent)
    // Made at once: the view binds its profile while QML is still setting this object up, and
    // Qt 6.4's WebEngineView crashes on a null profile. No storage name: the profile is off the
    // record (memory only). The filter allows nothing until the start page is set.
    , m_profile(new QQuickWebEngineProfile())
{
    QJSEngine::setObjectOwnership(m_profile, QJSEngine::CppOwnership);
    m_profile->setHttpCacheType(QQuickWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QQuickWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_filter = new PortalRequestFilter(m_policy, m_profile);
    connect(m_filter, &PortalRequestFilter::blocked, this, &PortalBrowser::blockedRequestsChanged);
    m_profile->setUrlRequestInterceptor(m_filter);
    Q_ASSERT(m_profile->isOffTheRecord());
}

PortalBrowser::~PortalBrowser()
{
    // Not deleted here: this object dies together with the view (it is the view's sibling in
    // BrowserView.qml), and a profile must outlive its pages. deleteLater() runs after the whole
    // item tree is gone.
    if (m_profile)
        m_profile->deleteLater();
}

void PortalBrowser::setStartUrl(const QUrl &url)
{
    if (url == m_startUrl)
        return;
    m_startUrl = url;
    m_policy = NavigationPolicy(m_startUrl, m_loginHosts);
    m_filter->setPolicy(m_policy);
    Q_EMIT policyChanged();
}

void PortalBrowser::setLoginHosts(const QStringList &hosts)
{
    if (hosts == m_loginHosts)
        return;
    m_loginHosts = hosts;
    m_policy = NavigationPolicy(m_startUrl, m_loginHosts);
    m_filter->setPolicy(m_policy);
    Q_EMIT policyChanged();
}

void PortalBrowser::setWebView(QObject *view)
{
    if (view == m_webView)
        return;
    m_webView = view;
    // QML sets this while it builds BrowserView, before the view loads anything, so the first
    // request already goes through this profile and its filter.
    if (view && !view->setProperty("profile", QVariant::fromValue(m_profile.data())))
        qCWarning(lcBrowser) << "the view did not take the kiosk profile";
    Q_EMIT webViewChanged();
}

int PortalBrowser::blockedRequests() const
{
    return m_filter ? m_filter->blockedCount() : 0;
}

PortalBrowser::Verdict PortalBrowser::check(const QUrl &url, bool mainFrame) const
{
    using Reason = NavigationPolicy::Reason;
    const Reason reason = m_policy.check(
        url, mainFrame ? NavigationPolicy::Kind::MainFrame : NavigationPolicy::Kind::SubFrame);
    switch (reason) {
    case Reason::Allowed:
        return Verdict::Allow;
    case Reason::OtherHost:
    case Reason::NotHttps:
        return Verdict::OtherSite;
    case Reason::Malformed:
    case Reason::LocalScheme:
    case Reason::Script:
    case Reason::BrowserInternal:
        break;
    }
    return Verdict::Forbidden;
}

void PortalBrowser::noteRefused(const QUrl &url) const
{
    qCInfo(lcBrowser).noquote() << "refused a page on"
                                << (url.host().isEmpty() ? url.scheme() : url.host())
                                << "from the portal on" << m_startUrl.host();
}

void PortalBrowser::componentComplete()
{
    // The policy is fixed now.
    qCInfo(lcBrowser).noquote() << "new off-the-record profile for" << m_startUrl.host();
}

} // namespace Mist
