// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "printdesk.h"

#include "documents/documenttray.h"
#include "documents/sessionprints.h"
#include "printing/printinglog.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"

#include <QBuffer>
#include <QDateTime>
#include <QPdfDocument>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// A job that neither prints nor fails in this long (a printer that queues it forever): the
// screen stops following it and leaves the last state shown.
constexpr qint64 giveUpMs = 15 * 60 * 1000;

// A copy of the document's bytes for the worker, made here so the worker can overwrite it when
// the printer has it (the tray's copy is overwritten by the tray).
QByteArray ownCopy(const QByteArray &bytes)
{
    return QByteArray(bytes.constData(), bytes.size());
}

} // namespace

struct PrintDesk::Poll
{
    bool answered = false; // the printer answered about the job
    PrintJobState state = PrintJobState::Unknown;
    QStringList jobReasons;
    PrintProblem printerProblem = PrintProblem::None;
};

PrintDesk::PrintDesk(KioskConfig::Printing settings, DocumentTray *tray, UsageRecorder *usage,
    SessionController *session, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_tray(tray)
    , m_usage(usage)
    , m_prints(std::make_unique<SessionPrints>(m_settings))
    , m_pagesLeft(m_settings.pageLimit)
{
    m_thread.setObjectName(u"mist-print"_s);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();

    m_poll.setInterval(m_pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &PrintDesk::pollJob);
    if (session)
        connect(session, &SessionController::sessionEnded, this, &PrintDesk::endSession);
}

PrintDesk::~PrintDesk()
{
    // The worker's lambdas use this object: it goes only after the thread has ended. Whatever
    // the kiosk leaves unprinted when it stops is canceled as at a visit's end.
    m_thread.quit();
    m_thread.wait();
    m_prints->endSession();
}

void PrintDesk::runOnWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void PrintDesk::setSettings(const KioskConfig::Printing &settings)
{
    endSession();
    m_settings = settings;
    runOnWorker([this, settings] { m_prints = std::make_unique<SessionPrints>(settings); });
    setPagesLeft(m_settings.pageLimit);
    Q_EMIT settingsChanged();
}

void PrintDesk::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollInterval = interval;
    m_poll.setInterval(interval);
}

void PrintDesk::keepFollowingSlowly()
{
    // A failed job is still followed, in case it prints after all, but at a tenth of the pace:
    // a printer that is off would otherwise fill the log with a warning a second.
    m_poll.start(m_pollInterval * 10);
}

bool PrintDesk::busy() const
{
    return m_state == Sending || m_state == Queued || m_state == Printing;
}

