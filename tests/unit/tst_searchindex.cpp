// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// SearchIndex: what a citizen finds while typing, and in which order.
#include "directory/searchindex.h"

#include <QCollator>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

SearchDocument document(const QString &id, const QStringList &names,
    const QStringList &keywords = {}, const QStringList &descriptions = {}, bool pinned = false)
{
    SearchDocument doc;
    doc.id = id;
    doc.names = names;
    doc.keywords = keywords;
    doc.descriptions = descriptions;
    doc.pinned = pinned;
    return doc;
}

QStringList ids(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &hit : hits)
        out.append(hit.id);
    return out;
}

QStringList tiers(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &hit : hits) {
        switch (hit.tier) {
        case SearchTier::Name:
            out.append(u"name"_s);
            break;
        case SearchTier::Keyword:
            out.append(u"keyword"_s);
            break;
        case SearchTier::Description:
            out.append(u"description"_s);
            break;
        case SearchTier::Unfiltered:
            out.append(u"unfiltered"_s);
            break;
        }
    }
    return out;
}

// A small directory like the real one: national portals and the three local ones.
QList<SearchDocument> portals()
{
    return {
        document(u"diia"_s, {u"Дія"_s, u"Diia"_s}, {u"державні послуги"_s, u"e-services"_s},
            {u"Єдиний державний вебпортал електронних послуг"_s}),
        document(u"idgov"_s, {u"ID.GOV.UA"_s}, {u"КЕП"_s, u"Дія.Підпис"_s, u"BankID"_s},
            {u"Електронна ідентифікація: кваліфікований електронний підпис"_s}),
        document(u"pfu"_s, {u"Пенсійний фонд України"_s, u"Pension Fund of Ukraine"_s},
            {u"пенсія"_s, u"довідки"_s}, {u"Кабінет пенсіонера, довідки, звернення"_s}),
        document(u"tax"_s, {u"Електронний кабінет платника податків"_s, u"Tax cabinet"_s},
            {u"податки"_s, u"декларація"_s}, {u"Податкові декларації та статус платника"_s}),
        document(u"lutsk"_s, {u"Луцька міська рада"_s, u"Lutsk city council"_s},
            {u"ЦНАП"_s, u"адміністративні послуги"_s}, {u"Міська рада Луцька: послуги, довідки"_s},
            true),
        document(
            u"shepetivka"_s, {u"Шепетівка"_s, u"Shepetivka"_s}, {u"місцеві послуги"_s}, {}, true),
        document(
            u"myrnohrad"_s, {u"Мирноград"_s, u"Myrnohrad"_s}, {u"місцеві послуги"_s}, {}, true),
        document(u"land"_s, {u"Публічна кадастрова карта"_s, u"Public cadastral map"_s},
            {u"земля"_s, u"ділянка"_s}, {u"Пошук земельної ділянки на мапі"_s}),
    };
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsAcrossScriptsAndSpellings_data();
    void findsAcrossScriptsAndSpellings();
    void tiers();
    void multiWordTierIsTheWeakestField();
    void pinnedFirstWithinATier();
    void collatorOrderIsTheUkrainianAlphabet();
    void numbersSortByValue();
    void prefixWhileTyping_data();
    void prefixWhileTyping();
    void allWordsMustMatch();
    void emptyQueryListsEverything_data();
    void emptyQueryListsEverything();
    void limit();
    void noMatch();
    void emptyIndex();
    void sortNameFallsBackToFirstName();
};

