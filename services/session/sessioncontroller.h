// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The citizen session: from the first touch on the attract screen until "Finish" or the idle
// timeout. It owns the idle timer and the warning countdown; everything that must forget a
// citizen (screens, browser, preferences, usage log) listens to sessionEnded().
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace Mist {

class Clock;

class SessionController : public QObject
{
    Q_OBJECT
    // True between start() and the end of the session.
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    // True while the "are you still there?" countdown is shown.
    Q_PROPERTY(bool warningActive READ isWarningActive NOTIFY warningActiveChanged)
    // Whole seconds until the session ends, counted down while the warning is shown.
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds NOTIFY durationsChanged)
    Q_PROPERTY(int warningSeconds READ warningSeconds NOTIFY durationsChanged)
    // A random id for the current session (empty when idle): lets the usage log group events
    // without knowing who the citizen is.
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY activeChanged)

public:
    enum class EndReason {
        Finished, // the citizen pressed "Finish"
        TimedOut, // nobody touched the screen through the idle time and the warning
    };
    Q_ENUM(EndReason)

    // clock is not owned and must outlive the controller.
    SessionController(Clock *clock, std::chrono::seconds idleTimeout,
        std::chrono::seconds warningDuration, QObject *parent = nullptr);

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isWarningActive() const { return m_warningActive; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] int idleTimeoutSeconds() const { return int(m_idleTimeout.count()); }
    [[nodiscard]] int warningSeconds() const { return int(m_warningDuration.count()); }
    [[nodiscard]] QString sessionId() const { return m_sessionId; }

    // New idle time and warning length (a librarian changed them); a running session keeps
    // its countdown and uses the new idle time from its next touch.
    void setDurations(std::chrono::seconds idleTimeout, std::chrono::seconds warningDuration);

    // Starts a session (the first touch on the attract screen). Does nothing if one is active.
    Q_INVOKABLE void start();
    // Ends the session now ("Finish"). Does nothing if none is active.
    Q_INVOKABLE void finish();
    // "I need more time": hides the warning and gives a whole idle period again.
    Q_INVOKABLE void extend();
    // The citizen did something. While the warning is shown only extend() dismisses it, so a
    // stray touch beside the button cannot hide the question unanswered.
    void noteActivity();

    // Installed on the application: any touch, click, key, wheel or text input counts as activity,
    // in whatever screen or web page it lands.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void activeChanged();
    void warningActiveChanged();
    void secondsLeftChanged();
    void durationsChanged();
    void sessionStarted();
    void warningStarted();
    // Emitted after the state is idle again; listeners wipe what they hold of the citizen.
    void sessionEnded(Mist::SessionController::EndReason reason);

private:
    void evaluate();
    void enterWarning(qint64 nowMs);
    void end(EndReason reason);
    void setSecondsLeft(int seconds);
    void scheduleIn(qint64 ms);

    Clock *m_clock;
    std::chrono::seconds m_idleTimeout;
    std::chrono::seconds m_warningDuration;
    QTimer m_timer; // single shot, armed for the next deadline only: no ticking while idle
    bool m_active = false;
    bool m_warningActive = false;
    int m_secondsLeft = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_warningEndsMs = 0;
    QString m_sessionId;
};

} // namespace Mist
