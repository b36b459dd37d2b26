// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "trainingsadmin.h"

#include "admin/traininglog.h"
#include "core/logging.h"
#include "directoryadmin.h"
#include "schedule/calendarzones.h"
#include "schedule/schedulemodel.h"
#include "schedule/schedulestore.h"
#include "usage/usagerecorder.h"
#include "usage/usagestore.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Mist {

TrainingsAdmin::TrainingsAdmin(QObject *parent)
    : QObject(parent)
{
    connect(&m_probe, &CalendarProbe::finished, this, &TrainingsAdmin::onTested);
}

void TrainingsAdmin::setSchedule(ScheduleModel *schedule)
{
    if (schedule == m_schedule)
        return;
    m_schedule = schedule;
    Q_EMIT changed();
    refresh();
}

void TrainingsAdmin::setUsage(UsageRecorder *usage)
{
    if (usage == m_usage)
        return;
    m_usage = usage;
    Q_EMIT changed();
}

void TrainingsAdmin::setDataDir(const QString &dir)
{
    if (dir == m_dataDir)
        return;
    m_dataDir = dir;
    Q_EMIT changed();
    refresh();
}

void TrainingsAdmin::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT changed();
    refresh();
}

int TrainingsAdmin::minParticipants()
{
    return TrainingLog::minParticipants;
}

int TrainingsAdmin::maxParticipants()
{
    return TrainingLog::maxParticipants;
}

QDateTime TrainingsAdmin::now() const
{
    return m_schedule ? m_schedule->utcNow() : QDateTime::currentDateTimeUtc();
}

bool TrainingsAdmin::test(const QString &source)
{
    if (m_probe.isRunning())
        return false;
    m_probe.setUtcClock([this] { return now(); });
    if (!m_probe.start(source))
        return false;
    m_testOk = false;
    m_testMessage.clear();
    m_testTrainings.clear();
    Q_EMIT testChanged();
    return true;
}

void TrainingsAdmin::onTested(const CalendarProbe::Result &result)
{
    m_testOk = result.ok;
    m_testTrainings.clear();
    for (const TrainingOccurrence &occurrence : result.upcoming)
        m_testTrainings.append(
            QVariantMap {{u"title"_s, occurrence.summary}, {u"when"_s, describe(occurrence)}});
    if (!result.ok)
        m_testMessage = explain(result);
    else if (result.upcoming.empty())
        m_testMessage = tr("This is a calendar, but it has no trainings in the next %n day(s).",
            nullptr, ScheduleModel::defaultDays);
    else
        m_testMessage = tr("This calendar works. The next trainings it would show:");
    qCInfo(lcAdmin).noquote() << "calendar test:" << result.code;
    Q_EMIT testChanged();
}

QString TrainingsAdmin::explain(const CalendarProbe::Result &result)
{
    const QString &code = result.code;
    if (code == "no-source"_L1)
        return tr("Enter the calendar's address or file first.");
    if (code == "file"_L1)
        return tr("The file cannot be read: it is not there, or the kiosk may not open it.");
    if (code == "http"_L1 && (result.httpStatus == 404 || result.httpStatus == 410))
        return tr("Not found: there is no calendar at this address.");
    if (code == "http"_L1 && (result.httpStatus == 401 || result.httpStatus == 403))
        return tr("The calendar's server refused: the calendar is private. Use its public or "
                  "secret address.");
    if (code == "http"_L1)
        return tr("The calendar's server answered with an error (%1). Try again later.")
            .arg(result.httpStatus);
    if (code == "invalid-ics"_L1)
        return tr("This is not a calendar: the address or file gives something else.");
    if (code == "too-large"_L1)
        return tr("The calendar is too large for the kiosk.");
    if (code == "insecure-url"_L1)
        return tr("The address must start with https://");
    if (code == "tls"_L1)
        return tr("The calendar's server could not prove who it is (certificate problem).");
    if (code == "dns"_L1 || code == "connection"_L1 || code == "timeout"_L1)
        return tr("Network error: the calendar's server could not be reached. Check the "
                  "address and the internet connection.");
    return tr("The calendar could not be tested. Try again later.");
}

QString TrainingsAdmin::describe(const TrainingOccurrence &occurrence) const
{
    if (occurrence.allDay) {
        const QLocale locale(m_language == "en"_L1 ? QLocale::English : QLocale::Ukrainian,
            m_language == "en"_L1 ? QLocale::UnitedKingdom : QLocale::Ukraine);
        return locale.toString(occurrence.date, u"d MMMM yyyy"_s);
    }
    return DirectoryAdmin::when(occurrence.start, m_language);
}

