// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The kiosk browser in the real shell, against a real HTTPS server on 127.0.0.1: a hostile page
// that tries every way out, a page whose cookie, local storage and IndexedDB must not survive the
// session, the idle timeout inside the page, and a renderer crash.
//
// "Other sites" are https://other.test:<port>/...: the same test server under a public-looking
// name the portal (https://127.0.0.1:<port>) does not own (the harness maps *.test to 127.0.0.1;
// the kiosk refuses localhost itself), so a request that got through would be counted there.

#include "core/clock.h"
#include "kioskharness.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"

#include <QFile>
#include <QGuiApplication>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using MistTest::KioskHarness;
using MistTest::TestHttpsServer;

namespace {

// Reports go to the portal's own server, one path each, so the test reads them from its counters.
constexpr auto reportScript = R"(
function report(what) { fetch('/report/' + what).catch(() => {}); }
)";

QByteArray page(const QByteArray &title, const QByteArray &script = {})
{
    return "<!doctype html><html><head><meta charset=utf-8><title>" + title
        + "</title></head><body><h1>" + title + "</h1><script>" + reportScript + script
        + "</script></body></html>";
}

TestHttpsServer::Route html(const QByteArray &body)
{
    TestHttpsServer::Route route = TestHttpsServer::text(body);
    route.contentType = "text/html; charset=utf-8";
    return route;
}

} // namespace

class TestPortalBrowser : public QObject
{
    Q_OBJECT

private:
    TestHttpsServer m_server {TestHttpsServer::Threading::OwnThread};
    std::unique_ptr<KioskHarness> m_kiosk;

    QUrl portal(const QString &path) const { return m_server.url(path); }
    QUrl otherSite(const QString &path) const
    {
        QUrl url = m_server.url(path);
        url.setHost(u"other.test"_s);
        return url;
    }

    QQuickItem *child(const char *name) const
    {
        QQuickItem *browser = m_kiosk->browser();
        return browser ? browser->findChild<QQuickItem *>(QString::fromLatin1(name)) : nullptr;
    }

    bool blockedShown() const
    {
        QQuickItem *browser = m_kiosk->browser();
        return browser && browser->property("blockedShown").toBool();
    }

    void dismissBlocked() const
    {
        if (QQuickItem *card = child("blockedCard"))
            card->setVisible(false);
    }

