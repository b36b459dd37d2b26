// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Turns the bytes of a directory feed into a Feed. Whole-feed problems (not JSON, wrong schema
// version, no version or expiry...) are fatal: no feed, an error. A problem in one entry drops
// that entry only, with a line in lcDirectory and a DroppedEntry, so one typo by a regional admin
// never empties a kiosk. Unknown extra fields are ignored, so newer feeds still load on older
// kiosks. Sizes are capped so a hostile feed cannot exhaust memory.
//
// The parser does not check signatures, versions against the last accepted feed, or expiry
// against the clock: see MinisignVerifier and FeedAcceptance.
#pragma once

#include "feed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <vector>

namespace Mist {

class FeedParser
{
public:
    enum class Error {
        NoError,
        TooLarge, // the document is bigger than maxDocumentBytes
        NotJson,
        NotAnObject,
        BadSchemaVersion, // missing, or not one this kiosk understands
        BadVersion, // missing, or not a whole number >= 0
        BadGenerated, // missing, or not an RFC 3339 date-time with an offset
        BadExpires, // the same for "expires"
        BadEntries, // "entries" missing or not an array
        TooManyEntries, // more than maxEntries
    };

    struct Result
    {
        Error error = Error::NoError;
        QString errorString; // one line for an admin; empty when error is NoError
        Feed feed; // meaningful only when ok()

        [[nodiscard]] bool ok() const { return error == Error::NoError; }
    };

    // Limits. Today's directory has tens of entries; these leave room for every hromada in
    // Ukraine (about 1,500) with several portals each. 16 MiB holds about 8,000 entries as rich
    // as bench_feed's written indented, more written compactly. bench_feed's 10 MiB feed peaks
    // at about 70 MB of memory while it is parsed.
    static constexpr qsizetype maxDocumentBytes = 16 * 1024 * 1024;
    static constexpr qsizetype maxEntries = 20000;
    static constexpr qsizetype maxIdLength = 64;
    static constexpr qsizetype maxNameLength = 200;
    static constexpr qsizetype maxDescriptionLength = 2000;
    static constexpr qsizetype maxShortTextLength = 300; // authority, area, address, cost...
    static constexpr qsizetype maxHoursLength = 500;
    static constexpr qsizetype maxUrlLength = 2048;
    static constexpr qsizetype maxHostLength = 253;
    static constexpr qsizetype maxLoginHosts = 16;
    static constexpr qsizetype maxCategories = 12;
    static constexpr qsizetype maxKeywordsPerLanguage = 64;
    static constexpr qsizetype maxKeywordLength = 64;
    static constexpr qsizetype maxPhoneLength = 32;

    // Parses a whole feed document. Dropped entries are logged with lcDirectory.
    //
    // Entries are found by their bytes (FeedLayout) and parsed one by one, on every core; a
    // document laid out in any unusual way, and every document with an error, is parsed whole
    // instead (parseWholeDocument()), so the result and the error are always exactly the ones
    // of parsing it whole.
    [[nodiscard]] static Result parse(const QByteArray &document);

    // An entry read before, by its exact bytes: the entry those bytes gave, or null. Called
    // from several threads at once. See FeedEntryCache.
    using KnownEntries = std::function<const PortalEntry *(QByteArrayView bytes)>;
    // parse(), taking the entries known gives instead of reading their bytes again: the result
    // is the same. When entryBytes is given, it receives the bytes of each of result.feed.entries
    // (same index) inside document; an empty view for an entry that must be read again each
    // time (reading it logged something), and none at all when the document was parsed whole.
    [[nodiscard]] static Result parse(const QByteArray &document, const KnownEntries &known,
        std::vector<QByteArrayView> *entryBytes);

    // The plain way: one QJsonDocument of the whole feed, then every entry. What parse() falls
    // back to, and the benchmarks' baseline.
    [[nodiscard]] static Result parseWholeDocument(const QByteArray &document);

    // Parses an RFC 3339 date-time that states its offset ("2025-04-01T00:00:00Z" or
    // "...+02:00") and returns it in UTC; an invalid QDateTime for anything else.
    [[nodiscard]] static QDateTime parseTimestamp(const QString &text);

    // True for a bare DNS host name such as "id.gov.ua": lowercase letters, digits and hyphens
    // in dot-separated labels, at least two labels, no scheme, port, path or trailing dot, and
    // not an IP address.
    [[nodiscard]] static bool isBareHostName(QStringView host);

    // True for a URL a kiosk may open: https, a DNS host name (in its ASCII form), no user name
    // or password.
    [[nodiscard]] static bool isAcceptableUrl(const QUrl &url);
};

} // namespace Mist
