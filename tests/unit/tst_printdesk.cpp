// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The print desk against a real IPP printer (ippeveprinter, tests/support): a document of the
// tray prints and the usage log counts its pages; the page limit refuses before anything is
// sent; the end of the visit cancels a job not yet printed and resets the desk; a printer that
// goes away while the job waits, or is gone before, gives the plain failure. print() never
// waits for the printer.

#include "core/clock.h"
#include "documents/documenttray.h"
#include "ippeveprinterfixture.h"
#include "printdesk.h"
#include "printing/plainpdf.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::PrintDesk;

class TestPrintDesk : public QObject
{
    Q_OBJECT

private:
    MistTest::IppEvePrinter m_printer;
    QTemporaryDir m_dataDir;
    Mist::ManualClock m_clock;
    std::unique_ptr<Mist::SessionController> m_session;
    std::unique_ptr<Mist::UsageWriter> m_writer;
    std::unique_ptr<Mist::UsageRecorder> m_usage;
    std::unique_ptr<Mist::DocumentTray> m_tray;
    std::unique_ptr<PrintDesk> m_desk;

    [[nodiscard]] Mist::KioskConfig::Printing settings(int pageLimit) const
    {
        Mist::KioskConfig::Printing printing;
        printing.printer = m_printer.uri();
        printing.pageLimit = pageLimit;
        return printing;
    }

    void makeDesk(int pageLimit)
    {
        m_desk = std::make_unique<PrintDesk>(
            settings(pageLimit), m_tray.get(), m_usage.get(), m_session.get());
        m_desk->setPollInterval(100ms);
    }

    QString addDocument(int pages)
    {
        QString id;
        m_tray->add(Mist::PlainPdf::numberedPages(pages), u"Довідка"_s,
            Mist::DocumentTray::Origin::Download, {}, &id);
        return id;
    }

    // "type subject value" of every usage event of the run.
    QStringList usageEvents()
    {
        m_writer->flush();
        if (!m_writer->waitForCommitted(m_usage->lastTicket(), 5s))
            return {u"not committed"_s};
        Mist::UsageStore store(m_dataDir.path());
        QStringList lines;
        if (!store.open())
            return lines;
        auto cursor = store.events(0, std::numeric_limits<qint64>::max());
        Mist::UsageEvent event;
        while (cursor.next(&event)) {
            if (event.type == Mist::UsageEvent::Type::DocumentPrinted
                || event.type == Mist::UsageEvent::Type::PrintFailed)
                lines << event.typeName() + u' ' + event.subject + u' '
                        + QString::number(event.value.value_or(0));
        }
        return lines;
    }

    // ippeveprinter prints one job at a time, taking seconds, and stays busy with a canceled
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
    void initTestCase()
    {
        QString missing;
        if (!MistTest::IppEvePrinter::available(&missing))
            QSKIP(qPrintable(missing + u" is not installed (deploy/packages.txt)"_s));
        QVERIFY2(m_printer.start(), qPrintable(m_printer.errorString()));
        m_session = std::make_unique<Mist::SessionController>(&m_clock, 90s, 30s);
        m_writer
            = std::make_unique<Mist::UsageWriter>(m_dataDir.path(), Mist::UsageWriter::Settings());
        QVERIFY(m_writer->start());
        m_usage = std::make_unique<Mist::UsageRecorder>(m_writer.get(), m_session.get(), u"test"_s);
        m_tray = std::make_unique<Mist::DocumentTray>();
        m_tray->setSession(m_session.get());
    }

    void init()
    {
        QVERIFY(waitIdle());
        m_session->start();
    }

    void cleanup()
    {
        m_desk.reset();
        if (m_session->isActive())
            m_session->finish();
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_tray.reset();
        m_usage.reset();
        m_writer.reset();
        m_session.reset();
    }

    void noPrinterMeansNotAvailable()
    {
        Mist::KioskConfig::Printing none;
        none.printer = u"none"_s;
        PrintDesk desk(none, m_tray.get(), nullptr, nullptr);
        QVERIFY(!desk.available());
        const QString id = addDocument(1);
        QVERIFY(desk.print(id, 1, 0, 0));
        QCOMPARE(desk.state(), PrintDesk::Failed);
        QCOMPARE(desk.problem(), u"not-configured"_s);
    }

