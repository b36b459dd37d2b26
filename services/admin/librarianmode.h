// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Librarian mode on the touch screen: who may be in it, and for how long. A librarian gets in
// with the PIN (PinStore, with its lock-out) and only while no citizen session runs; the mode
// ends on "Leave librarian mode", after two minutes without a touch (the last 30 s counted down
// on screen), when a citizen session starts somehow, and with the process (it is never stored).
#pragma once

#include "pinstore.h"

#include <QObject>
#include <QTimer>

namespace Mist {

class Clock;
class SessionController;

class LibrarianMode : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    // Whole seconds until the mode ends by itself; shown while countdownVisible.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(bool countdownVisible READ isCountdownVisible NOTIFY secondsLeftChanged)
    // Whether a PIN has been set (`mistctl admin set-pin`); read again on refresh().
    Q_PROPERTY(bool pinSet READ isPinSet NOTIFY padChanged)
    // Whole seconds the pad stays locked after too many wrong PINs (0: not locked).
    Q_PROPERTY(int lockedSeconds READ lockedSeconds NOTIFY padChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds CONSTANT)
    // A trainer is showing a module to a room (trainer's mode, opened from librarian mode): the
    // presenter may talk for many minutes without a key, so the mode then ends after
    // presentingIdleLimitMs instead of two minutes. Never stored; false again when the mode ends.
    Q_PROPERTY(bool presenting READ isPresenting WRITE setPresenting NOTIFY presentingChanged)

public:
    static constexpr qint64 idleLimitMs = 2 * 60 * 1000;
    static constexpr qint64 countdownMs = 30 * 1000;
    static constexpr qint64 presentingIdleLimitMs = 30 * 60 * 1000;

    // What the pad shows after a PIN was tried.
    enum class PinResult { Accepted, Wrong, LockedOut, NoPin, Invalid, Refused };
    Q_ENUM(PinResult)

    // None of the arguments is owned; all must outlive the mode.
    LibrarianMode(
        PinStore *pins, SessionController *session, Clock *clock, QObject *parent = nullptr);

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] bool isCountdownVisible() const
    {
        return m_active && m_secondsLeft * 1000 <= countdownMs;
    }
    [[nodiscard]] bool isPinSet() const { return m_pinSet; }
    [[nodiscard]] int lockedSeconds() const { return m_lockedSeconds; }
    [[nodiscard]] int idleSeconds() const { return int(idleLimitMs / 1000); }
    [[nodiscard]] bool isPresenting() const { return m_presenting; }
    // Ignored outside the mode; a change counts as a touch.
    void setPresenting(bool presenting);

    // Whether the PIN pad may be offered now: never during a citizen session.
    [[nodiscard]] Q_INVOKABLE bool canOffer() const;
    // Checks pin and enters librarian mode if it is right. Refused during a citizen session.
    Q_INVOKABLE Mist::LibrarianMode::PinResult tryPin(const QString &pin);
    // "Leave librarian mode".
    Q_INVOKABLE void leave();
    // Reads the PIN state again (the pad opens; mistctl may have set a PIN or unlocked).
    Q_INVOKABLE void refresh();

    // Enters without a PIN: only for `mist-kiosk --screenshot` of a librarian screen.
    void enterForScreenshot();

    // Any touch, click or key while in the mode restarts the two minutes.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void activeChanged();
    void secondsLeftChanged();
    void padChanged();
    void presentingChanged();
    // The mode ended: by leave(), the idle limit, or a citizen session.
    void ended();

private:
    void enter();
    void end(const char *why);
    void evaluate();

    PinStore *m_pins;
    SessionController *m_session;
    Clock *m_clock;
    QTimer m_timer; // single shot, armed only while the mode is active
    bool m_active = false;
    bool m_presenting = false;
    bool m_pinSet = false;
    int m_lockedSeconds = 0;
    int m_secondsLeft = 0;
    qint64 m_lastActivityMs = 0;
};

} // namespace Mist
