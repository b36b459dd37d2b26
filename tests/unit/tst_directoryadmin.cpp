// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The "Portal directory" screen's controller against the kiosk's real DirectoryUpdater: feeds
// signed by the minisign tool (tests/data/feed/signed) from a real HTTPS server on 127.0.0.1,
// the update's result in words (accepted / nothing new / refused: signature), the link-health
// summary from stored results, and the admin events in the usage log.

#include "admin/settingsstore.h"
#include "core/clock.h"
#include "directory/directorystore.h"
#include "directory/directoryupdater.h"
#include "directoryadmin.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"
#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include "testhttpsserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::DirectoryAdmin;
using Mist::DirectoryUpdater;
using MistTest::TestHttpsServer;

class TestDirectoryAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void acceptedThenNothingNew();
    void badSignatureKeepsTheDirectory();
    void notConfigured();
    void linkHealthSummary();

private:
    void publish(const QString &feed, const QString &signature);
    [[nodiscard]] Mist::KioskConfig::Directory config(bool withKey = true) const;
    void makeUpdater(const Mist::KioskConfig::Directory &config);
    bool update(); // runs "Update now" to its end
    [[nodiscard]] QStringList adminActions();

    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    Mist::ManualClock m_clock;
    std::unique_ptr<Mist::SessionController> m_session;
    std::unique_ptr<Mist::UsageWriter> m_writer;
    std::unique_ptr<Mist::UsageRecorder> m_usage;
    std::unique_ptr<DirectoryUpdater> m_updater;
    std::unique_ptr<DirectoryAdmin> m_admin;
};

void TestDirectoryAdmin::initTestCase()
{
    qputenv("no_proxy", "*");
    qputenv("NO_PROXY", "*");
    m_server = std::make_unique<TestHttpsServer>();
    QVERIFY(m_server->start());
}

void TestDirectoryAdmin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<Mist::SessionController>(&m_clock, 90s, 30s);
    m_writer = std::make_unique<Mist::UsageWriter>(m_dir->path(), Mist::UsageWriter::Settings());
    QVERIFY(m_writer->start());
    m_usage = std::make_unique<Mist::UsageRecorder>(m_writer.get(), m_session.get(), u"test"_s);
    publish(u"feed.json"_s, u"feed.json.minisig"_s);
}

void TestDirectoryAdmin::cleanup()
{
    m_admin.reset();
    m_updater.reset();
    m_usage.reset();
    m_writer.reset();
    m_session.reset();
    m_dir.reset();
}

void TestDirectoryAdmin::publish(const QString &feed, const QString &signature)
{
    m_server->setRoute(
        u"/feed.json"_s, TestHttpsServer::text(MistTest::readDataFile(u"feed/signed/"_s + feed)));
    m_server->setRoute(u"/feed.json.minisig"_s,
        TestHttpsServer::text(MistTest::readDataFile(u"feed/signed/"_s + signature)));
}

Mist::KioskConfig::Directory TestDirectoryAdmin::config(bool withKey) const
{
    Mist::KioskConfig::Directory config;
    config.feedUrl = m_server->url(u"/feed.json"_s).toString();
    if (withKey)
        config.publicKeyFiles = {MistTest::dataFile(u"feed/signed/test.pub"_s)};
    config.caBundle = TestHttpsServer::caCertificatePath();
    return config;
}

void TestDirectoryAdmin::makeUpdater(const Mist::KioskConfig::Directory &config)
{
    m_admin.reset();
    m_updater.reset(); // one store connection at a time
    m_updater = std::make_unique<DirectoryUpdater>(m_dir->path(), config, m_clock);
    m_updater->open();
    m_admin = std::make_unique<DirectoryAdmin>();
    m_admin->setUpdater(m_updater.get());
    m_admin->setUsage(m_usage.get());
    m_admin->setLanguage(u"en"_s);
}

bool TestDirectoryAdmin::update()
{
    QSignalSpy finished(m_updater.get(), &DirectoryUpdater::syncFinished);
    if (!m_admin->updateNow())
        return false;
    if (!m_admin->isUpdating())
        return false;
    return finished.wait(20000) && !m_admin->isUpdating();
}

QStringList TestDirectoryAdmin::adminActions()
{
    if (!m_usage->waitForCommitted(5s))
        return {u"(not committed)"_s};
    Mist::UsageStore store(m_dir->path(), u"tst-directoryadmin"_s);
    QStringList actions;
    if (!store.open())
        return actions;
    auto cursor = store.events(0, std::numeric_limits<qint64>::max());
    Mist::UsageEvent event;
    while (cursor.next(&event)) {
        if (event.type == Mist::UsageEvent::Type::AdminAction)
            actions << event.subject;
    }
    return actions;
}

