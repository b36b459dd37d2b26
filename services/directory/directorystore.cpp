// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "directorystore.h"

#include "bundleddirectory.h"
#include "core/logging.h"
#include "core/parallelfor.h"
#include "portalentryjson.h"
#include "storage/sqlvalues.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Schema version 1. Entries are kept as their feed JSON (PortalEntryJson), so adding a field to
// the feed format needs no migration, and reading a row back runs the feed's own validation.
// Times are UTC in ISO 8601 with milliseconds; NULL when unknown.
std::vector<SqliteDatabase::Migration> migrations()
{
    return {
        {1,
            {
                // Where the feed part came from. One row (singleton = 1) once seeded.
                u"CREATE TABLE feed_state ("
                u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                u" source TEXT NOT NULL CHECK (source IN ('bundled', 'feed')),"
                u" version INTEGER NOT NULL,"
                u" generated TEXT, expires TEXT, accepted_at TEXT,"
                u" trusted_comment TEXT NOT NULL DEFAULT '',"
                u" etag BLOB, last_modified TEXT)"_s,
                // The feed part; position is the feed order. Rows are rewritten only where a
                // new feed differs, so position is a plain column, not the key.
                u"CREATE TABLE feed_entries ("
                u" id TEXT PRIMARY KEY,"
                u" position INTEGER NOT NULL,"
                u" json TEXT NOT NULL)"_s,
                u"CREATE INDEX feed_entries_position ON feed_entries (position)"_s,
                // The librarian's own portals; they never come from, or go with, a feed.
                u"CREATE TABLE local_portals ("
                u" id TEXT PRIMARY KEY,"
                u" json TEXT NOT NULL,"
                u" created_at TEXT NOT NULL,"
                u" updated_at TEXT NOT NULL)"_s,
                // Hide, pin and order, by entry id of any origin. No foreign key: a choice about
                // a feed entry outlives a feed that drops it for a while.
                u"CREATE TABLE overrides ("
                u" entry_id TEXT PRIMARY KEY,"
                u" hidden INTEGER NOT NULL DEFAULT 0,"
                u" pinned INTEGER NOT NULL DEFAULT 0,"
                u" position INTEGER)"_s,
                u"CREATE TABLE sync_result ("
                u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                u" at TEXT NOT NULL,"
                u" ok INTEGER NOT NULL,"
                u" code TEXT NOT NULL,"
                u" message TEXT NOT NULL)"_s,
                u"CREATE TABLE link_health ("
                u" entry_id TEXT PRIMARY KEY,"
                u" status TEXT NOT NULL CHECK (status IN ('unknown', 'ok', 'down')),"
                u" http_status INTEGER NOT NULL DEFAULT 0,"
                u" error TEXT NOT NULL DEFAULT '',"
                u" checked_at TEXT,"
                u" last_ok_at TEXT)"_s,
            }},
        // A digest of each entry's text (BLAKE2b-256 of the UTF-8 bytes), so that replaceFeed()
        // finds the few entries a new feed version changed by reading 32 bytes per row, not the
        // megabytes of text. Rows stored before it have none and are rewritten once. A text
        // changed without its digest (by hand, with sqlite3) loses the digest, so the next feed
        // writes that row again instead of trusting a stale digest.
        {2,
            {
                u"ALTER TABLE feed_entries ADD COLUMN digest BLOB"_s,
                // Covering replaceFeed()'s read: in the table a row's digest comes after its
                // text, and SQLite reaches it only through the text's overflow pages.
                u"CREATE INDEX feed_entries_digest ON feed_entries (id, position, digest)"_s,
                u"CREATE TRIGGER feed_entries_stale_digest AFTER UPDATE OF json ON feed_entries"
                u" WHEN NEW.digest IS OLD.digest"
                u" BEGIN UPDATE feed_entries SET digest = NULL WHERE id = NEW.id; END"_s,
            }},
    };
}

// The digest of an entry's stored text (see migration 2).
QByteArray textDigest(const QByteArray &text)
{
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
        reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()), nullptr, 0);
    return digest;
}

QVariant positionToDb(const std::optional<int> &position)
{
    return position ? QVariant(*position) : QVariant(QMetaType::fromType<int>());
}

