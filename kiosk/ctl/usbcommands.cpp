// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl usb drives, usb export: the month's usage reports (CSV with a BOM, printable HTML) to a
// USB stick, through the same service code as librarian mode's "Reports to a USB stick" screen.

#include "ctlcommand.h"

#include "admin/adminevents.h"
#include "removable/drivereportwriter.h"
#include "removable/removabledrives.h"
#include "schedule/calendarzones.h"
#include "usage/kioskidentity.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QCommandLineOption mountRootOption()
{
    return QCommandLineOption(u"mount-root"_s,
        u"Look for drives under DIR instead of the system (its proc/mounts, sys/block and mount "
        u"points), as the tests do. udisks2 is not asked then."_s,
        u"DIR"_s);
}

std::vector<RemovableDrive> detectDrives(CtlInvocation &invocation, const QCommandLineOption &root)
{
    RemovableDrives::Options options;
    if (invocation.parser().isSet(root))
        options.root = invocation.parser().value(root);
    return RemovableDrives::detect(options);
}

QJsonObject driveJson(const RemovableDrive &drive)
{
    return QJsonObject {{u"label"_s, drive.label}, {u"mount_point"_s, drive.mountPoint},
        {u"device"_s, drive.device}, {u"read_only"_s, drive.readOnly},
        {u"bytes_free"_s, double(drive.bytesFree)}, {u"bytes_total"_s, double(drive.bytesTotal)}};
}

int listDrives(CtlInvocation &invocation)
{
    const QCommandLineOption root = mountRootOption();
    invocation.parser().addOption(root);
    invocation.parser().setApplicationDescription(
        u"Lists the USB sticks and other removable drives that are plugged in: those udisks2 "
        u"knows (a stick not mounted yet is mounted for this user) and the mounted filesystems "
        u"of removable disks in /proc/mounts. Exits 1 if there is none."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const std::vector<RemovableDrive> drives = detectDrives(invocation, root);
    if (invocation.json()) {
        QJsonArray array;
        for (const RemovableDrive &drive : drives)
            array.append(driveJson(drive));
        CtlInvocation::printJson(array);
    } else if (drives.empty()) {
        std::printf("no USB stick found\n");
    } else {
        for (const RemovableDrive &drive : drives) {
            std::printf("%s\t%s\t%s free%s\n", qUtf8Printable(drive.label),
                qUtf8Printable(drive.mountPoint),
                qUtf8Printable(drive.bytesFree < 0 ? u"?"_s
                                                   : QLocale::c().formattedDataSize(drive.bytesFree,
                                                       1, QLocale::DataSizeSIFormat)),
                drive.readOnly ? "\tread-only" : "");
        }
    }
    return drives.empty() ? CtlInvocation::exitFailure : CtlInvocation::exitOk;
}

int exportToDrive(CtlInvocation &invocation)
{
    const QCommandLineOption monthOption(
        u"month"_s, u"The month, YYYY-MM (Kyiv time; default: this month)."_s, u"YYYY-MM"_s);
    const QCommandLineOption driveOption(u"drive"_s,
        u"The stick, by its label or mount point (needed when several are plugged in)."_s,
        u"LABEL|MOUNT_POINT"_s);
    const QCommandLineOption root = mountRootOption();
    invocation.parser().addOptions({monthOption, driveOption, root});
    invocation.parser().setApplicationDescription(
        u"Writes the month's usage log as CSV (UTF-8 with a BOM, for Excel) and the printable "
        u"HTML monthly report to Mist/ on a USB stick, flushed to the stick before it says "
        u"done. The same as \"Reports to a USB stick\" in librarian mode."_s);
    if (!invocation.parse())
        return CtlInvocation::exitUsage;
    const QCommandLineParser &parser = invocation.parser();
    QDate month = CalendarZones::kyivDate(QDateTime::currentDateTimeUtc());
    if (parser.isSet(monthOption)) {
        if (!UsageTimeRange::month(parser.value(monthOption))) {
            invocation.printError(u"--month expects YYYY-MM, such as 2026-03"_s);
            return CtlInvocation::exitUsage;
        }
        month = QDate::fromString(parser.value(monthOption).trimmed() + u"-01"_s, Qt::ISODate);
    }
    const std::vector<RemovableDrive> drives = detectDrives(invocation, root);
    const RemovableDrive *drive = nullptr;
    if (parser.isSet(driveOption)) {
        drive = RemovableDrives::find(drives, parser.value(driveOption));
        if (!drive) {
            invocation.printError(
                u"no USB stick \"%1\" is plugged in (mistctl usb drives lists them)"_s.arg(
                    parser.value(driveOption)));
            return CtlInvocation::exitFailure;
        }
    } else if (drives.size() > 1) {
        invocation.printError(u"%1 USB sticks are plugged in: choose one with --drive (mistctl "
                              u"usb drives lists them)"_s.arg(drives.size()));
        return CtlInvocation::exitUsage;
    } else if (drives.size() == 1) {
        drive = &drives.front();
    }
    if (!drive) {
        invocation.printError(DriveReportWriter::describe(DriveReportWriter::Problem::NoDrive));
        return CtlInvocation::exitFailure;
    }

    DriveReportWriter::Request request;
    request.dataDir = invocation.dataDir();
    request.month = month;
    request.drive = *drive;
    request.kioskId = KioskIdentity::load(invocation.dataDir());
    request.libraryName = invocation.config().libraryNameUk;
    // The export is an admin event in the usage log (by its id only, never the stick's name).
    std::unique_ptr<UsageStore> audit;
    if (QFileInfo::exists(QDir(invocation.dataDir()).filePath(UsageStore::fileName.toString()))) {
        audit = std::make_unique<UsageStore>(invocation.dataDir(), u"mistctl-usb"_s);
        if (audit->open())
            request.events = AdminEvents::storeSink(audit.get(), request.kioskId);
    }
    const bool tty = !invocation.json() && ::isatty(fileno(stderr));
    const DriveReportWriter::Result result
        = DriveReportWriter::write(request, [tty](DriveReportWriter::Stage, int percent) {
              if (tty)
                  std::fprintf(stderr, "\r%3d %%", percent);
          });
    if (tty)
        std::fprintf(stderr, "\r      \r");
    if (result.problem != DriveReportWriter::Problem::None) {
        QString message = DriveReportWriter::describe(result.problem);
        if (!result.detail.isEmpty())
            message += u" ("_s + result.detail + u')';
        invocation.printError(message);
        return CtlInvocation::exitFailure;
    }
    if (invocation.json()) {
        CtlInvocation::printJson(QJsonObject {{u"month"_s, month.toString(u"yyyy-MM"_s)},
            {u"drive"_s, driveJson(*drive)}, {u"csv"_s, result.csvPath},
            {u"html"_s, result.htmlPath}, {u"events"_s, double(result.events)},
            {u"bytes"_s, double(result.bytes)}});
    } else {
        std::printf("%s\n%s\n%lld events; done, you can remove the stick\n",
            qUtf8Printable(result.csvPath), qUtf8Printable(result.htmlPath),
            static_cast<long long>(result.events));
    }
    return CtlInvocation::exitOk;
}

} // namespace

std::vector<CtlCommand> usbCommands()
{
    return {
        {u"usb drives"_s, u"List the USB sticks plugged in (mounting them through udisks2)."_s,
            listDrives},
        {u"usb export"_s,
            u"Write a month's usage CSV and HTML report to a USB stick (as librarian mode does)."_s,
            exportToDrive},
    };
}

} // namespace Mist
