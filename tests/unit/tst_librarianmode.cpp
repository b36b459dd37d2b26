// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// LibrarianMode: in only with the right PIN and never during a citizen session; out on "Leave",
// after two minutes without a touch (the last 30 s counted down), or when a session starts; a
// touch restarts the two minutes.

#include "admin/librarianmode.h"
#include "admin/pinstore.h"
#include "core/clock.h"
#include "session/sessioncontroller.h"

#include <QEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace Mist;

namespace {
const QString pin = u"135790"_s;
}

class TestLibrarianMode : public QObject
{
    Q_OBJECT

    struct Rig
    {
        QTemporaryDir dir;
        ManualClock clock;
        PinStore pins {dir.path(), clock};
        SessionController session {&clock, 90s, 30s};
        LibrarianMode mode {&pins, &session, &clock};
    };

private Q_SLOTS:
    void noPinNobodyIn()
    {
        Rig rig;
        rig.mode.refresh();
        QVERIFY(!rig.mode.isPinSet());
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::NoPin);
        QVERIFY(!rig.mode.isActive());
    }

    void rightPinEntersWrongDoesNot()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        rig.mode.refresh();
        QVERIFY(rig.mode.isPinSet());
        QCOMPARE(rig.mode.tryPin(u"000000"_s), LibrarianMode::PinResult::Wrong);
        QVERIFY(!rig.mode.isActive());
        QCOMPARE(rig.mode.tryPin(u"12"_s), LibrarianMode::PinResult::Invalid);
        QSignalSpy active(&rig.mode, &LibrarianMode::activeChanged);
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        QVERIFY(rig.mode.isActive());
        QCOMPARE(active.count(), 1);
        QCOMPARE(rig.mode.secondsLeft(), 120);
        QVERIFY(!rig.mode.isCountdownVisible());
    }

    void lockOutShowsOnThePad()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        for (int i = 0; i < PinStore::freeAttempts - 1; ++i)
            QCOMPARE(rig.mode.tryPin(u"000000"_s), LibrarianMode::PinResult::Wrong);
        QCOMPARE(rig.mode.tryPin(u"000000"_s), LibrarianMode::PinResult::LockedOut);
        QCOMPARE(rig.mode.lockedSeconds(), 30);
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::LockedOut);
        QVERIFY(!rig.mode.isActive());
        rig.clock.advance(30'000);
        rig.mode.refresh();
        QCOMPARE(rig.mode.lockedSeconds(), 0);
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
    }

    void neverDuringACitizenSession()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        rig.session.start();
        QVERIFY(!rig.mode.canOffer());
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Refused);
        QVERIFY(!rig.mode.isActive());
        // The refused attempt was not even checked: it does not count towards the lock-out.
        QCOMPARE(rig.pins.status().failures, 0);
    }

    void aSessionStartingEndsTheMode()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        QSignalSpy ended(&rig.mode, &LibrarianMode::ended);
        rig.session.start();
        QVERIFY(!rig.mode.isActive());
        QCOMPARE(ended.count(), 1);
    }

    void leave()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        QSignalSpy ended(&rig.mode, &LibrarianMode::ended);
        rig.mode.leave();
        QVERIFY(!rig.mode.isActive());
        QCOMPARE(ended.count(), 1);
        rig.mode.leave();
        QCOMPARE(ended.count(), 1);
    }

    void locksAfterTwoMinutesWithACountdown()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        rig.clock.advance(89'999);
        QVERIFY(!rig.mode.isCountdownVisible());
        rig.clock.advance(1);
        QVERIFY(rig.mode.isCountdownVisible());
        QCOMPARE(rig.mode.secondsLeft(), 30);
        rig.clock.advance(20'000);
        QCOMPARE(rig.mode.secondsLeft(), 10);
        rig.clock.advance(9'999);
        QVERIFY(rig.mode.isActive());
        rig.clock.advance(1);
        QVERIFY(!rig.mode.isActive());
    }

    void aTouchRestartsTheTwoMinutes()
    {
        Rig rig;
        QVERIFY(rig.pins.setPin(pin));
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        rig.clock.advance(110'000);
        QVERIFY(rig.mode.isCountdownVisible());
        QObject target;
        QEvent press(QEvent::MouseButtonPress);
        rig.mode.eventFilter(&target, &press);
        rig.clock.advance(1'000);
        QVERIFY(!rig.mode.isCountdownVisible());
        QCOMPARE(rig.mode.secondsLeft(), 119);
        rig.clock.advance(118'000);
        QVERIFY(rig.mode.isActive());
        rig.clock.advance(1'000);
        QVERIFY(!rig.mode.isActive());
    }

    // A trainer presenting a module talks for minutes without a key: thirty minutes then, and
    // two again once the presentation ends.
    void aPresentationHoldsTheModeForThirtyMinutes()
    {
        Rig rig;
        rig.mode.setPresenting(true);
        QVERIFY(!rig.mode.isPresenting()); // only inside the mode
        QVERIFY(rig.pins.setPin(pin));
        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        QSignalSpy presenting(&rig.mode, &LibrarianMode::presentingChanged);
        rig.mode.setPresenting(true);
        QCOMPARE(presenting.count(), 1);
        rig.clock.advance(10 * 60'000);
        QVERIFY(rig.mode.isActive());
        QVERIFY(!rig.mode.isCountdownVisible());
        rig.mode.setPresenting(false); // back to the librarian's screens: two minutes again
        rig.clock.advance(119'999);
        QVERIFY(rig.mode.isActive());
        rig.clock.advance(1);
        QVERIFY(!rig.mode.isActive());

        QCOMPARE(rig.mode.tryPin(pin), LibrarianMode::PinResult::Accepted);
        rig.mode.setPresenting(true);
        rig.clock.advance(LibrarianMode::presentingIdleLimitMs - 1);
        QVERIFY(rig.mode.isActive());
        rig.clock.advance(1);
        QVERIFY(!rig.mode.isActive());
        QVERIFY(!rig.mode.isPresenting());
    }
};

QTEST_GUILESS_MAIN(TestLibrarianMode)
#include "tst_librarianmode.moc"
