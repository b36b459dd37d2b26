// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Issue 20, the browser's half: a portal form's <input type=file> opens the kiosk's own chooser
// (never a file dialog), in the real shell with the real Qt WebEngine, against a real HTTPS
// server on 127.0.0.1 that records what the form uploads. A PDF input gets the tray's PDF byte
// for byte; an image input gets a scan as a JPEG under max_upload_mb (scanned by SANE's test
// backend); a multiple input gets two files; a folder input is refused; nothing but files just
// written into the session's scratch directory is ever handed over; Finish removes the tray and
// the directory.

#include "documents/documenttray.h"
#include "documents/sessionscratch.h"
#include "kioskharness.h"
#include "preferences.h"
#include "printing/plainpdf.h"
#include "scanning/sanescanner.h"
#include "scanning/scanoutput.h"
#include "session/sessioncontroller.h"
#include "testhttpsserver.h"
#include "uploadchooser.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using Mist::DocumentTray;
using MistTest::KioskHarness;
using MistTest::TestHttpsServer;

namespace {

// A form whose file input covers the page (a tap anywhere opens it) and which posts each chosen
// file's raw bytes to /upload<i>, then names what it sent in its title.
QByteArray form(const QByteArray &inputAttributes)
{
    return "<!doctype html><html><head><meta charset=utf-8><title>form</title></head><body "
           "style='margin:0'><input id=f type=file "
        + inputAttributes
        + " style='position:fixed;left:0;top:0;width:100%;height:100%'><script>"
          "f.onchange = async () => {"
          "  const files = Array.from(f.files);"
          "  for (let i = 0; i < files.length; ++i)"
          "    await fetch('/upload' + i, {method: 'POST', body: files[i]});"
          "  document.title = 'sent ' + files.length + ' ' + files.map(x => x.type).join(',');"
          "};</script></body></html>";
}

TestHttpsServer::Route html(const QByteArray &body)
{
    TestHttpsServer::Route route = TestHttpsServer::text(body);
    route.contentType = "text/html; charset=utf-8";
    return route;
}

} // namespace

class TestBrowserUpload : public QObject
{
    Q_OBJECT

private:
    TestHttpsServer m_server {TestHttpsServer::Threading::OwnThread};
    std::unique_ptr<KioskHarness> m_kiosk;
    QByteArray m_pdf = Mist::PlainPdf::numberedPages(2, u"Statement"_s);
    QByteArray m_otherPdf = Mist::PlainPdf::numberedPages(1, u"Receipt"_s);

    QQuickItem *child(const char *name) const
    {
        QQuickItem *browser = m_kiosk->browser();
        return browser ? browser->findChild<QQuickItem *>(QString::fromLatin1(name)) : nullptr;
    }

