// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Hold for release against a real scheduler: a private cupsd (tests/support/cupsdfixture) whose
// queue forwards to ippeveprinter. The citizen's job waits at cupsd with a pickup code; the
// librarian releases it by that code from "Prints waiting" (PrintQueue) or `mistctl print`, and
// only then does the printer get the pages, byte for byte; a job not released is canceled when
// the visit ends, and cupsd keeps neither its files nor its history; a released job prints on
// after the visit and its history goes at a later visit's end.

#include "core/clock.h"
#include "cupsdfixture.h"
#include "documents/documenttray.h"
#include "documents/sessionprints.h"
#include "ippeveprinterfixture.h"
#include "printdesk.h"
#include "printing/plainpdf.h"
#include "printqueue.h"
#include "session/sessioncontroller.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::PrintJobState;

class TestHeldPrints : public QObject
{
    Q_OBJECT

private:
    MistTest::IppEvePrinter m_printer;
    MistTest::PrivateCupsd m_cupsd;
    QTemporaryDir m_dir;

    [[nodiscard]] static Mist::KioskConfig::Printing heldSettings()
    {
        Mist::KioskConfig::Printing printing;
        printing.printer = MistTest::PrivateCupsd::queueName();
        printing.pageLimit = 20;
        printing.holdForRelease = true;
        return printing;
    }

    [[nodiscard]] static std::optional<Mist::PrintJobStatus> job(int id)
    {
        return Mist::CupsPrinter(MistTest::PrivateCupsd::queueName()).job(id);
    }

    // The scheduler's files for a job: c##### (its history) and d#####-### (its documents).
    [[nodiscard]] QStringList spoolFilesOf(int id) const
    {
        const QString number = u"%1"_s.arg(id, 5, 10, QLatin1Char('0'));
        return m_cupsd.spoolFiles().filter(QRegularExpression(u"^[cd]"_s + number + u"\\b"_s));
    }