void TestSearchIndex::findsAcrossScriptsAndSpellings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("firstId");

    QTest::newRow("Дія") << u"Дія"_s << u"diia"_s;
    QTest::newRow("diia") << u"diia"_s << u"diia"_s;
    QTest::newRow("dija") << u"dija"_s << u"diia"_s;
    QTest::newRow("DIIA") << u"DIIA"_s << u"diia"_s;
    QTest::newRow("Lutsk") << u"Lutsk"_s << u"lutsk"_s;
    QTest::newRow("Luck") << u"Luck"_s << u"lutsk"_s;
    QTest::newRow("луцьк") << u"луцьк"_s << u"lutsk"_s;
    QTest::newRow("Mirnograd") << u"Mirnograd"_s << u"myrnohrad"_s;
    QTest::newRow("шепетівка") << u"шепетівка"_s << u"shepetivka"_s;
    QTest::newRow("SHEPETIVKA") << u"SHEPETIVKA"_s << u"shepetivka"_s;
    QTest::newRow("pensija") << u"pensija"_s << u"pfu"_s;
    QTest::newRow("ПЕНСІЙНИЙ") << u"ПЕНСІЙНИЙ"_s << u"pfu"_s;
    QTest::newRow("pension") << u"pension"_s << u"pfu"_s;
    QTest::newRow("tsnap") << u"tsnap"_s << u"lutsk"_s;
    QTest::newRow("kep") << u"kep"_s << u"idgov"_s;
    QTest::newRow("dilianka") << u"dilianka"_s << u"land"_s;
    QTest::newRow("ділянка") << u"ділянку"_s << QString(); // a different ending is not a prefix
}

void TestSearchIndex::findsAcrossScriptsAndSpellings()
{
    QFETCH(QString, query);
    QFETCH(QString, firstId);
    const SearchIndex index(portals());
    const QList<SearchHit> hits = index.search(query);
    if (firstId.isEmpty()) {
        QVERIFY2(hits.isEmpty(), qPrintable(ids(hits).join(u',')));
        return;
    }
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.front().id, firstId);
}

void TestSearchIndex::tiers()
{
    // The collator alone would put "А…" first; the tiers must win over it.
    QList<SearchDocument> docs {
        document(u"description"_s, {u"Архів"_s}, {}, {u"Довідки про пенсію"_s}),
        document(u"keyword"_s, {u"Банк"_s}, {u"пенсія"_s}),
        document(u"name"_s, {u"Ярмарок пенсій"_s}),
        document(u"nothing"_s, {u"Вокзал"_s}, {u"квитки"_s}, {u"розклад"_s}),
    };
    const SearchIndex index(docs);
    const QList<SearchHit> hits = index.search(u"пенс"_s);
    QCOMPARE(ids(hits), (QStringList {u"name"_s, u"keyword"_s, u"description"_s}));
    QCOMPARE(::tiers(hits), (QStringList {u"name"_s, u"keyword"_s, u"description"_s}));

    // A document that has the word in several fields counts its best one.
    docs.append(document(u"everywhere"_s, {u"Пенсії"_s}, {u"пенсія"_s}, {u"пенсія"_s}));
    const SearchIndex index2(docs);
    QCOMPARE(index2.search(u"pensii"_s).front(), (SearchHit {u"everywhere"_s, SearchTier::Name}));
}

void TestSearchIndex::multiWordTierIsTheWeakestField()
{
    const SearchIndex index(portals());
    // "пенсійний" is in the name, "кабінет" only in the description.
    const QList<SearchHit> hits = index.search(u"пенсійний кабінет"_s);
    QCOMPARE(ids(hits), QStringList {u"pfu"_s});
    QCOMPARE(hits.front().tier, SearchTier::Description);
    // Both words in the name.
    QCOMPARE(index.search(u"пенсійний фонд"_s).front(), (SearchHit {u"pfu"_s, SearchTier::Name}));
    // Name and keyword.
    QCOMPARE(index.search(u"фонд довідки"_s).front(), (SearchHit {u"pfu"_s, SearchTier::Keyword}));
}

