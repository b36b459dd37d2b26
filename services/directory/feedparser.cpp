// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "feedparser.h"

#include "core/logging.h"
#include "core/parallelfor.h"
#include "feedlayout.h"
#include "net/publicsuffix.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringTokenizer>
#include <QUrl>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// JSON numbers are doubles: whole numbers beyond 2^53 cannot be told apart.
constexpr double maxExactInteger = 9007199254740991.0;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The checks below are written out by hand rather than as regular expressions: they run for
// every entry of feeds of thousands, and each says exactly what its pattern in the comment does.

// ^UA[0-9]{17}\z
bool isKatottg(QStringView text)
{
    return text.size() == 19 && text.startsWith(u"UA")
        && std::all_of(text.begin() + 2, text.end(), isAsciiDigit);
}

// ^\+?[0-9][0-9 ()-]{2,31}\z
bool isPhoneNumber(QStringView text)
{
    if (text.startsWith(u'+'))
        text = text.sliced(1);
    if (text.size() < 3 || text.size() > 32 || !isAsciiDigit(text.front()))
        return false;
    return std::all_of(text.begin() + 1, text.end(), [](QChar c) {
        return isAsciiDigit(c) || c == u' ' || c == u'(' || c == u')' || c == u'-';
    });
}

// ^[0-9]{4}-[0-9]{2}-[0-9]{2}\z
bool isDateShape(QStringView text)
{
    if (text.size() != 10)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7 ? text.at(i) != u'-' : !isAsciiDigit(text.at(i)))
            return false;
    }
    return true;
}

bool isValidId(QStringView id)
{
    if (id.size() < 2 || id.size() > FeedParser::maxIdLength)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'-')))
            return false;
    }
    return true;
}

// Reads one entry. The first problem found is the reason the entry is dropped; reading goes on
// only as far as it is cheap, so the reason is the first one in field order.
class EntryReader
{
public:
    EntryReader(const QJsonObject &object, QString label)
        : m_object(object)
        , m_label(std::move(label))
    { }

    [[nodiscard]] bool failed() const { return !m_problem.isEmpty(); }
    [[nodiscard]] QString problem() const { return m_problem; }
    // Whether reading the entry wrote a log line: such an entry is read again every time (see
    // FeedParser::KnownEntries), so the line comes again with every feed, as it always has.
    [[nodiscard]] bool logged() const { return m_logged; }
    void noteLogged() { m_logged = true; }

    void fail(const QString &reason)
    {
        if (m_problem.isEmpty())
            m_problem = reason;
    }

    // A string field: trimmed, capped, free of control characters (a line break is allowed in
    // multiline texts). Missing or null gives an empty string; the caller decides if that is
    // allowed.
    // The field's name is field + suffix ("name" + ".uk"), joined only for a message: this runs
    // for every string of every entry.
    QString text(const QJsonValue &value, QStringView field, qsizetype maxLength,
        bool multiline = false, QStringView suffix = {})
    {
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            fail(u"%1%2 is not a string"_s.arg(field, suffix));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (text.size() > maxLength) {
            fail(u"%1%2 is longer than %3 characters"_s.arg(
                field, suffix, QString::number(maxLength)));
            return {};
        }
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029;
            if (control && !(multiline && u == u'\n')) {
                fail(u"%1%2 contains control characters"_s.arg(field, suffix));
                return {};
            }
        }
        return text;
    }

    // An object {"uk": "...", "en": "..."}. Other language keys are ignored.
    LocalizedText localized(const QJsonValue &value, const QString &field, qsizetype maxLength,
        bool requireUk, bool multiline = false)
    {
        if (value.isUndefined() || value.isNull()) {
            if (requireUk)
                fail(u"%1 is missing"_s.arg(field));
            return {};
        }
        if (!value.isObject()) {
            fail(u"%1 is not an object with \"uk\" and \"en\""_s.arg(field));
            return {};
        }
        const QJsonObject object = value.toObject();
        LocalizedText result;
        result.uk = text(object.value("uk"_L1), field, maxLength, multiline, u".uk");
        result.en = text(object.value("en"_L1), field, maxLength, multiline, u".en");
        if (requireUk && result.uk.isEmpty())
            fail(u"%1.uk is missing or empty"_s.arg(field));
        return result;
    }

    QStringList keywordList(const QJsonValue &value, const QString &field)
    {
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(u"%1 is not an array of strings"_s.arg(field));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > FeedParser::maxKeywordsPerLanguage) {
            fail(u"%1 has more than %2 keywords"_s.arg(field).arg(
                FeedParser::maxKeywordsPerLanguage));
            return {};
        }
        QStringList list;
        for (const QJsonValue &item : array) {
            const QString keyword = text(item, field, FeedParser::maxKeywordLength);
            if (failed())
                return {};
            if (!keyword.isEmpty() && !list.contains(keyword))
                list << keyword;
        }
        return list;
    }

    const QJsonObject &object() const { return m_object; }
    const QString &label() const { return m_label; }

