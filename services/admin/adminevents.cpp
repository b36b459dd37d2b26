// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "adminevents.h"

#include "core/logging.h"
#include "usage/usagestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Mist::AdminEvents {

QString portalSubject(const QString &portalId)
{
    return u"portal:"_s + portalId;
}

AdminEventSink storeSink(UsageStore *store, const QString &kioskId)
{
    return [store, kioskId](
               UsageEvent::Type type, const QString &subject, std::optional<qint64> value) {
        UsageEvent event;
        event.timeMs = QDateTime::currentMSecsSinceEpoch();
        event.kioskId = kioskId;
        event.type = type;
        event.subject = UsageEvent::cleanSubject(subject);
        event.value = value;
        if (!store->append({event}))
            qCWarning(lcAdmin).noquote() << "cannot record an admin event:" << store->errorString();
    };
}

} // namespace Mist::AdminEvents
