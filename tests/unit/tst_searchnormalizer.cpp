// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// SearchNormalizer: folding, the national transliteration, and the loose keys that make Cyrillic,
// KMU-55, BGN, scholarly, ISO 9 and loose Latin spellings of a word find each other.
#include "directory/searchnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

class TestSearchNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void words();
    void transliterate_data();
    void transliterate();
    void sameKey_data();
    void sameKey();
    void distinctKeys_data();
    void distinctKeys();
    void typingReachesWord_data();
    void typingReachesWord();
    void prefixAlternatives();
    void latinKey();
    void digitsKeepTheirValue();
};

void TestSearchNormalizer::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("Ukrainian capitals") << u"ҐЄІЇ"_s << u"ґєії"_s;
    QTest::newRow("mixed case") << u"Пенсійний ФОНД України"_s << u"пенсійний фонд україни"_s;
    QTest::newRow("ascii apostrophe") << u"М'ЯСО"_s << u"мясо"_s;
    QTest::newRow("right single quote") << u"м’ясо"_s << u"мясо"_s;
    QTest::newRow("modifier apostrophe") << u"мʼясо"_s << u"мясо"_s;
    QTest::newRow("backtick") << u"м`ясо"_s << u"мясо"_s;
    QTest::newRow("left single quote") << u"м‘ясо"_s << u"мясо"_s;
    QTest::newRow("quoted word") << u"'Дія'"_s << u"дія"_s;
    QTest::newRow("whitespace and punctuation")
        << u"  Пенсійний \t фонд!!  (ПФУ) "_s << u"пенсійний фонд пфу"_s;
    QTest::newRow("dot and hyphen")
        << u"Дія.Підпис, Івано-Франківськ"_s << u"дія підпис івано франківськ"_s;
    QTest::newRow("stress accent") << u"за\u0301мок"_s << u"замок"_s;
    QTest::newRow("decomposed й") << u"Київськии\u0306"_s << u"київський"_s;
    QTest::newRow("decomposed ї") << u"I\u0308"_s << u"ï"_s;
    QTest::newRow("latin") << u"ID.GOV.UA"_s << u"id gov ua"_s;
    QTest::newRow("digits") << u"ЦНАП №2"_s << u"цнап 2"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u" -- ' ! "_s << QString();
}

void TestSearchNormalizer::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchNormalizer::fold(text), folded);
}

void TestSearchNormalizer::words()
{
    QCOMPARE(SearchNormalizer::words(u"  Пенсійний фонд — e-services "_s),
        (QStringList {u"пенсійний"_s, u"фонд"_s, u"e"_s, u"services"_s}));
    QVERIFY(SearchNormalizer::words(u"  ,  "_s).isEmpty());
}

