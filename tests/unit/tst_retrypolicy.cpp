// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "net/retrypolicy.h"

#include <QTest>

#include <chrono>
#include <limits>

using namespace std::chrono_literals;
using Mist::HttpReply;
using Mist::RetryPolicy;

// Backoff delays and the retryable/not retryable split.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void doublesUpToTheCap();
    void jitterSpreadsAroundTheDelay();
    void jitterAppliesAtTheCap();
    void hugeAttemptNumbersDoNotOverflow();
    void attemptBelowOneCountsAsOne();
    void outOfRangeRandomIsClamped();
    void defaultRandomSourceStaysInBounds();
    void retryable_data();
    void retryable();
};

// Milliseconds as a number, so a failing QCOMPARE prints the values.
static qint64 ms(std::chrono::milliseconds duration)
{
    return duration.count();
}

// A random source that always returns value.
static RetryPolicy::RandomSource fixed(double value)
{
    return [value] { return value; };
}

void TestRetryPolicy::defaults()
{
    const RetryPolicy policy;
    QCOMPARE(ms(policy.settings().base), ms(30s));
    QCOMPARE(ms(policy.settings().cap), ms(1h));
    QCOMPARE(policy.settings().jitter, 0.2);
}

void TestRetryPolicy::doublesUpToTheCap()
{
    // 0.5 is the middle of the jitter range: no jitter.
    const RetryPolicy policy(RetryPolicy::Settings {}, fixed(0.5));
    QCOMPARE(ms(policy.delay(1)), ms(30s));
    QCOMPARE(ms(policy.delay(2)), ms(60s));
    QCOMPARE(ms(policy.delay(3)), ms(120s));
    QCOMPARE(ms(policy.delay(7)), ms(1920s)); // 32 min
    QCOMPARE(ms(policy.delay(8)), ms(1h)); // 64 min, capped
    QCOMPARE(ms(policy.delay(9)), ms(1h));
    QCOMPARE(ms(policy.delay(50)), ms(1h));
}

void TestRetryPolicy::jitterSpreadsAroundTheDelay()
{
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(0.0)).delay(1)), ms(24s)); // -20 %
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(0.25)).delay(1)), ms(27s)); // -10 %
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(0.75)).delay(2)), ms(66s)); // +10 %
    // Just below 1: just below +20 %.
    const auto high = RetryPolicy(RetryPolicy::Settings {}, fixed(0.999999)).delay(1);
    QVERIFY(high > 35990ms && high <= 36s);

    RetryPolicy::Settings settings;
    settings.base = 1s;
    settings.jitter = 0.5;
    QCOMPARE(ms(RetryPolicy(settings, fixed(0.0)).delay(1)), ms(500ms));
    QCOMPARE(ms(RetryPolicy(settings, fixed(1.0)).delay(1)), ms(1500ms));
}

void TestRetryPolicy::jitterAppliesAtTheCap()
{
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(0.0)).delay(20)), ms(48min));
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(1.0)).delay(20)), ms(72min));
}

void TestRetryPolicy::hugeAttemptNumbersDoNotOverflow()
{
    const RetryPolicy policy(RetryPolicy::Settings {}, fixed(0.5));
    QCOMPARE(ms(policy.delay(64)), ms(1h));
    QCOMPARE(ms(policy.delay(1000)), ms(1h));
    QCOMPARE(ms(policy.delay(std::numeric_limits<int>::max())), ms(1h));
}

void TestRetryPolicy::attemptBelowOneCountsAsOne()
{
    const RetryPolicy policy(RetryPolicy::Settings {}, fixed(0.5));
    QCOMPARE(ms(policy.delay(0)), ms(30s));
    QCOMPARE(ms(policy.delay(-5)), ms(30s));
}

void TestRetryPolicy::outOfRangeRandomIsClamped()
{
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(-3.0)).delay(1)), ms(24s));
    QCOMPARE(ms(RetryPolicy(RetryPolicy::Settings {}, fixed(7.0)).delay(1)), ms(36s));
}

void TestRetryPolicy::defaultRandomSourceStaysInBounds()
{
    const RetryPolicy policy;
    auto lowest = std::chrono::milliseconds::max();
    auto highest = std::chrono::milliseconds::min();
    for (int i = 0; i < 2000; ++i) {
        const auto delay = policy.delay(2);
        QVERIFY2(delay >= 48s && delay <= 72s, qPrintable(QString::number(delay.count())));
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    // Really random: 2000 draws spread over most of the ±20 % band.
    QVERIFY(lowest < 50s);
    QVERIFY(highest > 70s);
}

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<HttpReply::Error>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("timeout") << HttpReply::Timeout << 0 << true;
    QTest::newRow("connection failed") << HttpReply::ConnectionFailed << 0 << true;
    QTest::newRow("host not found") << HttpReply::HostNotFound << 0 << true;
    QTest::newRow("500") << HttpReply::HttpStatus << 500 << true;
    QTest::newRow("502") << HttpReply::HttpStatus << 502 << true;
    QTest::newRow("503") << HttpReply::HttpStatus << 503 << true;
    QTest::newRow("599") << HttpReply::HttpStatus << 599 << true;
    QTest::newRow("429") << HttpReply::HttpStatus << 429 << true;

    QTest::newRow("400") << HttpReply::HttpStatus << 400 << false;
    QTest::newRow("401") << HttpReply::HttpStatus << 401 << false;
    QTest::newRow("403") << HttpReply::HttpStatus << 403 << false;
    QTest::newRow("404") << HttpReply::HttpStatus << 404 << false;
    QTest::newRow("410") << HttpReply::HttpStatus << 410 << false;
    QTest::newRow("tls") << HttpReply::TlsError << 0 << false;
    QTest::newRow("too large") << HttpReply::TooLarge << 200 << false;
    QTest::newRow("insecure") << HttpReply::InsecureUrl << 0 << false;
    QTest::newRow("cancelled") << HttpReply::Cancelled << 0 << false;
    QTest::newRow("other") << HttpReply::Other << 0 << false;
    QTest::newRow("success") << HttpReply::NoError << 200 << false;
    QTest::newRow("not modified") << HttpReply::NoError << 304 << false;
    // The status only counts with HttpStatus.
    QTest::newRow("tls with 500") << HttpReply::TlsError << 500 << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(HttpReply::Error, error);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(error, status), retryable);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
