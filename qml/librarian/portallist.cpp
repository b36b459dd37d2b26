// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portallist.h"

#include "portaleditor.h"

using namespace Qt::StringLiterals;

namespace Mist {

PortalList::PortalList(QObject *parent)
    : QObject(parent)
{ }

void PortalList::setDirectory(Directory *directory)
{
    if (!m_follower.follow(directory))
        return;
    rebuild();
    Q_EMIT directoryChanged();
}

void PortalList::setPortals(LocalPortals *portals)
{
    if (portals == m_portals)
        return;
    m_portals = portals;
    Q_EMIT portalsChanged();
}

void PortalList::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
    Q_EMIT languageChanged();
}

void PortalList::rebuild()
{
    QVariantList local;
    QVariantList others;
    if (const Directory *directory = m_follower.directory()) {
        for (const DirectoryItem &item : directory->items()) {
            const bool isLocal = item.origin == DirectoryItem::Origin::Local;
            (isLocal ? local : others)
                .append(QVariantMap {{u"id"_s, item.entry.id},
                    {u"name"_s, item.entry.name.forLanguage(m_language)},
                    {u"host"_s, item.entry.url.host()}, {u"local"_s, isLocal},
                    {u"hidden"_s, item.hidden}, {u"pinned"_s, item.pinned}});
        }
    }
    m_rows = local + others;
    Q_EMIT rowsChanged();
}

bool PortalList::report(const LocalPortals::Outcome &outcome)
{
    m_problem = PortalEditor::explain(outcome);
    Q_EMIT problemChanged();
    return outcome.ok();
}

bool PortalList::setHidden(const QString &id, bool hidden)
{
    if (!m_portals)
        return false;
    return report(m_portals->setHidden(id, hidden));
}

bool PortalList::setPinned(const QString &id, bool pinned)
{
    if (!m_portals)
        return false;
    return report(m_portals->setPinned(id, pinned));
}

bool PortalList::remove(const QString &id)
{
    if (!m_portals)
        return false;
    return report(m_portals->remove(id));
}

} // namespace Mist
