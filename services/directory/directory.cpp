// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directory.h"

#include "bundleddirectory.h"
#include "core/logging.h"
#include "directorystore.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The directory order (see the class comment). Sort keys are computed once per item: comparing
// with QCollator::compare() in the sort would collate each name about log2(n) times.
void sortItems(std::vector<DirectoryItem> &items)
{
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(items.size());
    for (const DirectoryItem &item : items)
        keys.push_back(collator.sortKey(item.entry.name.uk));

    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const DirectoryItem &x = items[a];
        const DirectoryItem &y = items[b];
        if (x.pinned != y.pinned)
            return x.pinned;
        if (x.position.has_value() != y.position.has_value())
            return x.position.has_value();
        if (x.position && *x.position != *y.position)
            return *x.position < *y.position;
        if (const int byName = keys[a].compare(keys[b]); byName != 0)
            return byName < 0;
        return x.entry.id < y.entry.id;
    });

    std::vector<DirectoryItem> sorted;
    sorted.reserve(items.size());
    for (const size_t index : order)
        sorted.push_back(std::move(items[index]));
    items = std::move(sorted);
}

// Whether two versions of an item search the same: then a change (link health, hidden, a new
// URL) needs no new index. Must cover every field searchDocument() reads.
bool searchesAlike(const DirectoryItem &a, const DirectoryItem &b)
{
    return a.pinned == b.pinned && a.entry.name == b.entry.name
        && a.entry.keywords == b.entry.keywords && a.entry.area == b.entry.area
        && a.entry.description == b.entry.description && a.entry.authority == b.entry.authority;
}

SearchDocument searchDocument(const DirectoryItem &item)
{
    const PortalEntry &entry = item.entry;
    SearchDocument doc;
    doc.id = entry.id;
    doc.names = {entry.name.uk, entry.name.en};
    // The area counts as a keyword: people look for their hromada by its town ("Луцьк") even
    // when the portal's name does not say it.
    doc.keywords = entry.keywords.uk + entry.keywords.en;
    doc.keywords << entry.area.uk << entry.area.en;
    doc.descriptions
        = {entry.description.uk, entry.description.en, entry.authority.uk, entry.authority.en};
    doc.pinned = item.pinned;
    doc.sortName = entry.name.uk;
    return doc;
}

} // namespace

Directory::Directory(QObject *parent)
    : QObject(parent)
{ }

Directory::~Directory() = default;

void Directory::reload(const DirectoryStore &store)
{
    reload(store, QDateTime::currentDateTimeUtc());
}

void Directory::reload(const DirectoryStore &store, const QDateTime &now)
{
    const DirectoryStore::FeedState state = store.feedState();
    DirectoryItem::Origin feedOrigin = state.source == DirectoryStore::FeedState::Source::Feed
        ? DirectoryItem::Origin::Feed
        : DirectoryItem::Origin::Bundled;
    const FeedAcceptance::Freshness freshness = feedOrigin == DirectoryItem::Origin::Feed
        ? FeedAcceptance::freshness(state.expires, now)
        : FeedAcceptance::Freshness::Current;
    if (freshness != m_feedFreshness && freshness != FeedAcceptance::Freshness::Current) {
        qCWarning(lcDirectory, "the directory feed (version %lld) expired on %s; %s",
            static_cast<long long>(state.version),
            qUtf8Printable(state.expires.toString(Qt::ISODate)),
            freshness == FeedAcceptance::Freshness::InGrace
                ? "its entries are still shown, flagged, during the grace period"
                : "the grace period is over: the bundled directory is shown instead");
    }
    m_feedFreshness = freshness;

    std::vector<DirectoryItem> items;
    QHash<QString, qsizetype> byId;
    const std::vector<DirectoryStore::LocalPortal> locals = store.localPortals();
    std::vector<PortalEntry> feedEntries;
    if (freshness == FeedAcceptance::Freshness::Expired) {
        feedEntries = BundledDirectory::load().feed.entries;
        feedOrigin = DirectoryItem::Origin::Bundled;
    } else {
        feedEntries = store.feedEntries();
    }
    const bool stale = freshness == FeedAcceptance::Freshness::InGrace;
    items.reserve(locals.size() + feedEntries.size());
    byId.reserve(qsizetype(locals.size() + feedEntries.size()));
    for (const DirectoryStore::LocalPortal &local : locals) {
        byId.insert(local.entry.id, qsizetype(items.size()));
        items.push_back({local.entry, DirectoryItem::Origin::Local, false, false, {}, {}});
    }
    for (PortalEntry &entry : feedEntries) {
        if (byId.contains(entry.id)) {
            qCWarning(lcDirectory,
                "feed entry %s has the id of a local portal; the local one is kept",
                qUtf8Printable(entry.id));
            continue;
        }
        byId.insert(entry.id, qsizetype(items.size()));
        items.push_back({std::move(entry), feedOrigin, false, false, {}, {}, stale});
    }
    for (DirectoryItem &item : items) {
        item.health.entryId = item.entry.id;
    }
    for (const DirectoryStore::Override &override : store.overrides()) {
        const auto found = byId.constFind(override.entryId);
        if (found == byId.cend())
            continue; // a choice about an entry the feed dropped for now
        DirectoryItem &item = items[size_t(*found)];
        item.hidden = override.hidden;
        item.pinned = override.pinned;
        item.position = override.position;
    }
    for (const LinkHealth &health : store.linkHealth()) {
        const auto found = byId.constFind(health.entryId);
        if (found != byId.cend())
            items[size_t(*found)].health = health;
    }
    setItems(std::move(items));
}

