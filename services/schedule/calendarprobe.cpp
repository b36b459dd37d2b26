// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "calendarprobe.h"

#include "calendarzones.h"
#include "core/clock.h"
#include "schedulemodel.h"
#include "schedulesync.h"

#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Mist {

CalendarProbe::CalendarProbe(QObject *parent)
    : QObject(parent)
    , m_utcNow([] { return QDateTime::currentDateTimeUtc(); })
{ }

CalendarProbe::~CalendarProbe() = default;

void CalendarProbe::setUtcClock(std::function<QDateTime()> utcNow)
{
    m_utcNow = std::move(utcNow);
}

bool CalendarProbe::start(const QString &source, int count)
{
    if (isRunning())
        return false;
    m_count = count;
    m_running = true;
    ScheduleSync::Settings settings;
    settings.source = source.trimmed();
    settings.caBundlePath = m_caBundlePath;
    if (!settings.isConfigured()) {
        QTimer::singleShot(0, this, [this] {
            conclude({{}, false, u"no-source"_s, u"no calendar given"_s});
        });
        return true; // nothing runs, but finished() comes later as promised
    }

    // A store of its own in a throw-away folder, each with its own SQLite connection.
    static std::atomic<int> serial {0};
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ScheduleStore>(
        m_dir->path(), u"calendar-probe-%1"_s.arg(serial.fetch_add(1)));
    if (!m_dir->isValid() || !m_store->open()) {
        QTimer::singleShot(0, this, [this] {
            conclude({{}, false, u"storage"_s, u"no room to test the calendar"_s});
        });
        return true;
    }
    m_clock = std::make_unique<ManualClock>();
    m_sync = std::make_unique<ScheduleSync>(*m_store, *m_clock, settings);
    m_sync->setUtcClock(m_utcNow);
    connect(m_sync.get(), &ScheduleSync::finished, this, &CalendarProbe::conclude,
        Qt::QueuedConnection);
    if (!m_sync->syncNow()) {
        m_sync.reset();
        m_running = false;
        return false;
    }
    return true;
}

void CalendarProbe::conclude(const ScheduleStore::Attempt &attempt)
{
    Result result;
    result.code = attempt.code;
    result.httpStatus = attempt.httpStatus;
    result.message = attempt.message;
    result.ok = attempt.ok && m_store && m_store->hasStoredCalendar();
    if (result.ok) {
        const QDateTime now = m_utcNow();
        const ScheduleExpander::Result expanded
            = m_store->occurrences(CalendarZones::kyivDate(now), ScheduleModel::defaultDays);
        result.calendarName = expanded.calendarName;
        for (const TrainingOccurrence &occurrence : expanded.occurrences) {
            if (int(result.upcoming.size()) >= m_count)
                break;
            // What the schedule screen shows: a training still to come or under way.
            if (ScheduleModel::isUpcoming(occurrence, now))
                result.upcoming.push_back(occurrence);
        }
    }
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace Mist
