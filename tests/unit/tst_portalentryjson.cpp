// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// PortalEntryJson: entries written exactly in the feed format and read back through FeedParser,
// for every bundled entry and every field.

#include "directory/bundleddirectory.h"
#include "directory/portalentryjson.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

// The raw "entries" of a feed document in the source tree.
QJsonArray rawEntries(const QString &pathInSource)
{
    QFile file(MistTest::dataFile(u"../../"_s + pathInSource));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(pathInSource));
    return QJsonDocument::fromJson(file.readAll()).object().value("entries"_L1).toArray();
}

PortalEntry fullEntry()
{
    PortalEntry entry;
    entry.id = u"local.lutsk-cnap"_s;
    entry.name = {u"ЦНАП Луцька"_s, u"Lutsk administrative services centre"_s};
    entry.description = {u"Паспорти, довідки.\nЗапис онлайн."_s, u"Passports, certificates."_s};
    entry.authority = {u"Луцька міська рада"_s, {}};
    entry.scope = PortalEntry::Scope::Hromada;
    entry.katottg = u"UA07080170010000000"_s;
    entry.area = {u"Луцька міська територіальна громада"_s, u"Lutsk hromada"_s};
    entry.categories = {PortalEntry::Category::DocumentsId, PortalEntry::Category::Other};
    entry.url = QUrl(u"https://cnap.lutskrada.gov.ua/poslugy?lang=uk#zapys"_s);
    entry.loginHosts = {u"id.gov.ua"_s};
    entry.inPerson = InPersonChannel {{u"вул. Богдана Хмельницького, 19"_s, {}},
        u"+380 33 200 00 00"_s, {u"Пн–Пт 9:00–17:00"_s, u"Mon–Fri 9:00–17:00"_s}};
    entry.keywords = {{u"цнап"_s, u"паспорт"_s}, {u"cnap"_s}};
    entry.eId = PortalEntry::EIdMethod::Kep | PortalEntry::EIdMethod::BankId;
    entry.cost = {u"Безоплатно"_s, u"Free"_s};
    entry.processingTime = {u"До 10 робочих днів"_s, {}};
    entry.modified = QDate(2026, 11, 26);
    return entry;
}

} // namespace

class TestPortalEntryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledEntriesRoundTrip()
    {
        const FeedParser::Result bundled = BundledDirectory::load();
        QVERIFY2(bundled.ok(), qPrintable(bundled.errorString));
        QVERIFY(!bundled.feed.entries.empty());
        for (const PortalEntry &entry : bundled.feed.entries) {
            QString reason;
            const std::optional<PortalEntry> back
                = PortalEntryJson::fromJson(PortalEntryJson::toJson(entry), &reason);
            QVERIFY2(back, qPrintable(entry.id + u": "_s + reason));
            QVERIFY2(*back == entry, qPrintable(entry.id));
        }
        // The same through the compact texts the store keeps, all in one document.
        QList<QByteArray> texts;
        for (const PortalEntry &entry : bundled.feed.entries)
            texts.append(PortalEntryJson::toJsonText(entry));
        std::vector<DroppedEntry> dropped;
        QVERIFY(PortalEntryJson::fromJsonTexts(texts, &dropped) == bundled.feed.entries);
        QVERIFY(dropped.empty());
    }

    // The writer produces the feed format itself: what the bundled directory and the schema's
    // example say is written back key for key.
    void writesTheFeedFormat_data()
    {
        QTest::addColumn<QJsonObject>("raw");
        for (const QString &path : {u"services/directory/bundled/directory.json"_s,
                 u"services/directory/schema/feed.example.json"_s}) {
            const QJsonArray entries = rawEntries(path);
            QVERIFY(!entries.isEmpty());
            for (const QJsonValue &value : entries) {
                const QJsonObject raw = value.toObject();
                QTest::addRow("%s", qPrintable(raw.value("id"_L1).toString())) << raw;
            }
        }
    }

    void writesTheFeedFormat()
    {
        QFETCH(QJsonObject, raw);
        const std::optional<PortalEntry> parsed = PortalEntryJson::fromJson(raw);
        QVERIFY(parsed);
        QCOMPARE(PortalEntryJson::toJson(*parsed), raw);
    }

    void everyFieldRoundTrips()
    {
        const PortalEntry entry = fullEntry();
        QString reason;
        const std::optional<PortalEntry> back
            = PortalEntryJson::fromJson(PortalEntryJson::toJson(entry), &reason);
        QVERIFY2(back, qPrintable(reason));
        QCOMPARE(back->url, entry.url);
        QCOMPARE(back->inPerson, entry.inPerson);
        QVERIFY(*back == entry);

        const QJsonObject json = PortalEntryJson::toJson(entry);
        QCOMPARE(json.value("eId"_L1).toArray(), (QJsonArray {u"kep"_s, u"bankid"_s}));
        QCOMPARE(json.value("scope"_L1).toObject().value("level"_L1).toString(), u"hromada"_s);
        QCOMPARE(json.value("modified"_L1).toString(), u"2026-11-26"_s);
        QVERIFY(!json.value("authority"_L1).toObject().contains("en"_L1)); // empty: left out
    }

    void optionalFieldsAreLeftOut()
    {
        PortalEntry entry;
        entry.id = u"minimal"_s;
        entry.name.uk = u"Назва"_s;
        entry.description.uk = u"Опис"_s;
        entry.url = QUrl(u"https://minimal.example.org/"_s);
        entry.categories = {PortalEntry::Category::Other};
        const QJsonObject json = PortalEntryJson::toJson(entry);
        QCOMPARE(json.keys(),
            (QStringList {
                u"categories"_s, u"description"_s, u"id"_s, u"name"_s, u"online"_s, u"scope"_s}));
        QCOMPARE(PortalEntryJson::fromJson(json), std::optional(entry));
    }

    void internationalisedAddressesRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("cyrillic host") << u"https://дія.укр/"_s;
        QTest::newRow("encoded path")
            << u"https://example.org/%D0%BF%D0%BE%D1%81%D0%BB%D1%83%D0%B3%D0%B8"_s;
        QTest::newRow("query and fragment") << u"https://example.org/a/b?x=1&y=%20z#top"_s;
        QTest::newRow("port") << u"https://example.org:8443/"_s;
    }

    void internationalisedAddressesRoundTrip()
    {
        QFETCH(QString, url);
        PortalEntry entry = fullEntry();
        entry.url = QUrl(url);
        QVERIFY(entry.url.isValid());
        QString reason;
        const std::optional<PortalEntry> back
            = PortalEntryJson::fromJson(PortalEntryJson::toJson(entry), &reason);
        QVERIFY2(back, qPrintable(reason));
        QCOMPARE(back->url, entry.url);
        QCOMPARE(back->allowedHosts(), entry.allowedHosts());
    }

    // The writer is hand-made: every string must still come back exactly, and the text is UTF-8
    // rather than \u escapes.
    void escapesWhatJsonNeeds()
    {
        PortalEntry entry = fullEntry();
        entry.description.uk = u"Лапки \" і \\ риска, /слеш, табуляція\tі рядки\r\n, "
                               u"керівний \x01\x1f, емодзі 😀, апостроф ’"_s;
        entry.keywords.en = {u"\"quoted\""_s, u"back\\slash"_s};
        const QByteArray text = PortalEntryJson::toJsonText(entry);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value("description"_L1).toObject().value("uk"_L1).toString(),
            entry.description.uk);
        QCOMPARE(object.value("keywords"_L1).toObject().value("en"_L1).toArray(),
            QJsonArray::fromStringList(entry.keywords.en));
        QVERIFY(text.contains("Лапки"));
        QVERIFY(text.contains("😀"));
        QVERIFY(text.contains("\\u0001"));
        QVERIFY(!text.contains('\n'));
        QCOMPARE(PortalEntryJson::toJson(entry), object);
        // Members in the schema's order, for people reading the store with sqlite3.
        QVERIFY(text.startsWith("{\"id\":\"local.lutsk-cnap\",\"name\":{\"uk\":\""));
    }

    // Reading is FeedParser's validation: what a feed may not carry, a stored row may not either.
    void invalidEntriesAreRefused()
    {
        PortalEntry entry = fullEntry();
        entry.url = QUrl(u"http://insecure.example.org/"_s);
        QString reason;
        QVERIFY(!PortalEntryJson::fromJson(PortalEntryJson::toJson(entry), &reason));
        QCOMPARE(reason, u"online.url is not https"_s);

        entry = fullEntry();
        entry.name.uk.clear();
        QVERIFY(!PortalEntryJson::fromJson(PortalEntryJson::toJson(entry), &reason));
        QVERIFY(reason.contains(u"name.uk"_s));
    }

    void normalisesLikeTheFeed()
    {
        PortalEntry entry = fullEntry();
        entry.name.uk = u"  ЦНАП Луцька "_s;
        entry.loginHosts = {u"cnap.lutskrada.gov.ua"_s, u"id.gov.ua"_s, u"id.gov.ua"_s};
        const std::optional<PortalEntry> back
            = PortalEntryJson::fromJson(PortalEntryJson::toJson(entry));
        QVERIFY(back);
        QCOMPARE(back->name.uk, u"ЦНАП Луцька"_s);
        QCOMPARE(back->loginHosts, QStringList {u"id.gov.ua"_s});
    }

    // A damaged row loses itself only, whether it breaks the JSON or just one field.
    void damagedTextsAreDroppedAlone()
    {
        PortalEntry second = fullEntry();
        second.id = u"local.second"_s;
        QList<QByteArray> texts {PortalEntryJson::toJsonText(fullEntry()), "{\"id\": \"broken",
            PortalEntryJson::toJsonText(second)};
        std::vector<DroppedEntry> dropped;
        std::vector<PortalEntry> entries = PortalEntryJson::fromJsonTexts(texts, &dropped);
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[1].id, u"local.second"_s);
        QCOMPARE(dropped.size(), size_t(1));
        QCOMPARE(dropped.front().entry, u"#1"_s);

        texts[1] = "{\"id\": \"local.bad\", \"name\": {\"uk\": \"Назва\"}}";
        dropped.clear();
        entries = PortalEntryJson::fromJsonTexts(texts, &dropped);
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(dropped.size(), size_t(1));
        QCOMPARE(dropped.front().entry, u"local.bad"_s);

        QVERIFY(PortalEntryJson::fromJsonTexts({}).empty());
    }
};

QTEST_GUILESS_MAIN(TestPortalEntryJson)
#include "tst_portalentryjson.moc"
