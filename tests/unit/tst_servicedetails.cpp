// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ServiceDetails: one portal's page in the citizen's language, its in-person alternative (its
// own, or the local centre's), link health, and following the directory as it changes.

#include "directory/directory.h"
#include "directory/directorystore.h"
#include "servicedetails.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

using C = PortalEntry::Category;
using E = PortalEntry::EIdMethod;

PortalEntry pension()
{
    PortalEntry e;
    e.id = u"pfu"_s;
    e.name = {u"Пенсійний фонд"_s, u"Pension Fund"_s};
    e.description = {u"Пенсії онлайн"_s, u"Pensions online"_s};
    e.authority = {u"Пенсійний фонд України"_s, {}};
    e.url = QUrl(u"https://portal.pfu.gov.ua/"_s);
    e.loginHosts = {u"id.gov.ua"_s};
    e.categories = {C::PensionSocial};
    e.eId = E::Kep | E::BankId;
    e.cost = {u"Безоплатно"_s, u"Free of charge"_s};
    e.processingTime = {u"До 10 днів"_s, {}};
    return e;
}

PortalEntry cnap()
{
    PortalEntry e;
    e.id = u"cnap"_s;
    e.name = {u"ЦНАП Луцька"_s, u"Lutsk CNAP"_s};
    e.description = {u"Адміністративні послуги"_s, {}};
    e.url = QUrl(u"https://cnap.example.org/"_s);
    e.categories = {C::DocumentsId};
    e.scope = PortalEntry::Scope::Hromada;
    e.area = {u"Луцька громада"_s, u"Lutsk hromada"_s};
    e.inPerson = InPersonChannel {{u"вул. Лесі Українки, 35"_s, u"35 Lesi Ukrainky St"_s},
        u"+380 33 200 00 00"_s, {u"Пн–Пт 9–18"_s, u"Mon–Fri 9–18"_s}};
    return e;
}

} // namespace

class TestServiceDetails : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_counter = 0;
    std::unique_ptr<DirectoryStore> m_store;
    std::unique_ptr<Directory> m_directory;

    void load(qint64 version, std::vector<PortalEntry> entries)
    {
        QVERIFY(MistTest::storeFeed(*m_store, version, std::move(entries)));
        m_directory->reload(*m_store);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid());
    }

    void init()
    {
        m_store = std::make_unique<DirectoryStore>(m_root.filePath(u"d%1"_s.arg(++m_counter)));
        QVERIFY(m_store->open());
        m_directory = std::make_unique<Directory>();
    }

    void everyFieldInBothLanguages()
    {
        load(1, {pension(), cnap()});
        ServiceDetails details;
        details.setDirectory(m_directory.get());
        QVERIFY(!details.found());
        QSignalSpy changed(&details, &ServiceDetails::detailsChanged);
        details.setServiceId(u"pfu"_s);
        QCOMPARE(changed.count(), 1);
        QVERIFY(details.found());
        QCOMPARE(details.name(), u"Пенсійний фонд"_s);
        QCOMPARE(details.authority(), u"Пенсійний фонд України"_s);
        QCOMPARE(details.url(), QUrl(u"https://portal.pfu.gov.ua/"_s));
        QCOMPARE(details.host(), u"portal.pfu.gov.ua"_s);
        QCOMPARE(details.loginHosts(), QStringList {u"id.gov.ua"_s});
        QCOMPARE(details.eIdLabels(),
            (QStringList {u"Кваліфікований електронний підпис (КЕП)"_s, u"BankID НБУ"_s}));
        QCOMPARE(details.eIdText(), u"Кваліфікований електронний підпис (КЕП), BankID НБУ"_s);
        QCOMPARE(details.urlText(), u"https://portal.pfu.gov.ua/"_s);
        QVERIFY(!details.noLoginNeeded());
        QCOMPARE(details.cost(), u"Безоплатно"_s);
        QCOMPARE(details.processingTime(), u"До 10 днів"_s);
        QVERIFY(!details.isDown());
        QVERIFY(details.area().isEmpty());

        details.setLanguage(u"en"_s);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(details.name(), u"Pension Fund"_s);
        QCOMPARE(details.cost(), u"Free of charge"_s);
        // No English given: the Ukrainian text rather than nothing.
        QCOMPARE(details.authority(), u"Пенсійний фонд України"_s);
        QCOMPARE(details.processingTime(), u"До 10 днів"_s);
        QCOMPARE(details.eIdLabels().last(), u"BankID of the National Bank"_s);
    }

    void ownInPersonChannel()
    {
        load(1, {pension(), cnap()});
        ServiceDetails details;
        details.setDirectory(m_directory.get());
        details.setServiceId(u"cnap"_s);
        QVERIFY(details.hasInPerson());
        QVERIFY(!details.inPersonIsLocalCentre());
        QCOMPARE(details.inPersonAddress(), u"вул. Лесі Українки, 35"_s);
        QCOMPARE(details.inPersonPhone(), u"+380 33 200 00 00"_s);
        QCOMPARE(details.inPersonHours(), u"Пн–Пт 9–18"_s);
        QCOMPARE(details.area(), u"Луцька громада"_s);
    }

    void localCentreWhenThePortalHasNoCounter()
    {
        load(1, {pension(), cnap()});
        ServiceDetails details;
        details.setDirectory(m_directory.get());
        details.setServiceId(u"pfu"_s);
        QVERIFY(details.hasInPerson());
        QVERIFY(details.inPersonIsLocalCentre());
        QCOMPARE(details.inPersonName(), u"ЦНАП Луцька"_s);
        details.setLanguage(u"en"_s);
        QCOMPARE(details.inPersonAddress(), u"35 Lesi Ukrainky St"_s);

        // Without a local centre, no in-person alternative is made up.
        load(2, {pension()});
        QVERIFY(details.found());
        QVERIFY(!details.hasInPerson());
        QVERIFY(details.inPersonAddress().isEmpty());
    }

    void followsHealthHidingAndRemoval()
    {
        load(1, {pension(), cnap()});
        ServiceDetails details;
        details.setServiceId(u"pfu"_s);
        details.setDirectory(m_directory.get());
        QVERIFY(details.found());

        LinkHealth down;
        down.entryId = u"pfu"_s;
        down.status = LinkHealth::Status::Down;
        down.checkedAt = QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC);
        QVERIFY(m_store->recordLinkHealth({down}));
        QSignalSpy changed(&details, &ServiceDetails::detailsChanged);
        m_directory->reload(*m_store);
        QCOMPARE(changed.count(), 1);
        QVERIFY(details.isDown());

        DirectoryStore::Override hide;
        hide.entryId = u"pfu"_s;
        hide.hidden = true;
        QVERIFY(m_store->setOverride(hide));
        m_directory->reload(*m_store);
        QVERIFY2(!details.found(), "a hidden portal is not shown to citizens");
        QVERIFY(details.name().isEmpty());

        hide.hidden = false;
        QVERIFY(m_store->setOverride(hide));
        m_directory->reload(*m_store);
        QVERIFY(details.found());
        load(2, {cnap()});
        QVERIFY(!details.found());

        m_directory.reset();
        QVERIFY(!details.found());
    }

    void noLoginNeeded()
    {
        PortalEntry open = pension();
        open.eId = E::None;
        load(1, {open});
        ServiceDetails details;
        details.setDirectory(m_directory.get());
        details.setServiceId(u"pfu"_s);
        QVERIFY(details.noLoginNeeded());
        QVERIFY(details.eIdLabels().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServiceDetails)

#include "tst_servicedetails.moc"
