// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Issue 16, the browser's half: what a portal gives the citizen goes into the visit's document
// tray, in the real shell with the real Qt WebEngine, against a real HTTPS server on 127.0.0.1.
// A portal's PDF download lands there byte for byte, and its page's own "Print" as a PDF; every
// other download is refused (not a PDF by type or by its bytes, another website, too large, a
// full tray, documents switched off); nothing stays in the scratch directory, and the end of the
// visit empties the tray and removes the directory. The browser's bar still fits with
// "Documents" in it.

#include "documents/documenttray.h"
#include "documents/sessionscratch.h"
#include "kioskharness.h"
#include "layoutwalker.h"
#include "preferences.h"
#include "printing/plainpdf.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Mist::DocumentTray;
using MistTest::KioskHarness;
using MistTest::TestHttpsServer;

namespace {

QByteArray page(const QByteArray &title, const QByteArray &body = {})
{
    return "<!doctype html><html><head><meta charset=utf-8><title>" + title
        + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>";
}

TestHttpsServer::Route html(const QByteArray &body)
{
    TestHttpsServer::Route route = TestHttpsServer::text(body);
    route.contentType = "text/html; charset=utf-8";
    return route;
}

TestHttpsServer::Route file(const QByteArray &body, const QByteArray &type, const QByteArray &name)
{
    TestHttpsServer::Route route = TestHttpsServer::text(body);
    route.contentType = type;
    route.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Disposition", "attachment; filename=\"" + name + "\""));
    return route;
}

// A PDF that is large, and still a PDF: padding in a comment between header and end.
QByteArray largePdf(qsizetype size)
{
    QByteArray bytes = Mist::PlainPdf::numberedPages(1);
    const qsizetype end = bytes.lastIndexOf("%%EOF");
    bytes.insert(end, QByteArray(size - bytes.size(), ' '));
    return bytes;
}

} // namespace

class TestBrowserDocuments : public QObject
{
    Q_OBJECT

private:
    TestHttpsServer m_server {TestHttpsServer::Threading::OwnThread};
    std::unique_ptr<KioskHarness> m_kiosk;
    QByteArray m_pdf = Mist::PlainPdf::numberedPages(2);

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

    QString noticeText() const
    {
        QQuickItem *notice = child("browserNotice");
        return notice && notice->isVisible()
            ? child("browserNoticeText")->property("text").toString()
            : QString();
    }

    void hideNotice() const
    {
        if (QQuickItem *notice = child("browserNotice"))
            notice->setVisible(false);
    }

