// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Turns parsed training events into the occurrences of a window of Kyiv days: the one code path
// behind the schedule screen and `mistctl schedule list`.
#pragma once

#include "icsparser.h"
#include "trainingoccurrence.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <vector>

namespace Mist {

// The window is [from 00:00, from + days 00:00) in Kyiv; an occurrence is in it if it overlaps
// it (a course that began yesterday and runs today is on today's list).
//
// Recurrences, following RFC 5545 where libical 3.0.16 does not:
// - RRULE through libical's icalrecur_iterator, in the event's own wall-clock time, so a 10:00
//   Kyiv class stays at 10:00 across the DST changes; UNTIL is applied here, in UTC; a rule
//   without COUNT jumps straight to the window (icalrecur_iterator_set_start).
// - DTSTART is always an instance; RDATE (DATE-TIME, DATE and PERIOD) is added here, as libical's
//   icalcomponent_foreach_recurrence ignores periods; instances that coincide count once.
// - EXDATE removes instances (a DATE EXDATE removes every instance on that Kyiv day).
// - An instance with a RECURRENCE-ID replaces the master's slot, which libical does not drop:
//   the slot is removed here, and the instance shows at its own time if it falls in the window.
//   A cancelled or private instance only removes the slot.
// - A cancelled or private master shows nothing; its overriding instances stand on their own.
//
// Bounds, so a hostile or broken calendar cannot stall the kiosk: at most maxRecurrenceSteps
// iterator steps per rule, maxOccurrencesPerEvent per event, maxOccurrences in all (the earliest
// are kept), and after timeBudget no further rule is expanded. Every bound that is reached adds
// a warning (at most 20 from the expansion, then a count).
class ScheduleExpander
{
public:
    static constexpr int defaultDays = 30;
    static constexpr int maxDays = 366;
    static constexpr int maxOccurrencesPerEvent = 1000;
    static constexpr int maxOccurrences = 20000;
    // Bounds on the work one expansion may do, whatever the calendar (hole 10 of issue 13): the
    // libical iterator steps of one RRULE and of the whole expansion, the wall-clock time of one
    // RRULE and of the whole expansion. Both clocks are read at every step. A library's own
    // calendar of a month takes a few milliseconds and thousands of steps.
    static constexpr int maxRecurrenceSteps = 100000;
    static constexpr int maxTotalRecurrenceSteps = 1000000;
    static constexpr std::chrono::milliseconds ruleTimeBudget {200};
    static constexpr std::chrono::milliseconds timeBudget {2000};

    struct Result
    {
        // From parsing, when expand() was given bytes: an error means no occurrences at all.
        IcsParser::Error error = IcsParser::Error::NoError;
        QString errorString;
        QString calendarName;

        QDate from;
        int days = 0;
        QDateTime windowStart; // UTC
        QDateTime windowEnd; // UTC, exclusive
        std::vector<TrainingOccurrence> occurrences; // by start, then end, summary and uid
        QStringList warnings; // the parser's, then the expansion's; one line each
        bool truncated = false; // a bound was reached: some occurrences may be missing
        // A time or step budget ran out: events or rules were left out. Not a calendar to show
        // in place of a good one (ScheduleModel keeps its rows).
        bool overBudget = false;

        [[nodiscard]] bool ok() const { return error == IcsParser::Error::NoError; }
    };

    // days is clamped to [1, maxDays]; an invalid from means today in Kyiv.
    [[nodiscard]] static Result expand(const std::vector<IcsEvent> &events, QDate from, int days);
    // The parser's error, name and warnings carry over into the result.
    [[nodiscard]] static Result expand(const IcsParser::Result &calendar, QDate from, int days);
    // Parses, then expands.
    [[nodiscard]] static Result expand(const QByteArray &ics, QDate from, int days);
};

} // namespace Mist
