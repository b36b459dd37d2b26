// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl schedule list: the trainings of the coming days exactly as the schedule screen gets
// them (ScheduleStore / ScheduleExpander), from the kiosk's stored calendar (or the bundled
// sample), or from any calendar file or address given with --ics, to check a library's calendar
// before a kiosk is pointed at it.
// mistctl schedule sync: fetch the calendar now with the kiosk's own ScheduleSync, into the
// kiosk's data dir, so a librarian who changed the calendar need not wait for the next refresh.

#include "ctlcommand.h"

#include "core/clock.h"
#include "net/curlhttpclient.h"
#include "schedule/bundledschedule.h"
#include "schedule/calendarzones.h"
#include "schedule/icsparser.h"
#include "schedule/scheduleexpander.h"
#include "schedule/schedulestore.h"
#include "schedule/schedulesync.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QString kyivText(const QDateTime &utc)
{
    return CalendarZones::toKyiv(utc).toString(Qt::ISODate);
}

QString statusText(TrainingOccurrence::Status status)
{
    switch (status) {
    case TrainingOccurrence::Status::Tentative:
        return u"tentative"_s;
    case TrainingOccurrence::Status::Confirmed:
        return u"confirmed"_s;
    case TrainingOccurrence::Status::Unspecified:
        break;
    }
    return {};
}

QJsonObject toJson(const TrainingOccurrence &occurrence)
{
    QJsonObject object {
        {u"uid"_s, occurrence.uid},
        {u"start"_s, kyivText(occurrence.start)},
        {u"end"_s, kyivText(occurrence.end)},
        {u"allDay"_s, occurrence.allDay},
        {u"summary"_s, occurrence.summary},
        {u"location"_s, occurrence.location},
    };
    if (occurrence.recurrenceId.isValid())
        object.insert(u"recurrenceId"_s, occurrence.recurrenceId.toString(Qt::ISODate));
    if (occurrence.allDay) {
        object.insert(u"date"_s, occurrence.date.toString(Qt::ISODate));
        object.insert(u"lastDate"_s, occurrence.lastDate.toString(Qt::ISODate));
    }
    if (!occurrence.trainer.isEmpty())
        object.insert(u"trainer"_s, occurrence.trainer);
    if (occurrence.seatsFree)
        object.insert(u"seatsFree"_s, *occurrence.seatsFree);
    if (!occurrence.url.isEmpty())
        object.insert(u"url"_s, occurrence.url);
    if (!occurrence.description.isEmpty())
        object.insert(u"description"_s, occurrence.description);
    if (const QString status = statusText(occurrence.status); !status.isEmpty())
        object.insert(u"status"_s, status);
    return object;
}

// Where the calendar came from and how fresh it is, for the text output's first line.
struct Origin
{
    QString source;
    QDateTime checkedAt; // invalid: unknown or not applicable
};

