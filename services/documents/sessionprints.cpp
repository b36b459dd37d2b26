// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sessionprints.h"

#include "printing/printinglog.h"

namespace Mist {

SessionPrints::SessionPrints(KioskConfig::Printing settings)
    : m_settings(std::move(settings))
{ }

SessionPrints::Outcome SessionPrints::print(
    const QByteArray &pdf, int documentPages, int copies, int firstPage, int lastPage)
{
    Outcome outcome;
    if (copies < 1 || copies > maxCopies || documentPages < 1 || firstPage < 0
        || lastPage < firstPage || lastPage > documentPages || (firstPage == 0 && lastPage != 0)) {
        outcome.problem = PrintProblem::Refused;
        return outcome;
    }
    const int pages = (firstPage == 0 ? documentPages : lastPage - firstPage + 1) * copies;
    outcome.pages = pages;
    if (pages > pagesLeft()) {
        outcome.overPageLimit = true;
        return outcome;
    }
    CupsPrinter printer(m_settings.printer);
    PrintRequest request {
        .pdf = pdf, .copies = copies, .firstPage = firstPage, .lastPage = lastPage};
    if (m_settings.holdForRelease) {
        QStringList taken;
        if (printer.open()) {
            for (const PrintJobStatus &job : printer.jobs(false))
                taken << CupsPrinter::codeFromJobName(job.name);
        }
        outcome.pickupCode = CupsPrinter::newPickupCode(taken);
        request.hold = true;
        request.jobName = CupsPrinter::jobNameForCode(outcome.pickupCode);
    }
    outcome.jobId = printer.submit(request);
    if (outcome.jobId == 0) {
        outcome.problem = printer.problem();
        outcome.pickupCode.clear();
        return outcome;
    }
    m_jobs.push_back({outcome.jobId, pages, request.hold});
    m_pagesUsed += pages;
    return outcome;
}

std::optional<PrintJobStatus> SessionPrints::job(int jobId)
{
    return CupsPrinter(m_settings.printer).job(jobId);
}

std::vector<int> SessionPrints::jobIds() const
{
    std::vector<int> ids;
    for (const Job &job : m_jobs)
        ids.push_back(job.id);
    return ids;
}

int SessionPrints::endSession()
{
    if (m_jobs.empty() && m_released.empty()) {
        m_pagesUsed = 0;
        return 0;
    }
    CupsPrinter printer(m_settings.printer);
    int canceled = 0;
    for (const Job &job : m_jobs) {
        const auto status = printer.job(job.id);
        const bool finished = status && status->finished();
        // A held job the librarian has released is printing for this citizen: it stays, and its
        // history is purged at a later visit's end, once it has printed.
        if (job.held && status && !finished && status->state != PrintJobState::Held) {
            m_released.push_back(job.id);
            continue;
        }
        // Everything else not printed yet is canceled (held jobs too); a cupsd also forgets it.
        if (!finished || !printer.direct()) {
            if (printer.cancel(job.id, true) && !finished)
                ++canceled;
        }
    }
    purgeReleasedJobs(printer);
    qCInfo(lcPrinting) << "session ended:" << m_jobs.size() << "jobs," << canceled << "canceled,"
                       << m_released.size() << "released still printing";
    m_jobs.clear();
    m_pagesUsed = 0;
    return canceled;
}

void SessionPrints::purgeReleasedJobs(CupsPrinter &printer)
{
    std::erase_if(m_released, [&printer](int id) {
        const auto status = printer.job(id);
        if (status && !status->finished())
            return false;
        // Printed (or gone): drop it from the spooler's history. A printer talked to directly
        // keeps none.
        if (status && !printer.direct())
            printer.cancel(id, true);
        return true;
    });
}

} // namespace Mist
