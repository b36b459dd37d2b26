// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// CategoryShelfModel: only shelves with visible portals of the scope, with counts, in the fixed
// shelf order; a sync that changes nothing shown leaves the tiles alone; labels follow the
// language.

#include "categoryshelfmodel.h"
#include "directory/directory.h"
#include "directory/directorystore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

using C = PortalEntry::Category;

PortalEntry entry(const QString &id, std::vector<C> categories,
    PortalEntry::Scope scope = PortalEntry::Scope::National)
{
    PortalEntry e;
    e.id = id;
    e.name = {u"Портал "_s + id, u"Portal "_s + id};
    e.description = {u"Опис"_s, {}};
    e.url = QUrl(u"https://%1.example.org/"_s.arg(id));
    e.categories = std::move(categories);
    e.scope = scope;
    if (scope != PortalEntry::Scope::National)
        e.area = {u"Громада"_s, u"Hromada"_s};
    return e;
}

// (categoryId, count) per row.
QList<std::pair<QString, int>> shelves(const CategoryShelfModel &model)
{
    QList<std::pair<QString, int>> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        out.append({model.data(index, CategoryShelfModel::CategoryIdRole).toString(),
            model.data(index, CategoryShelfModel::EntryCountRole).toInt()});
    }
    return out;
}

} // namespace

class TestCategoryShelfModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<Directory> m_directory;

    void load(qint64 version, std::vector<PortalEntry> entries)
    {
        QVERIFY(MistTest::storeFeed(*m_store, version, std::move(entries)));
        m_directory->reload(*m_store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
    }

    void init()
    {
        m_store = std::make_unique<DirectoryStore>(m_root.filePath(u"d%1"_s.arg(++m_counter)));
        QVERIFY(m_store->open());
        m_directory = std::make_unique<Directory>();
    }

    void shelvesOfTheScopeWithCounts()
    {
        load(1,
            {entry(u"tax"_s, {C::Taxes, C::Business}), entry(u"court"_s, {C::Justice}),
                entry(u"diia"_s, {C::DocumentsId, C::Business}),
                entry(u"cnap"_s, {C::DocumentsId, C::LandProperty}, PortalEntry::Scope::Hromada),
                entry(u"oblast"_s, {C::Health}, PortalEntry::Scope::Oblast)});
        CategoryShelfModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.count(), 0);
        model.setDirectory(m_directory.get());
        // The fixed shelf order, not the feed's.
        using Shelves = QList<std::pair<QString, int>>;
        QCOMPARE(shelves(model),
            (Shelves {
                {u"documents-id"_s, 1}, {u"business"_s, 2}, {u"taxes"_s, 1}, {u"justice"_s, 1}}));
        QCOMPARE(model.count(), 4);

        QSignalSpy countChanged(&model, &CategoryShelfModel::countChanged);
        model.setScope(u"local"_s);
        QCOMPARE(shelves(model),
            (Shelves {{u"documents-id"_s, 1}, {u"health"_s, 1}, {u"land-property"_s, 1}}));
        QCOMPARE(countChanged.count(), 1);
        // Unknown scopes mean national.
        model.setScope(u"galaxy"_s);
        QCOMPARE(model.scope(), u"national"_s);
        QCOMPARE(model.count(), 4);
    }

    void hiddenPortalsDoNotCountAndEmptyShelvesGo()
    {
        load(1, {entry(u"tax"_s, {C::Taxes}), entry(u"court"_s, {C::Justice})});
        CategoryShelfModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDirectory(m_directory.get());
        QCOMPARE(model.count(), 2);

        DirectoryStore::Override hide;
        hide.entryId = u"court"_s;
        hide.hidden = true;
        QVERIFY(m_store->setOverride(hide));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_directory->reload(*m_store);
        QCOMPARE(reset.count(), 1);
        using Shelves = QList<std::pair<QString, int>>;
        QCOMPARE(shelves(model), (Shelves {{u"taxes"_s, 1}}));
    }

    void unchangedShelvesAreNotReset()
    {
        load(1, {entry(u"tax"_s, {C::Taxes})});
        CategoryShelfModel model;
        model.setDirectory(m_directory.get());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        std::vector<PortalEntry> renamed {entry(u"tax"_s, {C::Taxes})};
        renamed.front().name = {u"Інша назва"_s, u"Another name"_s};
        load(2, renamed);
        QCOMPARE(reset.count(), 0);
    }

    void labelsFollowTheLanguage()
    {
        load(1, {entry(u"tax"_s, {C::Taxes})});
        CategoryShelfModel model;
        model.setDirectory(m_directory.get());
        QCOMPARE(
            model.data(model.index(0), CategoryShelfModel::LabelRole).toString(), u"Податки"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), CategoryShelfModel::LabelRole).toString(), u"Taxes"_s);
        QCOMPARE(CategoryShelfModel::labelOf(u"health"_s, u"uk"_s), u"Здоров’я"_s);
        QCOMPARE(CategoryShelfModel::labelOf(u"health"_s, u"en"_s), u"Health"_s);
        QCOMPARE(CategoryShelfModel::labelOf(u"no-such"_s, u"en"_s), QString());
    }

    void survivesTheDirectoryGoing()
    {
        load(1, {entry(u"tax"_s, {C::Taxes})});
        CategoryShelfModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDirectory(m_directory.get());
        QCOMPARE(model.count(), 1);
        m_directory.reset();
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.directory(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCategoryShelfModel)

#include "tst_categoryshelfmodel.moc"
