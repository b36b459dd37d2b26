// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "soaklog.h"

#include "usage/usagestore.h"

#include <QHash>
#include <QMap>

#include <limits>

using namespace Qt::StringLiterals;
using Mist::UsageEvent;

namespace MistTest {

namespace {

// What the log holds for one session.
struct SessionEvents
{
    bool started = false;
    QString endReason;
    QStringList categories;
    QStringList services;
    QStringList portals;
    int searches = 0;
};

} // namespace

SoakLogCheck checkUsageLog(const QString &dataDir, const std::vector<SoakVisit> &visits)
{
    SoakLogCheck result;
    QHash<QString, SessionEvents> sessions;
    Mist::UsageStore store(dataDir);
    if (store.open()) {
        Mist::UsageStore::Cursor cursor = store.events(0, std::numeric_limits<qint64>::max());
        UsageEvent event;
        while (cursor.next(&event)) {
            ++result.events;
            SessionEvents &s = sessions[event.sessionId];
            switch (event.type) {
            case UsageEvent::Type::SessionStarted:
                s.started = true;
                break;
            case UsageEvent::Type::SessionEnded:
                s.endReason = event.subject;
                break;
            case UsageEvent::Type::CategoryOpened:
                s.categories << event.subject;
                break;
            case UsageEvent::Type::ServiceViewed:
                s.services << event.subject;
                break;
            case UsageEvent::Type::PortalOpened:
                s.portals << event.subject;
                break;
            case UsageEvent::Type::SearchDone:
                ++s.searches;
                break;
            default:
                break;
            }
        }
    }
    QMap<QString, int> missing;
    for (const SoakVisit &visit : visits) {
        const SessionEvents s = sessions.value(visit.sessionId);
        QStringList lost;
        if (!s.started)
            lost << u"session_started"_s;
        if (s.endReason != (visit.timedOut ? "timeout"_L1 : "finish"_L1))
            lost << u"session_ended"_s;
        if (!s.categories.contains(visit.category))
            lost << u"category_opened"_s;
        if (visit.searched && s.searches != 1)
            lost << u"search_done"_s;
        if (!s.services.contains(visit.serviceId))
            lost << u"service_viewed"_s;
        if (visit.portal && !s.portals.contains(visit.serviceId))
            lost << u"portal_opened"_s;
        if (lost.isEmpty()) {
            ++result.visitsComplete;
        } else {
            ++result.visitsIncomplete;
            for (const QString &kind : std::as_const(lost))
                ++missing[kind];
        }
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        result.missing << u"%1 x%2"_s.arg(it.key()).arg(it.value());
    return result;
}

} // namespace MistTest
