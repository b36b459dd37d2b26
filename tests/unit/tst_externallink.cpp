// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ExternalLink: when the "another website" card may offer a QR code, and what the code carries
// (hole 5 of issue 13).

#include "browser/externallink.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Mist::ExternalLink;

class TestExternalLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("phoneUrl");
        QTest::addColumn<QString>("host");
        QTest::newRow("plain") << u"https://tax.gov.ua/"_s << u"https://tax.gov.ua/"_s
                               << u"tax.gov.ua"_s;
        QTest::newRow("path kept") << u"https://tax.gov.ua/a/b.html"_s
                                   << u"https://tax.gov.ua/a/b.html"_s << u"tax.gov.ua"_s;
        QTest::newRow("query dropped") << u"https://id.example/cb?code=SECRET&state=x"_s
                                       << u"https://id.example/cb"_s << u"id.example"_s;
        QTest::newRow("fragment dropped") << u"https://id.example/cb#access_token=SECRET"_s
                                          << u"https://id.example/cb"_s << u"id.example"_s;
        QTest::newRow("search text dropped")
            << u"https://search.example/?q=my+tax+number+1234567890"_s
            << u"https://search.example/"_s << u"search.example"_s;
        QTest::newRow("port kept")
            << u"https://a.example:8443/x"_s << u"https://a.example:8443/x"_s << u"a.example"_s;
        QTest::newRow("default port dropped")
            << u"https://a.example:443/x"_s << u"https://a.example/x"_s << u"a.example"_s;
        QTest::newRow("upper case host")
            << u"https://TAX.Gov.UA/x"_s << u"https://tax.gov.ua/x"_s << u"tax.gov.ua"_s;
        QTest::newRow("Cyrillic host of an unlisted TLD in ASCII")
            << u"https://дія.укр/x"_s << u"https://xn--d1a8cua.xn--j1amh/x"_s
            << u"xn--d1a8cua.xn--j1amh"_s; // .укр is not on Qt's IDN list: no homographs
    }

    void phone()
    {
        QFETCH(QString, address);
        QFETCH(QString, phoneUrl);
        QFETCH(QString, host);
        const ExternalLink link = ExternalLink::classify(QUrl(address));
        QCOMPARE(link.offer, ExternalLink::Offer::Phone);
        QCOMPARE(link.phoneUrl.toString(QUrl::FullyEncoded), phoneUrl);
        QCOMPARE(link.host, host);
        QVERIFY(!link.phoneUrl.hasQuery());
        QVERIFY(!link.phoneUrl.hasFragment());
    }

    void cannotOpen_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("http") << u"http://tax.gov.ua/"_s;
        QTest::newRow("http with query") << u"http://evil.example/?code=1"_s;
        QTest::newRow("user info") << u"https://diia.gov.ua@evil.example/"_s;
        QTest::newRow("user and password") << u"https://u:p@tax.gov.ua/"_s;
        QTest::newRow("ftp") << u"ftp://files.example/"_s;
        QTest::newRow("mailto") << u"mailto:someone@example.com"_s;
        QTest::newRow("tel") << u"tel:+380441234567"_s;
        QTest::newRow("intent") << u"intent://scan/#Intent;end"_s;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("data") << u"data:text/html,hi"_s;
        QTest::newRow("IP address") << u"https://192.168.1.1/"_s;
        QTest::newRow("loopback") << u"https://127.0.0.1:8443/"_s;
        QTest::newRow("localhost") << u"https://localhost/"_s;
        QTest::newRow("no host") << u"https:///x"_s;
        QTest::newRow("empty") << QString();
    }

    void cannotOpen()
    {
        QFETCH(QString, address);
        const ExternalLink link = ExternalLink::classify(QUrl(address));
        QCOMPARE(link.offer, ExternalLink::Offer::CannotOpen);
        QVERIFY(link.phoneUrl.isEmpty());
        QVERIFY(link.host.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExternalLink)

#include "tst_externallink.moc"