// Downloads a calendar with the kiosk's HTTP client and its rules (https only, capped, timed
// out). Blocks in a local event loop; fine for a command line.
bool fetch(const QUrl &url, QByteArray *ics, QString *error)
{
    CurlHttpClient client;
    HttpRequest request;
    request.url = url;
    request.maxBodyBytes = IcsParser::maxBytes;
    request.totalTimeout = std::chrono::seconds(60);
    std::unique_ptr<HttpReply> reply(client.send(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &HttpReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (reply->error() != HttpReply::NoError) {
        *error = reply->errorString();
        return false;
    }
    *ics = reply->body();
    return true;
}

bool readFile(const QString &path, QByteArray *ics, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    // One byte more than allowed tells an oversized file without reading all of it.
    *ics = file.read(IcsParser::maxBytes + 1);
    if (ics->size() > IcsParser::maxBytes) {
        *error = u"%1 is larger than %2 bytes"_s.arg(path).arg(IcsParser::maxBytes);
        return false;
    }
    return true;
}

int list(CtlInvocation &invocation)
{
    const QCommandLineOption fromOption(
        u"from"_s, u"The first day, YYYY-MM-DD in Kyiv (default: today in Kyiv)."_s, u"DATE"_s);
    const QCommandLineOption daysOption(u"days"_s,
        u"How many days to list, 1 to %1 (default: %2)."_s.arg(ScheduleExpander::maxDays)
            .arg(ScheduleExpander::defaultDays),
        u"N"_s);
    const QCommandLineOption icsOption(u"ics"_s,
        u"Read this calendar (an .ics file, or an https:// or webcal:// address) instead of the "
        u"kiosk's stored one."_s,
        u"FILE|URL"_s);
    invocation.parser().addOptions({fromOption, daysOption, icsOption});
    invocation.parser().setApplicationDescription(
        u"Lists the trainings of the coming days as the schedule screen shows them: start and "
        u"end in Kyiv time with the offset, summary and location. Without --ics it reads the "
        u"kiosk's stored calendar, or the bundled sample if none was stored. Exits with 1 if "
        u"the calendar cannot be read."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    if (!invocation.positional().isEmpty()) {
        invocation.printError(u"unexpected argument \"%1\""_s.arg(invocation.positional().first()));
        return CtlInvocation::exitUsage;
    }

    QDate from = CalendarZones::kyivDate(QDateTime::currentDateTimeUtc());
    if (invocation.parser().isSet(fromOption)) {
        from = QDate::fromString(invocation.parser().value(fromOption), Qt::ISODate);
        if (!from.isValid()) {
            invocation.printError(u"--from expects a date such as 2026-03-29"_s);
            return CtlInvocation::exitUsage;
        }
    }
    int days = ScheduleExpander::defaultDays;
    if (invocation.parser().isSet(daysOption)) {
        bool ok = false;
        days = invocation.parser().value(daysOption).toInt(&ok);
        if (!ok || days < 1 || days > ScheduleExpander::maxDays) {
            invocation.printError(
                u"--days expects a whole number from 1 to %1"_s.arg(ScheduleExpander::maxDays));
            return CtlInvocation::exitUsage;
        }
    }

    ScheduleExpander::Result result;
    Origin origin;
    if (invocation.parser().isSet(icsOption)) {
        ScheduleSync::Settings source; // the same reading of a source as the kiosk's
        source.source = invocation.parser().value(icsOption);
        QByteArray ics;
        QString error;
        const QUrl url = source.url();
        const bool read
            = url.isEmpty() ? readFile(source.filePath(), &ics, &error) : fetch(url, &ics, &error);
        if (!read) {
            invocation.printError(error);
            return CtlInvocation::exitFailure;
        }
        origin.source = ScheduleSync::displaySource(source.source);
        result = ScheduleExpander::expand(ics, from, days);
    } else if (!QFileInfo::exists(QDir(invocation.dataDir()).filePath(u"schedule.sqlite"_s))) {
        // Nothing stored yet: the sample, as ScheduleStore would give it, without creating a
        // database in a data directory that may not even be the kiosk's.
        origin.source = BundledSchedule::sourceName.toString();
        result = ScheduleExpander::expand(BundledSchedule::load(), from, days);
    } else {
        ScheduleStore store(invocation.dataDir(), u"mistctl-schedule"_s);
        if (!store.open()) {
            invocation.printError(store.errorString());
            return CtlInvocation::exitFailure;
        }
        const ScheduleStore::Calendar calendar = store.calendar();
        origin.source
            = calendar.bundled ? calendar.source : ScheduleSync::displaySource(calendar.source);
        origin.checkedAt = calendar.checkedAt;
        result = store.occurrences(from, days);
    }

    for (const QString &warning : std::as_const(result.warnings))
        std::fprintf(stderr, "mistctl schedule list: warning: %s\n", qUtf8Printable(warning));
    if (!result.ok()) {
        invocation.printError(result.errorString);
        return CtlInvocation::exitFailure;
    }

    if (invocation.json()) {
        QJsonArray array;
        for (const TrainingOccurrence &occurrence : result.occurrences)
            array.append(toJson(occurrence));
        CtlInvocation::printJson(array);
        return CtlInvocation::exitOk;
    }

    QString header = u"# %1"_s.arg(origin.source);
    if (!result.calendarName.isEmpty())
        header += u" (\"%1\")"_s.arg(result.calendarName);
    if (origin.checkedAt.isValid())
        header += u", updated %1"_s.arg(kyivText(origin.checkedAt));
    header += u"; %1 %2 from %3 for %4 days"_s.arg(result.occurrences.size())
                  .arg(result.occurrences.size() == 1 ? u"training"_s : u"trainings"_s)
                  .arg(result.from.toString(Qt::ISODate))
                  .arg(result.days);
    std::printf("%s\n", qUtf8Printable(header));
    // Tab-separated, one training a line: easy to read, easy to cut(1).
    for (const TrainingOccurrence &occurrence : result.occurrences) {
        std::printf("%s\t%s\t%s\t%s\n", qUtf8Printable(kyivText(occurrence.start)),
            qUtf8Printable(kyivText(occurrence.end)), qUtf8Printable(occurrence.summary),
            qUtf8Printable(occurrence.location));
    }
    return CtlInvocation::exitOk;
}

int sync(CtlInvocation &invocation)
{
    const QCommandLineOption icsOption(u"ics"_s,
        u"Sync from this calendar (an https:// or webcal:// address, or an .ics file) instead of "
        u"the configured [schedule] source."_s,
        u"FILE|URL"_s);
    const QCommandLineOption caOption(
        u"ca-bundle"_s, u"Trust the CAs in this PEM file instead of the system's."_s, u"FILE"_s);
    invocation.parser().addOptions({icsOption, caOption});
    invocation.parser().setApplicationDescription(
        u"Fetches the library's calendar now, as the kiosk does at every refresh, and stores it in "
        u"the kiosk's data directory if it parses; a running kiosk shows it within 5 minutes. The "
        u"last good calendar stays if the new one cannot be fetched or read. Exits with 1 if the "
        u"sync failed."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    if (!invocation.positional().isEmpty()) {
        invocation.printError(u"unexpected argument \"%1\""_s.arg(invocation.positional().first()));
        return CtlInvocation::exitUsage;
    }

    ScheduleSync::Settings settings;
    if (invocation.parser().isSet(icsOption)) {
        settings.source = invocation.parser().value(icsOption).trimmed();
        if (settings.source.isEmpty()) {
            invocation.printError(u"--ics expects a file or an https:// address"_s);
            return CtlInvocation::exitUsage;
        }
        // A relative file is relative to where the command runs, not to the kiosk.
        if (settings.url().isEmpty() && !settings.source.startsWith(u"file:"_s))
            settings.source = QFileInfo(settings.source).absoluteFilePath();
    } else {
        const KioskConfig config = invocation.config();
        for (const QString &problem : config.problems)
            invocation.printError(problem);
        settings.source = config.schedule.source;
    }
    if (!settings.isConfigured()) {
        invocation.printError(u"no calendar to sync: set [schedule] source in the configuration "
                              "(or give --ics)"_s);
        return CtlInvocation::exitFailure;
    }
    if (invocation.parser().isSet(caOption)) {
        settings.caBundlePath = invocation.parser().value(caOption);
        if (!QFileInfo(settings.caBundlePath).isReadable()) {
            invocation.printError(u"--ca-bundle: cannot read %1"_s.arg(settings.caBundlePath));
            return CtlInvocation::exitUsage;
        }
    }

    ScheduleStore store(invocation.dataDir(), u"mistctl-schedule"_s);
    if (!store.open()) {
        invocation.printError(
            u"cannot open the schedule in %1: %2"_s.arg(invocation.dataDir(), store.errorString()));
        return CtlInvocation::exitFailure;
    }
    SteadyClock clock;
    ScheduleSync scheduleSync(store, clock, settings);
    ScheduleStore::Attempt attempt;
    QEventLoop loop;
    QObject::connect(
        &scheduleSync, &ScheduleSync::finished, &loop, [&](const ScheduleStore::Attempt &finished) {
            attempt = finished;
            loop.quit();
        });
    if (!scheduleSync.syncNow()) {
        invocation.printError(u"the sync could not start"_s);
        return CtlInvocation::exitFailure;
    }
    loop.exec();

    const ScheduleStore::Calendar calendar = store.calendar();
    if (invocation.json()) {
        QJsonObject object {{u"ok"_s, attempt.ok}, {u"code"_s, attempt.code},
            {u"message"_s, attempt.message},
            {u"source"_s,
                calendar.bundled ? calendar.source : ScheduleSync::displaySource(calendar.source)}};
        if (calendar.checkedAt.isValid())
            object.insert(u"updated"_s, kyivText(calendar.checkedAt));
        CtlInvocation::printJson(object);
    } else {
        std::printf("%s: %s\n", attempt.ok ? "ok" : "failed",
            qUtf8Printable(attempt.message.isEmpty() ? attempt.code : attempt.message));
    }
    return attempt.ok ? CtlInvocation::exitOk : CtlInvocation::exitFailure;
}

} // namespace

std::vector<CtlCommand> scheduleCommands()
{
    return {
        {u"schedule list"_s,
            u"List the trainings of the coming days, as the schedule screen shows them."_s, list},
        {u"schedule sync"_s, u"Fetch the library's calendar now and store it if it parses."_s,
            sync},
    };
}

} // namespace Mist
