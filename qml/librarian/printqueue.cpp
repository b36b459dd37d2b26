// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "printqueue.h"

#include "printing/cupsprinter.h"
#include "usage/usagerecorder.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Runs work on the pool, then done(result) on the GUI thread if the queue still exists. The
// QPointer is only read on the GUI thread.
template<typename Work, typename Done>
void inBackground(PrintQueue *queue, Work work, Done done)
{
    QThreadPool::globalInstance()->start(
        [guard = QPointer<PrintQueue>(queue), work = std::move(work), done = std::move(done)] {
            auto result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, result = std::move(result)] {
                    if (guard)
                        done(guard.data(), result);
                },
                Qt::QueuedConnection);
        });
}

} // namespace

PrintQueue::PrintQueue(QObject *parent)
    : QObject(parent)
{ }

void PrintQueue::setPrinter(const QString &printer)
{
    if (printer == m_printer)
        return;
    m_printer = printer;
    Q_EMIT printerChanged();
}

void PrintQueue::setRecorder(UsageRecorder *recorder)
{
    if (recorder == m_recorder)
        return;
    m_recorder = recorder;
    Q_EMIT printerChanged();
}

PrintQueue::Snapshot PrintQueue::look(const QString &printer)
{
    Snapshot snapshot;
    if (printer == u"none"_s)
        return snapshot;
    CupsPrinter cups(printer, 3000);
    const PrinterStatus status = cups.status();
    snapshot.answers = status.answers;
    snapshot.problem = status.problem == PrintProblem::None
        ? QString()
        : CupsPrinter::problemName(status.problem);
    if (!status.answers)
        return snapshot;
    for (const PrintJobStatus &job : cups.jobs(false)) {
        const QString code = CupsPrinter::codeFromJobName(job.name);
        if (job.state == PrintJobState::Held && !code.isEmpty()) {
            snapshot.held.append(QVariantMap {{u"id"_s, job.id}, {u"code"_s, code},
                {u"created"_s,
                    job.created.isValid() ? job.created.toLocalTime().toString(u"HH:mm"_s)
                                          : QString()}});
        } else if (!job.finished()) {
            ++snapshot.active;
        }
    }
    return snapshot;
}

void PrintQueue::refresh()
{
    setPending(+1);
    inBackground(
        this, [printer = m_printer] { return look(printer); },
        [](PrintQueue *queue, const Snapshot &snapshot) {
            queue->apply(snapshot);
            queue->setPending(-1);
        });
}

void PrintQueue::release(const QString &code)
{
    act(code, true);
}

void PrintQueue::cancel(const QString &code)
{
    act(code, false);
}

void PrintQueue::act(const QString &code, bool releaseIt)
{
    setPending(+1);
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        Snapshot after;
    };
    inBackground(
        this,
        [printer = m_printer, code, releaseIt] {
            Result result;
            CupsPrinter cups(printer, 3000);
            const int id = cups.jobWithCode(code);
            if (id == 0)
                result.outcome
                    = cups.problem() == PrintProblem::None ? Outcome::NotFound : Outcome::Failed;
            else if (releaseIt ? cups.release(id) : cups.cancel(id, true))
                result.outcome = releaseIt ? Outcome::Released : Outcome::Canceled;
            result.after = look(printer);
            return result;
        },
        [code](PrintQueue *queue, const Result &result) {
            queue->apply(result.after);
            queue->finishAction(result.outcome, code);
            queue->setPending(-1);
        });
}

void PrintQueue::apply(const Snapshot &snapshot)
{
    m_answers = snapshot.answers;
    m_problem = snapshot.problem;
    m_heldJobs = snapshot.held;
    m_activeJobs = snapshot.active;
    Q_EMIT jobsChanged();
}

void PrintQueue::finishAction(Outcome outcome, const QString &code)
{
    m_outcome = outcome;
    m_outcomeCode = code;
    if (m_recorder && outcome == Outcome::Released)
        m_recorder->adminAction(u"print-released"_s);
    else if (m_recorder && outcome == Outcome::Canceled)
        m_recorder->adminAction(u"print-canceled"_s);
    Q_EMIT outcomeChanged();
}

void PrintQueue::setPending(int delta)
{
    const bool wasBusy = busy();
    m_pending += delta;
    if (busy() != wasBusy)
        Q_EMIT busyChanged();
}

} // namespace Mist