void TestSearchNormalizer::transliterate_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");

    // The examples of the resolution itself, and the places of this project.
    QTest::newRow("Згорани") << u"Згорани"_s << u"Zghorany"_s;
    QTest::newRow("Розгон") << u"Розгон"_s << u"Rozghon"_s;
    QTest::newRow("Ґудзь") << u"Ґудзь"_s << u"Gudz"_s;
    QTest::newRow("Ґалаґан") << u"Ґалаґан"_s << u"Galagan"_s;
    QTest::newRow("Їжакевич") << u"Їжакевич"_s << u"Yizhakevych"_s;
    QTest::newRow("Кадиївка") << u"Кадиївка"_s << u"Kadyivka"_s;
    QTest::newRow("Йосипівка") << u"Йосипівка"_s << u"Yosypivka"_s;
    QTest::newRow("Стрий") << u"Стрий"_s << u"Stryi"_s;
    QTest::newRow("Олексіївка") << u"Олексіївка"_s << u"Oleksiivka"_s;
    QTest::newRow("Єнакієве") << u"Єнакієве"_s << u"Yenakiieve"_s;
    QTest::newRow("Гаєвич") << u"Гаєвич"_s << u"Haievych"_s;
    QTest::newRow("Короп'є") << u"Короп'є"_s << u"Koropie"_s;
    QTest::newRow("Юрій") << u"Юрій"_s << u"Yurii"_s;
    QTest::newRow("Юлія") << u"Юлія"_s << u"Yuliia"_s;
    QTest::newRow("Знам'янка") << u"Знам’янка"_s << u"Znamianka"_s;
    QTest::newRow("Гадяч") << u"Гадяч"_s << u"Hadiach"_s;
    QTest::newRow("Ярошенко") << u"Ярошенко"_s << u"Yaroshenko"_s;
    QTest::newRow("Феодосія") << u"Феодосія"_s << u"Feodosiia"_s;
    QTest::newRow("Щербухи") << u"Щербухи"_s << u"Shcherbukhy"_s;
    QTest::newRow("Щербаківка") << u"Щербаківка"_s << u"Shcherbakivka"_s;
    QTest::newRow("Біла Церква") << u"Біла Церква"_s << u"Bila Tserkva"_s;
    QTest::newRow("Харків") << u"Харків"_s << u"Kharkiv"_s;
    QTest::newRow("Київ") << u"Київ"_s << u"Kyiv"_s;
    QTest::newRow("Луцьк") << u"Луцьк"_s << u"Lutsk"_s;
    QTest::newRow("Шепетівка") << u"Шепетівка"_s << u"Shepetivka"_s;
    QTest::newRow("Мирноград") << u"Мирноград"_s << u"Myrnohrad"_s;
    QTest::newRow("Дія") << u"Дія"_s << u"Diia"_s;
    QTest::newRow("пенсія") << u"пенсія"_s << u"pensiia"_s;
    QTest::newRow("м'ясо") << u"мʼясо"_s << u"miaso"_s;
    QTest::newRow("Ольга") << u"Ольга"_s << u"Olha"_s;
    QTest::newRow("word start after a hyphen") << u"Івано-Франківськ"_s << u"Ivano-Frankivsk"_s;
    QTest::newRow("all capitals") << u"ЦНАП ЩО"_s << u"TSNAP SHCHO"_s;
    QTest::newRow("capital alone") << u"Щ"_s << u"Shch"_s;
    QTest::newRow("Latin passes through") << u"Diia.Підпис 2"_s << u"Diia.Pidpys 2"_s;
}

void TestSearchNormalizer::transliterate()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(SearchNormalizer::transliterate(cyrillic), latin);
}

void TestSearchNormalizer::sameKey_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("variant");

    const auto group = [](const QString &reference, const QStringList &variants) {
        for (const QString &variant : variants)
            QTest::addRow("%s = %s", qPrintable(reference), qPrintable(variant))
                << reference << variant;
    };
    group(u"Дія"_s, {u"diia"_s, u"dija"_s, u"DIIA"_s, u"Diya"_s, u"ДІЯ"_s, u"dia"_s});
    group(u"Луцьк"_s,
        {u"Lutsk"_s, u"Luck"_s, u"lutsk"_s, u"LUTSK"_s, u"Lutzk"_s, u"Łuck"_s, u"Луцк"_s});
    group(u"Шепетівка"_s, {u"Shepetivka"_s, u"Šepetivka"_s, u"shepetiwka"_s});
    group(u"Мирноград"_s, {u"Myrnohrad"_s, u"Mirnograd"_s, u"Myrnograd"_s});
    group(u"Ґудзь"_s, {u"Gudz"_s, u"Gudz'"_s});
    group(u"Їжакевич"_s, {u"Yizhakevych"_s, u"Izhakevych"_s, u"Jižakevyč"_s, u"Ïžakevič"_s});
    group(u"Згорани"_s, {u"Zghorany"_s, u"Zgorany"_s, u"zghorani"_s});
    group(u"Щербаківка"_s,
        {u"Shcherbakivka"_s, u"Scherbakivka"_s, u"Ščerbakivka"_s, u"Ŝerbakìvka"_s});
    group(u"пенсія"_s, {u"pensiia"_s, u"pensija"_s, u"pensiya"_s, u"pensia"_s, u"ПЕНСІЯ"_s});
    group(u"м'ясо"_s, {u"м’ясо"_s, u"мʼясо"_s, u"myaso"_s, u"miaso"_s, u"m'yaso"_s, u"mjaso"_s});
    group(u"ҐЄІЇ"_s, {u"ґєії"_s});
    group(u"Київ"_s, {u"Kyiv"_s, u"Kyjiv"_s, u"Kyjiw"_s});
    group(u"Запоріжжя"_s, {u"Zaporizhzhia"_s, u"Zaporizhia"_s, u"Zaporižžja"_s});
    group(u"Харків"_s, {u"Kharkiv"_s, u"Xarkiv"_s});
    group(u"Ганна"_s, {u"Hanna"_s, u"Hana"_s, u"Gana"_s});
    group(u"братство"_s, {u"bratstvo"_s});
    group(u"Юрій"_s, {u"Yurii"_s, u"Yuriy"_s, u"Jurij"_s, u"Iurii"_s});
    group(u"Європа"_s, {u"Yevropa"_s, u"Jevropa"_s, u"Ievropa"_s});
}

