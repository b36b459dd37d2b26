// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "schedulemodel.h"

#include "calendarzones.h"
#include "core/logging.h"
#include "scheduleexpander.h"
#include "schedulestore.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Still worth showing at `now`: it has not ended yet. An all-day training counts until the end
// of its last Kyiv day.
bool isUpcoming(const TrainingOccurrence &occurrence, const QDateTime &now)
{
    if (occurrence.allDay)
        return occurrence.end > now;
    return occurrence.end > now || (occurrence.end == occurrence.start && occurrence.start >= now);
}

QString timeRange(const TrainingOccurrence &occurrence)
{
    if (occurrence.allDay)
        return {};
    const QString start = occurrence.startInKyiv().time().toString(u"HH:mm"_s);
    if (occurrence.end <= occurrence.start)
        return start;
    const QDateTime end = occurrence.endInKyiv();
    // A training that runs past midnight says which day it ends on.
    if (end.date() != occurrence.kyivDate())
        return start % u"–"_s % end.toString(u"dd.MM HH:mm"_s);
    return start % u"–"_s % end.time().toString(u"HH:mm"_s);
}

} // namespace

bool ScheduleModel::isUpcoming(const TrainingOccurrence &occurrence, const QDateTime &now)
{
    return Mist::isUpcoming(occurrence, now);
}

