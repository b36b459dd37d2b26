// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "traininglog.h"

#include "core/logging.h"
#include "usage/usagestore.h"
#include "usage/usagetimerange.h"

using namespace Qt::StringLiterals;

namespace Mist {

QString TrainingLog::subjectFor(const QString &occurrenceKey)
{
    return occurrenceKey.trimmed();
}

QString TrainingLog::subjectForUnlisted(QDate date)
{
    return notInCalendarPrefix.toString() + date.toString(Qt::ISODate);
}

TrainingLog::Record TrainingLog::fromEvent(const UsageEvent &event)
{
    Record record;
    record.timeMs = event.timeMs;
    record.participants = int(event.value.value_or(0));
    if (event.subject.startsWith(notInCalendarPrefix))
        record.date = QDate::fromString(event.subject.mid(notInCalendarPrefix.size()), Qt::ISODate);
    else
        record.occurrence = event.subject;
    return record;
}

TrainingLog::Problem TrainingLog::record(
    const AdminEventSink &sink, const QString &occurrenceKey, int participants)
{
    if (occurrenceKey.trimmed().isEmpty() || occurrenceKey.startsWith(notInCalendarPrefix)
        || occurrenceKey.size() > UsageEvent::maxSubjectLength)
        return Problem::NoOccurrence;
    if (participants < minParticipants || participants > maxParticipants)
        return Problem::BadParticipants;
    qCInfo(lcAdmin) << "training recorded, participants:" << participants;
    if (sink)
        sink(UsageEvent::Type::TrainingRecorded, subjectFor(occurrenceKey), participants);
    return Problem::None;
}

TrainingLog::Problem TrainingLog::recordUnlisted(
    const AdminEventSink &sink, QDate date, int participants)
{
    if (!date.isValid())
        return Problem::BadDate;
    if (participants < minParticipants || participants > maxParticipants)
        return Problem::BadParticipants;
    qCInfo(lcAdmin) << "training (not in the calendar) recorded, participants:" << participants;
    if (sink)
        sink(UsageEvent::Type::TrainingRecorded, subjectForUnlisted(date), participants);
    return Problem::None;
}

std::vector<TrainingLog::Record> TrainingLog::list(
    const UsageStore &store, QDate month, QString *error)
{
    std::vector<Record> records;
    const UsageTimeRange range = UsageTimeRange::month(QDate(month.year(), month.month(), 1));
    UsageStore::Cursor cursor = store.events(range.fromMs, range.toMs);
    UsageEvent event;
    while (cursor.next(&event)) {
        if (event.type == UsageEvent::Type::TrainingRecorded)
            records.push_back(fromEvent(event));
    }
    if (error)
        *error = cursor.error();
    return records;
}

} // namespace Mist
