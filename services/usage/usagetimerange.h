// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The period an export or report covers, as people write it: whole days (YYYY-MM-DD, Kyiv time,
// both days included), full ISO 8601 times with an offset or Z, or a month (YYYY-MM, Kyiv time).
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Mist {

struct UsageTimeRange
{
    qint64 fromMs = 0; // UTC ms, included
    qint64 toMs = 0; // UTC ms, excluded

    // from: a day (its Kyiv midnight) or an ISO time; to: a day (up to the end of it) or an ISO
    // time (excluded). Empty or wrong input, or to before from: nullopt with *error set.
    [[nodiscard]] static std::optional<UsageTimeRange> parse(
        const QString &from, const QString &to, QString *error);
    // "2026-03": the Kyiv month.
    [[nodiscard]] static std::optional<UsageTimeRange> month(const QString &yearMonth);
    [[nodiscard]] static UsageTimeRange month(QDate firstDay);
};

// Fast UTC formatting for millions of rows: "2026-11-26T10:00:00.123Z".
void appendUtcTime(QByteArray &out, qint64 ms);

} // namespace Mist
