// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The librarian's local portals: the service behind `mistctl portal` and the screens
// (LocalPortals: required fields, the feed's checks, hide/pin/remove, an admin event per change),
// and the screens' controllers: PortalEditor (plain http refused, the live check of an address
// against a real HTTPS server on 127.0.0.1 under a portal's name, an unreachable or badly
// certified portal saved only when the librarian confirms) and PortalList.

#include "core/clock.h"
#include "directory/directoryupdater.h"
#include "directory/localportals.h"
#include "net/curlhttpclient.h"
#include "portaleditor.h"
#include "portallist.h"
#include "testhttpsserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mist;
using MistTest::TestHttpsServer;

namespace {

const QString portalHost = u"cnap.lutsk-hromada.test"_s;

QJsonObject entry(const QString &name, const QString &url, const QString &area = u"Луцька"_s)
{
    QJsonObject result {{u"name"_s, QJsonObject {{u"uk"_s, name}}},
        {u"description"_s, QJsonObject {{u"uk"_s, u"Запис на прийом"_s}}},
        {u"online"_s, QJsonObject {{u"url"_s, url}}}};
    if (!area.isEmpty())
        result.insert(u"scope"_s,
            QJsonObject {{u"level"_s, u"hromada"_s}, {u"area"_s, QJsonObject {{u"uk"_s, area}}}});
    return result;
}

QVariantMap form(const QString &url)
{
    return {{u"nameUk"_s, u"Електронна черга ЦНАП"_s}, {u"descriptionUk"_s, u"Запис на прийом"_s},
        {u"url"_s, url}, {u"area"_s, u"Луцька громада"_s}, {u"category"_s, u"documents-id"_s},
        {u"nameEn"_s, u"CNAP queue"_s}, {u"descriptionEn"_s, QString()},
        {u"addressUk"_s, u"вул. Лесі Українки, 35"_s}};
}

// A port on 127.0.0.1 that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 9;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestLocalPortals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("no_proxy", "*");
        qputenv("NO_PROXY", "*");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_updater
            = std::make_unique<DirectoryUpdater>(m_dir->path(), KioskConfig::Directory(), m_clock);
        m_updater->open();
        m_events.clear();
        portals()->setEventSink(
            [this](UsageEvent::Type type, const QString &subject, std::optional<qint64> value) {
                QCOMPARE(type, UsageEvent::Type::AdminChange);
                QVERIFY(!value);
                m_events << subject;
            });
    }

    void cleanup()
    {
        m_updater.reset();
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void refusesWhatMistctlRefuses_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        QTest::addColumn<LocalPortals::Problem>("problem");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("formKey");

        const QString good = u"https://cnap.lutsk-hromada.test/"_s;
        QTest::newRow("no name") << entry(QString(), good) << LocalPortals::Problem::Missing
                                 << u"name.uk"_s << u"nameUk"_s;
        QJsonObject noDescription = entry(u"Черга"_s, good);
        noDescription.remove(u"description"_s);
        QTest::newRow("no description") << noDescription << LocalPortals::Problem::Missing
                                        << u"description.uk"_s << u"descriptionUk"_s;
        QTest::newRow("no address")
            << entry(u"Черга"_s, QString()) << LocalPortals::Problem::Missing << u"online.url"_s
            << u"url"_s;
        QTest::newRow("no hromada")
            << entry(u"Черга"_s, good, QString()) << LocalPortals::Problem::Missing
            << u"scope.area.uk"_s << u"area"_s;
        QTest::newRow("plain http")
            << entry(u"Черга"_s, u"http://cnap.lutsk-hromada.test/"_s)
            << LocalPortals::Problem::NotHttps << u"online.url"_s << u"url"_s;
        QTest::newRow("public suffix")
            << entry(u"Черга"_s, u"https://gov.ua/"_s) << LocalPortals::Problem::PublicSuffix
            << u"online.url"_s << u"url"_s;
        QTest::newRow("github.io")
            << entry(u"Черга"_s, u"https://github.io/"_s) << LocalPortals::Problem::PublicSuffix
            << u"online.url"_s << u"url"_s;
        QTest::newRow("not a url")
            << entry(u"Черга"_s, u"cnap lutsk"_s) << LocalPortals::Problem::BadAddress
            << u"online.url"_s << u"url"_s;
        QTest::newRow("an IP address")
            << entry(u"Черга"_s, u"https://10.0.0.1/"_s) << LocalPortals::Problem::BadAddress
            << u"online.url"_s << u"url"_s;
        QTest::newRow("too long") << entry(QString(300, u'Ж'), good)
                                  << LocalPortals::Problem::TooLong << u"name.uk"_s << u"nameUk"_s;
    }

    void refusesWhatMistctlRefuses()
    {
        QFETCH(QJsonObject, entry);
        QFETCH(LocalPortals::Problem, problem);
        QFETCH(QString, field);
        QFETCH(QString, formKey);
        const LocalPortals::Outcome outcome = portals()->add(entry);
        QCOMPARE(outcome.problem, problem);
        QCOMPARE(outcome.field, field);
        QCOMPARE(PortalEditor::formKey(outcome.field), formKey);
        QVERIFY(!PortalEditor::explain(outcome).isEmpty());
        QVERIFY(portals()->store().localPortals().empty()); // nothing stored
        QVERIFY(m_events.isEmpty());
    }

    void addsEditsHidesPinsRemoves()
    {
        QSignalSpy changed(portals(), &LocalPortals::changed);
        const LocalPortals::Outcome added
            = portals()->add(entry(u"Черга ЦНАП"_s, u"https://cnap.lutsk-hromada.test/"_s));
        QVERIFY2(added.ok(), qPrintable(added.reason));
        QCOMPARE(added.id, u"local.cherha-tsnap"_s);
        QVERIFY(portals()->isLocal(added.id));
        // At once in the kiosk's directory, without a restart.
        QVERIFY(m_updater->directory().item(added.id));
        QCOMPARE(changed.count(), 1);

        // The same name again: the id is taken.
        QCOMPARE(
            portals()->add(entry(u"Черга ЦНАП"_s, u"https://other.lutsk-hromada.test/"_s)).problem,
            LocalPortals::Problem::AlreadyExists);

        const LocalPortals::Outcome edited = portals()->edit(added.id, [](QJsonObject &e) {
            LocalPortals::setLocalized(e, u"name"_s, u"en"_s, u"CNAP queue"_s);
        });
        QVERIFY2(edited.ok(), qPrintable(edited.reason));
        QCOMPARE(m_updater->directory().item(added.id)->entry.name.en, u"CNAP queue"_s);
        // An edit that breaks a rule changes nothing.
        QCOMPARE(portals()
                     ->edit(added.id,
                         [](QJsonObject &e) {
                             e.insert(u"online"_s,
                                 QJsonObject {{u"url"_s, u"http://cnap.lutsk-hromada.test/"_s}});
                         })
                     .problem,
            LocalPortals::Problem::NotHttps);
        QCOMPARE(m_updater->directory().item(added.id)->entry.url.scheme(), u"https"_s);

        // Feed entries: hidden and pinned, never edited or removed.
        QVERIFY(portals()->setHidden(u"diia"_s, true).ok());
        QVERIFY(m_updater->directory().item(u"diia"_s)->hidden);
        QVERIFY(portals()->setPinned(u"prozorro"_s, true, 3).ok());
        QVERIFY(m_updater->directory().item(u"prozorro"_s)->pinned);
        QCOMPARE(m_updater->directory().item(u"prozorro"_s)->position, 3);
        QVERIFY(portals()->setPinned(u"prozorro"_s, false).ok());
        QVERIFY(!m_updater->directory().item(u"prozorro"_s)->position);
        QCOMPARE(portals()->remove(u"diia"_s).problem, LocalPortals::Problem::NotLocal);
        QCOMPARE(portals()->edit(u"diia"_s, [](QJsonObject &) {}).problem,
            LocalPortals::Problem::NotLocal);
        QCOMPARE(portals()->setHidden(u"no-such-portal"_s, true).problem,
            LocalPortals::Problem::NoSuchPortal);

        QVERIFY(portals()->remove(added.id).ok());
        QVERIFY(!m_updater->directory().item(added.id));

        // One admin event per stored change, by id only.
        const QStringList expected {u"portal:local.cherha-tsnap"_s, u"portal:local.cherha-tsnap"_s,
            u"portal:diia"_s, u"portal:prozorro"_s, u"portal:prozorro"_s,
            u"portal:local.cherha-tsnap"_s};
        QCOMPARE(m_events, expected);
    }

    void editorRefusesPlainHttp()
    {
        startServer({});
        PortalEditor editor;
        editor.setPortals(portals());
        editor.checkAndSave(form(m_server->plainUrl(u"/"_s).toString()));
        QCOMPARE(editor.state(), PortalEditor::State::Editing);
        QCOMPARE(editor.problems().keys(), QStringList {u"url"_s});
        QVERIFY(editor.problems().value(u"url"_s).toString().contains(u"https://"_s));
        // Refused before any check: nothing was contacted, nothing stored.
        QTest::qWait(200);
        QCOMPARE(m_server->plainConnectionCount(), 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(portals()->store().localPortals().empty());
        QVERIFY(m_events.isEmpty());
    }

    void editorChecksLiveThenSaves()
    {
        QTemporaryDir tls;
        const auto identity = TestHttpsServer::issueLoopbackIdentity(tls.path(), 1, {portalHost});
        if (!identity)
            QSKIP("needs the openssl tool to issue a certificate for the portal's name");
        startServer(identity);
        m_server->setRoute(u"/queue"_s, TestHttpsServer::text("<html>ЦНАП</html>"));

        PortalEditor editor;
        editor.setPortals(portals());
        QSignalSpy state(&editor, &PortalEditor::stateChanged);
        editor.checkAndSave(form(portalUrl(u"/queue"_s)));
        QCOMPARE(editor.state(), PortalEditor::State::Checking);
        QVERIFY(portals()->store().localPortals().empty()); // not before the check
        QTRY_COMPARE_WITH_TIMEOUT(editor.state(), PortalEditor::State::Saved, 10000);
        QVERIFY(m_server->requestCount(u"/queue"_s) >= 1);
        QVERIFY(editor.problems().isEmpty());

        const auto stored = portals()->store().localPortal(editor.savedId());
        QVERIFY(stored);
        QCOMPARE(stored->entry.name.en, u"CNAP queue"_s);
        QCOMPARE(stored->entry.primaryCategory(), PortalEntry::Category::DocumentsId);
        QCOMPARE(stored->entry.area.uk, u"Луцька громада"_s);
        QCOMPARE(stored->entry.inPerson->address.uk, u"вул. Лесі Українки, 35"_s);
        QVERIFY(m_updater->directory().item(editor.savedId()));
        QCOMPARE(m_events, QStringList {u"portal:"_s + editor.savedId()});

        // Editing it: the form shows its values, the id stays.
        PortalEditor again;
        again.setPortals(portals());
        again.setPortalId(editor.savedId());
        QVariantMap values = again.fields(u"ignored"_s);
        QCOMPARE(values.value(u"nameEn"_s).toString(), u"CNAP queue"_s);
        QCOMPARE(values.value(u"category"_s).toString(), u"documents-id"_s);
        values.insert(u"nameEn"_s, u"CNAP e-queue"_s);
        again.checkAndSave(values);
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), PortalEditor::State::Saved, 10000);
        QCOMPARE(again.savedId(), editor.savedId());
        QCOMPARE(
            portals()->store().localPortal(editor.savedId())->entry.name.en, u"CNAP e-queue"_s);
    }

    void editorWarnsWhenNothingAnswers()
    {
        const quint16 port = closedPort();
        HttpClientOptions options;
        options.resolve = {u"%1:%2:127.0.0.1"_s.arg(portalHost).arg(port).toLatin1()};
        m_client = std::make_unique<CurlHttpClient>(options);
        portals()->setAddressClient(m_client.get());

        PortalEditor editor;
        editor.setPortals(portals());
        editor.checkAndSave(form(u"https://%1:%2/"_s.arg(portalHost).arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(editor.state(), PortalEditor::State::NotAnswering, 10000);
        QVERIFY(!editor.warning().isEmpty());
        QVERIFY(portals()->store().localPortals().empty());
        QVERIFY(m_events.isEmpty());

        // "Change the address": nothing saved.
        editor.cancel();
        QCOMPARE(editor.state(), PortalEditor::State::Editing);
        editor.saveAnyway(); // not in NotAnswering: ignored
        QVERIFY(portals()->store().localPortals().empty());

        // Checked again, and this time the librarian confirms.
        editor.checkAndSave(form(u"https://%1:%2/"_s.arg(portalHost).arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(editor.state(), PortalEditor::State::NotAnswering, 10000);
        editor.saveAnyway();
        QCOMPARE(editor.state(), PortalEditor::State::Saved);
        QCOMPARE(portals()->store().localPortals().size(), size_t(1));
        QCOMPARE(m_events.size(), 1);
    }

    void editorWarnsOfABadCertificate()
    {
        startServer({}); // its certificate names localhost, not the portal
        m_server->setRoute(u"/"_s, TestHttpsServer::text("hi"));
        PortalEditor editor;
        editor.setPortals(portals());
        editor.checkAndSave(form(portalUrl(u"/"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(editor.state(), PortalEditor::State::NotAnswering, 10000);
        QVERIFY2(editor.warning().contains(u"certificate"_s), qPrintable(editor.warning()));
        QCOMPARE(m_server->requestCount(u"/"_s), 0);
        QVERIFY(portals()->store().localPortals().empty());
    }

    void listMarksAndActs()
    {
        QVERIFY(portals()->add(entry(u"Черга ЦНАП"_s, u"https://cnap.lutsk-hromada.test/"_s)).ok());
        PortalList list;
        list.setPortals(portals());
        list.setDirectory(&m_updater->directory());
        list.setLanguage(u"en"_s);
        QSignalSpy rowsChanged(&list, &PortalList::rowsChanged);

        const auto row = [&list](const QString &id) {
            for (const QVariant &row : list.rows()) {
                if (row.toMap().value(u"id"_s) == id)
                    return row.toMap();
            }
            return QVariantMap();
        };
        // Local portals first, then every directory entry.
        QCOMPARE(
            list.rows().constFirst().toMap().value(u"id"_s).toString(), u"local.cherha-tsnap"_s);
        QCOMPARE(list.rows().size(), m_updater->directory().size());
        QVERIFY(row(u"local.cherha-tsnap"_s).value(u"local"_s).toBool());
        QVERIFY(!row(u"diia"_s).value(u"local"_s).toBool());

        QVERIFY(list.setHidden(u"diia"_s, true));
        QVERIFY(row(u"diia"_s).value(u"hidden"_s).toBool());
        QVERIFY(list.setPinned(u"local.cherha-tsnap"_s, true));
        QVERIFY(row(u"local.cherha-tsnap"_s).value(u"pinned"_s).toBool());
        QVERIFY(rowsChanged.count() >= 2);

        QVERIFY(!list.remove(u"diia"_s));
        QVERIFY(!list.problem().isEmpty());
        QVERIFY(list.remove(u"local.cherha-tsnap"_s));
        QVERIFY(list.problem().isEmpty());
        QVERIFY(row(u"local.cherha-tsnap"_s).isEmpty());
        QCOMPARE(m_events.size(), 4); // add, hide, pin, remove
    }

private:
    [[nodiscard]] LocalPortals *portals() const { return m_updater->localPortals(); }

    // The HTTPS server on 127.0.0.1, and a client that trusts the test CA and finds the
    // portal's name there.
    void startServer(const std::optional<TestHttpsServer::Identity> &identity)
    {
        m_server = std::make_unique<TestHttpsServer>();
        if (identity)
            m_server->setIdentity(*identity);
        QVERIFY(m_server->start());
        HttpClientOptions options;
        options.caBundlePath = TestHttpsServer::caCertificatePath();
        options.resolve = {u"%1:%2:127.0.0.1"_s.arg(portalHost).arg(m_server->port()).toLatin1()};
        m_client = std::make_unique<CurlHttpClient>(options);
        portals()->setAddressClient(m_client.get());
    }

    [[nodiscard]] QString portalUrl(const QString &path) const
    {
        return u"https://%1:%2%3"_s.arg(portalHost).arg(m_server->port()).arg(path);
    }

    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpsServer> m_server;
    std::unique_ptr<CurlHttpClient> m_client; // before m_updater goes, see cleanup()
    std::unique_ptr<DirectoryUpdater> m_updater;
    QStringList m_events;
};

QTEST_GUILESS_MAIN(TestLocalPortals)
#include "tst_localportals.moc"