QString statusToDb(LinkHealth::Status status)
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

LinkHealth::Status statusFromDb(const QString &status)
{
    if (status == "ok"_L1)
        return LinkHealth::Status::Ok;
    if (status == "down"_L1)
        return LinkHealth::Status::Down;
    return LinkHealth::Status::Unknown;
}

// Runs a prepared statement; on failure, logs which one (never its values) and returns false.
bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcDb, "directory: %s failed: %s", what, qUtf8Printable(query.lastError().text()));
    return false;
}

bool writeFeedState(QSqlDatabase &db, const DirectoryStore::FeedState &state)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO feed_state (singleton, source, version, generated,"
                  u" expires, accepted_at, trusted_comment, etag, last_modified)"
                  u" VALUES (1, :source, :version, :generated, :expires, :acceptedAt,"
                  u" :trustedComment, :etag, :lastModified)"_s);
    query.bindValue(u":source"_s,
        state.source == DirectoryStore::FeedState::Source::Feed ? u"feed"_s : u"bundled"_s);
    query.bindValue(u":version"_s, state.version);
    query.bindValue(u":generated"_s, SqlValues::fromTime(state.generated));
    query.bindValue(u":expires"_s, SqlValues::fromTime(state.expires));
    query.bindValue(u":acceptedAt"_s, SqlValues::fromTime(state.acceptedAt));
    query.bindValue(u":trustedComment"_s, state.trustedComment);
    query.bindValue(u":etag"_s,
        state.etag.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(state.etag));
    query.bindValue(u":lastModified"_s, SqlValues::fromTime(state.lastModified));
    return run(query, "writing the feed state");
}

// Forgets the librarian's choice and the link health of one entry.
bool deleteEntryExtras(QSqlDatabase &db, const QString &id)
{
    QSqlQuery overrides(db);
    overrides.prepare(u"DELETE FROM overrides WHERE entry_id = :id"_s);
    overrides.bindValue(u":id"_s, id);
    QSqlQuery health(db);
    health.prepare(u"DELETE FROM link_health WHERE entry_id = :id"_s);
    health.bindValue(u":id"_s, id);
    return run(overrides, "deleting an override") && run(health, "deleting link health");
}

} // namespace

DirectoryStore::DirectoryStore(const QString &dataDir, const QString &connectionName)
    : m_db(QDir(dataDir).filePath(u"directory.sqlite"_s),
        connectionName.isEmpty() ? SqlValues::uniqueConnectionName(u"directory") : connectionName,
        SqliteDatabase::Durability::Normal)
{
    // A feed that rewords every entry writes 10 MB: copying that back into the file is not the
    // syncing thread's job (issue 19's "all changed" goal; walcheckpointer.h).
    m_db.checkpointInBackground();
}

bool DirectoryStore::open()
{
    m_error.clear();
    if (!m_db.open(migrations())) {
        m_error = m_db.errorString();
        qCCritical(lcDb, "directory: cannot use the database: %s", qUtf8Printable(m_error));
        return false;
    }
    if (!m_db.quarantinedPath().isEmpty()) {
        qCWarning(lcDirectory,
            "the directory database was damaged and has been replaced; the bundled directory "
            "is back until the next sync, local portals must be entered again");
    }
    // A feed of thousands of entries is megabytes of pages. With SQLite's default 2 MB cache,
    // replaceFeed() reads them all (to find what changed), evicts them, and reads them again to
    // write the changed rows, spilling to the WAL before the commit; 16 MB holds a feed at the
    // size cap written compactly. Pages are only cached as they are used.
    QSqlQuery cache(m_db.connection());
    if (!cache.exec(u"PRAGMA cache_size = -16384"_s))
        qCWarning(lcDb, "directory: cannot size the page cache; the default is used");
    seedBundledIfNeeded();
    return true;
}

QString DirectoryStore::errorString() const
{
    return m_error;
}

QString DirectoryStore::path() const
{
    return m_db.path();
}

void DirectoryStore::fail(const QString &what, const QString &error) const
{
    m_error = what + u": "_s + error;
    qCWarning(lcDb, "directory: %s", qUtf8Printable(m_error));
}