void TestDirectoryAdmin::acceptedThenNothingNew()
{
    makeUpdater(config());
    QVERIFY(m_admin->isConfigured());
    QCOMPARE(m_admin->outcome(), DirectoryAdmin::Outcome::None);
    QCOMPARE(m_admin->lastUpdateText(), u"Not updated yet."_s);

    QVERIFY(update());
    QCOMPARE(m_admin->outcome(), DirectoryAdmin::Outcome::Accepted);
    // Three entries, one of which the kiosk drops as invalid.
    QCOMPARE(m_admin->resultText(), u"Accepted: 2 portal(s) in the new directory."_s);
    QCOMPARE(m_admin->resultMeaning(), u"Citizens see the new directory now."_s);
    QVERIFY(m_updater->directory().indexOf(u"checked-one"_s) >= 0);
    QVERIFY2(m_admin->lastUpdateText().endsWith(u"(a new directory accepted)"_s),
        qPrintable(m_admin->lastUpdateText()));

    QVERIFY(update());
    QCOMPARE(m_admin->outcome(), DirectoryAdmin::Outcome::NothingNew);
    QCOMPARE(m_admin->resultText(), u"Nothing new: the kiosk already has the latest directory."_s);
    QCOMPARE(adminActions(), QStringList({u"directory-update"_s, u"directory-update"_s}));
}

void TestDirectoryAdmin::badSignatureKeepsTheDirectory()
{
    makeUpdater(config());
    QVERIFY(update());
    const qsizetype before = m_updater->directory().size();

    publish(u"tampered.json"_s, u"tampered.json.minisig"_s);
    QVERIFY(update());
    QCOMPARE(m_admin->outcome(), DirectoryAdmin::Outcome::Refused);
    QCOMPARE(m_admin->resultText(), u"Refused: the signature does not match."_s);
    QVERIFY2(m_admin->resultMeaning().contains(u"keeps the last good directory"_s),
        qPrintable(m_admin->resultMeaning()));
    QCOMPARE(m_updater->directory().size(), before);
    QCOMPARE(m_updater->feedState().version, 3);
    QVERIFY(m_admin->lastUpdateText().endsWith(u"(refused)"_s));
}

void TestDirectoryAdmin::notConfigured()
{
    m_server->resetCounters();
    makeUpdater(config(/*withKey=*/false));
    QVERIFY(!m_admin->isConfigured());
    QVERIFY(!m_admin->updateNow());
    QCOMPARE(m_admin->outcome(), DirectoryAdmin::Outcome::Failed);
    QCOMPARE(m_admin->resultText(), u"No directory feed is set up on this kiosk."_s);
    QCOMPARE(m_server->requestCount(u"/feed.json"_s), 0);
    QVERIFY(adminActions().isEmpty());

    // A librarian's address (the key still from the configuration) makes it work.
    Mist::KioskConfig::Directory keyOnly = config();
    keyOnly.feedUrl.clear();
    makeUpdater(keyOnly);
    QVERIFY(!m_admin->isConfigured());
    m_updater->setFeedUrl(m_server->url(u"/feed.json"_s).toString());
    QVERIFY(m_admin->isConfigured());
    QVERIFY(update());
    QCOMPARE(m_admin->outcome(), DirectoryAdmin::Outcome::Accepted);
}

void TestDirectoryAdmin::linkHealthSummary()
{
    makeUpdater(config());
    QCOMPARE(m_admin->healthText(), u"The portals have not been checked yet."_s);

    // Results as a check stores them: two of the bundled portals did not answer.
    const auto &items = m_updater->directory().items();
    QVERIFY(items.size() >= 3);
    const QDateTime checkedAt(QDate(2026, 12, 2), QTime(7, 40), Qt::UTC); // 09:40 in Kyiv
    std::vector<Mist::LinkHealth> results;
    for (size_t i = 0; i < items.size(); ++i) {
        Mist::LinkHealth health;
        health.entryId = items[i].entry.id;
        health.status = i < 2 ? Mist::LinkHealth::Status::Down : Mist::LinkHealth::Status::Ok;
        health.checkedAt = checkedAt;
        results.push_back(health);
    }
    {
        Mist::DirectoryStore store(m_dir->path(), u"tst-directoryadmin-store"_s);
        QVERIFY(store.open());
        QVERIFY(store.recordLinkHealth(results));
    }
    QCOMPARE(m_admin->healthText(), u"2 portal(s) did not answer at 2 December 2026, 09:40."_s);
    auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };
    QCOMPARE(
        sorted(m_admin->downPortals()), sorted({items[0].entry.name.en, items[1].entry.name.en}));
    m_admin->setLanguage(u"uk"_s);
    QCOMPARE(
        sorted(m_admin->downPortals()), sorted({items[0].entry.name.uk, items[1].entry.name.uk}));

    for (Mist::LinkHealth &health : results)
        health.status = Mist::LinkHealth::Status::Ok;
    {
        Mist::DirectoryStore store(m_dir->path(), u"tst-directoryadmin-store"_s);
        QVERIFY(store.open());
        QVERIFY(store.recordLinkHealth(results));
    }
    m_admin->setLanguage(u"en"_s);
    QCOMPARE(m_admin->healthText(),
        u"All %1 portal(s) answered at 2 December 2026, 09:40."_s.arg(items.size()));
    QVERIFY(m_admin->downPortals().isEmpty());
}

QTEST_GUILESS_MAIN(TestDirectoryAdmin)
#include "tst_directoryadmin.moc"
