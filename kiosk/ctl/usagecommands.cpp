// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl logs export, report, report merge, demo seed: the usage log for librarians and admins.
// They read the log in <data-dir>/usage.sqlite beside a running kiosk (WAL lets both work at
// once). report merge reads exports from many kiosks, for the regional office.

#include "ctlcommand.h"

#include "usage/demoseeder.h"
#include "usage/exportmanifest.h"
#include "usage/kioskidentity.h"
#include "usage/usageexporter.h"
#include "usage/usagemerge.h"
#include "usage/usagereport.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

bool logExists(const QString &dataDir)
{
    return QFileInfo::exists(QDir(dataDir).filePath(UsageStore::fileName.toString()));
}

int exportLogs(CtlInvocation &invocation)
{
    const QCommandLineOption fromOption(
        u"from"_s, u"First day (YYYY-MM-DD, Kyiv time) or an ISO time with offset."_s, u"DATE"_s);
    const QCommandLineOption toOption(
        u"to"_s, u"Last day, included (YYYY-MM-DD), or an ISO time (excluded)."_s, u"DATE"_s);
    const QCommandLineOption formatOption(
        u"format"_s, u"csv or ndjson (default csv)."_s, u"csv|ndjson"_s, u"csv"_s);
    const QCommandLineOption bomOption(u"bom"_s,
        u"Start with a UTF-8 byte order mark, so Excel and LibreOffice show Cyrillic right."_s);
    const QCommandLineOption outOption(
        u"out"_s, u"Write to FILE instead of standard output."_s, u"FILE"_s);
    invocation.parser().addOptions({fromOption, toOption, formatOption, bomOption, outOption});
    invocation.parser().setApplicationDescription(
        u"Exports the usage log's events of a period, streamed: one row per event with its UTC "
        u"time, kiosk id, session id, event, subject and value. CSV follows RFC 4180."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    if (!invocation.positional().isEmpty()) {
        invocation.printError(u"unexpected argument \"%1\""_s.arg(invocation.positional().first()));
        return CtlInvocation::exitUsage;
    }
    const QCommandLineParser &parser = invocation.parser();
    if (!parser.isSet(fromOption) || !parser.isSet(toOption)) {
        invocation.printError(u"--from and --to are required"_s);
        return CtlInvocation::exitUsage;
    }
    QString error;
    const auto range
        = UsageTimeRange::parse(parser.value(fromOption), parser.value(toOption), &error);
    if (!range) {
        invocation.printError(error);
        return CtlInvocation::exitUsage;
    }
    const auto format = UsageExporter::formatFromName(parser.value(formatOption));
    if (!format) {
        invocation.printError(u"--format expects csv or ndjson"_s);
        return CtlInvocation::exitUsage;
    }
    if (!logExists(invocation.dataDir())) {
        invocation.printError(u"no usage log in %1"_s.arg(invocation.dataDir()));
        return CtlInvocation::exitFailure;
    }
    UsageStore store(invocation.dataDir(), u"mistctl-usage"_s);
    if (!store.open()) {
        invocation.printError(store.errorString());
        return CtlInvocation::exitFailure;
    }
    UsageExporter exporter(
        store.events(range->fromMs, range->toMs), *format, parser.isSet(bomOption));

    QSaveFile saveFile(parser.value(outOption));
    QFile standardOutput;
    QIODevice *device = nullptr;
    if (parser.isSet(outOption)) {
        if (!saveFile.open(QIODevice::WriteOnly)) {
            invocation.printError(
                u"cannot write %1: %2"_s.arg(parser.value(outOption), saveFile.errorString()));
            return CtlInvocation::exitFailure;
        }
        device = &saveFile;
    } else {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return CtlInvocation::exitFailure;
        device = &standardOutput;
    }
    if (!exporter.writeAll(device, &error)) {
        invocation.printError(error);
        return CtlInvocation::exitFailure;
    }
    if (parser.isSet(outOption) && !saveFile.commit()) {
        invocation.printError(saveFile.errorString());
        return CtlInvocation::exitFailure;
    }
    if (parser.isSet(outOption)) {
        ExportManifest manifest;
        manifest.format = parser.value(formatOption);
        manifest.kioskId = KioskIdentity::load(invocation.dataDir());
        manifest.library = invocation.config().libraryNameUk;
        manifest.fromMs = range->fromMs;
        manifest.toMs = range->toMs;
        manifest.events = exporter.rowCount();
        if (!ExportManifest::write(
                parser.value(outOption), manifest, invocation.dataDir(), &error)) {
            invocation.printError(error);
            return CtlInvocation::exitFailure;
        }
        std::fprintf(stderr, "%lld events written to %s, signed manifest %s%s\n",
            static_cast<long long>(exporter.rowCount()), qUtf8Printable(parser.value(outOption)),
            qUtf8Printable(parser.value(outOption)),
            qUtf8Printable(ExportManifest::suffix.toString()));
    }
    return CtlInvocation::exitOk;
}

int report(CtlInvocation &invocation)
{
    const QCommandLineOption monthOption(
        u"month"_s, u"The month, YYYY-MM (Kyiv time)."_s, u"YYYY-MM"_s);
    const QCommandLineOption formatOption(
        u"format"_s, u"text, json or html (default text)."_s, u"text|json|html"_s, u"text"_s);
    invocation.parser().addOptions({monthOption, formatOption});
    invocation.parser().setApplicationDescription(
        u"The month's usage: citizens served (sessions), session length (median and "
        u"distribution), top services and categories, use by weekday and hour, timeouts vs "
        u"finishes, trainings viewed. --format html gives one self-contained page with charts "
        u"for printing or attaching to a report."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const QCommandLineParser &parser = invocation.parser();
    const auto range = UsageTimeRange::month(parser.value(monthOption));
    if (!parser.isSet(monthOption) || !range) {
        invocation.printError(u"--month expects YYYY-MM, such as 2026-03"_s);
        return CtlInvocation::exitUsage;
    }
    QString format = parser.value(formatOption);
    if (invocation.json())
        format = u"json"_s;
    if (format != "text"_L1 && format != "json"_L1 && format != "html"_L1) {
        invocation.printError(u"--format expects text, json or html"_s);
        return CtlInvocation::exitUsage;
    }
    if (!logExists(invocation.dataDir())) {
        invocation.printError(u"no usage log in %1"_s.arg(invocation.dataDir()));
        return CtlInvocation::exitFailure;
    }
    UsageStore store(invocation.dataDir(), u"mistctl-usage"_s);
    if (!store.open()) {
        invocation.printError(store.errorString());
        return CtlInvocation::exitFailure;
    }
    const QDate month
        = QDate::fromString(parser.value(monthOption).trimmed() + u"-01"_s, Qt::ISODate);
    const UsageReport usage = UsageReport::build(store, month);
    QByteArray out;
    if (format == "json"_L1) {
        out = QJsonDocument(usage.toJson()).toJson(QJsonDocument::Indented);
    } else if (format == "html"_L1) {
        const KioskConfig config = invocation.config();
        out = usage.toHtml(UsageReport::defaultNames(), config.libraryNameUk).toUtf8();
    } else {
        out = usage.toText(UsageReport::defaultNames()).toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    if (!usage.error.isEmpty()) {
        invocation.printError(usage.error);
        return CtlInvocation::exitFailure;
    }
    return CtlInvocation::exitOk;
}

int reportMerge(CtlInvocation &invocation)
{
    const QCommandLineOption monthOption(
        u"month"_s, u"The month, YYYY-MM (Kyiv time)."_s, u"YYYY-MM"_s);
    const QCommandLineOption formatOption(
        u"format"_s, u"text, json or html (default text)."_s, u"text|json|html"_s, u"text"_s);
    const QCommandLineOption pubkeyOption(u"pubkey"_s,
        u"Accept only manifests signed by this kiosk export key (a minisign public key file or "
        u"base64 line). Repeat for several kiosks. Default: each manifest's own key."_s,
        u"KEY"_s);
    invocation.parser().addOptions({monthOption, formatOption, pubkeyOption});
    invocation.parser().setApplicationDescription(
        u"The regional monthly report from NDJSON exports of many kiosks (mistctl logs export "
        u"--format ndjson --out FILE, brought with FILE.manifest.json and its .minisig): a "
        u"table per library and the totals. An export with no manifest, a bad signature, or a "
        u"size, hash or event count that disagrees with its manifest is refused, with the "
        u"reason; events given twice (the same export again, overlapping periods) count once. "
        u"Exits 1 if any file was refused."_s);
    if (!invocation.parse(u"FILE..."_s))
        return CtlInvocation::exitUsage;
    const QCommandLineParser &parser = invocation.parser();
    const auto range = UsageTimeRange::month(parser.value(monthOption));
    if (!parser.isSet(monthOption) || !range) {
        invocation.printError(u"--month expects YYYY-MM, such as 2026-03"_s);
        return CtlInvocation::exitUsage;
    }
    QString format = parser.value(formatOption);
    if (invocation.json())
        format = u"json"_s;
    if (format != "text"_L1 && format != "json"_L1 && format != "html"_L1) {
        invocation.printError(u"--format expects text, json or html"_s);
        return CtlInvocation::exitUsage;
    }
    if (invocation.positional().isEmpty()) {
        invocation.printError(u"expected one or more export FILEs"_s);
        return CtlInvocation::exitUsage;
    }
    std::vector<QByteArray> keys;
    for (const QString &value : parser.values(pubkeyOption)) {
        QFile file(value);
        keys.push_back(file.open(QIODevice::ReadOnly) ? file.read(4096) : value.toLatin1());
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        invocation.printError(u"cannot make a temporary directory: %1"_s.arg(work.errorString()));
        return CtlInvocation::exitFailure;
    }
    const QDate month
        = QDate::fromString(parser.value(monthOption).trimmed() + u"-01"_s, Qt::ISODate);
    const UsageMerge merged = UsageMerge::merge(invocation.positional(), month, keys, work.path());
    if (!merged.error.isEmpty()) {
        invocation.printError(merged.error);
        return CtlInvocation::exitFailure;
    }
    QByteArray out;
    if (format == "json"_L1)
        out = QJsonDocument(merged.toJson()).toJson(QJsonDocument::Indented);
    else if (format == "html"_L1)
        out = merged.toHtml().toUtf8();
    else
        out = merged.toText(UsageReport::defaultNames()).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    for (const UsageMerge::Refused &item : merged.refused)
        invocation.printError(u"refused %1: %2"_s.arg(item.file, item.reason));
    return merged.refused.empty() ? CtlInvocation::exitOk : CtlInvocation::exitFailure;
}

int demoSeed(CtlInvocation &invocation)
{
    const QCommandLineOption daysOption(u"days"_s,
        u"How many days of visits, ending today (1 to %1)."_s.arg(DemoSeeder::maxDays), u"N"_s);
    const QCommandLineOption perDayOption(u"sessions-per-day"_s,
        u"Visits on an average weekday (default 25; Saturdays half, Sundays closed)."_s, u"M"_s,
        u"25"_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Random seed, for the same demo data every time."_s, u"NUMBER"_s);
    invocation.parser().addOptions({daysOption, perDayOption, seedOption});
    invocation.parser().setApplicationDescription(
        u"Fills the usage log with realistic synthetic sessions, marked as demo data, for "
        u"showroom units, training, report previews and benchmarks. Refuses a log that already "
        u"holds real events."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const QCommandLineParser &parser = invocation.parser();
    DemoSeeder::Settings settings;
    bool ok = false;
    settings.days = parser.value(daysOption).toInt(&ok);
    if (!parser.isSet(daysOption) || !ok || settings.days < 1
        || settings.days > DemoSeeder::maxDays) {
        invocation.printError(
            u"--days expects a whole number from 1 to %1"_s.arg(DemoSeeder::maxDays));
        return CtlInvocation::exitUsage;
    }
    settings.sessionsPerDay = parser.value(perDayOption).toInt(&ok);
    if (!ok || settings.sessionsPerDay < 1
        || settings.sessionsPerDay > DemoSeeder::maxSessionsPerDay) {
        invocation.printError(u"--sessions-per-day expects a whole number from 1 to %1"_s.arg(
            DemoSeeder::maxSessionsPerDay));
        return CtlInvocation::exitUsage;
    }
    if (parser.isSet(seedOption))
        settings.seed = parser.value(seedOption).toUInt();
    settings.kioskId = KioskIdentity::load(invocation.dataDir());
    UsageStore store(invocation.dataDir(), u"mistctl-usage"_s);
    if (!store.open()) {
        invocation.printError(store.errorString());
        return CtlInvocation::exitFailure;
    }
    const DemoSeeder::Result result = DemoSeeder::seed(store, settings);
    if (!result.ok) {
        invocation.printError(result.error);
        return CtlInvocation::exitFailure;
    }
    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {{u"sessions"_s, result.sessions},
            {u"events"_s, result.events}, {u"days"_s, settings.days}});
    } else {
        std::printf("wrote %lld demo sessions (%lld events) over %d days\n",
            static_cast<long long>(result.sessions), static_cast<long long>(result.events),
            settings.days);
    }
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> usageCommands()
{
    return {
        {u"logs export"_s, u"Export the usage log of a period as CSV or NDJSON."_s, exportLogs},
        {u"report"_s, u"A month's usage report (text, JSON or printable HTML)."_s, report},
        {u"report merge"_s,
            u"The regional month from many kiosks' signed exports, per library and in total."_s,
            reportMerge},
        {u"demo seed"_s, u"Fill an empty usage log with realistic demo sessions."_s, demoSeed},
    };
}

} // namespace Mist
