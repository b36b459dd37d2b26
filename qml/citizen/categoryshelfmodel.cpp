// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "categoryshelfmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

CategoryShelfModel::CategoryShelfModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CategoryShelfModel::setDirectory(Directory *directory)
{
    if (!m_follower.follow(directory))
        return;
    recount();
    Q_EMIT directoryChanged();
}

void CategoryShelfModel::setScope(const QString &scope)
{
    const QString normalized = scope == "local"_L1 ? u"local"_s : u"national"_s;
    if (normalized == m_scope)
        return;
    m_scope = normalized;
    recount();
    Q_EMIT scopeChanged();
}

void CategoryShelfModel::setLanguage(const QString &language)
{
    const QString normalized = language == "en"_L1 ? u"en"_s : u"uk"_s;
    if (normalized == m_language)
        return;
    m_language = normalized;
    Q_EMIT languageChanged();
    if (!m_shelves.empty())
        Q_EMIT dataChanged(index(0), index(count() - 1), {LabelRole});
}

QString CategoryShelfModel::labelOf(const QString &categoryId, const QString &language)
{
    const std::optional<PortalEntry::Category> category = PortalEntry::categoryFromId(categoryId);
    return category ? PortalEntry::categoryLabel(*category).forLanguage(language) : QString();
}

int CategoryShelfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CategoryShelfModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryCount &shelf = m_shelves[size_t(index.row())];
    switch (role) {
    case CategoryIdRole:
        return PortalEntry::categoryId(shelf.category);
    case Qt::DisplayRole:
    case LabelRole:
        return PortalEntry::categoryLabel(shelf.category).forLanguage(m_language);
    case EntryCountRole:
        return shelf.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryShelfModel::roleNames() const
{
    return {
        {CategoryIdRole, "categoryId"},
        {LabelRole, "label"},
        {EntryCountRole, "entryCount"},
    };
}

void CategoryShelfModel::recount()
{
    const bool national = m_scope == "national"_L1;
    std::vector<CategoryCount> shelves;
    for (PortalEntry::Category category : PortalEntry::allCategories())
        shelves.push_back({category, 0});
    if (directory()) {
        for (const DirectoryItem &item : directory()->items()) {
            if (item.hidden || (item.entry.scope == PortalEntry::Scope::National) != national)
                continue;
            for (PortalEntry::Category category : item.entry.categories) {
                const auto shelf = std::find_if(shelves.begin(), shelves.end(),
                    [category](const CategoryCount &c) { return c.category == category; });
                if (shelf != shelves.end())
                    ++shelf->count;
            }
        }
    }
    std::erase_if(shelves, [](const CategoryCount &c) { return c.count == 0; });
    if (shelves == m_shelves)
        return;
    const int oldCount = count();
    beginResetModel();
    m_shelves = std::move(shelves);
    endResetModel();
    if (oldCount != count())
        Q_EMIT countChanged();
}

} // namespace Mist
