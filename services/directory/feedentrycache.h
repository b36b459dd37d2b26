// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The entries of the last accepted feed, by their exact bytes, so that the next feed's
// unchanged entries need not be parsed and validated again: a new feed version usually changes
// a few entries of thousands. Validation depends on an entry's bytes only (never on the clock
// or on other entries), so an entry whose bytes are identical gives an identical PortalEntry;
// bytes are compared in full, never trusted to a hash.
//
// Use: parse() each downloaded (verified) feed; commit() once it is accepted, so the cache
// always holds the feed in use, never one that was refused. The result of parse() is always the
// one FeedParser::parse() gives (same entries, same drops, same errors and log lines).
#pragma once

#include "feedparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

namespace Mist {

class FeedEntryCache
{
public:
    // What the last parse() did.
    struct Stats
    {
        qsizetype reused = 0; // entries taken from the cache
        qsizetype read = 0; // entries parsed and validated
        // The document was parsed whole (an error, or an unusual layout): nothing was reused,
        // and nothing from it can be cached.
        bool wholeDocument = false;
    };

    // FeedParser::parse(document), reusing the committed entries.
    [[nodiscard]] FeedParser::Result parse(const QByteArray &document);
    // The feed parse() read last was accepted: its entries replace the cache.
    void commit();
    // Forgets what parse() read last (a refused feed), so it does not take memory until the
    // next one.
    void discardPending();
    // Forgets everything.
    void clear();

    [[nodiscard]] qsizetype size() const { return m_committed.entries.size(); }
    [[nodiscard]] const Stats &lastStats() const { return m_stats; }

private:
    struct Generation
    {
        QByteArray document; // the views below point into it
        QHash<QByteArrayView, PortalEntry> entries;
    };

    Generation m_committed;
    Generation m_pending;
    Stats m_stats;
};

} // namespace Mist
