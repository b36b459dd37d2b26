// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "clock.h"

namespace Mist {

SteadyClock::SteadyClock(QObject *parent)
    : Clock(parent)
{
    m_elapsed.start();
}

qint64 SteadyClock::nowMs() const
{
    return m_elapsed.elapsed();
}

void ManualClock::advance(qint64 ms)
{
    if (ms <= 0)
        return;
    m_nowMs += ms;
    Q_EMIT jumped();
}

} // namespace Mist
