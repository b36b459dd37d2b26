// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// A session's print jobs against ippeveprinter: the page limit counts copies and ranges, a job
// not yet printed is canceled when the session ends, and a new session starts from zero.

#include "documents/sessionprints.h"
#include "ippeveprinterfixture.h"
#include "printing/plainpdf.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Mist::SessionPrints;

class TestSessionPrints : public QObject
{
    Q_OBJECT

private:
    MistTest::IppEvePrinter m_printer;

    [[nodiscard]] Mist::KioskConfig::Printing settings(int pageLimit) const
    {
        Mist::KioskConfig::Printing printing;
        printing.printer = m_printer.uri();
        printing.pageLimit = pageLimit;
        return printing;
    }

    // ippeveprinter "prints" one job at a time, taking seconds, and stays busy with a canceled
    // job until its simulated printing ends.
    bool waitIdle() const
    {
        const QDeadlineTimer deadline(90000);
        while (!deadline.hasExpired()) {
            if (Mist::CupsPrinter(m_printer.uri()).status().state == 3)
                return true;
            QThread::msleep(250);
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) != "aStoppedPrinterFailsInPlainWords")
            QVERIFY(waitIdle());
    }

    void initTestCase()
    {
        QString missing;
        if (!MistTest::IppEvePrinter::available(&missing))
            QSKIP(qPrintable(missing + u" is not installed (deploy/packages.txt)"_s));
        QVERIFY2(m_printer.start(), qPrintable(m_printer.errorString()));
    }

    void thePageLimitCountsCopiesAndRanges()
    {
        SessionPrints prints(settings(10));
        const QByteArray pdf = Mist::PlainPdf::numberedPages(6);
        const auto first = prints.print(pdf, 6, 2, 2, 4); // 3 pages x 2
        QVERIFY(first.jobId > 0);
        QCOMPARE(first.pages, 6);
        QCOMPARE(prints.pagesLeft(), 4);
        const auto tooMany = prints.print(pdf, 6, 1); // 6 pages
        QVERIFY(tooMany.overPageLimit);
        QCOMPARE(tooMany.jobId, 0);
        QCOMPARE(prints.print(pdf, 6, 4).problem, Mist::PrintProblem::Refused); // 4 copies
        QCOMPARE(prints.print(pdf, 6, 1, 5, 9).problem, Mist::PrintProblem::Refused);
        QCOMPARE(prints.pagesLeft(), 4);
        prints.endSession();
        QCOMPARE(prints.pagesLeft(), 10);
    }

    void aJobNotPrintedIsCanceledAtTheEnd()
    {
        SessionPrints prints(settings(20));
        const auto outcome = prints.print(Mist::PlainPdf::numberedPages(3), 3, 1);
        QVERIFY(outcome.jobId > 0);
        QCOMPARE(prints.endSession(), 1); // ippeveprinter takes seconds to "print"
        // The printer stops at its next stop point (processing-to-stop-point), then it is canceled.
        std::optional<Mist::PrintJobStatus> job;
        const QDeadlineTimer deadline(60000);
        do {
            job = prints.job(outcome.jobId);
            QVERIFY(job.has_value());
            QVERIFY(job->state != Mist::PrintJobState::Completed);
            QThread::msleep(200);
        } while (!job->finished() && !deadline.hasExpired());
        QCOMPARE(job->state, Mist::PrintJobState::Canceled);
        QVERIFY(prints.jobIds().empty());
    }

    void holdingNeedsAPrinterThatHolds()
    {
        Mist::KioskConfig::Printing held = settings(20);
        held.holdForRelease = true;
        SessionPrints prints(held);
        const auto outcome = prints.print(Mist::PlainPdf::numberedPages(1), 1, 1);
        QCOMPARE(outcome.jobId, 0);
        QCOMPARE(outcome.problem, Mist::PrintProblem::Refused);
        QVERIFY(outcome.pickupCode.isEmpty());
        QCOMPARE(prints.pagesLeft(), 20);
    }

    void aStoppedPrinterFailsInPlainWords()
    {
        m_printer.stopPrinter();
        SessionPrints prints(settings(20));
        const auto outcome = prints.print(Mist::PlainPdf::numberedPages(1), 1, 1);
        QCOMPARE(outcome.jobId, 0);
        QCOMPARE(outcome.problem, Mist::PrintProblem::Unreachable);
        QCOMPARE(prints.pagesLeft(), 20);
    }
};

QTEST_GUILESS_MAIN(TestSessionPrints)
#include "tst_sessionprints.moc"
