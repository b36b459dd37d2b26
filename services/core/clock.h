// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Time as the services see it. Everything that waits (idle timeouts, countdowns, sync intervals)
// asks a Clock instead of the system, so tests and screenshots can set the time themselves.
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace Mist {

// A monotonic clock in milliseconds. Listeners that schedule timers from it re-check their
// deadlines when it emits jumped(): real clocks never jump, manual ones do.
class Clock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Milliseconds since an arbitrary, fixed starting point. Never goes backwards.
    [[nodiscard]] virtual qint64 nowMs() const = 0;

Q_SIGNALS:
    void jumped();
};

// The real, monotonic time of this process.
class SteadyClock final : public Clock
{
    Q_OBJECT
public:
    explicit SteadyClock(QObject *parent = nullptr);
    [[nodiscard]] qint64 nowMs() const override;

private:
    QElapsedTimer m_elapsed;
};

// Time that moves only when told to: for tests, and for screenshots that must look the same
// every time (a countdown frozen at its start).
class ManualClock final : public Clock
{
    Q_OBJECT
public:
    using Clock::Clock;
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }

    // Moves time forward by ms (negative values are ignored: a clock never goes back).
    Q_INVOKABLE void advance(qint64 ms);

private:
    qint64 m_nowMs = 0;
};

} // namespace Mist
