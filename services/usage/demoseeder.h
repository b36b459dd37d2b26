// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// `mistctl demo seed`: fills a usage log with realistic synthetic sessions, for showroom units,
// training librarians, report previews and benchmarks. Visits follow library hours (Monday to
// Saturday, busiest late morning and early afternoon), use the real service and category ids of
// the bundled directory and the uids of the bundled training calendar, and end by "Finish" or by
// the idle timeout. Every event is marked synthetic, and a log that already holds real events is
// refused, so demo data can never mix into a library's real figures.
#pragma once

#include "usagestore.h"

#include <QDate>
#include <QString>

namespace Mist {

class DemoSeeder
{
public:
    struct Settings
    {
        int days = 30; // ending with lastDay
        int sessionsPerDay = 25; // on an average weekday; Saturdays fewer, Sundays closed
        QDate lastDay; // Kyiv date; invalid: today
        quint32 seed = 0; // 0: random
        QString kioskId;
    };
    static constexpr int maxDays = 3660;
    static constexpr int maxSessionsPerDay = 5000;

    struct Result
    {
        bool ok = false;
        QString error;
        qint64 sessions = 0;
        qint64 events = 0;
    };

    [[nodiscard]] static Result seed(UsageStore &store, const Settings &settings);
};

} // namespace Mist
