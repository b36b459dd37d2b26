// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: the directory feed (JSON) as a network or USB stick hands it to the kiosk.
#include "directory/feedparser.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Mist::FeedParser::Result result = Mist::FeedParser::parse(MistFuzz::bytes(data, size));
    // A failed parse must say why; a good one must respect the parser's own limits.
    if (!result.ok() && result.errorString.isEmpty())
        __builtin_trap();
    if (result.ok() && qsizetype(result.feed.entries.size()) > Mist::FeedParser::maxEntries)
        __builtin_trap();
    return 0;
}
