// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Benchmark: verify and parse a 5,000-entry directory feed, as a kiosk does on every download.
// Prints figures; it is not a timed test. The feed is signed in-process with libsodium in
// minisign's default format (ED: Ed25519 over the BLAKE2b-512 of the file, plus the global
// signature over the trusted comment), so the verifier runs its real path.
//
// Goal (issue): parse + verify + storage <= 150 ms for 5,000 entries on a library PC. Storage is
// not written yet; this measures parse and verify. Run from a Release build for real figures:
//   cmake --build build/release --target bench_feed && build/release/tests/bench/bench_feed

#include "directory/feedparser.h"
#include "directory/minisignverifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

constexpr int entryCount = 5000;
constexpr int defaultRuns = 21;

QByteArray makeFeed()
{
    static const QStringList categories {u"documents-id"_s, u"family-children"_s,
        u"pension-social"_s, u"health"_s, u"land-property"_s, u"business"_s, u"taxes"_s};
    QJsonArray entries;
    for (int i = 0; i < entryCount; ++i) {
        const QString id = u"hromada-%1.service-%2"_s.arg(i / 4).arg(i % 4);
        entries.append(QJsonObject {
            {u"id"_s, id},
            {u"name"_s,
                QJsonObject {{u"uk"_s, u"Послуга громади номер %1"_s.arg(i)},
                    {u"en"_s, u"Community service number %1"_s.arg(i)}}},
            {u"description"_s,
                QJsonObject {{u"uk"_s,
                                 u"Що можна зробити на цьому порталі: подати заяву, отримати "
                                 u"довідку, дізнатися строки та вартість послуги."_s},
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
                        {u"en"_s, u"%1 Tsentralna Street"_s.arg(i % 200)}}}}},
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
        {u"version"_s, 12},
        {u"generated"_s, u"2026-11-26T00:00:00Z"_s},
        {u"expires"_s, u"2099-01-01T00:00:00Z"_s},
        {u"entries"_s, entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A minisign key file and an ED signature file for document, made with a fresh key.
void signLikeMinisign(
    const QByteArray &document, QByteArray *publicKeyFile, QByteArray *signatureFile)
{
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(publicKey, secretKey);
    unsigned char keyId[8];
    randombytes_buf(keyId, sizeof keyId);

    unsigned char hash[crypto_generichash_BYTES_MAX];
    crypto_generichash(hash, sizeof hash,
        reinterpret_cast<const unsigned char *>(document.constData()),
        static_cast<unsigned long long>(document.size()), nullptr, 0);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, hash, sizeof hash, secretKey);

    const QByteArray trustedComment = "mist-feed version=12 expires=2099-01-01T00:00:00Z";
    QByteArray signedComment(reinterpret_cast<const char *>(signature), crypto_sign_BYTES);
    signedComment += trustedComment;
    unsigned char globalSignature[crypto_sign_BYTES];
    crypto_sign_detached(globalSignature, nullptr,
        reinterpret_cast<const unsigned char *>(signedComment.constData()),
        static_cast<unsigned long long>(signedComment.size()), secretKey);

    const QByteArray id(reinterpret_cast<const char *>(keyId), sizeof keyId);
    *publicKeyFile = "untrusted comment: bench key\n"
        + QByteArray(
            "Ed" + id + QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey))
              .toBase64()
        + '\n';
    *signatureFile = "untrusted comment: bench signature\n"
        + QByteArray(
            "ED" + id + QByteArray(reinterpret_cast<const char *>(signature), sizeof signature))
              .toBase64()
        + "\ntrusted comment: " + trustedComment + '\n'
        + QByteArray(reinterpret_cast<const char *>(globalSignature), sizeof globalSignature)
              .toBase64()
        + '\n';
    sodium_memzero(secretKey, sizeof secretKey);
}

// CPU time of this thread: on a shared, busy machine it moves much less than wall time.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // bench_feed [RUNS]: fewer runs for a profiler (valgrind --tool=callgrind bench_feed 1).
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : defaultRuns;
    if (sodium_init() < 0) {
        std::fprintf(stderr, "bench_feed: libsodium could not be initialised\n");
        return 1;
    }

    const QByteArray document = makeFeed();
    QByteArray publicKeyFile;
    QByteArray signatureFile;
    signLikeMinisign(document, &publicKeyFile, &signatureFile);

    MinisignVerifier verifier;
    if (!verifier.addPublicKey(publicKeyFile)) {
        std::fprintf(stderr, "bench_feed: the generated key does not parse\n");
        return 1;
    }

    // For comparison: Qt's JSON parser alone, the floor for any parser built on it.
    std::vector<double> jsonOnlyMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument json = QJsonDocument::fromJson(document);
        jsonOnlyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!json.isObject())
            return 1;
    }

    std::vector<double> verifyMs;
    std::vector<double> parseMs;
    std::vector<double> totalMs;
    std::vector<double> totalCpuMs;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        const MinisignResult verified = verifier.verify(document, signatureFile);
        const qint64 afterVerify = timer.nsecsElapsed();
        const FeedParser::Result parsed = FeedParser::parse(document);
        const qint64 afterParse = timer.nsecsElapsed();
        totalCpuMs.push_back(threadCpuMs() - cpuStart);
        if (!verified.ok() || !parsed.ok() || parsed.feed.entries.size() != size_t(entryCount)
            || !parsed.feed.dropped.empty()) {
            std::fprintf(stderr, "bench_feed: the feed did not verify and parse cleanly: %s %s\n",
                qPrintable(verified.errorString), qPrintable(parsed.errorString));
            return 1;
        }
        verifyMs.push_back(double(afterVerify) / 1e6);
        parseMs.push_back(double(afterParse - afterVerify) / 1e6);
        totalMs.push_back(double(afterParse) / 1e6);
    }

#ifdef NDEBUG
    const char *buildType = "optimised build";
#else
    const char *buildType = "DEBUG build: figures are pessimistic";
#endif
    std::printf("bench_feed (%s)\n", buildType);
    std::printf("  feed: %d entries, %.2f MiB, minisign ED signature\n", entryCount,
        double(document.size()) / (1024.0 * 1024.0));
    std::printf("  median of %d runs, wall time unless said otherwise:\n", runs);
    std::printf("    verify (BLAKE2b-512 + 2x Ed25519)  %8.2f ms\n", median(verifyMs));
    std::printf("    parse + validate                   %8.2f ms\n", median(parseMs));
    std::printf("      of which QJsonDocument::fromJson %8.2f ms\n", median(jsonOnlyMs));
    std::printf("    verify + parse                     %8.2f ms   (goal incl. storage: 150 ms)\n",
        median(totalMs));
    std::printf(
        "    verify + parse, CPU time           %8.2f ms   (less sensitive to other load)\n",
        median(totalCpuMs));
    std::printf("    fastest verify + parse             %8.2f ms   (closest to an idle machine)\n",
        *std::min_element(totalMs.begin(), totalMs.end()));
    std::printf("    slowest verify + parse             %8.2f ms\n",
        *std::max_element(totalMs.begin(), totalMs.end()));
    return 0;
}
