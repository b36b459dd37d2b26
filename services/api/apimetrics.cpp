// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "apimetrics.h"

#include "directory/directorystore.h"
#include "schedule/schedulestore.h"
#include "usage/usagestore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Label values escape backslash, quote and newline.
QByteArray labelValue(const QString &text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP "_ba + name + ' ' + help + "\n# TYPE "_ba + name + ' ' + type + '\n';
}

QByteArray seconds(const QDateTime &time)
{
    return time.isValid() ? QByteArray::number(time.toSecsSinceEpoch()) : "0"_ba;
}

} // namespace

bool UsageCounters::update(const UsageStore &store)
{
    qint64 lastId = m_lastId;
    const auto counts = store.countsAfter(m_lastId, &lastId);
    if (!store.errorString().isEmpty() && counts.empty() && lastId == m_lastId)
        return store.count() >= 0;
    for (const auto &count : counts)
        m_counts[count.type][count.subject] += count.count;
    m_lastId = lastId;
    return true;
}

qint64 UsageCounters::count(const QString &type, const QString &subject) const
{
    return m_counts.value(type).value(subject);
}

qint64 UsageCounters::total(const QString &type) const
{
    qint64 sum = 0;
    for (const qint64 count : m_counts.value(type))
        sum += count;
    return sum;
}

QList<std::pair<QString, qint64>> UsageCounters::bySubject(const QString &type) const
{
    QList<std::pair<QString, qint64>> list;
    const QHash<QString, qint64> subjects = m_counts.value(type);
    for (auto it = subjects.cbegin(); it != subjects.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end());
    return list;
}

QByteArray ApiMetrics::render(const UsageCounters *usage, const DirectoryStore *directory,
    const ScheduleStore *schedule, qint64 uptimeSeconds)
{
    QByteArray out;
    out.reserve(4096);

    family(out, "mist_uptime_seconds", "gauge", "Seconds since the kiosk started.");
    out += "mist_uptime_seconds " + QByteArray::number(uptimeSeconds) + '\n';

    family(out, "mist_usage_log_up", "gauge", "1 if the usage log can be read.");
    out += "mist_usage_log_up "_ba + (usage ? "1" : "0") + '\n';
    if (usage) {
        const QString ended = UsageEvent::typeName(UsageEvent::Type::SessionEnded);
        family(out, "mist_sessions_started_total", "counter", "Citizen sessions started.");
        out += "mist_sessions_started_total "
            + QByteArray::number(
                usage->total(UsageEvent::typeName(UsageEvent::Type::SessionStarted)))
            + '\n';
        family(out, "mist_sessions_ended_total", "counter",
            "Citizen sessions ended, by reason (finish or timeout).");
        const qint64 timeout = usage->count(ended, u"timeout"_s);
        out += "mist_sessions_ended_total{reason=\"finish\"} "
            + QByteArray::number(usage->total(ended) - timeout) + '\n';
        out += "mist_sessions_ended_total{reason=\"timeout\"} " + QByteArray::number(timeout)
            + '\n';
        family(out, "mist_portal_opens_total", "counter",
            "Portals opened by citizens, by directory entry id.");
        for (const auto &[service, count] :
            usage->bySubject(UsageEvent::typeName(UsageEvent::Type::PortalOpened)))
            out += "mist_portal_opens_total{service=\"" + labelValue(service) + "\"} "
                + QByteArray::number(count) + '\n';
        family(out, "mist_navigations_blocked_total", "counter",
            "Navigations the kiosk's browser refused (hosts outside the directory).");
        out += "mist_navigations_blocked_total "
            + QByteArray::number(
                usage->total(UsageEvent::typeName(UsageEvent::Type::NavigationBlocked)))
            + '\n';
    }

    if (directory) {
        const DirectoryStore::SyncResult sync = directory->lastSync();
        family(out, "mist_directory_sync_ok", "gauge",
            "1 if the last directory feed sync succeeded, 0 if it failed or never ran.");
        out += "mist_directory_sync_ok "_ba + (sync.ok ? "1" : "0") + '\n';
        family(out, "mist_directory_sync_last_attempt_timestamp_seconds", "gauge",
            "When the directory feed sync last ran (Unix time; 0: never).");
        out += "mist_directory_sync_last_attempt_timestamp_seconds " + seconds(sync.at) + '\n';
        const DirectoryStore::FeedState feed = directory->feedState();
        family(out, "mist_directory_feed_version", "gauge",
            "Version of the accepted directory feed (0: the bundled directory).");
        out += "mist_directory_feed_version " + QByteArray::number(feed.version) + '\n';
        qint64 ok = 0;
        qint64 down = 0;
        qint64 unknown = 0;
        for (const LinkHealth &health : directory->linkHealth()) {
            switch (health.status) {
            case LinkHealth::Status::Ok:
                ++ok;
                break;
            case LinkHealth::Status::Down:
                ++down;
                break;
            case LinkHealth::Status::Unknown:
                ++unknown;
                break;
            }
        }
        family(
            out, "mist_portal_links", "gauge", "Portals by the result of their last link check.");
        out += "mist_portal_links{status=\"ok\"} " + QByteArray::number(ok) + '\n';
        out += "mist_portal_links{status=\"down\"} " + QByteArray::number(down) + '\n';
        out += "mist_portal_links{status=\"unknown\"} " + QByteArray::number(unknown) + '\n';
    }

    if (schedule) {
        const ScheduleStore::Attempt attempt = schedule->lastAttempt();
        family(out, "mist_schedule_sync_ok", "gauge",
            "1 if the last training calendar sync succeeded, 0 if it failed or never ran.");
        out += "mist_schedule_sync_ok "_ba + (attempt.ok ? "1" : "0") + '\n';
        family(out, "mist_schedule_sync_last_attempt_timestamp_seconds", "gauge",
            "When the training calendar sync last ran (Unix time; 0: never).");
        out += "mist_schedule_sync_last_attempt_timestamp_seconds " + seconds(attempt.at) + '\n';
    }
    return out;
}

} // namespace Mist
