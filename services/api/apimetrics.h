// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The staff API's /metrics page in the Prometheus text format (version 0.0.4): sessions by how
// they ended, portal opens by directory entry id, blocked navigations, the state of the directory
// and schedule syncs and of the portals' link health, the log's health and the kiosk's uptime.
// Counters are running totals of the log's rows, kept up to date by reading only the rows added
// since the last scrape: cheap under many scrapers, and pruning old events never lowers them.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Mist {

class DirectoryStore;
class ScheduleStore;
class UsageStore;

// Running totals of the usage log, by event type and subject.
class UsageCounters
{
public:
    // Adds the rows stored since the last update. False if the log cannot be read.
    bool update(const UsageStore &store);
    [[nodiscard]] qint64 count(const QString &type, const QString &subject) const;
    [[nodiscard]] qint64 total(const QString &type) const;
    // Subjects of a type, sorted, with their counts.
    [[nodiscard]] QList<std::pair<QString, qint64>> bySubject(const QString &type) const;

private:
    qint64 m_lastId = 0;
    QHash<QString, QHash<QString, qint64>> m_counts; // type -> subject -> count
};

struct ApiMetrics
{
    // usage, directory and schedule may be null (their databases are unavailable).
    [[nodiscard]] static QByteArray render(const UsageCounters *usage,
        const DirectoryStore *directory, const ScheduleStore *schedule, qint64 uptimeSeconds);
};

} // namespace Mist
