// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The library's printer, through libcups: a CUPS destination (a queue of the local cupsd, or the
// system default) or an ipp:// / ipps:// printer URI talked to directly, without a cupsd. Sends
// the original PDF bytes (no re-rendering), reads job and printer states, cancels, purges and
// releases jobs. Every call blocks (libcups is synchronous): call it from a worker thread in the
// UI (PrintWorker) and directly in mistctl and tests.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Mist {

// What went wrong, in words a citizen understands (the screen picks its sentence by this).
enum class PrintProblem {
    None,
    NotConfigured, // [printing] printer=none, or no default destination
    Unreachable, // the printer does not answer (off, unplugged, stopped)
    OutOfPaper,
    PaperJam,
    OutOfToner,
    DoorOpen,
    Refused, // the printer refused the job (format, attributes, hold not supported)
    Canceled, // the job was canceled (by the librarian or the printer)
    Other,
};

// Job states, the IPP job-state values (RFC 8011 5.3.7).
enum class PrintJobState {
    Unknown = 0,
    Pending = 3,
    Held = 4,
    Processing = 5,
    Stopped = 6,
    Canceled = 7,
    Aborted = 8,
    Completed = 9,
};

struct PrintRequest
{
    QByteArray pdf; // the document's own bytes, sent as application/pdf
    int copies = 1;
    int firstPage = 0; // 0: all pages; else the range firstPage..lastPage (1-based)
    int lastPage = 0;
    bool hold = false; // held until released (job-hold-until=indefinite)
    // The IPP job-name. Never a document's title: the spooler keeps job names.
    QString jobName = QStringLiteral("Mist");
};

struct PrintJobStatus
{
    int id = 0;
    PrintJobState state = PrintJobState::Unknown;
    QStringList reasons; // job-state-reasons, as sent
    QString name; // job-name
    int pagesCompleted = 0; // job-impressions-completed, when the printer says
    QDateTime created;

    [[nodiscard]] bool finished() const
    {
        return state == PrintJobState::Canceled || state == PrintJobState::Aborted
            || state == PrintJobState::Completed;
    }
};

struct PrinterStatus
{
    bool answers = false;
    QString name; // printer-name (or the queue name)
    QString uri; // the printer URI talked to
    int state = 0; // printer-state: 3 idle, 4 processing, 5 stopped
    QStringList reasons; // printer-state-reasons without "none"
    QString message; // printer-state-message
    bool canHold = false; // supports job-hold-until and Release-Job
    PrintProblem problem = PrintProblem::None; // from the reasons, or Unreachable
};

class CupsPrinter
{
public:
    // printer: as in [printing] printer (a queue name, an ipp:// or ipps:// URI, or empty for the
    // system default). timeoutMs bounds connecting.
    explicit CupsPrinter(QString printer, int timeoutMs = 5000);
    ~CupsPrinter();
    CupsPrinter(const CupsPrinter &) = delete;
    CupsPrinter &operator=(const CupsPrinter &) = delete;

    // Finds the destination and connects to it. False: see problem() and errorString().
    [[nodiscard]] bool open();
    [[nodiscard]] bool isOpen() const;

    [[nodiscard]] PrinterStatus status();
    // Sends the job; returns its id, or 0 (see problem()).
    [[nodiscard]] int submit(const PrintRequest &request);
    [[nodiscard]] std::optional<PrintJobStatus> job(int jobId);
    // The jobs on the printer; completed ones too if requested (a cupsd keeps a history).
    [[nodiscard]] std::vector<PrintJobStatus> jobs(bool includeCompleted = false);
    // Cancels a job that has not printed yet; with purge, also removes it from the job history
    // (CUPS' purge-job; a printer talked to directly keeps no history to purge).
    bool cancel(int jobId, bool purge);
    // Releases a held job (Release-Job).
    bool release(int jobId);
    // The id of the unfinished job whose pickup code (jobNameForCode) is code, or 0.
    [[nodiscard]] int jobWithCode(const QString &code);

    [[nodiscard]] PrintProblem problem() const { return m_problem; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // The printer's URI (an ipp:// address, also for a cupsd queue).
    [[nodiscard]] QString uri() const;
    [[nodiscard]] bool direct() const; // an ipp:// URI without a cupsd

    // printer-state-reasons to the citizen's words; None when nothing stops printing.
    [[nodiscard]] static PrintProblem problemFromReasons(const QStringList &reasons);
    [[nodiscard]] static QString problemName(PrintProblem problem); // for logs and mistctl
    [[nodiscard]] static QString stateName(PrintJobState state);

    // Held jobs carry their pickup code in the job name ("Mist 4821"), so `mistctl print
    // release CODE` finds them on the printer without any file on the kiosk.
    [[nodiscard]] static QString jobNameForCode(const QString &code);
    // The code in a job name made by jobNameForCode, or empty.
    [[nodiscard]] static QString codeFromJobName(const QString &jobName);
    // A new four-digit code, none of taken.
    [[nodiscard]] static QString newPickupCode(const QStringList &taken);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_printer;
    int m_timeoutMs;
    PrintProblem m_problem = PrintProblem::None;
    QString m_error;

    void fail(PrintProblem problem, const QString &error);
};

} // namespace Mist
