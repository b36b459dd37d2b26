// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// DirectorySync end to end: the real CurlHttpClient, a real HTTPS server on 127.0.0.1 serving
// feeds signed in the test in minisign's format (libsodium, as minisign 0.11 writes them; one
// case uses a fixture signed by the minisign tool itself), and a real DirectoryStore in a
// temporary directory. After every refused or failed sync the directory in use is unchanged.

#include "core/clock.h"
#include "directory/directorystore.h"
#include "directory/directorysync.h"

#include "testhttpsserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::DirectoryStore;
using Mist::DirectorySync;
using Mist::ManualClock;
using Mist::PortalEntry;
using Mist::RetryPolicy;
using MistTest::TestHttpsServer;
using SyncResult = DirectoryStore::SyncResult;
using Source = DirectoryStore::FeedState::Source;

namespace {

const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
const QString farFuture = u"2099-01-01T00:00:00Z"_s;

// A minisign key pair made with libsodium: the public key file as `minisign -G` writes it.
struct KeyPair
{
    QByteArray keyId; // 8 bytes
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes

    static KeyPair generate()
    {
        KeyPair pair;
        pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
        pair.keyId.resize(8);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
            reinterpret_cast<unsigned char *>(pair.secretKey.data()));
        randombytes_buf(pair.keyId.data(), size_t(pair.keyId.size()));
        return pair;
    }

    [[nodiscard]] QByteArray publicKeyFile() const
    {
        return "untrusted comment: minisign public key (test)\n"
            + QByteArray("Ed" + keyId + publicKey).toBase64() + '\n';
    }

    [[nodiscard]] QByteArray detached(const QByteArray &message) const
    {
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
            reinterpret_cast<const unsigned char *>(message.constData()),
            static_cast<unsigned long long>(message.size()),
            reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature;
    }

    // A .minisig in minisign's default format: "ED", Ed25519 over the BLAKE2b-512 of the file,
    // then the global signature over that signature and the trusted comment.
    [[nodiscard]] QByteArray sign(const QByteArray &file, const QByteArray &trustedComment) const
    {
        QByteArray hash(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
            reinterpret_cast<const unsigned char *>(file.constData()),
            static_cast<unsigned long long>(file.size()), nullptr, 0);
        const QByteArray signature = detached(hash);
        const QByteArray global = detached(signature + trustedComment);
        return "untrusted comment: signature from minisign secret key\n"
            + QByteArray("ED" + keyId + signature).toBase64()
            + "\ntrusted comment: " + trustedComment + '\n' + global.toBase64() + '\n';
    }
};

QJsonObject entry(const QString &id, const QString &url = {})
{
    return QJsonObject {
        {u"id"_s, id},
        {u"name"_s,
            QJsonObject {
                {u"uk"_s, QString(u"Портал "_s + id)}, {u"en"_s, QString(u"Portal "_s + id)}}},
        {u"description"_s, QJsonObject {{u"uk"_s, u"Опис порталу."_s}}},
        {u"scope"_s, QJsonObject {{u"level"_s, u"national"_s}}},
        {u"categories"_s, QJsonArray {u"other"_s}},
        {u"online"_s,
            QJsonObject {{u"url"_s, url.isEmpty() ? u"https://%1.example.org/"_s.arg(id) : url}}},
    };
}

