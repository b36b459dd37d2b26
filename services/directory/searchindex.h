// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Search over the portal directory, as the citizen types. Built once from the directory's entries
// (SearchDocument is its own type so that the index does not depend on the directory model), then
// asked on every keystroke.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

namespace Mist {

// What the index knows about one directory entry. Every text is searched in whatever language or
// script it is written in.
struct SearchDocument
{
    QString id;
    QStringList names; // Ukrainian and English names: the strongest match.
    QStringList keywords;
    QStringList descriptions;
    bool pinned = false; // A local portal the library puts first.
    QString sortName; // Collated among equals; the first name when empty.
};

// Where the query matched, best first. Results are ordered by tier, then pinned entries, then the
// Ukrainian alphabetical order of their sort names.
enum class SearchTier : quint8 {
    Name, // every query word matches a name
    Keyword, // every query word matches a name or a keyword, at least one only a keyword
    Description, // at least one query word matches only a description
    Unfiltered, // the query had nothing to search for: every entry, pinned first, then by name
};

// One result of SearchIndex::search(): the entry's id and the tier it matched in.
struct SearchHit
{
    QString id;
    SearchTier tier = SearchTier::Unfiltered;

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

// An immutable inverted index over the normalized words of the documents
// (see SearchNormalizer). Every word of a document becomes its loose Latin key; the sorted,
// de-duplicated keys point at contiguous runs of (document, best tier) postings, so the words
// that start with a typed prefix are one binary search away and their postings one array slice.
//
// Matching: each query word is a prefix ("пен" finds "Пенсійний"), in either script and any of
// the usual transliterations; all query words must match (AND), each in any field. An empty query,
// or one without letters or digits, returns every document with SearchTier::Unfiltered, so the
// search screen can show the whole directory before anything is typed.
//
// search() is const and keeps no state between calls: one index can serve several threads.
// Rebuild by constructing a new index; 10,000 documents take well under a second.
class SearchIndex
{
public:
    SearchIndex() = default;
    explicit SearchIndex(const QList<SearchDocument> &documents);

    // The matching documents, best first; at most limit of them (all when limit is negative).
    [[nodiscard]] QList<SearchHit> search(QStringView query, qsizetype limit = -1) const;

    [[nodiscard]] qsizetype size() const { return m_ids.size(); }
    [[nodiscard]] bool isEmpty() const { return m_ids.isEmpty(); }
    // Distinct word keys and (key, document) postings: for benchmarks and memory estimates.
    [[nodiscard]] qsizetype vocabularySize() const { return qsizetype(m_keys.size()); }
    [[nodiscard]] qsizetype postingCount() const { return qsizetype(m_postings.size()); }

private:
    // The range [first, last) of m_keys that start with prefix.
    [[nodiscard]] std::pair<qsizetype, qsizetype> keyRange(QStringView prefix) const;

    // Documents are numbered by their order among equals (pinned first, then QCollator for
    // uk_UA, then id), so that the hits of one tier come out ranked by a plain walk over the
    // numbers: no sorting per keystroke.
    QStringList m_ids; // document number -> id
    // Sorted, distinct word keys; the postings of m_keys[k] are
    // m_postings[m_postingStart[k] .. m_postingStart[k + 1]).
    std::vector<QString> m_keys;
    std::vector<quint32> m_postingStart;
    // (document number << 2) | tier: the best tier in which that document has the key.
    std::vector<quint32> m_postings;
};

} // namespace Mist
