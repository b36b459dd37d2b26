// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "cupsprinter.h"

#include "cupslibrary.h"
#include "printinglog.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The job attributes Mist reads.
const char *const jobAttributes[] = {"job-id", "job-state", "job-state-reasons", "job-name",
    "job-impressions-completed", "time-at-creation"};

QStringList keywords(ipp_attribute_t *attribute)
{
    QStringList values;
    if (!attribute)
        return values;
    for (int i = 0; i < cups().ippGetCount(attribute); ++i)
        values << QString::fromUtf8(cups().ippGetString(attribute, i, nullptr));
    return values;
}

// A reason keyword without its -report/-warning/-error suffix.
QString reasonBase(QString reason)
{
    for (const auto suffix : {"-report"_L1, "-warning"_L1, "-error"_L1}) {
        if (reason.endsWith(suffix)) {
            reason.chop(suffix.size());
            break;
        }
    }
    return reason;
}

bool ippOk(ipp_status_t status)
{
    return status <= IPP_STATUS_OK_EVENTS_COMPLETE;
}

} // namespace

struct CupsPrinter::Private
{
    cups_dest_t *dest = nullptr;
    http_t *http = nullptr;
    cups_dinfo_t *info = nullptr;
    char resource[256] = {};
    bool direct = false;

    ~Private()
    {
        if (info)
            cups().cupsFreeDestInfo(info);
        if (http)
            cups().httpClose(http);
        if (dest)
            cups().cupsFreeDests(1, dest);
    }

    [[nodiscard]] const char *printerUri() const
    {
        const char *uri
            = cups().cupsGetOption("printer-uri-supported", dest->num_options, dest->options);
        return uri ? uri : cups().cupsGetOption("device-uri", dest->num_options, dest->options);
    }

    [[nodiscard]] ipp_t *newRequest(ipp_op_t operation) const
    {
        ipp_t *request = cups().ippNewRequest(operation);
        cups().ippAddString(
            request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, printerUri());
        cups().ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name",
            nullptr, cups().cupsUser());
        return request;
    }

    // Sends request (taking it) and returns the response, or nullptr with cupsLastError set.
    ipp_t *send(ipp_t *request) const { return cups().cupsDoRequest(http, request, resource); }
};

CupsPrinter::CupsPrinter(QString printer, int timeoutMs)
    : d(std::make_unique<Private>())
    , m_printer(std::move(printer))
    , m_timeoutMs(timeoutMs)
{ }

CupsPrinter::~CupsPrinter() = default;

void CupsPrinter::fail(PrintProblem problem, const QString &error)
{
    m_problem = problem;
    m_error = error;
    qCWarning(lcPrinting).noquote() << problemName(problem) << error;
}

bool CupsPrinter::open()
{
    if (isOpen())
        return true;
    m_problem = PrintProblem::None;
    m_error.clear();
    if (m_printer == "none"_L1) {
        fail(PrintProblem::NotConfigured, u"printing is off ([printing] printer=none)"_s);
        return false;
    }
    if (!CupsLibrary::get()) {
        fail(PrintProblem::NotConfigured, u"libcups cannot be loaded"_s);
        return false;
    }
    unsigned flags = CUPS_DEST_FLAGS_NONE;
    if (m_printer.contains(u"://"_s)) {
        d->dest = cups().cupsGetDestWithURI(nullptr, m_printer.toUtf8().constData());
        d->direct = true;
        flags = CUPS_DEST_FLAGS_DEVICE;
    } else {
        d->dest = cups().cupsGetNamedDest(CUPS_HTTP_DEFAULT,
            m_printer.isEmpty() ? nullptr : m_printer.toUtf8().constData(), nullptr);
    }
    if (!d->dest) {
        fail(PrintProblem::NotConfigured,
            m_printer.isEmpty() ? u"no default printer is set up in CUPS"_s
                                : u"no printer \"%1\" in CUPS"_s.arg(m_printer));
        return false;
    }
    d->http = cups().cupsConnectDest(
        d->dest, flags, m_timeoutMs, nullptr, d->resource, sizeof(d->resource), nullptr, nullptr);
    if (!d->http) {
        fail(PrintProblem::Unreachable,
            u"the printer does not answer: %1"_s.arg(
                QString::fromUtf8(cups().cupsLastErrorString())));
        return false;
    }
    d->info = cups().cupsCopyDestInfo(d->http, d->dest);
    if (!d->info) {
        fail(PrintProblem::Unreachable,
            u"the printer does not describe itself: %1"_s.arg(
                QString::fromUtf8(cups().cupsLastErrorString())));
        cups().httpClose(d->http);
        d->http = nullptr;
        return false;
    }
    return true;
}

bool CupsPrinter::isOpen() const
{
    return d->info != nullptr;
}

