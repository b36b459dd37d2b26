// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "apimetrics.h"

#include "directory/directorystore.h"
#include "schedule/schedulestore.h"
#include "usage/usagestore.h"

#include <QStorageInfo>
#include <QtGlobal>

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

// Taken when the program's static objects are made, before main(): the process's start.
const qint64 processStartSeconds = QDateTime::currentSecsSinceEpoch();

// A counter family of one event type, by subject, in a label.
void bySubject(QByteArray &out, const UsageCounters &usage, UsageEvent::Type type, const char *name,
    const char *label, const char *help)
{
    family(out, name, "counter", help);
    for (const auto &[subject, count] : usage.bySubject(UsageEvent::typeName(type)))
        out += name + "{"_ba + label + "=\"" + labelValue(subject) + "\"} "
            + QByteArray::number(count) + '\n';
}

void single(
    QByteArray &out, const char *name, const char *type, const char *help, const QByteArray &value)
{
    family(out, name, type, help);
    out += QByteArray(name) + ' ' + value + '\n';
}

} // namespace

bool UsageCounters::update(const UsageStore &store)
{
    qint64 lastId = m_lastId;
    const auto counts = store.countsAfter(m_lastId, &lastId);
    if (!store.errorString().isEmpty() && counts.empty() && lastId == m_lastId)
        return store.count() >= 0;
    for (const auto &count : counts) {
        m_counts[count.type][count.subject] += count.count;
        m_valueTotals[count.type] += count.valueSum;
    }
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

qint64 UsageCounters::valueTotal(const QString &type) const
{
    return m_valueTotals.value(type);
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

ApiMetrics::Process ApiMetrics::currentProcess(const QString &dataDir, qint64 uptimeSeconds)
{
    Process process;
    process.version = QStringLiteral(MIST_VERSION);
    process.startTimeSeconds = processStartSeconds;
    process.uptimeSeconds = uptimeSeconds;
    const QStorageInfo volume(dataDir);
    if (volume.isValid() && volume.isReady()) {
        process.diskFreeBytes = volume.bytesAvailable();
        process.diskSizeBytes = volume.bytesTotal();
    }
    return process;
}

QByteArray ApiMetrics::render(const UsageCounters *usage, const DirectoryStore *directory,
    const ScheduleStore *schedule, const Process &process)
{
    QByteArray out;
    out.reserve(4096);

    family(out, "mist_build_info", "gauge", "Always 1; the labels say which Mist and Qt run.");
    out += "mist_build_info{version=\"" + labelValue(process.version) + "\",qt_version=\""
        + labelValue(QString::fromLatin1(qVersion())) + "\"} 1\n";
    single(out, "process_start_time_seconds", "gauge",
        "Start time of the kiosk process since the Unix epoch in seconds.",
        QByteArray::number(process.startTimeSeconds));
    single(out, "mist_uptime_seconds", "gauge", "Seconds since the staff API started.",
        QByteArray::number(process.uptimeSeconds));
    if (process.diskFreeBytes >= 0) {
        single(out, "mist_data_disk_free_bytes", "gauge",
            "Bytes the kiosk may still write on the volume of its data directory.",
            QByteArray::number(process.diskFreeBytes));
        single(out, "mist_data_disk_size_bytes", "gauge",
            "Size of the volume of the kiosk's data directory in bytes.",
            QByteArray::number(process.diskSizeBytes));
    }

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
        bySubject(out, *usage, UsageEvent::Type::CategoryOpened, "mist_category_opens_total",
            "category", "Category shelves opened by citizens, by category id.");
        single(out, "mist_training_views_total", "counter",
            "Trainings whose details citizens opened.",
            QByteArray::number(
                usage->total(UsageEvent::typeName(UsageEvent::Type::TrainingViewed))));
        single(out, "mist_qr_codes_shown_total", "counter", "QR codes shown to take a link home.",
            QByteArray::number(usage->total(UsageEvent::typeName(UsageEvent::Type::QrShown))));
        // Recorded by the librarian (screen or mistctl training record); a head count each.
        const QString trainings = UsageEvent::typeName(UsageEvent::Type::TrainingRecorded);
        single(out, "mist_trainings_held_total", "counter",
            "Trainings the librarian recorded as held.",
            QByteArray::number(usage->total(trainings)));
        single(out, "mist_training_participants_total", "counter",
            "People at the trainings the librarian recorded.",
            QByteArray::number(usage->valueTotal(trainings)));
        bySubject(out, *usage, UsageEvent::Type::DocumentReceived, "mist_documents_received_total",
            "source",
            "Documents a portal gave citizens into the session's tray, by source (download or "
            "page-print).");
        const QString printed = UsageEvent::typeName(UsageEvent::Type::DocumentPrinted);
        bySubject(out, *usage, UsageEvent::Type::DocumentPrinted, "mist_documents_printed_total",
            "source", "Print jobs that printed, by source (portal or kiosk).");
        single(out, "mist_pages_printed_total", "counter", "Pages printed, all copies counted.",
            QByteArray::number(usage->valueTotal(printed)));
        bySubject(out, *usage, UsageEvent::Type::PrintFailed, "mist_print_jobs_failed_total",
            "problem", "Print jobs that failed, by problem (out-of-paper, unreachable...).");
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
        // The store keeps the last attempt only: when it failed, the last success is at least
        // the time the current feed was accepted (a later 304 is not remembered).
        const QDateTime success = sync.ok                            ? sync.at
            : feed.source == DirectoryStore::FeedState::Source::Feed ? feed.acceptedAt
                                                                     : QDateTime();
        single(out, "mist_directory_sync_last_success_timestamp_seconds", "gauge",
            "When a directory feed sync last succeeded: stored, 304 or same version (Unix time; "
            "0: never).",
            seconds(success));
        single(out, "mist_directory_feed_accepted_timestamp_seconds", "gauge",
            "When the current directory feed was accepted (Unix time; 0: the bundled directory).",
            seconds(feed.source == DirectoryStore::FeedState::Source::Feed ? feed.acceptedAt
                                                                           : QDateTime()));
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
        single(out, "mist_schedule_sync_last_success_timestamp_seconds", "gauge",
            "When the training calendar source last confirmed the stored calendar: stored, 304 "
            "or the same bytes (Unix time; 0: never).",
            seconds(schedule->calendar().checkedAt));
    }
    return out;
}

} // namespace Mist
