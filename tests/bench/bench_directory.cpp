// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Benchmark: what a kiosk does with a new signed 5,000-entry feed, the goal (parse +
// verify + store <= 150 ms when every entry changed; <= 75 ms in the typical case, a few
// changed): verify the minisign signature over the exact bytes, parse and validate, and store
// in SQLite (one transaction, WAL), with the directory and the citizen's list model reloaded
// afterwards as in the kiosk (the reload is printed, not part of the goal: the feed is safe by
// then). Prints figures; it is not a timed test.
//
// The machine is noisy and shared, so every figure is measured beside its baselines in the same
// run, round by round, and printed with their ratios:
//   floor     QJsonDocument::fromJson over the same bytes: any parser built on Qt's JSON pays it.
//   baseline  the naive path: FeedParser::parse of the whole document, DirectoryStore::replaceFeed.
//   ours      the path DirectorySync takes.
// Each path has its own store (and directory) fed the same sequence of feeds.
//
// Run from a Release build for real figures:
//   cmake --build build/release --target bench_directory &&
//   build/release/tests/bench/bench_directory [RUNS]

#include "directory/directory.h"
#include "directory/directorymodel.h"
#include "directory/directorystore.h"
#include "directory/feedentrycache.h"
#include "directory/feedparser.h"
#include "directory/minisignsigner.h"
#include "directory/minisignverifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

constexpr int entryCount = 5000;
constexpr int defaultRuns = 11;

// Which entries an edition rewords: none, a few (10 of 5,000, as a typical new version), or all.
enum class Edition { Base, FewChanged, AllChanged };

bool isEdited(Edition edition, int i)
{
    switch (edition) {
    case Edition::Base:
        return false;
    case Edition::FewChanged:
        return i % 500 == 17;
    case Edition::AllChanged:
        return true;
    }
    return false;
}

