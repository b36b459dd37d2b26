// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The C++ half of one kiosk browser (BrowserView.qml): a fresh off-the-record WebEngine profile
// that filters every request through the portal's NavigationPolicy, and the policy itself for
// the view's navigation handlers.
//
// Lifetime is the point. A PortalBrowser lives inside BrowserView.qml, so it goes when the shell
// unloads the browser (finish, idle timeout, renderer crash, or back out of the portal). Its
// profile - cookies, local storage, IndexedDB, service workers, HTTP cache and HTTP-auth, all in
// memory only - is deleted after that, on the next turn of the event loop, when the view and its
// page are already gone (a profile must outlive its pages). A new browser gets a new profile, so
// no citizen ever sees another's data.
#pragma once

#include "browser/navigationpolicy.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Mist {

class PortalBrowser
    : public QObject
    , public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    // The portal's address, and the extra hosts its login needs. Set once, at creation.
    Q_PROPERTY(QUrl startUrl READ startUrl WRITE setStartUrl NOTIFY policyChanged)
    Q_PROPERTY(QList<QString> loginHosts READ loginHosts WRITE setLoginHosts NOTIFY policyChanged)
    // The profile for the view: made with this object, filtered by the policy above.
    // Null only if libmist-webengine could not be loaded (logged).
    Q_PROPERTY(QObject *profile READ profile CONSTANT)
    // The WebEngineView that browses with this profile. Set from QML instead of binding the view's
    // profile, which Qt 6.4's qmllint cannot check (it crashes on the WebEngine profile type).
    Q_PROPERTY(QObject *webView READ webView WRITE setWebView NOTIFY webViewChanged)
    // Sub-requests the filter refused (images, scripts... from places the policy forbids).
    Q_PROPERTY(int blockedRequests READ blockedRequests NOTIFY blockedRequestsChanged)
    // True once the view's own profile has been read back and is this object's off-the-record
    // profile with its request filter. Until then the view loads nothing (fail closed).
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // Console messages of the page, counted; their text is never kept or logged.
    Q_PROPERTY(int consoleMessages READ consoleMessages NOTIFY consoleMessagesChanged)
    // True once the page showed too many dialogs in a row: the rest are refused.
    Q_PROPERTY(bool dialogsSuppressed READ dialogsSuppressed NOTIFY dialogsSuppressedChanged)

public:
    // What the view does with a navigation: go, or refuse and say why in one of two ways.
    enum class Verdict {
        Allow,
        OtherSite, // a normal web address outside this portal: offer it as a QR code
        Forbidden, // file:, javascript:, chrome:... nothing a citizen can take away
    };
    Q_ENUM(Verdict)

    explicit PortalBrowser(QObject *parent = nullptr);
    ~PortalBrowser() override;

    [[nodiscard]] QUrl startUrl() const { return m_startUrl; }
    void setStartUrl(const QUrl &url);
    [[nodiscard]] QStringList loginHosts() const { return m_loginHosts; }
    void setLoginHosts(const QStringList &hosts);
    [[nodiscard]] QObject *profile() const { return m_profile; }
    [[nodiscard]] int blockedRequests() const;
    [[nodiscard]] QObject *webView() const { return m_webView; }
    void setWebView(QObject *view);

    // For the view's navigationRequested and newWindowRequested handlers.
    [[nodiscard]] Q_INVOKABLE Mist::PortalBrowser::Verdict check(
        const QUrl &url, bool mainFrame) const;
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] int consoleMessages() const { return m_consoleMessages; }
    [[nodiscard]] bool dialogsSuppressed() const { return m_dialogsSuppressed; }

    // For the view's javaScriptConsoleMessage handler: counts, and drops the text.
    Q_INVOKABLE void countConsoleMessage();
    // For the view's javaScriptDialogRequested handler: true to show this dialog; false once more
    // than maxDialogs came within dialogWindowMs (an alert() loop), and for every later one.
    [[nodiscard]] Q_INVOKABLE bool admitDialog();
    static constexpr int maxDialogs = 3;
    static constexpr qint64 dialogWindowMs = 10000;

    // For the "another website" card (ExternalLink): the address to offer as a QR code (empty if
    // none may be offered), and its host to show.
    [[nodiscard]] Q_INVOKABLE QString phoneUrl(const QUrl &url) const;
    [[nodiscard]] Q_INVOKABLE QString phoneHost(const QUrl &url) const;

    // Empties every clipboard mode (clipboard, selection, find buffer): whatever a page copied
    // goes with the portal and with the session.
    static void clearClipboard();

    // Logs a refused frame navigation (host only) so the librarian can see a portal that needs
    // another login host.
    Q_INVOKABLE void noteRefused(const QUrl &url) const;

    void classBegin() override { }
    void componentComplete() override;

Q_SIGNALS:
    void policyChanged();
    void webViewChanged();
    void blockedRequestsChanged();
    void readyChanged();
    void consoleMessagesChanged();
    void dialogsSuppressedChanged();

private:
    // The policy from the start page and login hosts, here and in the request filter.
    void applyPolicy();

    QUrl m_startUrl;
    QStringList m_loginHosts;
    NavigationPolicy m_policy;
    QPointer<QObject> m_profile; // a QQuickWebEngineProfile
    QPointer<QObject> m_filter; // a PortalRequestFilter, the profile's child
    QPointer<QObject> m_webView;
    bool m_ready = false;
    int m_consoleMessages = 0;
    bool m_dialogsSuppressed = false;
    QElapsedTimer m_clock;
    QList<qint64> m_dialogTimes; // ms on m_clock of the dialogs shown lately
};

} // namespace Mist