private:
    QJsonObject m_object;
    QString m_label;
    QString m_problem;
    bool m_logged = false;
};

enum class SuffixCheck { UrlHost, LoginHost };

// Whether a host is a public suffix, as readOnline() asks it, remembered per thread: a feed
// names the same hosts in many entries (its login host, id.gov.ua, in nearly all), and the
// answer, from the list libpsl loaded once, never changes while the process runs. The memo is
// cleared when full, so a feed of thousands of distinct hosts cannot make it grow.
bool isRefusedSuffix(const QString &host, SuffixCheck check)
{
    thread_local QHash<QString, bool> memo[2];
    QHash<QString, bool> &known = memo[check == SuffixCheck::UrlHost ? 0 : 1];
    if (const auto hit = known.constFind(host); hit != known.cend())
        return hit.value();
    const bool refused = check == SuffixCheck::UrlHost
        ? PublicSuffix::isPublicSuffix(host.toLower())
        : PublicSuffix::isPublicSuffix(QString::fromLatin1(QUrl::toAce(host.toLower())));
    if (known.size() >= 1024)
        known.clear();
    known.insert(host, refused);
    return refused;
}

void readScope(EntryReader &reader, PortalEntry &entry)
{
    const QJsonValue value = reader.object().value("scope"_L1);
    if (!value.isObject()) {
        reader.fail(value.isUndefined() ? u"scope is missing"_s : u"scope is not an object"_s);
        return;
    }
    const QJsonObject scope = value.toObject();
    const QString level = reader.text(scope.value("level"_L1), u"scope.level"_s, 32);
    const auto parsed = PortalEntry::scopeFromId(level);
    if (!parsed) {
        reader.fail(u"scope.level is not national, oblast or hromada"_s);
        return;
    }
    entry.scope = *parsed;
    if (entry.scope == PortalEntry::Scope::National)
        return;

    entry.area = reader.localized(scope.value("area"_L1), u"scope.area"_s,
        FeedParser::maxShortTextLength, /*requireUk=*/true);
    if (reader.failed())
        return;
    entry.katottg = reader.text(scope.value("katottg"_L1), u"scope.katottg"_s, 19);
    if (!entry.katottg.isEmpty() && !isKatottg(entry.katottg))
        reader.fail(u"scope.katottg is not \"UA\" followed by 17 digits"_s);
}

void readCategories(EntryReader &reader, PortalEntry &entry)
{
    const QJsonValue value = reader.object().value("categories"_L1);
    if (!value.isUndefined() && !value.isNull()) {
        if (!value.isArray()) {
            reader.fail(u"categories is not an array"_s);
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > FeedParser::maxCategories) {
            reader.fail(u"categories has more than %1 items"_s.arg(FeedParser::maxCategories));
            return;
        }
        int unknown = 0;
        for (const QJsonValue &item : array) {
            const auto category = PortalEntry::categoryFromId(item.toString());
            if (!category) {
                ++unknown; // a category added after this kiosk was built: not an error
                continue;
            }
            if (std::find(entry.categories.begin(), entry.categories.end(), *category)
                == entry.categories.end())
                entry.categories.push_back(*category);
        }
        if (unknown > 0) {
            reader.noteLogged();
            qCInfo(lcDirectory, "feed entry %s: %d unknown categories ignored",
                qUtf8Printable(reader.label()), unknown);
        }
    }
    if (entry.categories.empty())
        entry.categories.push_back(PortalEntry::Category::Other);
}

