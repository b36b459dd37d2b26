// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl print list|cancel|release|test-page: the library's printer from the librarian's side,
// through libcups ([printing] printer of the configuration, or --printer). Held jobs are found
// by their pickup code, which is their job name on the printer.

#include "ctlcommand.h"

#include "printing/cupsprinter.h"
#include "printing/testsheet.h"
#include "usage/kioskidentity.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

const QCommandLineOption printerOption(
    u"printer"_s, u"A CUPS queue or ipp:// URI instead of [printing] printer."_s, u"PRINTER"_s);

QString printerOf(CtlInvocation &invocation)
{
    return invocation.parser().isSet(printerOption) ? invocation.parser().value(printerOption)
                                                    : invocation.config().printing.printer;
}

QJsonObject toJson(const PrintJobStatus &job)
{
    return {{u"id"_s, job.id}, {u"state"_s, CupsPrinter::stateName(job.state)},
        {u"code"_s, CupsPrinter::codeFromJobName(job.name)},
        {u"reasons"_s, QJsonArray::fromStringList(job.reasons)},
        {u"created"_s, job.created.isValid() ? job.created.toString(Qt::ISODate) : QString()}};
}

int fail(CtlInvocation &invocation, const CupsPrinter &printer)
{
    invocation.printError(
        u"%1 (%2)"_s.arg(printer.errorString(), CupsPrinter::problemName(printer.problem())));
    return CtlInvocation::exitFailure;
}

int list(CtlInvocation &invocation)
{
    invocation.parser().addOption(printerOption);
    const QCommandLineOption all(u"all"_s, u"Also the finished jobs the printer remembers."_s);
    invocation.parser().addOption(all);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    CupsPrinter printer(printerOf(invocation));
    if (!printer.open())
        return fail(invocation, printer);
    const std::vector<PrintJobStatus> jobs = printer.jobs(invocation.parser().isSet(all));
    if (invocation.json()) {
        QJsonArray array;
        for (const PrintJobStatus &job : jobs)
            array.append(toJson(job));
        CtlInvocation::printJson(array);
        return CtlInvocation::exitOk;
    }
    if (jobs.empty())
        std::printf("no jobs\n");
    for (const PrintJobStatus &job : jobs) {
        const QString code = CupsPrinter::codeFromJobName(job.name);
        std::printf("%6d  %-10s  %-6s  %s\n", job.id, qPrintable(CupsPrinter::stateName(job.state)),
            code.isEmpty() ? "-" : qPrintable(code),
            qPrintable(job.created.toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    return CtlInvocation::exitOk;
}

// A job id, or the pickup code of a job on the printer; 0 if none.
int findJob(CupsPrinter &printer, const QString &text, bool codeOnly)
{
    if (const int id = printer.jobWithCode(text))
        return id;
    bool ok = false;
    const int id = text.toInt(&ok);
    return !codeOnly && ok && id > 0 ? id : 0;
}

int cancel(CtlInvocation &invocation)
{
    invocation.parser().addOption(printerOption);
    if (!invocation.parse(u"JOB|CODE"_s))
        return CtlInvocation::exitUsage;
    if (invocation.positional().size() != 1) {
        invocation.printError(u"expected one job id or pickup code"_s);
        return CtlInvocation::exitUsage;
    }
    CupsPrinter printer(printerOf(invocation));
    if (!printer.open())
        return fail(invocation, printer);
    const int id = findJob(printer, invocation.positional().constFirst(), false);
    if (id == 0 || !printer.cancel(id, true)) {
        invocation.printError(u"no such job to cancel"_s);
        return CtlInvocation::exitFailure;
    }
    std::printf("job %d canceled\n", id);
    return CtlInvocation::exitOk;
}

int release(CtlInvocation &invocation)
{
    invocation.parser().addOption(printerOption);
    if (!invocation.parse(u"CODE"_s))
        return CtlInvocation::exitUsage;
    if (invocation.positional().size() != 1) {
        invocation.printError(u"expected the citizen's pickup code"_s);
        return CtlInvocation::exitUsage;
    }
    CupsPrinter printer(printerOf(invocation));
    if (!printer.open())
        return fail(invocation, printer);
    const int id = findJob(printer, invocation.positional().constFirst(), true);
    if (id == 0) {
        invocation.printError(u"no held job has this code"_s);
        return CtlInvocation::exitFailure;
    }
    if (!printer.release(id)) {
        invocation.printError(
            u"the printer did not release job %1: %2"_s.arg(id).arg(printer.errorString()));
        return CtlInvocation::exitFailure;
    }
    std::printf("job %d released\n", id);
    return CtlInvocation::exitOk;
}

int testPage(CtlInvocation &invocation)
{
    invocation.parser().addOption(printerOption);
    const QCommandLineOption wait(
        u"wait"_s, u"Seconds to wait for the printer's answer (default 120)."_s, u"SECONDS"_s);
    invocation.parser().addOption(wait);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const int seconds
        = invocation.parser().isSet(wait) ? invocation.parser().value(wait).toInt() : 120;
    if (seconds <= 0) {
        invocation.printError(u"--wait expects a number of seconds"_s);
        return CtlInvocation::exitUsage;
    }
    const KioskConfig config = invocation.config();
    CupsPrinter printer(printerOf(invocation));
    const int id = printer.submit(
        {.pdf = printerTestSheet(config.libraryNameEn, KioskIdentity::load(invocation.dataDir()),
             QDateTime::currentDateTime()),
            .jobName = u"Mist test page"_s});
    if (id == 0)
        return fail(invocation, printer);
    if (!invocation.json())
        std::printf("job %d accepted, waiting for the printer...\n", id);
    const QDeadlineTimer deadline(std::chrono::seconds {seconds});
    PrintJobStatus job;
    while (!deadline.hasExpired()) {
        if (const auto status = printer.job(id))
            job = *status;
        if (job.finished())
            break;
        QThread::msleep(250);
    }
    const bool printed = job.state == PrintJobState::Completed;
    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {{u"job"_s, toJson(job)}, {u"printed"_s, printed}});
    } else if (printed) {
        std::printf("printed\n");
    } else {
        std::printf("not printed: %s (%s)\n", qPrintable(CupsPrinter::stateName(job.state)),
            qPrintable(job.reasons.join(u", "_s)));
    }
    return printed ? CtlInvocation::exitOk : CtlInvocation::exitFailure;
}

} // namespace

std::vector<CtlCommand> printCommands()
{
    return {
        {u"print list"_s, u"List the jobs on the library's printer, with pickup codes."_s, list},
        {u"print cancel"_s, u"Cancel a job (by id or pickup code) and purge it."_s, cancel},
        {u"print release"_s, u"Release a held job by the citizen's pickup code."_s, release},
        {u"print test-page"_s, u"Print a test sheet and wait for the printer's answer."_s,
            testPage},
    };
}

} // namespace Mist
