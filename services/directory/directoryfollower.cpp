// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directoryfollower.h"

#include <utility>

namespace Mist {

DirectoryFollower::DirectoryFollower(QObject *owner, ItemsChanged itemsChanged, Gone gone)
    : m_owner(owner)
    , m_itemsChanged(std::move(itemsChanged))
    , m_gone(std::move(gone))
{ }

bool DirectoryFollower::follow(Directory *directory)
{
    if (m_directory == directory)
        return false;
    QObject::disconnect(m_changedConnection);
    QObject::disconnect(m_destroyedConnection);
    m_directory = directory;
    if (!directory)
        return true;
    m_changedConnection = QObject::connect(directory, &Directory::itemsChanged, m_owner,
        [this](const DirectoryDiff &diff) { m_itemsChanged(diff); });
    m_destroyedConnection = QObject::connect(directory, &QObject::destroyed, m_owner, [this] {
        m_directory = nullptr;
        m_gone();
    });
    return true;
}

} // namespace Mist