ScheduleModel::ScheduleModel(ScheduleStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_utcNow([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(autoRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleModel::refresh);
}

void ScheduleModel::setUtcClock(std::function<QDateTime()> utcNow)
{
    m_utcNow = std::move(utcNow);
}

void ScheduleModel::setAutoRefresh(bool enabled)
{
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

ScheduleModel::~ScheduleModel()
{
    m_pool.waitForDone();
}

void ScheduleModel::setBackgroundExpansion(bool enabled)
{
    m_background = enabled;
}

void ScheduleModel::refresh()
{
    if (m_expanding) {
        // One expansion at a time; the latest state is expanded when this one is done.
        m_refreshPending = true;
        return;
    }
    Snapshot snapshot;
    snapshot.now = m_utcNow();
    const ScheduleStore::Calendar calendar = m_store.calendar();
    snapshot.bundled = calendar.bundled;
    snapshot.checkedAt = calendar.checkedAt;
    snapshot.parsed = m_store.parsedCalendar();
    const QDate today = CalendarZones::kyivDate(snapshot.now);

    if (!m_background) {
        take(snapshot, ScheduleExpander::expand(*snapshot.parsed, today, defaultDays));
        return;
    }
    m_expanding = true;
    m_pool.setMaxThreadCount(1);
    m_pool.start([this, snapshot, today] {
        // The parsed calendar is immutable and shared; the expander touches nothing else but
        // libical's zones, which calendarzones guards.
        auto result = std::make_shared<ScheduleExpander::Result>(
            ScheduleExpander::expand(*snapshot.parsed, today, defaultDays));
        QMetaObject::invokeMethod(
            this, [this, snapshot, result] { expanded(snapshot, std::move(*result)); },
            Qt::QueuedConnection);
    });
}

void ScheduleModel::expanded(const Snapshot &snapshot, ScheduleExpander::Result result)
{
    m_expanding = false;
    take(snapshot, std::move(result));
    if (m_refreshPending) {
        m_refreshPending = false;
        refresh();
    }
}

void ScheduleModel::take(const Snapshot &snapshot, ScheduleExpander::Result result)
{
    m_store.logExpansionWarnings(*snapshot.parsed, result);
    // The last good schedule stays on screen rather than a part of a hostile calendar or none.
    if ((result.overBudget || !result.ok()) && !m_rows.empty()) {
        if (!m_keptReported) {
            qCWarning(lcSchedule,
                "the calendar could not be expanded in time; the schedule "
                "shown before is kept");
            m_keptReported = true;
        }
        Q_EMIT refreshed();
        return;
    }
    m_keptReported = false;

    std::vector<TrainingOccurrence> next;
    next.reserve(result.occurrences.size());
    for (TrainingOccurrence &occurrence : result.occurrences) {
        if (isUpcoming(occurrence, snapshot.now))
            next.push_back(std::move(occurrence));
    }

    const bool infoChanged = snapshot.bundled != m_isSample || snapshot.checkedAt != m_lastUpdated;
    m_isSample = snapshot.bundled;
    m_lastUpdated = snapshot.checkedAt;
    apply(std::move(next));
    if (infoChanged)
        Q_EMIT calendarInfoChanged();
    Q_EMIT refreshed();
}

// Both lists are in time order and keys are unique within each. First the rows that are gone
// are removed; then, walking the new list, each position either already holds the right key
// (maybe with changed details), or the key sits further down (a moved training: one row move),
// or it is new (one insertion). What remains is exactly the new list.
void ScheduleModel::apply(std::vector<TrainingOccurrence> next)
{
    const int before = count();
    QHash<QString, int> wanted;
    for (int i = 0; i < int(next.size()); ++i)
        wanted.insert(next[i].key(), i);

    for (int row = count() - 1; row >= 0; --row) {
        if (wanted.contains(m_rows[row].key()))
            continue;
        int first = row;
        while (first > 0 && !wanted.contains(m_rows[first - 1].key()))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first;
    }

    for (int i = 0; i < int(next.size()); ++i) {
        const QString key = next[i].key();
        if (i < count() && m_rows[i].key() == key) {
            if (!(m_rows[i] == next[i])) {
                m_rows[i] = std::move(next[i]);
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        const auto found = std::find_if(m_rows.begin() + i, m_rows.end(),
            [&key](const TrainingOccurrence &row) { return row.key() == key; });
        if (found != m_rows.end()) {
            const int from = int(found - m_rows.begin());
            beginMoveRows({}, from, from, {}, i);
            TrainingOccurrence moved = std::move(*found);
            m_rows.erase(found);
            m_rows.insert(m_rows.begin() + i, std::move(moved));
            endMoveRows();
            if (!(m_rows[i] == next[i])) {
                m_rows[i] = std::move(next[i]);
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(m_rows.begin() + i, std::move(next[i]));
        endInsertRows();
    }

    if (count() != before)
        Q_EMIT countChanged();
}

QString ScheduleModel::calendarEntry(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return QString::fromUtf8(VEventWriter::write(m_rows[row], m_utcNow()));
}

QVariantMap ScheduleModel::get(int row) const
{
    QVariantMap result;
    if (row < 0 || row >= count())
        return result;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        result.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return result;
}

int ScheduleModel::rowOf(const QString &key) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_rows[row].key() == key)
            return row;
    }
    return -1;
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingOccurrence &occurrence = m_rows[index.row()];
    switch (role) {
    case KeyRole:
        return occurrence.key();
    case DayRole:
        return occurrence.kyivDate().toString(Qt::ISODate);
    case Qt::DisplayRole:
    case TopicRole:
        return occurrence.summary;
    case StartRole:
        return occurrence.start;
    case EndRole:
        return occurrence.end;
    case TimeRole:
        return timeRange(occurrence);
    case LastDayRole:
        return occurrence.allDay ? occurrence.lastDate.toString(Qt::ISODate) : QString();
    case AllDayRole:
        return occurrence.allDay;
    case PlaceRole:
        return occurrence.location;
    case TrainerRole:
        return occurrence.trainer;
    case SeatsFreeRole:
        return occurrence.seatsFree.value_or(-1);
    case DescriptionRole:
        return occurrence.description;
    case IsSampleRole:
        return m_isSample;
    default:
        return {};
    }
}

QHash<int, QByteArray> ScheduleModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {DayRole, "day"},
        {TopicRole, "topic"},
        {StartRole, "start"},
        {EndRole, "end"},
        {TimeRole, "time"},
        {LastDayRole, "lastDay"},
        {AllDayRole, "allDay"},
        {PlaceRole, "place"},
        {TrainerRole, "trainer"},
        {SeatsFreeRole, "seatsFree"},
        {DescriptionRole, "description"},
        {IsSampleRole, "isSample"},
    };
}

} // namespace Mist