void readOnline(EntryReader &reader, PortalEntry &entry)
{
    const QJsonValue value = reader.object().value("online"_L1);
    if (!value.isObject()) {
        reader.fail(value.isUndefined() ? u"online is missing"_s : u"online is not an object"_s);
        return;
    }
    const QJsonObject online = value.toObject();
    const QString urlText
        = reader.text(online.value("url"_L1), u"online.url"_s, FeedParser::maxUrlLength);
    if (reader.failed())
        return;
    if (urlText.isEmpty()) {
        reader.fail(u"online.url is missing"_s);
        return;
    }
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        reader.fail(u"online.url is not a valid absolute URL"_s);
        return;
    }
    if (url.scheme() != "https"_L1) {
        reader.fail(u"online.url is not https"_s);
        return;
    }
    // A host in another script (дія.укр) is checked, and compared, in its ASCII (xn--) form.
    const QString asciiHost = url.host(QUrl::EncodeUnicode);
    if (asciiHost.isEmpty()) {
        reader.fail(u"online.url has no host"_s);
        return;
    }
    if (!url.userInfo().isEmpty()) {
        reader.fail(u"online.url carries a user name or password"_s);
        return;
    }
    if (!FeedParser::isBareHostName(asciiHost)) {
        reader.fail(u"online.url's host is not a DNS name"_s);
        return;
    }
    if (isRefusedSuffix(asciiHost, SuffixCheck::UrlHost)) {
        reader.fail(u"online.url's host is a public suffix (every site under it would count)"_s);
        return;
    }
    entry.url = url;

    const QJsonValue hosts = online.value("loginHosts"_L1);
    if (hosts.isUndefined() || hosts.isNull())
        return;
    if (!hosts.isArray()) {
        reader.fail(u"online.loginHosts is not an array"_s);
        return;
    }
    const QJsonArray array = hosts.toArray();
    if (array.size() > FeedParser::maxLoginHosts) {
        reader.fail(u"online.loginHosts has more than %1 hosts"_s.arg(FeedParser::maxLoginHosts));
        return;
    }
    for (const QJsonValue &item : array) {
        const QString host = reader.text(item, u"online.loginHosts"_s, FeedParser::maxHostLength);
        if (reader.failed())
            return;
        if (!FeedParser::isBareHostName(host)) {
            reader.fail(u"online.loginHosts has an item that is not a bare host name"_s);
            return;
        }
        if (isRefusedSuffix(host, SuffixCheck::LoginHost)) {
            reader.fail(u"online.loginHosts has a public suffix (%1): every site under it "
                        u"would count"_s.arg(host));
            return;
        }
        if (!entry.loginHosts.contains(host) && host != asciiHost)
            entry.loginHosts << host;
    }
}

void readInPerson(EntryReader &reader, PortalEntry &entry)
{
    const QJsonValue value = reader.object().value("inPerson"_L1);
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        reader.fail(u"inPerson is not an object"_s);
        return;
    }
    const QJsonObject object = value.toObject();
    InPersonChannel channel;
    channel.address = reader.localized(object.value("address"_L1), u"inPerson.address"_s,
        FeedParser::maxShortTextLength, /*requireUk=*/true);
    if (reader.failed())
        return;
    channel.phone
        = reader.text(object.value("phone"_L1), u"inPerson.phone"_s, FeedParser::maxPhoneLength);
    if (!channel.phone.isEmpty() && !isPhoneNumber(channel.phone))
        reader.fail(u"inPerson.phone is not a phone number"_s);
    channel.openingHours = reader.localized(object.value("openingHours"_L1),
        u"inPerson.openingHours"_s, FeedParser::maxHoursLength, false, /*multiline=*/true);
    if (!reader.failed())
        entry.inPerson = channel;
}

void readEId(EntryReader &reader, PortalEntry &entry)
{
    const QJsonValue value = reader.object().value("eId"_L1);
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        reader.fail(u"eId is not an array"_s);
        return;
    }
    int unknown = 0;
    for (const QJsonValue &item : value.toArray()) {
        const auto method = PortalEntry::eIdMethodFromId(item.toString());
        if (method)
            entry.eId |= *method;
        else
            ++unknown;
    }
    if (unknown > 0) {
        reader.noteLogged();
        qCInfo(lcDirectory, "feed entry %s: %d unknown eId methods ignored",
            qUtf8Printable(reader.label()), unknown);
    }
    if (entry.eId.testFlag(PortalEntry::EIdMethod::None)
        && entry.eId != PortalEntry::EIdMethods(PortalEntry::EIdMethod::None))
        reader.fail(u"eId lists \"none\" together with a login method"_s);
}

