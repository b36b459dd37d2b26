// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Keystroke latency of the directory search. Builds 10,000 synthetic directory entries in
// Ukrainian and English, replays about thirty realistic queries keystroke by keystroke
// ("п", "пе", "пен", …), and prints p50/p99/max per keystroke plus the index build time.
// The goal is p99 <= 2 ms per keystroke in a Release build on the 2-core kiosk machine.
//
// For comparison it also times the naive alternative: a linear scan over each document's
// precomputed word keys. Figures only; nothing here fails on a time.
//
//   bench_search [--documents N] [--rounds N]
#include "directory/searchindex.h"
#include "directory/searchnormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

const QStringList ukrainianWords {
    u"довідка"_s,
    u"пенсія"_s,
    u"пенсійний"_s,
    u"фонд"_s,
    u"реєстрація"_s,
    u"місця"_s,
    u"проживання"_s,
    u"земельна"_s,
    u"ділянка"_s,
    u"кадастр"_s,
    u"податкова"_s,
    u"декларація"_s,
    u"субсидія"_s,
    u"допомога"_s,
    u"народження"_s,
    u"дитини"_s,
    u"паспорт"_s,
    u"закордонний"_s,
    u"посвідчення"_s,
    u"водійське"_s,
    u"транспортний"_s,
    u"засіб"_s,
    u"нерухомість"_s,
    u"право"_s,
    u"власності"_s,
    u"спадщина"_s,
    u"нотаріус"_s,
    u"суд"_s,
    u"позов"_s,
    u"виконавче"_s,
    u"провадження"_s,
    u"штраф"_s,
    u"ліцензія"_s,
    u"дозвіл"_s,
    u"будівництво"_s,
    u"підприємець"_s,
    u"фізична"_s,
    u"особа"_s,
    u"юридична"_s,
    u"бізнес"_s,
    u"заява"_s,
    u"звернення"_s,
    u"скарга"_s,
    u"лікар"_s,
    u"декларація"_s,
    u"рецепт"_s,
    u"лікування"_s,
    u"вакцинація"_s,
    u"освіта"_s,
    u"школа"_s,
    u"садочок"_s,
    u"черга"_s,
    u"житло"_s,
    u"комунальні"_s,
    u"послуги"_s,
    u"тарифи"_s,
    u"енергетика"_s,
    u"газ"_s,
    u"вода"_s,
    u"електронний"_s,
    u"кабінет"_s,
    u"підпис"_s,
    u"ідентифікація"_s,
    u"ключ"_s,
    u"сертифікат"_s,
    u"відкриті"_s,
    u"дані"_s,
    u"закупівлі"_s,
    u"тендер"_s,
    u"громада"_s,
    u"міська"_s,
    u"рада"_s,
    u"сільська"_s,
    u"адміністративні"_s,
    u"центр"_s,
    u"надання"_s,
    u"інформація"_s,
    u"виписка"_s,
    u"реєстр"_s,
    u"витяг"_s,
    u"шлюб"_s,
    u"розірвання"_s,
    u"смерть"_s,
    u"ветеран"_s,
    u"учасник"_s,
    u"бойових"_s,
    u"дій"_s,
    u"переселенець"_s,
    u"внутрішньо"_s,
    u"переміщена"_s,
    u"соціальна"_s,
    u"виплата"_s,
    u"безробіття"_s,
    u"зайнятість"_s,
    u"вакансія"_s,
    u"бібліотека"_s,
    u"читач"_s,
    u"квиток"_s,
    u"культура"_s,
    u"туризм"_s,
    u"екологія"_s,
    u"відходи"_s,
    u"ліс"_s,
    u"мисливство"_s,
    u"рибальство"_s,
    u"м'ясо"_s,
    u"ветеринарія"_s,
    u"сільське"_s,
    u"господарство"_s,
    u"аграрний"_s,
    u"юстиція"_s,
    u"об'єднання"_s,
    u"громадян"_s,
    u"Єдиний"_s,
    u"державний"_s,
    u"вебпортал"_s,
    u"Ґрунт"_s,
    u"Їжакевича"_s,
    u"щорічний"_s,
    u"звіт"_s,
};