QByteArray feedDocument(
    qint64 version, const QJsonArray &entries, const QString &expires = farFuture)
{
    const QJsonObject root {
        {u"schemaVersion"_s, 1},
        {u"version"_s, version},
        {u"generated"_s, u"2026-11-20T08:00:00Z"_s},
        {u"expires"_s, expires},
        {u"entries"_s, entries},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A feed with entries "v<version>-a", "v<version>-b", "v<version>-c".
QByteArray feedVersion(qint64 version, const QString &expires = farFuture)
{
    QJsonArray entries;
    for (const QString &suffix : {u"a"_s, u"b"_s, u"c"_s})
        entries.append(entry(u"v%1-%2"_s.arg(version).arg(suffix)));
    return feedDocument(version, entries, expires);
}

QByteArray comment(qint64 version, const QString &expires = farFuture)
{
    return u"mist-feed version=%1 expires=%2"_s.arg(version).arg(expires).toUtf8();
}

QStringList ids(const std::vector<PortalEntry> &entries)
{
    QStringList result;
    for (const PortalEntry &e : entries)
        result.append(e.id);
    return result;
}

} // namespace

class TestDirectorySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstSyncReplacesBundled();
    void sameVersionIsOk();
    void newerVersionIsStored();
    void notModifiedWithEtag();
    void notModifiedSince();
    void tamperedFeedRefused();
    void wrongKeyRefused();
    void secondKeyAccepted();
    void unsignedFeedRefused();
    void rollbackRefused();
    void expiredRefused();
    void trustedCommentMismatchRefused();
    void serverErrorRetriesWithBackoff();
    void finalFailureWaitsForInterval();
    void periodicSync();
    void truncatedBody();
    void chunkedOversizeBody();
    void slowBodyTimesOut();
    void redirectToHttpRefused();
    void redirectToHttpsFollowed();
    void selfSignedWithoutCa();
    void pinnedKey();
    void invalidJson();
    void schemaError();
    void oneBadEntryIsLeftOut();
    void everyEntryBadRefused();
    void signedByTheMinisignTool();
    void logLineNamesHostOnly();
    void notConfiguredDoesNothing();
    void stopAbandonsRunningSync();

private:
    [[nodiscard]] DirectorySync::Settings settings() const;
    [[nodiscard]] std::unique_ptr<DirectorySync> makeSync(DirectorySync::Settings s);
    [[nodiscard]] std::unique_ptr<DirectorySync> makeSync() { return makeSync(settings()); }
    // Runs one syncNow() to its end.
    [[nodiscard]] std::optional<SyncResult> sync(DirectorySync &sync);
    // Waits for the next finished() of a scheduled sync.
    [[nodiscard]] std::optional<SyncResult> nextResult(DirectorySync &sync, int timeoutMs = 30000);
    void publish(const QByteArray &feed, const QByteArray &signature, const QByteArray &etag = {});
    // Publishes and syncs a feed that must be stored (to set up a test).
    void storeVersion(qint64 version);
    // QVERIFY that the feed part is what it was.
    [[nodiscard]] bool unchanged(const std::vector<PortalEntry> &entries, qint64 version) const;

    KeyPair m_key;
    KeyPair m_otherKey;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
};

DirectorySync::Settings TestDirectorySync::settings() const
{
    DirectorySync::Settings s;
    s.feedUrl = m_server->url(u"/feed.json"_s);
    s.publicKeys = {m_key.publicKeyFile()};
    s.caBundlePath = TestHttpsServer::caCertificatePath();
    s.interval = 1h;
    s.firstSyncDelay = 0ms;
    s.connectTimeout = 2s;
    s.totalTimeout = 10s;
    // No jitter, so a test can predict every delay: 1 s, 2 s, 4 s, 8 s.
    s.retryPolicy = RetryPolicy(RetryPolicy::Settings {1s, 8s, 0.0}, [] { return 0.5; });
    return s;
}

std::unique_ptr<DirectorySync> TestDirectorySync::makeSync(DirectorySync::Settings s)
{
    auto result = std::make_unique<DirectorySync>(*m_store, *m_clock, std::move(s));
    result->setUtcClock([] { return now; });
    return result;
}

std::optional<SyncResult> TestDirectorySync::sync(DirectorySync &sync)
{
    std::optional<SyncResult> result;
    const auto connection
        = connect(&sync, &DirectorySync::finished, [&result](const SyncResult &r) { result = r; });
    const bool started = sync.syncNow();
    const bool arrived
        = started && QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
    disconnect(connection);
    return arrived ? result : std::nullopt;
}