    [[nodiscard]] static bool waitFinished(int id, int ms = 90000)
    {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const auto status = job(id);
            if (status && status->finished())
                return true;
            QThread::msleep(200);
        }
        return false;
    }

    // mistctl as the librarian runs it, on this test's data and configuration (CUPS_SERVER is
    // in the environment it inherits).
    MistTest::ProgramRun mistctl(const QStringList &arguments)
    {
        return MistTest::runProgram(QStringLiteral(MISTCTL_PATH),
            QStringList {
                u"--data-dir"_s, m_dir.path(), u"--config"_s, m_dir.filePath(u"mist.conf"_s)}
                + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!MistTest::IppEvePrinter::available(&missing)
            || !MistTest::PrivateCupsd::available(&missing))
            QSKIP(qPrintable(missing + u" is not installed (deploy/packages.txt)"_s));
        QVERIFY2(m_printer.start(), qPrintable(m_printer.errorString()));
        QVERIFY2(m_cupsd.start(m_printer.uri()), qPrintable(m_cupsd.errorString()));
        // Before any libcups call of this process: every thread's libcups reads it once.
        qputenv("CUPS_SERVER", m_cupsd.server().toUtf8());
        QFile config(m_dir.filePath(u"mist.conf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[printing]\nprinter=" + MistTest::PrivateCupsd::queueName().toUtf8()
            + "\nhold_for_release=true\n");
    }

    void theQueueCanHold()
    {
        const Mist::PrinterStatus status
            = Mist::CupsPrinter(MistTest::PrivateCupsd::queueName()).status();
        QVERIFY2(status.answers, qPrintable(status.message + m_cupsd.logTail()));
        QVERIFY(status.canHold);
    }

    void aHeldJobWaitsAndIsCanceledAndForgottenAtTheEnd()
    {
        Mist::SessionPrints prints(heldSettings());
        const auto outcome = prints.print(Mist::PlainPdf::numberedPages(2), 2, 1);
        QVERIFY2(outcome.jobId > 0, qPrintable(m_cupsd.logTail()));
        QVERIFY(QRegularExpression(u"^[1-9]\\d{3}$"_s).match(outcome.pickupCode).hasMatch());
        QCOMPARE(job(outcome.jobId)->state, PrintJobState::Held);
        QCOMPARE(Mist::CupsPrinter(heldSettings().printer).jobWithCode(outcome.pickupCode),
            outcome.jobId);
        QVERIFY(!spoolFilesOf(outcome.jobId).isEmpty()); // cupsd has the document, waiting
        const qsizetype received = m_printer.spoolFiles().size();
        QTest::qWait(1500);
        QCOMPARE(m_printer.spoolFiles().size(), received); // nothing reached the printer

        QCOMPARE(prints.endSession(), 1);
        // Purged: cupsd no longer knows the job, its files are gone, and it never printed.
        QVERIFY(!job(outcome.jobId).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(spoolFilesOf(outcome.jobId), QStringList(), 5000);
        QCOMPARE(Mist::CupsPrinter(heldSettings().printer).jobWithCode(outcome.pickupCode), 0);
        QTest::qWait(1000);
        QCOMPARE(m_printer.spoolFiles().size(), received);
    }

    void theLibrarianReleasesItByCodeAndItPrintsAfterTheVisit()
    {
        Mist::SessionPrints prints(heldSettings());
        const QByteArray pdf = Mist::PlainPdf::numberedPages(3);
        const auto outcome = prints.print(pdf, 3, 1);
        QVERIFY(outcome.jobId > 0);
        const qsizetype received = m_printer.spoolFiles().size();

        // "Prints waiting" lists it by its code and releases it.
        Mist::PrintQueue queue;
        queue.setPrinter(MistTest::PrivateCupsd::queueName());
        queue.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!queue.busy(), 10000);
        QVERIFY(queue.answers());
        QCOMPARE(queue.heldJobs().size(), 1);
        QCOMPARE(queue.heldJobs().first().toMap().value(u"code"_s).toString(), outcome.pickupCode);
        queue.release(outcome.pickupCode);
        QTRY_COMPARE_WITH_TIMEOUT(queue.outcome(), Mist::PrintQueue::Outcome::Released, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!queue.busy(), 10000);
        QVERIFY(queue.heldJobs().isEmpty());

        // The citizen finishes while it prints: a released job is not canceled.
        QCOMPARE(prints.endSession(), 0);
        QVERIFY(m_printer.waitForDocuments(int(received) + 1, 30000));
        QFile printed(m_printer.spoolFiles().last());
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QCOMPARE(printed.readAll(), pdf); // the kiosk's bytes, through cupsd, unchanged
        QVERIFY(waitFinished(outcome.jobId));
        QCOMPARE(job(outcome.jobId)->state, PrintJobState::Completed);
        // PreserveJobFiles No: the document is gone; the history stays until the kiosk purges
        // it at the next visit's end.
        QTRY_VERIFY_WITH_TIMEOUT(!spoolFilesOf(outcome.jobId).join(u' ').contains(u'd'), 5000);
        QCOMPARE(prints.endSession(), 0);
        QVERIFY(!job(outcome.jobId).has_value());
        QCOMPARE(spoolFilesOf(outcome.jobId), QStringList());
    }

    void theLibrarianCancelsItByCode()
    {
        Mist::SessionPrints prints(heldSettings());
        const auto outcome = prints.print(Mist::PlainPdf::numberedPages(1), 1, 1);
        QVERIFY(outcome.jobId > 0);
        Mist::PrintQueue queue;
        queue.setPrinter(MistTest::PrivateCupsd::queueName());
        queue.cancel(u"0000"_s);
        QTRY_COMPARE_WITH_TIMEOUT(queue.outcome(), Mist::PrintQueue::Outcome::NotFound, 10000);
        queue.cancel(outcome.pickupCode);
        QTRY_COMPARE_WITH_TIMEOUT(queue.outcome(), Mist::PrintQueue::Outcome::Canceled, 10000);
        QVERIFY(!job(outcome.jobId).has_value()); // canceled and purged
        QCOMPARE(prints.endSession(), 0);
    }

    void theCitizensScreenGetsTheCode()
    {
        Mist::ManualClock clock;
        Mist::SessionController session(&clock, 90s, 30s);
        Mist::DocumentTray tray;
        tray.setSession(&session);
        session.start();
        Mist::PrintDesk desk(heldSettings(), &tray, nullptr, &session);
        desk.setPollInterval(100ms);
        QVERIFY(desk.holdForRelease());
        QString id;
        tray.add(Mist::PlainPdf::numberedPages(2), u"Довідка"_s,
            Mist::DocumentTray::Origin::Download, {}, &id);
        QVERIFY(desk.print(id, 2, 0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(), Mist::PrintDesk::Held, 30000);
        QVERIFY(QRegularExpression(u"^[1-9]\\d{3}$"_s).match(desk.pickupCode()).hasMatch());
        QCOMPARE(desk.pagesLeft(), 16);
        const int jobId = Mist::CupsPrinter(heldSettings().printer).jobWithCode(desk.pickupCode());
        QVERIFY(jobId > 0);
        session.finish();
        QCOMPARE(desk.state(), Mist::PrintDesk::Idle);
        QTRY_VERIFY_WITH_TIMEOUT(!job(jobId).has_value(), 10000);
    }

    void mistctlListsReleasesAndCancels()
    {
        Mist::SessionPrints prints(heldSettings());
        const auto first = prints.print(Mist::PlainPdf::numberedPages(1), 1, 1);
        const auto second = prints.print(Mist::PlainPdf::numberedPages(1), 1, 1);
        QVERIFY(first.jobId > 0 && second.jobId > 0);
        QVERIFY(first.pickupCode != second.pickupCode);
        const MistTest::ProgramRun list = mistctl({u"print"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(first.pickupCode.toUtf8())
                && list.out.contains(second.pickupCode.toUtf8()) && list.out.contains("held"),
            QByteArray(list.out + list.err).constData());
        const MistTest::ProgramRun release = mistctl({u"print"_s, u"release"_s, first.pickupCode});
        QVERIFY2(release.exitCode == 0, release.err);
        QVERIFY(job(first.jobId)->state != PrintJobState::Held);
        const MistTest::ProgramRun cancel = mistctl({u"print"_s, u"cancel"_s, second.pickupCode});
        QVERIFY2(cancel.exitCode == 0, cancel.err);
        QVERIFY(!job(second.jobId).has_value() || job(second.jobId)->finished());
        QVERIFY(waitFinished(first.jobId));
        QCOMPARE(job(first.jobId)->state, PrintJobState::Completed);
        prints.endSession();
    }

    void cleanupTestCase()
    {
        m_cupsd.stop();
        m_printer.stop();
    }
};

QTEST_GUILESS_MAIN(TestHeldPrints)
#include "tst_heldprints.moc"
