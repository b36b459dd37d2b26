// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The category tiles of a services screen: the shelves that hold at least one visible portal of
// one scope (national, or local = oblast and hromada), with how many, in the fixed shelf order
// of PortalEntry::allCategories(), labelled in the citizen's language. A portal counts on every
// shelf it is on.
#pragma once

#include "directory/directory.h"
#include "directory/directoryfollower.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace Mist {

class CategoryShelfModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Mist::Directory *directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    // "national" or "local"; anything else is treated as "national".
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
    // "uk" or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CategoryIdRole = Qt::UserRole, // the feed id, e.g. "documents-id" (DirectoryModel.category)
        LabelRole, // the shelf's name in the model's language
        EntryCountRole, // how many visible portals of the scope are on the shelf (>= 1)
    };
    Q_ENUM(Role)

    explicit CategoryShelfModel(QObject *parent = nullptr);

    [[nodiscard]] Directory *directory() const { return m_follower.directory(); }
    void setDirectory(Directory *directory);
    [[nodiscard]] QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] int count() const { return int(m_shelves.size()); }

    // The label of a category feed id in language ("uk" or "en"); empty for an unknown id.
    // Takes the language so that a QML binding follows it.
    [[nodiscard]] Q_INVOKABLE static QString labelOf(
        const QString &categoryId, const QString &language);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void directoryChanged();
    void scopeChanged();
    void languageChanged();
    void countChanged();

private:
    // Recounts; resets the model only when the shelves or counts differ (a sync that changes a
    // portal's text leaves the tiles alone). A dozen tiles: no need for row-precise changes.
    void recount();

    DirectoryFollower m_follower {
        this, [this](const DirectoryDiff &) { recount(); }, [this] { recount(); }};
    QString m_scope = QStringLiteral("national");
    QString m_language = QStringLiteral("uk");
    std::vector<CategoryCount> m_shelves;
};

} // namespace Mist
