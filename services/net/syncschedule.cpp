// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "syncschedule.h"

#include "core/clock.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Mist {

SyncSchedule::SyncSchedule(
    Clock &clock, std::chrono::milliseconds interval, RetryPolicy retryPolicy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    // Never a busy loop, whatever the configuration says.
    , m_interval(std::max<std::chrono::milliseconds>(std::chrono::seconds(1), interval))
    , m_retryPolicy(std::move(retryPolicy))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncSchedule::evaluate);
    connect(&m_clock, &Clock::jumped, this, &SyncSchedule::evaluate);
}

void SyncSchedule::start(std::chrono::milliseconds firstDelay)
{
    m_started = true;
    scheduleIn(firstDelay.count());
}

void SyncSchedule::stop()
{
    m_started = false;
    cancelPending();
    m_retryAttempt = 0;
}

void SyncSchedule::cancelPending()
{
    m_dueMs.reset();
    m_timer.stop();
}

QString SyncSchedule::scheduleAfter(bool ok, bool retryable)
{
    if (!m_started)
        return {};
    qint64 delayMs = m_interval.count();
    QString next;
    if (!ok && retryable) {
        ++m_retryAttempt;
        // Never later than the regular sync would have been.
        delayMs = std::min<qint64>(m_retryPolicy.delay(m_retryAttempt).count(), delayMs);
        next = u"; retry %1 in %2"_s.arg(m_retryAttempt).arg(describeDelay(delayMs));
    } else {
        m_retryAttempt = 0;
        next = u"; next sync in %1"_s.arg(describeDelay(delayMs));
    }
    scheduleIn(delayMs);
    return next;
}

std::optional<qint64> SyncSchedule::nextInMs() const
{
    if (!m_dueMs)
        return std::nullopt;
    return std::max<qint64>(0, *m_dueMs - m_clock.nowMs());
}

QString SyncSchedule::describeDelay(qint64 ms)
{
    if (ms < 120'000)
        return u"%1 s"_s.arg((ms + 999) / 1000);
    return u"%1 min"_s.arg((ms + 59999) / 60000);
}

void SyncSchedule::scheduleIn(qint64 ms)
{
    m_dueMs = m_clock.nowMs() + std::max<qint64>(0, ms);
    evaluate();
}

void SyncSchedule::evaluate()
{
    if (!m_dueMs)
        return;
    const qint64 remaining = *m_dueMs - m_clock.nowMs();
    if (remaining > 0) {
        // A coarse timer may wake a little early; this runs again then and re-arms.
        m_timer.start(int(std::min<qint64>(remaining, std::numeric_limits<int>::max())));
        return;
    }
    cancelPending();
    Q_EMIT due();
}

} // namespace Mist
