// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directorymodel.h"

#include "core/logging.h"
#include "searchnormalizer.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Beyond this many rows out of place a reorder is sent as removals and insertions: a view
// handles a few runs faster than hundreds of single-row moves, and the rows that stay are still
// never reset.
constexpr size_t maxMoves = 16;

// For each position of sequence (distinct numbers), whether it belongs to one longest strictly
// increasing subsequence: the rows that can stay where they are while the others move.
std::vector<bool> longestIncreasing(const std::vector<qsizetype> &sequence)
{
    const size_t n = sequence.size();
    std::vector<bool> inSubsequence(n, false);
    if (n == 0)
        return inSubsequence;
    std::vector<size_t> tails; // tails[k]: position ending the best run of length k + 1
    std::vector<qsizetype> previous(n, -1);
    for (size_t i = 0; i < n; ++i) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), sequence[i],
            [&](size_t position, qsizetype value) { return sequence[position] < value; });
        const auto length = size_t(it - tails.begin());
        previous[i] = length > 0 ? qsizetype(tails[length - 1]) : -1;
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    for (qsizetype i = qsizetype(tails.back()); i >= 0; i = previous[size_t(i)])
        inSubsequence[size_t(i)] = true;
    return inSubsequence;
}

QString originId(DirectoryItem::Origin origin)
{
    switch (origin) {
    case DirectoryItem::Origin::Bundled:
        return u"bundled"_s;
    case DirectoryItem::Origin::Feed:
        return u"feed"_s;
    case DirectoryItem::Origin::Local:
        return u"local"_s;
    }
    return u"feed"_s;
}

QString healthId(LinkHealth::Status status)
{
    switch (status) {
    case LinkHealth::Status::Ok:
        return u"ok"_s;
    case LinkHealth::Status::Down:
        return u"down"_s;
    case LinkHealth::Status::Unknown:
        break;
    }
    return u"unknown"_s;
}

QStringList eIdIds(PortalEntry::EIdMethods methods)
{
    QStringList ids;
    for (const PortalEntry::EIdMethod method :
        {PortalEntry::EIdMethod::None, PortalEntry::EIdMethod::Kep,
            PortalEntry::EIdMethod::DiiaSignature, PortalEntry::EIdMethod::BankId}) {
        if (methods.testFlag(method))
            ids.append(PortalEntry::eIdMethodId(method));
    }
    return ids;
}

// The roles whose value depends on the language.
QList<int> languageRoles()
{
    return {Qt::DisplayRole, DirectoryModel::NameRole, DirectoryModel::DescriptionRole,
        DirectoryModel::AreaRole, DirectoryModel::AuthorityRole, DirectoryModel::AddressRole,
        DirectoryModel::OpeningHoursRole, DirectoryModel::CostRole,
        DirectoryModel::ProcessingTimeRole};
}

} // namespace

DirectoryModel::DirectoryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

DirectoryModel::~DirectoryModel() = default;

void DirectoryModel::setDirectory(Directory *directory)
{
    if (!m_follower.follow(directory))
        return;
    // Rows kept from the previous directory may show another item under the same id.
    const QSet<QString> all(m_ids.begin(), m_ids.end());
    applyIds(visibleIds(), all);
    Q_EMIT directoryChanged();
}

void DirectoryModel::setLanguage(const QString &language)
{
    // "en", "en_GB"... are English; everything else gets the Ukrainian texts.
    const QString normalized
        = language.startsWith("en"_L1, Qt::CaseInsensitive) ? u"en"_s : u"uk"_s;
    if (m_language == normalized)
        return;
    m_language = normalized;
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), languageRoles());
    Q_EMIT languageChanged();
}

void DirectoryModel::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    m_categoryFilter = PortalEntry::categoryFromId(category);
    if (!category.isEmpty() && !m_categoryFilter)
        qCWarning(lcDirectory, "DirectoryModel: unknown category %s", qUtf8Printable(category));
    applyIds(visibleIds(), {});
    Q_EMIT categoryChanged();
}

void DirectoryModel::setScope(const QString &scope)
{
    const QString normalized = scope.isEmpty() ? u"all"_s : scope;
    if (normalized != "all"_L1 && normalized != "national"_L1 && normalized != "local"_L1) {
        qCWarning(lcDirectory, "DirectoryModel: unknown scope %s; use national, local or all",
            qUtf8Printable(scope));
        return;
    }
    if (m_scope == normalized)
        return;
    m_scope = normalized;
    applyIds(visibleIds(), {});
    Q_EMIT scopeChanged();
}

void DirectoryModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query; // citizen input: never logged
    applyIds(visibleIds(), {});
    Q_EMIT queryChanged();
}

QString DirectoryModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : QString();
}

