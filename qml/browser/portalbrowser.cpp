// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portalbrowser.h"

#include "browser/externallink.h"
#include "core/logging.h"
#include "webengineloader.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJSEngine>
#include <QMetaProperty>

namespace Mist {

PortalBrowser::PortalBrowser(QObject *parent)
    : QObject(parent)
    // Made at once: the view gets its profile while QML is still setting this object up.
    // Off the record, with the request filter, from libmist-webengine (webengineloader.h).
    , m_profile(WebEngineLoader::createPortalProfile())
{
    if (!m_profile)
        return; // logged by the loader; the view then loads nothing (BrowserView.qml)
    QJSEngine::setObjectOwnership(m_profile, QJSEngine::CppOwnership);
    m_filter = m_profile->findChild<QObject *>(QStringLiteral("portalRequestFilter"));
    if (m_filter) // the filter's type lives in the library: connect by name
        connect(m_filter, SIGNAL(blockedCountChanged()), this, SIGNAL(blockedRequestsChanged()));
}

void PortalBrowser::applyPolicy()
{
    m_policy = NavigationPolicy(m_startUrl, m_loginHosts);
    if (m_filter) {
        QMetaObject::invokeMethod(
            m_filter, "setPortal", Q_ARG(QUrl, m_startUrl), Q_ARG(QStringList, m_loginHosts));
    }
    Q_EMIT policyChanged();
}

PortalBrowser::~PortalBrowser()
{
    // Not deleted here: this object dies together with the view (it is the view's sibling in
    // BrowserView.qml), and a profile must outlive its pages. deleteLater() runs after the whole
    // item tree is gone.
    if (m_profile)
        m_profile->deleteLater();
    // The portal closes (back out, finish, time-out, crash): what its pages copied goes too.
    clearClipboard();
}

void PortalBrowser::clearClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return;
    for (const QClipboard::Mode mode :
        {QClipboard::Clipboard, QClipboard::Selection, QClipboard::FindBuffer})
        clipboard->clear(mode);
}

void PortalBrowser::countConsoleMessage()
{
    ++m_consoleMessages;
    Q_EMIT consoleMessagesChanged();
}

bool PortalBrowser::admitDialog()
{
    if (m_dialogsSuppressed)
        return false;
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 now = m_clock.elapsed();
    m_dialogTimes.removeIf([now](qint64 at) { return now - at > dialogWindowMs; });
    m_dialogTimes.append(now);
    if (m_dialogTimes.size() <= maxDialogs)
        return true;
    m_dialogsSuppressed = true;
    qCInfo(lcBrowser).noquote() << "the page on" << m_startUrl.host()
                                << "showed too many dialogs; refusing the rest";
    Q_EMIT dialogsSuppressedChanged();
    return false;
}

QString PortalBrowser::phoneUrl(const QUrl &url) const
{
    const ExternalLink link = ExternalLink::classify(url);
    return link.offer == ExternalLink::Offer::Phone ? link.phoneUrl.toString(QUrl::FullyEncoded)
                                                    : QString();
}

QString PortalBrowser::phoneHost(const QUrl &url) const
{
    return ExternalLink::classify(url).host;
}

void PortalBrowser::setStartUrl(const QUrl &url)
{
    if (url == m_startUrl)
        return;
    m_startUrl = url;
    applyPolicy();
}

void PortalBrowser::setLoginHosts(const QStringList &hosts)
{
    if (hosts == m_loginHosts)
        return;
    m_loginHosts = hosts;
    applyPolicy();
}

void PortalBrowser::setWebView(QObject *view)
{
    if (view == m_webView)
        return;
    m_webView = view;
    // QML sets this while it builds BrowserView, before the view loads anything, so the first
    // request already goes through this profile and its filter.
    // The view's property is a QQuickWebEngineProfile*, a type this library does not link:
    // the QVariant carries the property's own meta-type around the pointer.
    bool ready = false;
    if (view && m_profile && m_filter) {
        const QMetaObject *meta = view->metaObject();
        const QMetaProperty property = meta->property(meta->indexOfProperty("profile"));
        QObject *profile = m_profile.data();
        if (property.isValid())
            property.write(view, QVariant(property.metaType(), &profile));
        // Fail closed: trust what the view reports, not what was written. A view that kept
        // another profile (Qt's shared default one, without the filter) must load nothing.
        const QObject *taken
            = property.isValid() ? property.read(view).value<QObject *>() : nullptr;
        ready = taken == m_profile && m_profile->property("offTheRecord").toBool();
    }
    if (view && !ready)
        qCCritical(lcBrowser) << "the view did not take the kiosk profile: loading nothing";
    Q_EMIT webViewChanged();
    if (ready != m_ready) {
        m_ready = ready;
        Q_EMIT readyChanged();
    }
}

int PortalBrowser::blockedRequests() const
{
    return m_filter ? m_filter->property("blockedCount").toInt() : 0;
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
    case Reason::LocalNetwork: // no QR code: a phone cannot reach the kiosk's LAN either
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
