// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Where each entry of a feed document sits, found without parsing the JSON: the byte span of the
// root object's "entries" array and of each object in it. FeedParser uses it to parse entries
// one by one (on every core) and to reuse entries whose bytes it has seen before.
//
// A scan checks little: what lies between the spans must be JSON's own separators, but the
// spans themselves and everything around the array are left to Qt's parser, which the caller
// still runs on them. Anything unusual (a root key written with escapes, "entries" twice, an
// entry that is not an object, nesting deeper than real entries ever go) gives no layout, and
// the caller parses the whole document instead.
#pragma once

#include <QByteArrayView>

#include <optional>
#include <vector>

namespace Mist::FeedLayout {

struct Span
{
    qsizetype begin = 0; // offset of the first byte
    qsizetype end = 0; // offset after the last byte

    [[nodiscard]] QByteArrayView in(QByteArrayView document) const
    {
        return document.sliced(begin, end - begin);
    }
};

struct Layout
{
    Span entries; // the "entries" array, from '[' to ']' inclusive
    std::vector<Span> items; // each entry, from '{' to '}' inclusive, in order
};

// Deeper than this (counting the root object and the array) gives no layout. Real entries go
// four levels deep; Qt's parser refuses 1,024, which a span parsed alone would not reach.
inline constexpr int maxDepth = 64;

[[nodiscard]] std::optional<Layout> scan(QByteArrayView document);

} // namespace Mist::FeedLayout