void readModified(EntryReader &reader, PortalEntry &entry)
{
    const QString text = reader.text(reader.object().value("modified"_L1), u"modified"_s, 10);
    if (text.isEmpty())
        return;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!isDateShape(text) || !date.isValid())
        reader.fail(u"modified is not a date (YYYY-MM-DD)"_s);
    else
        entry.modified = date;
}

// What became of one entry of the feed.
struct Outcome
{
    std::optional<PortalEntry> entry; // none when dropped
    QString label; // the id, or "#<index>" before there is a usable id
    QString reason; // why it was dropped
    bool logged = false; // reading it wrote a log line
    QByteArrayView bytes; // where it is in the document (parse() with KnownEntries only)
};

// Reads entry number index into outcome.
void readEntry(const QJsonValue &value, qsizetype index, Outcome &outcome)
{
    // Until there is a usable id, the entry is named by its index (made only when needed).
    const auto drop = [&outcome, index](const QString &reason) {
        outcome.label = u"#%1"_s.arg(index);
        outcome.reason = reason;
    };
    if (!value.isObject()) {
        drop(u"not an object"_s);
        return;
    }
    const QJsonObject object = value.toObject();
    PortalEntry entry;

    const QJsonValue idValue = object.value("id"_L1);
    if (!idValue.isString()) {
        drop(idValue.isUndefined() ? u"id is missing"_s : u"id is not a string"_s);
        return;
    }
    entry.id = idValue.toString();
    if (!isValidId(entry.id)) {
        drop(u"id is not 2-64 characters of a-z, 0-9, '.' and '-' starting with a letter "
             u"or digit"_s);
        return;
    }
    outcome.label = entry.id;

    EntryReader reader(object, entry.id);
    entry.name
        = reader.localized(object.value("name"_L1), u"name"_s, FeedParser::maxNameLength, true);
    entry.description = reader.localized(object.value("description"_L1), u"description"_s,
        FeedParser::maxDescriptionLength, true, /*multiline=*/true);
    entry.authority = reader.localized(
        object.value("authority"_L1), u"authority"_s, FeedParser::maxShortTextLength, false);
    if (!reader.failed())
        readScope(reader, entry);
    if (!reader.failed())
        readCategories(reader, entry);
    if (!reader.failed())
        readOnline(reader, entry);
    if (!reader.failed())
        readInPerson(reader, entry);
    if (!reader.failed()) {
        const QJsonValue keywords = object.value("keywords"_L1);
        if (!keywords.isUndefined() && !keywords.isNull() && !keywords.isObject()) {
            reader.fail(u"keywords is not an object with \"uk\" and \"en\" lists"_s);
        } else {
            const QJsonObject lists = keywords.toObject();
            entry.keywords.uk = reader.keywordList(lists.value("uk"_L1), u"keywords.uk"_s);
            entry.keywords.en = reader.keywordList(lists.value("en"_L1), u"keywords.en"_s);
        }
    }
    if (!reader.failed())
        readEId(reader, entry);
    if (!reader.failed()) {
        entry.cost = reader.localized(
            object.value("cost"_L1), u"cost"_s, FeedParser::maxShortTextLength, false);
        entry.processingTime = reader.localized(object.value("processingTime"_L1),
            u"processingTime"_s, FeedParser::maxShortTextLength, false);
    }
    if (!reader.failed())
        readModified(reader, entry);

    outcome.logged = reader.logged();
    if (reader.failed()) {
        outcome.reason = reader.problem();
        return;
    }
    outcome.entry = std::move(entry);
}

FeedParser::Result failure(FeedParser::Error error, const QString &message)
{
    FeedParser::Result result;
    result.error = error;
    result.errorString = message;
    return result;
}

} // namespace

QDateTime FeedParser::parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        u"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,3})?"
        u"([Zz]|[+-][0-9]{2}:[0-9]{2})$"_s);
    if (text.size() > 40 || !pattern.match(text).hasMatch())
        return {};
    const QDateTime dateTime = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC();
}

