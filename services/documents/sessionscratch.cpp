// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sessionscratch.h"

#include "printing/printinglog.h"
#include "session/sessioncontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Opens a directory (never through a symbolic link) for flock().
int openDirectory(const QString &path)
{
    return ::open(
        QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

} // namespace

SessionScratch::SessionScratch(QString base, QObject *parent)
    : QObject(parent)
    , m_base(std::move(base))
{ }

SessionScratch::~SessionScratch()
{
    clear();
}

QString SessionScratch::defaultBase()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!base.isEmpty() && !isInMemory(base))
        qCWarning(lcDocuments).noquote()
            << base << "is not a tmpfs: portal documents pass through the disk for a moment";
    return base;
}

bool SessionScratch::isInMemory(const QString &path)
{
    struct statfs info
    {
    };
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    return info.f_type == TMPFS_MAGIC || info.f_type == RAMFS_MAGIC;
}

void SessionScratch::setSession(SessionController *session)
{
    if (session)
        connect(session, &SessionController::sessionEnded, this, &SessionScratch::clear);
}

QString SessionScratch::directory()
{
    if (!m_directory.isEmpty())
        return m_directory;
    if (m_base.isEmpty() || !QDir().mkpath(m_base)) {
        qCWarning(lcDocuments) << "no folder for the session's scratch directory";
        return {};
    }
    // mkdtemp: a random name, made atomically, mode 0700.
    QByteArray path
        = QFile::encodeName(QDir(m_base).filePath(QString::fromLatin1(prefix))) + "XXXXXX";
    if (!::mkdtemp(path.data())) {
        qCWarning(lcDocuments) << "cannot make the session's scratch directory:"
                               << qt_error_string(errno);
        return {};
    }
    const QString made = QFile::decodeName(path);
    const int fd = openDirectory(made);
    struct stat opened
    {
    };
    struct stat named
    {
    };
    // Locked, and still the directory we made: a removeStale() elsewhere that ran between
    // mkdtemp and flock would have removed it (then the two differ and we start again).
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &opened) != 0
        || ::lstat(path.constData(), &named) != 0 || opened.st_ino != named.st_ino
        || opened.st_dev != named.st_dev) {
        qCWarning(lcDocuments) << "cannot hold the session's scratch directory";
        if (fd >= 0)
            ::close(fd);
        QDir(made).removeRecursively();
        return {};
    }
    m_lockFd = fd;
    m_directory = made;
    qCDebug(lcDocuments) << "made a scratch directory for the session";
    return m_directory;
}

QString SessionScratch::newFilePath(const QString &suffix)
{
    const QString dir = directory();
    if (dir.isEmpty())
        return {};
    return QDir(dir).filePath(QUuid::createUuid().toString(QUuid::Id128) + suffix);
}

bool SessionScratch::owns(const QString &path) const
{
    if (m_directory.isEmpty() || path.isEmpty())
        return false;
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return !info.isSymLink() && !folder.isEmpty()
        && folder == QFileInfo(m_directory).canonicalFilePath() && info.fileName() != ".."_L1
        && info.fileName() != "."_L1 && !info.fileName().isEmpty();
}

SessionScratch::Taken SessionScratch::take(const QString &path, qsizetype maxBytes)
{
    Taken taken;
    if (!owns(path)) {
        qCWarning(lcDocuments) << "refused to read a file outside the session's scratch directory";
        return taken;
    }
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return taken; // Missing
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        taken.status = Status::Unreadable;
    } else if (file.size() > maxBytes) {
        taken.status = Status::TooLarge;
    } else {
        // One more than allowed: a file still growing cannot slip past the size check.
        taken.bytes = file.read(maxBytes + 1);
        if (taken.bytes.size() > maxBytes) {
            taken.bytes.clear();
            taken.status = Status::TooLarge;
        } else {
            taken.status = Status::Taken;
        }
    }
    file.close();
    discard(path);
    return taken;
}

void SessionScratch::discard(const QString &path)
{
    if (!owns(path))
        return;
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcDocuments) << "cannot delete a file of the session's scratch directory";
}

void SessionScratch::clear()
{
    if (m_directory.isEmpty())
        return;
    if (!QDir(m_directory).removeRecursively())
        qCWarning(lcDocuments) << "cannot remove the session's scratch directory";
    else
        qCDebug(lcDocuments) << "removed the session's scratch directory";
    ::close(m_lockFd); // the lock goes with the descriptor
    m_lockFd = -1;
    m_directory.clear();
}

int SessionScratch::removeStale(const QString &base)
{
    if (base.isEmpty())
        return 0;
    int removed = 0;
    const QFileInfoList entries = QDir(base).entryInfoList(
        {QString::fromLatin1(prefix) + u'*'}, QDir::Dirs | QDir::NoSymLinks | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const int fd = openDirectory(entry.absoluteFilePath());
        if (fd < 0)
            continue;
        struct stat info
        {
        };
        // Ours (the same user), and nobody holds it: a kiosk that crashed left it.
        if (::fstat(fd, &info) == 0 && info.st_uid == ::geteuid()
            && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (QDir(entry.absoluteFilePath()).removeRecursively())
                ++removed;
        }
        ::close(fd);
    }
    if (removed > 0)
        qCInfo(lcDocuments) << "removed" << removed
                            << "scratch directories a previous kiosk left behind";
    return removed;
}

} // namespace Mist
