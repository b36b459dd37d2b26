// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "calendarzones.h"

#include "calendarzones_p.h"
#include "core/logging.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;
// QDate's Julian day of 1970-01-01.
constexpr qint64 epochJulianDay = 2440588;

// Kyiv's rules since 1996 (the EU's: +03 from the last Sunday of March, +02 from the last
// Sunday of October). Only used when the system has no tzdata for Kyiv.
constexpr const char compiledKyivRules[] = "BEGIN:VTIMEZONE\r\n"
                                           "TZID:Europe/Kyiv\r\n"
                                           "BEGIN:STANDARD\r\n"
                                           "DTSTART:19961027T040000\r\n"
                                           "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                           "TZOFFSETFROM:+0300\r\n"
                                           "TZOFFSETTO:+0200\r\n"
                                           "TZNAME:EET\r\n"
                                           "END:STANDARD\r\n"
                                           "BEGIN:DAYLIGHT\r\n"
                                           "DTSTART:19970330T030000\r\n"
                                           "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                           "TZOFFSETFROM:+0200\r\n"
                                           "TZOFFSETTO:+0300\r\n"
                                           "TZNAME:EEST\r\n"
                                           "END:DAYLIGHT\r\n"
                                           "END:VTIMEZONE\r\n";

// Zone ids are handed to libical, which turns them into file names under /usr/share/zoneinfo:
// only plain names get that far.
bool isPlainZoneName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'/') || name.endsWith(u'/')
        || name.contains(u".."))
        return false;
    bool letter = false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool alpha = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        letter = letter || alpha;
        if (!alpha && !(u >= u'0' && u <= u'9') && u != u'/' && u != u'_' && u != u'-' && u != u'+')
            return false;
    }
    return letter;
}

// The libical zones by id, and the TZIDs resolved so far (unknown ones too: each lookup of an
// unknown name makes libical search its list and try a file).
struct ZoneCache
{
    QMutex mutex;
    QHash<QByteArray, icaltimezone *> zones;
    QHash<QString, QByteArray> resolved;
};

ZoneCache &cache()
{
    static ZoneCache instance;
    return instance;
}

// libical's zone for a plain IANA name, or null. The caller holds the cache's mutex.
icaltimezone *lookupLocked(ZoneCache &zones, const QByteArray &id)
{
    const auto found = zones.zones.constFind(id);
    if (found != zones.zones.constEnd())
        return found.value();
    icaltimezone *zone = nullptr;
    if (id == CalendarZones::utc)
        zone = icaltimezone_get_utc_timezone();
    else if (isPlainZoneName(QString::fromLatin1(id)))
        zone = icaltimezone_get_builtin_timezone(id.constData());
    zones.zones.insert(id, zone);
    return zone;
}

icaltimezone *lookup(const QByteArray &id)
{
    ZoneCache &zones = cache();
    const QMutexLocker locker(&zones.mutex);
    return lookupLocked(zones, id);
}

// "UTC+2", "GMT+02:00", "UTC-03:00": tzdata's Etc/GMT zones (whose sign is inverted, as in
// POSIX). Offsets that are not whole hours are not mapped.
QByteArray fixedOffsetZone(const QString &name)
{
    static const QRegularExpression pattern(
        u"^(?:UTC|GMT)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    const int hours = match.captured(2).toInt();
    const int minutes = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    if (minutes != 0 || hours > 12)
        return {};
    if (hours == 0)
        return CalendarZones::utc.toByteArray();
    const char sign = match.captured(1) == u"+"_s ? '-' : '+';
    return "Etc/GMT" + QByteArray(1, sign) + QByteArray::number(hours);
}

QByteArray resolveUncached(const QString &tzid)
{
    QString name = tzid.trimmed();
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2).trimmed();
    if (name.isEmpty() || name.size() > 200)
        return {};

    const QString folded = name.toCaseFolded();
    // Kyiv under any of its spellings, in any exporter's wrapping.
    for (const QStringView spelling : {u"kyiv", u"kiev", u"київ", u"киев"}) {
        if (folded.contains(spelling))
            return CalendarZones::kyiv.toByteArray();
    }
    static const QStringList utcNames {u"utc"_s, u"gmt"_s, u"z"_s, u"zulu"_s, u"universal"_s,
        u"etc/utc"_s, u"etc/gmt"_s, u"etc/universal"_s, u"etc/zulu"_s,
        u"coordinated universal time"_s, u"(utc) coordinated universal time"_s};
    if (utcNames.contains(folded))
        return CalendarZones::utc.toByteArray();
    if (const QByteArray fixed = fixedOffsetZone(name); !fixed.isEmpty())
        return lookup(fixed) ? fixed : QByteArray();

    // Windows names (Outlook, Exchange): Qt carries CLDR's table.
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!windows.isEmpty()) {
        if (windows.contains("Kiev") || windows.contains("Kyiv"))
            return CalendarZones::kyiv.toByteArray();
        return lookup(windows) ? windows : QByteArray();
    }

    // "/mozilla.org/20050126_1/Europe/Kiev", "/freeassociation.sourceforge.net/Tzfile/…":
    // the zone is the longest tail that names one.
    if (name.startsWith(u'/')) {
        for (qsizetype slash = 0; slash >= 0 && slash + 1 < name.size();
             slash = name.indexOf(u'/', slash + 1)) {
            const QString tail = name.mid(slash + 1);
            if (isPlainZoneName(tail) && lookup(tail.toLatin1()))
                return tail.toLatin1();
        }
        return {};
    }
    if (isPlainZoneName(name) && lookup(name.toLatin1()))
        return name.toLatin1();
    return {};
}

} // namespace

