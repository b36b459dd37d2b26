// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The document tray: only real PDFs get in (whatever the server claims), the caps hold, the page
// count is estimated, and the end of a session wipes it.

#include "core/clock.h"
#include "documents/documenttray.h"
#include "printing/plainpdf.h"
#include "session/sessioncontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Mist::DocumentTray;

class TestDocumentTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsPdfs()
    {
        QVERIFY(DocumentTray::isPdf(Mist::PlainPdf::numberedPages(1)));
        QVERIFY(!DocumentTray::isPdf("<html><body>not a pdf</body></html>"));
        QVERIFY(!DocumentTray::isPdf("%PDF-1.7 but cut short without an end"));
        QVERIFY(!DocumentTray::isPdf({}));
        QVERIFY(DocumentTray::isPdfContentType(u"application/pdf"_s));
        QVERIFY(DocumentTray::isPdfContentType(u"Application/PDF; charset=binary"_s));
        QVERIFY(!DocumentTray::isPdfContentType(u"text/html"_s));
        QVERIFY(!DocumentTray::isPdfContentType(u"application/octet-stream"_s));
    }

    void estimatesPages()
    {
        QCOMPARE(DocumentTray::estimatePageCount(Mist::PlainPdf::numberedPages(1)), 1);
        QCOMPARE(DocumentTray::estimatePageCount(Mist::PlainPdf::numberedPages(7)), 7);
        QCOMPARE(DocumentTray::estimatePageCount("%PDF-1.4 nothing"), 0);
    }

    void addsAndRefuses()
    {
        DocumentTray tray;
        QAbstractItemModelTester tester(&tray);
        QString id;
        QCOMPARE(tray.add(Mist::PlainPdf::numberedPages(2), u"Extract"_s,
                     DocumentTray::Origin::Download, u"https://portal.example/doc/1"_s, &id),
            DocumentTray::AddResult::Added);
        QCOMPARE(tray.count(), 1);
        QCOMPARE(tray.pageCount(id), 2);
        QCOMPARE(tray.bytes(id), Mist::PlainPdf::numberedPages(2));
        QCOMPARE(tray.data(tray.index(0), DocumentTray::LinkRole).toString(),
            u"https://portal.example/doc/1"_s);
        tray.setPageCount(id, 3);
        QCOMPARE(tray.data(tray.index(0), DocumentTray::PagesRole).toInt(), 3);
        QCOMPARE(tray.add("<html>fake</html>", u"Fake"_s, DocumentTray::Origin::Download),
            DocumentTray::AddResult::NotPdf);
        QByteArray huge = Mist::PlainPdf::numberedPages(1);
        huge.insert(20, QByteArray(DocumentTray::maxBytes, ' '));
        QCOMPARE(tray.add(huge, u"Huge"_s, DocumentTray::Origin::Download),
            DocumentTray::AddResult::TooLarge);
        for (int i = 1; i < DocumentTray::maxDocuments; ++i)
            QCOMPARE(
                tray.add(Mist::PlainPdf::numberedPages(1), u"Page"_s, DocumentTray::Origin::Print),
                DocumentTray::AddResult::Added);
        QCOMPARE(tray.add(Mist::PlainPdf::numberedPages(1), u"One too many"_s,
                     DocumentTray::Origin::Print),
            DocumentTray::AddResult::TrayFull);
        QVERIFY(tray.remove(id));
        QVERIFY(!tray.remove(id));
        QCOMPARE(tray.count(), DocumentTray::maxDocuments - 1);
        QVERIFY(tray.data(tray.index(0), DocumentTray::LinkRole).toString().isEmpty());
    }

    void theEndOfTheSessionWipesIt()
    {
        Mist::ManualClock clock;
        Mist::SessionController session(&clock, std::chrono::seconds(90), std::chrono::seconds(30));
        DocumentTray tray;
        tray.setSession(&session);
        session.start();
        QString id;
        QVERIFY(tray.add(Mist::PlainPdf::numberedPages(1), u"Receipt"_s,
                    DocumentTray::Origin::Print, {}, &id)
            == DocumentTray::AddResult::Added);
        QSignalSpy cleared(&tray, &DocumentTray::cleared);
        session.finish();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(tray.count(), 0);
        QCOMPARE(tray.totalBytes(), 0);
        QVERIFY(tray.bytes(id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentTray)
#include "tst_documenttray.moc"