int DirectoryModel::rowOf(const QString &id) const
{
    const auto found = std::find(m_ids.begin(), m_ids.end(), id);
    return found == m_ids.end() ? -1 : int(found - m_ids.begin());
}

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() != 0 || index.row() < 0
        || size_t(index.row()) >= m_ids.size() || !directory())
        return {};
    const DirectoryItem *item = directory()->item(m_ids[size_t(index.row())]);
    if (!item)
        return {}; // gone from the directory; its row is about to be removed
    const PortalEntry &entry = item->entry;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name.forLanguage(m_language);
    case IdRole:
        return entry.id;
    case DescriptionRole:
        return entry.description.forLanguage(m_language);
    case CategoryRole:
        return PortalEntry::categoryId(entry.primaryCategory());
    case CategoriesRole: {
        QStringList ids;
        for (const PortalEntry::Category category : entry.categories)
            ids.append(PortalEntry::categoryId(category));
        return ids;
    }
    case ScopeRole:
        return PortalEntry::scopeId(entry.scope);
    case AreaRole:
        return entry.area.forLanguage(m_language);
    case UrlRole:
        return entry.url;
    case HostRole:
        return entry.url.host();
    case PinnedRole:
        return item->pinned;
    case LocalRole:
        return item->origin == DirectoryItem::Origin::Local;
    case OriginRole:
        return originId(item->origin);
    case HealthRole:
        return healthId(item->health.status);
    case EIdRole:
        return eIdIds(entry.eId);
    case AuthorityRole:
        return entry.authority.forLanguage(m_language);
    case AddressRole:
        return entry.inPerson ? entry.inPerson->address.forLanguage(m_language) : QString();
    case PhoneRole:
        return entry.inPerson ? entry.inPerson->phone : QString();
    case OpeningHoursRole:
        return entry.inPerson ? entry.inPerson->openingHours.forLanguage(m_language) : QString();
    case CostRole:
        return entry.cost.forLanguage(m_language);
    case ProcessingTimeRole:
        return entry.processingTime.forLanguage(m_language);
    default:
        return {};
    }
}

QHash<int, QByteArray> DirectoryModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {IdRole, "portalId"},
        {NameRole, "name"},
        {DescriptionRole, "description"},
        {CategoryRole, "category"},
        {CategoriesRole, "categories"},
        {ScopeRole, "scope"},
        {AreaRole, "area"},
        {UrlRole, "url"},
        {HostRole, "host"},
        {PinnedRole, "pinned"},
        {LocalRole, "local"},
        {OriginRole, "origin"},
        {HealthRole, "health"},
        {EIdRole, "eId"},
        {AuthorityRole, "authority"},
        {AddressRole, "address"},
        {PhoneRole, "phone"},
        {OpeningHoursRole, "openingHours"},
        {CostRole, "cost"},
        {ProcessingTimeRole, "processingTime"},
    };
}

void DirectoryModel::onItemsChanged(const DirectoryDiff &diff)
{
    applyIds(visibleIds(), QSet<QString>(diff.changed.cbegin(), diff.changed.cend()));
}

void DirectoryModel::onDirectoryDestroyed()
{
    // The items are gone already; the rows go by id, without reading them.
    const bool hadRows = !m_ids.empty();
    removeRowsWhere([](const QString &) { return true; });
    if (hadRows)
        Q_EMIT countChanged();
    Q_EMIT directoryChanged();
}

bool DirectoryModel::accepts(const DirectoryItem &item) const
{
    if (item.hidden)
        return false;
    const PortalEntry &entry = item.entry;
    if (!m_category.isEmpty()) {
        // An unknown category is an empty shelf, not every portal.
        if (!m_categoryFilter
            || std::find(entry.categories.begin(), entry.categories.end(), *m_categoryFilter)
                == entry.categories.end())
            return false;
    }
    if (m_scope == "national"_L1)
        return entry.scope == PortalEntry::Scope::National;
    if (m_scope == "local"_L1)
        return entry.scope != PortalEntry::Scope::National;
    return true;
}

std::vector<QString> DirectoryModel::visibleIds() const
{
    std::vector<QString> ids;
    if (!directory())
        return ids;
    // Text without letters or digits searches for nothing: the directory in its own order.
    if (SearchNormalizer::words(m_query).isEmpty()) {
        ids.reserve(directory()->items().size());
        for (const DirectoryItem &item : directory()->items()) {
            if (accepts(item))
                ids.push_back(item.entry.id);
        }
        return ids;
    }
    for (const DirectoryItem *item : directory()->search(m_query)) {
        if (accepts(*item))
            ids.push_back(item->entry.id);
    }
    return ids;
}

template<typename Predicate>
void DirectoryModel::removeRowsWhere(Predicate remove)
{
    // From the bottom up, so the row numbers of the runs still to go stay valid.
    qsizetype row = qsizetype(m_ids.size()) - 1;
    while (row >= 0) {
        if (!remove(m_ids[size_t(row)])) {
            --row;
            continue;
        }
        const qsizetype last = row;
        while (row >= 0 && remove(m_ids[size_t(row)]))
            --row;
        const qsizetype first = row + 1;
        beginRemoveRows({}, int(first), int(last));
        m_ids.erase(m_ids.begin() + first, m_ids.begin() + last + 1);
        endRemoveRows();
    }
}

