// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The print jobs of one citizen session: the page limit ([printing] page_limit, all copies
// counted), pickup codes for held jobs, and the clean-up when the session ends (jobs not yet
// printed are canceled, held ones too unless the librarian has released them, and the
// spooler's history of them purged). Calls block
// on libcups: the UI runs them on a worker thread.
#pragma once

#include "config/kioskconfig.h"
#include "printing/cupsprinter.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Mist {

class SessionPrints
{
public:
    explicit SessionPrints(KioskConfig::Printing settings);

    struct Outcome
    {
        int jobId = 0; // 0: not sent
        QString pickupCode; // held jobs only
        PrintProblem problem = PrintProblem::None;
        bool overPageLimit = false;
        int pages = 0; // pages this job prints (all copies)
    };

    // Sends pdf (documentPages pages) to the printer: copies 1..3, pages firstPage..lastPage
    // (0, 0: all).
    [[nodiscard]] Outcome print(
        const QByteArray &pdf, int documentPages, int copies, int firstPage = 0, int lastPage = 0);
    [[nodiscard]] std::optional<PrintJobStatus> job(int jobId);

    [[nodiscard]] int pagesUsed() const { return m_pagesUsed; }
    [[nodiscard]] int pagesLeft() const { return m_settings.pageLimit - m_pagesUsed; }
    [[nodiscard]] std::vector<int> jobIds() const;

    // Cancels (and purges) every job of the session that has not printed, except a held job the
    // librarian has released, which prints on; purges the history of the printed ones where the
    // printer keeps one (a cupsd), and of released ones once they have printed. Returns how many
    // were canceled.
    int endSession();

    static constexpr int maxCopies = 3;

private:
    struct Job
    {
        int id = 0;
        int pages = 0;
        bool held = false; // sent to be held for release
    };
    // Purges the history of released jobs that have printed since; keeps those still printing.
    void purgeReleasedJobs(CupsPrinter &printer);
    KioskConfig::Printing m_settings;
    std::vector<Job> m_jobs;
    int m_pagesUsed = 0;
    // Held jobs released by the librarian that were still printing when their visit ended.
    std::vector<int> m_released;
};

} // namespace Mist
