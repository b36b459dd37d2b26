// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Time zones as training calendars write them, and Kyiv time for everything shown.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QStringView>
#include <QTime>

namespace Mist {

// Resolves a TZID to a zone this machine knows, and converts wall-clock times. The arithmetic
// is libical's (icaltime_convert_to_zone: in 3.0.16 icaltime_from_timet_with_zone() and
// icaltimezone_convert_time() leave the wrong zone behind) on the system's tzdata, the files Qt
// reads too. A machine without tzdata still gets Kyiv right from rules compiled in here.
//
// VTIMEZONE components in a calendar are never used: names resolve to the system's rules, which
// are more often right than what an exporter wrote (Outlook writes one rule, no history).
//
// Thread-safe: libical guards its zones with a mutex, and so does the cache here.
class CalendarZones
{
public:
    static constexpr QByteArrayView kyiv = "Europe/Kyiv";
    static constexpr QByteArrayView utc = "UTC";

    // A TZID as calendars write it, to a zone id for toUtc(), or empty if it names nothing
    // known. Understands IANA names ("Europe/Kyiv", the old "Europe/Kiev"), Windows names
    // ("FLE Standard Time", via Qt's CLDR table), Outlook display names and other TZIDs that
    // mention Kyiv ("(UTC+02:00) Helsinki, Kyiv, Riga…"), and the prefixed ids of Lightning
    // and libical ("/mozilla.org/20050126_1/Europe/Kiev"). Any name mentioning Kyiv or Kiev
    // becomes Europe/Kyiv.
    [[nodiscard]] static QByteArray resolveTzid(QStringView tzid);

    // Wall-clock time in zone (kyiv, utc, or a resolveTzid() result) to UTC. An unknown zone
    // counts as Kyiv. A time that does not exist (in the spring gap) and one that happens twice
    // (in the autumn overlap) are resolved as libical does.
    [[nodiscard]] static QDateTime toUtc(QDate date, QTime time, QByteArrayView zone);
    // A UTC time as wall-clock time in zone, with the offset the zone had then.
    [[nodiscard]] static QDateTime fromUtc(const QDateTime &utc, QByteArrayView zone);

    [[nodiscard]] static QDateTime toKyiv(const QDateTime &utc) { return fromUtc(utc, kyiv); }
    // The UTC instant at which a Kyiv day starts.
    [[nodiscard]] static QDateTime kyivMidnight(QDate date) { return toUtc(date, {0, 0}, kyiv); }
    // The Kyiv day a UTC instant falls on.
    [[nodiscard]] static QDate kyivDate(const QDateTime &utc) { return toKyiv(utc).date(); }
};

} // namespace Mist