    // Opens the hostile page in a new session.
    void openHostile()
    {
        m_kiosk->session().start();
        QVERIFY(m_kiosk->openPortal(portal(u"/hostile"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
    }

    // After an escape attempt: the card names the address, nothing reached the other site, and
    // the view is still on the portal.
    void expectBlocked(const QString &path, bool otherSiteCard = true)
    {
        QTRY_VERIFY_WITH_TIMEOUT(blockedShown(), 10000);
        if (otherSiteCard) {
            QVERIFY2(m_kiosk->browser()->property("blockedUrl").toString().contains(path),
                qPrintable(m_kiosk->browser()->property("blockedUrl").toString()));
            QVERIFY(child("blockedQr")->isVisible());
        }
        QTest::qWait(300); // give a request that slipped through the time to arrive
        QCOMPARE(m_server.requestCount(path), 0);
        QCOMPARE(m_kiosk->url().host(), u"127.0.0.1"_s);
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
        dismissBlocked();
    }

    // For escapes that Chromium stops itself (file:, data: and chrome: from a web page): the
    // view must still be on the portal afterwards.
    void expectStillOnPortal()
    {
        QTest::qWait(800);
        QVERIFY(m_kiosk->view());
        QCOMPARE(m_kiosk->url(), portal(u"/hostile"_s));
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
        dismissBlocked();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setRoute(u"/portal"_s, html(page("portal")));
        m_server.setRoute(u"/hostile"_s, html(page("hostile")));
        m_server.setRoute(
            u"/redirect"_s, TestHttpsServer::redirect(otherSite(u"/evil-redirect"_s)));
        TestHttpsServer::Route download = TestHttpsServer::text("secret file");
        download.contentType = "application/octet-stream";
        download.headers.append(std::pair<QByteArray, QByteArray>(
            "Content-Disposition", "attachment; filename=\"report.bin\""));
        m_server.setRoute(u"/download"_s, download);
        m_server.setRoute(u"/sub-ok"_s, TestHttpsServer::text("ok"));
        m_server.setRoute(u"/store"_s, html(page("store", R"(
document.cookie = 'mist=1; Secure; SameSite=Lax; Max-Age=3600';
localStorage.setItem('mist', '1');
const open = indexedDB.open('mist', 1);
open.onupgradeneeded = () => open.result.createObjectStore('kv');
open.onsuccess = () => {
    const tx = open.result.transaction('kv', 'readwrite');
    tx.objectStore('kv').put('1', 'mist');
    tx.oncomplete = () => { document.title = 'stored'; };
};
)")));
        m_server.setRoute(u"/probe"_s, html(page("probe", R"(
const cookie = document.cookie.includes('mist=1') ? 1 : 0;
const ls = localStorage.getItem('mist') === '1' ? 1 : 0;
const open = indexedDB.open('mist');
let idb = 0;
open.onsuccess = () => {
    const db = open.result;
    const done = () => { document.title = 'found:cookie=' + cookie + ',ls=' + ls + ',idb=' + idb; };
    if (!db.objectStoreNames.contains('kv')) { done(); return; }
    const get = db.transaction('kv').objectStore('kv').get('mist');
    get.onsuccess = () => { idb = get.result === '1' ? 1 : 0; done(); };
    get.onerror = done;
};
open.onerror = () => { document.title = 'found:cookie=' + cookie + ',ls=' + ls + ',idb=error'; };
)")));
        m_server.setRoute(u"/form"_s, html(page("form", R"(
const q = document.createElement('input');
q.addEventListener('input', () => { document.title = 'typed:' + q.value; });
document.body.appendChild(q);
q.focus();
)")));
        QVERIFY(m_server.start());

        m_kiosk = std::make_unique<KioskHarness>();
        QVERIFY(m_kiosk->load());
    }

    void cleanup()
    {
        if (m_kiosk->session().isActive())
            m_kiosk->session().finish();
        QTRY_VERIFY(!m_kiosk->browser());
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    // The shell loads nothing of WebEngine until a portal is opened: no browser process, and
    // not even its libraries in memory.
    void browserIsNotLoadedAtStart()
    {
        QVERIFY(!m_kiosk->browser());
        QCOMPARE(MistTest::webEngineChildren(), 0);
        QFile maps(u"/proc/self/maps"_s);
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(!mapped.contains("libQt6WebEngineCore"));
        QVERIFY(!mapped.contains("libmist-webengine"));
    }

    void opensThePortalWithTheKioskBar()
    {
        m_kiosk->session().start();
        QVERIFY(m_kiosk->openPortal(portal(u"/portal"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QCOMPARE(m_kiosk->title(), u"portal"_s);
        QVERIFY(child("browserFinishButton")->isVisible());
        QVERIFY(child("browserBackButton")->isVisible());
        QVERIFY(child("browserStartButton")->isVisible());
        QVERIFY(child("browserTextSizeButton")->isVisible());
        QVERIFY(child("publicComputerNotice")->isVisible());
        QVERIFY(!blockedShown());
        QObject *profile = m_kiosk->profile();
        QVERIFY(profile);
        QVERIFY(profile->property("offTheRecord").toBool());
    }

    void linkToAnotherSiteIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(
            u"location.href = '%1'"_s.arg(otherSite(u"/evil-link"_s).toString()));
        expectBlocked(u"/evil-link"_s);
    }

    void clickedLinkToAnotherSiteIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(u"const a = document.createElement('a'); a.href = '%1';"
                               "document.body.appendChild(a); a.click();"_s.arg(
                                   otherSite(u"/evil-click"_s).toString()));
        expectBlocked(u"/evil-click"_s);
    }

    void redirectToAnotherSiteIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(u"location.href = '/redirect'"_s);
        expectBlocked(u"/evil-redirect"_s);
        QCOMPARE(m_server.requestCount(u"/redirect"_s), 1);
    }

    void windowOpenIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(u"window.open('%1')"_s.arg(otherSite(u"/evil-popup"_s).toString()));
        expectBlocked(u"/evil-popup"_s);
    }

    void targetBlankIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(
            u"const a = document.createElement('a'); a.href = '%1';"
            "a.target = '_blank'; document.body.appendChild(a); a.click();"_s.arg(
                otherSite(u"/evil-blank"_s).toString()));
        expectBlocked(u"/evil-blank"_s);
    }

    // window.open of a page of the portal opens it in the same view, never a second window.
    void newWindowOnThePortalOpensInTheSameView()
    {
        openHostile();
        m_kiosk->runJavaScript(u"window.open('/portal', '_blank')"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"portal"_s, 10000);
        QVERIFY(!blockedShown());
    }

    void formPostToAnotherSiteIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(u"const f = document.createElement('form'); f.method = 'post';"
                               "f.action = '%1'; const i = document.createElement('input');"
                               "i.name = 'pin'; i.value = '1234'; f.appendChild(i);"
                               "document.body.appendChild(f); f.submit();"_s.arg(
                                   otherSite(u"/evil-form"_s).toString()));
        expectBlocked(u"/evil-form"_s);
    }

    void plainHttpIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(
            u"location.href = '%1'"_s.arg(m_server.plainUrl(u"/evil-http"_s).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(blockedShown(), 10000);
        QTest::qWait(300);
        QCOMPARE(m_server.requestCount(u"/evil-http"_s), 0);
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
    }

    void iframeOfAnotherSiteIsBlocked()
    {
        openHostile();
        m_kiosk->runJavaScript(
            u"const f = document.createElement('iframe'); f.src = '%1';"
            "document.body.appendChild(f);"_s.arg(otherSite(u"/evil-frame"_s).toString()));
        QTest::qWait(1500);
        QCOMPARE(m_server.requestCount(u"/evil-frame"_s), 0);
        // An iframe is part of the page, not the citizen's choice: no card for it.
        QVERIFY(!blockedShown());
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
    }

    void localAndBrowserSchemesAreBlocked_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("file:") << u"location.href = 'file:///etc/hostname'"_s;
        QTest::newRow("data:") << u"location.href = 'data:text/html,<title>pwned</title>'"_s;
        QTest::newRow("javascript: in a new window")
            << u"window.open(\"javascript:document.title='pwned'\")"_s;
        QTest::newRow("view-source:") << u"location.href = 'view-source:' + location.href"_s;
        QTest::newRow("chrome:") << u"location.href = 'chrome://version'"_s;
        QTest::newRow("window.open file:") << u"window.open('file:///etc/hostname')"_s;
        QTest::newRow("window.open data:")
            << u"window.open('data:text/html,<title>pwned</title>')"_s;
        QTest::newRow("blob: page") << u"location.href = URL.createObjectURL(new Blob("
                                       "['<title>pwned</title>'], {type: 'text/html'}))"_s;
    }

    void localAndBrowserSchemesAreBlocked()
    {
        QFETCH(QString, script);
        openHostile();
        m_kiosk->runJavaScript(script);
        expectStillOnPortal();
    }

    // The same, asked by the kiosk itself rather than the page (Chromium does not stop these):
    // only the navigation policy refuses them.
    void policyRefusesSchemesChromiumWouldOpen_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("file:") << u"file:///etc/hostname"_s;
        QTest::newRow("data:") << u"data:text/html,<title>pwned</title>"_s;
        QTest::newRow("chrome:") << u"chrome://version"_s;
        QTest::newRow("other site") << otherSite(u"/evil-direct"_s).toString();
    }

    void policyRefusesSchemesChromiumWouldOpen()
    {
        QFETCH(QString, address);
        openHostile();
        m_kiosk->view()->setProperty("url", QUrl(address));
        QTRY_VERIFY_WITH_TIMEOUT(blockedShown(), 10000);
        QTest::qWait(300);
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
        QCOMPARE(m_server.requestCount(u"/evil-direct"_s), 0);
    }

    // Sub-resources: https from anywhere (CDNs) loads; plain http never reaches the network.
    void subResourcesAreFiltered()
    {
        openHostile();
        const int blockedBefore = m_kiosk->portalBrowser()->property("blockedRequests").toInt();
        m_kiosk->runJavaScript(
            u"fetch('%1').then(() => report('sub-ok-loaded'));"
            "const i = new Image(); i.src = '%2';"_s.arg(
                otherSite(u"/sub-ok"_s).toString(), m_server.plainUrl(u"/evil-img"_s).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/sub-ok"_s), 1, 10000);
        QTest::qWait(500);
        QCOMPARE(m_server.requestCount(u"/evil-img"_s), 0);
        QCOMPARE(m_server.plainConnectionCount(), 0);
        qInfo() << "requests refused by the filter:"
                << m_kiosk->portalBrowser()->property("blockedRequests").toInt() - blockedBefore;
    }

    void downloadsAreRefused()
    {
        openHostile();
        m_kiosk->runJavaScript(u"location.href = '/download'"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child("browserNotice")->isVisible(), 10000);
        QCOMPARE(m_kiosk->title(), u"hostile"_s);
    }

    void permissionsAreRefused()
    {
        openHostile();
        m_kiosk->runJavaScript(uR"(
navigator.geolocation.getCurrentPosition(() => report('geo-granted'), () => report('geo-denied'));
Notification.requestPermission().then(p => report('notify-' + p));
navigator.mediaDevices.getUserMedia({video: true, audio: true})
    .then(() => report('media-granted'), () => report('media-denied'));
navigator.clipboard.readText().then(() => report('clip-read'), () => report('clip-denied'));
)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/geo-denied"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/media-denied"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/clip-denied"_s), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(u"/report/notify-denied"_s)
                    + m_server.requestCount(u"/report/notify-default"_s)
                == 1,
            10000);
        QCOMPARE(m_server.requestCount(u"/report/geo-granted"_s), 0);
        QCOMPARE(m_server.requestCount(u"/report/media-granted"_s), 0);
        QCOMPARE(m_server.requestCount(u"/report/clip-read"_s), 0);
        QCOMPARE(m_server.requestCount(u"/report/notify-granted"_s), 0);
    }

    void javaScriptDialogsAreKioskDialogs()
    {
        openHostile();
        m_kiosk->runJavaScript(
            u"report(confirm('<b>Delete?</b>') ? 'confirm-yes' : 'confirm-no')"_s);
        QQuickItem *dialog = child("jsDialog");
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
        QCOMPARE(child("jsDialogMessage")->property("text").toString(), u"<b>Delete?</b>"_s);
        QCOMPARE(child("jsDialogMessage")->property("textFormat").toInt(), int(Qt::PlainText));
        QVERIFY(child("jsDialogCancel")->isVisible());
        QMetaObject::invokeMethod(dialog, "close", Q_ARG(bool, false));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/confirm-no"_s), 1, 10000);
        QVERIFY(!dialog->isVisible());
    }

    // Issue 18: a physical keyboard in the portal. Letters reach the page's field; a page's
    // dialog answers Enter and Escape; Tab leaves the page for the browser's own bar and never
    // for the screens under the browser; Escape on the bar and Alt+Left in the page are Back
    // (out of the portal from its first page); Enter on Finish ends the visit.
    void physicalKeyboardInThePage()
    {
        QQuickWindow *window = m_kiosk->window();
        m_kiosk->session().start();
        QVERIFY(m_kiosk->openPortal(portal(u"/form"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QTRY_VERIFY(window->activeFocusItem());
        for (const char letter : {'m', 'i', 's', 't'})
            QTest::keyClick(window, letter);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"typed:mist"_s, 10000);

        m_kiosk->runJavaScript(u"report(confirm('Go on?') ? 'key-yes' : 'key-no')"_s);
        QQuickItem *dialog = child("jsDialog");
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/key-no"_s), 1, 10000);
        QVERIFY(!dialog->isVisible());
        m_kiosk->runJavaScript(u"report(confirm('Go on?') ? 'key-yes' : 'key-no')"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/key-yes"_s), 1, 10000);
        QTRY_VERIFY(!dialog->isVisible());

        // Tab: through the page and out to the bar, always inside the browser.
        QQuickItem *browser = m_kiosk->browser();
        QQuickItem *finish = child("browserFinishButton");
        bool reached = false;
        for (int i = 0; i < 20 && !reached; ++i) {
            QTest::keyClick(window, Qt::Key_Tab);
            QTest::qWait(200); // the page's renderer moves its focus a moment later
            QQuickItem *focused = window->activeFocusItem();
            QVERIFY(focused);
            QVERIFY2(browser->isAncestorOf(focused), qPrintable(focused->objectName()));
            reached = focused == finish;
        }
        QVERIFY2(reached, "Tab never reached Finish");
        QVERIFY(finish->property("visualFocus").toBool());

        // Escape on the bar is Back: out of the portal from its first page; the visit goes on.
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->browser(), 10000);
        QVERIFY(m_kiosk->session().isActive());

        // In the page Alt+Left, a browser's Back, is Back.
        QVERIFY(m_kiosk->openPortal(portal(u"/form"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QTRY_VERIFY(window->activeFocusItem());
        QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->browser(), 10000);
        QVERIFY(m_kiosk->session().isActive());

        QVERIFY(m_kiosk->openPortal(portal(u"/form"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        reached = false;
        for (int i = 0; i < 20 && !reached; ++i) {
            QTest::keyClick(window, Qt::Key_Tab, Qt::ShiftModifier);
            QTest::qWait(200);
            reached = window->activeFocusItem() == child("browserFinishButton");
        }
        QVERIFY2(reached, "Shift+Tab never reached Finish");
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY(!m_kiosk->session().isActive());
    }

    // Cookie, localStorage and IndexedDB written in one session are there for the rest of it, and
    // gone in the next.
    void nothingSurvivesTheSession()
    {
        m_kiosk->session().start();
        QVERIFY(m_kiosk->openPortal(portal(u"/store"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"stored"_s, 20000);
        // The probe sees the data within the session, so it can tell.
        m_kiosk->view()->setProperty("url", portal(u"/probe"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"found:cookie=1,ls=1,idb=1"_s, 20000);
        QVERIFY(m_server.lastRequest(u"/probe"_s)->headers.value("cookie").contains("mist=1"));

        QPointer<QObject> profile = m_kiosk->profile();
        QPointer<QQuickItem> view = m_kiosk->view();
        QVERIFY(profile);
        QTest::failOnWarning(QRegularExpression(u"Release of profile requested"_s));
        m_kiosk->session().finish();
        QTRY_VERIFY(!view);
        QTRY_VERIFY(!profile);
        QQuickItem *banner = m_kiosk->shell()->findChild<QQuickItem *>(u"erasedBanner"_s);
        QVERIFY(banner->isVisible());

        m_kiosk->session().start();
        QVERIFY(!banner->isVisible());
        QVERIFY(m_kiosk->openPortal(portal(u"/probe"_s)));
        QVERIFY(m_kiosk->profile() != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"found:cookie=0,ls=0,idb=0"_s, 20000);
        QVERIFY(!m_server.lastRequest(u"/probe"_s)->headers.contains("cookie"));
    }

    // Issue 19: with warm_browser the visit's browser is made as the visit begins, hidden and
    // loading nothing; "Open here" opens the portal in that very browser. It is the visit's own:
    // Finish destroys it and its profile, the next visit gets a new one and finds nothing of the
    // last; leaving a portal prepares a fresh one for the next portal of the same visit.
    void warmBrowserIsTheVisitsOwn()
    {
        m_kiosk->setWarmBrowser(true);
        const auto cold = qScopeGuard([this] { m_kiosk->setWarmBrowser(false); });
        m_kiosk->session().start();
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->preparedBrowser(), 10000);
        QPointer<QQuickItem> prepared = m_kiosk->preparedBrowser();
        QVERIFY(!prepared->isVisible());
        QVERIFY(!m_kiosk->browser()); // not open: nothing on screen, nothing for ScreenText
        auto *preparedView = prepared->findChild<QQuickItem *>(u"portalView"_s);
        QVERIFY(preparedView);
        QVERIFY(preparedView->property("url").toUrl().isEmpty()); // it loads nothing
        // ...but Qt WebEngine starts the view's renderer with it: "Open here" only navigates.
        QTRY_COMPARE_WITH_TIMEOUT(MistTest::rendererChildren(), 1, 10000);

        QCOMPARE(m_kiosk->openPortal(portal(u"/store"_s)), prepared.data());
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"stored"_s, 20000);
        QVERIFY(m_kiosk->browser()->isVisible());
        QCOMPARE(MistTest::rendererChildren(), 1); // the portal took the prepared renderer
        QPointer<QObject> profile = m_kiosk->profile();
        QVERIFY(profile);

        m_kiosk->session().finish();
        QTRY_VERIFY(!prepared);
        QTRY_VERIFY(!profile);
        QVERIFY(!m_kiosk->preparedBrowser());
        QTRY_COMPARE_WITH_TIMEOUT(MistTest::rendererChildren(), 0, 10000);

        m_kiosk->session().start();
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->preparedBrowser(), 10000);
        QVERIFY(m_kiosk->openPortal(portal(u"/probe"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"found:cookie=0,ls=0,idb=0"_s, 20000);
        QVERIFY(!m_server.lastRequest(u"/probe"_s)->headers.contains("cookie"));

        // Back out of the portal: the visit goes on, with a fresh browser prepared again.
        QPointer<QObject> used = m_kiosk->profile();
        QVERIFY(QMetaObject::invokeMethod(m_kiosk->shell(), "closePortal"));
        QTRY_VERIFY(!used);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->preparedBrowser(), 10000);
        QVERIFY(m_kiosk->session().isActive());
        m_kiosk->session().finish();
        QTRY_VERIFY(!m_kiosk->preparedBrowser());
    }

    // Touches inside the page keep the session alive; without them the session ends, and with it
    // the browser, its view and its profile.
    void idleTimeoutInsideTheBrowser()
    {
        Mist::SessionController &session = m_kiosk->session();
        session.start();
        QVERIFY(m_kiosk->openPortal(portal(u"/portal"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QPointer<QQuickItem> view = m_kiosk->view();
        QPointer<QObject> profile = m_kiosk->profile();

        m_kiosk->clock().advance(80000);
        const QPoint inPage
            = view->mapToScene(QPointF(view->width() / 2, view->height() / 2)).toPoint();
        QTest::mouseClick(m_kiosk->window(), Qt::LeftButton, {}, inPage);
        QTest::keyClick(m_kiosk->window(), Qt::Key_Down);
        m_kiosk->clock().advance(80000); // 160 s since the start, 80 s since the touch
        QVERIFY(session.isActive());
        QVERIFY(!session.isWarningActive());

        QSignalSpy ended(&session, &Mist::SessionController::sessionEnded);
        m_kiosk->clock().advance(11000);
        QTRY_VERIFY(session.isWarningActive());
        m_kiosk->clock().advance(31000);
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.constFirst().constFirst().value<Mist::SessionController::EndReason>(),
            Mist::SessionController::EndReason::TimedOut);
        QTRY_VERIFY(!m_kiosk->browser());
        QTRY_VERIFY(!view);
        QTRY_VERIFY(!profile);
        QCOMPARE(m_kiosk->shell()->property("currentScreen").toString(), u"attract"_s);
    }

    // A dead renderer: a clean "let's start again" over the home screen, never a blank page; the
    // next portal gets a new profile.
    void rendererCrashStartsAgain()
    {
        m_kiosk->session().start();
        QVERIFY(m_kiosk->openPortal(portal(u"/portal"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QPointer<QObject> profile = m_kiosk->profile();
        const qint64 pid = m_kiosk->view()->property("renderProcessPid").toLongLong();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->browser(), 10000);
        QTRY_VERIFY(!profile);
        QQuickItem *card = m_kiosk->shell()->findChild<QQuickItem *>(u"startAgainCard"_s);
        QVERIFY(card->isVisible());
        QCOMPARE(m_kiosk->shell()->property("currentScreen").toString(), u"home"_s);
        QVERIFY(m_kiosk->session().isActive());

        QVERIFY(m_kiosk->openPortal(portal(u"/portal"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QCOMPARE(m_kiosk->title(), u"portal"_s);
    }

    // After all of it: no renderer is left once the last browser is gone.
    void noRendererRemains() { QTRY_COMPARE_WITH_TIMEOUT(MistTest::rendererChildren(), 0, 10000); }
};

int main(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    TestPortalBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_portalbrowser.moc"
