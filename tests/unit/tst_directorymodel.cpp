// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// DirectoryModel: every change arrives as precise row signals (never a reset), checked by
// QAbstractItemModelTester in Fatal mode and by counting the signals; filters, search and
// language.

#include "directory/directory.h"
#include "directory/directorymodel.h"
#include "directory/directorystore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

using C = PortalEntry::Category;

PortalEntry entry(const QString &id, const QString &name, std::vector<C> categories = {C::Other},
    PortalEntry::Scope scope = PortalEntry::Scope::National)
{
    PortalEntry e;
    e.id = id;
    e.name = {name, u"EN "_s + name};
    e.description = {u"Портал %1"_s.arg(name), {}};
    e.url = QUrl(u"https://%1.example.org/"_s.arg(QString(id).replace(u'.', u'-')));
    e.categories = std::move(categories);
    e.scope = scope;
    if (scope != PortalEntry::Scope::National)
        e.area = {u"Громада"_s, u"Hromada"_s};
    return e;
}

// Every signal a view could react to.
struct Spies
{
    explicit Spies(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    { }

    void clear()
    {
        for (QSignalSpy *spy : {&reset, &layout, &moved, &inserted, &removed, &changed})
            spy->clear();
    }

    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy moved;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

// (first, last) of a rowsInserted/rowsRemoved or dataChanged emission.
std::pair<int, int> rows(const QList<QVariant> &arguments)
{
    if (arguments.at(0).canConvert<QModelIndex>() && arguments.at(0).value<QModelIndex>().isValid())
        return {
            arguments.at(0).value<QModelIndex>().row(), arguments.at(1).value<QModelIndex>().row()};
    return {arguments.at(1).toInt(), arguments.at(2).toInt()};
}

QStringList modelIds(const DirectoryModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row), DirectoryModel::IdRole).toString();
    return out;
}

} // namespace

class TestDirectoryModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<DirectoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bool replace(qint64 version, std::vector<PortalEntry> entries)
    {
        return MistTest::storeFeed(*m_store, version, std::move(entries));
    }

    static std::vector<PortalEntry> firstFeed()
    {
        return {entry(u"aa"_s, u"Архів"_s, {C::Justice}), entry(u"bb"_s, u"Бюджет"_s, {C::Taxes}),
            entry(u"vv"_s, u"Вибори"_s, {C::Participation}),
            entry(u"hh"_s, u"Гроші"_s, {C::Taxes, C::Business}),
            entry(u"dd"_s, u"Дія"_s, {C::DocumentsId}),
            entry(u"cnap"_s, u"ЦНАП Луцька"_s, {C::DocumentsId}, PortalEntry::Scope::Hromada)};
    }

    // A store with firstFeed(), the directory, and the model under a Fatal tester.
    void setUpModel()
    {
        QVERIFY(replace(1, firstFeed()));
        m_directory->reload(*m_store);
        m_model->setDirectory(m_directory.get());
        QCOMPARE(modelIds(*m_model),
            (QStringList {u"aa"_s, u"bb"_s, u"vv"_s, u"hh"_s, u"dd"_s, u"cnap"_s}));
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
        m_model = std::make_unique<DirectoryModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_directory.reset();
        m_store.reset();
    }

    void firstPopulationIsAnInsertion()
    {
        QVERIFY(replace(1, firstFeed()));
        m_directory->reload(*m_store);
        Spies spies(m_model.get());
        QSignalSpy count(m_model.get(), &DirectoryModel::countChanged);
        m_model->setDirectory(m_directory.get());
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(rows(spies.inserted.front()), std::pair(0, 5));
        QCOMPARE(m_model->count(), 6);
        QCOMPARE(count.size(), 1);
    }

    void syncEditingTwoEntries()
    {
        setUpModel();
        Spies spies(m_model.get());
        std::vector<PortalEntry> entries = firstFeed();
        entries[1].description.uk = u"Новий опис бюджету"_s; // b, row 1
        entries[4].url = QUrl(u"https://diia.gov.ua/"_s); // d, row 4
        QVERIFY(replace(2, entries));
        m_directory->reload(*m_store);

        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 0);
        QCOMPARE(spies.moved.size(), 0);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.changed.size(), 2);
        QCOMPARE(rows(spies.changed.at(0)), std::pair(1, 1));
        QCOMPARE(rows(spies.changed.at(1)), std::pair(4, 4));
        QCOMPARE(m_model->data(m_model->index(1), DirectoryModel::DescriptionRole).toString(),
            u"Новий опис бюджету"_s);
        QCOMPARE(m_model->data(m_model->index(4), DirectoryModel::HostRole).toString(),
            u"diia.gov.ua"_s);
    }

    void syncAddingAndDroppingEntries()
    {
        setUpModel();
        Spies spies(m_model.get());
        QSignalSpy count(m_model.get(), &DirectoryModel::countChanged);
        std::vector<PortalEntry> entries = firstFeed();
        entries.erase(entries.begin() + 2); // v "Вибори", row 2
        entries.push_back(entry(u"zz"_s, u"Земля"_s)); // between Дія and ЦНАП: row 4 after
        QVERIFY(replace(2, entries));
        m_directory->reload(*m_store);

        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.moved.size(), 0);
        QCOMPARE(spies.changed.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(rows(spies.removed.front()), std::pair(2, 2));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(rows(spies.inserted.front()), std::pair(4, 4));
        QCOMPARE(modelIds(*m_model),
            (QStringList {u"aa"_s, u"bb"_s, u"hh"_s, u"dd"_s, u"zz"_s, u"cnap"_s}));
        QCOMPARE(count.size(), 0); // one out, one in
    }

    void aRenameMovesItsRow()
    {
        setUpModel();
        Spies spies(m_model.get());
        std::vector<PortalEntry> entries = firstFeed();
        entries[0].name.uk = u"Юстиція: архів"_s; // a: from the top to just before nothing
        QVERIFY(replace(2, entries));
        m_directory->reload(*m_store);

        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 0);
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(modelIds(*m_model),
            (QStringList {u"bb"_s, u"vv"_s, u"hh"_s, u"dd"_s, u"cnap"_s, u"aa"_s}));
        QCOMPARE(rows(spies.changed.front()), std::pair(5, 5));
    }

    void hidingAndPinning()
    {
        setUpModel();
        Spies spies(m_model.get());
        QVERIFY(m_store->setOverride({u"vv"_s, true, false, {}}));
        m_directory->reload(*m_store);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(rows(spies.removed.front()), std::pair(2, 2));
        QCOMPARE(m_model->rowOf(u"vv"_s), -1);
        QCOMPARE(spies.changed.size(), 0);

        spies.clear();
        QVERIFY(m_store->setOverride({u"dd"_s, false, true, 1}));
        m_directory->reload(*m_store);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(rows(spies.changed.front()), std::pair(0, 0));
        QCOMPARE(m_model->idAt(0), u"dd"_s);
        QVERIFY(m_model->data(m_model->index(0), DirectoryModel::PinnedRole).toBool());

        spies.clear();
        QVERIFY(m_store->setOverride({u"vv"_s, false, false, {}}));
        m_directory->reload(*m_store);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(rows(spies.inserted.front()), std::pair(3, 3));
        QCOMPARE(modelIds(*m_model),
            (QStringList {u"dd"_s, u"aa"_s, u"bb"_s, u"vv"_s, u"hh"_s, u"cnap"_s}));
        QCOMPARE(spies.reset.size(), 0);
    }

    void localPortalsAppear()
    {
        setUpModel();
        Spies spies(m_model.get());
        QVERIFY(m_store->upsertLocalPortal(entry(u"local.library"_s, u"Бібліотека"_s)));
        m_directory->reload(*m_store);
        QCOMPARE(spies.inserted.size(), 1);
        const int row = m_model->rowOf(u"local.library"_s);
        QCOMPARE(row, 1); // Архів, Бібліотека, Бюджет: і before ю
        QVERIFY(m_model->data(m_model->index(row), DirectoryModel::LocalRole).toBool());
        QCOMPARE(
            m_model->data(m_model->index(row), DirectoryModel::OriginRole).toString(), u"local"_s);
    }

    void filters()
    {
        setUpModel();
        Spies spies(m_model.get());
        QSignalSpy count(m_model.get(), &DirectoryModel::countChanged);
        QSignalSpy categoryChanged(m_model.get(), &DirectoryModel::categoryChanged);

        m_model->setCategory(u"taxes"_s);
        QCOMPARE(modelIds(*m_model), (QStringList {u"bb"_s, u"hh"_s}));
        QCOMPARE(categoryChanged.size(), 1);
        QCOMPARE(count.size(), 1);
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(spies.removed.size(), 3); // a | v | d, cnap

        m_model->setCategory(u"documents-id"_s);
        QCOMPARE(modelIds(*m_model), (QStringList {u"dd"_s, u"cnap"_s}));
        m_model->setScope(u"local"_s);
        QCOMPARE(modelIds(*m_model), QStringList {u"cnap"_s});
        m_model->setScope(u"national"_s);
        QCOMPARE(modelIds(*m_model), QStringList {u"dd"_s});
        m_model->setScope(u"all"_s);
        m_model->setCategory({});
        QCOMPARE(m_model->count(), 6);

        // An unknown shelf is empty, an unknown scope is refused.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown category"_s));
        m_model->setCategory(u"space-travel"_s);
        QCOMPARE(m_model->count(), 0);
        m_model->setCategory({});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown scope"_s));
        m_model->setScope(u"galactic"_s);
        QCOMPARE(m_model->scope(), u"all"_s);
        QCOMPARE(m_model->count(), 6);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 0);
    }

    void search()
    {
        setUpModel();
        Spies spies(m_model.get());
        m_model->setQuery(u"гро"_s);
        QCOMPARE(modelIds(*m_model), (QStringList {u"hh"_s, u"cnap"_s})); // name, then area
        m_model->setQuery(u"hroshi"_s); // Latin spelling of Гроші
        QCOMPARE(modelIds(*m_model), QStringList {u"hh"_s});
        m_model->setCategory(u"business"_s);
        QCOMPARE(modelIds(*m_model), QStringList {u"hh"_s});
        m_model->setCategory({});
        m_model->setQuery(u"портал"_s); // every description: directory order
        QCOMPARE(m_model->count(), 6);
        m_model->setQuery(u"  !! "_s); // nothing to search for: the directory in its order
        QCOMPARE(modelIds(*m_model),
            (QStringList {u"aa"_s, u"bb"_s, u"vv"_s, u"hh"_s, u"dd"_s, u"cnap"_s}));
        m_model->setQuery({});
        QCOMPARE(m_model->count(), 6);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 0);
    }

    void searchRanksNameBeforeKeywordBeforeDescription()
    {
        std::vector<PortalEntry> entries = firstFeed();
        entries[0].description.uk = u"Документи про земля і майно"_s; // a: description
        entries[1].keywords.uk = {u"земельний"_s}; // b: keyword
        entries.push_back(entry(u"zz"_s, u"Земельний кадастр"_s)); // z: name
        QVERIFY(replace(1, entries));
        m_directory->reload(*m_store);
        m_model->setDirectory(m_directory.get());
        m_model->setQuery(u"земел"_s);
        QCOMPARE(modelIds(*m_model), (QStringList {u"zz"_s, u"bb"_s}));
        m_model->setQuery(u"зем"_s);
        QCOMPARE(modelIds(*m_model), (QStringList {u"zz"_s, u"bb"_s, u"aa"_s}));
    }

    void language()
    {
        setUpModel();
        QCOMPARE(m_model->data(m_model->index(0), DirectoryModel::NameRole).toString(), u"Архів"_s);
        Spies spies(m_model.get());
        QSignalSpy languageChanged(m_model.get(), &DirectoryModel::languageChanged);
        m_model->setLanguage(u"en"_s);
        QCOMPARE(languageChanged.size(), 1);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(rows(spies.changed.front()), std::pair(0, 5));
        const auto roles = spies.changed.front().at(2).value<QList<int>>();
        QVERIFY(roles.contains(DirectoryModel::NameRole));
        QVERIFY(!roles.contains(DirectoryModel::UrlRole));
        QCOMPARE(
            spies.moved.size() + spies.inserted.size() + spies.removed.size() + spies.reset.size(),
            0);
        QCOMPARE(
            m_model->data(m_model->index(0), DirectoryModel::NameRole).toString(), u"EN Архів"_s);
        // No English description: the Ukrainian one.
        QCOMPARE(m_model->data(m_model->index(0), DirectoryModel::DescriptionRole).toString(),
            u"Портал Архів"_s);
        QCOMPARE(
            m_model->data(m_model->index(5), DirectoryModel::AreaRole).toString(), u"Hromada"_s);

        m_model->setLanguage(u"en_GB"_s); // still English: nothing to do
        QCOMPARE(languageChanged.size(), 1);
        m_model->setLanguage(u"uk_UA"_s);
        QCOMPARE(m_model->language(), u"uk"_s);
        QCOMPARE(m_model->data(m_model->index(0), Qt::DisplayRole).toString(), u"Архів"_s);
    }

    void roles()
    {
        std::vector<PortalEntry> entries = firstFeed();
        PortalEntry &cnap = entries[5];
        cnap.eId = PortalEntry::EIdMethod::Kep | PortalEntry::EIdMethod::DiiaSignature;
        cnap.inPerson = InPersonChannel {
            {u"вул. Шевченка, 1"_s, {}}, u"+380 33 200 00 00"_s, {u"Пн–Пт 9–17"_s, {}}};
        cnap.cost = {u"Безоплатно"_s, u"Free"_s};
        cnap.authority = {u"Луцька міська рада"_s, {}};
        cnap.url = QUrl(u"https://cnap.lutskrada.gov.ua/poslugy?x=1"_s);
        QVERIFY(replace(1, entries));
        LinkHealth ok;
        ok.entryId = u"cnap"_s;
        ok.status = LinkHealth::Status::Ok;
        QVERIFY(m_store->recordLinkHealth({ok}));
        m_directory->reload(*m_store);
        m_model->setDirectory(m_directory.get());

        const QHash<int, QByteArray> names = m_model->roleNames();
        QSet<QByteArray> distinct;
        for (const QByteArray &name : names)
            distinct.insert(name);
        QCOMPARE(distinct.size(), names.size());
        QCOMPARE(names.value(DirectoryModel::IdRole), QByteArray("portalId"));

        const QModelIndex index = m_model->index(m_model->rowOf(u"cnap"_s));
        const auto value = [&](int role) { return m_model->data(index, role); };
        QCOMPARE(value(DirectoryModel::IdRole).toString(), u"cnap"_s);
        QCOMPARE(value(DirectoryModel::CategoryRole).toString(), u"documents-id"_s);
        QCOMPARE(
            value(DirectoryModel::CategoriesRole).toStringList(), QStringList {u"documents-id"_s});
        QCOMPARE(value(DirectoryModel::ScopeRole).toString(), u"hromada"_s);
        QCOMPARE(value(DirectoryModel::AreaRole).toString(), u"Громада"_s);
        QCOMPARE(value(DirectoryModel::UrlRole).toUrl(), cnap.url);
        QCOMPARE(value(DirectoryModel::HostRole).toString(), u"cnap.lutskrada.gov.ua"_s);
        QCOMPARE(value(DirectoryModel::PinnedRole).toBool(), false);
        QCOMPARE(value(DirectoryModel::LocalRole).toBool(), false);
        QCOMPARE(value(DirectoryModel::OriginRole).toString(), u"feed"_s);
        QCOMPARE(value(DirectoryModel::HealthRole).toString(), u"ok"_s);
        QCOMPARE(value(DirectoryModel::EIdRole).toStringList(),
            (QStringList {u"kep"_s, u"diia-signature"_s}));
        QCOMPARE(value(DirectoryModel::AuthorityRole).toString(), u"Луцька міська рада"_s);
        QCOMPARE(value(DirectoryModel::AddressRole).toString(), u"вул. Шевченка, 1"_s);
        QCOMPARE(value(DirectoryModel::PhoneRole).toString(), u"+380 33 200 00 00"_s);
        QCOMPARE(value(DirectoryModel::OpeningHoursRole).toString(), u"Пн–Пт 9–17"_s);
        QCOMPARE(value(DirectoryModel::CostRole).toString(), u"Безоплатно"_s);
        QCOMPARE(value(DirectoryModel::ProcessingTimeRole).toString(), QString());
        QCOMPARE(
            m_model->data(m_model->index(0), DirectoryModel::HealthRole).toString(), u"unknown"_s);
    }

    void aDestroyedDirectoryEmptiesTheModel()
    {
        setUpModel();
        Spies spies(m_model.get());
        m_directory.reset();
        QCOMPARE(m_model->count(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.reset.size(), 0);
        QVERIFY(!m_model->directory());
    }

    // Many random syncs, filters and queries: the rows always equal what the filters select,
    // the tester never objects, and no reset is ever sent.
    void randomChangesStayConsistent()
    {
        QRandomGenerator random(20261201);
        static const QStringList syllables {u"ба"_s, u"ві"_s, u"ґа"_s, u"до"_s, u"єв"_s, u"жи"_s,
            u"за"_s, u"ір"_s, u"їж"_s, u"ко"_s, u"лу"_s, u"ма"_s, u"ня"_s, u"пе"_s, u"ре"_s,
            u"со"_s, u"ту"_s, u"фі"_s, u"це"_s, u"ща"_s, u"юр"_s, u"яр"_s};
        const auto randomName = [&] {
            QString name;
            for (int i = 0; i < 3; ++i)
                name += syllables.at(random.bounded(syllables.size()));
            return name;
        };
        const std::vector<C> &categories = PortalEntry::allCategories();
        std::vector<PortalEntry> pool;
        for (int i = 0; i < 120; ++i) {
            pool.push_back(entry(u"e%1"_s.arg(i), randomName(),
                {categories[size_t(random.bounded(int(categories.size())))]},
                random.bounded(3) == 0 ? PortalEntry::Scope::Hromada
                                       : PortalEntry::Scope::National));
        }
        m_model->setDirectory(m_directory.get());
        Spies spies(m_model.get());
        qint64 version = 1;
        static const QStringList queries {
            QString(), u"ба"_s, u"к"_s, u"ма ре"_s, u"портал"_s, u"ko"_s, u"ja"_s, QString()};
        static const QStringList categoryIds {QString(), u"health"_s, u"other"_s, u"taxes"_s};
        static const QStringList scopes {u"all"_s, u"national"_s, u"local"_s};

        for (int round = 0; round < 60; ++round) {
            switch (random.bounded(4)) {
            case 0: { // a sync: a random subset, some renamed
                std::vector<PortalEntry> entries;
                for (PortalEntry e : pool) {
                    if (random.bounded(5) == 0)
                        continue;
                    if (random.bounded(8) == 0)
                        e.name.uk = randomName();
                    entries.push_back(std::move(e));
                }
                QVERIFY(replace(++version, entries));
                m_directory->reload(*m_store);
                break;
            }
            case 1: { // the librarian hides or pins something
                const QString id = u"e%1"_s.arg(random.bounded(int(pool.size())));
                QVERIFY(m_store->setOverride({id, random.bounded(3) == 0, random.bounded(2) == 0,
                    random.bounded(2) == 0 ? std::optional(random.bounded(5)) : std::nullopt}));
                m_directory->reload(*m_store);
                break;
            }
            case 2:
                m_model->setQuery(queries.at(random.bounded(queries.size())));
                break;
            default:
                m_model->setCategory(categoryIds.at(random.bounded(categoryIds.size())));
                m_model->setScope(scopes.at(random.bounded(scopes.size())));
                break;
            }

            // What the model must show now, computed without it.
            QStringList expected;
            const std::vector<const DirectoryItem *> candidates = [&] {
                if (m_model->query().isEmpty()) {
                    std::vector<const DirectoryItem *> all;
                    for (const DirectoryItem &item : m_directory->items())
                        all.push_back(&item);
                    return all;
                }
                return m_directory->search(m_model->query());
            }();
            for (const DirectoryItem *item : candidates) {
                if (item->hidden)
                    continue;
                if (!m_model->category().isEmpty()
                    && std::find(item->entry.categories.begin(), item->entry.categories.end(),
                           *PortalEntry::categoryFromId(m_model->category()))
                        == item->entry.categories.end())
                    continue;
                const bool national = item->entry.scope == PortalEntry::Scope::National;
                if ((m_model->scope() == "national"_L1 && !national)
                    || (m_model->scope() == "local"_L1 && national))
                    continue;
                expected << item->entry.id;
            }
            QCOMPARE(modelIds(*m_model), expected);
            QCOMPARE(m_model->count(), int(expected.size()));
        }
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 0);
        QVERIFY(spies.moved.size() > 0);
        QVERIFY(spies.inserted.size() > 0);
        QVERIFY(spies.removed.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryModel)
#include "tst_directorymodel.moc"
