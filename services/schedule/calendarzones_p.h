// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libical's side of CalendarZones, for the parser and the expander only: they work in
// icaltimetype and milliseconds since the epoch, which is much cheaper than QDateTime for the
// thousands of instances of a big calendar.
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QTime>
#include <QtGlobal>

#include <libical/ical.h>

namespace Mist::IcalSupport {

// Makes libical's errors non-fatal (it could otherwise abort() on bad input). Called by every
// entry point of the schedule code; cheap after the first call.
void initialise();

// The zone for an id as CalendarZones::toUtc() takes it; never null: unknown ids give Kyiv.
[[nodiscard]] icaltimezone *zone(QByteArrayView id);
[[nodiscard]] icaltimezone *kyivZone();
[[nodiscard]] inline icaltimezone *utcZone()
{
    return icaltimezone_get_utc_timezone();
}

// Kyiv from rules compiled into Mist (EU rules since 1996), for a machine without tzdata.
// Exposed so a test can compare it with the system's.
[[nodiscard]] icaltimezone *compiledKyivZone();

// A wall-clock time (no zone), or a DATE when time is invalid.
[[nodiscard]] icaltimetype wallClock(QDate date, QTime time);
[[nodiscard]] QDate dateOf(const icaltimetype &t);
// libical allows a 60th second (a leap second); QTime does not.
[[nodiscard]] QTime timeOf(const icaltimetype &t);

// Milliseconds since 1970-01-01T00:00Z of a UTC wall-clock time.
[[nodiscard]] qint64 utcMs(const icaltimetype &utc);
// The wall-clock time t (its own zone ignored) in zone, as milliseconds since the epoch.
[[nodiscard]] qint64 toUtcMs(icaltimetype t, icaltimezone *zone);
// A UTC instant as wall-clock time in zone (the result carries no zone).
[[nodiscard]] icaltimetype fromUtcMs(qint64 ms, icaltimezone *zone);

} // namespace Mist::IcalSupport
