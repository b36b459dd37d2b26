// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "portalentryjson.h"

#include "feedparser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Mist::PortalEntryJson {

namespace {

// The envelope FeedParser needs around entries. Its version and dates mean nothing here: the
// caller only wants the entries, and FeedParser does not compare dates with the clock.
constexpr QByteArrayView envelopeHead = R"({"schemaVersion":1,"version":0,)"
                                        R"("generated":"2000-01-01T00:00:00Z",)"
                                        R"("expires":"2000-01-01T00:00:00Z","entries":[)";
constexpr QByteArrayView envelopeTail = "]}";

// Appends text as a JSON string: UTF-8, with the escapes JSON requires (quote, backslash and
// control characters) and nothing else.
void appendString(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escape, sizeof escape);
            break;
        }
        }
    }
    out.append(run, end - run);
    out += '"';
}

// Writes one JSON object member by member, commas included.
class ObjectWriter
{
public:
    explicit ObjectWriter(QByteArray &out)
        : m_out(out)
    {
        m_out += '{';
    }
    ~ObjectWriter() { m_out += '}'; }
    ObjectWriter(const ObjectWriter &) = delete;
    ObjectWriter &operator=(const ObjectWriter &) = delete;

    // Starts a member; its value is written next.
    QByteArray &key(QLatin1StringView name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out.append(name.data(), name.size());
        m_out += "\":";
        return m_out;
    }

    void string(QLatin1StringView name, QStringView value) { appendString(key(name), value); }

    void strings(QLatin1StringView name, const QStringList &values)
    {
        QByteArray &out = key(name);
        out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += ',';
            appendString(out, values.at(i));
        }
        out += ']';
    }

    // {"uk": ..., "en": ...}, each only when not empty.
    void localized(QLatin1StringView name, const LocalizedText &text)
    {
        ObjectWriter object(key(name));
        if (!text.uk.isEmpty())
            object.string("uk"_L1, text.uk);
        if (!text.en.isEmpty())
            object.string("en"_L1, text.en);
    }

    // An optional localized member: left out when it says nothing.
    void optionalLocalized(QLatin1StringView name, const LocalizedText &text)
    {
        if (!text.isEmpty())
            localized(name, text);
    }

private:
    QByteArray &m_out;
    bool m_first = true;
};

FeedParser::Result parseWrapped(const QByteArray &joinedEntries)
{
    QByteArray document;
    document.reserve(envelopeHead.size() + joinedEntries.size() + envelopeTail.size());
    document.append(envelopeHead).append(joinedEntries).append(envelopeTail);
    return FeedParser::parse(document);
}

void appendDropped(std::vector<DroppedEntry> *dropped, const std::vector<DroppedEntry> &more)
{
    if (dropped)
        dropped->insert(dropped->end(), more.begin(), more.end());
}

} // namespace

