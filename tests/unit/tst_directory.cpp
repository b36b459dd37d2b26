// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Directory: the merge of feed, local portals, overrides and link health; the Ukrainian order;
// the diff that reload() reports; search ranking; the category counts.

#include "directory/bundleddirectory.h"
#include "directory/directory.h"
#include "directory/directorystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

PortalEntry entry(const QString &id, const QString &name,
    std::vector<PortalEntry::Category> categories = {PortalEntry::Category::Other})
{
    PortalEntry e;
    e.id = id;
    e.name = {name, {}};
    e.description = {u"Портал"_s, {}};
    e.url = QUrl(u"https://%1.example.org/"_s.arg(QString(id).replace(u'.', u'-')));
    e.categories = std::move(categories);
    return e;
}

Feed feed(qint64 version, std::vector<PortalEntry> entries)
{
    Feed f;
    f.version = version;
    f.generated = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    // Far ahead: reload(store) uses the real clock, and an expired feed is not shown.
    f.expires = QDateTime(QDate(2099, 3, 1), QTime(0, 0), Qt::UTC);
    f.entries = std::move(entries);
    return f;
}

DirectoryStore::FeedState feedState(const Feed &f)
{
    DirectoryStore::FeedState state;
    state.source = DirectoryStore::FeedState::Source::Feed;
    state.version = f.version;
    state.generated = f.generated;
    state.expires = f.expires;
    return state;
}

QStringList ids(const std::vector<DirectoryItem> &items)
{
    QStringList out;
    for (const DirectoryItem &item : items)
        out << item.entry.id;
    return out;
}

