// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usagetimerange.h"

#include "schedule/calendarzones.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// A day, or an ISO 8601 time that says its offset (a time without one is ambiguous).
std::optional<qint64> parsePoint(const QString &text, bool endOfDay)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression dayPattern(u"^\\d{4}-\\d{2}-\\d{2}\\z"_s);
    if (dayPattern.match(trimmed).hasMatch()) {
        const QDate day = QDate::fromString(trimmed, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return CalendarZones::kyivMidnight(endOfDay ? day.addDays(1) : day).toMSecsSinceEpoch();
    }
    static const QRegularExpression timePattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!timePattern.match(trimmed).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

} // namespace

std::optional<UsageTimeRange> UsageTimeRange::parse(
    const QString &from, const QString &to, QString *error)
{
    const auto fromMs = parsePoint(from, false);
    if (!fromMs) {
        *error = u"from: expected a date such as 2026-03-01 or a time such as "
                 u"2026-03-01T08:00:00Z"_s;
        return std::nullopt;
    }
    const auto toMs = parsePoint(to, true);
    if (!toMs) {
        *error = u"to: expected a date such as 2026-03-31 or a time such as "
                 u"2026-04-01T00:00:00Z"_s;
        return std::nullopt;
    }
    if (*toMs < *fromMs) {
        *error = u"to is before from"_s;
        return std::nullopt;
    }
    return UsageTimeRange {*fromMs, *toMs};
}

std::optional<UsageTimeRange> UsageTimeRange::month(const QString &yearMonth)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})\\z"_s);
    const QRegularExpressionMatch match = pattern.match(yearMonth.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    if (!first.isValid() || first.year() < 2000 || first.year() > 2200)
        return std::nullopt;
    return month(first);
}

UsageTimeRange UsageTimeRange::month(QDate firstDay)
{
    const QDate first(firstDay.year(), firstDay.month(), 1);
    return {CalendarZones::kyivMidnight(first).toMSecsSinceEpoch(),
        CalendarZones::kyivMidnight(first.addMonths(1)).toMSecsSinceEpoch()};
}

void appendUtcTime(QByteArray &out, qint64 ms)
{
    // Howard Hinnant's civil_from_days: no time-zone work, no allocation.
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 msOfDay = ms - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    year += month <= 2 ? 1 : 0;

    char buffer[32];
    const int hour = int(msOfDay / 3600000);
    msOfDay %= 3600000;
    const int minute = int(msOfDay / 60000);
    msOfDay %= 60000;
    const int second = int(msOfDay / 1000);
    const int milli = int(msOfDay % 1000);
    auto two = [](char *at, int value) {
        at[0] = char('0' + value / 10);
        at[1] = char('0' + value % 10);
    };
    const int y = int(year);
    buffer[0] = char('0' + (y / 1000) % 10);
    buffer[1] = char('0' + (y / 100) % 10);
    buffer[2] = char('0' + (y / 10) % 10);
    buffer[3] = char('0' + y % 10);
    buffer[4] = '-';
    two(buffer + 5, int(month));
    buffer[7] = '-';
    two(buffer + 8, int(day));
    buffer[10] = 'T';
    two(buffer + 11, hour);
    buffer[13] = ':';
    two(buffer + 14, minute);
    buffer[16] = ':';
    two(buffer + 17, second);
    buffer[19] = '.';
    buffer[20] = char('0' + milli / 100);
    buffer[21] = char('0' + (milli / 10) % 10);
    buffer[22] = char('0' + milli % 10);
    buffer[23] = 'Z';
    out.append(buffer, 24);
}

} // namespace Mist
