// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// `mistctl feed verify` on the signed fixtures in tests/data/feed/signed (made by
// make-fixtures.sh there): exit code 0 for a good feed, 1 with the reason for a bad one, 2 for a
// wrong command line.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString fixture(const QString &name)
{
    return QStringLiteral(MIST_TEST_DATA_DIR) + u"/feed/signed/"_s + name;
}

Run mistctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MISTCTL_PATH), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run verify(const QString &feed, const QStringList &extra = {})
{
    return mistctl(QStringList {u"feed"_s, u"verify"_s, u"--pubkey"_s, fixture(u"test.pub"_s)}
        + extra + QStringList {fixture(feed)});
}

} // namespace

class TestFeedVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFeed()
    {
        const Run run = verify(u"feed.json"_s);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("version:         3\n"));
        QVERIFY(run.out.contains("entries:         2 accepted, 1 dropped\n"));
        QVERIFY(run.out.contains("dropped plain-http: online.url is not https"));
        QVERIFY(run.out.contains("expires:         2099-01-01T00:00:00Z\n"));
        QVERIFY(run.out.contains(
            "trusted comment: mist-feed version=3 expires=2099-01-01T00:00:00Z\n"));
        QVERIFY(run.out.contains("result:          valid\n"));
        // stderr carries only the parser's log line for the dropped entry, no error.
        QVERIFY2(!run.err.contains("mistctl feed verify:"), run.err.constData());
    }

    void validFeedAsJson()
    {
        const Run run = verify(u"feed.json"_s, {u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(report.value(u"valid"_s).toBool(), true);
        QCOMPARE(report.value(u"version"_s).toInteger(), 3);
        QCOMPARE(report.value(u"entries"_s).toInteger(), 2);
        QCOMPARE(report.value(u"expires"_s).toString(), u"2099-01-01T00:00:00Z"_s);
        const QJsonArray dropped = report.value(u"dropped"_s).toArray();
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).toObject().value(u"entry"_s).toString(), u"plain-http"_s);
        const QJsonObject signature = report.value(u"signature"_s).toObject();
        QCOMPARE(signature.value(u"algorithm"_s).toString(), u"ED"_s);
        QCOMPARE(signature.value(u"keyId"_s).toString().size(), 16);
        QVERIFY(!report.contains(u"error"_s));
    }

    // Hole 13: only minisign's "ED" signatures are accepted.
    void legacySignature()
    {
        const Run run = verify(u"legacy.json"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains("legacy \"Ed\" signatures are not accepted"), run.err.constData());
    }

    void explicitSignatureFile()
    {
        const Run run = mistctl({u"feed"_s, u"verify"_s, u"--pubkey"_s, fixture(u"test.pub"_s),
            fixture(u"feed.json"_s), fixture(u"feed.json.minisig"_s)});
        QCOMPARE(run.exitCode, 0);
        // The right file with another file's signature.
        const Run wrong = mistctl({u"feed"_s, u"verify"_s, u"--pubkey"_s, fixture(u"test.pub"_s),
            fixture(u"feed.json"_s), fixture(u"expired.json.minisig"_s)});
        QCOMPARE(wrong.exitCode, 1);
    }

    void severalKeys()
    {
        const Run run = mistctl({u"feed"_s, u"verify"_s, u"--pubkey"_s, fixture(u"other.pub"_s),
            u"--pubkey"_s, fixture(u"test.pub"_s), fixture(u"feed.json"_s)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("reason");
        const QStringList key {u"--pubkey"_s, fixture(u"test.pub"_s)};
        QTest::newRow("tampered") << (key + QStringList {fixture(u"tampered.json"_s)})
                                  << QByteArray("signature: the signature does not match");
        QTest::newRow("unsigned") << (key + QStringList {fixture(u"unsigned.json"_s)})
                                  << QByteArray("no signature");
        QTest::newRow("unknown key") << QStringList {u"--pubkey"_s, fixture(u"other.pub"_s),
            fixture(u"feed.json"_s)} << QByteArray("not a configured key");
        QTest::newRow("expired") << (key + QStringList {fixture(u"expired.json"_s)})
                                 << QByteArray("expired at 2020-01-01T00:00:00Z");
        QTest::newRow("comment mismatch") << (key + QStringList {fixture(u"mismatch.json"_s)})
                                          << QByteArray("trusted comment says version 9");
        QTest::newRow("signature as key")
            << QStringList {u"--pubkey"_s, fixture(u"feed.json.minisig"_s), fixture(u"feed.json"_s)}
            << QByteArray("not a minisign public key");
        QTest::newRow("missing key file") << QStringList {u"--pubkey"_s, fixture(u"nope.pub"_s),
            fixture(u"feed.json"_s)} << QByteArray("cannot read");
        QTest::newRow("key as signature")
            << (key + QStringList {fixture(u"feed.json"_s), fixture(u"test.pub"_s)})
            << QByteArray("not a minisign signature file");
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, reason);
        const Run run = mistctl(QStringList {u"feed"_s, u"verify"_s} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QVERIFY(run.out.contains("result:          NOT valid\n"));
    }

    void refusedAsJson()
    {
        const Run run = verify(u"tampered.json"_s, {u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"valid"_s).toBool(true), false);
        QVERIFY(report.value(u"error"_s).toString().contains(u"signature"_s));
        QVERIFY(!report.contains(u"version"_s)); // never parsed
    }

    void badUsage()
    {
        QCOMPARE(mistctl({u"feed"_s, u"verify"_s, fixture(u"feed.json"_s)}).exitCode, 2);
        QCOMPARE(
            mistctl({u"feed"_s, u"verify"_s, u"--pubkey"_s, fixture(u"test.pub"_s)}).exitCode, 2);
        QCOMPARE(mistctl({u"feed"_s, u"verify"_s, u"--pubkey"_s, fixture(u"test.pub"_s), u"a"_s,
                             u"b"_s, u"c"_s})
                     .exitCode,
            2);
        const Run help = mistctl({u"--help"_s});
        QVERIFY(help.out.contains("feed verify"));
    }
};

QTEST_GUILESS_MAIN(TestFeedVerify)
#include "tst_feedverify.moc"