// The shape of bench_feed's feed (written indented, as an admin's tool would).
QByteArray makeFeed(int version, Edition edition)
{
    static const QStringList categories {u"documents-id"_s, u"family-children"_s,
        u"pension-social"_s, u"health"_s, u"land-property"_s, u"business"_s, u"taxes"_s};
    QJsonArray entries;
    for (int i = 0; i < entryCount; ++i) {
        const QString id = u"hromada-%1.service-%2"_s.arg(i / 4).arg(i % 4);
        const bool edited = isEdited(edition, i);
        entries.append(QJsonObject {
            {u"id"_s, id},
            {u"name"_s,
                QJsonObject {{u"uk"_s, u"Послуга громади номер %1"_s.arg(i)},
                    {u"en"_s, u"Community service number %1"_s.arg(i)}}},
            {u"description"_s,
                QJsonObject {
                    {u"uk"_s,
                        edited
                            ? u"Оновлений опис послуги (редакція %1): подати заяву онлайн."_s.arg(
                                int(edition))
                            : u"Що можна зробити на цьому порталі: подати заяву, "
                              u"отримати довідку, дізнатися строки та вартість "
                              u"послуги."_s},
                    {u"en"_s,
                        u"What you can do on this portal: apply, get a certificate, find out "
                        u"how long the service takes and what it costs."_s}}},
            {u"authority"_s,
                QJsonObject {{u"uk"_s, u"Виконавчий комітет громади %1"_s.arg(i / 4)},
                    {u"en"_s, u"Executive committee of hromada %1"_s.arg(i / 4)}}},
            {u"scope"_s,
                QJsonObject {{u"level"_s, u"hromada"_s},
                    {u"katottg"_s, u"UA%1"_s.arg(qlonglong(i), 17, 10, QChar(u'0'))},
                    {u"area"_s,
                        QJsonObject {{u"uk"_s, u"Громада %1"_s.arg(i / 4)},
                            {u"en"_s, u"Hromada %1"_s.arg(i / 4)}}}}},
            {u"categories"_s, QJsonArray {categories.at(i % categories.size()), u"other"_s}},
            {u"online"_s,
                QJsonObject {{u"url"_s, u"https://h%1.example.org/services/%2"_s.arg(i / 4).arg(i)},
                    {u"loginHosts"_s, QJsonArray {u"id.gov.ua"_s}}}},
            {u"inPerson"_s,
                QJsonObject {{u"address"_s,
                                 QJsonObject {{u"uk"_s, u"вул. Центральна, %1"_s.arg(i % 200)},
                                     {u"en"_s, u"%1 Tsentralna Street"_s.arg(i % 200)}}},
                    {u"phone"_s, u"+380 33 200 %1"_s.arg(i % 100, 2, 10, QChar(u'0'))}}},
            {u"keywords"_s,
                QJsonObject {
                    {u"uk"_s, QJsonArray {u"довідка"_s, u"заява"_s, u"цнап"_s, u"громада"_s}},
                    {u"en"_s, QJsonArray {u"certificate"_s, u"application"_s, u"cnap"_s}}}},
            {u"eId"_s, QJsonArray {u"kep"_s, u"diia-signature"_s, u"bankid"_s}},
            {u"modified"_s, u"2026-11-26"_s},
        });
    }
    const QJsonObject root {
        {u"schemaVersion"_s, 1},
        {u"version"_s, version},
        {u"generated"_s, u"2026-11-26T00:00:00Z"_s},
        {u"expires"_s, u"2099-01-01T00:00:00Z"_s},
        {u"entries"_s, entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

struct SignedFeed
{
    QByteArray document;
    QByteArray signature;
};

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// One way of taking in a feed, with its own store and directory as a kiosk has.
class Pipeline
{
public:
    using Parse = std::function<FeedParser::Result(const QByteArray &)>;

    Pipeline(const char *name, Parse parse, std::function<void()> accepted = {})
        : m_name(name)
        , m_parse(std::move(parse))
        , m_accepted(std::move(accepted))
    { }

    bool open(const MinisignVerifier &verifier)
    {
        m_verifier = &verifier;
        if (!m_dir.isValid())
            return false;
        m_store = std::make_unique<DirectoryStore>(m_dir.path());
        if (!m_store->open())
            return false;
        m_directory.reload(*m_store);
        m_model.setDirectory(&m_directory);
        return true;
    }

    // Verifies, parses and stores one feed, then reloads. False if any step failed.
    bool take(const SignedFeed &feed, qint64 version, bool record)
    {
        QElapsedTimer timer;
        timer.start();
        const MinisignResult verified = m_verifier->verify(feed.document, feed.signature);
        const qint64 afterVerify = timer.nsecsElapsed();
        const FeedParser::Result parsed = m_parse(feed.document);
        const qint64 afterParse = timer.nsecsElapsed();
        DirectoryStore::FeedState state;
        state.source = DirectoryStore::FeedState::Source::Feed;
        state.version = version;
        state.generated = parsed.feed.generated;
        state.expires = parsed.feed.expires;
        state.trustedComment = verified.trustedComment;
        const bool stored
            = verified.ok() && parsed.ok() && m_store->replaceFeed(parsed.feed, state);
        const qint64 afterStore = timer.nsecsElapsed();
        if (stored && m_accepted)
            m_accepted();
        m_directory.reload(*m_store);
        const qint64 afterReload = timer.nsecsElapsed();
        if (!stored || parsed.feed.entries.size() != size_t(entryCount)
            || m_model.count() != entryCount) {
            std::fprintf(stderr,
                "bench_directory: %s: the feed did not verify, parse, store: %s %s %s\n", m_name,
                qPrintable(verified.errorString), qPrintable(parsed.errorString),
                qPrintable(m_store->errorString()));
            return false;
        }
        if (record) {
            m_verifyMs.push_back(ms(afterVerify));
            m_parseMs.push_back(ms(afterParse - afterVerify));
            m_storeMs.push_back(ms(afterStore - afterParse));
            m_goalMs.push_back(ms(afterStore));
            m_reloadMs.push_back(ms(afterReload - afterStore));
        }
        return true;
    }

    void clearFigures()
    {
        m_verifyMs.clear();
        m_parseMs.clear();
        m_storeMs.clear();
        m_goalMs.clear();
        m_reloadMs.clear();
    }

    [[nodiscard]] double goal() const { return median(m_goalMs); }

    void print(double baselineGoal, double floor) const
    {
        std::printf("    %-9s verify %6.2f  parse %7.2f  store %7.2f  = %7.2f ms"
                    "  (fastest %7.2f)  x%.2f of baseline, x%.2f of floor;"
                    "  then reload %7.2f ms\n",
            m_name, median(m_verifyMs), median(m_parseMs), median(m_storeMs), goal(),
            *std::min_element(m_goalMs.begin(), m_goalMs.end()), goal() / baselineGoal,
            goal() / floor, median(m_reloadMs));
    }

private:
    const char *m_name;
    Parse m_parse;
    std::function<void()> m_accepted;
    const MinisignVerifier *m_verifier = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    Directory m_directory;
    DirectoryModel m_model;
    std::vector<double> m_verifyMs, m_parseMs, m_storeMs, m_goalMs, m_reloadMs;
};

// Runs both pipelines over feeds alternating between `from` and `to` (so every round brings a
// real change to both stores), round by round, beside the floor, and prints the figures.
bool runCase(const char *title, const SignedFeed &from, const SignedFeed &to, int runs,
    Pipeline &baseline, Pipeline &ours, qint64 *version)
{
    baseline.clearFigures();
    ours.clearFigures();
    std::vector<double> floorMs;
    // Round 0 brings both stores (and caches) to `from` and is not recorded.
    for (int run = 0; run <= runs; ++run) {
        const SignedFeed &feed = run % 2 ? to : from;
        const bool record = run > 0;
        ++*version;
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument json = QJsonDocument::fromJson(feed.document);
        const qint64 floorNs = timer.nsecsElapsed();
        if (!json.isObject())
            return false;
        if (record)
            floorMs.push_back(ms(floorNs));
        // Alternate who goes first, so neither always runs on a cache the other warmed.
        Pipeline &first = run % 2 ? ours : baseline;
        Pipeline &second = run % 2 ? baseline : ours;
        if (!first.take(feed, *version, record) || !second.take(feed, *version, record))
            return false;
    }
    const double floor = median(floorMs);
    std::printf("  %s\n", title);
    std::printf("    floor     QJsonDocument::fromJson %7.2f ms\n", floor);
    baseline.print(baseline.goal(), floor);
    ours.print(baseline.goal(), floor);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Per-feed info lines ("stored feed version ...") would be most of the output.
    QLoggingCategory::setFilterRules(u"mist.*.info=false"_s);
    // bench_directory [RUNS] [few|all]: one case only, e.g. under a profiler
    // (valgrind --tool=callgrind bench_directory 1 all).
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : defaultRuns;
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();

    const MinisignSecretKey key = MinisignSigner::generate();
    MinisignVerifier verifier;
    verifier.addPublicKey(key.publicKey());
    const auto sign = [&key](QByteArray document) {
        const QByteArray signature = MinisignSigner::sign(
            key, document, u"mist-feed version=12 expires=2099-01-01T00:00:00Z"_s);
        return SignedFeed {std::move(document), signature};
    };
    const SignedFeed base = sign(makeFeed(12, Edition::Base));
    const SignedFeed fewChanged = sign(makeFeed(12, Edition::FewChanged));
    const SignedFeed allChanged = sign(makeFeed(12, Edition::AllChanged));

    Pipeline baseline("baseline",
        [](const QByteArray &document) { return FeedParser::parseWholeDocument(document); });
    // As DirectorySync does: entries of the feed in use are reused; the cache learns a feed
    // once it is stored.
    FeedEntryCache cache;
    Pipeline ours(
        "ours", [&cache](const QByteArray &document) { return cache.parse(document); },
        [&cache] { cache.commit(); });
    if (!baseline.open(verifier) || !ours.open(verifier)) {
        std::fprintf(stderr, "bench_directory: cannot open the stores\n");
        return 1;
    }

#ifdef NDEBUG
    const char *buildType = "optimised build";
#else
    const char *buildType = "DEBUG build: figures are pessimistic";
#endif
    std::printf("bench_directory (%s)\n", buildType);
    std::printf("  feed: %d entries, %.2f MiB, minisign ED signature; median of %d rounds, wall "
                "time;\n  goal = verify + parse + store\n",
        entryCount, double(base.document.size()) / (1024.0 * 1024.0), runs);
    qint64 version = 100;
    if (only != "all"
        && !runCase("few changed (10 of 5,000 entries differ from the stored feed; goal 75 ms)",
            base, fewChanged, runs, baseline, ours, &version)) {
        return 1;
    }
    if (only != "few"
        && !runCase("all changed (every entry differs from the stored feed; goal 150 ms)", base,
            allChanged, runs, baseline, ours, &version)) {
        return 1;
    }
    return 0;
}