QByteArray toJsonText(const PortalEntry &entry)
{
    // Written directly rather than through QJsonObject, which is several times slower: a sync
    // writes every entry of a feed of thousands. Members in the schema's order, so that a row
    // reads well in sqlite3.
    QByteArray out;
    out.reserve(1024);
    {
        ObjectWriter object(out);
        object.string("id"_L1, entry.id);
        object.localized("name"_L1, entry.name);
        object.localized("description"_L1, entry.description);
        object.optionalLocalized("authority"_L1, entry.authority);
        {
            ObjectWriter scope(object.key("scope"_L1));
            scope.string("level"_L1, PortalEntry::scopeId(entry.scope));
            // FeedParser ignores the area and code of a national portal, so they are not written.
            if (entry.scope != PortalEntry::Scope::National) {
                if (!entry.katottg.isEmpty())
                    scope.string("katottg"_L1, entry.katottg);
                scope.optionalLocalized("area"_L1, entry.area);
            }
        }
        QStringList categories;
        for (const PortalEntry::Category category : entry.categories)
            categories.append(PortalEntry::categoryId(category));
        object.strings("categories"_L1, categories);
        {
            ObjectWriter online(object.key("online"_L1));
            online.string("url"_L1, entry.url.toString(QUrl::FullyEncoded));
            if (!entry.loginHosts.isEmpty())
                online.strings("loginHosts"_L1, entry.loginHosts);
        }
        if (entry.inPerson) {
            ObjectWriter inPerson(object.key("inPerson"_L1));
            inPerson.localized("address"_L1, entry.inPerson->address);
            if (!entry.inPerson->phone.isEmpty())
                inPerson.string("phone"_L1, entry.inPerson->phone);
            inPerson.optionalLocalized("openingHours"_L1, entry.inPerson->openingHours);
        }
        if (!entry.keywords.uk.isEmpty() || !entry.keywords.en.isEmpty()) {
            ObjectWriter keywords(object.key("keywords"_L1));
            if (!entry.keywords.uk.isEmpty())
                keywords.strings("uk"_L1, entry.keywords.uk);
            if (!entry.keywords.en.isEmpty())
                keywords.strings("en"_L1, entry.keywords.en);
        }
        if (entry.eId) {
            QStringList methods;
            for (const PortalEntry::EIdMethod method :
                {PortalEntry::EIdMethod::None, PortalEntry::EIdMethod::Kep,
                    PortalEntry::EIdMethod::DiiaSignature, PortalEntry::EIdMethod::BankId}) {
                if (entry.eId.testFlag(method))
                    methods.append(PortalEntry::eIdMethodId(method));
            }
            object.strings("eId"_L1, methods);
        }
        object.optionalLocalized("cost"_L1, entry.cost);
        object.optionalLocalized("processingTime"_L1, entry.processingTime);
        if (entry.modified.isValid())
            object.string("modified"_L1, entry.modified.toString(Qt::ISODate));
    }
    return out;
}

QJsonObject toJson(const PortalEntry &entry)
{
    // One writer: the object is the text, read back.
    return QJsonDocument::fromJson(toJsonText(entry)).object();
}

std::vector<PortalEntry> fromJson(const QJsonArray &entries, std::vector<DroppedEntry> *dropped)
{
    QList<QByteArray> texts;
    texts.reserve(entries.size());
    for (const QJsonValue &value : entries) {
        // A non-object is kept as an object-less text so FeedParser drops it with its index.
        texts.append(value.isObject()
                ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                : QByteArray("null"));
    }
    return fromJsonTexts(texts, dropped);
}

std::optional<PortalEntry> fromJson(const QJsonObject &entry, QString *reason)
{
    std::vector<DroppedEntry> dropped;
    std::vector<PortalEntry> entries = fromJson(QJsonArray {entry}, &dropped);
    if (entries.size() == 1)
        return std::move(entries.front());
    if (reason)
        *reason = dropped.empty() ? u"not a portal entry"_s : dropped.front().reason;
    return std::nullopt;
}

std::vector<PortalEntry> fromJsonTexts(
    const QList<QByteArray> &texts, std::vector<DroppedEntry> *dropped)
{
    if (texts.isEmpty())
        return {};
    FeedParser::Result all = parseWrapped(texts.join(','));
    if (all.ok()) {
        appendDropped(dropped, all.feed.dropped);
        return std::move(all.feed.entries);
    }
    // One text broke the document (not JSON, or the caps of a whole feed): read them one by one.
    std::vector<PortalEntry> entries;
    entries.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        FeedParser::Result one = parseWrapped(texts.at(i));
        if (!one.ok()) {
            if (dropped)
                dropped->push_back({u"#%1"_s.arg(i), u"not a JSON entry"_s});
            continue;
        }
        for (DroppedEntry &entry : one.feed.dropped) {
            // "#0" is the index inside this one-entry document; give the index among texts.
            if (entry.entry.startsWith(u'#'))
                entry.entry = u"#%1"_s.arg(i);
        }
        appendDropped(dropped, one.feed.dropped);
        for (PortalEntry &entry : one.feed.entries)
            entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace Mist::PortalEntryJson