void TestSearchNormalizer::sameKey()
{
    QFETCH(QString, reference);
    QFETCH(QString, variant);
    const QString key = SearchNormalizer::latinKey(reference);
    QVERIFY(!key.isEmpty());
    QCOMPARE(SearchNormalizer::latinKey(variant), key);
}

void TestSearchNormalizer::distinctKeys_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    // Neither key may be a prefix of the other, or typing one would already list the other.
    QTest::newRow("дата / дія") << u"дата"_s << u"дія"_s;
    QTest::newRow("хата / гата") << u"хата"_s << u"гата"_s;
    QTest::newRow("ціна / сіна") << u"ціна"_s << u"сіна"_s;
    QTest::newRow("чай / цай") << u"чай"_s << u"цай"_s;
    QTest::newRow("жито / зито") << u"жито"_s << u"зито"_s;
    QTest::newRow("шити / сити") << u"шити"_s << u"сити"_s;
    QTest::newRow("щока / шока") << u"щока"_s << u"шока"_s;
    QTest::newRow("Луцьк / Лука") << u"Луцьк"_s << u"Лука"_s;
    QTest::newRow("пенсія / пенсне") << u"пенсія"_s << u"пенсне"_s;
    QTest::newRow("дім / дам") << u"дім"_s << u"дам"_s;
    QTest::newRow("Згорани / Жорани") << u"Згорани"_s << u"Жорани"_s;
    QTest::newRow("Луцьк / Львів") << u"Луцьк"_s << u"Львів"_s;
    QTest::newRow("податок / подяка") << u"податок"_s << u"подяка"_s;
}

void TestSearchNormalizer::distinctKeys()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString a = SearchNormalizer::latinKey(first);
    const QString b = SearchNormalizer::latinKey(second);
    QVERIFY2(!a.startsWith(b) && !b.startsWith(a), qPrintable(a + u" / "_s + b));
}

void TestSearchNormalizer::typingReachesWord_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("word");

    QTest::newRow("lutsk") << u"lutsk"_s << u"Луцьк"_s;
    QTest::newRow("luck") << u"luck"_s << u"Луцьк"_s;
    QTest::newRow("луцьк") << u"луцьк"_s << u"Луцьк"_s;
    QTest::newRow("diia") << u"diia"_s << u"Дія"_s;
    QTest::newRow("dija") << u"dija"_s << u"Дія"_s;
    QTest::newRow("пен") << u"пен"_s << u"Пенсійний"_s;
    QTest::newRow("pension") << u"pensii"_s << u"Пенсійний"_s;
    QTest::newRow("shcherbakivka") << u"shcherbakivka"_s << u"Щербаківка"_s;
    QTest::newRow("scherbakivka") << u"scherbakivka"_s << u"Щербаківка"_s;
    QTest::newRow("zhytomyr") << u"zhytomyr"_s << u"Житомир"_s;
    QTest::newRow("kharkiv") << u"kharkiv"_s << u"Харків"_s;
    QTest::newRow("yizhakevych") << u"yizhakevych"_s << u"Їжакевич"_s;
    QTest::newRow("myaso") << u"m'yaso"_s << u"м'ясо"_s;
    QTest::newRow("bratstvo") << u"bratstvo"_s << u"братство"_s;
    QTest::newRow("братство") << u"братство"_s << u"братство"_s;
    QTest::newRow("Diia.Signature") << u"diia.pidpys"_s << u"Дія.Підпис"_s;
}

