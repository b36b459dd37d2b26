// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Everything the directory keeps on disk, in <data-dir>/directory.sqlite: the accepted feed
// (or the bundled starter directory until a feed arrives), the librarian's local portals and
// their choices (hidden, pinned, order) — which live apart from the feed and survive every
// sync — the last sync result, and link health. Durability NORMAL: the feed can be fetched again;
// a power cut may lose the last librarian edit, a crash of the app loses nothing committed.
//
// One instance per thread (SQLite connections belong to the thread that opened them). Every
// multi-row change is one transaction.
#pragma once

#include "feed.h"
#include "linkhealth.h"
#include "portalentry.h"
#include "storage/sqlitedatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Mist {

class DirectoryStore
{
public:
    // Where the feed part of the directory came from.
    struct FeedState
    {
        enum class Source { Bundled, Feed };
        Source source = Source::Bundled;
        qint64 version = 0; // of the accepted feed; 0 for the bundled directory
        QDateTime generated; // UTC
        QDateTime expires; // UTC; invalid for the bundled directory
        QDateTime acceptedAt; // UTC, when this kiosk stored it
        QString trustedComment; // of the signature, as verified
        // For conditional GET of the next sync.
        QByteArray etag;
        QDateTime lastModified;
    };

    // The outcome of the last sync attempt, for `mistctl status`, /healthz and the log.
    struct SyncResult
    {
        QDateTime at; // UTC; invalid if no sync ever ran
        bool ok = false; // a new feed was stored, or the server said 304 / same version
        QString code; // short machine word: "stored", "not-modified", "same-version",
                      // "http", "tls", "timeout", "too-large", "bad-signature", "rollback",
                      // "expired", "invalid-json", "schema", ...
        QString message; // one line for people; never a full URL
        // "stored": how many portals the accepted feed brought (not kept by recordSync()).
        qsizetype entries = 0;
    };

    // A librarian's choice about any entry (feed, bundled or local), by id.
    struct Override
    {
        QString entryId;
        bool hidden = false;
        bool pinned = false;
        std::optional<int> position; // explicit order among pinned/local entries; lower first
    };

    // A portal the librarian added; its id never collides with a feed id (prefix "local.").
    struct LocalPortal
    {
        PortalEntry entry;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    // The id of every local portal starts with this; upsertLocalPortal() refuses other ids.
    static constexpr QStringView localIdPrefix = u"local.";

    explicit DirectoryStore(const QString &dataDir, const QString &connectionName = {});

    // Opens and migrates the database. On first use (no feed stored yet) the bundled directory
    // is stored as the feed part. False with errorString() if the file cannot be used at all.
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString path() const;

    // The feed part.
    [[nodiscard]] FeedState feedState() const;
    [[nodiscard]] std::vector<PortalEntry> feedEntries() const; // in feed order
    // Replaces every feed entry and the feed state in one transaction. Local portals,
    // overrides and link health of entries that still exist are untouched.
    bool replaceFeed(const Feed &feed, const FeedState &state);
    // After a 304: keeps the entries, refreshes the validators.
    bool updateValidators(const QByteArray &etag, const QDateTime &lastModified);
    // `mistctl directory reset-version`: the way back from a signed feed whose huge version
    // makes every later feed a "rollback". Sets the stored feed's version to `version` (lower
    // than the current one) and forgets the validators, so the next sync downloads and accepts
    // any feed from `version` + 1 up. The entries stay in use until then. False (errorString())
    // when no signed feed is stored or version is not lower.
    bool resetVersion(qint64 version);

    [[nodiscard]] SyncResult lastSync() const;
    bool recordSync(const SyncResult &result);

    // Local portals.
    [[nodiscard]] std::vector<LocalPortal> localPortals() const;
    [[nodiscard]] std::optional<LocalPortal> localPortal(const QString &id) const;
    bool upsertLocalPortal(const PortalEntry &entry); // add or edit
    bool removeLocalPortal(const QString &id); // also drops its override and link health

    // Overrides (hide, pin, order) of any entry.
    [[nodiscard]] std::vector<Override> overrides() const;
    bool setOverride(const Override &override);

    // Link health.
    [[nodiscard]] std::vector<LinkHealth> linkHealth() const;
    bool recordLinkHealth(const std::vector<LinkHealth> &results); // one transaction

private:
    // implementation detail: see directorystore.cpp
    // Stores the bundled directory as the feed part when no feed was ever stored, or when this
    // build's bundled directory differs from the one stored (a software update).
    void seedBundledIfNeeded();
    // Records the error of a failed statement (for errorString()) and logs it.
    void fail(const QString &what, const QString &error) const;

    // The entries feedEntries() parsed last, with the text each came from: a row whose text has
    // not changed is not parsed again.
    struct ParsedRow
    {
        QByteArray text;
        QByteArray digest; // stored with the text (migration 2); empty if none was
        PortalEntry entry;
    };

    SqliteDatabase m_db;
    mutable QString m_error; // set by const readers too
    mutable QHash<QString, ParsedRow> m_parsed; // by id
};

} // namespace Mist