namespace IcalSupport {

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // With errors fatal, libical calls abort() on some malformed input.
        icalerror_set_errors_are_fatal(0);
    });
}

icaltimezone *compiledKyivZone()
{
    static icaltimezone *const zone = [] {
        initialise();
        icalcomponent *component = icalparser_parse_string(compiledKyivRules);
        icaltimezone *made = icaltimezone_new();
        // The zone owns the component from here on; both live as long as the process.
        if (!component || !icaltimezone_set_component(made, component)) {
            qCCritical(lcSchedule) << "the compiled-in Kyiv time zone does not load; times are"
                                      " shown in UTC";
            return icaltimezone_get_utc_timezone();
        }
        return made;
    }();
    return zone;
}

icaltimezone *kyivZone()
{
    static icaltimezone *const zone = [] {
        initialise();
        // tzdata before 2022b knows only the old spelling.
        for (const char *id : {"Europe/Kyiv", "Europe/Kiev"}) {
            if (icaltimezone *found = lookup(QByteArray(id)))
                return found;
        }
        qCCritical(lcSchedule) << "the system has no time zone data for Kyiv (install tzdata);"
                                  " using rules compiled into Mist";
        return compiledKyivZone();
    }();
    return zone;
}

icaltimezone *zone(QByteArrayView id)
{
    if (id == CalendarZones::kyiv)
        return kyivZone();
    if (id == CalendarZones::utc)
        return utcZone();
    initialise();
    icaltimezone *found = lookup(id.toByteArray());
    return found ? found : kyivZone();
}

icaltimetype wallClock(QDate date, QTime time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    if (time.isValid()) {
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
    } else {
        t.is_date = 1;
    }
    return t;
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QTime timeOf(const icaltimetype &t)
{
    return QTime(t.hour, t.minute, std::min(t.second, 59));
}

qint64 utcMs(const icaltimetype &value)
{
    // libical keeps out-of-range parts as written (UNTIL=10130158T080000Z, day 58 of January,
    // found by fuzz_ics): they are normalised as libical counts them; a date that is still not
    // one is the epoch, not an overflow of QDate's invalid Julian day.
    icaltimetype utc = value;
    if (!dateOf(utc).isValid())
        utc = icaltime_normalize(utc);
    const QDate date = dateOf(utc);
    if (!date.isValid())
        return 0;
    const qint64 days = date.toJulianDay() - epochJulianDay;
    const qint64 seconds
        = ((days * 24 + std::clamp(utc.hour, 0, 23)) * 60 + std::clamp(utc.minute, 0, 59)) * 60
        + std::clamp(utc.second, 0, 59);
    return seconds * 1000;
}

qint64 toUtcMs(icaltimetype t, icaltimezone *zone)
{
    t.is_date = 0;
    if (zone == utcZone()) {
        t.zone = zone;
        return utcMs(t);
    }
    t.zone = zone;
    return utcMs(icaltime_convert_to_zone(t, utcZone()));
}

icaltimetype fromUtcMs(qint64 ms, icaltimezone *zone)
{
    // Floor division: instants before 1970 are negative.
    const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
    const qint64 rest = (ms - days * msPerDay) / 1000;
    icaltimetype t = wallClock(QDate::fromJulianDay(days + epochJulianDay),
        QTime(int(rest / 3600), int(rest / 60 % 60), int(rest % 60)));
    t.zone = utcZone();
    if (zone != utcZone())
        t = icaltime_convert_to_zone(t, zone);
    t.zone = nullptr;
    return t;
}

} // namespace IcalSupport

QByteArray CalendarZones::resolveTzid(QStringView tzid)
{
    IcalSupport::initialise();
    const QString key = tzid.toString();
    {
        ZoneCache &zones = cache();
        const QMutexLocker locker(&zones.mutex);
        const auto found = zones.resolved.constFind(key);
        if (found != zones.resolved.constEnd())
            return found.value();
    }
    // Resolved without the lock held: lookup() takes it for each candidate.
    const QByteArray resolved = resolveUncached(key);
    ZoneCache &zones = cache();
    const QMutexLocker locker(&zones.mutex);
    // A calendar full of distinct garbage TZIDs must not grow the cache without end.
    if (zones.resolved.size() < 1000)
        zones.resolved.insert(key, resolved);
    return resolved;
}

QDateTime CalendarZones::toUtc(QDate date, QTime time, QByteArrayView zone)
{
    if (!date.isValid())
        return {};
    const icaltimetype wall = IcalSupport::wallClock(date, time.isValid() ? time : QTime(0, 0));
    return QDateTime::fromMSecsSinceEpoch(
        IcalSupport::toUtcMs(wall, IcalSupport::zone(zone)), Qt::UTC);
}

QDateTime CalendarZones::fromUtc(const QDateTime &utc, QByteArrayView zone)
{
    if (!utc.isValid())
        return {};
    // Whole seconds: calendars have nothing finer.
    const qint64 seconds = utc.toSecsSinceEpoch();
    const icaltimetype wall = IcalSupport::fromUtcMs(seconds * 1000, IcalSupport::zone(zone));
    const QDateTime local(IcalSupport::dateOf(wall), IcalSupport::timeOf(wall), Qt::UTC);
    // The offset is whatever separates the wall clock from UTC at that instant.
    const int offsetSeconds = int(local.toSecsSinceEpoch() - seconds);
    return QDateTime(local.date(), local.time(), Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace Mist
