// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The starter directory compiled into the binary (bundled/directory.json, resource
// :/directory/directory.json): national portals and the partner hromadas' sites, so a kiosk is
// useful before, or without, its first feed download. It is version 0, so any real signed feed
// replaces it. It is part of the binary, so it is not signed and its expiry is not checked, but
// it goes through the same FeedParser as a downloaded feed.
#pragma once

#include "feedparser.h"

namespace Mist {

class BundledDirectory
{
public:
    static constexpr QStringView resourcePath = u":/directory/directory.json";

    // Never fails in a correct build (a test checks that every entry parses); if the resource
    // were missing or damaged, the result carries the error and an empty feed.
    [[nodiscard]] static FeedParser::Result load();
};

} // namespace Mist
