// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// When to try a failed HTTP request again.
#pragma once

#include "httpreply.h"

#include <chrono>
#include <functional>

namespace Mist {

// Exponential backoff with jitter, and which failures deserve another try. Pure: the random
// source is injected, so a test can pin every delay.
class RetryPolicy
{
public:
    // Returns a number in [0, 1). Values outside are clamped.
    using RandomSource = std::function<double()>;

    struct Settings
    {
        std::chrono::milliseconds base = std::chrono::seconds(30); // the first retry's delay
        std::chrono::milliseconds cap = std::chrono::hours(1); // no delay grows beyond this...
        double jitter = 0.2; // ...before each is spread by up to ±20 %
    };

    // Without a random source, QRandomGenerator::global() is used.
    RetryPolicy();
    explicit RetryPolicy(Settings settings, RandomSource random = {});

    // The wait before retry number attempt (1 = the first retry): base · 2^(attempt − 1), at most
    // cap, then multiplied by a random factor in [1 − jitter, 1 + jitter). The jitter applies at
    // the cap too, so many kiosks failing at once do not retry in step. attempt < 1 counts as 1.
    [[nodiscard]] std::chrono::milliseconds delay(int attempt) const;

    [[nodiscard]] const Settings &settings() const { return m_settings; }

    // Whether a request that ended so may succeed if tried again: timeouts, connection failures
    // (host not found included: the kiosk's network may be what is down), 429 and 5xx. Never
    // 4xx, TLS errors, TooLarge, InsecureUrl, Cancelled, or a success.
    [[nodiscard]] static bool isRetryable(HttpReply::Error error, int httpStatus);

private:
    Settings m_settings;
    RandomSource m_random;
};

} // namespace Mist