    void aDocumentPrintsAndItsPagesAreCounted()
    {
        makeDesk(20);
        QVERIFY(m_desk->available());
        const QString id = addDocument(2);
        const int received = int(m_printer.spoolFiles().size());
        QSignalSpy states(m_desk.get(), &PrintDesk::stateChanged);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(m_desk->print(id, 2, 0, 0));
        // The printer is asked on the desk's thread: print() returns at once.
        QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_desk->state(), PrintDesk::Sending);
        QVERIFY(m_desk->busy());
        QCOMPARE(m_desk->jobPages(), 4);
        QVERIFY(!m_desk->print(id, 1, 0, 0)); // one job at a time
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->state(), PrintDesk::Printed, 90000);
        QCOMPARE(m_desk->pagesLeft(), 16);
        QCOMPARE(m_desk->problem(), QString());
        QVERIFY(m_printer.waitForDocuments(received + 1));
        QVERIFY(states.count() >= 3); // sending, queued or printing, printed
        QVERIFY(usageEvents().contains(u"document_printed portal 4"_s));
        // The printed job's pages stay counted until the visit ends.
        m_session->finish();
        QCOMPARE(m_desk->state(), PrintDesk::Idle);
        QCOMPARE(m_desk->pagesLeft(), 20);
    }

    void thePageLimitRefusesBeforeSending()
    {
        makeDesk(3);
        const QString id = addDocument(4);
        const int received = int(m_printer.spoolFiles().size());
        QVERIFY(m_desk->print(id, 1, 0, 0));
        QCOMPARE(m_desk->state(), PrintDesk::Failed);
        QCOMPARE(m_desk->problem(), u"page-limit"_s);
        QCOMPARE(m_desk->pagesLeft(), 3);
        QCOMPARE(m_desk->pagesFor(4, 1, 2, 3), 2);
        QVERIFY(m_desk->print(id, 1, 2, 3)); // two pages fit
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->state(), PrintDesk::Printed, 90000);
        QCOMPARE(m_desk->pagesLeft(), 1);
        QCOMPARE(int(m_printer.spoolFiles().size()), received + 1);
        // Bad choices fail plainly, never reach the printer.
        QVERIFY(m_desk->print(id, 4, 0, 0));
        QCOMPARE(m_desk->state(), PrintDesk::Failed);
        QCOMPARE(m_desk->problem(), u"refused"_s);
        QVERIFY(!m_desk->print(u"no-such-document"_s, 1, 0, 0));
    }

    void theEndOfTheVisitCancelsAJobNotPrinted()
    {
        makeDesk(20);
        const QString id = addDocument(3);
        QVERIFY(m_desk->print(id, 1, 0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->jobId() > 0, 30000);
        const int jobId = m_desk->jobId();
        m_session->finish();
        QCOMPARE(m_desk->state(), PrintDesk::Idle);
        QCOMPARE(m_desk->jobId(), 0);
        QCOMPARE(m_desk->pagesLeft(), 20);
        QCOMPARE(m_tray->count(), 0);
        // The printer stops at its next stop point, then the job is canceled, never completed.
        Mist::CupsPrinter printer(m_printer.uri());
        std::optional<Mist::PrintJobStatus> job;
        const QDeadlineTimer deadline(60000);
        do {
            QThread::msleep(200);
            job = printer.job(jobId);
            QVERIFY(job.has_value());
            QVERIFY(job->state != Mist::PrintJobState::Completed);
        } while (!job->finished() && !deadline.hasExpired());
        QCOMPARE(job->state, Mist::PrintJobState::Canceled);
        // The desk said nothing more about the old job.
        QTest::qWait(300);
        QCOMPARE(m_desk->state(), PrintDesk::Idle);
    }

    void aPrinterGoneWhileTheJobWaitsFailsInPlainWords()
    {
        makeDesk(20);
        const QString id = addDocument(3);
        QVERIFY(m_desk->print(id, 1, 0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->jobId() > 0, 30000);
        QVERIFY(m_desk->busy());
        m_printer.stopPrinter();
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->state(), PrintDesk::Failed, 30000);
        QCOMPARE(m_desk->problem(), u"unreachable"_s);
        // A new job to a printer that is gone fails the same way.
        const QString other = addDocument(1);
        m_session->finish(); // the tray is wiped, the desk starts afresh
        m_session->start();
        const QString again = addDocument(1);
        QVERIFY(m_tray->document(other) == nullptr);
        QVERIFY(m_desk->print(again, 1, 0, 0));
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->state(), PrintDesk::Failed, 30000);
        QCOMPARE(m_desk->problem(), u"unreachable"_s);
        QCOMPARE(m_desk->pagesLeft(), 20);
        QVERIFY(usageEvents().contains(u"print_failed unreachable 0"_s));
    }
};

QTEST_GUILESS_MAIN(TestPrintDesk)
#include "tst_printdesk.moc"