void DirectoryStore::seedBundledIfNeeded()
{
    const bool stored = [this] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT COUNT(*) FROM feed_state"_s);
        return run(query, "reading the feed state") && query.next() && query.value(0).toInt() > 0;
    }();
    const FeedState current = stored ? feedState() : FeedState {};
    if (stored && current.source == FeedState::Source::Feed)
        return; // a real feed replaced the starter directory; it stays until the next one

    const FeedParser::Result bundled = BundledDirectory::load();
    if (!bundled.ok())
        return; // BundledDirectory logged it; the store works, just empty until a sync
    // The bundled directory of an older build is refreshed by a newer build: the kiosk without
    // any feed still gets the corrected starter entries after a software update.
    if (stored && current.generated == bundled.feed.generated)
        return;

    FeedState state;
    state.source = FeedState::Source::Bundled;
    state.version = bundled.feed.version;
    state.generated = bundled.feed.generated;
    state.acceptedAt = QDateTime::currentDateTimeUtc();
    if (replaceFeed(bundled.feed, state)) {
        qCInfo(
            lcDirectory, "stored the bundled directory (%zu entries)", bundled.feed.entries.size());
    }
}

DirectoryStore::FeedState DirectoryStore::feedState() const
{
    FeedState state;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT source, version, generated, expires, accepted_at, trusted_comment,"
                  u" etag, last_modified FROM feed_state WHERE singleton = 1"_s);
    if (!run(query, "reading the feed state") || !query.next())
        return state;
    state.source = query.value(0).toString() == "feed"_L1 ? FeedState::Source::Feed
                                                          : FeedState::Source::Bundled;
    state.version = query.value(1).toLongLong();
    state.generated = SqlValues::toTime(query.value(2));
    state.expires = SqlValues::toTime(query.value(3));
    state.acceptedAt = SqlValues::toTime(query.value(4));
    state.trustedComment = query.value(5).toString();
    state.etag = query.value(6).toByteArray();
    state.lastModified = SqlValues::toTime(query.value(7));
    return state;
}

std::vector<PortalEntry> DirectoryStore::feedEntries() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // As bytes: PortalEntryJson reads UTF-8, so the text need not become a QString first.
    query.prepare(
        u"SELECT id, CAST(json AS BLOB), digest FROM feed_entries ORDER BY position, id"_s);
    if (!run(query, "reading the feed entries")) {
        m_error = query.lastError().text();
        return {};
    }
    // Rows whose text is the one parsed last time reuse that entry; only the others go through
    // FeedParser. After a sync that changed two entries of thousands, two are parsed.
    struct Row
    {
        QString id;
        QByteArray text;
        QByteArray digest; // as stored; empty if none
        const PortalEntry *cached = nullptr;
    };
    std::vector<Row> rows;
    QList<QByteArray> toParse;
    while (query.next()) {
        Row row {query.value(0).toString(), query.value(1).toByteArray(),
            query.value(2).toByteArray(), nullptr};
        const auto hit = m_parsed.constFind(row.id);
        if (hit != m_parsed.cend() && hit->text == row.text)
            row.cached = &hit->entry;
        else
            toParse.append(row.text);
        rows.push_back(std::move(row));
    }
    std::vector<PortalEntry> parsed = PortalEntryJson::fromJsonTexts(toParse);

    // By the id inside the text; a row whose text names another id than its key is dropped.
    QHash<QString, PortalEntry *> parsedById;
    parsedById.reserve(qsizetype(parsed.size()));
    for (PortalEntry &entry : parsed)
        parsedById.insert(entry.id, &entry);

    QHash<QString, ParsedRow> cache;
    cache.reserve(qsizetype(rows.size()));
    std::vector<PortalEntry> entries;
    entries.reserve(rows.size());
    int lost = 0;
    for (Row &row : rows) {
        if (row.cached) {
            entries.push_back(*row.cached);
        } else if (PortalEntry *fresh = parsedById.value(row.id)) {
            entries.push_back(std::move(*fresh));
        } else {
            ++lost; // not cached either, so it is reported on every read
            continue;
        }
        cache.insert(row.id, {std::move(row.text), std::move(row.digest), entries.back()});
    }
    if (lost > 0) {
        qCWarning(
            lcDb, "directory: %d stored feed entries no longer validate and are left out", lost);
    }
    m_parsed = std::move(cache);
    return entries;
}

