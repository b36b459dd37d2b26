// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "drivereportwriter.h"

#include "core/logging.h"
#include "usage/usageexporter.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr int readingShare = 30; // percent of the job spent reading the log
constexpr int writingShare = 60; // then writing; the rest is flushing
constexpr qsizetype writeBlock = 256 * 1024;

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Closes a file descriptor when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    { }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    [[nodiscard]] int get() const { return m_fd; }
    // Closes now; 0 or the errno of close() (a delayed write error shows here).
    int close()
    {
        const int fd = std::exchange(m_fd, -1);
        return fd >= 0 && ::close(fd) != 0 ? errno : 0;
    }

private:
    int m_fd;
};

qint64 statvfsFree(const QString &path)
{
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

// The filesystem at path is mounted read-only (known even when /proc/mounts was not read).
bool statvfsReadOnly(const QString &path)
{
    struct statvfs info
    {
    };
    return ::statvfs(QFile::encodeName(path).constData(), &info) == 0
        && (info.f_flag & ST_RDONLY) != 0;
}

// Writes data to a new file at path and flushes it to the drive. 0, or the errno that stopped it.
int writeFile(const QString &path, const QByteArray &data, const std::function<void(qint64)> &wrote)
{
    Fd fd(::open(
        QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0)
        return errno;
    qsizetype done = 0;
    while (done < data.size()) {
        const qsizetype chunk = std::min(writeBlock, data.size() - done);
        const ssize_t written = ::write(fd.get(), data.constData() + done, size_t(chunk));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += written;
        if (wrote)
            wrote(written);
    }
    if (::fsync(fd.get()) != 0)
        return errno;
    return fd.close();
}

} // namespace

QString DriveReportWriter::csvName(const QString &kioskId, QDate month)
{
    return u"mist-usage-"_s + month.toString(u"yyyy-MM"_s) + u'-' + kioskId.left(8) + u".csv"_s;
}

QString DriveReportWriter::htmlName(const QString &kioskId, QDate month)
{
    return u"mist-report-"_s + month.toString(u"yyyy-MM"_s) + u'-' + kioskId.left(8) + u".html"_s;
}

DriveReportWriter::Problem DriveReportWriter::problemFromErrno(int error)
{
    switch (error) {
    case 0:
        return Problem::None;
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return Problem::Full;
    case EROFS:
    case EACCES:
    case EPERM:
        return Problem::ReadOnly;
    default:
        return Problem::WriteFailed;
    }
}

QString DriveReportWriter::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"done"_s;
    case Problem::NoDrive:
        return u"no USB stick found: plug one in and try again"_s;
    case Problem::ReadOnly:
        return u"the USB stick is read-only (or the kiosk may not write to it)"_s;
    case Problem::Full:
        return u"the USB stick is full"_s;
    case Problem::NoLog:
        return u"the kiosk has no usage log yet"_s;
    case Problem::ReadFailed:
        return u"the usage log could not be read"_s;
    case Problem::WriteFailed:
        return u"the reports could not be written to the USB stick (was it pulled out?)"_s;
    }
    return {};
}