bool TrainingsAdmin::record(const QString &occurrenceKey, int participants)
{
    AdminEventSink sink;
    if (m_usage) {
        sink = [usage = m_usage](UsageEvent::Type type, const QString &subject,
                   std::optional<qint64> value) { usage->adminEvent(type, subject, value); };
    }
    return afterRecord(int(TrainingLog::record(sink, occurrenceKey, participants)), participants);
}

bool TrainingsAdmin::recordUnlisted(int participants)
{
    AdminEventSink sink;
    if (m_usage) {
        sink = [usage = m_usage](UsageEvent::Type type, const QString &subject,
                   std::optional<qint64> value) { usage->adminEvent(type, subject, value); };
    }
    return afterRecord(
        int(TrainingLog::recordUnlisted(sink, CalendarZones::kyivDate(now()), participants)),
        participants);
}

bool TrainingsAdmin::afterRecord(int problem, int participants)
{
    switch (TrainingLog::Problem(problem)) {
    case TrainingLog::Problem::None:
        break;
    case TrainingLog::Problem::NoOccurrence:
    case TrainingLog::Problem::BadDate:
        m_recordOk = false;
        m_recordMessage = tr("Choose the training first.");
        Q_EMIT recordsChanged();
        return false;
    case TrainingLog::Problem::BadParticipants:
        m_recordOk = false;
        m_recordMessage = tr("Enter between %1 and %2 participants.")
                              .arg(TrainingLog::minParticipants)
                              .arg(TrainingLog::maxParticipants);
        Q_EMIT recordsChanged();
        return false;
    }
    if (!m_usage || !m_usage->waitForCommitted(5s)) {
        m_recordOk = false;
        m_recordMessage = tr("The record could not be saved. Try again.");
        refresh();
        return false;
    }
    m_recordOk = true;
    m_recordMessage = tr("Saved: a training with %n participant(s).", nullptr, participants);
    refresh();
    return true;
}

void TrainingsAdmin::refresh()
{
    const QDateTime current = now();
    const QDate today = CalendarZones::kyivDate(current);
    const QDate firstOfMonth(today.year(), today.month(), 1);

    // Titles of the calendar's trainings of this month and the recent days, by key.
    QHash<QString, TrainingOccurrence> known;
    m_recent.clear();
    if (m_schedule) {
        const QDate from = std::min(firstOfMonth, today.addDays(-recentDays));
        const ScheduleExpander::Result expanded
            = m_schedule->store().occurrences(from, int(from.daysTo(today)) + 1);
        for (const TrainingOccurrence &occurrence : expanded.occurrences)
            known.insert(occurrence.key(), occurrence);
        // Newest first: the one that just ended is the likeliest.
        for (auto it = expanded.occurrences.rbegin(); it != expanded.occurrences.rend(); ++it) {
            if (it->start > current
                || CalendarZones::kyivDate(it->start) < today.addDays(-recentDays))
                continue;
            m_recent.append(QVariantMap {
                {u"key"_s, it->key()}, {u"title"_s, it->summary}, {u"when"_s, describe(*it)}});
        }
    }

    m_monthRecords.clear();
    m_monthCount = 0;
    m_monthParticipants = 0;
    if (!m_dataDir.isEmpty()) {
        static std::atomic<int> serial {0};
        UsageStore store(m_dataDir, u"admin-trainings-%1"_s.arg(serial.fetch_add(1)));
        if (store.open()) {
            QString error;
            const std::vector<TrainingLog::Record> records
                = TrainingLog::list(store, firstOfMonth, &error);
            if (!error.isEmpty())
                qCWarning(lcAdmin).noquote() << "cannot read the trainings recorded:" << error;
            const QLocale locale(m_language == "en"_L1 ? QLocale::English : QLocale::Ukrainian,
                m_language == "en"_L1 ? QLocale::UnitedKingdom : QLocale::Ukraine);
            for (auto it = records.rbegin(); it != records.rend(); ++it) {
                QString title;
                QString when;
                if (it->occurrence.isEmpty()) {
                    title = tr("A training not in the calendar");
                    when = locale.toString(it->date, u"d MMMM yyyy"_s);
                } else if (const auto found = known.constFind(it->occurrence);
                           found != known.cend()) {
                    title = found->summary;
                    when = describe(*found);
                } else {
                    title = tr("A training (no longer in the calendar)");
                    when = DirectoryAdmin::when(
                        QDateTime::fromMSecsSinceEpoch(it->timeMs, Qt::UTC), m_language);
                }
                m_monthRecords.append(QVariantMap {
                    {u"title"_s, title}, {u"when"_s, when}, {u"participants"_s, it->participants}});
                ++m_monthCount;
                m_monthParticipants += it->participants;
            }
        } else {
            qCWarning(lcAdmin).noquote() << "cannot open the usage log:" << store.errorString();
        }
    }
    Q_EMIT recordsChanged();
}

} // namespace Mist
