// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Benchmark: how long the PIN pad takes to check a PIN (PinStore::check, Argon2id with libsodium's
// interactive limits), for the right PIN and a wrong one. Prints figures; it is not a timed test.
//
// Goal (issue 14): a check costs at least 50 ms (guessing is slow) and at most 1 s (the pad feels
// instant). The baseline, in the same run: libsodium's crypto_pwhash_str_verify on the same hash
// alone, so the difference is what PinStore adds (reading the hash, the lock-out file). The cost
// is in libsodium, so a Debug build of Mist measures nearly the same as a Release one.
//   build/dev/tests/bench/bench_pin [--runs N]

#include "admin/pinstore.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

struct Figures
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

Figures measure(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    work(); // warm-up
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.front(), times.back()};
}

void print(const char *what, const Figures &f)
{
    std::printf("%-44s %10.1f %10.1f %10.1f\n", what, f.medianMs, f.minMs, f.maxMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(u"--runs"_s); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    if (sodium_init() < 0) {
        std::fputs("bench_pin: libsodium failed to initialise\n", stderr);
        return 1;
    }

    QTemporaryDir dir;
    ManualClock clock;
    PinStore store(dir.path(), clock);
    const QString pin = u"4815162342"_s;
    if (!store.setPin(pin)) {
        std::fputs("bench_pin: cannot store a PIN\n", stderr);
        return 1;
    }
    QFile hashFile(store.pinPath());
    if (!hashFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray hash = hashFile.readAll().trimmed();
    const QByteArray pinBytes = pin.toLatin1();

    std::printf("PIN check, %d runs each (hash %s...)\n", runs, hash.left(30).constData());
    std::printf("%-44s %10s %10s %10s\n", "", "median ms", "min ms", "max ms");
    bool failed = false;
    const Figures baseline = measure(runs, [&] {
        if (crypto_pwhash_str_verify(
                hash.constData(), pinBytes.constData(), quint64(pinBytes.size()))
            != 0)
            failed = true;
    });
    print("baseline: crypto_pwhash_str_verify", baseline);
    const Figures right = measure(runs, [&] {
        if (store.check(pin) != PinStore::CheckResult::Accepted)
            failed = true;
    });
    print("PinStore::check, right PIN", right);
    // Wrong PINs, unlocked before each so the lock-out never short-cuts the hash.
    const Figures wrong = measure(runs, [&] {
        store.unlock();
        if (store.check(u"000000"_s) != PinStore::CheckResult::Wrong)
            failed = true;
    });
    print("PinStore::check, wrong PIN (+ unlock)", wrong);
    if (failed) {
        std::fputs("bench_pin: a check gave the wrong answer\n", stderr);
        return 1;
    }
    const bool inGoal = right.medianMs >= 50 && right.medianMs <= 1000;
    std::printf("goal 50 ms <= check <= 1000 ms: %s (median %.1f ms; PinStore adds %.1f ms)\n",
        inGoal ? "met" : "NOT met", right.medianMs, right.medianMs - baseline.medianMs);
    return 0;
}
