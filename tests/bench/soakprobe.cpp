// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "soakprobe.h"

#include "kioskharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace MistTest {

qint64 SoakSample::filesBytes() const
{
    qint64 total = 0;
    for (const auto &[name, bytes] : files)
        total += bytes;
    return total;
}

SoakProbe::SoakProbe(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

int SoakProbe::openFileDescriptors()
{
    // The listing itself opens one descriptor (the directory), which entryList() closes again
    // before counting: what remains is the process's own.
    return int(QDir(u"/proc/self/fd"_s)
                   .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                   .size())
        - 1;
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
    s.fds = openFileDescriptors();
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
