// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The citizen session: start, idle warning, countdown, extend, finish, time-out and the
// signals other parts rely on to forget the citizen.

#include "core/clock.h"
#include "session/sessioncontroller.h"

#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Mist::ManualClock;
using Mist::SessionController;

class TestSessionController : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 idleMs = 90'000;
    static constexpr qint64 warningMs = 30'000;

    // Sends one event of type through the controller's application-wide filter.
    static void deliver(SessionController &session, QEvent::Type type)
    {
        QObject target;
        QEvent event(type);
        session.eventFilter(&target, &event);
    }

private Q_SLOTS:
    void startsIdleAndInactive()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        QVERIFY(!session.isActive());
        QVERIFY(!session.isWarningActive());
        QVERIFY(session.sessionId().isEmpty());
        QCOMPARE(session.idleTimeoutSeconds(), 90);
        QCOMPARE(session.warningSeconds(), 30);
    }

    void startEmitsOnceAndGivesARandomId()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        QSignalSpy started(&session, &SessionController::sessionStarted);
        session.start();
        session.start(); // a second touch on the attract screen changes nothing
        QCOMPARE(started.count(), 1);
        QVERIFY(session.isActive());
        const QString first = session.sessionId();
        QCOMPARE(first.size(), 36);

        session.finish();
        session.start();
        QVERIFY(session.sessionId() != first);
    }

    void warnsAfterTheIdleTimeout()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        QSignalSpy warned(&session, &SessionController::warningStarted);
        session.start();

        clock.advance(idleMs - 1);
        QVERIFY(!session.isWarningActive());
        clock.advance(1);
        QVERIFY(session.isWarningActive());
        QCOMPARE(warned.count(), 1);
        QCOMPARE(session.secondsLeft(), 30);
        QVERIFY(session.isActive());
    }

    void countsDownEverySecond()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        session.start();
        clock.advance(idleMs);
        QSignalSpy ticks(&session, &SessionController::secondsLeftChanged);
        for (int expected = 29; expected >= 1; --expected) {
            clock.advance(1000);
            QCOMPARE(session.secondsLeft(), expected);
        }
        QCOMPARE(ticks.count(), 29);
    }

    void endsWithTimedOutAfterTheWarning()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        QSignalSpy ended(&session, &SessionController::sessionEnded);
        session.start();
        clock.advance(idleMs);
        clock.advance(warningMs - 1);
        QVERIFY(session.isActive());
        clock.advance(1);
        QVERIFY(!session.isActive());
        QVERIFY(!session.isWarningActive());
        QVERIFY(session.sessionId().isEmpty());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.constFirst().constFirst().value<SessionController::EndReason>(),
            SessionController::EndReason::TimedOut);
    }

    void theWholeWarningIsGivenEvenAfterALongGap()
    {
        // A clock that jumps far past the idle deadline (a suspended machine) still shows the
        // warning for its full length instead of ending the session unannounced.
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        session.start();
        clock.advance(idleMs + warningMs + 60'000);
        QVERIFY(session.isActive());
        QVERIFY(session.isWarningActive());
        QCOMPARE(session.secondsLeft(), 30);
    }

    void activityRestartsTheIdleTime_data()
    {
        QTest::addColumn<int>("eventType");
        QTest::newRow("touch begin") << int(QEvent::TouchBegin);
        QTest::newRow("touch update") << int(QEvent::TouchUpdate);
        QTest::newRow("mouse press") << int(QEvent::MouseButtonPress);
        QTest::newRow("mouse move") << int(QEvent::MouseMove);
        QTest::newRow("wheel") << int(QEvent::Wheel);
        QTest::newRow("key press") << int(QEvent::KeyPress);
        QTest::newRow("input method") << int(QEvent::InputMethod);
    }

    void activityRestartsTheIdleTime()
    {
        QFETCH(int, eventType);
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        session.start();
        clock.advance(idleMs - 10'000);
        deliver(session, QEvent::Type(eventType));
        clock.advance(idleMs - 1);
        QVERIFY(!session.isWarningActive());
        clock.advance(1);
        QVERIFY(session.isWarningActive());
    }

    void otherEventsAreNotActivity()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        session.start();
        clock.advance(idleMs - 10'000);
        deliver(session, QEvent::Timer);
        deliver(session, QEvent::UpdateRequest);
        deliver(session, QEvent::Paint);
        clock.advance(10'000);
        QVERIFY(session.isWarningActive());
    }

    void strayTouchesDoNotDismissTheWarning()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        session.start();
        clock.advance(idleMs);
        deliver(session, QEvent::MouseButtonPress);
        QVERIFY(session.isWarningActive());
        clock.advance(warningMs);
        QVERIFY(!session.isActive());
    }

    void extendGivesAWholeIdlePeriodAgain()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        QSignalSpy warningChanged(&session, &SessionController::warningActiveChanged);
        session.start();
        clock.advance(idleMs + 25'000); // 5 s left on the countdown
        session.extend();
        QVERIFY(!session.isWarningActive());
        QCOMPARE(warningChanged.count(), 2);
        clock.advance(idleMs - 1);
        QVERIFY(!session.isWarningActive());
        clock.advance(1);
        QVERIFY(session.isWarningActive());
        QCOMPARE(session.secondsLeft(), 30);
    }

    void finishEndsAtOnceWithFinished()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        QSignalSpy ended(&session, &SessionController::sessionEnded);
        QSignalSpy active(&session, &SessionController::activeChanged);
        session.finish(); // nothing to finish
        QCOMPARE(ended.count(), 0);

        session.start();
        session.finish();
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.constFirst().constFirst().value<SessionController::EndReason>(),
            SessionController::EndReason::Finished);
        QCOMPARE(active.count(), 2);
        QVERIFY(!session.isActive());

        // Nothing fires later for a session that has ended.
        clock.advance(idleMs + warningMs);
        QCOMPARE(ended.count(), 1);
    }

    void finishDuringTheWarningClearsIt()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        session.start();
        clock.advance(idleMs);
        QSignalSpy warningChanged(&session, &SessionController::warningActiveChanged);
        session.finish();
        QVERIFY(!session.isWarningActive());
        QCOMPARE(warningChanged.count(), 1);
        QCOMPARE(session.secondsLeft(), 0);
    }

    void activityWhileIdleIsIgnored()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        deliver(session, QEvent::MouseButtonPress);
        QVERIFY(!session.isActive());
        session.extend();
        QVERIFY(!session.isActive());
    }

    void runsOnTheRealClockToo()
    {
        // The same controller driven by real time and a real QTimer, with short periods.
        Mist::SteadyClock clock;
        SessionController session(&clock, 1s, 1s);
        QSignalSpy warned(&session, &SessionController::warningStarted);
        QSignalSpy ended(&session, &SessionController::sessionEnded);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 3000);
        QCOMPARE(ended.constFirst().constFirst().value<SessionController::EndReason>(),
            SessionController::EndReason::TimedOut);
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
