// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "librarianmode.h"

#include "core/clock.h"
#include "core/logging.h"
#include "session/sessioncontroller.h"

#include <QEvent>

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
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

LibrarianMode::LibrarianMode(
    PinStore *pins, SessionController *session, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_pins(pins)
    , m_session(session)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LibrarianMode::evaluate);
    connect(m_clock, &Clock::jumped, this, &LibrarianMode::evaluate);
    // A citizen session and librarian mode never overlap.
    connect(m_session, &SessionController::sessionStarted, this, [this] {
        if (m_active)
            end("a citizen session started");
    });
}

bool LibrarianMode::canOffer() const
{
    return !m_session->isActive() && !m_active;
}

LibrarianMode::PinResult LibrarianMode::tryPin(const QString &pin)
{
    if (!canOffer()) {
        qCWarning(lcAdmin) << "PIN refused: the pad is not offered now";
        return PinResult::Refused;
    }
    const PinStore::CheckResult checked = m_pins->check(pin);
    PinResult result = PinResult::Refused;
    switch (checked) {
    case PinStore::CheckResult::Accepted:
        result = PinResult::Accepted;
        break;
    case PinStore::CheckResult::Wrong:
        result = PinResult::Wrong;
        break;
    case PinStore::CheckResult::LockedOut:
        result = PinResult::LockedOut;
        break;
    case PinStore::CheckResult::NoPin:
        result = PinResult::NoPin;
        break;
    case PinStore::CheckResult::Invalid:
        result = PinResult::Invalid;
        break;
    case PinStore::CheckResult::StorageError:
        result = PinResult::Refused;
        break;
    }
    refresh();
    if (result == PinResult::Accepted)
        enter();
    return result;
}

void LibrarianMode::leave()
{
    if (m_active)
        end("left");
}

void LibrarianMode::refresh()
{
    const PinStore::Status status = m_pins->status();
    const int locked = int((status.lockedForMs + 999) / 1000);
    if (status.pinSet == m_pinSet && locked == m_lockedSeconds)
        return;
    m_pinSet = status.pinSet;
    m_lockedSeconds = locked;
    Q_EMIT padChanged();
}

void LibrarianMode::setPresenting(bool presenting)
{
    presenting = presenting && m_active;
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    qCInfo(lcAdmin) << (presenting ? "trainer's presentation started"
                                   : "trainer's presentation ended");
    Q_EMIT presentingChanged();
    if (m_active) {
        m_lastActivityMs = m_clock->nowMs();
        evaluate();
    }
}

void LibrarianMode::enterForScreenshot()
{
    enter();
}

bool LibrarianMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && isUserActivity(event->type()))
        m_lastActivityMs = m_clock->nowMs();
    return QObject::eventFilter(watched, event);
}

void LibrarianMode::enter()
{
    m_active = true;
    m_lastActivityMs = m_clock->nowMs();
    qCInfo(lcAdmin) << "librarian mode entered";
    Q_EMIT activeChanged();
    evaluate();
}

void LibrarianMode::end(const char *why)
{
    m_timer.stop();
    m_active = false;
    if (m_presenting) {
        m_presenting = false;
        Q_EMIT presentingChanged();
    }
    qCInfo(lcAdmin) << "librarian mode ended:" << why;
    Q_EMIT activeChanged();
    Q_EMIT secondsLeftChanged();
    Q_EMIT ended();
}

void LibrarianMode::evaluate()
{
    if (!m_active)
        return;
    const qint64 limit = m_presenting ? presentingIdleLimitMs : idleLimitMs;
    const qint64 remaining = m_lastActivityMs + limit - m_clock->nowMs();
    if (remaining <= 0) {
        end(m_presenting ? "thirty minutes of a presentation without a key"
                         : "two minutes without a touch");
        return;
    }
    const int seconds = int((remaining + 999) / 1000);
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        Q_EMIT secondsLeftChanged();
    }
    // Outside the countdown, wake when it would start; inside, at every whole second.
    const qint64 untilCountdown = remaining - countdownMs;
    if (untilCountdown > 0)
        m_timer.start(int(untilCountdown));
    else
        m_timer.start(int(remaining % 1000 == 0 ? 1000 : remaining % 1000));
}

} // namespace Mist