std::optional<SyncResult> TestDirectorySync::nextResult(DirectorySync &sync, int timeoutMs)
{
    std::optional<SyncResult> result;
    const auto connection
        = connect(&sync, &DirectorySync::finished, [&result](const SyncResult &r) { result = r; });
    const bool arrived = QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    disconnect(connection);
    return arrived ? result : std::nullopt;
}

void TestDirectorySync::publish(
    const QByteArray &feed, const QByteArray &signature, const QByteArray &etag)
{
    TestHttpsServer::Route route = TestHttpsServer::text(feed);
    route.contentType = "application/json";
    route.etag = etag;
    m_server->setRoute(u"/feed.json"_s, route);
    m_server->setRoute(u"/feed.json.minisig"_s, TestHttpsServer::text(signature));
}

void TestDirectorySync::storeVersion(qint64 version)
{
    publish(feedVersion(version), m_key.sign(feedVersion(version), comment(version)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QCOMPARE(m_store->feedState().version, version);
    m_server->resetCounters();
}

bool TestDirectorySync::unchanged(const std::vector<PortalEntry> &entries, qint64 version) const
{
    const DirectoryStore::FeedState state = m_store->feedState();
    if (m_store->feedEntries() != entries || state.version != version) {
        qWarning("the directory changed: version %lld, entries %s", qlonglong(state.version),
            qPrintable(ids(m_store->feedEntries()).join(u' ')));
        return false;
    }
    return true;
}

void TestDirectorySync::initTestCase()
{
    qputenv("no_proxy", "*");
    qputenv("NO_PROXY", "*");
    QVERIFY(sodium_init() >= 0);
    m_key = KeyPair::generate();
    m_otherKey = KeyPair::generate();
}

void TestDirectorySync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<DirectoryStore>(m_dir->path());
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_server = std::make_unique<TestHttpsServer>();
    QVERIFY(m_server->start());
    m_clock = std::make_unique<ManualClock>();
}

void TestDirectorySync::cleanup()
{
    m_server.reset();
    m_store.reset();
    m_dir.reset();
    m_clock.reset();
}

void TestDirectorySync::firstSyncReplacesBundled()
{
    const DirectoryStore::FeedState bundled = m_store->feedState();
    QCOMPARE(bundled.source, Source::Bundled);
    QCOMPARE(bundled.version, 0);
    QVERIFY(!m_store->feedEntries().empty());

    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)), "\"v1\"");
    const auto s = makeSync();
    QSignalSpy replaced(s.get(), &DirectorySync::feedReplaced);
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QVERIFY(result->ok);
    QCOMPARE(result->at, now);
    QVERIFY2(result->message.contains(u"version 1"_s), qPrintable(result->message));
    QCOMPARE(replaced.count(), 1);

    const DirectoryStore::FeedState state = m_store->feedState();
    QCOMPARE(state.source, Source::Feed);
    QCOMPARE(state.version, 1);
    QCOMPARE(state.etag, QByteArray("\"v1\""));
    QCOMPARE(state.acceptedAt, now);
    QCOMPARE(state.expires, QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(state.trustedComment, QString::fromUtf8(comment(1)));
    QCOMPARE(ids(m_store->feedEntries()), (QStringList {u"v1-a"_s, u"v1-b"_s, u"v1-c"_s}));
    QCOMPARE(m_store->lastSync().code, u"stored"_s);
    QVERIFY(m_store->lastSync().ok);
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 1);
    QCOMPARE(m_server->requestCount(u"/feed.json.minisig"_s), 1);
    // The bundled directory has no validators to send.
    QVERIFY(!m_server->lastRequest(u"/feed.json"_s)->headers.contains("if-none-match"));
}

void TestDirectorySync::sameVersionIsOk()
{
    storeVersion(1);
    const auto before = m_store->feedEntries();
    const auto s = makeSync();
    QSignalSpy replaced(s.get(), &DirectorySync::feedReplaced);
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"same-version"_s);
    QVERIFY(result->ok);
    QCOMPARE(replaced.count(), 0);
    QVERIFY(unchanged(before, 1));
}

