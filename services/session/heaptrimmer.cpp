// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "heaptrimmer.h"

#include "core/logging.h"
#include "session/sessioncontroller.h"

#include <QElapsedTimer>

#include <utility>

#include <malloc.h>

namespace Mist {

HeapTrimmer::HeapTrimmer(SessionController *session, QObject *parent)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &HeapTrimmer::trim);
    if (session) {
        // A pending trim is not pushed back by the next visit's end: one trim serves both.
        connect(session, &SessionController::sessionEnded, this, [this] {
            if (!m_delay.isActive())
                m_delay.start();
        });
    }
}

void HeapTrimmer::setBeforeTrim(std::function<void()> beforeTrim)
{
    m_beforeTrim = std::move(beforeTrim);
}

bool HeapTrimmer::trim()
{
    m_delay.stop();
    QElapsedTimer took;
    took.start();
    if (m_beforeTrim)
        m_beforeTrim();
    const bool returned = ::malloc_trim(0) == 1;
    qCDebug(lcSession) << "returned free heap after the visit:" << (returned ? "some" : "none")
                       << "in" << took.elapsed() << "ms";
    return returned;
}

} // namespace Mist