const QStringList englishWords {
    u"certificate"_s,
    u"pension"_s,
    u"fund"_s,
    u"registration"_s,
    u"residence"_s,
    u"land"_s,
    u"parcel"_s,
    u"cadastre"_s,
    u"tax"_s,
    u"return"_s,
    u"subsidy"_s,
    u"assistance"_s,
    u"birth"_s,
    u"child"_s,
    u"passport"_s,
    u"driving"_s,
    u"licence"_s,
    u"vehicle"_s,
    u"property"_s,
    u"ownership"_s,
    u"inheritance"_s,
    u"notary"_s,
    u"court"_s,
    u"claim"_s,
    u"enforcement"_s,
    u"fine"_s,
    u"permit"_s,
    u"construction"_s,
    u"entrepreneur"_s,
    u"business"_s,
    u"application"_s,
    u"appeal"_s,
    u"complaint"_s,
    u"doctor"_s,
    u"prescription"_s,
    u"vaccination"_s,
    u"education"_s,
    u"school"_s,
    u"kindergarten"_s,
    u"queue"_s,
    u"housing"_s,
    u"utilities"_s,
    u"services"_s,
    u"energy"_s,
    u"water"_s,
    u"electronic"_s,
    u"cabinet"_s,
    u"signature"_s,
    u"identification"_s,
    u"key"_s,
    u"open"_s,
    u"data"_s,
    u"procurement"_s,
    u"tender"_s,
    u"community"_s,
    u"city"_s,
    u"council"_s,
    u"village"_s,
    u"administrative"_s,
    u"centre"_s,
    u"information"_s,
    u"extract"_s,
    u"register"_s,
    u"marriage"_s,
    u"divorce"_s,
    u"death"_s,
    u"veteran"_s,
    u"displaced"_s,
    u"person"_s,
    u"social"_s,
    u"payment"_s,
    u"unemployment"_s,
    u"employment"_s,
    u"vacancy"_s,
    u"library"_s,
    u"reader"_s,
    u"ticket"_s,
    u"culture"_s,
    u"tourism"_s,
    u"ecology"_s,
    u"waste"_s,
    u"forest"_s,
    u"hunting"_s,
    u"fishing"_s,
    u"agriculture"_s,
    u"justice"_s,
    u"state"_s,
    u"portal"_s,
    u"annual"_s,
    u"report"_s,
};

// Cyrillic and KMU-55 names of places.
const QList<std::pair<QString, QString>> places {
    {u"Луцьк"_s, u"Lutsk"_s},
    {u"Шепетівка"_s, u"Shepetivka"_s},
    {u"Мирноград"_s, u"Myrnohrad"_s},
    {u"Київ"_s, u"Kyiv"_s},
    {u"Харків"_s, u"Kharkiv"_s},
    {u"Львів"_s, u"Lviv"_s},
    {u"Одеса"_s, u"Odesa"_s},
    {u"Дніпро"_s, u"Dnipro"_s},
    {u"Запоріжжя"_s, u"Zaporizhzhia"_s},
    {u"Житомир"_s, u"Zhytomyr"_s},
    {u"Рівне"_s, u"Rivne"_s},
    {u"Тернопіль"_s, u"Ternopil"_s},
    {u"Чернігів"_s, u"Chernihiv"_s},
    {u"Черкаси"_s, u"Cherkasy"_s},
    {u"Полтава"_s, u"Poltava"_s},
    {u"Суми"_s, u"Sumy"_s},
    {u"Ужгород"_s, u"Uzhhorod"_s},
    {u"Ковель"_s, u"Kovel"_s},
    {u"Щербаківка"_s, u"Shcherbakivka"_s},
    {u"Згорани"_s, u"Zghorany"_s},
    {u"Біла Церква"_s, u"Bila Tserkva"_s},
    {u"Івано-Франківськ"_s, u"Ivano-Frankivsk"_s},
    {u"Кам'янець-Подільський"_s, u"Kamianets-Podilskyi"_s},
    {u"Олександрія"_s, u"Oleksandriia"_s},
    {u"Ізмаїл"_s, u"Izmail"_s},
};

