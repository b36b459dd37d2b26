// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sessioncontroller.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QEvent>
#include <QUuid>

namespace Mist {

namespace {

bool isUserActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
    case QEvent::TabletPress:
    case QEvent::NativeGesture:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionController::SessionController(Clock *clock, std::chrono::seconds idleTimeout,
    std::chrono::seconds warningDuration, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_idleTimeout(idleTimeout)
    , m_warningDuration(warningDuration)
{
    Q_ASSERT(m_clock);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::evaluate);
    connect(m_clock, &Clock::jumped, this, &SessionController::evaluate);
}

void SessionController::setDurations(
    std::chrono::seconds idleTimeout, std::chrono::seconds warningDuration)
{
    if (idleTimeout == m_idleTimeout && warningDuration == m_warningDuration)
        return;
    m_idleTimeout = idleTimeout;
    m_warningDuration = warningDuration;
    Q_EMIT durationsChanged();
    if (m_active && !m_warningActive)
        evaluate();
}

void SessionController::start()
{
    if (m_active)
        return;
    m_active = true;
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lastActivityMs = m_clock->nowMs();
    qCInfo(lcSession) << "session started";
    Q_EMIT activeChanged();
    Q_EMIT sessionStarted();
    evaluate();
}

void SessionController::finish()
{
    if (m_active)
        end(EndReason::Finished);
}

void SessionController::extend()
{
    if (!m_active)
        return;
    m_lastActivityMs = m_clock->nowMs();
    if (m_warningActive) {
        m_warningActive = false;
        qCInfo(lcSession) << "session extended";
        Q_EMIT warningActiveChanged();
    }
    evaluate();
}

void SessionController::noteActivity()
{
    // Cheap on purpose: it runs for every input event. The timer is re-armed only when it fires.
    if (m_active && !m_warningActive)
        m_lastActivityMs = m_clock->nowMs();
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserActivity(event->type()))
        noteActivity();
    return QObject::eventFilter(watched, event);
}

void SessionController::evaluate()
{
    if (!m_active)
        return;
    const qint64 now = m_clock->nowMs();
    if (!m_warningActive) {
        const qint64 idleDeadline
            = m_lastActivityMs + std::chrono::milliseconds(m_idleTimeout).count();
        if (now < idleDeadline) {
            scheduleIn(idleDeadline - now);
            return;
        }
        enterWarning(now);
    }
    const qint64 remaining = m_warningEndsMs - now;
    if (remaining <= 0) {
        end(EndReason::TimedOut);
        return;
    }
    setSecondsLeft(int((remaining + 999) / 1000));
    // Wake at the next whole second so the countdown on screen stays exact.
    const qint64 untilNextSecond = remaining % 1000 == 0 ? 1000 : remaining % 1000;
    scheduleIn(untilNextSecond);
}

void SessionController::enterWarning(qint64 nowMs)
{
    // The countdown starts when the warning appears, so the citizen always gets all of it.
    m_warningActive = true;
    m_warningEndsMs = nowMs + std::chrono::milliseconds(m_warningDuration).count();
    qCInfo(lcSession) << "idle warning shown";
    Q_EMIT warningActiveChanged();
    Q_EMIT warningStarted();
}

void SessionController::end(EndReason reason)
{
    m_timer.stop();
    const bool hadWarning = m_warningActive;
    m_active = false;
    m_warningActive = false;
    m_sessionId.clear();
    setSecondsLeft(0);
    qCInfo(lcSession) << "session ended:"
                      << (reason == EndReason::Finished ? "finished" : "timed out");
    if (hadWarning)
        Q_EMIT warningActiveChanged();
    Q_EMIT activeChanged();
    Q_EMIT sessionEnded(reason);
}

void SessionController::setSecondsLeft(int seconds)
{
    if (seconds == m_secondsLeft)
        return;
    m_secondsLeft = seconds;
    Q_EMIT secondsLeftChanged();
}

void SessionController::scheduleIn(qint64 ms)
{
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

} // namespace Mist