void DirectoryModel::reorderTowards(const std::vector<QString> &target)
{
    QHash<QString, qsizetype> rank;
    rank.reserve(qsizetype(target.size()));
    for (size_t i = 0; i < target.size(); ++i)
        rank.insert(target[i], qsizetype(i));
    std::vector<qsizetype> sequence;
    sequence.reserve(m_ids.size());
    for (const QString &id : m_ids)
        sequence.push_back(rank.value(id));
    const std::vector<bool> staying = longestIncreasing(sequence);
    QSet<QString> movers;
    for (size_t i = 0; i < m_ids.size(); ++i) {
        if (!staying[i])
            movers.insert(m_ids[i]);
    }
    if (movers.isEmpty())
        return;
    if (size_t(movers.size()) > maxMoves) {
        qCDebug(lcDirectory, "DirectoryModel: %lld rows out of order, re-inserting them",
            static_cast<long long>(movers.size()));
        removeRowsWhere([&](const QString &id) { return movers.contains(id); });
        return;
    }
    // Place the movers in target order, each right after its predecessor in target: that one is
    // either staying or already placed, so the placed rows are always in target's order.
    const auto rowOfId = [this](const QString &id) {
        return qsizetype(std::find(m_ids.begin(), m_ids.end(), id) - m_ids.begin());
    };
    qCDebug(lcDirectory, "DirectoryModel: moving %lld rows", static_cast<long long>(movers.size()));
    for (size_t k = 0; k < target.size(); ++k) {
        if (!movers.contains(target[k]))
            continue;
        const qsizetype from = rowOfId(target[k]);
        const qsizetype to = k == 0 ? 0 : rowOfId(target[k - 1]) + 1;
        if (to == from)
            continue; // already right after its predecessor
        // beginMoveRows counts the destination before the move: moving down, the row lands
        // just above destination.
        const bool ok = beginMoveRows({}, int(from), int(from), {}, int(to));
        Q_ASSERT(ok);
        if (!ok)
            continue;
        QString id = std::move(m_ids[size_t(from)]);
        m_ids.erase(m_ids.begin() + from);
        m_ids.insert(m_ids.begin() + (from < to ? to - 1 : to), std::move(id));
        endMoveRows();
    }
}

void DirectoryModel::applyIds(
    const std::vector<QString> &target, const QSet<QString> &changed, const QList<int> &roles)
{
    const size_t oldCount = m_ids.size();

    // 1. Rows that are no longer wanted.
    QSet<QString> wanted;
    wanted.reserve(qsizetype(target.size()));
    for (const QString &id : target)
        wanted.insert(id);
    removeRowsWhere([&](const QString &id) { return !wanted.contains(id); });

    // 2. Rows that stay but are out of order.
    const QSet<QString> present(m_ids.begin(), m_ids.end());
    std::vector<QString> kept;
    kept.reserve(m_ids.size());
    for (const QString &id : target) {
        if (present.contains(id))
            kept.push_back(id);
    }
    reorderTowards(kept);

    // 3. New rows, in runs. m_ids is now a subsequence of target: where they differ, target's id
    // is new, and the run lasts until target reaches the id already at that row.
    QSet<QString> inserted;
    size_t row = 0;
    while (row < target.size()) {
        if (row < m_ids.size() && m_ids[row] == target[row]) {
            ++row;
            continue;
        }
        const QString next = row < m_ids.size() ? m_ids[row] : QString();
        size_t end = row;
        while (end < target.size() && (next.isNull() || target[end] != next)) {
            inserted.insert(target[end]);
            ++end;
        }
        beginInsertRows({}, int(row), int(end) - 1);
        m_ids.insert(m_ids.begin() + qsizetype(row), target.begin() + qsizetype(row),
            target.begin() + qsizetype(end));
        endInsertRows();
        row = end;
    }
    Q_ASSERT(m_ids == target);

    // 4. Rows that stayed but whose item changed, in runs.
    if (!changed.isEmpty()) {
        const auto isChanged
            = [&](size_t i) { return changed.contains(m_ids[i]) && !inserted.contains(m_ids[i]); };
        for (size_t first = 0; first < m_ids.size(); ++first) {
            if (!isChanged(first))
                continue;
            size_t last = first;
            while (last + 1 < m_ids.size() && isChanged(last + 1))
                ++last;
            Q_EMIT dataChanged(index(int(first)), index(int(last)), roles);
            first = last;
        }
    }
    if (m_ids.size() != oldCount)
        Q_EMIT countChanged();
}

} // namespace Mist