void TestDirectorySync::newerVersionIsStored()
{
    storeVersion(1);
    publish(feedVersion(2), m_key.sign(feedVersion(2), comment(2)));
    const auto s = makeSync();
    QSignalSpy replaced(s.get(), &DirectorySync::feedReplaced);
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(m_store->feedState().version, 2);
    QCOMPARE(ids(m_store->feedEntries()), (QStringList {u"v2-a"_s, u"v2-b"_s, u"v2-c"_s}));
}

void TestDirectorySync::notModifiedWithEtag()
{
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)), "\"etag-1\"");
    const auto s = makeSync();
    QCOMPARE(sync(*s)->code, u"stored"_s);
    const auto before = m_store->feedEntries();
    m_server->resetCounters();

    QSignalSpy replaced(s.get(), &DirectorySync::feedReplaced);
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"not-modified"_s);
    QVERIFY(result->ok);
    QCOMPARE(replaced.count(), 0);
    // One conditional request and nothing else: no body, no signature.
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 1);
    QCOMPARE(m_server->requestCount(u"/feed.json.minisig"_s), 0);
    QCOMPARE(m_server->lastRequest(u"/feed.json"_s)->headers.value("if-none-match"),
        QByteArray("\"etag-1\""));
    QVERIFY(unchanged(before, 1));
    QCOMPARE(m_store->lastSync().code, u"not-modified"_s);
    QCOMPARE(m_store->feedState().etag, QByteArray("\"etag-1\""));

    // The admin publishes version 2 under a new ETag: downloaded again.
    publish(feedVersion(2), m_key.sign(feedVersion(2), comment(2)), "\"etag-2\"");
    QCOMPARE(sync(*s)->code, u"stored"_s);
    QCOMPARE(m_store->feedState().etag, QByteArray("\"etag-2\""));
}

void TestDirectorySync::notModifiedSince()
{
    TestHttpsServer::Route route = TestHttpsServer::text(feedVersion(1));
    route.lastModified = "Fri, 20 Nov 2026 08:00:00 GMT";
    m_server->setRoute(u"/feed.json"_s, route);
    m_server->setRoute(
        u"/feed.json.minisig"_s, TestHttpsServer::text(m_key.sign(feedVersion(1), comment(1))));
    const auto s = makeSync();
    QCOMPARE(sync(*s)->code, u"stored"_s);
    QCOMPARE(
        m_store->feedState().lastModified, QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC));
    m_server->resetCounters();

    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"not-modified"_s);
    QCOMPARE(m_server->requestCount(u"/feed.json.minisig"_s), 0);
    QVERIFY(m_server->lastRequest(u"/feed.json"_s)->headers.contains("if-modified-since"));
}

void TestDirectorySync::tamperedFeedRefused()
{
    storeVersion(1);
    const auto before = m_store->feedEntries();
    QByteArray tampered = feedVersion(2);
    const QByteArray signature = m_key.sign(tampered, comment(2));
    tampered.replace("v2-b", "v2-x"); // changed after signing
    publish(tampered, signature);

    const auto s = makeSync();
    QSignalSpy replaced(s.get(), &DirectorySync::feedReplaced);
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"bad-signature"_s);
    QVERIFY(!result->ok);
    QCOMPARE(replaced.count(), 0);
    QVERIFY(unchanged(before, 1));
    QCOMPARE(m_store->lastSync().code, u"bad-signature"_s);
    QVERIFY(!m_store->lastSync().ok);
}

