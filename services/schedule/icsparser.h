// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Reads an iCalendar (RFC 5545) training calendar with libical into plain values: one IcsEvent
// per VEVENT, times already resolved to a zone, texts cleaned. ScheduleExpander turns them into
// the occurrences of a window of days.
//
// Whole-calendar problems (too big, not iCalendar, nested too deep, nothing usable) are errors:
// no events, and the caller keeps its last good calendar. A problem in one VEVENT drops that
// event, or only the broken part of it (a bad RRULE: the event shows once), with a warning: one
// line each, never the calendar's address. The parser logs nothing itself: the caller logs the
// warnings once, when it takes a new calendar, not at every redraw.
//
// Conventions a librarian can use in Google Calendar or Nextcloud, where an event has only a
// title, a place and a description:
// - a description line "Тренер: Ім'я Прізвище" (also "Тренерка:", "Ведучий:", "Ведуча:",
//   "Trainer:") names the trainer;
// - a description line "Вільних місць: 5" (also "Вільні місця:", "Free seats:") gives the
//   free seats; 0 means full.
// Programs that write iCalendar themselves may instead set X-MIST-TRAINER and
// X-MIST-SEATS-FREE, which win over the description.
//
// Privacy: CLASS:PRIVATE and CLASS:CONFIDENTIAL events are never shown on a public kiosk.
#pragma once

#include "trainingoccurrence.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace Mist {

// A DATE or DATE-TIME value, its zone already resolved: a wall-clock date and time in zone.
// UTC values ("…Z") have zone "UTC". Floating values (no zone) and values whose TZID is unknown
// are Kyiv time, and so are DATE values (all-day): a day on the schedule is a Kyiv day.
struct IcsTime
{
    QDate date;
    QTime time; // invalid for a DATE value
    QByteArray zone; // "UTC" or an IANA id, e.g. "Europe/Kyiv"

    [[nodiscard]] bool isDate() const { return !time.isValid(); }
    [[nodiscard]] bool isValid() const { return date.isValid(); }
    // The instant; a DATE value is the Kyiv midnight that starts its day.
    [[nodiscard]] QDateTime toUtc() const;

    bool operator==(const IcsTime &other) const = default;
};

// An extra instance from RDATE. A PERIOD value brings its own length.
struct IcsRDate
{
    IcsTime start;
    std::optional<qint64> durationSeconds; // from a PERIOD; else the event's own length

    bool operator==(const IcsRDate &other) const = default;
};

// One VEVENT.
struct IcsEvent
{
    QString uid; // made up from the event's content when missing
    // Set on an instance that overrides one slot of a series (moved, changed or cancelled):
    // the slot's original start.
    std::optional<IcsTime> recurrenceId;
    int sequence = 0; // of two overrides of one slot, the higher SEQUENCE wins

    IcsTime start;
    // The length of every instance: whole days for all-day events (DTSTART is a DATE), seconds
    // otherwise. From DTEND or DURATION; without either, one day or zero seconds (RFC 5545).
    int durationDays = 0;
    qint64 durationSeconds = 0;

    // RRULE values as libical writes them back. Rules libical cannot read, rules more frequent
    // than daily (see IcsParser::parse) and rules whose BYMONTHDAY no month of BYMONTH has are
    // left out, with a warning; the event then shows at DTSTART and its RDATEs only.
    std::vector<QByteArray> rrules;
    std::vector<IcsRDate> rdates;
    std::vector<IcsTime> exdates;

    bool cancelled = false; // STATUS:CANCELLED
    bool confidential = false; // CLASS:PRIVATE or CLASS:CONFIDENTIAL
    TrainingOccurrence::Status status = TrainingOccurrence::Status::Unspecified;

    QString summary;
    QString description;
    QString location;
    QString trainer;
    std::optional<int> seatsFree;
    QString url;

    [[nodiscard]] bool allDay() const { return start.isDate(); }
    [[nodiscard]] bool isRecurring() const { return !rrules.empty() || !rdates.empty(); }
    // Cancelled and private events (and instances) take their slot but show nothing.
    [[nodiscard]] bool isShown() const { return !cancelled && !confidential; }
};

class IcsParser
{
public:
    enum class Error {
        NoError,
        Empty,
        TooLarge, // more than maxBytes
        NotICalendar, // no VCALENDAR, or libical cannot read it
        TooDeep, // components nested deeper than maxNesting
        NoUsableEvents, // it has VEVENTs, and every one of them is broken
    };

    struct Result
    {
        Error error = Error::NoError;
        QString errorString; // one line; empty when ok()
        QString calendarName; // X-WR-CALNAME, if any
        std::vector<IcsEvent> events; // in file order
        QStringList warnings; // one line each, at most maxWarnings (the last says how many more)
        int droppedEvents = 0; // VEVENTs left out as broken or over maxEvents

        [[nodiscard]] bool ok() const { return error == Error::NoError; }
    };

    // A library's calendar is tens of events a month; Google Calendar exports every past event
    // too, so years of a busy library (about 500 bytes an event) fit below these. Beyond
    // maxEvents the rest of the file is not even handed to libical.
    static constexpr qsizetype maxBytes = 2 * 1024 * 1024;
    static constexpr int maxEvents = 5000;
    // VCALENDAR > VEVENT > VALARM is 3 deep. libical frees components recursively: a file of
    // nothing but BEGIN lines would otherwise overflow the stack.
    static constexpr int maxNesting = 8;
    static constexpr int maxWarnings = 100;
    // Google, Nextcloud and Outlook write one RRULE; the rest are dropped with a warning.
    static constexpr int maxRRulesPerEvent = 4;
    static constexpr int maxRDatesPerEvent = 1000;
    static constexpr int maxExDatesPerEvent = 5000;
    static constexpr qsizetype maxSummaryLength = 300;
    static constexpr qsizetype maxLocationLength = 300;
    static constexpr qsizetype maxDescriptionLength = 4000;
    static constexpr qsizetype maxTrainerLength = 120;
    static constexpr qsizetype maxUidLength = 255;
    static constexpr qsizetype maxUrlLength = 2048;
    static constexpr int maxSeats = 9999;
    // Longer events are cut to this (an exhibition, not a training; it still shows).
    static constexpr int maxDurationDays = 366;

    // Sub-daily rules (FREQ=HOURLY, MINUTELY, SECONDLY) are left out: libical 3.0.16 can
    // search for minutes inside one step of such a rule whose BYMONTH/BYMONTHDAY never match,
    // and no training repeats more often than daily.
    [[nodiscard]] static Result parse(const QByteArray &ics);

    // The conventions above, on an already plain-text description. Exposed for tests.
    [[nodiscard]] static QString trainerFromDescription(const QString &description);
    [[nodiscard]] static std::optional<int> seatsFromDescription(const QString &description);
    // Google Calendar's descriptions are HTML when the librarian used formatting: line breaks
    // and paragraphs become '\n', other tags go, the common entities are decoded. Text without
    // tags is returned as it is.
    [[nodiscard]] static QString plainText(const QString &description);
};

} // namespace Mist
