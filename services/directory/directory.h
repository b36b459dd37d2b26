// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The portal directory as the kiosk and mistctl see it: the feed part (or the bundled starter
// directory), the librarian's local portals and their choices (hidden, pinned, order) and link
// health, merged into one ordered list with a search index. It lives in memory and is rebuilt from
// a DirectoryStore after every change; itemsChanged() says exactly which ids went, came or
// changed, so models can update row by row instead of resetting.
#pragma once

#include "feedacceptance.h"
#include "linkhealth.h"
#include "portalentry.h"
#include "searchindex.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace Mist {

class DirectoryStore;

// One portal with everything the screens need to show it.
struct DirectoryItem
{
    enum class Origin {
        Bundled, // the starter directory compiled into the binary
        Feed, // the accepted signed feed
        Local, // added by the librarian
    };

    PortalEntry entry;
    Origin origin = Origin::Feed;
    bool hidden = false; // hidden by the librarian: listed for staff, never shown to citizens
    bool pinned = false;
    std::optional<int> position; // the librarian's explicit order; lower first
    LinkHealth health; // status Unknown when never checked
    // From a feed past its expiry, within FeedAcceptance::expiryGrace: shown, flagged.
    bool stale = false;

    friend bool operator==(const DirectoryItem &, const DirectoryItem &) = default;
};

// What one reload changed, by id.
struct DirectoryDiff
{
    QStringList removed; // no longer in the directory
    QStringList inserted; // new in the directory
    QStringList changed; // in both, but some field differs (entry, origin, flags, health)

    [[nodiscard]] bool isEmpty() const
    {
        return removed.isEmpty() && inserted.isEmpty() && changed.isEmpty();
    }
};

// Shelf sizes for the category tiles.
struct CategoryCount
{
    PortalEntry::Category category = PortalEntry::Category::Other;
    int count = 0;

    friend bool operator==(const CategoryCount &, const CategoryCount &) = default;
};

// Order: pinned items first, then the rest; within each group, items with an explicit position
// first (ascending), then the Ukrainian alphabet (QCollator for uk_UA, numbers by value) on the
// Ukrainian name, then id. Hidden items stay in the list, flagged.
//
// A feed entry whose id is also a local portal's id is left out (logged): the librarian's entry
// wins. Local ids start with "local.", so this only happens if a feed uses that prefix.
class Directory : public QObject
{
    Q_OBJECT

public:
    explicit Directory(QObject *parent = nullptr);
    ~Directory() override;

    // Rebuilds everything from store (it reads the feed part, local portals, overrides and link
    // health) and emits itemsChanged() if anything differs from before.
    void reload(const DirectoryStore &store);
    // The same at a given time (UTC): a feed expired longer than FeedAcceptance::expiryGrace
    // before now is replaced by the bundled directory; within the grace its items are stale.
    void reload(const DirectoryStore &store, const QDateTime &now);
    // What the last reload made of the feed's expiry.
    [[nodiscard]] FeedAcceptance::Freshness feedFreshness() const { return m_feedFreshness; }

    // Every item in directory order, hidden ones included.
    [[nodiscard]] const std::vector<DirectoryItem> &items() const { return m_items; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_items.size()); }
    // The item with this id, or null. Valid until the next reload().
    [[nodiscard]] const DirectoryItem *item(const QString &id) const;
    // The position of id in items(), or -1.
    [[nodiscard]] qsizetype indexOf(const QString &id) const;

    // The items matching query, ranked by SearchIndex (name before keyword before description,
    // pinned first within each, then the Ukrainian alphabet); an empty query gives every item in
    // index order. At most limit items (all when negative). Pointers are valid until the next
    // reload().
    [[nodiscard]] std::vector<const DirectoryItem *> search(
        QStringView query, qsizetype limit = -1, bool includeHidden = false) const;

    // How many visible (not hidden) items sit on each shelf, an item counting on every shelf it
    // is on; shelves in PortalEntry::allCategories() order, empty ones left out.
    [[nodiscard]] std::vector<CategoryCount> categoriesInUse() const;

Q_SIGNALS:
    // Emitted after the items have been replaced; the models apply it as precise row changes.
    void itemsChanged(const Mist::DirectoryDiff &diff);

private:
    // Replaces the items (already merged, in any order), sorts them, rebuilds the index and
    // emits the diff.
    void setItems(std::vector<DirectoryItem> items);

    std::vector<DirectoryItem> m_items;
    QHash<QString, qsizetype> m_indexById;
    SearchIndex m_index;
    qsizetype m_hiddenCount = 0;
    FeedAcceptance::Freshness m_feedFreshness = FeedAcceptance::Freshness::Current;
};

} // namespace Mist
