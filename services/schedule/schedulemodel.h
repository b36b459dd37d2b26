// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The upcoming trainings of the next days, one row per occurrence in time order, for the
// schedule screen. Rows carry a day key so a ListView can group them under day headings.
//
// refresh() expands the stored calendar again (ScheduleStore keeps it parsed, so this is cheap)
// and applies the difference as precise removals, moves, insertions and dataChanged, never a
// reset: a citizen's list does not jump when the hourly sync brings one changed training.
// Trainings that have ended drop off at the next refresh; the model refreshes itself every few
// minutes so the list and "updated X ago" follow the clock.
//
// In the running kiosk the expansion runs on a worker thread (setBackgroundExpansion): a hostile
// calendar costs at most ScheduleExpander's time budget there, never a frozen screen. An
// expansion that ran out of budget, or a stored calendar that no longer parses, does not replace
// rows already shown: the screen keeps the last good schedule.
//
// Qt Core only; the QML module exposes the kiosk's instance as the Schedule singleton.
#pragma once

#include "scheduleexpander.h"
#include "trainingoccurrence.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QThreadPool>
#include <QTimer>
#include <QVariantMap>

#include <chrono>
#include <functional>
#include <vector>

namespace Mist {

class ScheduleStore;

class ScheduleModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // True while the rows come from the bundled sample calendar, not the library's own.
    Q_PROPERTY(bool isSample READ isSample NOTIFY calendarInfoChanged)
    // When the library's calendar was last fetched or confirmed (UTC); invalid for the sample.
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY calendarInfoChanged)
    // How many days from today the list covers.
    Q_PROPERTY(int days READ days CONSTANT)

public:
    enum Role {
        KeyRole = Qt::UserRole, // unique within the schedule (uid + recurrence id)
        DayRole, // the Kyiv day it starts on, "yyyy-MM-dd": the ListView section key
        TopicRole, // the event's title
        StartRole, // start (QDateTime, UTC)
        EndRole, // end (QDateTime, UTC)
        // "10:00–12:00" in Kyiv time; empty for an all-day training. Times are formatted here,
        // not in QML, whose Date would use the machine's zone rather than Kyiv's.
        TimeRole,
        LastDayRole, // all-day only: the last day, "yyyy-MM-dd"; empty otherwise
        AllDayRole, // no times: the training takes whole days
        PlaceRole, // LOCATION; may be empty
        TrainerRole, // may be empty
        SeatsFreeRole, // free seats; -1 when the calendar does not say, 0 when full
        DescriptionRole, // plain text; may be empty
        IsSampleRole, // from the bundled sample calendar
    };
    Q_ENUM(Role)

    static constexpr int defaultDays = 30;
    static constexpr std::chrono::minutes autoRefreshInterval {5};

    // store is not owned and must outlive the model; both live in this thread.
    explicit ScheduleModel(ScheduleStore &store, QObject *parent = nullptr);
    // Waits for an expansion still running (at most ScheduleExpander::timeBudget).
    ~ScheduleModel() override;

    // Where "now" comes from (UTC); the system clock by default. Tests and screenshots pin it.
    void setUtcClock(std::function<QDateTime()> utcNow);
    [[nodiscard]] QDateTime utcNow() const { return m_utcNow(); }
    // Still worth showing at now (UTC): it has not ended yet.
    [[nodiscard]] static bool isUpcoming(
        const TrainingOccurrence &occurrence, const QDateTime &now);
    // The store the rows come from (the librarian's screens read past trainings from it).
    [[nodiscard]] ScheduleStore &store() const { return m_store; }
    // Refresh on a timer (autoRefreshInterval); off in tests.
    void setAutoRefresh(bool enabled);
    // Expand on a worker thread: refresh() returns at once and the rows change when the
    // expansion is done (refreshed()). Off by default: tests and screenshots want rows at once.
    void setBackgroundExpansion(bool enabled);
    // An expansion is running on the worker thread.
    [[nodiscard]] bool isExpanding() const { return m_expanding; }

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool isSample() const { return m_isSample; }
    [[nodiscard]] QDateTime lastUpdated() const { return m_lastUpdated; }
    [[nodiscard]] int days() const { return defaultDays; }
    [[nodiscard]] const TrainingOccurrence &occurrence(int row) const { return m_rows.at(row); }

    // The training in row as a VEVENT for a QR code (see VEventWriter); empty for a bad row.
    [[nodiscard]] Q_INVOKABLE QString calendarEntry(int row) const;
    // Row as {roleName: value} (the same names as the delegates see); empty for a bad row. For
    // a screen that shows one training, so it keeps what it shows even if a sync drops the row.
    [[nodiscard]] Q_INVOKABLE QVariantMap get(int row) const;
    // The row of key, or -1.
    [[nodiscard]] Q_INVOKABLE int rowOf(const QString &key) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Expands the stored calendar again and applies the difference.
    void refresh();

Q_SIGNALS:
    void countChanged();
    void calendarInfoChanged();
    // A refresh is complete: its rows are applied, or the last good ones kept.
    void refreshed();

private:
    struct Snapshot
    {
        QDateTime now;
        bool bundled = false;
        QDateTime checkedAt;
        std::shared_ptr<const IcsParser::Result> parsed;
    };
    void take(const Snapshot &snapshot, ScheduleExpander::Result result);
    void expanded(const Snapshot &snapshot, ScheduleExpander::Result result);
    void apply(std::vector<TrainingOccurrence> next);

    ScheduleStore &m_store;
    std::function<QDateTime()> m_utcNow;
    QTimer m_timer;
    std::vector<TrainingOccurrence> m_rows;
    bool m_isSample = false;
    QDateTime m_lastUpdated;
    bool m_background = false;
    bool m_expanding = false;
    bool m_refreshPending = false;
    bool m_keptReported = false;
    QThreadPool m_pool; // one worker thread, made on first use
};

} // namespace Mist