void Directory::setItems(std::vector<DirectoryItem> items)
{
    sortItems(items);

    DirectoryDiff diff;
    QHash<QString, qsizetype> indexById;
    indexById.reserve(qsizetype(items.size()));
    qsizetype hidden = 0;
    bool indexStale = items.size() != m_items.size();
    for (size_t i = 0; i < items.size(); ++i) {
        const DirectoryItem &item = items[i];
        indexById.insert(item.entry.id, qsizetype(i));
        hidden += item.hidden ? 1 : 0;
        const DirectoryItem *old = this->item(item.entry.id);
        if (!old)
            diff.inserted.append(item.entry.id);
        else if (!(*old == item)) {
            diff.changed.append(item.entry.id);
            indexStale = indexStale || !searchesAlike(*old, item);
        }
    }
    for (const DirectoryItem &old : m_items) {
        if (!indexById.contains(old.entry.id))
            diff.removed.append(old.entry.id);
    }

    m_items = std::move(items);
    m_indexById = std::move(indexById);
    // Ids in and out change the index too; with the same count, an insertion implies a removal.
    indexStale = indexStale || !diff.inserted.isEmpty();
    // Rebuilding is most of a reload's time with thousands of entries; link health changes
    // after every link check and leaves it as it is.
    if (indexStale) {
        QList<SearchDocument> documents;
        documents.reserve(qsizetype(m_items.size()));
        for (const DirectoryItem &item : m_items)
            documents.append(searchDocument(item));
        m_index = SearchIndex(documents);
    }
    m_hiddenCount = hidden;
    qCDebug(lcDirectory,
        "directory reloaded: %zu items, %lld hidden, %lld new, %lld gone, "
        "%lld changed",
        m_items.size(), static_cast<long long>(hidden),
        static_cast<long long>(diff.inserted.size()), static_cast<long long>(diff.removed.size()),
        static_cast<long long>(diff.changed.size()));
    if (!diff.isEmpty())
        Q_EMIT itemsChanged(diff);
}

const DirectoryItem *Directory::item(const QString &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? nullptr : &m_items[size_t(index)];
}

qsizetype Directory::indexOf(const QString &id) const
{
    const auto found = m_indexById.constFind(id);
    return found == m_indexById.cend() ? -1 : *found;
}

std::vector<const DirectoryItem *> Directory::search(
    QStringView query, qsizetype limit, bool includeHidden) const
{
    // Asking for limit + the number of hidden items is enough to still have limit visible ones.
    const qsizetype wanted = limit < 0 || includeHidden ? limit : limit + m_hiddenCount;
    const QList<SearchHit> hits = m_index.search(query, wanted);
    std::vector<const DirectoryItem *> result;
    result.reserve(size_t(hits.size()));
    for (const SearchHit &hit : hits) {
        const DirectoryItem *found = item(hit.id);
        if (!found || (found->hidden && !includeHidden))
            continue;
        result.push_back(found);
        if (limit >= 0 && qsizetype(result.size()) >= limit)
            break;
    }
    return result;
}

std::vector<CategoryCount> Directory::categoriesInUse() const
{
    QHash<int, int> counts;
    for (const DirectoryItem &item : m_items) {
        if (item.hidden)
            continue;
        for (const PortalEntry::Category category : item.entry.categories)
            ++counts[int(category)];
    }
    std::vector<CategoryCount> result;
    for (const PortalEntry::Category category : PortalEntry::allCategories()) {
        if (const int count = counts.value(int(category)); count > 0)
            result.push_back({category, count});
    }
    return result;
}

} // namespace Mist