QString CupsPrinter::uri() const
{
    if (d->dest)
        return QString::fromUtf8(d->printerUri());
    return m_printer.contains(u"://"_s) ? m_printer : QString();
}

bool CupsPrinter::direct() const
{
    return m_printer.contains(u"://"_s);
}

PrinterStatus CupsPrinter::status()
{
    PrinterStatus status;
    status.name = m_printer;
    if (!open()) {
        status.problem = m_problem;
        status.message = m_error;
        return status;
    }
    status.uri = uri();
    ipp_t *request = d->newRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    const char *wanted[] = {"printer-name", "printer-state", "printer-state-reasons",
        "printer-state-message", "operations-supported", "job-hold-until-supported"};
    cups().ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(std::size(wanted)), nullptr, wanted);
    ipp_t *response = d->send(request);
    if (!response || !ippOk(cups().cupsLastError())) {
        cups().ippDelete(response);
        fail(PrintProblem::Unreachable,
            u"the printer does not answer: %1"_s.arg(
                QString::fromUtf8(cups().cupsLastErrorString())));
        status.problem = m_problem;
        status.message = m_error;
        return status;
    }
    status.answers = true;
    if (ipp_attribute_t *a = cups().ippFindAttribute(response, "printer-name", IPP_TAG_NAME))
        status.name = QString::fromUtf8(cups().ippGetString(a, 0, nullptr));
    if (ipp_attribute_t *a = cups().ippFindAttribute(response, "printer-state", IPP_TAG_ENUM))
        status.state = cups().ippGetInteger(a, 0);
    status.reasons
        = keywords(cups().ippFindAttribute(response, "printer-state-reasons", IPP_TAG_KEYWORD));
    status.reasons.removeAll(u"none"_s);
    if (ipp_attribute_t *a
        = cups().ippFindAttribute(response, "printer-state-message", IPP_TAG_TEXT))
        status.message = QString::fromUtf8(cups().ippGetString(a, 0, nullptr));
    bool canRelease = false;
    if (ipp_attribute_t *a
        = cups().ippFindAttribute(response, "operations-supported", IPP_TAG_ENUM)) {
        for (int i = 0; i < cups().ippGetCount(a); ++i)
            canRelease = canRelease || cups().ippGetInteger(a, i) == IPP_OP_RELEASE_JOB;
    }
    status.canHold
        = canRelease && cups().ippFindAttribute(response, "job-hold-until-supported", IPP_TAG_ZERO);
    cups().ippDelete(response);
    status.problem = problemFromReasons(status.reasons);
    if (status.problem == PrintProblem::None && status.state == IPP_PSTATE_STOPPED)
        status.problem = PrintProblem::Other;
    return status;
}

int CupsPrinter::submit(const PrintRequest &request)
{
    if (!open())
        return 0;
    if (request.pdf.isEmpty() || request.copies < 1 || request.firstPage < 0
        || request.lastPage < request.firstPage) {
        fail(PrintProblem::Refused, u"not a printable request"_s);
        return 0;
    }
    if (request.hold && !status().canHold) {
        fail(PrintProblem::Refused, u"this printer cannot hold jobs for release"_s);
        return 0;
    }
    cups_option_t *options = nullptr;
    int count = 0;
    count = cups().cupsAddIntegerOption("copies", request.copies, count, &options);
    if (request.firstPage > 0) {
        const QByteArray range
            = QByteArray::number(request.firstPage) + '-' + QByteArray::number(request.lastPage);
        count = cups().cupsAddOption("page-ranges", range.constData(), count, &options);
    }
    if (request.hold)
        count = cups().cupsAddOption("job-hold-until", "indefinite", count, &options);

    int jobId = 0;
    const QByteArray name = request.jobName.toUtf8();
    // A printer busy with another job (or with a cancel) answers server-error-busy: wait for it
    // a little, as lp does.
    ipp_status_t created = IPP_STATUS_ERROR_BUSY;
    for (int attempt = 0; attempt < 40 && created == IPP_STATUS_ERROR_BUSY; ++attempt) {
        if (attempt > 0)
            QThread::msleep(250);
        created = cups().cupsCreateDestJob(
            d->http, d->dest, d->info, &jobId, name.constData(), count, options);
    }
    if (!ippOk(created) || jobId <= 0) {
        cups().cupsFreeOptions(count, options);
        fail(PrintProblem::Refused,
            u"the printer refused the job: %1"_s.arg(
                QString::fromUtf8(cups().cupsLastErrorString())));
        return 0;
    }
    // The document name stays generic: the spooler must not learn what the citizen printed.
    if (cups().cupsStartDestDocument(
            d->http, d->dest, d->info, jobId, "document", CUPS_FORMAT_PDF, 0, nullptr, 1)
        != HTTP_STATUS_CONTINUE) {
        cups().cupsFreeOptions(count, options);
        fail(PrintProblem::Refused,
            u"the printer did not take the document: %1"_s.arg(
                QString::fromUtf8(cups().cupsLastErrorString())));
        cups().cupsCancelDestJob(d->http, d->dest, jobId);
        return 0;
    }
    cups().cupsFreeOptions(count, options);
    constexpr qsizetype chunk = 64 * 1024;
    for (qsizetype offset = 0; offset < request.pdf.size(); offset += chunk) {
        const qsizetype length = std::min(chunk, request.pdf.size() - offset);
        if (cups().cupsWriteRequestData(d->http, request.pdf.constData() + offset, size_t(length))
            != HTTP_STATUS_CONTINUE) {
            cups().cupsFinishDestDocument(d->http, d->dest, d->info);
            fail(PrintProblem::Unreachable, u"the printer stopped taking the document"_s);
            return 0;
        }
    }
    if (!ippOk(cups().cupsFinishDestDocument(d->http, d->dest, d->info))) {
        fail(PrintProblem::Refused,
            u"the printer refused the document: %1"_s.arg(
                QString::fromUtf8(cups().cupsLastErrorString())));
        return 0;
    }
    qCInfo(lcPrinting) << "job" << jobId << "accepted," << request.pdf.size() << "bytes,"
                       << request.copies << "copies" << (request.hold ? "held" : "");
    return jobId;
}