void PrintDesk::setState(State state, const QString &problem)
{
    if (m_state == state && m_problem == problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged();
}

void PrintDesk::setPagesLeft(int pages)
{
    if (m_pagesLeft == pages)
        return;
    m_pagesLeft = pages;
    Q_EMIT pagesLeftChanged();
}

int PrintDesk::pagesFor(int documentPages, int copies, int firstPage, int lastPage) const
{
    if (documentPages < 1 || copies < 1 || copies > SessionPrints::maxCopies)
        return 0;
    if (firstPage == 0 && lastPage == 0)
        return documentPages * copies;
    if (firstPage < 1 || lastPage < firstPage || lastPage > documentPages)
        return 0;
    return (lastPage - firstPage + 1) * copies;
}

int PrintDesk::pageCount(const QString &documentId)
{
    if (!m_tray)
        return 0;
    const int known = m_tray->pageCount(documentId);
    if (known > 0)
        return known;
    // The tray's estimate found no page objects (they hide in object streams): ask Qt Pdf.
    QByteArray bytes = m_tray->bytes(documentId);
    if (bytes.isEmpty())
        return 0;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    const int pages = pdf.status() == QPdfDocument::Status::Ready ? pdf.pageCount() : 0;
    pdf.close();
    if (pages > 0)
        m_tray->setPageCount(documentId, pages);
    return pages;
}

void PrintDesk::fail(const QString &problem)
{
    m_poll.stop();
    setState(Failed, problem);
    if (!m_failureLogged) {
        m_failureLogged = true;
        qCInfo(lcPrinting).noquote() << "print failed:" << problem;
        if (m_usage)
            m_usage->printFailed(problem);
    }
}

bool PrintDesk::print(const QString &documentId, int copies, int firstPage, int lastPage)
{
    if (busy()) {
        qCWarning(lcPrinting) << "a print was asked for while a job is on its way";
        return false;
    }
    if (!m_tray || !m_tray->document(documentId)) {
        qCWarning(lcPrinting) << "a print was asked for a document not in the tray";
        return false;
    }
    m_pickupCode.clear();
    m_jobId = 0;
    m_failureLogged = false;
    const int documentPages = pageCount(documentId);
    m_jobPages = pagesFor(documentPages, copies, firstPage, lastPage);
    if (!available()) {
        fail(CupsPrinter::problemName(PrintProblem::NotConfigured));
        return true;
    }
    if (m_jobPages == 0) {
        fail(CupsPrinter::problemName(PrintProblem::Refused));
        return true;
    }
    if (m_jobPages > m_pagesLeft) {
        fail(QString::fromLatin1(pageLimitProblem));
        return true;
    }
    setState(Sending);
    const quint64 generation = m_generation;
    runOnWorker([this, generation, pdf = ownCopy(m_tray->bytes(documentId)), documentPages, copies,
                    firstPage, lastPage]() mutable {
        const SessionPrints::Outcome outcome
            = m_prints->print(pdf, documentPages, copies, firstPage, lastPage);
        pdf.fill('\0'); // the printer has it (or not): no copy of it stays here
        const int left = m_prints->pagesLeft();
        QMetaObject::invokeMethod(
            this,
            [this, generation, outcome, left] {
                submitted(generation, outcome.jobId, outcome.pickupCode, outcome.problem,
                    outcome.overPageLimit, outcome.pages, left);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void PrintDesk::submitted(quint64 generation, int jobId, const QString &pickupCode,
    PrintProblem problem, bool overPageLimit, int pages, int pagesLeft)
{
    if (generation != m_generation)
        return; // the visit ended meanwhile; its end canceled the job
    setPagesLeft(pagesLeft);
    m_jobPages = pages;
    if (overPageLimit) {
        fail(QString::fromLatin1(pageLimitProblem));
        return;
    }
    if (jobId == 0) {
        fail(CupsPrinter::problemName(
            problem == PrintProblem::None ? PrintProblem::Other : problem));
        return;
    }
    m_jobId = jobId;
    if (!pickupCode.isEmpty()) {
        // Held for the librarian: the citizen's part ends with the code.
        m_pickupCode = pickupCode;
        setState(Held);
        return;
    }
    setState(Queued);
    m_pollStarted = QDateTime::currentMSecsSinceEpoch();
    m_poll.start(m_pollInterval);
    pollJob();
}

void PrintDesk::pollJob()
{
    if (m_polling || m_jobId == 0)
        return;
    if (QDateTime::currentMSecsSinceEpoch() - m_pollStarted > giveUpMs) {
        qCInfo(lcPrinting) << "job" << m_jobId << "did not end in time; no longer followed";
        m_poll.stop();
        return;
    }
    m_polling = true;
    const quint64 generation = m_generation;
    runOnWorker([this, generation, printerName = m_settings.printer, jobId = m_jobId] {
        Poll poll;
        CupsPrinter printer(printerName);
        if (const auto job = printer.job(jobId)) {
            poll.answered = true;
            poll.state = job->state;
            poll.jobReasons = job->reasons;
            // Waiting or printing: the printer's own state says whether it can go on.
            if (!job->finished())
                poll.printerProblem = printer.status().problem;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, poll] { polled(generation, poll); }, Qt::QueuedConnection);
    });
}

void PrintDesk::polled(quint64 generation, const Poll &poll)
{
    if (generation != m_generation)
        return;
    m_polling = false;
    if (m_jobId == 0)
        return;
    if (!poll.answered) {
        // Keeps following: a printer back on in time still prints, and says so.
        fail(CupsPrinter::problemName(PrintProblem::Unreachable));
        keepFollowingSlowly();
        return;
    }
    const PrintProblem fromJob = CupsPrinter::problemFromReasons(poll.jobReasons);
    switch (poll.state) {
    case PrintJobState::Completed:
        m_poll.stop();
        setState(Printed);
        qCInfo(lcPrinting) << "job" << m_jobId << "printed," << m_jobPages << "pages";
        if (m_usage)
            m_usage->documentPrinted(u"portal"_s, m_jobPages);
        return;
    case PrintJobState::Canceled:
        fail(CupsPrinter::problemName(
            fromJob != PrintProblem::None ? fromJob : PrintProblem::Canceled));
        return;
    case PrintJobState::Aborted:
        fail(CupsPrinter::problemName(
            fromJob != PrintProblem::None ? fromJob : PrintProblem::Other));
        return;
    case PrintJobState::Stopped: {
        const PrintProblem problem = poll.printerProblem != PrintProblem::None ? poll.printerProblem
            : fromJob != PrintProblem::None                                    ? fromJob
                                            : PrintProblem::Other;
        fail(CupsPrinter::problemName(problem));
        keepFollowingSlowly(); // a librarian may fix it while the citizen waits
        return;
    }
    case PrintJobState::Pending:
    case PrintJobState::Held:
    case PrintJobState::Processing:
    case PrintJobState::Unknown:
        break;
    }
    if (poll.printerProblem != PrintProblem::None) {
        fail(CupsPrinter::problemName(poll.printerProblem));
        keepFollowingSlowly();
        return;
    }
    // A failure shown stays until the job prints: no flicker back to "printing".
    if (m_state != Failed)
        setState(poll.state == PrintJobState::Processing ? Printing : Queued);
}

void PrintDesk::endSession()
{
    ++m_generation;
    m_poll.stop();
    m_polling = false;
    m_jobId = 0;
    m_jobPages = 0;
    m_pickupCode.clear();
    m_failureLogged = false;
    runOnWorker([this] { m_prints->endSession(); });
    setPagesLeft(m_settings.pageLimit);
    setState(Idle);
}

} // namespace Mist
