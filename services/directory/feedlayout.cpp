// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "feedlayout.h"

#include <cstring>

namespace Mist::FeedLayout {

namespace {

// Walks JSON structure only: strings are skipped as a whole (so a brace inside one never
// counts), scalars up to the next delimiter. Whether a string, number or literal is valid is for
// Qt's parser to say later; the walk only has to find the same boundaries it would.
class Scanner
{
public:
    explicit Scanner(QByteArrayView document)
        : m_begin(document.data())
        , m_p(document.data())
        , m_end(document.data() + document.size())
    { }

    [[nodiscard]] qsizetype offset() const { return m_p - m_begin; }
    [[nodiscard]] bool atEnd() const { return m_p == m_end; }
    [[nodiscard]] bool at(char c) const { return m_p < m_end && *m_p == c; }

    // JSON's whitespace, which is also all that Qt's parser skips.
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool consume(char c)
    {
        skipSpace();
        if (!at(c))
            return false;
        ++m_p;
        return true;
    }

    // At a '"': moves past the closing quote. A quote ends the string unless an odd number of
    // backslashes stands right before it (each pair is an escaped backslash). *escaped says
    // whether the string had any escape at all.
    bool skipString(bool *escaped = nullptr)
    {
        const char *const content = ++m_p;
        for (;;) {
            const auto *quote
                = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote)
                return false;
            const char *run = quote;
            while (run > content && run[-1] == '\\')
                --run;
            m_p = quote + 1;
            if ((quote - run) % 2 == 0) {
                if (escaped)
                    *escaped = std::memchr(content, '\\', size_t(quote - content)) != nullptr;
                return true;
            }
        }
    }

    // A value at depth (the depth of the container holding it).
    bool skipValue(int depth)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            return skipString();
        case '{':
            return skipObject(depth + 1);
        case '[':
            return skipArray(depth + 1);
        default: {
            const char *const start = m_p;
            while (m_p < m_end && !isDelimiter(*m_p))
                ++m_p;
            return m_p > start;
        }
        }
    }

    // At a '{' that opens a container at depth.
    bool skipObject(int depth)
    {
        if (depth > maxDepth)
            return false;
        ++m_p;
        if (consume('}'))
            return true;
        for (;;) {
            skipSpace();
            if (!at('"') || !skipString() || !consume(':') || !skipValue(depth))
                return false;
            if (consume(','))
                continue;
            return consume('}');
        }
    }

    // At a '[' that opens a container at depth.
    bool skipArray(int depth)
    {
        if (depth > maxDepth)
            return false;
        ++m_p;
        if (consume(']'))
            return true;
        for (;;) {
            if (!skipValue(depth))
                return false;
            if (consume(','))
                continue;
            return consume(']');
        }
    }

    // At the '[' of the root's "entries": its span and each item's, which must be an object.
    bool scanEntries(Layout *layout)
    {
        layout->entries.begin = offset();
        ++m_p;
        if (!consume(']')) {
            for (;;) {
                skipSpace();
                if (!at('{'))
                    return false;
                const qsizetype begin = offset();
                if (!skipObject(3)) // the root object is 1, this array 2
                    return false;
                layout->items.push_back({begin, offset()});
                if (consume(','))
                    continue;
                if (!consume(']'))
                    return false;
                break;
            }
        }
        layout->entries.end = offset();
        return true;
    }

private:
    static bool isDelimiter(char c)
    {
        switch (c) {
        case ' ':
        case '\n':
        case '\r':
        case '\t':
        case ',':
        case ':':
        case '"':
        case '[':
        case ']':
        case '{':
        case '}':
            return true;
        default:
            return false;
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<Layout> scan(QByteArrayView document)
{
    Scanner scanner(document);
    // A byte order mark (which Qt skips) is left to the whole-document parse, like all else rare.
    if (!scanner.consume('{'))
        return std::nullopt;
    Layout layout;
    bool found = false;
    if (!scanner.consume('}')) {
        for (;;) {
            scanner.skipSpace();
            if (!scanner.at('"'))
                return std::nullopt;
            const qsizetype keyBegin = scanner.offset() + 1;
            bool escaped = false;
            if (!scanner.skipString(&escaped) || escaped)
                return std::nullopt; // "entri\u0065s" is "entries" too: not worth the risk
            const QByteArrayView key = document.sliced(keyBegin, scanner.offset() - 1 - keyBegin);
            if (!scanner.consume(':'))
                return std::nullopt;
            scanner.skipSpace();
            if (key == "entries") {
                // Qt keeps the last of duplicate keys; a feed that repeats it is not usual.
                if (found || !scanner.at('[') || !scanner.scanEntries(&layout))
                    return std::nullopt;
                found = true;
            } else if (!scanner.skipValue(1)) {
                return std::nullopt;
            }
            if (scanner.consume(','))
                continue;
            if (!scanner.consume('}'))
                return std::nullopt;
            break;
        }
    }
    scanner.skipSpace();
    if (!found || !scanner.atEnd())
        return std::nullopt;
    return layout;
}

} // namespace Mist::FeedLayout
