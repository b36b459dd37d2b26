// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Trainings a librarian says were held, with how many people came: the figures a national
// programme reports (trainings held, people trained). Each record is one `training_recorded`
// event in the usage log: the occurrence's key from the schedule, or "not-in-calendar:<date>"
// for a training the calendar did not list, and the number of participants. No names, no titles
// typed by hand.
#pragma once

#include "adminevents.h"

#include <QDate>
#include <QString>

#include <vector>

namespace Mist {

class UsageStore;

class TrainingLog
{
public:
    static constexpr int minParticipants = 1;
    static constexpr int maxParticipants = 500;
    static constexpr QStringView notInCalendarPrefix = u"not-in-calendar:";

    struct Record
    {
        qint64 timeMs = 0; // when it was recorded (UTC)
        QString occurrence; // the occurrence key, or empty for one not in the calendar
        QDate date; // for one not in the calendar: the day it was held
        int participants = 0;
    };

    enum class Problem { None, NoOccurrence, BadDate, BadParticipants };

    // The subject of a training_recorded event.
    [[nodiscard]] static QString subjectFor(const QString &occurrenceKey);
    [[nodiscard]] static QString subjectForUnlisted(QDate date);
    [[nodiscard]] static Record fromEvent(const UsageEvent &event);

    // Records one training through sink (admin_change is not needed: the record is the event).
    static Problem record(
        const AdminEventSink &sink, const QString &occurrenceKey, int participants);
    static Problem recordUnlisted(const AdminEventSink &sink, QDate date, int participants);

    // The records of the month (its first day is enough) read from store, oldest first.
    [[nodiscard]] static std::vector<Record> list(
        const UsageStore &store, QDate month, QString *error = nullptr);
};

} // namespace Mist
