// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "kioskstatus.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLocale>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {
// Made when the program starts (static initialisation), so it is the process's start.
const QDateTime processStart = QDateTime::currentDateTime();
} // namespace

KioskStatus::KioskStatus(QObject *parent)
    : QObject(parent)
{ }

void KioskStatus::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    refresh();
}

QString KioskStatus::version()
{
    return QCoreApplication::applicationVersion();
}

QDateTime KioskStatus::runningSince()
{
    return processStart;
}

void KioskStatus::refresh()
{
    m_diskFree = -1;
    m_databases = 0;
    if (!m_dataDir.isEmpty()) {
        const QStorageInfo storage(m_dataDir);
        if (storage.isValid())
            m_diskFree = storage.bytesAvailable();
        QDirIterator it(m_dataDir, {u"*.sqlite"_s, u"*.sqlite-wal"_s, u"*.db"_s, u"*.db-wal"_s},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            m_databases += it.fileInfo().size();
        }
    }
    Q_EMIT changed();
}

QString KioskStatus::formatBytes(double bytes)
{
    if (bytes < 0)
        return QCoreApplication::translate("Mist::KioskStatus", "unknown");
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

} // namespace Mist