void TestSearchIndex::pinnedFirstWithinATier()
{
    const SearchIndex index(portals());
    // "послуги" is a keyword of diia and of the three local portals; the local ones are pinned.
    const QList<SearchHit> hits = index.search(u"послуги"_s);
    QCOMPARE(ids(hits), (QStringList {u"lutsk"_s, u"myrnohrad"_s, u"shepetivka"_s, u"diia"_s}));
    QCOMPARE(::tiers(hits), QStringList(4, u"keyword"_s));

    // Pinning orders equals; it does not lift a description match above a name match.
    const SearchIndex index2({
        document(u"local"_s, {u"Міська рада"_s}, {}, {u"Оформлення пенсії"_s}, true),
        document(u"pfu"_s, {u"Пенсійний фонд"_s}),
    });
    QCOMPARE(ids(index2.search(u"пенс"_s)), (QStringList {u"pfu"_s, u"local"_s}));
}

void TestSearchIndex::collatorOrderIsTheUkrainianAlphabet()
{
    // One word for each letter a word can start with, in the order of the Ukrainian alphabet.
    const QStringList alphabetical {
        u"Абетка"_s,
        u"Бук"_s,
        u"Вовк"_s,
        u"Гора"_s,
        u"Ґанок"_s,
        u"Дуб"_s,
        u"Ель"_s,
        u"Євро"_s,
        u"Жук"_s,
        u"Зима"_s,
        u"Ирій"_s,
        u"Іва"_s,
        u"Їжак"_s,
        u"Йод"_s,
        u"Кіт"_s,
        u"Ліс"_s,
        u"Мак"_s,
        u"Ніс"_s,
        u"Око"_s,
        u"Пес"_s,
        u"Рак"_s,
        u"Сад"_s,
        u"Тин"_s,
        u"Ухо"_s,
        u"Фото"_s,
        u"Хата"_s,
        u"Цех"_s,
        u"Чай"_s,
        u"Шар"_s,
        u"Щука"_s,
        u"Юшка"_s,
        u"Яма"_s,
    };
    // Code-point order is wrong for Ukrainian (Є І Ї sort before А, Ґ after Я): the test would
    // prove nothing if it happened to agree.
    QStringList codePoint = alphabetical;
    std::sort(codePoint.begin(), codePoint.end());
    QVERIFY(codePoint != alphabetical);

    QList<SearchDocument> docs;
    // Added in reverse so that the input order cannot pass for the sorted one.
    for (auto it = alphabetical.crbegin(); it != alphabetical.crend(); ++it)
        docs.append(document(*it, {*it}, {u"портал"_s}));
    const SearchIndex index(docs);
    QCOMPARE(ids(index.search(u"портал"_s)), alphabetical);
    QCOMPARE(ids(index.search(QString())), alphabetical);
    // Upper and lower case of the same word are neighbours, not split by case.
    const SearchIndex cased({document(u"2"_s, {u"ґава"_s}), document(u"1"_s, {u"Гава"_s}),
        document(u"3"_s, {u"Ґава"_s})});
    QCOMPARE(ids(cased.search(QString())).front(), u"1"_s);
}

void TestSearchIndex::numbersSortByValue()
{
    const SearchIndex index({document(u"10"_s, {u"ЦНАП 10"_s}), document(u"2"_s, {u"ЦНАП 2"_s}),
        document(u"1"_s, {u"ЦНАП 1"_s})});
    QCOMPARE(ids(index.search(u"цнап"_s)), (QStringList {u"1"_s, u"2"_s, u"10"_s}));
}

void TestSearchIndex::prefixWhileTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("id");

    QTest::newRow("пенсійний") << u"пенсійний"_s << u"pfu"_s;
    QTest::newRow("diia") << u"diia"_s << u"diia"_s;
    QTest::newRow("lutsk") << u"lutsk"_s << u"lutsk"_s;
    QTest::newRow("luck") << u"luck"_s << u"lutsk"_s;
    QTest::newRow("shepetivka") << u"shepetivka"_s << u"shepetivka"_s;
    QTest::newRow("myrnohrad") << u"myrnohrad"_s << u"myrnohrad"_s;
    QTest::newRow("kadastrova karta") << u"kadastrova karta"_s << u"land"_s;
    QTest::newRow("дія підпис") << u"дія.підпис"_s << u"idgov"_s;
}

