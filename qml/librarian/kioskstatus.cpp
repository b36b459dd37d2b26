// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "kioskstatus.h"

#include "admin/traininglog.h"
#include "core/logging.h"
#include "directory/directoryupdater.h"
#include "directoryadmin.h"
#include "schedule/calendarzones.h"
#include "schedule/schedulemodel.h"
#include "schedule/schedulestore.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLocale>
#include <QStorageInfo>

#include <atomic>

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
    propertyChanged(true);
}

void KioskStatus::setDirectory(DirectoryUpdater *directory)
{
    if (directory == m_directory)
        return;
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    m_directory = directory;
    if (m_directory) {
        connect(m_directory, &DirectoryUpdater::syncFinished, this, &KioskStatus::changed);
        connect(m_directory, &DirectoryUpdater::linksChecked, this, &KioskStatus::changed);
    }
    propertyChanged(false);
}

void KioskStatus::setSchedule(ScheduleModel *schedule)
{
    if (schedule == m_schedule)
        return;
    if (m_schedule)
        disconnect(m_schedule, nullptr, this, nullptr);
    m_schedule = schedule;
    if (m_schedule)
        connect(m_schedule, &ScheduleModel::calendarInfoChanged, this, &KioskStatus::changed);
    propertyChanged(true);
}

void KioskStatus::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    propertyChanged(false);
}

void KioskStatus::classBegin()
{
    m_beingMade = true;
}

void KioskStatus::componentComplete()
{
    m_beingMade = false;
    refresh();
}

void KioskStatus::propertyChanged(bool recount)
{
    if (m_beingMade)
        return;
    if (recount)
        refresh();
    else
        Q_EMIT changed();
}

QString KioskStatus::lastDirectoryUpdate() const
{
    if (!m_directory)
        return tr("unknown");
    return DirectoryAdmin::lastUpdate(m_directory->lastSync(), m_language);
}

QString KioskStatus::lastScheduleUpdate() const
{
    if (!m_schedule)
        return tr("unknown");
    const ScheduleStore::Attempt attempt = m_schedule->store().lastAttempt();
    if (!attempt.at.isValid())
        return m_schedule->isSample() ? tr("Not updated yet (the sample calendar is shown).")
                                      : tr("Not updated yet.");
    return tr("%1 (%2)").arg(DirectoryAdmin::when(attempt.at, m_language),
        attempt.ok ? tr("updated") : tr("failed: the last good calendar is shown"));
}

QString KioskStatus::linkHealth() const
{
    if (!m_directory)
        return tr("unknown");
    return DirectoryAdmin::healthSummary(
        m_directory->linkHealth(), m_directory->directory(), m_language);
}

void KioskStatus::countUsage()
{
    m_sessionsToday = m_sessionsMonth = m_trainingsMonth = m_participantsMonth = -1;
    if (m_dataDir.isEmpty())
        return;
    static std::atomic<int> serial {0};
    UsageStore store(m_dataDir, u"kiosk-status-%1"_s.arg(serial.fetch_add(1)));
    if (!store.open()) {
        qCWarning(lcAdmin).noquote() << "status: cannot open the usage log:" << store.errorString();
        return;
    }
    const QDateTime now = m_schedule ? m_schedule->utcNow() : QDateTime::currentDateTimeUtc();
    const QDate today = CalendarZones::kyivDate(now);
    const qint64 dayStart = CalendarZones::kyivMidnight(today).toMSecsSinceEpoch();
    const qint64 dayEnd = CalendarZones::kyivMidnight(today.addDays(1)).toMSecsSinceEpoch();
    const UsageTimeRange month = UsageTimeRange::month(QDate(today.year(), today.month(), 1));
    m_sessionsToday = int(store.countOf(UsageEvent::Type::SessionStarted, dayStart, dayEnd));
    m_sessionsMonth
        = int(store.countOf(UsageEvent::Type::SessionStarted, month.fromMs, month.toMs));
    const std::vector<TrainingLog::Record> records = TrainingLog::list(store, today);
    m_trainingsMonth = int(records.size());
    m_participantsMonth = 0;
    for (const TrainingLog::Record &record : records)
        m_participantsMonth += record.participants;
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
    countUsage();
    Q_EMIT changed();
}

QString KioskStatus::formatBytes(double bytes)
{
    if (bytes < 0)
        return QCoreApplication::translate("Mist::KioskStatus", "unknown");
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}

} // namespace Mist