void TestDirectorySync::wrongKeyRefused()
{
    const auto before = m_store->feedEntries();
    publish(feedVersion(2), m_otherKey.sign(feedVersion(2), comment(2)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"unknown-key"_s);
    QVERIFY(!result->ok);
    QVERIFY(unchanged(before, 0));
    QCOMPARE(m_store->feedState().source, Source::Bundled);
}

void TestDirectorySync::secondKeyAccepted()
{
    // A key rotation: the kiosk trusts the old and the new key.
    publish(feedVersion(2), m_otherKey.sign(feedVersion(2), comment(2)));
    DirectorySync::Settings s = settings();
    s.publicKeys = {m_key.publicKeyFile(), m_otherKey.publicKeyFile()};
    const auto syncer = makeSync(s);
    const auto result = sync(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
}

void TestDirectorySync::unsignedFeedRefused()
{
    const auto before = m_store->feedEntries();
    TestHttpsServer::Route route = TestHttpsServer::text(feedVersion(1));
    m_server->setRoute(u"/feed.json"_s, route); // and no /feed.json.minisig: 404
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"unsigned"_s);
    QVERIFY(!result->ok);
    QVERIFY(unchanged(before, 0));
}

void TestDirectorySync::rollbackRefused()
{
    storeVersion(5);
    const auto before = m_store->feedEntries();
    publish(feedVersion(3), m_key.sign(feedVersion(3), comment(3)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"rollback"_s);
    QVERIFY(!result->ok);
    QVERIFY(unchanged(before, 5));
}

void TestDirectorySync::expiredRefused()
{
    storeVersion(1);
    const auto before = m_store->feedEntries();
    const QString expired = u"2026-11-01T00:00:00Z"_s; // before "now" (2026-11-26)
    publish(feedVersion(2, expired), m_key.sign(feedVersion(2, expired), comment(2, expired)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"expired"_s);
    QVERIFY(!result->ok);
    QVERIFY(unchanged(before, 1));
}

void TestDirectorySync::trustedCommentMismatchRefused()
{
    const auto before = m_store->feedEntries();
    // Validly signed, but the signed comment speaks of another version than the file.
    publish(feedVersion(2), m_key.sign(feedVersion(2), comment(9)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"comment-mismatch"_s);
    QVERIFY(unchanged(before, 0));
}

void TestDirectorySync::serverErrorRetriesWithBackoff()
{
    const auto before = m_store->feedEntries();
    m_server->setRoute(u"/feed.json"_s, TestHttpsServer::text("busy", 500));
    const auto s = makeSync();
    s->start(); // firstSyncDelay 0: the first sync starts now

    auto result = nextResult(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"http"_s);
    QVERIFY(result->message.contains(u"500"_s));
    QCOMPARE(s->retryAttempt(), 1);
    QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(1000));
    QVERIFY(unchanged(before, 0));
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 1);

    // Nothing happens before the delay is over.
    m_clock->advance(999);
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 1);

    m_clock->advance(1);
    result = nextResult(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"http"_s);
    QCOMPARE(s->retryAttempt(), 2);
    QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(2000)); // doubled
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 2);

    m_clock->advance(2000);
    result = nextResult(*s);
    QVERIFY(result);
    QCOMPARE(s->retryAttempt(), 3);
    QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(4000));

    // The server recovers: the next retry stores the feed, and the schedule is back to normal.
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)));
    m_clock->advance(4000);
    result = nextResult(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QCOMPARE(s->retryAttempt(), 0);
    QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(3600 * 1000));
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 4);
}

void TestDirectorySync::finalFailureWaitsForInterval()
{
    QByteArray tampered = feedVersion(1);
    const QByteArray signature = m_key.sign(tampered, comment(1));
    tampered.replace("v1-a", "v1-z");
    publish(tampered, signature);
    const auto s = makeSync();
    s->start();
    const auto result = nextResult(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"bad-signature"_s);
    // Downloading the same bad file again in a second would not help.
    QCOMPARE(s->retryAttempt(), 0);
    QCOMPARE(s->nextSyncInMs(), std::optional<qint64>(3600 * 1000));
}

