// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One training on the schedule: a single event, or one instance of a recurring one, as the
// screen shows it and as the QR code hands it to a citizen's phone.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Mist {

// Where the fields come from (see IcsParser for the details):
// - summary, description, location, url: SUMMARY, DESCRIPTION (HTML from Google Calendar turned
//   into plain text), LOCATION, URL (https only).
// - trainer: an X-MIST-TRAINER property, else a "Тренер: …" line in the DESCRIPTION. Never the
//   ORGANIZER: Google Calendar puts the calendar's own name there, not the trainer's.
// - seatsFree: an X-MIST-SEATS-FREE property, else a "Вільних місць: N" line in the DESCRIPTION.
//   Unset when the calendar does not say; 0 means the training is full.
// Cancelled, private and confidential events never become occurrences.
struct TrainingOccurrence
{
    enum class Status {
        Unspecified, // no STATUS property: most calendars never write one
        Tentative,
        Confirmed,
    };

    QString uid;
    // For an instance of a series, the start of the slot it fills in the series (UTC): with uid,
    // it names this instance even when it was moved. Invalid for a single event.
    QDateTime recurrenceId;
    // UTC. An all-day event starts and ends at Kyiv midnights; a timed event without an end
    // ends when it starts.
    QDateTime start;
    QDateTime end;
    bool allDay = false;
    QDate date; // all-day only: the first day (in Kyiv)
    QDate lastDate; // all-day only: the last day, inclusive (DTEND's day is not part of it)

    QString summary;
    QString description; // plain text, lines separated by '\n'
    QString location;
    QString trainer;
    std::optional<int> seatsFree;
    QString url; // https, or empty
    Status status = Status::Unspecified;

    // uid, plus the recurrence id for an instance of a series: unique within one schedule.
    [[nodiscard]] QString key() const;
    // start and end as Kyiv wall-clock time with the offset Kyiv had then, e.g.
    // 2026-03-29T10:00:00+03:00.
    [[nodiscard]] QDateTime startInKyiv() const;
    [[nodiscard]] QDateTime endInKyiv() const;
    // The Kyiv day the training starts on, for grouping a list by day.
    [[nodiscard]] QDate kyivDate() const;

    bool operator==(const TrainingOccurrence &other) const = default;
};

// What a phone calendar needs to add one occurrence, as an iCalendar VEVENT (RFC 5545) for the
// payload of a QR code: BEGIN:VEVENT … END:VEVENT without a VCALENDAR around it, which is what
// QR scanners on phones recognise as an event. UTF-8, CRLF line ends, lines folded at 75 octets
// without splitting a character, text escaped. A timed event has DTSTART/DTEND in UTC ("Z");
// an all-day one has VALUE=DATE days. An instance of a series gets its own UID (the series' UID
// plus its recurrence id), so adding two weeks of one course does not make one replace the other.
// The description is cut to maxDescriptionChars, to keep the code small enough to scan.
class VEventWriter
{
public:
    static constexpr qsizetype defaultMaxDescriptionChars = 200;
    static constexpr qsizetype maxLineOctets = 75;

    // stamp is DTSTAMP, when this VEVENT was made (UTC).
    [[nodiscard]] static QByteArray write(const TrainingOccurrence &occurrence,
        const QDateTime &stamp, qsizetype maxDescriptionChars = defaultMaxDescriptionChars);

    // RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
    [[nodiscard]] static QString escapeText(const QString &text);
    // Folds one content line (without its CRLF) into lines of at most maxLineOctets octets,
    // joined by CRLF + space, never inside a UTF-8 sequence.
    [[nodiscard]] static QByteArray fold(const QByteArray &line);
};

} // namespace Mist
