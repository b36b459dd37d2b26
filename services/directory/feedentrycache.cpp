// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "feedentrycache.h"

#include <atomic>

namespace Mist {

FeedParser::Result FeedEntryCache::parse(const QByteArray &document)
{
    m_pending = {};
    std::atomic<qsizetype> reused = 0;
    const QHash<QByteArrayView, PortalEntry> &committed = m_committed.entries;
    FeedParser::KnownEntries known;
    if (!committed.isEmpty()) {
        // Runs on several threads: only reads the committed generation.
        known = [&committed, &reused](QByteArrayView bytes) -> const PortalEntry * {
            const auto hit = committed.constFind(bytes);
            if (hit == committed.cend())
                return nullptr;
            reused.fetch_add(1, std::memory_order_relaxed);
            return &hit.value();
        };
    }
    std::vector<QByteArrayView> entryBytes;
    FeedParser::Result result = FeedParser::parse(document, known, &entryBytes);

    m_stats = {};
    m_stats.wholeDocument = !result.ok() || entryBytes.size() != result.feed.entries.size();
    if (m_stats.wholeDocument) {
        m_stats.read = qsizetype(result.feed.entries.size() + result.feed.dropped.size());
        return result;
    }
    m_stats.reused = reused.load();
    m_stats.read
        = qsizetype(result.feed.entries.size() + result.feed.dropped.size()) - m_stats.reused;

    // The keys point into the pending generation's document: document itself, shared rather
    // than copied, unless it does not own its bytes (QByteArray::fromRawData has no capacity).
    m_pending.document
        = document.capacity() == 0 ? QByteArray(document.constData(), document.size()) : document;
    const char *const base = m_pending.document.constData();
    m_pending.entries.reserve(qsizetype(entryBytes.size()));
    for (size_t i = 0; i < entryBytes.size(); ++i) {
        const QByteArrayView bytes = entryBytes[i];
        if (!bytes.isEmpty()) {
            m_pending.entries.insert(
                QByteArrayView(base + (bytes.data() - document.constData()), bytes.size()),
                result.feed.entries[i]);
        }
    }
    return result;
}

void FeedEntryCache::commit()
{
    m_committed = std::move(m_pending);
    m_pending = {};
}

void FeedEntryCache::discardPending()
{
    m_pending = {};
}

void FeedEntryCache::clear()
{
    m_committed = {};
    m_pending = {};
    m_stats = {};
}

} // namespace Mist