bool FeedParser::isBareHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > maxHostLength)
        return false;
    int labels = 0;
    bool lastLabelHasLetter = false;
    for (QStringView label : qTokenize(host, u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        lastLabelHasLetter = false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool letter = u >= u'a' && u <= u'z';
            if (!letter && !(u >= u'0' && u <= u'9') && u != u'-')
                return false;
            lastLabelHasLetter = lastLabelHasLetter || letter;
        }
        ++labels;
    }
    // A top-level domain is never all digits: that would be an IPv4 address.
    return labels >= 2 && lastLabelHasLetter;
}

bool FeedParser::isAcceptableUrl(const QUrl &url)
{
    // A host in another script (дія.укр) is checked in its ASCII (xn--) form.
    return url.isValid() && url.scheme() == "https"_L1 && !url.host().isEmpty()
        && url.userInfo().isEmpty() && isBareHostName(url.host(QUrl::EncodeUnicode));
}

namespace {

// The root's fields other than the entries, into result.feed. False with result's error set
// when one is wrong.
bool readHeader(const QJsonObject &root, FeedParser::Result &result)
{
    const QJsonValue schemaVersion = root.value("schemaVersion"_L1);
    if (!schemaVersion.isDouble()) {
        result = failure(
            FeedParser::Error::BadSchemaVersion, u"schemaVersion is missing or not a number"_s);
        return false;
    }
    if (schemaVersion.toDouble() != Feed::currentSchemaVersion) {
        result = failure(FeedParser::Error::BadSchemaVersion,
            u"schemaVersion %1 is not supported (this kiosk reads %2)"_s
                .arg(schemaVersion.toDouble())
                .arg(Feed::currentSchemaVersion));
        return false;
    }

    Feed &feed = result.feed;
    feed.schemaVersion = Feed::currentSchemaVersion;

    const QJsonValue version = root.value("version"_L1);
    const double versionNumber = version.toDouble(-1);
    if (!version.isDouble() || versionNumber < 0 || versionNumber > maxExactInteger
        || std::floor(versionNumber) != versionNumber) {
        result = failure(
            FeedParser::Error::BadVersion, u"version is missing or not a whole number >= 0"_s);
        return false;
    }
    feed.version = static_cast<qint64>(versionNumber);

    feed.generated = FeedParser::parseTimestamp(root.value("generated"_L1).toString());
    if (!feed.generated.isValid()) {
        result = failure(FeedParser::Error::BadGenerated,
            u"generated is missing or not an RFC 3339 date-time with an offset"_s);
        return false;
    }
    feed.expires = FeedParser::parseTimestamp(root.value("expires"_L1).toString());
    if (!feed.expires.isValid()) {
        result = failure(FeedParser::Error::BadExpires,
            u"expires is missing or not an RFC 3339 date-time with an offset"_s);
        return false;
    }
    return true;
}

// The entries read, in feed order, into result.feed: duplicates dropped (the first one kept),
// every drop logged. entryBytes, when given, gets each kept entry's bytes.
void collect(std::vector<Outcome> &outcomes, FeedParser::Result &result,
    std::vector<QByteArrayView> *entryBytes)
{
    Feed &feed = result.feed;
    feed.entries.reserve(outcomes.size());
    if (entryBytes) {
        entryBytes->clear();
        entryBytes->reserve(outcomes.size());
    }
    QSet<QString> seen;
    seen.reserve(qsizetype(outcomes.size()));
    for (Outcome &outcome : outcomes) {
        const QString &label = outcome.label;
        QString &reason = outcome.reason;
        std::optional<PortalEntry> &entry = outcome.entry;
        if (entry && seen.contains(entry->id)) {
            reason = u"duplicate id (the first entry with this id is kept)"_s;
            entry.reset();
        }
        if (!entry) {
            qCWarning(lcDirectory, "feed entry %s dropped: %s", qUtf8Printable(label),
                qUtf8Printable(reason));
            feed.dropped.push_back({label, reason});
            continue;
        }
        seen.insert(entry->id);
        feed.entries.push_back(std::move(*entry));
        if (entryBytes)
            entryBytes->push_back(outcome.logged ? QByteArrayView() : outcome.bytes);
    }
}

} // namespace