    // A new visit on the portal's page (in English: the messages are read in the tests).
    void openPortal()
    {
        m_kiosk->session().start();
        m_kiosk->preferences().setLanguage(u"en"_s);
        QVERIFY(m_kiosk->openPortal(m_server.url(u"/portal"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        QCOMPARE(m_kiosk->title(), u"portal"_s);
    }

    // The page follows a link to path (a download is a navigation that ends as a file).
    void follow(const QString &path) const
    {
        m_kiosk->runJavaScript(u"location.href = '%1'"_s.arg(path));
    }

    // The page downloads href with <a download>, as portals' "Save" buttons do.
    void downloadLink(const QString &href) const
    {
        m_kiosk->runJavaScript(u"const a = document.createElement('a'); a.href = '%1';"
                               "a.download = 'document.pdf'; document.body.appendChild(a);"
                               "a.click();"_s.arg(href));
    }

    // After a refusal: the message says so, nothing came in, and nothing waits in the scratch
    // directory.
    void expectRefused(const QString &messagePart)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!noticeText().isEmpty(), 15000);
        QVERIFY2(noticeText().contains(messagePart), qPrintable(noticeText()));
        QCOMPARE(m_kiosk->documents().count(), 0);
        QVERIFY(!child("browserDocumentsButton")->isVisible());
        QVERIFY(!child("browserNoticeDocumentsButton")->isVisible());
        expectScratchEmpty();
        QCOMPARE(m_kiosk->title(), u"portal"_s); // still on the page
    }

    void expectScratchEmpty()
    {
        Mist::SessionScratch &scratch = m_kiosk->scratch();
        if (scratch.exists()) {
            QTRY_VERIFY_WITH_TIMEOUT(
                QDir(scratch.directory())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty(),
                5000);
        }
    }

    const DocumentTray::Document *onlyDocument() const
    {
        const DocumentTray &tray = m_kiosk->documents();
        if (tray.count() != 1)
            return nullptr;
        return tray.document(tray.data(tray.index(0), DocumentTray::IdRole).toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setRoute(u"/portal"_s, html(page("portal")));
        m_server.setRoute(u"/statement.pdf"_s, file(m_pdf, "application/pdf", "statement.pdf"));
        // Many servers send every file as octet-stream: the name says PDF, the bytes decide.
        m_server.setRoute(u"/octet.pdf"_s, file(m_pdf, "application/octet-stream", "extract.pdf"));
        m_server.setRoute(
            u"/report.bin"_s, file("secret file", "application/octet-stream", "report.bin"));
        m_server.setRoute(u"/page.html"_s, file(page("saved"), "text/html", "page.html"));
        m_server.setRoute(u"/fake.pdf"_s,
            file("<html>this is not a PDF at all</html>", "application/pdf", "fake.pdf"));
        m_server.setRoute(u"/doc.pdf"_s, file(m_pdf, "application/pdf", "doc.pdf"));
        m_server.setRoute(u"/redirect-doc"_s, TestHttpsServer::redirect(otherSite(u"/doc.pdf"_s)));
        const QByteArray tooLarge = largePdf(DocumentTray::maxBytes + 1024);
        m_server.setRoute(u"/large.pdf"_s, file(tooLarge, "application/pdf", "large.pdf"));
        // Without a length: cancelled once it has grown past the limit.
        TestHttpsServer::Route chunked = file(tooLarge, "application/pdf", "chunked.pdf");
        chunked.chunked = true;
        m_server.setRoute(u"/chunked.pdf"_s, chunked);
        m_server.setRoute(u"/printable"_s,
            html(page("Довідка про доходи",
                "<p>Page one of the statement.</p><div style='page-break-before: always'>"
                "Page two.</div>")));
        QVERIFY(m_server.start());

        m_kiosk = std::make_unique<KioskHarness>();
        QVERIFY(m_kiosk->load());
    }

    void cleanup()
    {
        m_kiosk->documents().setPortalDocumentsAllowed(true);
        if (m_kiosk->session().isActive())
            m_kiosk->session().finish();
        QTRY_VERIFY(!m_kiosk->browser());
        QCOMPARE(m_kiosk->documents().count(), 0);
        m_kiosk->window()->resize(1280, 800);
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void pdfDownloadLandsInTheTray_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("link");
        QTest::newRow("application/pdf") << u"/statement.pdf"_s << u"statement.pdf"_s << false;
        QTest::newRow("octet-stream, .pdf name") << u"/octet.pdf"_s << u"extract.pdf"_s << false;
        // <a download="document.pdf">: the page's name wins, as in any browser.
        QTest::newRow("a download link") << u"/statement.pdf"_s << u"document.pdf"_s << true;
    }

    void pdfDownloadLandsInTheTray()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QFETCH(bool, link);
        openPortal();
        QVERIFY(!child("browserDocumentsButton")->isVisible());
        if (link)
            downloadLink(path);
        else
            follow(path);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->documents().count(), 1, 15000);
        const DocumentTray::Document *document = onlyDocument();
        QVERIFY(document);
        QCOMPARE(document->bytes, m_pdf); // the exact bytes
        QCOMPARE(document->title, title);
        QCOMPARE(document->origin, DocumentTray::Origin::Download);
        QCOMPARE(document->pages, 2);
        // The portal's own https address, for "take it with you".
        QCOMPARE(document->link, m_server.url(path).toString());

        // The citizen is told, with a way to the documents; the bar has "Documents: 1".
        QTRY_VERIFY(noticeText().contains(u"Saved to your documents"_s));
        QVERIFY(child("browserNoticeDocumentsButton")->isVisible());
        QQuickItem *button = child("browserDocumentsButton");
        QVERIFY(button->isVisible());
        QCOMPARE(button->property("text").toString(), u"Documents: 1"_s);
        QCOMPARE(m_kiosk->title(), u"portal"_s);
        // The file went the moment it was read.
        expectScratchEmpty();

        // Both buttons ask the shell for the documents.
        QSignalSpy requested(m_kiosk->browser(), SIGNAL(documentsRequested()));
        QMetaObject::invokeMethod(button, "clicked");
        QMetaObject::invokeMethod(child("browserNoticeDocumentsButton"), "clicked");
        QCOMPARE(requested.size(), 2);
        QVERIFY(!child("browserNotice")->isVisible());
    }

