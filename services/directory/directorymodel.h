// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The citizen's list of portals: a Directory filtered by category, scope and search text, in one
// language. Hidden entries never appear. Every change (a sync, a librarian's edit, a filter, a
// keystroke, a language switch) is applied as precise row removals, moves, insertions and
// dataChanged, never as a reset, so a list never jumps back to the top under a citizen's finger.
//
// Qt Core only; the QML module registers it.
#pragma once

#include "directory.h"
#include "directoryfollower.h"

#include <QAbstractListModel>
#include <QSet>

#include <optional>
#include <vector>

namespace Mist {

class DirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    // The directory shown; the model follows its itemsChanged().
    Q_PROPERTY(Mist::Directory *directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    // "uk" or "en": the language of names and other texts (Ukrainian where there is no English).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // A category's feed id ("documents-id"); empty for every category.
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    // "national", "local" (oblast and hromada portals) or "all".
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
    // What the citizen typed: ranked search results; empty for the whole directory in its order.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole, // the entry's stable id (QML name portalId: "id" is reserved)
        NameRole, // the name in the model's language
        DescriptionRole, // what a citizen can do there, in the model's language
        CategoryRole, // the main category's feed id, e.g. "documents-id"
        CategoriesRole, // every category id of the entry, main one first
        ScopeRole, // "national", "oblast" or "hromada"
        AreaRole, // the oblast or hromada in the model's language; empty for national portals
        UrlRole, // the portal's address (QUrl)
        HostRole, // the address's host as people read it ("diia.gov.ua", "дія.укр")
        PinnedRole, // put first by the librarian
        LocalRole, // added by the librarian, not by the feed
        OriginRole, // "bundled", "feed" or "local"
        HealthRole, // "unknown", "ok" or "down": how the portal answered its last check
        EIdRole, // accepted e-ID methods as feed ids ("kep", "diia-signature", "bankid", "none")
        AuthorityRole, // who runs the portal, in the model's language; may be empty
        AddressRole, // where to go in person (ЦНАП), in the model's language; may be empty
        PhoneRole, // the in-person phone as published; may be empty
        OpeningHoursRole, // in-person opening hours as published, in the model's language
        CostRole, // in the model's language; may be empty
        ProcessingTimeRole, // in the model's language; may be empty
    };
    Q_ENUM(Role)

    explicit DirectoryModel(QObject *parent = nullptr);
    ~DirectoryModel() override;

    [[nodiscard]] Directory *directory() const { return m_follower.directory(); }
    void setDirectory(Directory *directory);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] int count() const { return int(m_ids.size()); }

    // The id shown in row, or empty.
    [[nodiscard]] Q_INVOKABLE QString idAt(int row) const;
    // The row showing id, or -1.
    [[nodiscard]] Q_INVOKABLE int rowOf(const QString &id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void directoryChanged();
    void languageChanged();
    void categoryChanged();
    void scopeChanged();
    void queryChanged();
    void countChanged();

private:
    void onItemsChanged(const DirectoryDiff &diff);
    void onDirectoryDestroyed();
    [[nodiscard]] bool accepts(const DirectoryItem &item) const;
    // The ids the filters and query select now, in display order.
    [[nodiscard]] std::vector<QString> visibleIds() const;
    // Turns the rows into target with removals, moves, insertions and then dataChanged(roles)
    // for the rows (neither inserted nor moved by re-insertion) whose id is in changed.
    void applyIds(const std::vector<QString> &target, const QSet<QString> &changed,
        const QList<int> &roles = {});
    // Removes, in contiguous runs, the rows whose id satisfies remove.
    template<typename Predicate>
    void removeRowsWhere(Predicate remove);
    // Moves rows until their order is target's (which has the same ids) with as few one-row
    // moves as possible; if that would take many moves, removes the rows out of place instead,
    // for the insertion step of applyIds() to put back.
    void reorderTowards(const std::vector<QString> &target);

    DirectoryFollower m_follower {this, [this](const DirectoryDiff &diff) { onItemsChanged(diff); },
        [this] { onDirectoryDestroyed(); }};
    QString m_language = QStringLiteral("uk");
    QString m_category;
    std::optional<PortalEntry::Category> m_categoryFilter; // parsed m_category
    QString m_scope = QStringLiteral("all");
    QString m_query;
    std::vector<QString> m_ids; // the id of each row
};

} // namespace Mist
