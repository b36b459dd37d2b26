// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// DirectoryStore: the bundled directory on first use, feeds that replace only the feed part,
// conditional-GET validators, local portals and overrides that survive every sync, two
// connections on one file (mistctl beside the kiosk), and a damaged file that is replaced.

#include "directory/bundleddirectory.h"
#include "directory/directorystore.h"
#include "directory/feedacceptance.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

PortalEntry entry(const QString &id, const QString &name)
{
    PortalEntry e;
    e.id = id;
    e.name = {name, {}};
    e.description = {u"Опис %1"_s.arg(name), {}};
    e.url = QUrl(u"https://%1.example.org/"_s.arg(QString(id).replace(u'.', u'-')));
    e.categories = {PortalEntry::Category::Other};
    return e;
}

Feed feed(qint64 version, const std::vector<PortalEntry> &entries)
{
    Feed f;
    f.version = version;
    f.generated = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    f.expires = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    f.entries = entries;
    return f;
}

DirectoryStore::FeedState stateOf(const Feed &f, const QByteArray &etag = {})
{
    DirectoryStore::FeedState state;
    state.source = DirectoryStore::FeedState::Source::Feed;
    state.version = f.version;
    state.generated = f.generated;
    state.expires = f.expires;
    state.acceptedAt = QDateTime(QDate(2026, 12, 2), QTime(10, 11, 12, 345), Qt::UTC);
    state.trustedComment = u"mist-feed version=%1"_s.arg(f.version);
    state.etag = etag;
    state.lastModified = QDateTime(QDate(2026, 12, 1), QTime(9, 0, 1), Qt::UTC);
    return state;
}

LinkHealth health(const QString &id, LinkHealth::Status status)
{
    LinkHealth h;
    h.entryId = id;
    h.status = status;
    h.httpStatus = status == LinkHealth::Status::Ok ? 200 : 0;
    h.error = status == LinkHealth::Status::Down ? u"example.org: timed out"_s : QString();
    h.checkedAt = QDateTime(QDate(2026, 12, 3), QTime(4, 5, 6), Qt::UTC);
    if (status == LinkHealth::Status::Ok)
        h.lastOkAt = h.checkedAt;
    return h;
}

QStringList ids(const std::vector<PortalEntry> &entries)
{
    QStringList out;
    for (const PortalEntry &e : entries)
        out << e.id;
    return out;
}

QStringList healthIds(const std::vector<LinkHealth> &results)
{
    QStringList out;
    for (const LinkHealth &h : results)
        out << h.entryId;
    return out;
}

std::vector<PortalEntry> bundledEntries()
{
    return BundledDirectory::load().feed.entries;
}

} // namespace

class TestDirectoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;

    QString freshDir() { return m_root.filePath(u"data-%1"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
    }

    void seedsTheBundledDirectory()
    {
        const QString dir = freshDir();
        DirectoryStore store(dir);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.path(), QDir(dir).filePath(u"directory.sqlite"_s));
        QVERIFY(QFile::exists(store.path()));

        const DirectoryStore::FeedState state = store.feedState();
        QCOMPARE(state.source, DirectoryStore::FeedState::Source::Bundled);
        QCOMPARE(state.version, qint64(0));
        QVERIFY(state.generated.isValid());
        QVERIFY(!state.expires.isValid());
        QVERIFY(state.acceptedAt.isValid());
        QVERIFY(state.etag.isEmpty());
        QVERIFY(store.feedEntries() == bundledEntries());
        QVERIFY(store.localPortals().empty());
        QVERIFY(store.overrides().empty());
        QVERIFY(store.linkHealth().empty());
        QVERIFY(!store.lastSync().at.isValid());

        // Rows are the feed's JSON as TEXT, readable with sqlite3 and its json functions.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT typeof(json), json_extract(json, '$.name.uk')"
                               u" FROM feed_entries WHERE id = 'diia'"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), u"text"_s);
            QVERIFY(query.value(1).toString().startsWith(u"Дія"_s));
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

    void replaceFeedKeepsLocalsAndOverrides()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        const Feed first = feed(5,
            {entry(u"diia"_s, u"Дія"_s), entry(u"tax"_s, u"Податки"_s),
                entry(u"court"_s, u"Суд"_s)});
        QVERIFY2(store.replaceFeed(first, stateOf(first)), qPrintable(store.errorString()));

        QVERIFY(store.upsertLocalPortal(entry(u"local.cnap"_s, u"ЦНАП"_s)));
        QVERIFY(store.setOverride({u"tax"_s, true, false, {}})); // hide a feed entry
        QVERIFY(store.setOverride({u"court"_s, false, true, 2})); // pin one that will vanish
        QVERIFY(store.setOverride({u"local.cnap"_s, false, true, 1}));
        QVERIFY(store.recordLinkHealth({health(u"diia"_s, LinkHealth::Status::Ok),
            health(u"court"_s, LinkHealth::Status::Down),
            health(u"local.cnap"_s, LinkHealth::Status::Ok)}));

        const Feed second = feed(6,
            {entry(u"tax"_s, u"Податкова"_s), entry(u"diia"_s, u"Дія"_s),
                entry(u"land"_s, u"Кадастр"_s)});
        QVERIFY(store.replaceFeed(second, stateOf(second, "\"v6\"")));

        QCOMPARE(ids(store.feedEntries()), (QStringList {u"tax"_s, u"diia"_s, u"land"_s}));
        QVERIFY(store.feedEntries() == second.entries);
        const DirectoryStore::FeedState state = store.feedState();
        QCOMPARE(state.source, DirectoryStore::FeedState::Source::Feed);
        QCOMPARE(state.version, qint64(6));
        QCOMPARE(state.generated, second.generated);
        QCOMPARE(state.expires, second.expires);
        QCOMPARE(state.acceptedAt, stateOf(second).acceptedAt); // milliseconds kept
        QCOMPARE(state.trustedComment, u"mist-feed version=6"_s);
        QCOMPARE(state.etag, QByteArray("\"v6\""));

        // The local portal and every override stay, even the one of an entry the feed dropped.
        QCOMPARE(store.localPortals().size(), size_t(1));
        QCOMPARE(store.overrides().size(), size_t(3));
        // Health of the entry that vanished is gone; the others are untouched.
        const std::vector<LinkHealth> kept = store.linkHealth();
        QCOMPARE(healthIds(kept), (QStringList {u"diia"_s, u"local.cnap"_s}));
        QCOMPARE(kept.front(), health(u"diia"_s, LinkHealth::Status::Ok));
    }

    // A new version rewrites only the rows that differ: unchanged rows keep their rowid.
    void replaceFeedRewritesOnlyWhatDiffers()
    {
        const QString dir = freshDir();
        DirectoryStore store(dir);
        QVERIFY(store.open());
        const Feed first = feed(1,
            {entry(u"aa"_s, u"А"_s), entry(u"bb"_s, u"Б"_s), entry(u"cc"_s, u"В"_s),
                entry(u"dd"_s, u"Г"_s)});
        QVERIFY(store.replaceFeed(first, stateOf(first)));
        const auto rowids = [&store] {
            QHash<QString, qint64> result;
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rowids"_s);
            db.setDatabaseName(store.path());
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(u"SELECT id, rowid FROM feed_entries"_s);
                while (query.next())
                    result.insert(query.value(0).toString(), query.value(1).toLongLong());
            }
            db = {};
            QSqlDatabase::removeDatabase(u"rowids"_s);
            return result;
        };
        const QHash<QString, qint64> before = rowids();

        PortalEntry changed = entry(u"bb"_s, u"Б"_s);
        changed.description.uk = u"Новий опис"_s;
        const Feed second = feed(
            2, {entry(u"dd"_s, u"Г"_s), entry(u"aa"_s, u"А"_s), changed, entry(u"ee"_s, u"Ґ"_s)});
        QVERIFY(store.replaceFeed(second, stateOf(second)));
        QVERIFY(store.feedEntries() == second.entries);
        const QHash<QString, qint64> after = rowids();
        QCOMPARE(after.value(u"aa"_s), before.value(u"aa"_s));
        QCOMPARE(after.value(u"bb"_s), before.value(u"bb"_s)); // updated in place
        QCOMPARE(after.value(u"dd"_s), before.value(u"dd"_s)); // moved, not rewritten
        QVERIFY(!after.contains(u"cc"_s));
        QVERIFY(after.contains(u"ee"_s));

        // A store that never read this file sees the same.
        DirectoryStore other(dir);
        QVERIFY(other.open());
        QVERIFY(other.feedEntries() == second.entries);
    }

    // Rows are validated when read: a row damaged or edited behind the store's back is left out,
    // the others stay, even for a store that read (and cached) the rows before.
    void aTamperedRowIsLeftOut()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        const Feed f
            = feed(1, {entry(u"aa"_s, u"А"_s), entry(u"bb"_s, u"Б"_s), entry(u"cc"_s, u"В"_s)});
        QVERIFY(store.replaceFeed(f, stateOf(f)));
        QCOMPARE(store.feedEntries().size(), size_t(3));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(
                u"UPDATE feed_entries SET json = '{\"id\": \"bb\", ' WHERE id = 'bb'"_s));
            QVERIFY(
                query.exec(u"UPDATE feed_entries SET json ="
                           u" (SELECT json FROM feed_entries WHERE id = 'aa') WHERE id = 'cc'"_s));
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"2 stored feed entries no longer"_s));
        const std::vector<PortalEntry> entries = store.feedEntries();
        QCOMPARE(entries.size(), size_t(1));
        QCOMPARE(entries.front().id, u"aa"_s);
    }

    // replaceFeed() finds unchanged rows by their stored digest. A row edited behind the store's
    // back loses its digest (a trigger), so the next feed writes it again rather than trusting
    // it; so does a row stored before digests existed (digest NULL).
    void theNextFeedRepairsRowsEditedBehindItsBack()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        const Feed first
            = feed(1, {entry(u"aa"_s, u"А"_s), entry(u"bb"_s, u"Б"_s), entry(u"cc"_s, u"В"_s)});
        QVERIFY(store.replaceFeed(first, stateOf(first)));
        QCOMPARE(store.feedEntries().size(), size_t(3));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(store.path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT COUNT(*) FROM feed_entries WHERE length(digest) = 32"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            QVERIFY(query.exec(
                u"UPDATE feed_entries SET json = '{\"id\": \"bb\", ' WHERE id = 'bb'"_s));
            QVERIFY(query.exec(u"UPDATE feed_entries SET digest = NULL WHERE id = 'cc'"_s));
            QVERIFY(query.exec(u"SELECT id FROM feed_entries WHERE digest IS NULL ORDER BY id"_s));
            QStringList withoutDigest;
            while (query.next())
                withoutDigest << query.value(0).toString();
            QCOMPARE(withoutDigest, (QStringList {u"bb"_s, u"cc"_s}));
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);

        // The same entries again, as the next version: every row is as the feed says.
        const Feed second = feed(2, first.entries);
        QVERIFY(store.replaceFeed(second, stateOf(second)));
        QVERIFY(store.feedEntries() == second.entries);
        DirectoryStore other(store.path().section(u'/', 0, -2));
        QVERIFY(other.open());
        QVERIFY(other.feedEntries() == second.entries);
    }

    void aFailedReplaceChangesNothing()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        const std::vector<PortalEntry> before = store.feedEntries();
        // Two entries with one id cannot come from FeedParser; the store refuses them whole.
        const Feed broken = feed(9, {entry(u"same"_s, u"А"_s), entry(u"same"_s, u"Б"_s)});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"storing a feed entry failed"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot store the feed"_s));
        QVERIFY(!store.replaceFeed(broken, stateOf(broken)));
        QVERIFY(!store.errorString().isEmpty());
        QVERIFY(store.feedEntries() == before);
        QCOMPARE(store.feedState().source, DirectoryStore::FeedState::Source::Bundled);
    }

    void notModifiedRefreshesValidators()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        const Feed f = feed(3, {entry(u"diia"_s, u"Дія"_s)});
        QVERIFY(store.replaceFeed(f, stateOf(f, "\"a\"")));
        const QDateTime newer(QDate(2026, 12, 5), QTime(1, 2, 3), Qt::UTC);
        QVERIFY(store.updateValidators("\"b\"", newer));

        const DirectoryStore::FeedState state = store.feedState();
        QCOMPARE(state.etag, QByteArray("\"b\""));
        QCOMPARE(state.lastModified, newer);
        QCOMPARE(state.version, qint64(3));
        QCOMPARE(state.trustedComment, u"mist-feed version=3"_s);
        QVERIFY(store.feedEntries() == f.entries);

        // A server that stops sending validators clears them.
        QVERIFY(store.updateValidators({}, {}));
        QVERIFY(store.feedState().etag.isEmpty());
        QVERIFY(!store.feedState().lastModified.isValid());
    }

    // Hole 13 of issue 13: a feed with a huge version blocks every later one as a rollback;
    // resetVersion() is the way back, keeping the entries until the next feed.
    void resetVersionUnblocksLowerVersions()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        QVERIFY(!store.resetVersion(0)); // only the bundled directory: nothing to reset
        QVERIFY(store.errorString().contains(u"no signed feed"_s));

        const Feed huge = feed(9000000000000LL, {entry(u"diia"_s, u"Дія"_s)});
        QVERIFY(store.replaceFeed(huge, stateOf(huge, "\"a\"")));
        const Feed next = feed(43, {entry(u"diia"_s, u"Дія 2"_s)});
        const auto lastVersion = [&store] { return std::optional(store.feedState().version); };
        QCOMPARE(FeedAcceptance::decide(next, lastVersion(), huge.generated).verdict,
            FeedAcceptance::Verdict::Rollback);

        QVERIFY(!store.resetVersion(9000000000000LL)); // not lower
        QVERIFY(!store.resetVersion(-1));
        QVERIFY(store.resetVersion(42));
        const DirectoryStore::FeedState state = store.feedState();
        QCOMPARE(state.version, qint64(42));
        QVERIFY(state.etag.isEmpty()); // the next sync downloads, not a 304
        QVERIFY(!state.lastModified.isValid());
        QVERIFY(store.feedEntries() == huge.entries);
        QCOMPARE(FeedAcceptance::decide(next, lastVersion(), huge.generated).verdict,
            FeedAcceptance::Verdict::Accept);
        QCOMPARE(FeedAcceptance::decide(feed(42, {}), lastVersion(), huge.generated).verdict,
            FeedAcceptance::Verdict::SameVersion);
    }

    void recordsTheLastSync()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        const DirectoryStore::SyncResult failed {
            QDateTime(QDate(2026, 12, 4), QTime(3, 0), Qt::UTC), false, u"timeout"_s,
            u"feeds.example.org: timed out"_s};
        QVERIFY(store.recordSync(failed));
        DirectoryStore::SyncResult read = store.lastSync();
        QCOMPARE(read.at, failed.at);
        QCOMPARE(read.ok, false);
        QCOMPARE(read.code, u"timeout"_s);
        QCOMPARE(read.message, failed.message);

        // Without a time, now.
        QVERIFY(store.recordSync({{}, true, u"not-modified"_s, u"304"_s}));
        read = store.lastSync();
        QVERIFY(read.ok);
        QCOMPARE(read.code, u"not-modified"_s);
        QVERIFY(qAbs(read.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void localPortalLifecycle()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        PortalEntry cnap = entry(u"local.cnap"_s, u"ЦНАП"_s);
        cnap.scope = PortalEntry::Scope::Hromada;
        cnap.area = {u"Луцька громада"_s, u"Lutsk hromada"_s};
        QVERIFY2(store.upsertLocalPortal(cnap), qPrintable(store.errorString()));

        std::optional<DirectoryStore::LocalPortal> stored = store.localPortal(u"local.cnap"_s);
        QVERIFY(stored);
        QVERIFY(stored->entry == cnap);
        QVERIFY(stored->createdAt.isValid());
        QCOMPARE(stored->updatedAt, stored->createdAt);
        const QDateTime created = stored->createdAt;

        QTest::qWait(5); // so that updatedAt can differ
        cnap.name.uk = u"ЦНАП Луцька"_s;
        QVERIFY(store.upsertLocalPortal(cnap));
        stored = store.localPortal(u"local.cnap"_s);
        QCOMPARE(stored->entry.name.uk, u"ЦНАП Луцька"_s);
        QCOMPARE(stored->createdAt, created);
        QVERIFY(stored->updatedAt > created);
        QCOMPARE(store.localPortals().size(), size_t(1));

        // Normalised as FeedParser would.
        PortalEntry spaced = entry(u"local.library"_s, u"  Бібліотека  "_s);
        QVERIFY(store.upsertLocalPortal(spaced));
        QCOMPARE(store.localPortal(u"local.library"_s)->entry.name.uk, u"Бібліотека"_s);
        QCOMPARE(store.localPortals().size(), size_t(2));
        QCOMPARE(store.localPortals().front().entry.id, u"local.cnap"_s); // creation order

        // Refused: not a local id, or an entry a feed could not carry either.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"must start with"_s));
        QVERIFY(!store.upsertLocalPortal(entry(u"diia"_s, u"Дія"_s)));
        PortalEntry insecure = entry(u"local.insecure"_s, u"Небезпечний"_s);
        insecure.url = QUrl(u"http://insecure.example.org/"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"feed entry .* dropped"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not https"_s));
        QVERIFY(!store.upsertLocalPortal(insecure));
        QVERIFY(store.errorString().contains(u"https"_s));
        QVERIFY(!store.localPortal(u"local.insecure"_s));

        // Removing drops its override and health too.
        QVERIFY(store.setOverride({u"local.cnap"_s, false, true, 1}));
        QVERIFY(store.recordLinkHealth({health(u"local.cnap"_s, LinkHealth::Status::Ok)}));
        QVERIFY(store.removeLocalPortal(u"local.cnap"_s));
        QVERIFY(!store.localPortal(u"local.cnap"_s));
        QVERIFY(store.overrides().empty());
        QVERIFY(store.linkHealth().empty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no local portal"_s));
        QVERIFY(!store.removeLocalPortal(u"local.cnap"_s));
    }

    void overrides()
    {
        DirectoryStore store(freshDir());
        QVERIFY(store.open());
        QVERIFY(store.setOverride({u"diia"_s, true, false, {}}));
        QVERIFY(store.setOverride({u"e-court"_s, false, true, 3}));
        std::vector<DirectoryStore::Override> all = store.overrides();
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[0].entryId, u"diia"_s);
        QVERIFY(all[0].hidden && !all[0].pinned && !all[0].position);
        QCOMPARE(all[1].entryId, u"e-court"_s);
        QVERIFY(!all[1].hidden && all[1].pinned);
        QCOMPARE(all[1].position, std::optional(3));

        QVERIFY(store.setOverride({u"e-court"_s, false, true, {}})); // replaced, not added
        all = store.overrides();
        QCOMPARE(all.size(), size_t(2));
        QVERIFY(!all[1].position);

        QVERIFY(store.setOverride({u"diia"_s, false, false, {}})); // nothing left: row gone
        QCOMPARE(store.overrides().size(), size_t(1));
    }

    void reopenKeepsEverything()
    {
        const QString dir = freshDir();
        const Feed f = feed(7, {entry(u"diia"_s, u"Дія"_s), entry(u"tax"_s, u"Податки"_s)});
        {
            DirectoryStore store(dir, u"first"_s);
            QVERIFY(store.open());
            QVERIFY(store.replaceFeed(f, stateOf(f, "\"seven\"")));
            QVERIFY(store.upsertLocalPortal(entry(u"local.cnap"_s, u"ЦНАП"_s)));
            QVERIFY(store.setOverride({u"tax"_s, true, true, 4}));
            QVERIFY(store.recordLinkHealth({health(u"diia"_s, LinkHealth::Status::Down)}));
            QVERIFY(store.recordSync({{}, true, u"stored"_s, u"stored version 7"_s}));
        }
        DirectoryStore store(dir, u"second"_s);
        QVERIFY(store.open());
        QCOMPARE(store.feedState().source, DirectoryStore::FeedState::Source::Feed); // no re-seed
        QCOMPARE(store.feedState().version, qint64(7));
        QCOMPARE(store.feedState().etag, QByteArray("\"seven\""));
        QVERIFY(store.feedEntries() == f.entries);
        QCOMPARE(store.localPortals().size(), size_t(1));
        QCOMPARE(store.overrides().size(), size_t(1));
        QCOMPARE(store.overrides().front().position, std::optional(4));
        QCOMPARE(store.linkHealth().size(), size_t(1));
        QCOMPARE(store.linkHealth().front(), health(u"diia"_s, LinkHealth::Status::Down));
        QCOMPARE(store.lastSync().code, u"stored"_s);
    }

    // mistctl opens the kiosk's file while the kiosk runs: two connections, one thread here.
    void twoInstancesShareOneFile()
    {
        const QString dir = freshDir();
        DirectoryStore kiosk(dir, u"kiosk"_s);
        DirectoryStore mistctl(dir, u"mistctl"_s);
        QVERIFY(kiosk.open());
        QVERIFY(mistctl.open());
        QVERIFY(mistctl.feedEntries() == kiosk.feedEntries());

        QVERIFY(mistctl.upsertLocalPortal(entry(u"local.cnap"_s, u"ЦНАП"_s)));
        QVERIFY(mistctl.setOverride({u"diia"_s, true, false, {}}));
        QCOMPARE(kiosk.localPortals().size(), size_t(1));
        QCOMPARE(kiosk.overrides().size(), size_t(1));

        const Feed f = feed(8, {entry(u"diia"_s, u"Дія"_s)});
        QVERIFY(kiosk.replaceFeed(f, stateOf(f)));
        QCOMPARE(mistctl.feedState().version, qint64(8));
        QVERIFY(mistctl.feedEntries() == f.entries);
        QCOMPARE(mistctl.localPortals().size(), size_t(1));
    }

    void aDamagedFileIsReplacedAndReseeded()
    {
        const QString dir = freshDir();
        {
            DirectoryStore store(dir);
            QVERIFY(store.open());
            QVERIFY(store.upsertLocalPortal(entry(u"local.cnap"_s, u"ЦНАП"_s)));
        }
        const QString path = QDir(dir).filePath(u"directory.sqlite"_s);
        QVERIFY(QFile::remove(path));
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray garbage(64 * 1024, '\0');
            for (qsizetype i = 0; i < garbage.size(); ++i)
                garbage[i] = char((i * 7919) % 251);
            file.write(garbage);
        }
        DirectoryStore store(dir);
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.feedState().source, DirectoryStore::FeedState::Source::Bundled);
        QVERIFY(store.feedEntries() == bundledEntries());
        QVERIFY(store.localPortals().empty());
        const QStringList aside = QDir(dir).entryList({u"directory.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
    }

    // A kiosk that never got a feed shows the starter directory of the build it runs.
    void aNewerBuildRefreshesTheBundledDirectory()
    {
        const QString dir = freshDir();
        {
            DirectoryStore store(dir);
            QVERIFY(store.open());
            // As if an older build had stored a smaller starter directory.
            Feed old = feed(0, {entry(u"diia"_s, u"Дія"_s)});
            old.generated = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
            DirectoryStore::FeedState state;
            state.generated = old.generated;
            QVERIFY(store.replaceFeed(old, state));
            QCOMPARE(store.feedEntries().size(), size_t(1));
        }
        DirectoryStore store(dir);
        QVERIFY(store.open());
        QVERIFY(store.feedEntries() == bundledEntries());
        QCOMPARE(store.feedState().generated, BundledDirectory::load().feed.generated);
    }

    void unusableLocationFails()
    {
        QTemporaryDir dir;
        // A plain file where the data directory should be.
        const QString blocker = dir.filePath(u"not-a-dir"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot open"_s));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"cannot use the database"_s));
        DirectoryStore store(blocker);
        QVERIFY(!store.open());
        QVERIFY(!store.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDirectoryStore)
#include "tst_directorystore.moc"
