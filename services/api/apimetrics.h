// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The staff API's /metrics page in the Prometheus text format (version 0.0.4): sessions by how
// they ended, portal opens by directory entry id, category opens, blocked navigations, trainings
// held and their participants, documents received, printed and failed, the state
// of the directory and schedule syncs (last attempt and last success), the portals' link health,
// the log's health, the data disk's free space, the build and the process's start time: what the
// regional Prometheus rules in deploy/fleet/ need. services/api/README.md documents every family.
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
    // The values of a type's events added up (participants of trainings, pages printed).
    [[nodiscard]] qint64 valueTotal(const QString &type) const;
    // Subjects of a type, sorted, with their counts.
    [[nodiscard]] QList<std::pair<QString, qint64>> bySubject(const QString &type) const;

private:
    qint64 m_lastId = 0;
    QHash<QString, QHash<QString, qint64>> m_counts; // type -> subject -> count
    QHash<QString, qint64> m_valueTotals; // type -> sum of values
};

struct ApiMetrics
{
    // What the process and its machine say about themselves.
    struct Process
    {
        QString version; // of Mist
        qint64 startTimeSeconds = 0; // Unix time the process started
        qint64 uptimeSeconds = 0; // of the staff API
        qint64 diskFreeBytes = -1; // available to the kiosk on the data dir's volume; -1: unknown
        qint64 diskSizeBytes = -1;
    };
    // The running process, with the free space of dataDir's volume.
    [[nodiscard]] static Process currentProcess(const QString &dataDir, qint64 uptimeSeconds);

    // usage, directory and schedule may be null (their databases are unavailable).
    [[nodiscard]] static QByteArray render(const UsageCounters *usage,
        const DirectoryStore *directory, const ScheduleStore *schedule, const Process &process);
};

} // namespace Mist