bool DirectoryStore::replaceFeed(const Feed &feed, const FeedState &state)
{
    // Serialise before the transaction: the write lock is then held for the writes only. An
    // entry equal to one read back earlier takes the text it was read from (that text is known
    // to give exactly this entry), so an unchanged entry is not written out again.
    // Writing thousands of entries (a first feed, a feed that rewords everything) is spread
    // over the cores; the read-back cache is only read here.
    // The digest of a text read back is the one stored with it; only new texts are hashed.
    std::vector<QByteArray> texts(feed.entries.size());
    std::vector<QByteArray> digests(feed.entries.size());
    parallelFor(texts.size(), 500, [this, &feed, &texts, &digests](size_t i) {
        const PortalEntry &entry = feed.entries[i];
        const QHash<QString, ParsedRow> parsed = m_parsed; // one instance per thread
        const auto known = parsed.constFind(entry.id);
        if (known != parsed.cend() && known->entry == entry) {
            texts[i] = known->text;
            digests[i] = known->digest;
        } else {
            texts[i] = PortalEntryJson::toJsonText(entry);
        }
        if (digests[i].isEmpty())
            digests[i] = textDigest(texts[i]);
    });
    FeedState stored = state;
    if (!stored.acceptedAt.isValid())
        stored.acceptedAt = QDateTime::currentDateTimeUtc();

    // Only the rows that differ are written: a new feed version usually changes a few entries,
    // and rewriting megabytes would cost far more (WAL, index, checkpoint) than comparing them.
    struct Counts
    {
        int inserted = 0;
        int updated = 0;
        int moved = 0;
        int deleted = 0;
    } counts;
    QString error;
    const auto failed = [&error](const QSqlQuery &query) {
        error = query.lastError().text();
        return false;
    };
    const bool committed = m_db.transaction([&](QSqlDatabase &db) {
        // A write first: it takes the write lock (waiting for mistctl if need be) before
        // anything is read, so the transaction never has to upgrade a stale read snapshot.
        if (!writeFeedState(db, stored)) {
            error = u"cannot write the feed state"_s;
            return false;
        }
        struct Existing
        {
            qint64 position;
            QByteArray digest; // empty for a row stored without one
        };
        QHash<QString, Existing> existing;
        existing.reserve(qsizetype(texts.size()));
        {
            QSqlQuery read(db);
            read.setForwardOnly(true);
            read.prepare(u"SELECT id, position, digest FROM feed_entries"_s);
            if (!run(read, "reading the stored feed entries"))
                return failed(read);
            while (read.next()) {
                existing.insert(read.value(0).toString(),
                    {read.value(1).toLongLong(), read.value(2).toByteArray()});
            }
        }
        QSqlQuery insert(db);
        // The JSON is bound as bytes and stored as TEXT: no UTF-16 round trip for megabytes of
        // entries, and sqlite3's json functions still work on the column.
        insert.prepare(u"INSERT INTO feed_entries (id, position, json, digest)"
                       u" VALUES (?, ?, CAST(? AS TEXT), ?)"_s);
        // Each statement sets only what changed: setting position, even to the same value,
        // rewrites the row's entry in the position index too. Statements are prepared once and
        // bound by position, as this loop runs for every entry of the feed.
        QSqlQuery update(db);
        update.prepare(
            u"UPDATE feed_entries SET json = CAST(? AS TEXT), digest = ? WHERE id = ?"_s);
        QSqlQuery updateAndMove(db);
        updateAndMove.prepare(u"UPDATE feed_entries SET json = CAST(? AS TEXT), digest = ?,"
                              u" position = ? WHERE id = ?"_s);
        QSqlQuery move(db);
        move.prepare(u"UPDATE feed_entries SET position = ? WHERE id = ?"_s);
        for (size_t i = 0; i < texts.size(); ++i) {
            const QString &id = feed.entries[i].id;
            const qint64 position = qint64(i);
            const auto old = existing.constFind(id);
            QSqlQuery *query = &insert;
            int *count = &counts.inserted;
            if (old == existing.cend()) {
                insert.bindValue(0, id);
                insert.bindValue(1, position);
                insert.bindValue(2, texts[i]);
                insert.bindValue(3, digests[i]);
            } else {
                const bool sameText = !old->digest.isEmpty() && old->digest == digests[i];
                const bool samePosition = old->position == position;
                existing.erase(old);
                if (sameText && samePosition)
                    continue;
                if (sameText) {
                    query = &move;
                    count = &counts.moved;
                    move.bindValue(0, position);
                    move.bindValue(1, id);
                } else {
                    query = samePosition ? &update : &updateAndMove;
                    count = &counts.updated;
                    int at = 0;
                    query->bindValue(at++, texts[i]);
                    query->bindValue(at++, digests[i]);
                    if (!samePosition)
                        query->bindValue(at++, position);
                    query->bindValue(at, id);
                }
            }
            if (!run(*query, "storing a feed entry"))
                return failed(*query);
            ++*count;
        }
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM feed_entries WHERE id = :id"_s);
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            remove.bindValue(u":id"_s, it.key());
            if (!run(remove, "deleting a feed entry"))
                return failed(remove);
            ++counts.deleted;
        }
        // Health of entries that left the directory means nothing any more. Overrides stay: a
        // portal the feed drops for a while keeps the librarian's choice when it comes back.
        QSqlQuery prune(db);
        prune.prepare(u"DELETE FROM link_health WHERE entry_id NOT IN (SELECT id FROM feed_entries)"
                      u" AND entry_id NOT IN (SELECT id FROM local_portals)"_s);
        if (!run(prune, "pruning link health"))
            return failed(prune);
        return true;
    });
    if (!committed) {
        fail(u"cannot store the feed"_s, error.isEmpty() ? m_db.errorString() : error);
        return false;
    }
    qCInfo(lcDirectory,
        "stored %s version %lld with %zu entries (%d new, %d changed, %d moved, %d gone)",
        stored.source == FeedState::Source::Feed ? "feed" : "bundled directory",
        static_cast<long long>(stored.version), feed.entries.size(), counts.inserted,
        counts.updated, counts.moved, counts.deleted);
    return true;
}

