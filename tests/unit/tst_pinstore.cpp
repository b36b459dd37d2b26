// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// PinStore: the hash on disk is Argon2id and private, a wrong PIN is refused, 5 wrong PINs lock
// the pad for 30 s and every further one doubles the lock up to an hour (on a manual clock), the
// lock survives a new store (a restart), `unlock` clears it, and without a PIN nobody gets in.

#include "admin/pinstore.h"
#include "core/clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {
constexpr qint64 anchor = 1'800'000'000'000; // a fixed wall time for every store of a test
const QString goodPin = u"4815162342"_s;
} // namespace

class TestPinStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPinNobodyIn()
    {
        QTemporaryDir dir;
        ManualClock clock;
        PinStore store(dir.path(), clock);
        QVERIFY(!store.status().pinSet);
        QCOMPARE(store.check(u"000000"_s), PinStore::CheckResult::NoPin);
        QCOMPARE(store.check(goodPin), PinStore::CheckResult::NoPin);
        QCOMPARE(store.check(QString()), PinStore::CheckResult::NoPin);
    }

    void pinRules()
    {
        QVERIFY(!PinStore::isValidPin(u"12345"_s));
        QVERIFY(PinStore::isValidPin(u"123456"_s));
        QVERIFY(PinStore::isValidPin(u"123456789012"_s));
        QVERIFY(!PinStore::isValidPin(u"1234567890123"_s));
        QVERIFY(!PinStore::isValidPin(u"12345a"_s));
        QVERIFY(!PinStore::isValidPin(u"١٢٣٤٥٦"_s)); // Arabic-Indic digits are not ASCII digits
        QTemporaryDir dir;
        ManualClock clock;
        PinStore store(dir.path(), clock);
        QString error;
        QVERIFY(!store.setPin(u"1234"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.status().pinSet);
    }

    void hashFormatAndPermissions()
    {
        QTemporaryDir dir;
        ManualClock clock;
        PinStore store(dir.path(), clock);
        QVERIFY(store.setPin(goodPin));
        QFile file(store.pinPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray hash = file.readAll();
        QVERIFY2(hash.startsWith("$argon2id$v=19$"), hash.constData());
        // Interactive limits or stronger: m >= 65536 KiB, t >= 2.
        QVERIFY2(hash.contains("m=65536,t=2") || hash.contains("m=262144"), hash.constData());
        QVERIFY(!hash.contains(goodPin.toUtf8()));
        QCOMPARE(file.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        QCOMPARE(QFile(store.lockoutPath()).permissions() & (QFileDevice::ReadOther),
            QFileDevice::Permissions());
    }

    void rightAndWrong()
    {
        QTemporaryDir dir;
        ManualClock clock;
        PinStore store(dir.path(), clock);
        store.setUtcAnchor(anchor);
        QVERIFY(store.setPin(goodPin));
        QCOMPARE(store.check(u"111111"_s), PinStore::CheckResult::Wrong);
        QCOMPARE(store.status().failures, 1);
        QCOMPARE(store.check(u"12"_s), PinStore::CheckResult::Invalid); // not counted
        QCOMPARE(store.status().failures, 1);
        QVERIFY(!store.status().lastUnlockUtcMs);
        QCOMPARE(store.check(goodPin), PinStore::CheckResult::Accepted);
        QCOMPARE(store.status().failures, 0);
        QCOMPARE(store.status().lastUnlockUtcMs.value_or(0), anchor);
    }

    void lockOutDoubles()
    {
        QCOMPARE(PinStore::lockDurationMs(4), 0);
        QCOMPARE(PinStore::lockDurationMs(5), 30'000);
        QCOMPARE(PinStore::lockDurationMs(6), 60'000);
        QCOMPARE(PinStore::lockDurationMs(7), 120'000);
        QCOMPARE(PinStore::lockDurationMs(12), 3'600'000); // 30 s * 2^7 = 64 min, capped
        QCOMPARE(PinStore::lockDurationMs(40), 3'600'000);

        QTemporaryDir dir;
        ManualClock clock;
        PinStore store(dir.path(), clock);
        store.setUtcAnchor(anchor);
        QVERIFY(store.setPin(goodPin));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(store.check(u"000000"_s), PinStore::CheckResult::Wrong);
        QCOMPARE(store.check(u"000000"_s), PinStore::CheckResult::LockedOut);
        QCOMPARE(store.status().lockedForMs, 30'000);
        // Locked: even the right PIN is not checked.
        QCOMPARE(store.check(goodPin), PinStore::CheckResult::LockedOut);
        clock.advance(29'000);
        QCOMPARE(store.check(goodPin), PinStore::CheckResult::LockedOut);
        clock.advance(1'000);
        // The sixth wrong PIN locks for 60 s, the seventh for 120 s.
        QCOMPARE(store.check(u"000000"_s), PinStore::CheckResult::LockedOut);
        QCOMPARE(store.status().lockedForMs, 60'000);
        clock.advance(60'000);
        QCOMPARE(store.check(u"000000"_s), PinStore::CheckResult::LockedOut);
        QCOMPARE(store.status().lockedForMs, 120'000);
        QCOMPARE(store.status().failures, 7);
        clock.advance(120'000);
        QCOMPARE(store.check(goodPin), PinStore::CheckResult::Accepted);
        QCOMPARE(store.status().failures, 0);
        QCOMPARE(store.status().lockedForMs, 0);
    }

    void lockOutSurvivesReload()
    {
        QTemporaryDir dir;
        ManualClock clock;
        {
            PinStore store(dir.path(), clock);
            store.setUtcAnchor(anchor);
            QVERIFY(store.setPin(goodPin));
            for (int i = 0; i < 5; ++i)
                (void)store.check(u"000000"_s);
            QCOMPARE(store.status().lockedForMs, 30'000);
        }
        clock.advance(10'000);
        PinStore restarted(dir.path(), clock);
        restarted.setUtcAnchor(anchor);
        QCOMPARE(restarted.status().failures, 5);
        QCOMPARE(restarted.status().lockedForMs, 20'000);
        QCOMPARE(restarted.check(goodPin), PinStore::CheckResult::LockedOut);
        // mistctl admin unlock clears it.
        QVERIFY(restarted.unlock());
        QCOMPARE(restarted.status().failures, 0);
        QCOMPARE(restarted.check(goodPin), PinStore::CheckResult::Accepted);
    }

    void damagedLockoutStaysLocked()
    {
        QTemporaryDir dir;
        ManualClock clock;
        PinStore store(dir.path(), clock);
        QVERIFY(store.setPin(goodPin));
        QFile file(store.lockoutPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage");
        file.close();
        QCOMPARE(store.check(goodPin), PinStore::CheckResult::LockedOut);
    }
};

QTEST_GUILESS_MAIN(TestPinStore)
#include "tst_pinstore.moc"
