// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "soakprobe.h"

#include "kioskharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>

#include <malloc.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace MistTest {

qint64 SoakSample::filesBytes() const
{
    qint64 total = 0;
    for (const auto &[name, bytes] : files)
        total += bytes;
    return total;
}

QString SoakSample::describeFdKinds() const
{
    QStringList parts;
    for (const auto &[kind, count] : fdKinds)
        parts << u"%1 %2"_s.arg(count).arg(kind);
    return parts.join(u", "_s);
}

SoakProbe::SoakProbe(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

std::map<QString, int> SoakProbe::fileDescriptorKinds()
{
    // What each descriptor points to: "socket:[inode]", "pipe:[inode]", "anon_inode:[eventfd]",
    // "/dev/...", or a file's path. The listing's own descriptor is gone again by the time its
    // link is read (readlink fails), so it is not counted.
    std::map<QString, int> kinds;
    const QDir fdDir(u"/proc/self/fd"_s);
    for (const QString &fd :
        fdDir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        // readlink(2) itself: QFile::symLinkTarget() would make "socket:[1]" a path below fd/.
        char buffer[4096];
        const ssize_t length
            = ::readlink(QFile::encodeName(fdDir.filePath(fd)).constData(), buffer, sizeof buffer);
        if (length <= 0)
            continue;
        const QString target = QString::fromLocal8Bit(buffer, qsizetype(length));
        QString kind;
        if (target.startsWith(u"socket:"))
            kind = u"sockets"_s;
        else if (target.startsWith(u"pipe:"))
            kind = u"pipes"_s;
        else if (target.startsWith(u"anon_inode:"))
            kind = target.mid(11).remove(u'[').remove(u']'); // eventfd, eventpoll, inotify, ...
        else if (target.startsWith(u"/dev/"))
            kind = u"devices"_s;
        else if (target.contains(u".sqlite"))
            kind = u"SQLite files"_s;
        else
            kind = u"other files"_s;
        ++kinds[kind];
    }
    return kinds;
}

int SoakProbe::threads()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return 0;
}

SoakSample SoakProbe::sample(int visit) const
{
    SoakSample s;
    s.visit = visit;
    s.kioskRssKiB = selfRssKiB();
    s.webEngineRssKiB = totalRssKiB() - s.kioskRssKiB;
    s.fdKinds = fileDescriptorKinds();
    for (const auto &[kind, count] : s.fdKinds)
        s.fds += count;
    const struct mallinfo2 heap = ::mallinfo2();
    s.heapInUseKiB = long((heap.uordblks + heap.hblkhd) / 1024); // small blocks + mmapped ones
    s.heapFreeKiB = long(heap.fordblks / 1024);
    s.threads = threads();
    s.webEngineProcesses = webEngineChildren();
    s.renderers = rendererChildren();
    const QFileInfoList entries = QDir(m_dataDir).entryInfoList(
        {u"*.sqlite*"_s, u"*.db"_s, u"*.db-*"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : entries)
        s.files.append({info.fileName(), info.size()});
    return s;
}

} // namespace MistTest