bool DirectoryStore::updateValidators(const QByteArray &etag, const QDateTime &lastModified)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE feed_state SET etag = :etag, last_modified = :lastModified"
                  u" WHERE singleton = 1"_s);
    query.bindValue(
        u":etag"_s, etag.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(etag));
    query.bindValue(u":lastModified"_s, SqlValues::fromTime(lastModified));
    if (!run(query, "updating the validators")) {
        fail(u"cannot update the validators"_s, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        fail(u"cannot update the validators"_s, u"no feed is stored"_s);
        return false;
    }
    return true;
}

bool DirectoryStore::resetVersion(qint64 version)
{
    const FeedState state = feedState();
    if (state.source != FeedState::Source::Feed) {
        fail(u"cannot reset the feed version"_s, u"no signed feed is stored"_s);
        return false;
    }
    if (version < 0 || version >= state.version) {
        fail(u"cannot reset the feed version"_s,
            u"the new version must be from 0 to %1"_s.arg(state.version - 1));
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE feed_state SET version = :version, etag = NULL, last_modified = NULL"
                  u" WHERE singleton = 1 AND source = 'feed'"_s);
    query.bindValue(u":version"_s, version);
    if (!run(query, "resetting the feed version") || query.numRowsAffected() != 1) {
        fail(u"cannot reset the feed version"_s, query.lastError().text());
        return false;
    }
    qCWarning(lcDirectory, "feed version reset from %lld to %lld",
        static_cast<long long>(state.version), static_cast<long long>(version));
    return true;
}

DirectoryStore::SyncResult DirectoryStore::lastSync() const
{
    SyncResult result;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT at, ok, code, message FROM sync_result WHERE singleton = 1"_s);
    if (!run(query, "reading the last sync") || !query.next())
        return result;
    result.at = SqlValues::toTime(query.value(0));
    result.ok = query.value(1).toBool();
    result.code = query.value(2).toString();
    result.message = query.value(3).toString();
    return result;
}