// Typed by a citizen, one keystroke at a time.
const QStringList queries {
    u"пенсійний фонд"_s,
    u"diia"_s,
    u"дія"_s,
    u"lutsk"_s,
    u"luck"_s,
    u"shepetivka"_s,
    u"мирноград"_s,
    u"mirnograd"_s,
    u"земельна ділянка"_s,
    u"kadastr"_s,
    u"податкова декларація"_s,
    u"tax return"_s,
    u"довідка про доходи"_s,
    u"reiestratsiia"_s,
    u"реєстрація місця проживання"_s,
    u"субсидія"_s,
    u"subsydiia"_s,
    u"пенсія"_s,
    u"pensija"_s,
    u"лікар"_s,
    u"prozorro"_s,
    u"суд"_s,
    u"e-court"_s,
    u"відкриті дані"_s,
    u"open data"_s,
    u"цнап"_s,
    u"tsnap"_s,
    u"паспорт"_s,
    u"id.gov.ua"_s,
    u"щербаківка"_s,
    u"shcherbakivka"_s,
    u"м'ясо"_s,
};

struct Generator
{
    QRandomGenerator random {20100125}; // fixed: the same documents every run

    QString pick(const QStringList &from) { return from[random.bounded(from.size())]; }

    // A word of the list, often inflected, so that the vocabulary is as varied as real text.
    QString inflected(const QStringList &from)
    {
        static const QStringList ukrainianEndings {u"и"_s, u"у"_s, u"ою"_s, u"ам"_s, u"ами"_s,
            u"ах"_s, u"ів"_s, u"ові"_s, u"ої"_s, u"ого"_s, u"ому"_s, u"ій"_s};
        static const QStringList englishEndings {u"s"_s, u"ed"_s, u"ing"_s, u"al"_s, u"ly"_s};
        QString word = pick(from);
        if (random.bounded(2) == 0)
            return word;
        if (word.front().unicode() < 0x80)
            return word + pick(englishEndings);
        if (QStringView(u"аяоеиіїйь").contains(word.back()))
            word.chop(1);
        return word + pick(ukrainianEndings);
    }

    // A made-up proper name ("Коваленко"), with its KMU-55 spelling.
    std::pair<QString, QString> properName()
    {
        static const QStringList syllables {u"ко"_s, u"ва"_s, u"лен"_s, u"шев"_s, u"чук"_s,
            u"бон"_s, u"дар"_s, u"гри"_s, u"цен"_s, u"мель"_s, u"ник"_s, u"ще"_s, u"жи"_s, u"хо"_s,
            u"рі"_s, u"ї"_s, u"є"_s, u"ю"_s, u"ґа"_s, u"зо"_s, u"ти"_s, u"ян"_s};
        QString name;
        const int count = 2 + int(random.bounded(3));
        for (int i = 0; i < count; ++i)
            name += pick(syllables);
        name[0] = name[0].toUpper();
        return {name, SearchNormalizer::transliterate(name)};
    }

    QString words(const QStringList &from, int min, int max)
    {
        QStringList out;
        const int count = min + int(random.bounded(max - min + 1));
        for (int i = 0; i < count; ++i)
            out.append(inflected(from));
        return out.join(u' ');
    }
};

