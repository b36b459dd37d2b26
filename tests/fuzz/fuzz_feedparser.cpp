// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: the directory feed (JSON) as a network or USB stick hands it to the kiosk.
// Also differential: the entry-by-entry parse, and the same with every entry known from a cache,
// must give exactly the result of parsing the whole document.
#include "directory/feedentrycache.h"
#include "directory/feedparser.h"
#include "fuzzsupport.h"

namespace {

bool same(const Mist::FeedParser::Result &a, const Mist::FeedParser::Result &b)
{
    return a.error == b.error && a.errorString == b.errorString
        && a.feed.schemaVersion == b.feed.schemaVersion && a.feed.version == b.feed.version
        && a.feed.generated == b.feed.generated && a.feed.expires == b.feed.expires
        && a.feed.entries == b.feed.entries && a.feed.dropped == b.feed.dropped;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document = MistFuzz::bytes(data, size);
    const Mist::FeedParser::Result result = Mist::FeedParser::parse(document);
    // A failed parse must say why; a good one must respect the parser's own limits.
    if (!result.ok() && result.errorString.isEmpty())
        __builtin_trap();
    if (result.ok() && qsizetype(result.feed.entries.size()) > Mist::FeedParser::maxEntries)
        __builtin_trap();

    const Mist::FeedParser::Result whole = Mist::FeedParser::parseWholeDocument(document);
    if (!same(result, whole))
        __builtin_trap();
    Mist::FeedEntryCache cache;
    if (!same(cache.parse(document), whole))
        __builtin_trap();
    cache.commit();
    if (!same(cache.parse(document), whole))
        __builtin_trap();
    return 0;
}