bool DirectoryStore::recordSync(const SyncResult &result)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT OR REPLACE INTO sync_result (singleton, at, ok, code, message)"
                  u" VALUES (1, :at, :ok, :code, :message)"_s);
    query.bindValue(u":at"_s,
        SqlValues::fromTime(result.at.isValid() ? result.at : QDateTime::currentDateTimeUtc()));
    query.bindValue(u":ok"_s, result.ok);
    query.bindValue(u":code"_s, result.code);
    query.bindValue(u":message"_s, result.message);
    if (!run(query, "recording the sync result")) {
        fail(u"cannot record the sync result"_s, query.lastError().text());
        return false;
    }
    return true;
}

std::vector<DirectoryStore::LocalPortal> DirectoryStore::localPortals() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT CAST(json AS BLOB), created_at, updated_at FROM local_portals"
                  u" ORDER BY created_at, id"_s);
    if (!run(query, "reading the local portals")) {
        m_error = query.lastError().text();
        return {};
    }
    QList<QByteArray> texts;
    std::vector<std::pair<QDateTime, QDateTime>> times;
    while (query.next()) {
        texts.append(query.value(0).toByteArray());
        times.emplace_back(SqlValues::toTime(query.value(1)), SqlValues::toTime(query.value(2)));
    }
    // Read one by one: a row that no longer validates must not shift the others' times.
    std::vector<LocalPortal> portals;
    portals.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        std::vector<PortalEntry> entries = PortalEntryJson::fromJsonTexts({texts.at(i)});
        if (entries.size() != 1) {
            qCWarning(lcDb, "directory: a stored local portal no longer validates; left out");
            continue;
        }
        portals.push_back(
            {std::move(entries.front()), times[size_t(i)].first, times[size_t(i)].second});
    }
    return portals;
}

std::optional<DirectoryStore::LocalPortal> DirectoryStore::localPortal(const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT CAST(json AS BLOB), created_at, updated_at FROM local_portals"
                  u" WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!run(query, "reading a local portal") || !query.next())
        return std::nullopt;
    std::vector<PortalEntry> entries
        = PortalEntryJson::fromJsonTexts({query.value(0).toByteArray()});
    if (entries.size() != 1)
        return std::nullopt;
    return LocalPortal {std::move(entries.front()), SqlValues::toTime(query.value(1)),
        SqlValues::toTime(query.value(2))};
}

bool DirectoryStore::upsertLocalPortal(const PortalEntry &entry)
{
    if (!entry.id.startsWith(localIdPrefix)) {
        fail(u"cannot save the local portal"_s,
            u"its id must start with \"%1\""_s.arg(localIdPrefix));
        return false;
    }
    // The librarian's entry passes the same checks as a feed entry (https only, a Ukrainian
    // name...), and is stored in the form FeedParser gives back (trimmed, de-duplicated).
    QString reason;
    const std::optional<PortalEntry> valid
        = PortalEntryJson::fromJson(PortalEntryJson::toJson(entry), &reason);
    if (!valid) {
        fail(u"cannot save the local portal"_s, reason);
        return false;
    }
    const QVariant now = SqlValues::fromTime(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO local_portals (id, json, created_at, updated_at)"
                  u" VALUES (:id, CAST(:json AS TEXT), :now, :now)"
                  u" ON CONFLICT (id) DO UPDATE SET json = excluded.json,"
                  u" updated_at = excluded.updated_at"_s);
    query.bindValue(u":id"_s, valid->id);
    query.bindValue(u":json"_s, PortalEntryJson::toJsonText(*valid));
    query.bindValue(u":now"_s, now);
    if (!run(query, "saving a local portal")) {
        fail(u"cannot save the local portal"_s, query.lastError().text());
        return false;
    }
    qCInfo(lcDirectory, "saved local portal %s", qUtf8Printable(valid->id));
    return true;
}

