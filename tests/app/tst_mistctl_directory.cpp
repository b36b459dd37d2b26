// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's directory commands as a librarian runs them: mistctl portal …, directory list
// and directory sync, against a real HTTPS server on 127.0.0.1 serving the signed fixtures.
// links check runs against portals whose names --resolve maps to 127.0.0.1 (the bundled portals
// are hidden first: their real host names would need DNS, and these tests never leave loopback).

#include "directory/directorystore.h"
#include "testhttpsserver.h"
#include "testsupport.h"
#include "usage/usagestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using MistTest::TestHttpsServer;

class TestMistctlDirectory : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run mistctl(const QString &dataDir, QStringList arguments)
    {
        arguments << u"--data-dir"_s << dataDir;
        QProcess process;
        process.start(QStringLiteral(MISTCTL_PATH), arguments);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QJsonArray listJson(const QString &dataDir, const QStringList &arguments = {})
    {
        const Run run
            = mistctl(dataDir, QStringList {u"directory"_s, u"list"_s, u"--json"_s} + arguments);
        return QJsonDocument::fromJson(run.out).array();
    }

    static QJsonObject find(const QJsonArray &items, const QString &id)
    {
        for (const QJsonValue &item : items) {
            if (item[u"id"_s].toString() == id)
                return item.toObject();
        }
        return {};
    }

    static QByteArray fixture(const QString &name)
    {
        QFile file(MistTest::dataFile(u"feed/signed/"_s + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString writeConfig(const QTemporaryDir &dir, const QUrl &feed, bool withCa)
    {
        const QString path = dir.filePath(u"mist.conf"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "[directory]\nfeed_url=" + feed.toEncoded()
            + "\npublic_keys=" + MistTest::dataFile(u"feed/signed/test.pub"_s).toUtf8() + '\n';
        if (withCa)
            text += "ca_bundle=" + TestHttpsServer::caCertificatePath().toUtf8() + '\n';
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void theBundledDirectoryIsThereFromTheStart()
    {
        QTemporaryDir dir;
        const QJsonArray items = listJson(dir.path());
        QVERIFY2(items.size() >= 10, "the bundled starter directory is missing");
        QCOMPARE(find(items, u"diia"_s)[u"origin"_s].toString(), u"bundled"_s);
        for (const QJsonValue &item : items)
            QVERIFY(item[u"url"_s].toString().startsWith(u"https://"_s));
    }

    void listFiltersAndSearches()
    {
        QTemporaryDir dir;
        const QJsonArray all = listJson(dir.path());
        const QJsonArray national = listJson(dir.path(), {u"--scope"_s, u"national"_s});
        const QJsonArray local = listJson(dir.path(), {u"--scope"_s, u"local"_s});
        QCOMPARE(national.size() + local.size(), all.size());
        for (const QJsonValue &item : local)
            QVERIFY(item[u"scope"_s].toString() != u"national"_s);

        const QJsonArray pension = listJson(dir.path(), {u"--category"_s, u"pension-social"_s});
        QVERIFY(!pension.isEmpty());
        for (const QJsonValue &item : pension)
            QVERIFY(item[u"categories"_s].toArray().contains(u"pension-social"_s));

        // Transliteration-tolerant search, as on the kiosk.
        for (const QString &query : {u"diia"_s, u"dija"_s, u"Дія"_s}) {
            const QJsonArray found = listJson(dir.path(), {u"--search"_s, query});
            QVERIFY2(!found.isEmpty(), qPrintable(query));
            QCOMPARE(found.first()[u"id"_s].toString(), u"diia"_s);
        }
        QVERIFY(
            !find(listJson(dir.path(), {u"--search"_s, u"Luck"_s}), u"lutsk-council"_s).isEmpty());

        QCOMPARE(mistctl(dir.path(), {u"directory"_s, u"list"_s, u"--category"_s, u"nonsense"_s})
                     .exitCode,
            2);
    }

    void aLibrariansPortalLivesItsLife()
    {
        QTemporaryDir dir;
        const Run added = mistctl(dir.path(),
            {u"portal"_s, u"add"_s, u"--name-uk"_s, u"Запис до ЦНАП"_s, u"--description-uk"_s,
                u"Електронна черга до ЦНАП громади"_s, u"--url"_s,
                u"https://cnap.example.org/queue"_s, u"--area-uk"_s, u"Громада-приклад"_s,
                u"--category"_s, u"documents-id"_s, u"--keyword-uk"_s, u"черга,запис"_s, u"--id"_s,
                u"local.queue"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());

        QCOMPARE(
            mistctl(dir.path(), {u"portal"_s, u"pin"_s, u"local.queue"_s, u"--position"_s, u"1"_s})
                .exitCode,
            0);
        QCOMPARE(mistctl(dir.path(), {u"portal"_s, u"hide"_s, u"prozorro"_s}).exitCode, 0);

        QJsonArray items = listJson(dir.path());
        QCOMPARE(items.first()[u"id"_s].toString(), u"local.queue"_s); // pinned comes first
        QCOMPARE(items.first()[u"origin"_s].toString(), u"local"_s);
        QVERIFY(find(items, u"prozorro"_s)[u"hidden"_s].toBool());
        QCOMPARE(find(listJson(dir.path(), {u"--search"_s, u"черга"_s}), u"local.queue"_s)[u"id"_s]
                     .toString(),
            u"local.queue"_s);

        const Run edited = mistctl(dir.path(),
            {u"portal"_s, u"edit"_s, u"local.queue"_s, u"--name-en"_s, u"CNAP queue"_s});
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        QCOMPARE(
            find(listJson(dir.path()), u"local.queue"_s)[u"nameEn"_s].toString(), u"CNAP queue"_s);

        const Run listed = mistctl(dir.path(), {u"portal"_s, u"list"_s, u"--json"_s});
        const QJsonArray choices = QJsonDocument::fromJson(listed.out).array();
        QVERIFY(find(choices, u"local.queue"_s)[u"pinned"_s].toBool());
        QVERIFY(find(choices, u"prozorro"_s)[u"hidden"_s].toBool());

        QCOMPARE(mistctl(dir.path(), {u"portal"_s, u"unhide"_s, u"prozorro"_s}).exitCode, 0);
        QVERIFY(!find(listJson(dir.path()), u"prozorro"_s)[u"hidden"_s].toBool());
        QCOMPARE(mistctl(dir.path(), {u"portal"_s, u"remove"_s, u"local.queue"_s}).exitCode, 0);
        QVERIFY(find(listJson(dir.path()), u"local.queue"_s).isEmpty());
    }

    void badPortalsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QStringList base {u"portal"_s, u"add"_s, u"--name-uk"_s, u"Портал"_s,
            u"--description-uk"_s, u"Опис"_s, u"--area-uk"_s, u"Громада"_s};
        QTest::newRow("http") << base + QStringList {u"--url"_s, u"http://example.org/"_s};
        QTest::newRow("javascript") << base + QStringList {u"--url"_s, u"javascript:alert(1)"_s};
        QTest::newRow("bad id") << base
                + QStringList {u"--url"_s, u"https://example.org/"_s, u"--id"_s, u"Bad Id!"_s};
        QTest::newRow("duplicate of a feed id")
            << base + QStringList {u"--url"_s, u"https://example.org/"_s, u"--id"_s, u"diia"_s};
        // Hole 9: public suffixes as the portal's host or a login host.
        QTest::newRow("url on a public suffix")
            << base + QStringList {u"--url"_s, u"https://gov.ua/"_s};
        QTest::newRow("login host gov.ua") << base
                + QStringList {
                    u"--url"_s, u"https://example.org/"_s, u"--login-host"_s, u"gov.ua"_s};
        QTest::newRow("login host com.ua") << base
                + QStringList {
                    u"--url"_s, u"https://example.org/"_s, u"--login-host"_s, u"com.ua"_s};
        QTest::newRow("login host github.io") << base
                + QStringList {u"--url"_s, u"https://example.org/"_s, u"--login-host"_s,
                    u"id.gov.ua,github.io"_s};
        QTest::newRow("edit a feed entry")
            << QStringList {u"portal"_s, u"edit"_s, u"diia"_s, u"--name-en"_s, u"x"_s};
        QTest::newRow("hide nothing") << QStringList {u"portal"_s, u"hide"_s, u"no-such-id"_s};
        QTest::newRow("remove a feed entry") << QStringList {u"portal"_s, u"remove"_s, u"diia"_s};
    }

    void badPortalsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const int before = listJson(dir.path()).size();
        const Run run = mistctl(dir.path(), arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QCOMPARE(listJson(dir.path()).size(), before);
    }

    void syncFetchesVerifiesAndStores()
    {
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        QVERIFY(server.start());
        server.setRoute(u"/feed.json"_s, TestHttpsServer::text(fixture(u"feed.json"_s)));
        server.setRoute(
            u"/feed.json.minisig"_s, TestHttpsServer::text(fixture(u"feed.json.minisig"_s)));
        server.setRoute(u"/tampered.json"_s, TestHttpsServer::text(fixture(u"tampered.json"_s)));
        server.setRoute(u"/tampered.json.minisig"_s,
            TestHttpsServer::text(fixture(u"tampered.json.minisig"_s)));

        QTemporaryDir dir;
        const QString config = writeConfig(dir, server.url(u"/feed.json"_s), true);

        const Run first = mistctl(dir.path(), {u"directory"_s, u"sync"_s, u"--config"_s, config});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(!find(listJson(dir.path()), u"checked-one"_s).isEmpty());
        QVERIFY(find(listJson(dir.path()), u"diia"_s).isEmpty()); // the feed replaced the bundle

        const Run status = mistctl(dir.path(), {u"status"_s, u"--json"_s, u"--config"_s, config});
        const QJsonObject directory
            = QJsonDocument::fromJson(status.out)[u"directory"_s].toObject();
        QCOMPARE(directory[u"source"_s].toString(), u"feed"_s);
        QCOMPARE(directory[u"version"_s].toInt(), 3);
        QVERIFY(directory[u"lastSync"_s][u"ok"_s].toBool());

        // Again: nothing new, still fine.
        QCOMPARE(
            mistctl(dir.path(), {u"directory"_s, u"sync"_s, u"--config"_s, config}).exitCode, 0);

        // A tampered feed is refused and the directory stays as it was.
        const int before = listJson(dir.path()).size();
        const Run tampered = mistctl(dir.path(),
            {u"directory"_s, u"sync"_s, u"--config"_s, config, u"--url"_s,
                server.url(u"/tampered.json"_s).toString()});
        QCOMPARE(tampered.exitCode, 1);
        QCOMPARE(listJson(dir.path()).size(), before);
        const Run after = mistctl(dir.path(), {u"status"_s, u"--json"_s, u"--config"_s, config});
        const QJsonObject afterDirectory
            = QJsonDocument::fromJson(after.out)[u"directory"_s].toObject();
        QCOMPARE(afterDirectory[u"version"_s].toInt(), 3);
        QVERIFY(!afterDirectory[u"lastSync"_s][u"ok"_s].toBool());
    }

    // Hole 13 of issue 13: a signed feed with a huge version made every later feed a
    // "rollback" with no way back. reset-version is that way, and it is audited.
    void resetVersionUnblocksTheNextFeed()
    {
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        QVERIFY(server.start());
        server.setRoute(u"/feed.json"_s, TestHttpsServer::text(fixture(u"feed.json"_s)));
        server.setRoute(
            u"/feed.json.minisig"_s, TestHttpsServer::text(fixture(u"feed.json.minisig"_s)));
        QTemporaryDir dir;
        const QString config = writeConfig(dir, server.url(u"/feed.json"_s), true);
        {
            Mist::DirectoryStore store(dir.path(), u"test"_s);
            QVERIFY(store.open());
            Mist::PortalEntry huge;
            huge.id = u"huge-one"_s;
            huge.name = {u"Велика версія"_s, {}};
            huge.description = {u"Портал"_s, {}};
            huge.url = QUrl(u"https://huge.example.org/"_s);
            huge.categories = {Mist::PortalEntry::Category::Other};
            QVERIFY(MistTest::storeFeed(store, 9000000000000LL, {huge}));
        }
        // feed.json is version 3: a rollback.
        QCOMPARE(
            mistctl(dir.path(), {u"directory"_s, u"sync"_s, u"--config"_s, config}).exitCode, 1);
        QVERIFY(!find(listJson(dir.path()), u"huge-one"_s).isEmpty());

        // Not lower, or not a number: refused, nothing changes, nothing audited.
        QCOMPARE(
            mistctl(dir.path(), {u"directory"_s, u"reset-version"_s, u"--to"_s, u"9000000000000"_s})
                .exitCode,
            1);
        QCOMPARE(
            mistctl(dir.path(), {u"directory"_s, u"reset-version"_s, u"--to"_s, u"x"_s}).exitCode,
            2);

        const Run reset = mistctl(dir.path(), {u"directory"_s, u"reset-version"_s, u"--json"_s});
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(reset.out).object();
        QCOMPARE(answer[u"previousVersion"_s].toInteger(), 9000000000000LL);
        QCOMPARE(answer[u"version"_s].toInteger(), 0);
        QVERIFY(!find(listJson(dir.path()), u"huge-one"_s).isEmpty()); // kept until the next feed

        // The audit line in the usage log: an admin action, the replaced version as its value.
        {
            Mist::UsageStore usage(dir.path(), u"test-usage"_s);
            QVERIFY(usage.open());
            auto cursor = usage.events(0, std::numeric_limits<qint64>::max());
            Mist::UsageEvent event;
            int audits = 0;
            while (cursor.next(&event)) {
                QCOMPARE(event.type, Mist::UsageEvent::Type::AdminAction);
                QCOMPARE(event.subject, u"directory-reset-version"_s);
                QCOMPARE(event.value, std::optional<qint64>(9000000000000LL));
                ++audits;
            }
            QCOMPARE(audits, 1);
        }

        // The next feed is accepted.
        const Run sync = mistctl(dir.path(), {u"directory"_s, u"sync"_s, u"--config"_s, config});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY(find(listJson(dir.path()), u"huge-one"_s).isEmpty());
        QVERIFY(!find(listJson(dir.path()), u"checked-one"_s).isEmpty());

        // With only the bundled directory there is nothing to reset... after a feed there is.
        QTemporaryDir fresh;
        QCOMPARE(mistctl(fresh.path(), {u"directory"_s, u"reset-version"_s}).exitCode, 1);
    }

    void syncRefusesAnUntrustedServer()
    {
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        QVERIFY(server.start());
        server.setRoute(u"/feed.json"_s, TestHttpsServer::text(fixture(u"feed.json"_s)));
        QTemporaryDir dir;
        // No ca_bundle: the test CA is not trusted, so the TLS handshake must fail.
        const QString config = writeConfig(dir, server.url(u"/feed.json"_s), false);
        const Run run = mistctl(dir.path(), {u"directory"_s, u"sync"_s, u"--config"_s, config});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(find(listJson(dir.path()), u"diia"_s)[u"origin"_s].toString(), u"bundled"_s);
    }

    void linksCheckReportsEveryShownPortal()
    {
        const QString okHost = u"portal-ok.example.org"_s;
        const QString goneHost = u"portal-gone.example.org"_s;
        QTemporaryDir certDir;
        const auto identity
            = TestHttpsServer::issueLoopbackIdentity(certDir.path(), 1, {okHost, goneHost});
        QVERIFY(identity);
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        server.setIdentity(*identity);
        QVERIFY(server.start());
        server.setRoute(u"/start"_s, TestHttpsServer::text("<html>portal</html>"));
        // Nothing answers /moved-away: a 404, as from a portal that was reorganised.

        QTemporaryDir dir;
        const auto addPortal
            = [&dir, &server](const QString &id, const QString &host, const QString &path) {
                  return mistctl(dir.path(),
                      {u"portal"_s, u"add"_s, u"--id"_s, id, u"--name-uk"_s, u"Портал "_s + id,
                          u"--description-uk"_s, u"Місцевий портал"_s, u"--area-uk"_s,
                          u"Громада-приклад"_s, u"--url"_s,
                          u"https://%1:%2%3"_s.arg(host).arg(server.port()).arg(path)});
              };
        QCOMPARE(addPortal(u"local.ok"_s, okHost, u"/start"_s).exitCode, 0);
        QCOMPARE(addPortal(u"local.gone"_s, goneHost, u"/moved-away"_s).exitCode, 0);
        int hidden = 0;
        for (const QJsonValue &item : listJson(dir.path())) {
            if (item[u"origin"_s].toString() == "local"_L1)
                continue;
            const Run hide
                = mistctl(dir.path(), {u"portal"_s, u"hide"_s, item[u"id"_s].toString()});
            QVERIFY2(hide.exitCode == 0, hide.err.constData());
            ++hidden;
        }
        QVERIFY(hidden > 10);

        const QString resolveOk = u"%1:%2:127.0.0.1"_s.arg(okHost).arg(server.port());
        const QString resolveGone = u"%1:%2:127.0.0.1"_s.arg(goneHost).arg(server.port());
        const Run run = mistctl(dir.path(),
            {u"links"_s, u"check"_s, u"--json"_s, u"--resolve"_s, resolveOk, u"--resolve"_s,
                resolveGone, u"--ca-bundle"_s, TestHttpsServer::caCertificatePath()});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 2); // the hidden portals were not checked
        QCOMPARE(find(results, u"local.ok"_s)[u"status"_s].toString(), u"ok"_s);
        QVERIFY(!find(results, u"local.ok"_s)[u"lastOk"_s].toString().isEmpty());
        QCOMPARE(find(results, u"local.gone"_s)[u"status"_s].toString(), u"down"_s);
        QCOMPARE(find(results, u"local.gone"_s)[u"httpStatus"_s].toInt(), 404);
        QVERIFY(server.requestCount(u"/start"_s) >= 1);

        // Stored: the citizens' list shows the badge, and status sums it up.
        const QJsonArray items = listJson(dir.path());
        QCOMPARE(find(items, u"local.gone"_s)[u"health"_s].toString(), u"down"_s);
        QCOMPARE(find(items, u"local.ok"_s)[u"health"_s].toString(), u"ok"_s);
        const Run status = mistctl(dir.path(), {u"status"_s});
        QVERIFY2(status.out.contains("1 not answering"), status.out.constData());

        // The human-readable form says the same.
        const Run text = mistctl(dir.path(),
            {u"links"_s, u"check"_s, u"--resolve"_s, resolveOk, u"--resolve"_s, resolveGone,
                u"--ca-bundle"_s, TestHttpsServer::caCertificatePath()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("2 checked, 1 not answering"), text.out.constData());
    }

    void linksCheckRefusesABadResolve()
    {
        QTemporaryDir dir;
        const Run run = mistctl(dir.path(), {u"links"_s, u"check"_s, u"--resolve"_s, u"no-port"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("HOST:PORT:ADDRESS"));
    }

    void syncWithoutConfigurationSaysSo()
    {
        QTemporaryDir dir;
        const Run run = mistctl(dir.path(), {u"directory"_s, u"sync"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("feed_url"));
    }
};

QTEST_GUILESS_MAIN(TestMistctlDirectory)
#include "tst_mistctl_directory.moc"