    // Visible items called name under item, through the visual tree (a Repeater's delegates
    // are not QObject children of anything).
    static void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &found)
    {
        for (QQuickItem *child : item->childItems()) {
            if (child->objectName() == name && child->isVisible())
                found << child;
            collect(child, name, found);
        }
    }

    QList<QQuickItem *> children(const char *name) const
    {
        QList<QQuickItem *> found;
        if (QQuickItem *browser = m_kiosk->browser())
            collect(browser, QString::fromLatin1(name), found);
        return found;
    }

    bool chooserShown() const
    {
        QQuickItem *chooser = child("browserUploadChooser");
        return chooser && chooser->isVisible();
    }

    void openForm(const QString &path)
    {
        m_kiosk->session().start();
        m_kiosk->preferences().setLanguage(u"en"_s);
        QVERIFY(m_kiosk->openPortal(m_server.url(path)));
        QVERIFY(m_kiosk->waitForLoad());
        QCOMPARE(m_kiosk->title(), u"form"_s);
    }

    // A citizen's tap on the page: on the file input, which covers it.
    void tapTheFileInput()
    {
        QQuickItem *view = m_kiosk->view();
        const QPoint centre
            = view->mapToScene(QPointF(view->width() / 2, view->height() / 2)).toPoint();
        QTest::mouseClick(m_kiosk->window(), Qt::LeftButton, {}, centre);
    }

    QString addToTray(const QByteArray &pdf, const QString &title, DocumentTray::Origin origin)
    {
        QString id;
        if (m_kiosk->documents().add(pdf, title, origin, {}, &id) != DocumentTray::AddResult::Added)
            return {};
        return id;
    }

    // Every file the chooser wrote is directly in the session's scratch directory.
    void expectOnlyScratchFiles()
    {
        Mist::SessionScratch &scratch = m_kiosk->scratch();
        QVERIFY(scratch.exists());
        const QString dir = QFileInfo(scratch.directory()).canonicalFilePath();
        const QFileInfoList files
            = QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QFileInfo &file : files) {
            QVERIFY(file.isFile());
            QCOMPARE(file.canonicalPath(), dir);
        }
    }

    void chooseAndSend(int documents)
    {
        QTRY_VERIFY_WITH_TIMEOUT(chooserShown(), 15000);
        QObject *chooser = m_kiosk->browser()->findChild<QObject *>(u"uploadChooser"_s);
        QVERIFY(chooser);
        QTRY_COMPARE(chooser->property("offered").toStringList().size(), documents);
        QTRY_COMPARE(children("chooserDocument").size(), documents);
        for (QQuickItem *choice : children("chooserDocument"))
            QMetaObject::invokeMethod(choice, "clicked");
        QVERIFY(child("sendChosenButton")->isEnabled());
        QMetaObject::invokeMethod(child("sendChosenButton"), "clicked");
        QTRY_VERIFY(!chooserShown());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setRoute(u"/form-pdf"_s, html(form("accept='application/pdf'")));
        m_server.setRoute(u"/form-jpeg"_s, html(form("accept='image/jpeg'")));
        m_server.setRoute(u"/form-multi"_s, html(form("accept='.pdf,application/pdf' multiple")));
        m_server.setRoute(u"/form-folder"_s, html(form("webkitdirectory")));
        for (const QString &path : {u"/upload0"_s, u"/upload1"_s}) {
            TestHttpsServer::Route upload = TestHttpsServer::text("ok");
            upload.acceptPost = true;
            m_server.setRoute(path, upload);
        }
        QVERIFY(m_server.start());
        m_kiosk = std::make_unique<KioskHarness>();
        QVERIFY(m_kiosk->load());
    }

    void init() { m_server.resetCounters(); }

    void cleanup()
    {
        if (m_kiosk->session().isActive())
            m_kiosk->session().finish();
        QTRY_VERIFY(!m_kiosk->browser());
        QCOMPARE(m_kiosk->documents().count(), 0);
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void pdfInputGetsTheTraysPdf()
    {
        openForm(u"/form-pdf"_s);
        QVERIFY(!addToTray(m_pdf, u"Довідка"_s, DocumentTray::Origin::Download).isEmpty());
        tapTheFileInput();
        chooseAndSend(1);
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"sent 1 application/pdf"_s, 15000);
        QCOMPARE(m_server.lastRequest(u"/upload0"_s)->body, m_pdf); // exactly its bytes
        expectOnlyScratchFiles();

        // Finish: the tray and the scratch directory (with the file given to the page) are gone.
        const QString dir = m_kiosk->scratch().directory();
        QVERIFY(QFileInfo::exists(dir));
        m_kiosk->session().finish();
        QTRY_VERIFY(!m_kiosk->browser());
        QCOMPARE(m_kiosk->documents().count(), 0);
        QVERIFY(!m_kiosk->scratch().exists());
        QVERIFY(!QFileInfo::exists(dir));
    }

    void imageInputGetsAScanAsJpeg()
    {
        openForm(u"/form-jpeg"_s);
        // A page from SANE's virtual scanner (the harness's private SANE_CONFIG_DIR), as the
        // scanning screen keeps it; and a portal's PDF, which is not a picture.
        QImage page;
        {
            Mist::SaneScanner scanner;
            const std::atomic_bool cancel = false;
            page = scanner
                       .scan(u"test:0"_s, Mist::ScanSettings::forPreset(Mist::ScanPreset::Photo),
                           {}, cancel)
                       .image;
        }
        QVERIFY(!page.isNull());
        const QString scan = addToTray(
            Mist::ScanOutput::pdf({page}, 0).bytes, u"Scan"_s, DocumentTray::Origin::Scan);
        QVERIFY(!scan.isEmpty());
        m_kiosk->documents().setPageCount(scan, 1);
        QVERIFY(!addToTray(m_pdf, u"Довідка"_s, DocumentTray::Origin::Download).isEmpty());

        tapTheFileInput();
        chooseAndSend(1); // the scan only
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->title(), u"sent 1 image/jpeg"_s, 15000);
        const QByteArray jpeg = m_server.lastRequest(u"/upload0"_s)->body;
        QVERIFY(jpeg.startsWith("\xFF\xD8\xFF"));
        QVERIFY(jpeg.size() <= 5 * 1024 * 1024); // [scanning] max_upload_mb's default
        QImage received;
        QVERIFY(received.loadFromData(jpeg, "JPEG"));
        QVERIFY(received.width() >= 1000); // a readable page, not a thumbnail
        expectOnlyScratchFiles();
    }

    void multipleInputGetsTwoFiles()
    {
        openForm(u"/form-multi"_s);
        QVERIFY(!addToTray(m_pdf, u"Довідка"_s, DocumentTray::Origin::Download).isEmpty());
        QVERIFY(!addToTray(m_otherPdf, u"Квитанція"_s, DocumentTray::Origin::Print).isEmpty());
        tapTheFileInput();
        chooseAndSend(2);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_kiosk->title(), u"sent 2 application/pdf,application/pdf"_s, 15000);
        QCOMPARE(m_server.lastRequest(u"/upload0"_s)->body, m_pdf);
        QCOMPARE(m_server.lastRequest(u"/upload1"_s)->body, m_otherPdf);
        expectOnlyScratchFiles();
    }

    void cancelGivesNothing()
    {
        openForm(u"/form-pdf"_s);
        QVERIFY(!addToTray(m_pdf, u"Довідка"_s, DocumentTray::Origin::Download).isEmpty());
        tapTheFileInput();
        QTRY_VERIFY_WITH_TIMEOUT(chooserShown(), 15000);
        QMetaObject::invokeMethod(child("chooserCancelButton"), "clicked");
        QTRY_VERIFY(!chooserShown());
        QTest::qWait(300);
        QCOMPARE(m_kiosk->title(), u"form"_s);
        QCOMPARE(m_server.requestCount(u"/upload0"_s), 0);
        // The input can be used again.
        tapTheFileInput();
        QTRY_VERIFY_WITH_TIMEOUT(chooserShown(), 15000);
    }

    void folderInputIsRefused()
    {
        openForm(u"/form-folder"_s);
        tapTheFileInput();
        QTRY_VERIFY_WITH_TIMEOUT(
            child("browserNotice") && child("browserNotice")->isVisible(), 15000);
        QVERIFY(
            child("browserNoticeText")->property("text").toString().contains(u"cannot be sent"_s));
        QVERIFY(!chooserShown());
    }

    // Whatever it is asked, the chooser hands over only files it has just written into the
    // scratch directory, for documents of the tray that the input takes.
    void noPathOutsideTheTray()
    {
        m_kiosk->session().start();
        const QString id = addToTray(m_pdf, u"Довідка"_s, DocumentTray::Origin::Download);
        Mist::UploadChooser chooser;
        chooser.setTray(&m_kiosk->documents());
        chooser.setAcceptedMimeTypes({u"application/pdf"_s});
        chooser.setMultiple(true);
        QVERIFY(chooser
                    .prepare({u"/etc/passwd"_s, u"../../etc/passwd"_s, QString(),
                        m_kiosk->scratch().base(), u"file:///etc/passwd"_s})
                    .isEmpty());
        // A PDF is no picture: an image input is given nothing for it.
        chooser.setAcceptedMimeTypes({u"image/*"_s});
        QVERIFY(chooser.offered().isEmpty());
        QVERIFY(chooser.prepare({id}).isEmpty());
        chooser.setAcceptedMimeTypes({u"application/pdf"_s});
        const QStringList paths = chooser.prepare({id, id});
        QCOMPARE(paths.size(), 2);
        const QString dir = QFileInfo(m_kiosk->scratch().directory()).canonicalFilePath();
        for (const QString &path : paths) {
            QCOMPARE(QFileInfo(path).canonicalPath(), dir);
            QVERIFY(m_kiosk->scratch().contains(path));
        }
        QVERIFY(!m_kiosk->scratch().contains(u"/etc/passwd"_s));
        QVERIFY(!m_kiosk->scratch().contains(dir + u"/../x"_s));
    }
};

int main(int argc, char **argv)
{
    KioskHarness::initializeWebEngine();
    QGuiApplication app(argc, argv);
    TestBrowserUpload test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browserupload.moc"