bool DirectoryStore::removeLocalPortal(const QString &id)
{
    bool existed = false;
    QString error;
    const bool committed = m_db.transaction([&](QSqlDatabase &db) {
        QSqlQuery remove(db);
        remove.prepare(u"DELETE FROM local_portals WHERE id = :id"_s);
        remove.bindValue(u":id"_s, id);
        if (!run(remove, "removing a local portal")) {
            error = remove.lastError().text();
            return false;
        }
        existed = remove.numRowsAffected() > 0;
        if (!existed)
            return false; // nothing to commit
        return deleteEntryExtras(db, id);
    });
    if (!existed) {
        fail(u"cannot remove the local portal"_s,
            error.isEmpty() ? u"there is no local portal %1"_s.arg(id) : error);
        return false;
    }
    if (!committed) {
        fail(u"cannot remove the local portal"_s, m_db.errorString());
        return false;
    }
    qCInfo(lcDirectory, "removed local portal %s", qUtf8Printable(id));
    return true;
}

std::vector<DirectoryStore::Override> DirectoryStore::overrides() const
{
    std::vector<Override> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT entry_id, hidden, pinned, position FROM overrides ORDER BY entry_id"_s);
    if (!run(query, "reading the overrides")) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        Override override;
        override.entryId = query.value(0).toString();
        override.hidden = query.value(1).toBool();
        override.pinned = query.value(2).toBool();
        if (!query.value(3).isNull())
            override.position = query.value(3).toInt();
        result.push_back(std::move(override));
    }
    return result;
}

bool DirectoryStore::setOverride(const Override &override)
{
    if (override.entryId.isEmpty()) {
        fail(u"cannot save the choice"_s, u"no entry id"_s);
        return false;
    }
    QSqlQuery query(m_db.connection());
    // An override that changes nothing is no override: the row goes, so the table only lists
    // the librarian's actual choices (what `mistctl` shows).
    if (!override.hidden && !override.pinned && !override.position) {
        query.prepare(u"DELETE FROM overrides WHERE entry_id = :id"_s);
        query.bindValue(u":id"_s, override.entryId);
    } else {
        query.prepare(u"INSERT OR REPLACE INTO overrides (entry_id, hidden, pinned, position)"
                      u" VALUES (:id, :hidden, :pinned, :position)"_s);
        query.bindValue(u":id"_s, override.entryId);
        query.bindValue(u":hidden"_s, override.hidden);
        query.bindValue(u":pinned"_s, override.pinned);
        query.bindValue(u":position"_s, positionToDb(override.position));
    }
    if (!run(query, "saving an override")) {
        fail(u"cannot save the choice"_s, query.lastError().text());
        return false;
    }
    return true;
}

std::vector<LinkHealth> DirectoryStore::linkHealth() const
{
    std::vector<LinkHealth> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT entry_id, status, http_status, error, checked_at, last_ok_at"
                  u" FROM link_health ORDER BY entry_id"_s);
    if (!run(query, "reading link health")) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        LinkHealth health;
        health.entryId = query.value(0).toString();
        health.status = statusFromDb(query.value(1).toString());
        health.httpStatus = query.value(2).toInt();
        health.error = query.value(3).toString();
        health.checkedAt = SqlValues::toTime(query.value(4));
        health.lastOkAt = SqlValues::toTime(query.value(5));
        result.push_back(std::move(health));
    }
    return result;
}

bool DirectoryStore::recordLinkHealth(const std::vector<LinkHealth> &results)
{
    QString error;
    const bool committed = m_db.transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO link_health (entry_id, status, http_status, error,"
                      u" checked_at, last_ok_at)"
                      u" VALUES (:id, :status, :httpStatus, :error, :checkedAt, :lastOkAt)"_s);
        for (const LinkHealth &health : results) {
            query.bindValue(u":id"_s, health.entryId);
            query.bindValue(u":status"_s, statusToDb(health.status));
            query.bindValue(u":httpStatus"_s, health.httpStatus);
            query.bindValue(u":error"_s, health.error);
            query.bindValue(u":checkedAt"_s, SqlValues::fromTime(health.checkedAt));
            query.bindValue(u":lastOkAt"_s, SqlValues::fromTime(health.lastOkAt));
            if (!run(query, "recording link health")) {
                error = query.lastError().text();
                return false;
            }
        }
        return true;
    });
    if (!committed) {
        fail(u"cannot record link health"_s, error.isEmpty() ? m_db.errorString() : error);
        return false;
    }
    return true;
}

} // namespace Mist