void TestSearchNormalizer::typingReachesWord()
{
    QFETCH(QString, typed);
    QFETCH(QString, word);
    // Every keystroke on the way already finds the word: one of its prefix keys starts the
    // word's key. Multi-word input is checked word by word, the last one partly typed.
    const QStringList targetKeys = SearchNormalizer::latinKey(word).split(u' ');
    for (qsizetype length = 1; length <= typed.size(); ++length) {
        const QStringList typedWords = SearchNormalizer::words(typed.left(length));
        if (typedWords.isEmpty())
            continue;
        QCOMPARE_LE(typedWords.size(), targetKeys.size());
        for (qsizetype w = 0; w < typedWords.size(); ++w) {
            const QStringList prefixes = SearchNormalizer::wordKeyPrefixes(typedWords[w]);
            const bool reached = std::any_of(prefixes.begin(), prefixes.end(),
                [&](const QString &prefix) { return targetKeys[w].startsWith(prefix); });
            QVERIFY2(reached,
                qPrintable(typed.left(length) + u": "_s + prefixes.join(u',') + u" vs "_s
                    + targetKeys[w]));
        }
    }
}

void TestSearchNormalizer::prefixAlternatives()
{
    QCOMPARE(SearchNormalizer::wordKeyPrefixes(u"lut"_s), (QStringList {u"lut"_s, u"luC"_s}));
    QCOMPARE(SearchNormalizer::wordKeyPrefixes(u"лут"_s), (QStringList {u"lut"_s, u"luC"_s}));
    QCOMPARE(SearchNormalizer::wordKeyPrefixes(u"s"_s), (QStringList {u"s"_s, u"S"_s}));
    QCOMPARE(SearchNormalizer::wordKeyPrefixes(u"luc"_s), (QStringList {u"luC"_s, u"luQ"_s}));
    // A Cyrillic с is a whole letter: it does not also stand for ш.
    QCOMPARE(SearchNormalizer::wordKeyPrefixes(u"с"_s), QStringList {u"s"_s});
    QCOMPARE(SearchNormalizer::wordKeyPrefixes(u"дія"_s), QStringList {u"dIa"_s});
    QVERIFY(SearchNormalizer::wordKeyPrefixes(u"ь"_s).isEmpty());
}

void TestSearchNormalizer::latinKey()
{
    QCOMPARE(SearchNormalizer::latinKey(u"Луцьк, Lutsk"_s), u"luCk luCk"_s);
    QCOMPARE(SearchNormalizer::latinKey(u"Щербаківка"_s), u"SQerbakIvka"_s);
    QCOMPARE(SearchNormalizer::latinKey(u"Ґудзь"_s), u"gudz"_s);
    QCOMPARE(SearchNormalizer::latinKey(u"ь ' ,"_s), QString());
}

void TestSearchNormalizer::digitsKeepTheirValue()
{
    QCOMPARE(SearchNormalizer::wordKey(u"1100"_s), u"1100"_s);
    QVERIFY(!SearchNormalizer::wordKey(u"1100"_s).startsWith(SearchNormalizer::wordKey(u"10"_s)));
}

QTEST_GUILESS_MAIN(TestSearchNormalizer)
#include "tst_searchnormalizer.moc"
