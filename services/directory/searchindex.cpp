// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "searchindex.h"

#include "searchnormalizer.h"

#include <QCollator>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace Mist {

namespace {

constexpr quint8 NoMatch = 0xFF;

// Postings pack the document number with two bits of tier.
constexpr qsizetype MaxDocuments = qsizetype(1) << 30;

// The input positions of documents in their order among equals: pinned first, then the Ukrainian
// alphabet (code-point order would put Є І Ї before А and Ґ after Я), numbers by value ("ЦНАП 2"
// before "ЦНАП 10"), then id so that the order never depends on the input order.
std::vector<quint32> orderAmongEquals(const QList<SearchDocument> &documents)
{
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> sortKeys;
    sortKeys.reserve(documents.size());
    for (const SearchDocument &doc : documents) {
        const QString &name = !doc.sortName.isEmpty() ? doc.sortName
            : !doc.names.isEmpty()                    ? doc.names.front()
                                                      : doc.id;
        sortKeys.push_back(collator.sortKey(name));
    }
    std::vector<quint32> order(documents.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        if (documents[a].pinned != documents[b].pinned)
            return documents[a].pinned;
        if (const int byName = sortKeys[a].compare(sortKeys[b]); byName != 0)
            return byName < 0;
        return documents[a].id < documents[b].id;
    });
    return order;
}

} // namespace

SearchIndex::SearchIndex(const QList<SearchDocument> &documents)
{
    Q_ASSERT(documents.size() < MaxDocuments);
    const std::vector<quint32> order = orderAmongEquals(documents);
    const auto count = quint32(order.size());
    m_ids.reserve(count);

    // Collect (key, document, tier) once per word. Words repeat a lot across documents ("портал",
    // "послуги"), so each distinct word is normalized once.
    QHash<QString, quint32> keyIds;
    QHash<QString, quint32> keyIdByWord;
    std::vector<QString> keys;
    std::vector<quint64> entries; // (key id << 32) | (document << 2) | tier
    const auto addTexts = [&](const QStringList &texts, quint32 document, SearchTier tier) {
        for (const QString &text : texts) {
            for (const QString &word : SearchNormalizer::words(text)) {
                auto known = keyIdByWord.constFind(word);
                if (known == keyIdByWord.cend()) {
                    const QString key = SearchNormalizer::wordKey(word);
                    if (key.isEmpty())
                        continue; // a lone soft sign: nothing to find it by
                    auto id = keyIds.constFind(key);
                    if (id == keyIds.cend()) {
                        id = keyIds.insert(key, quint32(keys.size()));
                        keys.push_back(key);
                    }
                    known = keyIdByWord.insert(word, *id);
                }
                entries.push_back(
                    (quint64(*known) << 32) | (quint64(document) << 2) | quint64(tier));
            }
        }
    };
    for (quint32 document = 0; document < count; ++document) {
        const SearchDocument &doc = documents[order[document]];
        m_ids.append(doc.id);
        addTexts(doc.names, document, SearchTier::Name);
        addTexts(doc.keywords, document, SearchTier::Keyword);
        addTexts(doc.descriptions, document, SearchTier::Description);
    }

    // Sort the keys, renumber the entries by sorted position, and sort the entries: each key's
    // postings become one run, ordered by document and then tier, so the first of each
    // (key, document) pair is its best tier.
    std::vector<quint32> sortedKeys(keys.size());
    std::iota(sortedKeys.begin(), sortedKeys.end(), 0U);
    std::sort(sortedKeys.begin(), sortedKeys.end(),
        [&keys](quint32 a, quint32 b) { return keys[a] < keys[b]; });
    std::vector<quint32> positionOfKey(keys.size());
    for (quint32 position = 0; position < sortedKeys.size(); ++position)
        positionOfKey[sortedKeys[position]] = position;
    for (quint64 &entry : entries)
        entry = (quint64(positionOfKey[entry >> 32]) << 32) | (entry & 0xFFFFFFFFU);
    std::sort(entries.begin(), entries.end());

    m_keys.reserve(keys.size());
    for (const quint32 id : sortedKeys)
        m_keys.push_back(std::move(keys[id]));
    m_postingStart.assign(m_keys.size() + 1, 0);
    m_postings.reserve(entries.size());
    constexpr quint64 NoEntry = ~quint64(0);
    quint64 previous = NoEntry;
    for (const quint64 entry : entries) {
        // Same key and document as the previous entry: a worse or equal tier, skip it.
        if (previous != NoEntry && (entry >> 2) == (previous >> 2))
            continue;
        previous = entry;
        m_postings.push_back(quint32(entry & 0xFFFFFFFFU));
        m_postingStart[(entry >> 32) + 1] = quint32(m_postings.size());
    }
}

std::pair<qsizetype, qsizetype> SearchIndex::keyRange(QStringView prefix) const
{
    // Keys that start with prefix sort together, right from the first key not less than prefix.
    const auto first = std::lower_bound(m_keys.begin(), m_keys.end(), prefix,
        [](const QString &key, QStringView p) { return key < p; });
    const auto last = std::partition_point(
        first, m_keys.end(), [prefix](const QString &key) { return key.startsWith(prefix); });
    return {first - m_keys.begin(), last - m_keys.begin()};
}

QList<SearchHit> SearchIndex::search(QStringView query, qsizetype limit) const
{
    const qsizetype count = m_ids.size();
    if (limit < 0 || limit > count)
        limit = count;
    if (limit == 0)
        return {};

    // docTier: the worst over the query words of each word's best tier in that document, since a
    // document ranks by the weakest field it needed. NoMatch once any word misses.
    std::vector<quint8> docTier(count, 0);
    std::vector<quint8> wordTier(count);
    bool filtered = false;
    for (const QString &word : SearchNormalizer::words(query)) {
        const QStringList prefixes = SearchNormalizer::wordKeyPrefixes(word);
        if (prefixes.isEmpty())
            continue; // nothing to search for in this word
        filtered = true;
        std::fill(wordTier.begin(), wordTier.end(), NoMatch);
        for (const QString &prefix : prefixes) {
            const auto [first, last] = keyRange(prefix);
            const quint32 *posting = m_postings.data() + m_postingStart[first];
            const quint32 *const end = m_postings.data() + m_postingStart[last];
            for (; posting != end; ++posting) {
                quint8 &tier = wordTier[*posting >> 2];
                tier = std::min(tier, quint8(*posting & 3U));
            }
        }
        bool any = false;
        for (qsizetype document = 0; document < count; ++document) {
            docTier[document] = std::max(docTier[document], wordTier[document]);
            any = any || docTier[document] != NoMatch;
        }
        if (!any)
            return {};
    }

    QList<SearchHit> hits;
    if (!filtered) {
        hits.reserve(limit);
        for (qsizetype document = 0; document < limit; ++document)
            hits.append({m_ids[document], SearchTier::Unfiltered});
        return hits;
    }
    // Documents are numbered in their order among equals: one walk per tier ranks the hits.
    for (quint8 tier = 0; tier <= quint8(SearchTier::Description) && hits.size() < limit; ++tier) {
        for (qsizetype document = 0; document < count && hits.size() < limit; ++document) {
            if (docTier[document] == tier)
                hits.append({m_ids[document], SearchTier(tier)});
        }
    }
    return hits;
}

} // namespace Mist
