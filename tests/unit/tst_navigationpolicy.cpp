// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// NavigationPolicy: what the kiosk browser lets a portal load.

#include "browser/navigationpolicy.h"
#include "directory/portalentry.h"
#include "net/publicsuffix.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mist::NavigationPolicy;
using Kind = NavigationPolicy::Kind;
using Reason = NavigationPolicy::Reason;

class TestNavigationPolicy : public QObject
{
    Q_OBJECT

private:
    static NavigationPolicy diia()
    {
        return NavigationPolicy(QUrl(u"https://Diia.gov.ua/services"_s),
            {u"id.gov.ua"_s, u"ID.Gov.UA."_s, u""_s, u"bankid.privatbank.ua"_s});
    }

private Q_SLOTS:
    void hostsAreNormalised()
    {
        QCOMPARE(diia().hosts(),
            QStringList({u"diia.gov.ua"_s, u"id.gov.ua"_s, u"bankid.privatbank.ua"_s}));
    }

    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Reason>("expected");

        const Kind main = Kind::MainFrame;
        const Kind frame = Kind::SubFrame;
        const Kind sub = Kind::SubResource;

        QTest::newRow("start page") << u"https://diia.gov.ua/services"_s << main << Reason::Allowed;
        QTest::newRow("same host, other path, any case")
            << u"https://DIIA.gov.ua/a?b=c#d"_s << main << Reason::Allowed;
        QTest::newRow("other port of the same host")
            << u"https://diia.gov.ua:8443/"_s << main << Reason::Allowed;
        QTest::newRow("subdomain") << u"https://my.diia.gov.ua/"_s << main << Reason::Allowed;
        QTest::newRow("deep subdomain")
            << u"https://a.b.diia.gov.ua/"_s << frame << Reason::Allowed;
        QTest::newRow("trailing dot") << u"https://diia.gov.ua./"_s << main << Reason::Allowed;
        QTest::newRow("login host") << u"https://id.gov.ua/sign"_s << main << Reason::Allowed;
        QTest::newRow("login host in an iframe")
            << u"https://bankid.privatbank.ua/"_s << frame << Reason::Allowed;
        QTest::newRow("parent domain is not ours")
            << u"https://gov.ua/"_s << main << Reason::OtherHost;
        QTest::newRow("sibling under gov.ua")
            << u"https://tax.gov.ua/"_s << main << Reason::OtherHost;
        QTest::newRow("suffix trick") << u"https://evildiia.gov.ua/"_s << main << Reason::OtherHost;
        QTest::newRow("our name as a subdomain of theirs")
            << u"https://diia.gov.ua.evil.example/"_s << main << Reason::OtherHost;
        QTest::newRow("other host") << u"https://example.com/"_s << main << Reason::OtherHost;
        QTest::newRow("other host in an iframe")
            << u"https://ads.example/"_s << frame << Reason::OtherHost;
        QTest::newRow("user info")
            << u"https://diia.gov.ua@evil.example/"_s << main << Reason::Malformed;
        QTest::newRow("user info on our host")
            << u"https://user:pw@diia.gov.ua/"_s << main << Reason::Malformed;
        QTest::newRow("http") << u"http://diia.gov.ua/"_s << main << Reason::NotHttps;
        QTest::newRow("http sub-resource")
            << u"http://cdn.example/a.js"_s << sub << Reason::NotHttps;
        QTest::newRow("ftp") << u"ftp://diia.gov.ua/"_s << main << Reason::NotHttps;
        QTest::newRow("ws") << u"ws://diia.gov.ua/"_s << sub << Reason::NotHttps;
        QTest::newRow("wss sub-resource") << u"wss://push.example/"_s << sub << Reason::Allowed;
        QTest::newRow("wss as a page")
            << u"wss://diia.gov.ua/"_s << main << Reason::BrowserInternal;
        QTest::newRow("CDN script") << u"https://cdn.example/lib.js"_s << sub << Reason::Allowed;
        QTest::newRow("file") << u"file:///etc/passwd"_s << main << Reason::LocalScheme;
        QTest::newRow("file sub-resource") << u"file:///etc/passwd"_s << sub << Reason::LocalScheme;
        QTest::newRow("data page")
            << u"data:text/html,<h1>hi</h1>"_s << main << Reason::LocalScheme;
        QTest::newRow("data iframe") << u"data:text/html,x"_s << frame << Reason::LocalScheme;
        QTest::newRow("data image") << u"data:image/png;base64,AAAA"_s << sub << Reason::Allowed;
        QTest::newRow("blob page")
            << u"blob:https://diia.gov.ua/123e4567"_s << main << Reason::LocalScheme;
        QTest::newRow("blob worker")
            << u"blob:https://diia.gov.ua/123e4567"_s << sub << Reason::Allowed;
        QTest::newRow("filesystem")
            << u"filesystem:https://diia.gov.ua/temporary/x"_s << sub << Reason::LocalScheme;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << main << Reason::Script;
        QTest::newRow("JavaScript any case") << u"JaVaScRiPt:alert(1)"_s << frame << Reason::Script;
        QTest::newRow("view-source")
            << u"view-source:https://diia.gov.ua/"_s << main << Reason::BrowserInternal;
        QTest::newRow("chrome") << u"chrome://settings"_s << main << Reason::BrowserInternal;
        QTest::newRow("chrome sub-resource")
            << u"chrome://resources/x.js"_s << sub << Reason::BrowserInternal;
        QTest::newRow("devtools") << u"devtools://devtools/"_s << main << Reason::BrowserInternal;
        QTest::newRow("qrc") << u"qrc:/Mist/Main.qml"_s << sub << Reason::BrowserInternal;
        QTest::newRow("mailto") << u"mailto:a@example.com"_s << main << Reason::BrowserInternal;
        QTest::newRow("intent") << u"intent://scan/#Intent;end"_s << main
                                << Reason::BrowserInternal;
        QTest::newRow("about:blank page") << u"about:blank"_s << main << Reason::BrowserInternal;
        QTest::newRow("about:blank iframe") << u"about:blank"_s << frame << Reason::Allowed;
        QTest::newRow("about:srcdoc iframe") << u"about:srcdoc"_s << frame << Reason::Allowed;
        QTest::newRow("about:config iframe")
            << u"about:config"_s << frame << Reason::BrowserInternal;
        QTest::newRow("empty") << QString() << main << Reason::Malformed;
        QTest::newRow("no host") << u"https:///path"_s << main << Reason::Malformed;
        QTest::newRow("Cyrillic host of ours")
            << u"https://дія.укр/"_s << main << Reason::OtherHost;
    }

    void check()
    {
        QFETCH(QString, url);
        QFETCH(Kind, kind);
        QFETCH(Reason, expected);
        QCOMPARE(diia().check(QUrl(url), kind), expected);
        QCOMPARE(diia().allows(QUrl(url), kind), expected == Reason::Allowed);
    }

    void internationalisedHostsCompareInAsciiForm()
    {
        const NavigationPolicy policy(QUrl(u"https://дія.укр/"_s), {u"вхід.укр"_s});
        QCOMPARE(
            policy.hosts(), QStringList({u"xn--d1a8cua.xn--j1amh"_s, u"xn--b1ae4cud.xn--j1amh"_s}));
        QVERIFY(policy.allows(QUrl(u"https://xn--d1a8cua.xn--j1amh/x"_s), Kind::MainFrame));
        QVERIFY(policy.allows(QUrl(u"https://ДІЯ.укр/x"_s), Kind::MainFrame));
        QVERIFY(policy.allows(QUrl(u"https://вхід.укр/"_s), Kind::MainFrame));
        QVERIFY(!policy.allows(QUrl(u"https://дія.com/"_s), Kind::MainFrame));
    }

    void ipAddressesHaveNoSubdomains()
    {
        const NavigationPolicy policy(QUrl(u"https://127.0.0.1:4443/"_s), {});
        QVERIFY(policy.allows(QUrl(u"https://127.0.0.1:4443/x"_s), Kind::MainFrame));
        QCOMPARE(
            policy.check(QUrl(u"https://1.127.0.0.1/"_s), Kind::MainFrame), Reason::LocalNetwork);
        QCOMPARE(
            policy.check(QUrl(u"https://localhost/"_s), Kind::MainFrame), Reason::LocalNetwork);
    }

    // Hole 15 of issue 13: a page may not reach the kiosk's machine, the library's LAN or any IP
    // literal, whatever the kind of request, unless that is the portal's own origin.
    void localNetworkDestinationsAreRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("loopback") << u"https://127.0.0.1:8443/api/events"_s;
        QTest::newRow("loopback, other address") << u"https://127.0.0.2/"_s;
        QTest::newRow("loopback, decimal form") << u"https://2130706433/"_s;
        QTest::newRow("loopback, hex form") << u"https://0x7f.1/"_s;
        QTest::newRow("loopback, short form") << u"https://127.1/"_s;
        QTest::newRow("IPv6 loopback") << u"https://[::1]:8443/"_s;
        QTest::newRow("IPv4-mapped IPv6") << u"https://[::ffff:192.168.1.1]/"_s;
        QTest::newRow("10/8") << u"https://10.0.0.1/"_s;
        QTest::newRow("172.16/12") << u"https://172.16.5.4/"_s;
        QTest::newRow("192.168/16") << u"https://192.168.1.1/admin"_s;
        QTest::newRow("link-local") << u"https://169.254.169.254/latest"_s;
        QTest::newRow("IPv6 unique local") << u"https://[fd00::1]/"_s;
        QTest::newRow("IPv6 link-local") << u"https://[fe80::1]/"_s;
        QTest::newRow("public IP literal") << u"https://8.8.8.8/"_s;
        QTest::newRow("localhost") << u"https://localhost:8443/"_s;
        QTest::newRow("sub.localhost") << u"https://api.localhost/"_s;
        QTest::newRow("mDNS") << u"https://printer.local/"_s;
        QTest::newRow("home.arpa") << u"https://router.home.arpa/"_s;
        QTest::newRow("single label") << u"https://router/"_s;
        QTest::newRow("wss to the LAN") << u"wss://192.168.0.10/"_s;
    }

    void localNetworkDestinationsAreRefused()
    {
        QFETCH(QString, url);
        for (const Kind kind : {Kind::MainFrame, Kind::SubFrame, Kind::SubResource}) {
            if (kind != Kind::SubResource && url.startsWith(u"wss:"_s))
                continue;
            const Reason reason = diia().check(QUrl(url), kind);
            // IPv6 literals were already refused as malformed (no host name): still refused.
            if (url.contains(u'[') && reason == Reason::Malformed)
                continue;
            QCOMPARE(reason, Reason::LocalNetwork);
        }
    }

    // The portal itself may be on loopback or the LAN (the browser tests, an intranet portal):
    // its own origin loads, any other local destination does not.
    void aLocalPortalReachesOnlyItsOwnOrigin()
    {
        const NavigationPolicy policy(QUrl(u"https://127.0.0.1:4443/start"_s), {});
        for (const Kind kind : {Kind::MainFrame, Kind::SubFrame, Kind::SubResource})
            QVERIFY(policy.allows(QUrl(u"https://127.0.0.1:4443/x?y"_s), kind));
        QCOMPARE(policy.check(QUrl(u"https://127.0.0.1:8443/"_s), Kind::SubResource),
            Reason::LocalNetwork);
        QCOMPARE(
            policy.check(QUrl(u"https://127.0.0.1/"_s), Kind::SubResource), Reason::LocalNetwork);
        QCOMPARE(policy.check(QUrl(u"https://10.1.2.3:4443/"_s), Kind::SubResource),
            Reason::LocalNetwork);
        QCOMPARE(policy.check(QUrl(u"https://localhost:4443/"_s), Kind::SubResource),
            Reason::LocalNetwork);
        QVERIFY(policy.allows(QUrl(u"https://cdn.example/lib.js"_s), Kind::SubResource));
    }

    void publicNamesAreNotLocal()
    {
        for (const QString &host : {u"diia.gov.ua"_s, u"cdn.example"_s, u"1password.com"_s,
                 u"a1.b2.example"_s, u"xn--d1a8cua.xn--j1amh"_s, u"localhost.example"_s})
            QVERIFY2(!NavigationPolicy::isLocalNetworkHost(host), qPrintable(host));
    }

    // Hole 9: a public suffix as a login or portal host is never one of the portal's hosts.
    void publicSuffixesAreNeverPortalHosts()
    {
        const NavigationPolicy policy(QUrl(u"https://diia.gov.ua/"_s),
            {u"gov.ua"_s, u"com.ua"_s, u"github.io"_s, u"ua"_s, u"id.gov.ua"_s});
        QCOMPARE(policy.hosts(), QStringList({u"diia.gov.ua"_s, u"id.gov.ua"_s}));
        QCOMPARE(policy.check(QUrl(u"https://tax.gov.ua/"_s), Kind::MainFrame), Reason::OtherHost);
        QCOMPARE(
            policy.check(QUrl(u"https://evil.github.io/"_s), Kind::MainFrame), Reason::OtherHost);
        QCOMPARE(policy.check(QUrl(u"https://shop.com.ua/"_s), Kind::MainFrame), Reason::OtherHost);
        const NavigationPolicy suffixPortal(QUrl(u"https://github.io/"_s), {});
        QVERIFY(suffixPortal.hosts().isEmpty());
        QVERIFY(!suffixPortal.allows(QUrl(u"https://evil.github.io/"_s), Kind::MainFrame));
        QVERIFY(Mist::PublicSuffix::isPublicSuffix(u"gov.ua"_s));
        QVERIFY(Mist::PublicSuffix::isPublicSuffix(u"com.ua"_s));
        QVERIFY(Mist::PublicSuffix::isPublicSuffix(u"github.io"_s));
        QVERIFY(!Mist::PublicSuffix::isPublicSuffix(u"diia.gov.ua"_s));
        QVERIFY(!Mist::PublicSuffix::isPublicSuffix(u"mist.github.io"_s));
    }

    void noPortalAllowsNothing()
    {
        const NavigationPolicy none;
        QVERIFY(none.hosts().isEmpty());
        QCOMPARE(none.check(QUrl(u"https://diia.gov.ua/"_s), Kind::MainFrame), Reason::OtherHost);
        // A start URL that is not https gives no portal hosts either.
        const NavigationPolicy plain(QUrl(u"http://diia.gov.ua/"_s), {u"id.gov.ua"_s});
        QVERIFY(plain.hosts().isEmpty());
        QVERIFY(!plain.allows(QUrl(u"https://id.gov.ua/"_s), Kind::MainFrame));
        const NavigationPolicy withUser(QUrl(u"https://u@diia.gov.ua/"_s), {});
        QVERIFY(withUser.hosts().isEmpty());
    }

    void forPortalUsesUrlAndLoginHosts()
    {
        Mist::PortalEntry entry;
        entry.url = QUrl(u"https://cabinet.tax.gov.ua/"_s);
        entry.loginHosts = {u"id.gov.ua"_s};
        const NavigationPolicy policy = NavigationPolicy::forPortal(entry);
        QCOMPARE(policy.startUrl(), entry.url);
        QVERIFY(policy.allows(QUrl(u"https://id.gov.ua/"_s), Kind::MainFrame));
        QVERIFY(!policy.allows(QUrl(u"https://tax.gov.ua/"_s), Kind::MainFrame));
    }
};

QTEST_GUILESS_MAIN(TestNavigationPolicy)

#include "tst_navigationpolicy.moc"