namespace {

PrintJobStatus readJob(ipp_t *response, ipp_attribute_t *&attribute)
{
    PrintJobStatus job;
    for (; attribute && cups().ippGetGroupTag(attribute) == IPP_TAG_JOB;
         attribute = cups().ippNextAttribute(response)) {
        const char *name = cups().ippGetName(attribute);
        if (!name)
            break;
        const QByteArray key(name);
        if (key == "job-id")
            job.id = cups().ippGetInteger(attribute, 0);
        else if (key == "job-state")
            job.state = PrintJobState(cups().ippGetInteger(attribute, 0));
        else if (key == "job-state-reasons")
            job.reasons = keywords(attribute);
        else if (key == "job-name")
            job.name = QString::fromUtf8(cups().ippGetString(attribute, 0, nullptr));
        else if (key == "job-impressions-completed")
            job.pagesCompleted = cups().ippGetInteger(attribute, 0);
        else if (key == "time-at-creation")
            job.created = QDateTime::fromSecsSinceEpoch(cups().ippGetInteger(attribute, 0));
    }
    return job;
}

} // namespace

std::optional<PrintJobStatus> CupsPrinter::job(int jobId)
{
    if (!open())
        return std::nullopt;
    ipp_t *request = d->newRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    cups().ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    cups().ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(std::size(jobAttributes)), nullptr, jobAttributes);
    ipp_t *response = d->send(request);
    if (!response || !ippOk(cups().cupsLastError())) {
        cups().ippDelete(response);
        m_error = QString::fromUtf8(cups().cupsLastErrorString());
        return std::nullopt;
    }
    ipp_attribute_t *attribute = cups().ippFirstAttribute(response);
    while (attribute && cups().ippGetGroupTag(attribute) != IPP_TAG_JOB)
        attribute = cups().ippNextAttribute(response);
    PrintJobStatus job = readJob(response, attribute);
    cups().ippDelete(response);
    if (job.id == 0)
        job.id = jobId;
    return job;
}

std::vector<PrintJobStatus> CupsPrinter::jobs(bool includeCompleted)
{
    std::vector<PrintJobStatus> result;
    if (!open())
        return result;
    ipp_t *request = d->newRequest(IPP_OP_GET_JOBS);
    cups().ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "which-jobs", nullptr,
        includeCompleted ? "all" : "not-completed");
    cups().ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
        int(std::size(jobAttributes)), nullptr, jobAttributes);
    ipp_t *response = d->send(request);
    if (!response || !ippOk(cups().cupsLastError())) {
        cups().ippDelete(response);
        m_error = QString::fromUtf8(cups().cupsLastErrorString());
        return result;
    }
    ipp_attribute_t *attribute = cups().ippFirstAttribute(response);
    while (attribute) {
        if (cups().ippGetGroupTag(attribute) != IPP_TAG_JOB) {
            attribute = cups().ippNextAttribute(response);
            continue;
        }
        PrintJobStatus job = readJob(response, attribute);
        if (job.id > 0)
            result.push_back(job);
        if (attribute)
            attribute = cups().ippNextAttribute(response); // past the separator
    }
    cups().ippDelete(response);
    return result;
}

