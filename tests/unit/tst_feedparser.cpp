// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// FeedParser: a valid feed, each kind of bad entry dropped with the rest kept, each fatal error,
// forward compatibility, the size caps, and the bundled starter directory.

#include "directory/bundleddirectory.h"
#include "directory/feedparser.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

QJsonObject minimalEntry(const QString &id)
{
    return QJsonObject {
        {u"id"_s, id},
        {u"name"_s, QJsonObject {{u"uk"_s, u"Назва"_s}}},
        {u"description"_s, QJsonObject {{u"uk"_s, u"Опис"_s}}},
        {u"scope"_s, QJsonObject {{u"level"_s, u"national"_s}}},
        {u"online"_s, QJsonObject {{u"url"_s, u"https://%1.example.org/"_s.arg(id)}}},
    };
}

QByteArray feedWith(const QJsonArray &entries)
{
    const QJsonObject root {
        {u"schemaVersion"_s, 1},
        {u"version"_s, 1},
        {u"generated"_s, u"2026-01-01T00:00:00Z"_s},
        {u"expires"_s, u"2099-01-01T00:00:00Z"_s},
        {u"entries"_s, entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFeed()
    {
        const FeedParser::Result result
            = FeedParser::parse(MistTest::readDataFile(u"feed/valid.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Feed &feed = result.feed;
        QCOMPARE(feed.schemaVersion, 1);
        QCOMPARE(feed.version, qint64(5));
        QCOMPARE(feed.generated, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
        QCOMPARE(feed.expires, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(feed.entries.size(), size_t(3));
        QVERIFY(feed.dropped.empty());

        const PortalEntry *full = feed.entry(u"national.full");
        QVERIFY(full);
        QCOMPARE(full->name.uk, u"Повний запис"_s); // trimmed
        QCOMPARE(full->name.en, u"Full entry"_s);
        QCOMPARE(full->description.uk, u"Перший рядок.\nДругий рядок."_s);
        QCOMPARE(full->authority.en, u"Test agency"_s);
        QCOMPARE(full->scope, PortalEntry::Scope::National);
        QVERIFY(full->katottg.isEmpty());
        // Duplicates removed, order kept: the first is the main shelf.
        const std::vector<PortalEntry::Category> categories {
            PortalEntry::Category::PensionSocial, PortalEntry::Category::Taxes};
        QCOMPARE(full->categories, categories);
        QCOMPARE(full->primaryCategory(), PortalEntry::Category::PensionSocial);
        QCOMPARE(full->url, QUrl(u"https://portal.example.org/start?lang=uk#top"_s));
        // The portal's own host and duplicates are not repeated in loginHosts.
        QCOMPARE(full->loginHosts, (QStringList {u"id.example.org"_s, u"bank-id.example.net"_s}));
        QCOMPARE(full->allowedHosts(),
            (QStringList {u"portal.example.org"_s, u"id.example.org"_s, u"bank-id.example.net"_s}));
        QCOMPARE(full->keywords.uk, (QStringList {u"пенсія"_s, u"стаж"_s}));
        QCOMPARE(full->keywords.en, (QStringList {u"pensiia"_s, u"pension"_s}));
        QCOMPARE(full->eId,
            PortalEntry::EIdMethods(PortalEntry::EIdMethod::Kep)
                | PortalEntry::EIdMethod::DiiaSignature | PortalEntry::EIdMethod::BankId);
        QCOMPARE(full->cost.uk, u"Безоплатно"_s);
        QCOMPARE(full->processingTime.en, u"At once"_s);
        QCOMPARE(full->modified, QDate(2026, 10, 30));
        QVERIFY(!full->inPerson);

        const PortalEntry *oblast = feed.entry(u"oblast-portal");
        QVERIFY(oblast);
        QCOMPARE(oblast->scope, PortalEntry::Scope::Oblast);
        QCOMPARE(oblast->area.uk, u"Тестова область"_s);
        QCOMPARE(
            oblast->categories, std::vector<PortalEntry::Category> {PortalEntry::Category::Other});
        QCOMPARE(oblast->eId, PortalEntry::EIdMethods(PortalEntry::EIdMethod::None));
        QVERIFY(oblast->name.en.isEmpty());
        QCOMPARE(oblast->name.forLanguage(u"en"), u"Обласний портал"_s); // falls back to uk
        QVERIFY(oblast->authority.isEmpty());
        QVERIFY(!oblast->modified.isValid());

        const PortalEntry *hromada = feed.entry(u"hromada.cnap");
        QVERIFY(hromada);
        QCOMPARE(hromada->scope, PortalEntry::Scope::Hromada);
        QCOMPARE(hromada->katottg, u"UA01234567890123456"_s);
        QCOMPARE(hromada->area.en, u"Test hromada"_s);
        QVERIFY(hromada->inPerson);
        QCOMPARE(hromada->inPerson->address.uk, u"вул. Тестова, 1"_s);
        QCOMPARE(hromada->inPerson->phone, u"+380 00 000-00-00"_s);
        QCOMPARE(hromada->inPerson->openingHours.uk, u"Пн–Пт 9:00–17:00\nСб 9:00–13:00"_s);
        QVERIFY(hromada->eId == PortalEntry::EIdMethods()); // not stated
    }

    void badEntriesAreDroppedAndTheRestKept()
    {
        const FeedParser::Result result
            = FeedParser::parse(MistTest::readDataFile(u"feed/bad-entries.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Feed &feed = result.feed;

        QCOMPARE(feed.entries.size(), size_t(2));
        QCOMPARE(feed.entries.at(0).id, u"good-one"_s);
        QCOMPARE(feed.entries.at(0).name.uk, u"Портал good-one"_s); // the first one is kept
        QCOMPARE(feed.entries.at(1).id, u"good-two"_s);

        // entry label -> a word the reason must contain. In feed order.
        const QList<std::pair<QString, QString>> expected {
            {u"http-url"_s, u"not https"_s},
            {u"javascript-url"_s, u"online.url"_s},
            {u"data-url"_s, u"online.url"_s},
            {u"ftp-url"_s, u"not https"_s},
            {u"userinfo-url"_s, u"user name or password"_s},
            {u"no-host-url"_s, u"online.url"_s},
            {u"relative-url"_s, u"absolute"_s},
            {u"missing-url"_s, u"online.url is missing"_s},
            {u"login-host-with-scheme"_s, u"bare host name"_s},
            {u"login-host-with-port"_s, u"bare host name"_s},
            {u"good-one"_s, u"duplicate id"_s},
            {u"no-uk-name"_s, u"name.uk"_s},
            {u"empty-uk-name"_s, u"name.uk"_s},
            {u"name-not-object"_s, u"name is not an object"_s},
            {u"no-description"_s, u"description is missing"_s},
            {u"too-long-name"_s, u"longer than 200"_s},
            {u"control-chars"_s, u"control characters"_s},
            {u"newline-in-name"_s, u"control characters"_s},
            {u"#19"_s, u"id is missing"_s},
            {u"#20"_s, u"id is not"_s},
            {u"#21"_s, u"id is not"_s},
            {u"#22"_s, u"id is not"_s},
            {u"#23"_s, u"id is not"_s},
            {u"#24"_s, u"not an object"_s},
            {u"bad-scope-level"_s, u"scope.level"_s},
            {u"hromada-without-area"_s, u"scope.area"_s},
            {u"bad-katottg"_s, u"scope.katottg"_s},
            {u"bad-phone"_s, u"inPerson.phone"_s},
            {u"in-person-without-address"_s, u"inPerson.address"_s},
            {u"none-and-kep"_s, u"\"none\""_s},
            {u"keywords-not-lists"_s, u"keywords.uk"_s},
            {u"too-many-keywords"_s, u"more than 64"_s},
            {u"bad-modified"_s, u"modified"_s},
            {u"categories-not-array"_s, u"categories"_s},
        };
        QCOMPARE(feed.dropped.size(), size_t(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const DroppedEntry &dropped = feed.dropped.at(size_t(i));
            QCOMPARE(dropped.entry, expected.at(i).first);
            QVERIFY2(dropped.reason.contains(expected.at(i).second),
                qPrintable(dropped.entry + u": "_s + dropped.reason));
        }
        // Reasons name the field, never echo the value.
        for (const DroppedEntry &dropped : feed.dropped) {
            QVERIFY(!dropped.reason.contains(u"secret"_s));
            QVERIFY(!dropped.reason.contains(u"alert"_s));
        }
    }

    void eachDropIsLogged()
    {
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^feed entry http-url dropped: online\\.url is not https$"_s));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"^feed entry good-one dropped: duplicate id"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^feed entry .* dropped: "_s));
        QJsonObject http = minimalEntry(u"http-url"_s);
        http.insert(u"online"_s, QJsonObject {{u"url"_s, u"http://x.example.org/"_s}});
        const QJsonArray entries {
            minimalEntry(u"good-one"_s), http, minimalEntry(u"good-one"_s), 42};
        const FeedParser::Result result = FeedParser::parse(feedWith(entries));
        QVERIFY(result.ok());
        QCOMPARE(result.feed.entries.size(), size_t(1));
        QCOMPARE(result.feed.dropped.size(), size_t(3));
    }

    void fatalErrors_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<FeedParser::Error>("error");
        using E = FeedParser::Error;
        QTest::newRow("not JSON") << u"not-json.json"_s << E::NotJson;
        QTest::newRow("empty file") << u"empty.json"_s << E::NotJson;
        QTest::newRow("array") << u"array.json"_s << E::NotAnObject;
        QTest::newRow("no schemaVersion") << u"no-schema-version.json"_s << E::BadSchemaVersion;
        QTest::newRow("schemaVersion 2") << u"schema-version-2.json"_s << E::BadSchemaVersion;
        QTest::newRow("schemaVersion string")
            << u"schema-version-string.json"_s << E::BadSchemaVersion;
        QTest::newRow("no version") << u"no-version.json"_s << E::BadVersion;
        QTest::newRow("negative version") << u"negative-version.json"_s << E::BadVersion;
        QTest::newRow("fractional version") << u"fractional-version.json"_s << E::BadVersion;
        QTest::newRow("string version") << u"string-version.json"_s << E::BadVersion;
        QTest::newRow("no generated") << u"no-generated.json"_s << E::BadGenerated;
        QTest::newRow("no expires") << u"no-expires.json"_s << E::BadExpires;
        QTest::newRow("expires without offset")
            << u"expires-without-offset.json"_s << E::BadExpires;
        QTest::newRow("expires not a date") << u"expires-not-a-date.json"_s << E::BadExpires;
        QTest::newRow("no entries") << u"no-entries.json"_s << E::BadEntries;
        QTest::newRow("entries not an array") << u"entries-not-array.json"_s << E::BadEntries;
    }

    void fatalErrors()
    {
        QFETCH(QString, fixture);
        QFETCH(FeedParser::Error, error);
        const FeedParser::Result result
            = FeedParser::parse(MistTest::readDataFile(u"feed/fatal/"_s + fixture));
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
        QVERIFY(!result.errorString.isEmpty());
        QVERIFY(result.feed.entries.empty());
    }

    void unknownFieldsAndValuesAreIgnored()
    {
        const FeedParser::Result result
            = FeedParser::parse(MistTest::readDataFile(u"feed/forward-compatible.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.entries.size(), size_t(3));
        QVERIFY(result.feed.dropped.empty());
        const PortalEntry &future = result.feed.entries.at(0);
        QCOMPARE(
            future.categories, std::vector<PortalEntry::Category> {PortalEntry::Category::Health});
        QCOMPARE(future.eId, PortalEntry::EIdMethods(PortalEntry::EIdMethod::Kep));
        const std::vector<PortalEntry::Category> other {PortalEntry::Category::Other};
        QCOMPARE(result.feed.entries.at(1).categories, other);
        QCOMPARE(result.feed.entries.at(2).categories, other);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime noon(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("Z") << u"2026-03-01T12:00:00Z"_s << noon;
        QTest::newRow("lowercase") << u"2026-03-01t12:00:00z"_s << noon;
        QTest::newRow("offset") << u"2026-03-01T14:00:00+02:00"_s << noon;
        QTest::newRow("milliseconds") << u"2026-03-01T12:00:00.250Z"_s << noon.addMSecs(250);
        QTest::newRow("no offset") << u"2026-03-01T12:00:00"_s << QDateTime();
        QTest::newRow("date only") << u"2026-03-01"_s << QDateTime();
        QTest::newRow("month 13") << u"2026-13-01T12:00:00Z"_s << QDateTime();
        QTest::newRow("space") << u"2026-03-01 12:00:00Z"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = FeedParser::parseTimestamp(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void hostNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("bare");
        QTest::newRow("plain") << u"id.gov.ua"_s << true;
        QTest::newRow("hyphen and digits") << u"bank-id2.example.org"_s << true;
        QTest::newRow("one label") << u"localhost"_s << false;
        QTest::newRow("scheme") << u"https://id.gov.ua"_s << false;
        QTest::newRow("port") << u"id.gov.ua:443"_s << false;
        QTest::newRow("path") << u"id.gov.ua/login"_s << false;
        QTest::newRow("trailing dot") << u"id.gov.ua."_s << false;
        QTest::newRow("uppercase") << u"ID.gov.ua"_s << false;
        QTest::newRow("leading hyphen") << u"-id.gov.ua"_s << false;
        QTest::newRow("empty label") << u"id..gov.ua"_s << false;
        QTest::newRow("cyrillic") << u"дія.укр"_s << false;
        QTest::newRow("long label") << (QString(64, u'a') + u".ua"_s) << false;
        QTest::newRow("IPv4") << u"192.168.1.10"_s << false;
        QTest::newRow("punycode") << u"xn--80ajip.xn--j1amh"_s << true;
        QTest::newRow("empty") << QString() << false;
    }

    void hostNames()
    {
        QFETCH(QString, host);
        QFETCH(bool, bare);
        QCOMPARE(FeedParser::isBareHostName(host), bare);
    }

    // Hole 9: a public suffix as a portal or login host would let in every site under it.
    void publicSuffixHostsAreRefused()
    {
        QJsonArray entries;
        const auto withHosts = [](const QString &id, const QString &url, const QStringList &hosts) {
            QJsonObject entry = minimalEntry(id);
            QJsonObject online {{u"url"_s, url}};
            if (!hosts.isEmpty())
                online.insert(u"loginHosts"_s, QJsonArray::fromStringList(hosts));
            entry.insert(u"online"_s, online);
            return entry;
        };
        entries << withHosts(u"url-gov-ua"_s, u"https://gov.ua/"_s, {})
                << withHosts(u"url-github-io"_s, u"https://github.io/x"_s, {})
                << withHosts(u"login-gov-ua"_s, u"https://diia.gov.ua/"_s, {u"gov.ua"_s})
                << withHosts(u"login-com-ua"_s, u"https://a.example.org/"_s,
                       {u"id.gov.ua"_s, u"com.ua"_s})
                << withHosts(u"login-github-io"_s, u"https://a.example.org/"_s, {u"github.io"_s})
                << withHosts(u"login-in-ua"_s, u"https://a.example.org/"_s, {u"in.ua"_s})
                << withHosts(
                       u"good"_s, u"https://diia.gov.ua/"_s, {u"id.gov.ua"_s, u"mist.github.io"_s});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"dropped: .*public suffix"_s));
        const FeedParser::Result result = FeedParser::parse(feedWith(entries));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.entries.size(), size_t(1));
        QCOMPARE(result.feed.entries.front().id, u"good"_s);
        QCOMPARE(result.feed.dropped.size(), size_t(6));
        for (const DroppedEntry &dropped : result.feed.dropped)
            QVERIFY2(dropped.reason.contains(u"public suffix"_s), qPrintable(dropped.reason));
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https") << u"https://diia.gov.ua/"_s << true;
        QTest::newRow("path, query, fragment") << u"https://a.example.org/x?y=1#z"_s << true;
        QTest::newRow("port") << u"https://a.example.org:8443/"_s << true;
        QTest::newRow("other script") << u"https://приклад.укр/"_s << true;
        QTest::newRow("http") << u"http://diia.gov.ua/"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("user") << u"https://user@diia.gov.ua/"_s << false;
        QTest::newRow("IPv4") << u"https://10.0.0.1/"_s << false;
        QTest::newRow("IPv6") << u"https://[::1]/"_s << false;
        QTest::newRow("no host") << u"https:///x"_s << false;
        QTest::newRow("single label") << u"https://intranet/"_s << false;
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        QCOMPARE(FeedParser::isAcceptableUrl(QUrl(url, QUrl::StrictMode)), acceptable);
    }

    void otherScriptHostsAreComparedInAsciiForm()
    {
        QJsonObject entry = minimalEntry(u"idn"_s);
        entry.insert(u"online"_s,
            QJsonObject {{u"url"_s, u"https://приклад.укр/"_s},
                {u"loginHosts"_s, QJsonArray {u"xn--80aikifvh.xn--j1amh"_s, u"id.gov.ua"_s}}});
        const FeedParser::Result result = FeedParser::parse(feedWith({entry}));
        QVERIFY(result.ok());
        QCOMPARE(result.feed.entries.size(), size_t(1));
        const PortalEntry &parsed = result.feed.entries.front();
        const QString asciiHost = parsed.url.host(QUrl::EncodeUnicode);
        QVERIFY(asciiHost.startsWith(u"xn--"_s));
        QCOMPARE(parsed.allowedHosts().constFirst(), asciiHost);
        QVERIFY(parsed.allowedHosts().contains(u"id.gov.ua"_s));
        QCOMPARE(parsed.loginHosts, QStringList {u"id.gov.ua"_s}); // its own host is not repeated
    }

    void documentSizeIsCapped()
    {
        QByteArray huge = feedWith({minimalEntry(u"aa"_s)});
        huge.append(QByteArray(FeedParser::maxDocumentBytes, ' '));
        const FeedParser::Result result = FeedParser::parse(huge);
        QCOMPARE(result.error, FeedParser::Error::TooLarge);
    }

    void entryCountIsCapped()
    {
        QJsonArray entries;
        for (qsizetype i = 0; i <= FeedParser::maxEntries; ++i)
            entries.append(minimalEntry(u"e%1"_s.arg(i)));
        QCOMPARE(FeedParser::parse(feedWith(entries)).error, FeedParser::Error::TooManyEntries);

        entries.removeLast();
        const FeedParser::Result atLimit = FeedParser::parse(feedWith(entries));
        QVERIFY(atLimit.ok());
        QCOMPARE(qsizetype(atLimit.feed.entries.size()), FeedParser::maxEntries);
    }

    void garbageNeverCrashes()
    {
        // Thousands of mutated feeds would log thousands of dropped entries.
        QLoggingCategory::setFilterRules(u"mist.directory.warning=false"_s);
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
        QRandomGenerator random(20261126);
        const QByteArray valid = MistTest::readDataFile(u"feed/valid.json"_s);
        for (int round = 0; round < 2000; ++round) {
            QByteArray mutated = valid;
            const int changes = 1 + random.bounded(8);
            for (int i = 0; i < changes; ++i)
                mutated[random.bounded(mutated.size())] = char(random.bounded(256));
            const FeedParser::Result result = FeedParser::parse(mutated);
            if (result.ok()) {
                for (const PortalEntry &entry : result.feed.entries)
                    QVERIFY(FeedParser::isAcceptableUrl(entry.url));
            }
        }
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(!FeedParser::parse(noise).ok());
    }

    void categoriesHaveLabels()
    {
        QCOMPARE(PortalEntry::allCategories().size(), size_t(12));
        QSet<QString> ids;
        for (PortalEntry::Category category : PortalEntry::allCategories()) {
            const QString id = PortalEntry::categoryId(category);
            QCOMPARE(PortalEntry::categoryFromId(id), std::optional(category));
            ids.insert(id);
            QVERIFY(!PortalEntry::categoryLabel(category).uk.isEmpty());
            QVERIFY(!PortalEntry::categoryLabel(category).en.isEmpty());
        }
        QCOMPARE(ids.size(), 12);
        QVERIFY(!PortalEntry::categoryFromId(u"Health"));
    }

    void bundledDirectoryParsesCompletely()
    {
        const FeedParser::Result result = BundledDirectory::load();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Feed &feed = result.feed;
        QCOMPARE(feed.version, qint64(0)); // any signed feed replaces it
        QVERIFY(feed.dropped.empty());
        QVERIFY(feed.entries.size() >= 10);
        bool hasLocal = false;
        for (const PortalEntry &entry : feed.entries) {
            QVERIFY2(FeedParser::isAcceptableUrl(entry.url), qPrintable(entry.id));
            QCOMPARE(entry.url.scheme(), u"https"_s);
            QVERIFY2(!entry.name.uk.isEmpty() && !entry.name.en.isEmpty(), qPrintable(entry.id));
            QVERIFY2(!entry.description.uk.isEmpty() && !entry.description.en.isEmpty(),
                qPrintable(entry.id));
            QVERIFY2(
                !entry.keywords.uk.isEmpty() && !entry.keywords.en.isEmpty(), qPrintable(entry.id));
            for (const QString &host : entry.loginHosts)
                QVERIFY2(FeedParser::isBareHostName(host), qPrintable(entry.id));
            if (entry.scope != PortalEntry::Scope::National) {
                hasLocal = true;
                QVERIFY2(!entry.area.uk.isEmpty(), qPrintable(entry.id));
            }
        }
        QVERIFY(hasLocal);
        const PortalEntry *diia = feed.entry(u"diia");
        QVERIFY(diia);
        QVERIFY(diia->keywords.en.contains(u"dija"_s));
    }

    void schemaExampleParsesCompletely()
    {
        const FeedParser::Result result = FeedParser::parse(
            MistTest::readDataFile(u"../../services/directory/schema/feed.example.json"_s));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QVERIFY(result.feed.dropped.empty());
        QCOMPARE(result.feed.entries.size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