QList<SearchDocument> syntheticDirectory(int count)
{
    Generator gen;
    QList<SearchDocument> docs;
    docs.reserve(count);
    // A few real portals, so that the realistic queries find what they would find.
    const auto real = [&docs](const QString &id, const QStringList &names,
                          const QStringList &keywords, const QString &description) {
        SearchDocument doc;
        doc.id = id;
        doc.names = names;
        doc.keywords = keywords;
        doc.descriptions = {description};
        docs.append(doc);
    };
    real(u"diia"_s, {u"Дія"_s, u"Diia"_s}, {u"державні послуги"_s},
        u"Єдиний державний вебпортал електронних послуг"_s);
    real(u"pfu"_s, {u"Пенсійний фонд України"_s, u"Pension Fund of Ukraine"_s}, {u"пенсія"_s},
        u"Кабінет пенсіонера"_s);
    real(u"prozorro"_s, {u"Prozorro"_s}, {u"закупівлі"_s}, u"Публічні закупівлі"_s);
    real(u"ecourt"_s, {u"Електронний суд"_s, u"E-Court"_s}, {u"суд"_s}, u"Подання документів"_s);
    real(u"idgov"_s, {u"ID.GOV.UA"_s}, {u"КЕП"_s}, u"Електронна ідентифікація"_s);
    for (int i = int(docs.size()); i < count; ++i) {
        const auto &[placeUk, placeEn] = places[gen.random.bounded(places.size())];
        const bool local = gen.random.bounded(4) == 0;
        SearchDocument doc;
        doc.id = u"svc-%1"_s.arg(i);
        doc.names = {gen.words(ukrainianWords, 2, 4), gen.words(englishWords, 2, 4)};
        if (local) {
            doc.names[0] += u" ("_s + placeUk + u')';
            doc.names[1] += u" ("_s + placeEn + u')';
        }
        if (gen.random.bounded(5) == 0) {
            const auto [nameUk, nameEn] = gen.properName();
            doc.names[0] += u' ' + nameUk;
            doc.names[1] += u' ' + nameEn;
        }
        doc.keywords = {gen.words(ukrainianWords, 2, 5), gen.words(englishWords, 1, 3)};
        if (gen.random.bounded(3) == 0)
            doc.keywords.append(u"ЦНАП"_s);
        doc.descriptions = {gen.words(ukrainianWords, 10, 25), gen.words(englishWords, 8, 18)};
        doc.pinned = local && gen.random.bounded(10) == 0;
        docs.append(doc);
    }
    return docs;
}

// The naive alternative, for comparison only: per document, its word keys with their best
// tier, scanned in full on every keystroke.
class LinearScan
{
public:
    explicit LinearScan(const QList<SearchDocument> &documents)
    {
        for (const SearchDocument &doc : documents) {
            std::vector<std::pair<QString, quint8>> keys;
            const auto add = [&keys](const QStringList &texts, quint8 tier) {
                for (const QString &text : texts) {
                    for (const QString &word : SearchNormalizer::words(text)) {
                        const QString key = SearchNormalizer::wordKey(word);
                        auto it = std::find_if(keys.begin(), keys.end(),
                            [&key](const auto &k) { return k.first == key; });
                        if (it == keys.end())
                            keys.emplace_back(key, tier);
                    }
                }
            };
            add(doc.names, 0);
            add(doc.keywords, 1);
            add(doc.descriptions, 2);
            m_documents.push_back(std::move(keys));
        }
    }

    [[nodiscard]] qsizetype search(const QString &query, qsizetype limit) const
    {
        std::vector<QStringList> prefixes;
        for (const QString &word : SearchNormalizer::words(query))
            prefixes.push_back(SearchNormalizer::wordKeyPrefixes(word));
        std::vector<quint64> hits;
        for (quint32 d = 0; d < m_documents.size(); ++d) {
            quint8 docTier = 0;
            for (const QStringList &alternatives : prefixes) {
                quint8 best = 3;
                for (const auto &[key, tier] : m_documents[d]) {
                    for (const QString &prefix : alternatives) {
                        if (tier < best && key.startsWith(prefix))
                            best = tier;
                    }
                }
                docTier = std::max(docTier, best);
                if (docTier == 3)
                    break;
            }
            if (docTier < 3)
                hits.push_back((quint64(docTier) << 32) | d);
        }
        const auto shown = std::min(qsizetype(hits.size()), limit);
        std::partial_sort(hits.begin(), hits.begin() + shown, hits.end());
        return shown;
    }

private:
    std::vector<std::vector<std::pair<QString, quint8>>> m_documents;
};