bool CupsPrinter::cancel(int jobId, bool purge)
{
    if (!open())
        return false;
    ipp_t *request = d->newRequest(IPP_OP_CANCEL_JOB);
    cups().ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    // purge-job is CUPS' own attribute; a printer talked to directly would refuse it.
    if (purge && !d->direct)
        cups().ippAddBoolean(request, IPP_TAG_OPERATION, "purge-job", 1);
    cups().ippDelete(d->send(request));
    if (!ippOk(cups().cupsLastError())) {
        m_error = QString::fromUtf8(cups().cupsLastErrorString());
        qCInfo(lcPrinting).noquote() << "job" << jobId << "not canceled:" << m_error;
        return false;
    }
    qCInfo(lcPrinting) << "job" << jobId << (purge ? "canceled and purged" : "canceled");
    return true;
}

bool CupsPrinter::release(int jobId)
{
    if (!open())
        return false;
    ipp_t *request = d->newRequest(IPP_OP_RELEASE_JOB);
    cups().ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", jobId);
    cups().ippDelete(d->send(request));
    if (!ippOk(cups().cupsLastError())) {
        m_error = QString::fromUtf8(cups().cupsLastErrorString());
        return false;
    }
    qCInfo(lcPrinting) << "job" << jobId << "released";
    return true;
}

PrintProblem CupsPrinter::problemFromReasons(const QStringList &reasons)
{
    PrintProblem found = PrintProblem::None;
    for (const QString &reason : reasons) {
        // A -report is information only; -warning and plain reasons may stop printing.
        if (reason.endsWith("-report"_L1))
            continue;
        const QString base = reasonBase(reason);
        PrintProblem problem = PrintProblem::None;
        if (base == "media-empty"_L1 || base == "media-needed"_L1
            || base == "input-tray-missing"_L1)
            problem = PrintProblem::OutOfPaper;
        else if (base == "media-jam"_L1)
            problem = PrintProblem::PaperJam;
        else if (base == "toner-empty"_L1 || base == "marker-supply-empty"_L1)
            problem = PrintProblem::OutOfToner;
        else if (base == "door-open"_L1 || base == "cover-open"_L1)
            problem = PrintProblem::DoorOpen;
        else if (base == "offline"_L1 || base == "shutdown"_L1 || base == "connecting-to-device"_L1
            || base == "timed-out"_L1)
            problem = PrintProblem::Unreachable;
        else if (base == "other"_L1 && !reason.endsWith("-warning"_L1))
            problem = PrintProblem::Other;
        // Warnings (e.g. toner-low-warning) do not stop printing.
        if (reason.endsWith("-warning"_L1))
            problem = PrintProblem::None;
        if (problem != PrintProblem::None && found == PrintProblem::None)
            found = problem;
    }
    return found;
}

QString CupsPrinter::problemName(PrintProblem problem)
{
    switch (problem) {
    case PrintProblem::None:
        return u"none"_s;
    case PrintProblem::NotConfigured:
        return u"not-configured"_s;
    case PrintProblem::Unreachable:
        return u"unreachable"_s;
    case PrintProblem::OutOfPaper:
        return u"out-of-paper"_s;
    case PrintProblem::PaperJam:
        return u"paper-jam"_s;
    case PrintProblem::OutOfToner:
        return u"out-of-toner"_s;
    case PrintProblem::DoorOpen:
        return u"door-open"_s;
    case PrintProblem::Refused:
        return u"refused"_s;
    case PrintProblem::Canceled:
        return u"canceled"_s;
    case PrintProblem::Other:
        break;
    }
    return u"other"_s;
}

QString CupsPrinter::stateName(PrintJobState state)
{
    switch (state) {
    case PrintJobState::Pending:
        return u"pending"_s;
    case PrintJobState::Held:
        return u"held"_s;
    case PrintJobState::Processing:
        return u"processing"_s;
    case PrintJobState::Stopped:
        return u"stopped"_s;
    case PrintJobState::Canceled:
        return u"canceled"_s;
    case PrintJobState::Aborted:
        return u"aborted"_s;
    case PrintJobState::Completed:
        return u"completed"_s;
    case PrintJobState::Unknown:
        break;
    }
    return u"unknown"_s;
}

int CupsPrinter::jobWithCode(const QString &code)
{
    if (code.isEmpty())
        return 0;
    for (const PrintJobStatus &job : jobs(false)) {
        if (codeFromJobName(job.name) == code)
            return job.id;
    }
    return 0;
}

QString CupsPrinter::jobNameForCode(const QString &code)
{
    return u"Mist "_s + code;
}

QString CupsPrinter::codeFromJobName(const QString &jobName)
{
    static const QRegularExpression pattern(u"^Mist (\\d{4})\\z"_s);
    const QRegularExpressionMatch match = pattern.match(jobName);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString CupsPrinter::newPickupCode(const QStringList &taken)
{
    for (;;) {
        // 1000..9999: no leading zero for a librarian to drop.
        const QString code = QString::number(QRandomGenerator::system()->bounded(1000, 10000));
        if (!taken.contains(code))
            return code;
    }
}

} // namespace Mist