DriveReportWriter::Result DriveReportWriter::write(const Request &request, const Progress &progress)
{
    Result result;
    const auto fail = [&result](Problem problem, const QString &detail = {}) {
        result.problem = problem;
        result.detail = detail;
        qCWarning(lcRemovable).noquote()
            << "reports not written to a removable drive:" << describe(problem) << detail;
        return result;
    };
    const auto report = [&progress](Stage stage, int percent) {
        if (progress)
            progress(stage, std::clamp(percent, 0, 100));
    };
    if (request.drive.path.isEmpty() || !QFileInfo(request.drive.path).isDir())
        return fail(Problem::NoDrive);
    if (request.drive.readOnly || statvfsReadOnly(request.drive.path))
        return fail(Problem::ReadOnly, u"mounted read-only"_s);
    if (!QFileInfo::exists(QDir(request.dataDir).filePath(UsageStore::fileName.toString())))
        return fail(Problem::NoLog);

    // Both files in memory first: a month at one kiosk is a few megabytes, and knowing their
    // size lets a full stick be refused before anything is written.
    const QDate month(request.month.year(), request.month.month(), 1);
    const UsageTimeRange range = UsageTimeRange::month(month);
    report(Stage::Reading, 0);
    QByteArray csv;
    QByteArray html;
    {
        UsageStore store(request.dataDir);
        if (!store.open())
            return fail(Problem::ReadFailed, store.errorString());
        const qint64 total = std::max<qint64>(1, store.countBetween(range.fromMs, range.toMs));
        UsageExporter exporter(
            store.events(range.fromMs, range.toMs), UsageExporter::Format::Csv, true);
        while (exporter.nextChunk(&csv, 2000))
            report(Stage::Reading, int(exporter.rowCount() * (readingShare - 5) / total));
        if (!exporter.error().isEmpty())
            return fail(Problem::ReadFailed, exporter.error());
        result.events = exporter.rowCount();
        const UsageReport usage = UsageReport::build(store, month);
        if (!usage.error.isEmpty())
            return fail(Problem::ReadFailed, usage.error);
        html = usage.toHtml(UsageReport::defaultNames(), request.libraryName).toUtf8();
    }
    report(Stage::Reading, readingShare);

    const qint64 needed = csv.size() + html.size() + spareBytes;
    const qint64 free = request.freeBytes ? request.freeBytes(request.drive.path)
                                          : statvfsFree(request.drive.path);
    if (free >= 0 && free < needed)
        return fail(Problem::Full, u"%1 bytes free, %2 needed"_s.arg(free).arg(needed));

    const QString folder = QDir(request.drive.path).filePath(folderName.toString());
    const QByteArray folderBytes = QFile::encodeName(folder);
    if (::mkdir(folderBytes.constData(), 0755) != 0 && errno != EEXIST)
        return fail(problemFromErrno(errno), errnoText(errno));
    if (!QFileInfo(folder).isDir())
        return fail(Problem::WriteFailed, u"Mist is not a folder"_s);

    result.csvPath = QDir(folder).filePath(csvName(request.kioskId, month));
    result.htmlPath = QDir(folder).filePath(htmlName(request.kioskId, month));
    const QString csvTemp
        = QDir(folder).filePath(u'.' + csvName(request.kioskId, month) + u".part"_s);
    const QString htmlTemp
        = QDir(folder).filePath(u'.' + htmlName(request.kioskId, month) + u".part"_s);
    const auto removeTemps = [&] {
        QFile::remove(csvTemp);
        QFile::remove(htmlTemp);
    };
    const qint64 totalBytes = csv.size() + html.size();
    qint64 written = 0;
    const auto wrote = [&](qint64 bytes) {
        written += bytes;
        report(Stage::Writing,
            readingShare + int(written * writingShare / std::max<qint64>(1, totalBytes)));
    };
    for (const auto &[temp, data] : {std::pair {&csvTemp, &csv}, std::pair {&htmlTemp, &html}}) {
        if (const int error = writeFile(*temp, *data, wrote)) {
            removeTemps();
            return fail(problemFromErrno(error), errnoText(error));
        }
    }

    report(Stage::Flushing, readingShare + writingShare);
    for (const auto &[temp, final] :
        {std::pair {&csvTemp, &result.csvPath}, std::pair {&htmlTemp, &result.htmlPath}}) {
        if (::rename(QFile::encodeName(*temp).constData(), QFile::encodeName(*final).constData())
            != 0) {
            const int error = errno;
            removeTemps();
            return fail(problemFromErrno(error), errnoText(error));
        }
    }
    // The renames, then everything on the filesystem (FAT keeps its tables in memory until
    // told), must reach the stick before the librarian is told to pull it out.
    Fd dir(::open(folderBytes.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0)
        return fail(problemFromErrno(errno), errnoText(errno));
    if (::fsync(dir.get()) != 0 && errno != EINVAL)
        return fail(problemFromErrno(errno), errnoText(errno));
    if (::syncfs(dir.get()) != 0)
        return fail(problemFromErrno(errno), errnoText(errno));
    dir.close();

    result.bytes = totalBytes;
    qCInfo(lcRemovable).noquote() << "reports of" << month.toString(u"yyyy-MM"_s)
                                  << "written to a removable drive:" << result.events << "events,"
                                  << totalBytes << "bytes";
    if (request.events)
        request.events(UsageEvent::Type::AdminAction, eventSubject.toString(),
            qint64(month.year()) * 100 + month.month());
    report(Stage::Done, 100);
    return result;
}

QList<QDate> DriveReportWriter::months(const QString &dataDir, QDate today)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    QList<QDate> result {thisMonth, thisMonth.addMonths(-1)};
    if (!QFileInfo::exists(QDir(dataDir).filePath(UsageStore::fileName.toString())))
        return result;
    UsageStore store(dataDir);
    if (!store.open())
        return result;
    for (int back = 2; back <= maxMonths; ++back) {
        const QDate month = thisMonth.addMonths(-back);
        const UsageTimeRange range = UsageTimeRange::month(month);
        if (store.countBetween(0, range.toMs) <= 0)
            break; // nothing this early
        if (store.countBetween(range.fromMs, range.toMs) > 0)
            result.append(month);
    }
    return result;
}

} // namespace Mist