struct Figures
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

Figures figures(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Figures f;
    if (ms.empty())
        return f;
    const auto at = [&ms](double q) {
        return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))];
    };
    f.p50 = at(0.50);
    f.p99 = at(0.99);
    f.max = ms.back();
    double sum = 0;
    for (const double v : ms)
        sum += v;
    f.mean = sum / double(ms.size());
    return f;
}

// Wall-clock and CPU time of this thread, in ms, for each keystroke.
struct Samples
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Times search(prefix) for every keystroke of every query, rounds times over. Wall time is what
// the citizen waits; thread CPU time leaves out the moments another process had the core, which
// on a shared, busy machine is most of the outliers.
template<typename Search>
Samples replay(int rounds, Search &&search)
{
    Samples samples;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &query : queries) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                const QString typed = query.left(length);
                const double cpuStart = threadCpuMs();
                timer.start();
                search(typed);
                samples.wall.push_back(double(timer.nsecsElapsed()) / 1e6);
                samples.cpu.push_back(threadCpuMs() - cpuStart);
            }
        }
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    int documentCount = 10000;
    int rounds = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--documents")
            documentCount = args[i + 1].toInt();
        else if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
    }

#ifdef QT_DEBUG
    out << "WARNING: Debug build; measure a Release build.\n";
#endif
    const QList<SearchDocument> docs = syntheticDirectory(documentCount);

    QElapsedTimer timer;
    timer.start();
    const SearchIndex index(docs);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    qsizetype keystrokes = 0;
    for (const QString &query : queries)
        keystrokes += query.size();
    out << "documents: " << index.size() << ", distinct keys: " << index.vocabularySize()
        << ", postings: " << index.postingCount() << '\n';
    out << "index build: " << QString::number(buildMs, 'f', 1) << " ms\n";
    out << "queries: " << queries.size() << ", keystrokes per round: " << keystrokes
        << ", rounds: " << rounds << "\n\n";

    // Warm up caches and the allocator once before measuring.
    replay(1, [&index](const QString &typed) { return index.search(typed, 50); });

    qsizetype hitSum = 0;
    qsizetype hitCount = 0;
    for (const QString &query : queries) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            hitSum += index.search(query.left(length)).size();
            ++hitCount;
        }
    }
    out << "mean hits per keystroke (no limit): " << hitSum / std::max<qsizetype>(1, hitCount)
        << "\n";

    const auto line = [&out](const char *label, const Figures &f) {
        out << label << "  p50 " << QString::number(f.p50, 'f', 3) << "  p99 "
            << QString::number(f.p99, 'f', 3) << "  max " << QString::number(f.max, 'f', 3)
            << "  mean " << QString::number(f.mean, 'f', 3) << " ms\n";
    };
    const auto print = [&](const char *label, const Samples &samples) {
        out << label << '\n';
        line("  wall:      ", figures(samples.wall));
        line("  thread CPU:", figures(samples.cpu));
    };
    print("SearchIndex, limit 50:",
        replay(rounds, [&index](const QString &t) { return index.search(t, 50); }));
    print("SearchIndex, no limit:",
        replay(rounds, [&index](const QString &t) { return index.search(t); }));

    timer.start();
    const LinearScan scan(docs);
    out << "\nlinear scan over precomputed keys (for comparison), build "
        << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1) << " ms\n";
    print("linear scan, limit 50:",
        replay(1, [&scan](const QString &t) { return scan.search(t, 50); }));
    return 0;
}