    void otherDownloadsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("octet-stream, not .pdf") << u"/report.bin"_s << u"not a PDF"_s;
        QTest::newRow("html") << u"/page.html"_s << u"not a PDF"_s;
        // The server says PDF; the bytes say otherwise.
        QTest::newRow("fake PDF") << u"/fake.pdf"_s << u"not a PDF"_s;
        QTest::newRow("too large") << u"/large.pdf"_s << u"larger than 20 MB"_s;
        QTest::newRow("too large, no length") << u"/chunked.pdf"_s << u"larger than 20 MB"_s;
    }

    void otherDownloadsAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        openPortal();
        follow(path);
        expectRefused(message);
    }

    // Another website's file: the page cannot even go there, and a download link that the portal
    // redirects there is refused by the download's own check.
    void downloadFromAnotherSiteIsRefused()
    {
        openPortal();
        m_server.resetCounters();
        downloadLink(u"/redirect-doc"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !noticeText().isEmpty() || m_kiosk->browser()->property("blockedShown").toBool(),
            15000);
        QTest::qWait(500);
        qInfo() << "redirected download:" << noticeText()
                << "requests there:" << m_server.requestCount(u"/doc.pdf"_s);
        QCOMPARE(m_kiosk->documents().count(), 0);
        expectScratchEmpty();
        if (!noticeText().isEmpty())
            QVERIFY2(noticeText().contains(u"another website"_s), qPrintable(noticeText()));

        hideNotice();
        downloadLink(otherSite(u"/doc.pdf"_s).toString());
        QTest::qWait(1500);
        qInfo() << "direct download:" << noticeText()
                << "requests there:" << m_server.requestCount(u"/doc.pdf"_s)
                << "card:" << m_kiosk->browser()->property("blockedShown").toBool();
        QCOMPARE(m_kiosk->documents().count(), 0);
        expectScratchEmpty();
    }

    // A PDF a script made (blob:, data:) has no address of the portal: refused, although the
    // server never saw it and its bytes are a PDF. Only the download's own check stops it.
    void downloadMadeByAScriptIsRefused_data()
    {
        QTest::addColumn<QString>("href");
        QTest::newRow("blob:") << u"URL.createObjectURL(new Blob([atob('%1')], "
                                  "{type: 'application/pdf'}))"_s.arg(
                                      QString::fromLatin1(m_pdf.toBase64()));
        QTest::newRow("data:") << u"'data:application/pdf;base64,%1'"_s.arg(
            QString::fromLatin1(m_pdf.toBase64()));
    }

    void downloadMadeByAScriptIsRefused()
    {
        QFETCH(QString, href);
        openPortal();
        m_kiosk->runJavaScript(u"const a = document.createElement('a'); a.href = %1;"
                               "a.download = 'made.pdf'; document.body.appendChild(a);"
                               "a.click();"_s.arg(href));
        expectRefused(u"Files cannot be saved on this computer"_s);
    }

    void documentsSwitchedOffRefuseAsBefore()
    {
        m_kiosk->documents().setPortalDocumentsAllowed(false);
        openPortal();
        follow(u"/statement.pdf"_s);
        expectRefused(u"Files cannot be saved on this computer"_s);
        m_kiosk->runJavaScript(u"window.print()"_s);
        QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(u"cannot be printed or saved"_s), 10000);
        QCOMPARE(m_kiosk->documents().count(), 0);
        QVERIFY(!m_kiosk->scratch().exists());
    }

    void fullTrayRefuses()
    {
        openPortal();
        for (int i = 0; i < DocumentTray::maxDocuments; ++i)
            QCOMPARE(m_kiosk->documents().add(m_pdf, u"earlier"_s, DocumentTray::Origin::Download),
                DocumentTray::AddResult::Added);
        follow(u"/statement.pdf"_s);
        QTRY_VERIFY_WITH_TIMEOUT(noticeText().contains(u"up to 10 documents"_s), 15000);
        QCOMPARE(m_kiosk->documents().count(), DocumentTray::maxDocuments);
        QVERIFY(child("browserNoticeDocumentsButton")->isVisible());
        expectScratchEmpty();
    }

    // window.print(): the page as a PDF in the tray, under the page's title, with no link.
    void pagePrintLandsInTheTray()
    {
        m_kiosk->session().start();
        m_kiosk->preferences().setLanguage(u"en"_s);
        QVERIFY(m_kiosk->openPortal(m_server.url(u"/printable"_s)));
        QVERIFY(m_kiosk->waitForLoad());
        m_kiosk->runJavaScript(u"window.print()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->documents().count(), 1, 20000);
        const DocumentTray::Document *document = onlyDocument();
        QVERIFY(document);
        QVERIFY(document->bytes.startsWith("%PDF"));
        QVERIFY(DocumentTray::isPdf(document->bytes));
        QVERIFY2(DocumentTray::estimatePageCount(document->bytes) >= 1,
            qPrintable(QString::number(DocumentTray::estimatePageCount(document->bytes))));
        QCOMPARE(document->title, u"Довідка про доходи"_s);
        QCOMPARE(document->origin, DocumentTray::Origin::Print);
        QVERIFY(document->link.isEmpty());
        QTRY_VERIFY(noticeText().contains(u"Saved to your documents"_s));
        expectScratchEmpty();
        QVERIFY(!m_kiosk->browser()
                     ->findChild<QObject *>(u"browserDocuments"_s)
                     ->property("printing")
                     .toBool());
    }

    // Finish: the tray is empty and the session's scratch directory is gone.
    void finishEmptiesTheTrayAndRemovesTheScratchDirectory()
    {
        openPortal();
        follow(u"/statement.pdf"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->documents().count(), 1, 15000);
        QVERIFY(m_kiosk->scratch().exists());
        const QString directory = m_kiosk->scratch().directory();
        QVERIFY(QFileInfo(directory).isDir());
        QMetaObject::invokeMethod(child("browserFinishButton"), "clicked");
        QTRY_VERIFY(!m_kiosk->browser());
        QCOMPARE(m_kiosk->documents().count(), 0);
        QVERIFY(!m_kiosk->scratch().exists());
        QVERIFY(!QFileInfo::exists(directory));
    }

    // With "Documents" in it, the bar still fits: 4:3 and portrait, at the largest text.
    void barFitsWithDocuments()
    {
        openPortal();
        QVERIFY(m_kiosk->documents().add(m_pdf, u"statement"_s, DocumentTray::Origin::Download)
            == DocumentTray::AddResult::Added);
        hideNotice();
        for (const QSize size : {QSize(1024, 768), QSize(1080, 1920), QSize(1280, 800)}) {
            for (const qreal scale : {1.0, 1.5}) {
                m_kiosk->preferences().setTextScale(scale);
                m_kiosk->window()->resize(size);
                QTRY_COMPARE(m_kiosk->browser()->width(), qreal(size.width()));
                QTest::qWait(100);
                QQuickItem *bar = child("browserDocumentsButton")->parentItem();
                const QList<Mist::LayoutProblem> problems
                    = Mist::LayoutWalker::check(bar, QRectF(QPointF(0, 0), QSizeF(size)));
                QStringList described;
                for (const Mist::LayoutProblem &problem : problems)
                    described << problem.toString();
                QVERIFY2(problems.isEmpty(), qPrintable(described.join(u"; "_s)));
                QVERIFY(child("browserDocumentsButton")->isVisible());
                QVERIFY(child("browserFinishButton")->isVisible());
                QVERIFY(child("browserBackButton")->isVisible());
            }
        }
    }
};

int main(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    TestBrowserDocuments test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browserdocuments.moc"
