// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Writes a month's usage reports to a removable drive, for the librarian to take home: the usage
// log's CSV (UTF-8 with a BOM, for Excel) and the printable HTML monthly report, made by the same
// code as `mistctl logs export` and `mistctl report`. Both go into <drive>/Mist/ as
// mist-usage-YYYY-MM-<kiosk>.csv and mist-report-YYYY-MM-<kiosk>.html (the kiosk id's first 8
// characters, so sticks that visit several kiosks keep each one's files).
//
// Both files are written under temporary names and flushed (fsync) first, then renamed over any
// earlier ones, then the folder and the filesystem are flushed (fsync, syncfs): once write()
// returns None the stick can be pulled out. A failure leaves no temporary file and changes
// nothing. Blocking: call from a worker thread.
#pragma once

#include "admin/adminevents.h"
#include "removabledrives.h"
#include "usage/usagereport.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace Mist {

class DriveReportWriter
{
public:
    enum class Problem {
        None,
        NoDrive, // no removable drive was found (or the chosen one is gone)
        ReadOnly, // mounted read-only, or the kiosk may not write there (EROFS, EACCES, EPERM)
        Full, // not enough free space (ENOSPC, EDQUOT, or the check before writing)
        NoLog, // the kiosk has no usage log yet
        ReadFailed, // the usage log could not be read
        WriteFailed, // any other error writing to the drive (it was pulled out: EIO, ENODEV...)
    };
    enum class Stage { Reading, Writing, Flushing, Done };

    static constexpr QStringView folderName = u"Mist";
    // Free space kept beyond the two files' size (directory entries, filesystem overhead).
    static constexpr qint64 spareBytes = 64 * 1024;
    // The admin_action event each export leaves in the usage log (value: the month as YYYYMM).
    static constexpr QStringView eventSubject = u"reports-usb";

    struct Request
    {
        QString dataDir; // where usage.sqlite is
        QDate month; // any day of it
        RemovableDrive drive;
        QString kioskId;
        QString libraryName; // the report's title
        // Bytes free for writing at a path; empty: the filesystem's own answer (statvfs).
        std::function<qint64(const QString &path)> freeBytes;
        AdminEventSink events; // may be empty
    };

    struct Result
    {
        Problem problem = Problem::None;
        QString csvPath; // full paths of the files written
        QString htmlPath;
        qint64 events = 0; // rows of the CSV
        qint64 bytes = 0; // both files
        QString detail; // the system's error text, for logs and mistctl (never shown to citizens)
    };

    // stage, percent 0..100 of the whole job.
    using Progress = std::function<void(Stage stage, int percent)>;

    [[nodiscard]] static Result write(const Request &request, const Progress &progress = {});

    [[nodiscard]] static QString csvName(const QString &kioskId, QDate month);
    [[nodiscard]] static QString htmlName(const QString &kioskId, QDate month);
    // Plain English for mistctl and the log.
    [[nodiscard]] static QString describe(Problem problem);
    // The problem an errno from writing means.
    [[nodiscard]] static Problem problemFromErrno(int error);

    // The months a librarian can choose: this month and last month always, then every earlier
    // month with events in the log (up to maxMonths back), newest first. today: Kyiv's date.
    static constexpr int maxMonths = 36;
    [[nodiscard]] static QList<QDate> months(const QString &dataDir, QDate today);
};

} // namespace Mist