FeedParser::Result FeedParser::parseWholeDocument(const QByteArray &document)
{
    if (document.size() > maxDocumentBytes) {
        return failure(Error::TooLarge,
            u"the feed is %1 bytes; the limit is %2"_s.arg(document.size()).arg(maxDocumentBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(Error::NotJson,
            u"not valid JSON at byte %1: %2"_s.arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!json.isObject())
        return failure(Error::NotAnObject, u"the feed is not a JSON object"_s);
    const QJsonObject root = json.object();

    Result result;
    if (!readHeader(root, result))
        return result;

    const QJsonValue entriesValue = root.value("entries"_L1);
    if (!entriesValue.isArray())
        return failure(Error::BadEntries, u"entries is missing or not an array"_s);
    const QJsonArray entries = entriesValue.toArray();
    if (entries.size() > maxEntries) {
        return failure(Error::TooManyEntries,
            u"the feed has %1 entries; the limit is %2"_s.arg(entries.size()).arg(maxEntries));
    }

    // Entries are independent, so a big feed is read on every core (half the time on a
    // two-core library PC); duplicates and log lines are then handled in feed order.
    std::vector<Outcome> outcomes(size_t(entries.size()));
    parallelFor(outcomes.size(), 500, [&entries, &outcomes](size_t i) {
        // A copy per call: implicitly shared data is safe to read from several threads only
        // through separate instances.
        const QJsonArray ownCopy = entries;
        readEntry(ownCopy.at(qsizetype(i)), qsizetype(i), outcomes[i]);
    });
    collect(outcomes, result, nullptr);
    return result;
}

FeedParser::Result FeedParser::parse(const QByteArray &document)
{
    return parse(document, {}, nullptr);
}

FeedParser::Result FeedParser::parse(
    const QByteArray &document, const KnownEntries &known, std::vector<QByteArrayView> *entryBytes)
{
    if (entryBytes)
        entryBytes->clear();
    // Whatever is wrong or unusual is left to the whole-document parse, which says what it is:
    // this path only ever produces a feed that one would have produced too.
    if (document.size() > maxDocumentBytes)
        return parseWholeDocument(document);
    const std::optional<FeedLayout::Layout> layout = FeedLayout::scan(document);
    if (!layout || qsizetype(layout->items.size()) > maxEntries)
        return parseWholeDocument(document);

    // The document with an empty entries array: everything but the entries, checked by Qt.
    const FeedLayout::Span array = layout->entries;
    QByteArray envelope;
    envelope.reserve(document.size() - (array.end - array.begin) + 2);
    envelope.append(QByteArrayView(document).first(array.begin))
        .append("[]")
        .append(QByteArrayView(document).sliced(array.end));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(envelope, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return parseWholeDocument(document);
    const QJsonObject root = json.object();
    const QJsonValue emptied = root.value("entries"_L1);
    if (!emptied.isArray() || !emptied.toArray().isEmpty())
        return parseWholeDocument(document);
    Result result;
    if (!readHeader(root, result))
        return parseWholeDocument(document);

    // Each entry on its own: a span of bytes is a JSON object exactly when it is one inside
    // the whole document (FeedLayout keeps the nesting far below Qt's limit).
    std::vector<Outcome> outcomes(layout->items.size());
    std::atomic<bool> notJson = false;
    parallelFor(outcomes.size(), 250, [&](size_t i) {
        Outcome &outcome = outcomes[i];
        outcome.bytes = layout->items[i].in(document);
        if (known) {
            if (const PortalEntry *entry = known(outcome.bytes)) {
                outcome.entry = *entry;
                outcome.label = entry->id;
                return;
            }
        }
        QJsonParseError entryError;
        const QJsonDocument entryJson = QJsonDocument::fromJson(
            QByteArray::fromRawData(outcome.bytes.data(), outcome.bytes.size()), &entryError);
        if (entryError.error != QJsonParseError::NoError || !entryJson.isObject()) {
            notJson = true;
            return;
        }
        readEntry(QJsonValue(entryJson.object()), qsizetype(i), outcome);
    });
    if (notJson)
        return parseWholeDocument(document); // for the error at its offset in the document
    collect(outcomes, result, entryBytes);
    return result;
}

} // namespace Mist
