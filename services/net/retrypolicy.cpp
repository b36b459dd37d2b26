// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Mist {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings {})
{ }

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    m_settings.base = std::max(m_settings.base, std::chrono::milliseconds(1));
    m_settings.cap = std::max(m_settings.cap, m_settings.base);
    m_settings.jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::chrono::milliseconds RetryPolicy::delay(int attempt) const
{
    // Doubling stops at the cap, so a large attempt number cannot overflow.
    std::chrono::milliseconds delay = m_settings.base;
    for (int i = 1; i < attempt && delay < m_settings.cap; ++i)
        delay *= 2;
    delay = std::min(delay, m_settings.cap);

    const double random = std::clamp(m_random(), 0.0, 1.0);
    const double factor = 1.0 + m_settings.jitter * (2.0 * random - 1.0);
    return std::chrono::milliseconds(std::llround(double(delay.count()) * factor));
}

bool RetryPolicy::isRetryable(HttpReply::Error error, int httpStatus)
{
    switch (error) {
    case HttpReply::Timeout:
    case HttpReply::ConnectionFailed:
    case HttpReply::HostNotFound:
        return true;
    case HttpReply::HttpStatus:
        return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
    case HttpReply::NoError:
    case HttpReply::InsecureUrl:
    case HttpReply::TlsError:
    case HttpReply::TooLarge:
    case HttpReply::Cancelled:
    case HttpReply::Other:
        return false;
    }
    return false;
}

} // namespace Mist
