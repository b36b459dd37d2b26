// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The one way a QML-facing type follows a Directory (DirectoryModel, CategoryShelfModel,
// ServiceDetails): it is told when the items change, and told when the directory goes away, by
// which time directory() is already null so nothing reads the items of a directory being
// destroyed.
#pragma once

#include "directory.h"

#include <QPointer>

#include <functional>

namespace Mist {

class DirectoryFollower
{
public:
    using ItemsChanged = std::function<void(const DirectoryDiff &diff)>;
    using Gone = std::function<void()>;

    // The callbacks run in owner's thread and stop with owner.
    DirectoryFollower(QObject *owner, ItemsChanged itemsChanged, Gone gone);

    [[nodiscard]] Directory *directory() const { return m_directory; }
    // Follows directory (null: none) instead of the current one; false if it already did.
    bool follow(Directory *directory);

private:
    QObject *m_owner;
    ItemsChanged m_itemsChanged;
    Gone m_gone;
    QPointer<Directory> m_directory;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_destroyedConnection;
};

} // namespace Mist