void TestSearchIndex::prefixWhileTyping()
{
    QFETCH(QString, typed);
    QFETCH(QString, id);
    const SearchIndex index(portals());
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        const QStringList found = ids(index.search(typed.left(length)));
        QVERIFY2(found.contains(id), qPrintable(typed.left(length) + u": "_s + found.join(u',')));
    }
    // And the full word puts it first.
    QCOMPARE(index.search(typed).front().id, id);
}

void TestSearchIndex::allWordsMustMatch()
{
    const SearchIndex index(portals());
    QCOMPARE(ids(index.search(u"пенсійний фонд"_s)), QStringList {u"pfu"_s});
    QVERIFY(index.search(u"пенсійний податок"_s).isEmpty());
    QCOMPARE(ids(index.search(u"місцеві луцьк"_s)), QStringList());
    QCOMPARE(ids(index.search(u"міська рада lutsk"_s)), QStringList {u"lutsk"_s});
    // The order of the words does not matter.
    QCOMPARE(ids(index.search(u"фонд пенс"_s)), QStringList {u"pfu"_s});
}

void TestSearchIndex::emptyQueryListsEverything_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("punctuation") << u"- , !"_s;
    QTest::newRow("apostrophe") << u"'"_s;
    QTest::newRow("soft sign") << u"ь"_s;
}

void TestSearchIndex::emptyQueryListsEverything()
{
    // Nothing to search for: the whole directory, pinned first, then alphabetically, so the
    // screen can show it before anything is typed. The uk collation puts Cyrillic before Latin,
    // so "ID.GOV.UA" comes last.
    QFETCH(QString, query);
    const SearchIndex index(portals());
    const QList<SearchHit> hits = index.search(query);
    QCOMPARE(ids(hits),
        (QStringList {u"lutsk"_s, u"myrnohrad"_s, u"shepetivka"_s, u"diia"_s, u"tax"_s, u"pfu"_s,
            u"land"_s, u"idgov"_s}));
    QCOMPARE(::tiers(hits), QStringList(8, u"unfiltered"_s));
}

void TestSearchIndex::limit()
{
    const SearchIndex index(portals());
    const QList<SearchHit> all = index.search(u"послуги"_s);
    QCOMPARE(all.size(), 4);
    QCOMPARE(index.search(u"послуги"_s, 2), all.first(2));
    QCOMPARE(index.search(u"послуги"_s, 100), all);
    QCOMPARE(index.search(u"послуги"_s, -1), all);
    QVERIFY(index.search(u"послуги"_s, 0).isEmpty());
    QCOMPARE(index.search(QString(), 3).size(), 3);
}

void TestSearchIndex::noMatch()
{
    const SearchIndex index(portals());
    QVERIFY(index.search(u"zqxw"_s).isEmpty());
    // Doubled letters collapse, a typo people make on a touch screen; so "zzzz" reads as "z".
    QCOMPARE(index.search(u"пеннсійний"_s).front().id, u"pfu"_s);
    QVERIFY(index.search(u"дата"_s).isEmpty()); // Дія must not answer "дата"
}

void TestSearchIndex::emptyIndex()
{
    const SearchIndex index;
    QVERIFY(index.isEmpty());
    QVERIFY(index.search(u"дія"_s).isEmpty());
    QVERIFY(index.search(QString()).isEmpty());
    const SearchIndex built {QList<SearchDocument>()};
    QVERIFY(built.search(u"дія"_s).isEmpty());
}

void TestSearchIndex::sortNameFallsBackToFirstName()
{
    SearchDocument named = document(u"b"_s, {u"Яблуко"_s}, {u"сад"_s});
    named.sortName = u"Абрикос"_s;
    const SearchIndex index({document(u"a"_s, {u"Груша"_s}, {u"сад"_s}), named});
    QCOMPARE(ids(index.search(u"сад"_s)), (QStringList {u"b"_s, u"a"_s}));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
