// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// CupsPrinter against a real IPP printer (ippeveprinter on 127.0.0.1): the bytes it receives
// are the document's, copies and page ranges arrive as IPP attributes, job states are read, a
// stopped printer is a plain "unreachable", and printer-state-reasons map to plain problems.

#include "ippeveprinterfixture.h"
#include "printing/cupsprinter.h"
#include "printing/plainpdf.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <cups/cups.h>

using namespace Qt::StringLiterals;
using Mist::CupsPrinter;
using Mist::PrintJobState;
using Mist::PrintProblem;
using Mist::PrintRequest;

namespace {

// The job's attributes as the printer stored them, read with plain libcups.
struct JobAttributes
{
    int copies = 0;
    int firstPage = 0;
    int lastPage = 0;
    QString documentFormat;
};

JobAttributes jobAttributes(const QString &uri, int jobId)
{
    JobAttributes result;
    const QUrl url(uri);
    http_t *http = httpConnect2(url.host().toUtf8().constData(), url.port(), nullptr, AF_UNSPEC,
        HTTP_ENCRYPTION_IF_REQUESTED, 1, 5000, nullptr);
    if (!http)
        return result;
    ipp_t *request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(
        request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri.toUtf8().constData());
    ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    ippAddString(
        request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", nullptr, "all");
    ipp_t *response = cupsDoRequest(http, request, url.path().toUtf8().constData());
    if (response) {
        if (ipp_attribute_t *a = ippFindAttribute(response, "copies", IPP_TAG_INTEGER))
            result.copies = ippGetInteger(a, 0);
        if (ipp_attribute_t *a = ippFindAttribute(response, "page-ranges", IPP_TAG_RANGE))
            result.firstPage = ippGetRange(a, 0, &result.lastPage);
        if (ipp_attribute_t *a = ippFindAttribute(response, "document-format", IPP_TAG_MIMETYPE))
            result.documentFormat = QString::fromUtf8(ippGetString(a, 0, nullptr));
    }
    ippDelete(response);
    httpClose(http);
    return result;
}

} // namespace

class TestCupsPrinter : public QObject
{
    Q_OBJECT

private:
    MistTest::IppEvePrinter m_printer;

