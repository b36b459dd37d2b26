// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// When a periodic download (the directory feed, the training calendar) runs next: every interval,
// sooner after a failure worth retrying (backoff with jitter, never later than the regular time),
// measured on the injectable Clock so tests jump time instead of waiting, and re-checked when that
// clock jumps (a suspended and resumed PC).
#pragma once

#include "retrypolicy.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Mist {

class Clock;

class SyncSchedule : public QObject
{
    Q_OBJECT
public:
    // clock is not owned and must outlive the schedule.
    SyncSchedule(Clock &clock, std::chrono::milliseconds interval, RetryPolicy retryPolicy,
        QObject *parent = nullptr);

    // Runs due() after firstDelay, and then as scheduleAfter() says.
    void start(std::chrono::milliseconds firstDelay);
    // No more due(); forgets the retries.
    void stop();
    // Forgets the pending due() (an attempt started outside the schedule); the attempt's
    // scheduleAfter() sets the next one.
    void cancelPending();

    // After an attempt: schedules the next one and returns how the log line should end
    // ("; next sync in 60 min", "; retry 2 in 45 s"); empty when the schedule is not started.
    QString scheduleAfter(bool ok, bool retryable);

    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_interval; }
    // Failed attempts in a row that were worth a retry; 0 after a success or a final failure.
    [[nodiscard]] int retryAttempt() const { return m_retryAttempt; }
    // Milliseconds (on the Clock) until the next due(); empty if none is pending.
    [[nodiscard]] std::optional<qint64> nextInMs() const;

    // "45 s" under two minutes, else "12 min": for log lines.
    [[nodiscard]] static QString describeDelay(qint64 ms);

Q_SIGNALS:
    // Time for an attempt. The owner skips it if one is still running: that one's
    // scheduleAfter() sets the next.
    void due();

private:
    void scheduleIn(qint64 ms);
    void evaluate();

    Clock &m_clock;
    std::chrono::milliseconds m_interval;
    RetryPolicy m_retryPolicy;
    bool m_started = false;
    std::optional<qint64> m_dueMs; // on m_clock
    QTimer m_timer; // single shot, armed for m_dueMs only
    int m_retryAttempt = 0;
};

} // namespace Mist
