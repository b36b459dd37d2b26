// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "servicedetails.h"

using namespace Qt::StringLiterals;

namespace Mist {

ServiceDetails::ServiceDetails(QObject *parent)
    : QObject(parent)
{ }

void ServiceDetails::setDirectory(Directory *directory)
{
    if (!m_follower.follow(directory))
        return;
    refresh();
    Q_EMIT directoryChanged();
}

void ServiceDetails::setServiceId(const QString &id)
{
    if (id == m_serviceId)
        return;
    m_serviceId = id;
    refresh();
    Q_EMIT serviceIdChanged();
}

void ServiceDetails::setLanguage(const QString &language)
{
    const QString normalized = language == "en"_L1 ? u"en"_s : u"uk"_s;
    if (normalized == m_language)
        return;
    m_language = normalized;
    Q_EMIT languageChanged();
    Q_EMIT detailsChanged();
}

QStringList ServiceDetails::eIdLabels() const
{
    QStringList labels;
    for (auto method : {PortalEntry::EIdMethod::Kep, PortalEntry::EIdMethod::DiiaSignature,
             PortalEntry::EIdMethod::BankId}) {
        if (m_entry.eId.testFlag(method))
            labels << text(PortalEntry::eIdMethodLabel(method));
    }
    return labels;
}

bool ServiceDetails::noLoginNeeded() const
{
    return m_entry.eId.testFlag(PortalEntry::EIdMethod::None);
}

QString ServiceDetails::inPersonAddress() const
{
    return m_inPerson ? text(m_inPerson->address) : QString();
}

QString ServiceDetails::inPersonPhone() const
{
    return m_inPerson ? m_inPerson->phone : QString();
}

QString ServiceDetails::inPersonHours() const
{
    return m_inPerson ? text(m_inPerson->openingHours) : QString();
}

void ServiceDetails::refresh()
{
    const DirectoryItem *item = directory() ? directory()->item(m_serviceId) : nullptr;
    if (item && item->hidden)
        item = nullptr; // hidden by the librarian: never shown to citizens

    bool found = item != nullptr;
    PortalEntry entry = item ? item->entry : PortalEntry();
    bool down = item && item->health.status == LinkHealth::Status::Down;
    std::optional<InPersonChannel> inPerson = entry.inPerson;
    bool localCentre = false;
    LocalizedText inPersonName = inPerson ? entry.name : LocalizedText();
    if (found && !inPerson && directory()) {
        // The local centre takes most applications a portal offers online: the honest
        // alternative when a portal has no counter of its own.
        for (const DirectoryItem &other : directory()->items()) {
            if (other.hidden || other.entry.scope == PortalEntry::Scope::National
                || !other.entry.inPerson)
                continue;
            inPerson = other.entry.inPerson;
            inPersonName = other.entry.name;
            localCentre = true;
            break;
        }
    }

    if (found == m_found && entry == m_entry && down == m_down && inPerson == m_inPerson
        && localCentre == m_inPersonIsLocalCentre && inPersonName == m_inPersonName)
        return;
    m_found = found;
    m_entry = std::move(entry);
    m_down = down;
    m_inPerson = std::move(inPerson);
    m_inPersonIsLocalCentre = localCentre;
    m_inPersonName = std::move(inPersonName);
    Q_EMIT detailsChanged();
}

} // namespace Mist