    PrintJobState waitForEnd(CupsPrinter &printer, int jobId)
    {
        const QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            const auto job = printer.job(jobId);
            if (job && job->finished())
                return job->state;
            QThread::msleep(100);
        }
        return PrintJobState::Unknown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!MistTest::IppEvePrinter::available(&missing))
            QSKIP(qPrintable(missing + u" is not installed (deploy/packages.txt)"_s));
        QVERIFY2(m_printer.start(), qPrintable(m_printer.errorString()));
    }

    void cleanupTestCase() { m_printer.stop(); }

    void theStatusSaysItAnswers()
    {
        CupsPrinter printer(m_printer.uri());
        const Mist::PrinterStatus status = printer.status();
        QVERIFY2(status.answers, qPrintable(status.message));
        QCOMPARE(status.problem, PrintProblem::None);
        QCOMPARE(status.name, u"Mist Test Printer"_s);
        QCOMPARE(status.uri, m_printer.uri());
        QVERIFY(!status.canHold); // ippeveprinter has no Release-Job
    }

    void theBytesReceivedAreTheDocument()
    {
        const QByteArray pdf = Mist::PlainPdf::numberedPages(2, u"Pension certificate"_s);
        CupsPrinter printer(m_printer.uri());
        const qsizetype before = m_printer.spoolFiles().size();
        const int jobId = printer.submit({.pdf = pdf});
        QVERIFY2(jobId > 0, qPrintable(printer.errorString()));
        QCOMPARE(waitForEnd(printer, jobId), PrintJobState::Completed);
        QVERIFY(m_printer.waitForDocuments(int(before) + 1));
        QFile received(m_printer.spoolFiles().constLast());
        QVERIFY(received.open(QIODevice::ReadOnly));
        QCOMPARE(received.readAll(), pdf);
        // The spooler learns no document title.
        QVERIFY(!received.fileName().contains(u"Pension"_s));
        // ippeveprinter names the spool file by the document-format it was sent.
        QVERIFY2(received.fileName().endsWith(u".pdf"_s), qPrintable(received.fileName()));
    }

    void copiesAndPageRangesArriveAsIppAttributes()
    {
        CupsPrinter printer(m_printer.uri());
        const int jobId = printer.submit(
            {.pdf = Mist::PlainPdf::numberedPages(5), .copies = 3, .firstPage = 2, .lastPage = 4});
        QVERIFY2(jobId > 0, qPrintable(printer.errorString()));
        const JobAttributes attributes = jobAttributes(m_printer.uri(), jobId);
        QCOMPARE(attributes.copies, 3);
        QCOMPARE(attributes.firstPage, 2);
        QCOMPARE(attributes.lastPage, 4);
        QCOMPARE(waitForEnd(printer, jobId), PrintJobState::Completed);
    }

    void theJobListHasTheJobs()
    {
        CupsPrinter printer(m_printer.uri());
        const int jobId
            = printer.submit({.pdf = Mist::PlainPdf::numberedPages(1), .jobName = u"Mist 4821"_s});
        QVERIFY(jobId > 0);
        const auto all = printer.jobs(true);
        const auto it = std::find_if(all.begin(), all.end(),
            [jobId](const Mist::PrintJobStatus &job) { return job.id == jobId; });
        QVERIFY(it != all.end());
        QCOMPARE(it->name, u"Mist 4821"_s);
        QVERIFY(it->created.isValid());
        QVERIFY(all.size() >= 2);
        waitForEnd(printer, jobId);
    }

    void aHeldJobIsRefusedWhereThePrinterCannotHold()
    {
        CupsPrinter printer(m_printer.uri());
        QCOMPARE(printer.submit({.pdf = Mist::PlainPdf::numberedPages(1), .hold = true}), 0);
        QCOMPARE(printer.problem(), PrintProblem::Refused);
    }

    void badRequestsAreRefusedWithoutCrashing()
    {
        CupsPrinter printer(m_printer.uri());
        QCOMPARE(printer.submit({}), 0);
        QCOMPARE(printer.problem(), PrintProblem::Refused);
        QCOMPARE(printer.submit({.pdf = "%PDF-1.4", .copies = 0}), 0);
        QCOMPARE(printer.submit({.pdf = "%PDF-1.4", .firstPage = 3, .lastPage = 2}), 0);
        QVERIFY(!printer.job(987654).has_value()
            || printer.job(987654)->state == PrintJobState::Unknown);
        QVERIFY(!printer.cancel(987654, true));
    }

    void printingOffIsNotConfigured()
    {
        CupsPrinter off(u"none"_s);
        QVERIFY(!off.open());
        QCOMPARE(off.problem(), PrintProblem::NotConfigured);
        CupsPrinter unknown(u"no-such-queue-here"_s);
        QVERIFY(!unknown.open());
        QVERIFY(unknown.problem() == PrintProblem::NotConfigured
            || unknown.problem() == PrintProblem::Unreachable);
    }

    void problemsInPlainWords_data()
    {
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<PrintProblem>("problem");
        QTest::newRow("none") << QStringList() << PrintProblem::None;
        QTest::newRow("paper") << QStringList {u"media-empty-error"_s} << PrintProblem::OutOfPaper;
        QTest::newRow("paper-needed")
            << QStringList {u"media-needed"_s} << PrintProblem::OutOfPaper;
        QTest::newRow("jam") << QStringList {u"media-jam"_s} << PrintProblem::PaperJam;
        QTest::newRow("toner") << QStringList {u"toner-empty-error"_s} << PrintProblem::OutOfToner;
        QTest::newRow("door") << QStringList {u"door-open"_s} << PrintProblem::DoorOpen;
        QTest::newRow("offline") << QStringList {u"offline-report"_s, u"offline"_s}
                                 << PrintProblem::Unreachable;
        QTest::newRow("low-toner-is-fine")
            << QStringList {u"toner-low-warning"_s} << PrintProblem::None;
        QTest::newRow("paper-low-warning")
            << QStringList {u"media-empty-warning"_s} << PrintProblem::None;
        QTest::newRow("first-wins")
            << QStringList {u"media-jam-error"_s, u"media-empty"_s} << PrintProblem::PaperJam;
    }

    void problemsInPlainWords()
    {
        QFETCH(QStringList, reasons);
        QFETCH(PrintProblem, problem);
        QCOMPARE(CupsPrinter::problemFromReasons(reasons), problem);
    }

    // Last: stops the printer.
    void aStoppedPrinterIsUnreachable()
    {
        m_printer.stopPrinter();
        CupsPrinter printer(m_printer.uri(), 2000);
        QCOMPARE(printer.submit({.pdf = Mist::PlainPdf::numberedPages(1)}), 0);
        QCOMPARE(printer.problem(), PrintProblem::Unreachable);
        const Mist::PrinterStatus status = CupsPrinter(m_printer.uri(), 2000).status();
        QVERIFY(!status.answers);
        QCOMPARE(status.problem, PrintProblem::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestCupsPrinter)
#include "tst_cupsprinter.moc"
