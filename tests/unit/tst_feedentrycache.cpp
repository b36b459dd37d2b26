// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// FeedEntryCache and FeedLayout: the entries of the accepted feed are reused by their exact bytes
// and only then; every result (entries, drops, errors) is the one of parsing the whole document,
// including for documents laid out in unusual ways and for random damage; a feed that was not
// committed is never reused.

#include "core/logging.h"
#include "directory/feedentrycache.h"
#include "directory/feedlayout.h"
#include "directory/feedparser.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

QJsonObject entry(int i, const QString &description = u"Опис"_s)
{
    return QJsonObject {
        {u"id"_s, u"portal-%1"_s.arg(i)},
        {u"name"_s, QJsonObject {{u"uk"_s, u"Портал %1"_s.arg(i)}, {u"en"_s, u"Portal"_s}}},
        {u"description"_s, QJsonObject {{u"uk"_s, description}}},
        {u"scope"_s,
            QJsonObject {{u"level"_s, u"hromada"_s},
                {u"katottg"_s, u"UA%1"_s.arg(qlonglong(i), 17, 10, QChar(u'0'))},
                {u"area"_s, QJsonObject {{u"uk"_s, u"Громада \"%1\" {}"_s.arg(i)}}}}},
        {u"categories"_s, QJsonArray {u"health"_s}},
        {u"online"_s,
            QJsonObject {{u"url"_s, u"https://p%1.example.org/a?b=c"_s.arg(i)},
                {u"loginHosts"_s, QJsonArray {u"id.gov.ua"_s}}}},
        {u"inPerson"_s,
            QJsonObject {{u"address"_s, QJsonObject {{u"uk"_s, u"вул. Тиха, 1"_s}}},
                {u"phone"_s, u"+380 33 200 00 00"_s}}},
        {u"modified"_s, u"2026-11-26"_s},
    };
}

QByteArray feedWith(const QJsonArray &entries, QJsonDocument::JsonFormat format, int version = 1)
{
    const QJsonObject root {
        {u"schemaVersion"_s, 1},
        {u"version"_s, version},
        {u"generated"_s, u"2026-01-01T00:00:00Z"_s},
        {u"expires"_s, u"2099-01-01T00:00:00Z"_s},
        {u"entries"_s, entries},
    };
    return QJsonDocument(root).toJson(format);
}

// count entries; those in `edited` get another description.
QByteArray feed(int count, const QList<int> &edited = {},
    QJsonDocument::JsonFormat format = QJsonDocument::Indented)
{
    QJsonArray entries;
    for (int i = 0; i < count; ++i)
        entries.append(entry(i, edited.contains(i) ? u"Новий опис"_s : u"Опис"_s));
    return feedWith(entries, format);
}

// Fails the test (with what differs) unless a and b are the same result.
bool sameResult(const FeedParser::Result &a, const FeedParser::Result &b)
{
    if (a.error != b.error || a.errorString != b.errorString) {
        qWarning() << "error:" << a.errorString << "vs" << b.errorString;
        return false;
    }
    const Feed &x = a.feed;
    const Feed &y = b.feed;
    if (x.schemaVersion != y.schemaVersion || x.version != y.version || x.generated != y.generated
        || x.expires != y.expires) {
        qWarning() << "header differs";
        return false;
    }
    if (x.entries != y.entries) {
        qWarning() << "entries differ:" << x.entries.size() << y.entries.size();
        return false;
    }
    if (x.dropped != y.dropped) {
        qWarning() << "dropped differ:" << x.dropped.size() << y.dropped.size();
        return false;
    }
    return true;
}

} // namespace

class TestFeedEntryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Mutated and malformed feeds drop entries by the hundred.
        QLoggingCategory::setFilterRules(u"mist.directory.warning=false"_s);
    }

    void cleanupTestCase() { QLoggingCategory::setFilterRules({}); }

    void layoutFindsEveryEntry_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("indented") << feed(5);
        QTest::newRow("compact") << feed(5, {}, QJsonDocument::Compact);
        QTest::newRow("fixture") << MistTest::readDataFile(u"feed/valid.json"_s);
        // bad-entries.json has an entry that is not an object: no layout, by design.
    }

    void layoutFindsEveryEntry()
    {
        QFETCH(QByteArray, document);
        const std::optional<FeedLayout::Layout> layout = FeedLayout::scan(document);
        QVERIFY(layout);
        const QJsonArray entries
            = QJsonDocument::fromJson(document).object().value("entries"_L1).toArray();
        QCOMPARE(qsizetype(layout->items.size()), entries.size());
        for (size_t i = 0; i < layout->items.size(); ++i) {
            const QByteArray bytes = layout->items[i].in(document).toByteArray();
            QCOMPARE(QJsonDocument::fromJson(bytes).object(), entries.at(qsizetype(i)).toObject());
        }
        const QByteArrayView array = layout->entries.in(document);
        QVERIFY(array.startsWith('['));
        QVERIFY(array.endsWith(']'));
    }

    void layoutRefusesTheUnusual_data()
    {
        QTest::addColumn<QByteArray>("document");
        const QByteArray head = "{\"schemaVersion\":1,";
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + feed(2);
        QTest::newRow("escaped key") << head + "\"entri\\u0065s\":[]}";
        QTest::newRow("entries twice") << head + "\"entries\":[],\"entries\":[]}";
        QTest::newRow("no entries") << head + "\"version\":1}";
        QTest::newRow("entries an object") << head + "\"entries\":{}}";
        QTest::newRow("item not an object") << head + "\"entries\":[{},null]}";
        QTest::newRow("trailing comma") << head + "\"entries\":[{},]}";
        QTest::newRow("unterminated") << head + "\"entries\":[{\"a\":\"}\"]}";
        QTest::newRow("garbage after") << head + "\"entries\":[]}x";
        QTest::newRow("root an array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too deep") << head + "\"entries\":[{\"a\":" + QByteArray(100, '[')
                + QByteArray(100, ']') + "}]}";
    }

    void layoutRefusesTheUnusual()
    {
        QFETCH(QByteArray, document);
        QVERIFY(!FeedLayout::scan(document));
    }

    void layoutSkipsStringsWhole()
    {
        // Quotes, backslashes and brackets inside strings, in keys and values, root and entry
        // (a root key with an escape is refused: see layoutRefusesTheUnusual).
        const QByteArray document
            = "{\"x\":\"]\\\"}{\",\"entries\" : [ {\"a\":\"\\\\\\\\\\\"}]\"} ,"
              "{\"b\":[\"\\\\\",{\"c\":-1.5e3}],\"d\":true} ],\"z\":null}";
        const std::optional<FeedLayout::Layout> layout = FeedLayout::scan(document);
        QVERIFY(layout);
        QCOMPARE(layout->items.size(), size_t(2));
        QCOMPARE(layout->items[0].in(document), QByteArrayView("{\"a\":\"\\\\\\\\\\\"}]\"}"));
        QCOMPARE(layout->items[1].in(document),
            QByteArrayView("{\"b\":[\"\\\\\",{\"c\":-1.5e3}],\"d\":true}"));
    }

    void parseIsTheWholeDocumentParse_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("valid fixture") << MistTest::readDataFile(u"feed/valid.json"_s);
        QTest::newRow("bad entries") << MistTest::readDataFile(u"feed/bad-entries.json"_s);
        QTest::newRow("forward compatible")
            << MistTest::readDataFile(u"feed/forward-compatible.json"_s);
        QTest::newRow("generated") << feed(40);
        QTest::newRow("duplicates")
            << feedWith({entry(1), entry(2), entry(1, u"другий"_s)}, QJsonDocument::Compact);
        QTest::newRow("bad JSON in an entry") << feed(3).replace("\"Опис\"", "\"Опис\"\"");
        QTest::newRow("bad version") << feed(3).replace("\"version\": 1", "\"version\": -1");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + feed(2);
        QTest::newRow("too deep for Qt") << feedWith({entry(1)}, QJsonDocument::Compact)
                                                .replace("\"modified\"",
                                                    QByteArray("\"deep\":" + QByteArray(1030, '[')
                                                        + QByteArray(1030, ']') + ",\"modified\""));
        const QDir fatal(MistTest::dataFile(u"feed/fatal"_s));
        for (const QString &name : fatal.entryList({u"*.json"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << MistTest::readDataFile(u"feed/fatal/"_s + name);
    }

    void parseIsTheWholeDocumentParse()
    {
        QFETCH(QByteArray, document);
        const FeedParser::Result whole = FeedParser::parseWholeDocument(document);
        QVERIFY(sameResult(FeedParser::parse(document), whole));

        // And with every entry known, from the same document and from a neighbouring one.
        FeedEntryCache cache;
        QVERIFY(sameResult(cache.parse(document), whole));
        cache.commit();
        QVERIFY(sameResult(cache.parse(document), whole));
        FeedEntryCache other;
        (void)other.parse(feed(40, {3}));
        other.commit();
        QVERIFY(sameResult(other.parse(document), whole));
    }

    void unchangedEntriesAreReused()
    {
        const QByteArray first = feed(50);
        const QByteArray second = feed(50, {7, 31});
        FeedEntryCache cache;
        QVERIFY(sameResult(cache.parse(first), FeedParser::parseWholeDocument(first)));
        QCOMPARE(cache.lastStats().reused, 0);
        QCOMPARE(cache.lastStats().read, 50);
        QCOMPARE(cache.size(), 0); // not before commit()
        cache.commit();
        QCOMPARE(cache.size(), 50);

        QVERIFY(sameResult(cache.parse(second), FeedParser::parseWholeDocument(second)));
        QCOMPARE(cache.lastStats().reused, 48);
        QCOMPARE(cache.lastStats().read, 2);
        QVERIFY(!cache.lastStats().wholeDocument);
    }

    void onlyACommittedFeedIsReused()
    {
        const QByteArray first = feed(20);
        const QByteArray refused = feed(20, {1, 2, 3});
        FeedEntryCache cache;
        (void)cache.parse(first);
        cache.commit();
        (void)cache.parse(refused); // say, a rollback: not committed
        cache.discardPending();
        QCOMPARE(cache.size(), 20);
        (void)cache.parse(refused);
        QCOMPARE(cache.lastStats().reused, 17); // entries 1-3 were never accepted

        // A new commit replaces the cache: the first feed's versions of 1-3 are gone.
        cache.commit();
        (void)cache.parse(first);
        QCOMPARE(cache.lastStats().reused, 17);

        cache.clear();
        QCOMPARE(cache.size(), 0);
        (void)cache.parse(first);
        QCOMPARE(cache.lastStats().reused, 0);
    }

    void onlyIdenticalBytesAreReused()
    {
        // The same entries, written compactly: equal JSON, other bytes, nothing reused.
        FeedEntryCache cache;
        (void)cache.parse(feed(10));
        cache.commit();
        const QByteArray compact = feed(10, {}, QJsonDocument::Compact);
        QVERIFY(sameResult(cache.parse(compact), FeedParser::parseWholeDocument(compact)));
        QCOMPARE(cache.lastStats().reused, 0);
        QCOMPARE(cache.lastStats().read, 10);
    }

    void unusualLayoutFallsBackToTheWholeDocument()
    {
        FeedEntryCache cache;
        (void)cache.parse(feed(5));
        cache.commit();
        const QByteArray escapedKey = feed(5).replace("\"entries\"", "\"entri\\u0065s\"");
        const FeedParser::Result result = cache.parse(escapedKey);
        QVERIFY(result.ok());
        QCOMPARE(result.feed.entries.size(), size_t(5));
        QVERIFY(cache.lastStats().wholeDocument);
        QCOMPARE(cache.lastStats().reused, 0);
        QVERIFY(sameResult(result, FeedParser::parseWholeDocument(escapedKey)));
        // Nothing from a whole-document parse can be cached.
        cache.commit();
        QCOMPARE(cache.size(), 0);
    }

    void errorsAreTheWholeDocumentErrors()
    {
        FeedEntryCache cache;
        const QByteArray good = feed(5);
        (void)cache.parse(good);
        cache.commit();
        // Known entries, but one broken: the error names its byte in the whole document.
        QByteArray broken = good;
        broken.insert(broken.lastIndexOf("\"modified\""), "\x01");
        const FeedParser::Result result = cache.parse(broken);
        QCOMPARE(result.error, FeedParser::Error::NotJson);
        QVERIFY(sameResult(result, FeedParser::parseWholeDocument(broken)));
        QVERIFY(cache.lastStats().wholeDocument);
        // The cache still holds the good feed.
        QCOMPARE(cache.size(), 5);
        (void)cache.parse(good);
        QCOMPARE(cache.lastStats().reused, 5);
    }

    void entriesThatLogAreReadEachTime()
    {
        QJsonObject odd = entry(2);
        odd.insert(u"categories"_s, QJsonArray {u"health"_s, u"space-travel"_s});
        const QByteArray document = feedWith({entry(1), odd}, QJsonDocument::Indented);
        // ctest turns info lines off (QT_LOGGING_RULES): then only the reading is checked.
        const bool logs = lcDirectory().isInfoEnabled();
        const char *const line = "feed entry portal-2: 1 unknown categories ignored";
        FeedEntryCache cache;
        if (logs)
            QTest::ignoreMessage(QtInfoMsg, line);
        (void)cache.parse(document);
        cache.commit();
        QCOMPARE(cache.size(), 1);
        if (logs)
            QTest::ignoreMessage(QtInfoMsg, line); // once more: the entry was read again
        QVERIFY(sameResult(cache.parse(document), FeedParser::parseWholeDocument(document)));
        QCOMPARE(cache.lastStats().reused, 1);
        QCOMPARE(cache.lastStats().read, 1);
    }

    void documentWithoutItsOwnBytes()
    {
        // A document that does not own its bytes: the cache keeps a copy, not a view into them.
        QByteArray buffer = feed(4);
        FeedEntryCache cache;
        (void)cache.parse(QByteArray::fromRawData(buffer.constData(), buffer.size()));
        cache.commit();
        const QByteArray same = buffer;
        buffer.fill('x');
        QVERIFY(sameResult(cache.parse(same), FeedParser::parseWholeDocument(same)));
        QCOMPARE(cache.lastStats().reused, 4);
    }

    void damageGivesTheWholeDocumentResult()
    {
        // Random damage to a known feed: whatever it does, the result is the plain parse's.
        QRandomGenerator random(20261207);
        const QByteArray valid = feed(12);
        FeedEntryCache cache;
        (void)cache.parse(valid);
        cache.commit();
        const QByteArray alphabet = " {}[]:,\"\\\\x0e-+.";
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = valid;
            const int changes = 1 + random.bounded(4);
            for (int i = 0; i < changes; ++i) {
                const qsizetype at = random.bounded(mutated.size());
                const char c = random.bounded(2) ? alphabet.at(random.bounded(alphabet.size()))
                                                 : char(random.bounded(256));
                switch (random.bounded(3)) {
                case 0:
                    mutated[at] = c;
                    break;
                case 1:
                    mutated.insert(at, c);
                    break;
                default:
                    mutated.remove(at, 1);
                    break;
                }
            }
            const FeedParser::Result expected = FeedParser::parseWholeDocument(mutated);
            if (!sameResult(cache.parse(mutated), expected)
                || !sameResult(FeedParser::parse(mutated), expected))
                QFAIL(qPrintable(u"round %1 differs: %2"_s.arg(round).arg(
                    QString::fromLatin1(mutated.toBase64()))));
            cache.discardPending();
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedEntryCache)
#include "tst_feedentrycache.moc"