void TestDirectorySync::periodicSync()
{
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)), "\"e1\"");
    DirectorySync::Settings s = settings();
    s.firstSyncDelay = 10s;
    const auto syncer = makeSync(s);
    syncer->start();
    QVERIFY(syncer->isStarted());
    QCOMPARE(syncer->nextSyncInMs(), std::optional<qint64>(10000));
    QTest::qWait(100);
    QCOMPARE(m_server->totalRequestCount(), 0);

    m_clock->advance(10000);
    auto result = nextResult(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QCOMPARE(syncer->nextSyncInMs(), std::optional<qint64>(3600 * 1000));

    m_clock->advance(3600 * 1000);
    result = nextResult(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"not-modified"_s);

    syncer->stop();
    QVERIFY(!syncer->isStarted());
    QCOMPARE(syncer->nextSyncInMs(), std::nullopt);
    m_clock->advance(10 * 3600 * 1000);
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 2);
}

void TestDirectorySync::truncatedBody()
{
    storeVersion(1);
    const auto before = m_store->feedEntries();
    TestHttpsServer::Route route = TestHttpsServer::text(feedVersion(2));
    route.truncateAfter = 100;
    m_server->setRoute(u"/feed.json"_s, route);
    m_server->setRoute(
        u"/feed.json.minisig"_s, TestHttpsServer::text(m_key.sign(feedVersion(2), comment(2))));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"connection"_s);
    QVERIFY(unchanged(before, 1));
    QCOMPARE(m_server->requestCount(u"/feed.json.minisig"_s), 0);
}

void TestDirectorySync::chunkedOversizeBody()
{
    const auto before = m_store->feedEntries();
    // Chunked: no Content-Length tells the size in advance; the cap must hold while it arrives.
    TestHttpsServer::Route route = TestHttpsServer::text(QByteArray(512 * 1024, ' '));
    route.chunked = true;
    m_server->setRoute(u"/feed.json"_s, route);
    DirectorySync::Settings s = settings();
    s.maxFeedBytes = 64 * 1024;
    const auto syncer = makeSync(s);
    const auto result = sync(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"too-large"_s);
    QVERIFY(unchanged(before, 0));
    QCOMPARE(m_server->requestCount(u"/feed.json.minisig"_s), 0);
}

void TestDirectorySync::slowBodyTimesOut()
{
    const auto before = m_store->feedEntries();
    TestHttpsServer::Route route = TestHttpsServer::text(feedVersion(1));
    route.dripBytes = 10;
    route.dripIntervalMs = 200; // 50 bytes/s: this would take half a minute
    m_server->setRoute(u"/feed.json"_s, route);
    DirectorySync::Settings s = settings();
    s.totalTimeout = 1s;
    const auto syncer = makeSync(s);
    const auto result = sync(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"timeout"_s);
    QVERIFY(unchanged(before, 0));
}

void TestDirectorySync::redirectToHttpRefused()
{
    const auto before = m_store->feedEntries();
    m_server->setRoute(
        u"/feed.json"_s, TestHttpsServer::redirect(m_server->plainUrl(u"/plain.json"_s)));
    m_server->setRoute(u"/plain.json"_s, TestHttpsServer::text(feedVersion(1)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"insecure-url"_s);
    QVERIFY(unchanged(before, 0));
    QCOMPARE(m_server->plainConnectionCount(), 0);
}

void TestDirectorySync::redirectToHttpsFollowed()
{
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)));
    m_server->setRoute(
        u"/old/feed.json"_s, TestHttpsServer::redirect(m_server->url(u"/feed.json"_s), 301));
    m_server->setRoute(u"/old/feed.json.minisig"_s,
        TestHttpsServer::redirect(m_server->url(u"/feed.json.minisig"_s), 301));
    DirectorySync::Settings s = settings();
    s.feedUrl = m_server->url(u"/old/feed.json"_s);
    const auto syncer = makeSync(s);
    const auto result = sync(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
}