QStringList ids(const std::vector<const DirectoryItem *> &items)
{
    QStringList out;
    for (const DirectoryItem *item : items)
        out << item->entry.id;
    return out;
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    std::unique_ptr<DirectoryStore> freshStore()
    {
        auto store = std::make_unique<DirectoryStore>(m_root.filePath(u"d%1"_s.arg(++m_counter)));
        if (!store->open())
            qFatal("cannot open the store: %s", qPrintable(store->errorString()));
        return store;
    }

    bool replace(DirectoryStore &store, qint64 version, std::vector<PortalEntry> entries)
    {
        const Feed f = feed(version, std::move(entries));
        return store.replaceFeed(f, feedState(f));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
    }

    void bundledDirectoryOnFirstUse()
    {
        auto store = freshStore();
        Directory directory;
        QSignalSpy changed(&directory, &Directory::itemsChanged);
        directory.reload(*store);
        const std::vector<PortalEntry> bundled = BundledDirectory::load().feed.entries;
        QCOMPARE(directory.size(), qsizetype(bundled.size()));
        QCOMPARE(changed.size(), 1);
        const auto diff = changed.front().front().value<DirectoryDiff>();
        QCOMPARE(diff.inserted.size(), qsizetype(bundled.size()));
        QVERIFY(diff.removed.isEmpty() && diff.changed.isEmpty());
        for (const DirectoryItem &item : directory.items()) {
            QCOMPARE(item.origin, DirectoryItem::Origin::Bundled);
            QVERIFY(!item.hidden && !item.pinned);
            QCOMPARE(item.health.status, LinkHealth::Status::Unknown);
            QCOMPARE(item.health.entryId, item.entry.id);
        }
        QVERIFY(directory.item(u"diia"_s));
        QVERIFY(!directory.item(u"nothing"_s));
        QVERIFY(!directory.categoriesInUse().empty());
    }

    // Hole 13 of issue 13: an expired feed is shown, flagged, during the grace period, then
    // replaced by the bundled directory; local portals and choices stay throughout.
    void expiredFeedFallsBackToTheBundledDirectory()
    {
        auto store = freshStore();
        Feed f = feed(7, {entry(u"a.portal"_s, u"Альфа"_s), entry(u"diia"_s, u"Дія з фіду"_s)});
        const QDateTime expires(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        f.expires = expires;
        QVERIFY(store->replaceFeed(f, feedState(f)));
        PortalEntry local = entry(u"local.x"_s, u"Місцевий"_s);
        QVERIFY(store->upsertLocalPortal(local));
        QVERIFY(store->setOverride({u"diia"_s, false, true, {}}));

        Directory directory;
        directory.reload(*store, expires.addSecs(-60));
        QCOMPARE(directory.feedFreshness(), FeedAcceptance::Freshness::Current);
        QVERIFY(directory.item(u"a.portal"_s));
        QVERIFY(!directory.item(u"a.portal"_s)->stale);
        QCOMPARE(directory.item(u"a.portal"_s)->origin, DirectoryItem::Origin::Feed);

        // Within the grace: the feed's entries, flagged; local portals are not.
        directory.reload(*store, expires.addDays(FeedAcceptance::expiryGrace.count() - 1));
        QCOMPARE(directory.feedFreshness(), FeedAcceptance::Freshness::InGrace);
        QVERIFY(directory.item(u"a.portal"_s)->stale);
        QCOMPARE(directory.item(u"diia"_s)->entry.name.uk, u"Дія з фіду"_s);
        QVERIFY(!directory.item(u"local.x"_s)->stale);

        // After it: the bundled directory, with the librarian's choices and local portals.
        QSignalSpy changed(&directory, &Directory::itemsChanged);
        directory.reload(*store, expires.addDays(FeedAcceptance::expiryGrace.count()));
        QCOMPARE(directory.feedFreshness(), FeedAcceptance::Freshness::Expired);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!directory.item(u"a.portal"_s));
        const std::vector<PortalEntry> bundled = BundledDirectory::load().feed.entries;
        QCOMPARE(directory.size(), qsizetype(bundled.size()) + 1);
        QCOMPARE(directory.item(u"diia"_s)->origin, DirectoryItem::Origin::Bundled);
        QVERIFY(directory.item(u"diia"_s)->entry.name.uk != u"Дія з фіду"_s);
        QVERIFY(directory.item(u"diia"_s)->pinned);
        QVERIFY(!directory.item(u"diia"_s)->stale);
        QVERIFY(directory.item(u"local.x"_s));

        // A new feed brings its entries back.
        Feed next = feed(8, {entry(u"b.portal"_s, u"Бета"_s)});
        QVERIFY(store->replaceFeed(next, feedState(next)));
        directory.reload(*store, expires.addDays(30));
        QCOMPARE(directory.feedFreshness(), FeedAcceptance::Freshness::Current);
        QVERIFY(directory.item(u"b.portal"_s));
        QCOMPARE(directory.size(), qsizetype(2));
    }

    // The Ukrainian alphabet, not code points: Ґ after Г, Є after Е, І and Ї after И; numbers by
    // value.
    void ukrainianOrder()
    {
        auto store = freshStore();
        QVERIFY(replace(*store, 1,
            {entry(u"yu"_s, u"Юстиція"_s), entry(u"yi"_s, u"Їжа"_s),
                entry(u"ii"_s, u"Інформація"_s), entry(u"ye"_s, u"Єдине вікно"_s),
                entry(u"ee"_s, u"Електронний суд"_s), entry(u"dd"_s, u"Дія"_s),
                entry(u"gh"_s, u"Ґрунт"_s), entry(u"hh"_s, u"Гроші"_s), entry(u"aa"_s, u"Архів"_s),
                entry(u"c10"_s, u"ЦНАП 10"_s), entry(u"c2"_s, u"ЦНАП 2"_s),
                entry(u"yy"_s, u"Ирій"_s)}));
        Directory directory;
        directory.reload(*store);
        QCOMPARE(ids(directory.items()),
            (QStringList {u"aa"_s, u"hh"_s, u"gh"_s, u"dd"_s, u"ee"_s, u"ye"_s, u"yy"_s, u"ii"_s,
                u"yi"_s, u"c2"_s, u"c10"_s, u"yu"_s}));
    }

    void pinnedFirstThenPositionThenName()
    {
        auto store = freshStore();
        QVERIFY(replace(*store, 1,
            {entry(u"aa"_s, u"Архів"_s), entry(u"bb"_s, u"Бюджет"_s), entry(u"vv"_s, u"Вибори"_s),
                entry(u"hh"_s, u"Гроші"_s), entry(u"dd"_s, u"Дія"_s)}));
        QVERIFY(store->upsertLocalPortal(entry(u"local.cnap"_s, u"ЦНАП"_s)));
        QVERIFY(store->setOverride({u"local.cnap"_s, false, true, 1}));
        QVERIFY(store->setOverride({u"dd"_s, false, true, 2}));
        QVERIFY(store->setOverride({u"vv"_s, false, true, {}})); // pinned, no position
        QVERIFY(store->setOverride({u"hh"_s, false, false, 1})); // ordered among the rest
        QVERIFY(store->setOverride({u"bb"_s, true, false, {}})); // hidden
        Directory directory;
        directory.reload(*store);
        QCOMPARE(ids(directory.items()),
            (QStringList {u"local.cnap"_s, u"dd"_s, u"vv"_s, u"hh"_s, u"aa"_s, u"bb"_s}));
        const DirectoryItem *local = directory.item(u"local.cnap"_s);
        QCOMPARE(local->origin, DirectoryItem::Origin::Local);
        QVERIFY(local->pinned);
        QCOMPARE(local->position, std::optional(1));
        QCOMPARE(directory.item(u"aa"_s)->origin, DirectoryItem::Origin::Feed);
        QVERIFY(directory.item(u"bb"_s)->hidden); // kept, flagged
        QCOMPARE(directory.indexOf(u"bb"_s), qsizetype(5));
    }

    void reloadReportsExactlyWhatChanged()
    {
        auto store = freshStore();
        QVERIFY(replace(*store, 1,
            {entry(u"aa"_s, u"Архів"_s), entry(u"bb"_s, u"Бюджет"_s), entry(u"vv"_s, u"Вибори"_s),
                entry(u"hh"_s, u"Гроші"_s)}));
        Directory directory;
        directory.reload(*store);
        QSignalSpy changed(&directory, &Directory::itemsChanged);

        // Nothing new: no signal at all.
        directory.reload(*store);
        QCOMPARE(changed.size(), 0);

        // A sync that edits one entry, drops one and adds one; plus new link health for another.
        PortalEntry edited = entry(u"bb"_s, u"Бюджет"_s);
        edited.description.uk = u"Новий опис"_s;
        QVERIFY(replace(*store, 2,
            {entry(u"aa"_s, u"Архів"_s), edited, entry(u"hh"_s, u"Гроші"_s),
                entry(u"zz"_s, u"Земля"_s)}));
        LinkHealth down;
        down.entryId = u"hh"_s;
        down.status = LinkHealth::Status::Down;
        down.checkedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store->recordLinkHealth({down}));
        directory.reload(*store);
        QCOMPARE(changed.size(), 1);
        const auto diff = changed.front().front().value<DirectoryDiff>();
        QCOMPARE(diff.removed, QStringList {u"vv"_s});
        QCOMPARE(diff.inserted, QStringList {u"zz"_s});
        QCOMPARE(diff.changed, (QStringList {u"bb"_s, u"hh"_s}));
        QCOMPARE(directory.item(u"hh"_s)->health.status, LinkHealth::Status::Down);
        QCOMPARE(directory.item(u"bb"_s)->entry.description.uk, u"Новий опис"_s);
    }

    void aLocalPortalWinsAnIdClash()
    {
        auto store = freshStore();
        QVERIFY(store->upsertLocalPortal(entry(u"local.x"_s, u"Наш портал"_s)));
        QVERIFY(replace(*store, 1, {entry(u"local.x"_s, u"Чужий портал"_s)}));
        Directory directory;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"id of a local portal"_s));
        directory.reload(*store);
        QCOMPARE(directory.size(), qsizetype(1));
        QCOMPARE(directory.item(u"local.x"_s)->entry.name.uk, u"Наш портал"_s);
        QCOMPARE(directory.item(u"local.x"_s)->origin, DirectoryItem::Origin::Local);
    }

    void searchRanksAndSkipsHidden()
    {
        auto store = freshStore();
        PortalEntry byName = entry(u"pension"_s, u"Пенсійний фонд"_s);
        PortalEntry byKeyword = entry(u"diia"_s, u"Дія"_s);
        byKeyword.keywords.uk = {u"пенсія"_s};
        PortalEntry byDescription = entry(u"social"_s, u"Соцзахист"_s);
        byDescription.description.uk = u"Субсидії та пенсійні питання"_s;
        PortalEntry hiddenOne = entry(u"old"_s, u"Пенсійний архів"_s);
        PortalEntry byArea = entry(u"lutsk"_s, u"Міська рада"_s);
        byArea.scope = PortalEntry::Scope::Hromada;
        byArea.area = {u"Луцька міська громада"_s, u"Lutsk hromada"_s};
        QVERIFY(replace(*store, 1, {byDescription, byKeyword, byName, hiddenOne, byArea}));
        PortalEntry local = entry(u"local.pensions"_s, u"Пенсійна довідка в бібліотеці"_s);
        QVERIFY(store->upsertLocalPortal(local));
        QVERIFY(store->setOverride({u"local.pensions"_s, false, true, {}}));
        QVERIFY(store->setOverride({u"old"_s, true, false, {}}));

        Directory directory;
        directory.reload(*store);
        QCOMPARE(ids(directory.search(u"пенс")),
            (QStringList {u"local.pensions"_s, u"pension"_s, u"diia"_s, u"social"_s}));
        QCOMPARE(
            ids(directory.search(u"pens", 2)), (QStringList {u"local.pensions"_s, u"pension"_s}));
        QCOMPARE(ids(directory.search(u"пенс", -1, /*includeHidden=*/true)),
            (QStringList {u"local.pensions"_s, u"old"_s, u"pension"_s, u"diia"_s, u"social"_s}));
        QCOMPARE(ids(directory.search(u"lutsk")), QStringList {u"lutsk"_s});
        QCOMPARE(directory.search(u"").size(), size_t(5)); // everything visible
        QVERIFY(directory.search(u"щзщзщз").empty());
    }

    // A change that does not touch searchable text keeps the index; one that does, rebuilds it.
    void searchFollowsEveryKindOfChange()
    {
        auto store = freshStore();
        QVERIFY(replace(*store, 1, {entry(u"aa"_s, u"Податки"_s), entry(u"bb"_s, u"Податкова"_s)}));
        Directory directory;
        directory.reload(*store);
        QCOMPARE(ids(directory.search(u"подат")), (QStringList {u"aa"_s, u"bb"_s})); // и before о

        LinkHealth down;
        down.entryId = u"aa"_s;
        down.status = LinkHealth::Status::Down;
        QVERIFY(store->recordLinkHealth({down}));
        directory.reload(*store);
        QCOMPARE(ids(directory.search(u"подат")), (QStringList {u"aa"_s, u"bb"_s}));
        QCOMPARE(directory.search(u"подат").front()->health.status, LinkHealth::Status::Down);

        QVERIFY(store->setOverride({u"bb"_s, false, true, {}})); // pinned first
        directory.reload(*store);
        QCOMPARE(ids(directory.search(u"подат")), (QStringList {u"bb"_s, u"aa"_s}));

        QVERIFY(replace(*store, 2, {entry(u"aa"_s, u"Податки"_s), entry(u"bb"_s, u"Кадастр"_s)}));
        directory.reload(*store);
        QCOMPARE(ids(directory.search(u"подат")), QStringList {u"aa"_s});
        QCOMPARE(ids(directory.search(u"кадас")), QStringList {u"bb"_s});

        QVERIFY(replace(*store, 3, {entry(u"aa"_s, u"Податки"_s), entry(u"cc"_s, u"Кадастр"_s)}));
        directory.reload(*store);
        QCOMPARE(ids(directory.search(u"кадас")), QStringList {u"cc"_s});
    }

    void categoriesInUseCountVisibleItems()
    {
        auto store = freshStore();
        using C = PortalEntry::Category;
        QVERIFY(replace(*store, 1,
            {entry(u"aa"_s, u"А"_s, {C::Taxes, C::Business}), entry(u"bb"_s, u"Б"_s, {C::Business}),
                entry(u"vv"_s, u"В"_s, {C::Health}), entry(u"hh"_s, u"Г"_s, {C::Health})}));
        QVERIFY(store->setOverride({u"vv"_s, true, false, {}}));
        Directory directory;
        directory.reload(*store);
        const std::vector<CategoryCount> expected {{C::Health, 1}, {C::Business, 2}, {C::Taxes, 1}};
        QVERIFY(directory.categoriesInUse() == expected);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
