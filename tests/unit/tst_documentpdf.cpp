// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The viewer's document: a tray PDF opened with Qt Pdf from memory gives its exact page count
// (back to the tray) and pages drawn on white at the size asked; a damaged one is an error, not
// a crash; a document leaving the tray (removed, or the visit's end) closes in the viewer too.

#include "documentpdf.h"
#include "documents/documenttray.h"
#include "printing/plainpdf.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Mist::DocumentPdf;
using Mist::DocumentTray;

class TestDocumentPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensFromTheTrayAndDrawsPages()
    {
        DocumentTray tray;
        QString id;
        QCOMPARE(tray.add(Mist::PlainPdf::numberedPages(3), u"Витяг"_s,
                     DocumentTray::Origin::Download, {}, &id),
            DocumentTray::AddResult::Added);
        tray.setPageCount(id, 1); // a wrong estimate: Qt Pdf corrects it
        DocumentPdf pdf;
        QSignalSpy status(&pdf, &DocumentPdf::statusChanged);
        pdf.setTray(&tray);
        QCOMPARE(pdf.status(), DocumentPdf::Empty);
        pdf.setDocumentId(id);
        QCOMPARE(pdf.status(), DocumentPdf::Ready);
        QVERIFY(status.count() >= 1);
        QCOMPARE(pdf.pageCount(), 3);
        QCOMPARE(tray.pageCount(id), 3);
        QCOMPARE(pdf.title(), u"Витяг"_s);
        const QSizeF size = pdf.pagePointSize(0);
        QCOMPARE(qRound(size.width()), 595); // A4
        QVERIFY(pdf.pagePointSize(3).isEmpty());
        const QImage page = pdf.render(1, QSize(300, 424));
        QCOMPARE(page.size(), QSize(300, 424));
        QCOMPARE(page.pixelColor(2, 2), QColor(Qt::white)); // paper, not transparency
        QVERIFY(pdf.render(7, QSize(300, 424)).isNull());
    }

    void aDamagedDocumentIsAnError()
    {
        DocumentTray tray;
        QString id;
        // A PDF by its first and last bytes (the tray takes it), nothing readable between.
        QByteArray bytes = "%PDF-1.4\n" + QByteArray(4000, 'x') + "\n%%EOF\n";
        QCOMPARE(tray.add(bytes, u"Broken"_s, DocumentTray::Origin::Download, {}, &id),
            DocumentTray::AddResult::Added);
        DocumentPdf pdf;
        pdf.setTray(&tray);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"a document of the tray would not open"_s));
        pdf.setDocumentId(id);
        QCOMPARE(pdf.status(), DocumentPdf::Error);
        QCOMPARE(pdf.pageCount(), 0);
        QVERIFY(pdf.render(0, QSize(100, 100)).isNull());
    }

    void aDocumentLeavingTheTrayCloses()
    {
        DocumentTray tray;
        QString first;
        QString second;
        tray.add(
            Mist::PlainPdf::numberedPages(1), u"A"_s, DocumentTray::Origin::Download, {}, &first);
        tray.add(
            Mist::PlainPdf::numberedPages(2), u"B"_s, DocumentTray::Origin::Print, {}, &second);
        DocumentPdf pdf;
        pdf.setTray(&tray);
        pdf.setDocumentId(second);
        QCOMPARE(pdf.status(), DocumentPdf::Ready);
        tray.remove(first); // another one: stays open
        QCOMPARE(pdf.status(), DocumentPdf::Ready);
        tray.remove(second);
        QCOMPARE(pdf.status(), DocumentPdf::Empty);
        QCOMPARE(pdf.pageCount(), 0);
        tray.add(
            Mist::PlainPdf::numberedPages(1), u"C"_s, DocumentTray::Origin::Download, {}, &first);
        pdf.setDocumentId(first);
        QCOMPARE(pdf.status(), DocumentPdf::Ready);
        tray.clear(); // the visit's end
        QCOMPARE(pdf.status(), DocumentPdf::Empty);
    }
};

QTEST_GUILESS_MAIN(TestDocumentPdf)
#include "tst_documentpdf.moc"