void TestDirectorySync::selfSignedWithoutCa()
{
    const auto before = m_store->feedEntries();
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)));
    DirectorySync::Settings s = settings();
    s.caBundlePath.clear(); // the system store does not know the test CA
    const auto untrusting = makeSync(s);
    const auto result = sync(*untrusting);
    QVERIFY(result);
    QCOMPARE(result->code, u"tls"_s);
    QVERIFY(unchanged(before, 0));
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 0);

    // The same server with the CA configured.
    const auto trusting = makeSync(settings());
    QCOMPARE(sync(*trusting)->code, u"stored"_s);
}

void TestDirectorySync::pinnedKey()
{
    const auto before = m_store->feedEntries();
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)));
    DirectorySync::Settings s = settings();
    s.pinnedPublicKey = TestHttpsServer::otherPublicKeyPin(); // a valid key, but not the server's
    const auto wrongPin = makeSync(s);
    const auto refused = sync(*wrongPin);
    QVERIFY(refused);
    QCOMPARE(refused->code, u"tls"_s);
    QVERIFY(unchanged(before, 0));
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 0);

    s.pinnedPublicKey = TestHttpsServer::serverPublicKeyPin();
    const auto rightPin = makeSync(s);
    QCOMPARE(sync(*rightPin)->code, u"stored"_s);
}

void TestDirectorySync::invalidJson()
{
    storeVersion(1);
    const auto before = m_store->feedEntries();
    const QByteArray notJson = "{\"schemaVersion\": 1, \"version\": 2, \"entries\": [";
    publish(notJson, m_key.sign(notJson, comment(2)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"invalid-json"_s);
    QVERIFY(unchanged(before, 1));
}

void TestDirectorySync::schemaError()
{
    storeVersion(1);
    const auto before = m_store->feedEntries();
    QJsonObject root = QJsonDocument::fromJson(feedVersion(2)).object();
    root.remove(u"version"_s);
    const QByteArray noVersion = QJsonDocument(root).toJson();
    publish(noVersion, m_key.sign(noVersion, "mist-feed"));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"schema"_s);
    QVERIFY(unchanged(before, 1));
}

void TestDirectorySync::oneBadEntryIsLeftOut()
{
    const QByteArray feed = feedDocument(3,
        QJsonArray {entry(u"good-one"_s), entry(u"plain-http"_s, u"http://insecure.example.org/"_s),
            entry(u"good-two"_s)});
    publish(feed, m_key.sign(feed, comment(3)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QVERIFY2(result->message.contains(u"1 left out"_s), qPrintable(result->message));
    QCOMPARE(ids(m_store->feedEntries()), (QStringList {u"good-one"_s, u"good-two"_s}));
}

void TestDirectorySync::everyEntryBadRefused()
{
    const auto before = m_store->feedEntries();
    const QByteArray feed = feedDocument(3,
        QJsonArray {entry(u"a-one"_s, u"http://a.example.org/"_s),
            entry(u"b-one"_s, u"http://b.example.org/"_s)});
    publish(feed, m_key.sign(feed, comment(3)));
    const auto s = makeSync();
    const auto result = sync(*s);
    QVERIFY(result);
    QCOMPARE(result->code, u"schema"_s);
    QVERIFY(unchanged(before, 0));
}

void TestDirectorySync::signedByTheMinisignTool()
{
    // tests/data/feed/signed/feed.json was signed by minisign 0.11 itself (make-fixtures.sh):
    // version 3, with one entry a kiosk drops.
    const QByteArray feed = MistTest::readDataFile(u"feed/signed/feed.json"_s);
    const QByteArray signature = MistTest::readDataFile(u"feed/signed/feed.json.minisig"_s);
    const QByteArray key = MistTest::readDataFile(u"feed/signed/test.pub"_s);
    QVERIFY(!feed.isEmpty() && !signature.isEmpty() && !key.isEmpty());
    publish(feed, signature);
    DirectorySync::Settings s = settings();
    s.publicKeys = {key};
    const auto syncer = makeSync(s);
    const auto result = sync(*syncer);
    QVERIFY(result);
    QCOMPARE(result->code, u"stored"_s);
    QCOMPARE(m_store->feedState().version, 3);
    QVERIFY2(result->message.contains(u"1 left out"_s), qPrintable(result->message));

    // Its tampered twin, with the same signature.
    const auto before = m_store->feedEntries();
    QByteArray tampered = MistTest::readDataFile(u"feed/signed/tampered.json"_s);
    tampered.replace("\"version\": 3", "\"version\": 4");
    publish(tampered, signature);
    QCOMPARE(sync(*syncer)->code, u"bad-signature"_s);
    QVERIFY(unchanged(before, 3));
}

namespace {

QStringList g_syncLog;
QtMessageHandler g_previousHandler = nullptr;

void captureSyncLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "mist.sync")
        g_syncLog.append(message);
    g_previousHandler(type, context, message);
}

} // namespace

void TestDirectorySync::logLineNamesHostOnly()
{
    QByteArray tampered = feedVersion(1);
    const QByteArray signature = m_key.sign(tampered, comment(1));
    tampered.replace("v1-a", "v1-q");
    publish(tampered, signature);
    DirectorySync::Settings s = settings();
    s.feedUrl = m_server->url(u"/feed.json?token=secret"_s); // paths and queries can hold tokens
    s.signatureUrl = m_server->url(u"/feed.json.minisig"_s);
    const auto syncer = makeSync(s);

    g_syncLog.clear();
    g_previousHandler = qInstallMessageHandler(captureSyncLog);
    const auto result = sync(*syncer);
    qInstallMessageHandler(g_previousHandler);

    QVERIFY(result);
    QCOMPARE(result->code, u"bad-signature"_s);
    QCOMPARE(g_syncLog.size(), 1); // one line per attempt
    const QString line = g_syncLog.constFirst();
    QVERIFY2(line.contains(u"bad-signature"_s), qPrintable(line));
    QVERIFY2(line.contains(u"127.0.0.1"_s), qPrintable(line));
    QVERIFY2(!line.contains(u"feed.json"_s) && !line.contains(u"secret"_s), qPrintable(line));
    QVERIFY(!line.contains(u'\n'));
    QVERIFY(!result->message.contains(u"secret"_s));
}

void TestDirectorySync::notConfiguredDoesNothing()
{
    publish(feedVersion(1), m_key.sign(feedVersion(1), comment(1)));
    const auto before = m_store->feedEntries();

    DirectorySync::Settings noKey = settings();
    noKey.publicKeys.clear();
    DirectorySync::Settings noUrl = settings();
    noUrl.feedUrl.clear();
    for (const DirectorySync::Settings &s : {noKey, noUrl}) {
        QVERIFY(!s.isConfigured());
        const auto syncer = makeSync(s);
        QSignalSpy finished(syncer.get(), &DirectorySync::finished);
        QVERIFY(!syncer->syncNow());
        syncer->start();
        QVERIFY(!syncer->isStarted());
        QCOMPARE(syncer->nextSyncInMs(), std::nullopt);
        m_clock->advance(24 * 3600 * 1000);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
    }
    QCOMPARE(m_server->totalRequestCount(), 0);
    QVERIFY(!m_store->lastSync().at.isValid());
    QVERIFY(unchanged(before, 0));
}

void TestDirectorySync::stopAbandonsRunningSync()
{
    TestHttpsServer::Route route = TestHttpsServer::text(feedVersion(1));
    route.delayMs = 1000;
    m_server->setRoute(u"/feed.json"_s, route);
    const auto s = makeSync();
    QSignalSpy finished(s.get(), &DirectorySync::finished);
    s->start();
    QVERIFY(s->isSyncing());
    QVERIFY(!s->syncNow()); // one at a time
    QTRY_COMPARE(m_server->requestCount(u"/feed.json"_s), 1);
    s->stop();
    QVERIFY(!s->isSyncing());
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_store->lastSync().at.isValid());
}

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
