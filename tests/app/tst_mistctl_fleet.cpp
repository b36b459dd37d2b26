// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The regional tools as a regional office runs them (issue 21):
// - `mistctl logs export --out` writes a signed manifest, and `mistctl report merge` adds up the
//   exports of several demo-seeded kiosks: totals equal the kiosks' own reports, an export given
//   twice counts once, and a tampered, cut, unsigned or wrongly signed export is refused.
// - the feed publisher's cycle: `mistctl feed build --sign` (and the `minisign -S` way), checked
//   by `minisign -V` and `mistctl feed verify`, served over HTTPS on 127.0.0.1 and accepted by
//   the kiosk's own DirectorySync (`mistctl directory sync`); a key rotation; tampering refused.

#include "testhttpsserver.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using MistTest::TestHttpsServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

Run mistctl(const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(MISTCTL_PATH), arguments, input);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

bool copyExport(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), u".manifest.json"_s, u".manifest.json.minisig"_s}) {
        QFile::remove(to + suffix);
        if (!QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

QJsonObject entry(const QString &id, const QString &nameUk, const QString &url)
{
    return QJsonObject {
        {u"id"_s, id},
        {u"name"_s, QJsonObject {{u"uk"_s, nameUk}, {u"en"_s, u"A portal"_s}}},
        {u"description"_s,
            QJsonObject {{u"uk"_s, u"Опис порталу."_s}, {u"en"_s, u"A description."_s}}},
        {u"scope"_s, QJsonObject {{u"level"_s, u"national"_s}}},
        {u"categories"_s, QJsonArray {u"other"_s}},
        {u"online"_s, QJsonObject {{u"url"_s, url}}},
    };
}

QByteArray source(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject {{u"entries"_s, entries}}).toJson();
}

} // namespace

class TestMistctlFleet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDate m_month; // last month: wholly inside the demo data
    QString m_exportA;
    QString m_exportB;
    QJsonObject m_reportA;
    QJsonObject m_reportB;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A kiosk's data dir with demo usage; its month report and its signed NDJSON export.
    bool makeKiosk(const QString &name, int seed, QString *exportPath, QJsonObject *report)
    {
        const QString dataDir = path(name);
        if (mistctl({u"--data-dir"_s, dataDir, u"demo"_s, u"seed"_s, u"--days"_s, u"70"_s,
                        u"--seed"_s, QString::number(seed)})
                .exitCode
            != 0)
            return false;
        const Run reportRun = mistctl({u"--data-dir"_s, dataDir, u"report"_s, u"--month"_s,
            m_month.toString(u"yyyy-MM"), u"--format"_s, u"json"_s});
        *report = QJsonDocument::fromJson(reportRun.out).object();
        *exportPath = path(name + u".ndjson"_s);
        const QDate last = m_month.addMonths(1).addDays(-1);
        const Run exportRun = mistctl({u"--data-dir"_s, dataDir, u"logs"_s, u"export"_s,
            u"--format"_s, u"ndjson"_s, u"--from"_s, m_month.toString(Qt::ISODate), u"--to"_s,
            last.toString(Qt::ISODate), u"--out"_s, *exportPath});
        return reportRun.exitCode == 0 && exportRun.exitCode == 0;
    }

    static QJsonObject mergeJson(const QStringList &arguments, int expectedExit)
    {
        const Run run
            = mistctl(QStringList {u"report"_s, u"merge"_s, u"--format"_s, u"json"_s} + arguments);
        if (run.exitCode != expectedExit)
            qWarning("report merge exited %d: %s", run.exitCode, run.err.constData());
        return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out).object()
                                            : QJsonObject();
    }

    QStringList monthArgs() const { return {u"--month"_s, m_month.toString(u"yyyy-MM")}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_month = QDate::currentDate().addMonths(-1);
        m_month = QDate(m_month.year(), m_month.month(), 1);
        QVERIFY(makeKiosk(u"kiosk-a"_s, 1, &m_exportA, &m_reportA));
        QVERIFY(makeKiosk(u"kiosk-b"_s, 2, &m_exportB, &m_reportB));
        QVERIFY(m_reportA[u"sessions"_s].toInteger() > 0);
    }

    void exportHasASignedManifest()
    {
        const QJsonObject manifest
            = QJsonDocument::fromJson(readFile(m_exportA + u".manifest.json"_s)).object();
        QCOMPARE(manifest[u"format"_s].toString(), u"mist-usage-export"_s);
        QCOMPARE(manifest[u"file"_s].toString(), u"kiosk-a.ndjson"_s);
        QCOMPARE(manifest[u"kioskId"_s].toString(),
            QString::fromLatin1(readFile(path(u"kiosk-a/kiosk-id"_s)).trimmed()));
        QCOMPARE(manifest[u"events"_s].toInteger(), readFile(m_exportA).count('\n'));
        QCOMPARE(manifest[u"sha256"_s].toString().size(), 64);
        QVERIFY(QFile::exists(path(u"kiosk-a/export-key"_s)));
        QCOMPARE(QFile::permissions(path(u"kiosk-a/export-key"_s))
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        // The real minisign accepts the kiosk's signature.
        const QString minisign = QStandardPaths::findExecutable(u"minisign"_s);
        if (!minisign.isEmpty()) {
            const Run check = runProgram(minisign,
                {u"-V"_s, u"-P"_s, manifest[u"publicKey"_s].toString(), u"-m"_s,
                    m_exportA + u".manifest.json"_s});
            QVERIFY2(check.exitCode == 0, check.err.constData());
        }
    }

    void mergeAddsUpTheKiosks()
    {
        const QJsonObject merged = mergeJson(monthArgs() << m_exportA << m_exportB, 0);
        QCOMPARE(merged[u"libraries"_s].toArray().size(), 2);
        const QJsonObject totals = merged[u"totals"_s].toObject();
        for (const QString &figure : {u"sessions"_s, u"portalOpens"_s, u"trainingViews"_s}) {
            QVERIFY(m_reportA[figure].toInteger() > 0);
            QCOMPARE(totals[figure].toInteger(),
                m_reportA[figure].toInteger() + m_reportB[figure].toInteger());
        }
        // Each library's line is that kiosk's own report.
        for (const QJsonValue &library : merged[u"libraries"_s].toArray()) {
            const QString file = library[u"files"_s][0].toString();
            const QJsonObject &own = file == m_exportA ? m_reportA : m_reportB;
            QCOMPARE(
                library[u"report"_s][u"sessions"_s].toInteger(), own[u"sessions"_s].toInteger());
            QCOMPARE(library[u"report"_s][u"medianSessionMs"_s].toInteger(),
                own[u"medianSessionMs"_s].toInteger());
        }
        QCOMPARE(merged[u"duplicateEvents"_s].toInteger(), 0);
        QCOMPARE(merged[u"refused"_s].toArray().size(), 0);
    }

    void duplicatesCountOnce()
    {
        const QString copy = path(u"stick/kiosk-a-again.ndjson"_s);
        QVERIFY(QDir().mkpath(path(u"stick"_s)));
        QVERIFY(copyExport(m_exportA, copy));
        const QJsonObject merged
            = mergeJson(monthArgs() << m_exportA << m_exportB << copy << m_exportA, 0);
        QCOMPARE(merged[u"libraries"_s].toArray().size(), 2);
        QCOMPARE(merged[u"totals"_s][u"sessions"_s].toInteger(),
            m_reportA[u"sessions"_s].toInteger() + m_reportB[u"sessions"_s].toInteger());
        const qint64 lines = readFile(m_exportA).count('\n');
        QCOMPARE(merged[u"duplicateEvents"_s].toInteger(), 2 * lines);
    }

    void overlappingExportsCountOnce()
    {
        // Two exports of kiosk A whose periods overlap by a week cover the month once.
        const QString dataDir = path(u"kiosk-a"_s);
        const QString first = path(u"part1.ndjson"_s);
        const QString second = path(u"part2.ndjson"_s);
        const QDate last = m_month.addMonths(1).addDays(-1);
        QCOMPARE(mistctl({u"--data-dir"_s, dataDir, u"logs"_s, u"export"_s, u"--format"_s,
                             u"ndjson"_s, u"--from"_s, m_month.toString(Qt::ISODate), u"--to"_s,
                             m_month.addDays(20).toString(Qt::ISODate), u"--out"_s, first})
                     .exitCode,
            0);
        QCOMPARE(mistctl({u"--data-dir"_s, dataDir, u"logs"_s, u"export"_s, u"--format"_s,
                             u"ndjson"_s, u"--from"_s, m_month.addDays(13).toString(Qt::ISODate),
                             u"--to"_s, last.toString(Qt::ISODate), u"--out"_s, second})
                     .exitCode,
            0);
        const QJsonObject merged = mergeJson(monthArgs() << first << second, 0);
        QCOMPARE(merged[u"libraries"_s].toArray().size(), 1);
        QCOMPARE(
            merged[u"totals"_s][u"sessions"_s].toInteger(), m_reportA[u"sessions"_s].toInteger());
        QCOMPARE(merged[u"totals"_s][u"portalOpens"_s].toInteger(),
            m_reportA[u"portalOpens"_s].toInteger());
        QVERIFY(merged[u"duplicateEvents"_s].toInteger() > 0);
    }

    void damagedExportsAreRefused()
    {
        const QByteArray original = readFile(m_exportA);
        // One event changed: same size, different hash.
        const QString changed = path(u"changed.ndjson"_s);
        QVERIFY(copyExport(m_exportA, changed));
        QByteArray edited = original;
        const qsizetype at = edited.indexOf("\"portal_opened\"");
        QVERIFY(at > 0);
        edited.replace(at, 15, "\"portal_opxned\"");
        QVERIFY(writeFile(changed, edited));
        // Cut short, as a copy interrupted by pulling the stick out.
        const QString cut = path(u"cut.ndjson"_s);
        QVERIFY(copyExport(m_exportA, cut));
        QVERIFY(writeFile(cut, original.left(original.size() / 2)));
        // The manifest edited to match a changed file: its signature fails.
        const QString forged = path(u"forged.ndjson"_s);
        QVERIFY(copyExport(m_exportA, forged));
        QByteArray manifest = readFile(forged + u".manifest.json"_s);
        manifest.replace("\"library\"", "\"library\" ");
        QVERIFY(writeFile(forged + u".manifest.json"_s, manifest));
        // No manifest at all.
        const QString bare = path(u"bare.ndjson"_s);
        QVERIFY(writeFile(bare, original));

        const Run run = mistctl(QStringList {u"report"_s, u"merge"_s, u"--format"_s, u"json"_s}
            + monthArgs() + QStringList {changed, cut, forged, bare, m_exportB});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject merged = QJsonDocument::fromJson(run.out).object();
        QHash<QString, QString> reasons;
        for (const QJsonValue &item : merged[u"refused"_s].toArray())
            reasons.insert(item[u"file"_s].toString(), item[u"reason"_s].toString());
        QCOMPARE(reasons.size(), 4);
        QVERIFY2(reasons[changed].contains(u"SHA-256"_s), qPrintable(reasons[changed]));
        QVERIFY2(reasons[cut].contains(u"bytes"_s), qPrintable(reasons[cut]));
        QVERIFY2(reasons[forged].contains(u"signature"_s), qPrintable(reasons[forged]));
        QVERIFY2(reasons[bare].contains(u"no manifest"_s), qPrintable(reasons[bare]));
        QVERIFY(run.err.contains("refused"));
        // What was accepted is still reported.
        QCOMPARE(
            merged[u"totals"_s][u"sessions"_s].toInteger(), m_reportB[u"sessions"_s].toInteger());
    }

    void pinnedKeys()
    {
        // Only kiosk B's key is trusted: A's export is refused even though it is intact.
        const QString keyB = QJsonDocument::fromJson(readFile(m_exportB + u".manifest.json"_s))
                                 .object()[u"publicKey"_s]
                                 .toString();
        const QJsonObject merged
            = mergeJson(monthArgs() << u"--pubkey"_s << keyB << m_exportA << m_exportB, 1);
        QCOMPARE(merged[u"libraries"_s].toArray().size(), 1);
        QCOMPARE(merged[u"refused"_s][0][u"file"_s].toString(), m_exportA);
        QVERIFY(merged[u"refused"_s][0][u"reason"_s].toString().contains(u"key"_s));
    }

    void textAndHtml()
    {
        const Run text = mistctl(QStringList {u"report"_s, u"merge"_s} + monthArgs()
            + QStringList {m_exportA, m_exportB});
        QCOMPARE(text.exitCode, 0);
        const qint64 total
            = m_reportA[u"sessions"_s].toInteger() + m_reportB[u"sessions"_s].toInteger();
        QVERIFY2(text.out.contains("Усього / Total"), text.out.constData());
        QVERIFY(text.out.contains(QByteArray::number(total)));
        const Run html = mistctl(QStringList {u"report"_s, u"merge"_s, u"--format"_s, u"html"_s}
            + monthArgs() + QStringList {m_exportA, m_exportB});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("<tr class=total>"));
        QVERIFY(html.out.contains(QByteArray::number(total)));
        // Bad usage.
        QCOMPARE(mistctl({u"report"_s, u"merge"_s, m_exportA}).exitCode, 2);
        QCOMPARE(mistctl(QStringList {u"report"_s, u"merge"_s} + monthArgs()).exitCode, 2);
    }

    void feedPublishCycle()
    {
        const QString minisign = QStandardPaths::findExecutable(u"minisign"_s);
        if (minisign.isEmpty())
            QSKIP("minisign is not installed (deploy/packages.txt lists it)");
        const QString keys = path(u"keys"_s);
        const QString pub = path(u"pub"_s);
        QVERIFY(QDir().mkpath(keys) && QDir().mkpath(pub));
        for (const QString &name : {u"old"_s, u"new"_s}) {
            const Run made = runProgram(minisign,
                {u"-G"_s, u"-W"_s, u"-p"_s, keys + u"/"_s + name + u".pub"_s, u"-s"_s,
                    keys + u"/"_s + name + u".key"_s});
            QVERIFY2(made.exitCode == 0, made.err.constData());
        }
        const QString feed = pub + u"/directory.json"_s;
        const QString src = path(u"source.json"_s);

        // A source with an invalid entry (a public suffix as the portal's host) is refused.
        QVERIFY(writeFile(src,
            source({entry(u"one"_s, u"Перший"_s, u"https://one.example.org/"_s),
                entry(u"suffix"_s, u"Суфікс"_s, u"https://gov.ua/"_s)})));
        const Run refused = mistctl({u"feed"_s, u"build"_s, src, u"--out"_s, feed});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("suffix"), refused.err.constData());
        QVERIFY(!QFile::exists(feed));

        // Version 1, signed with the old key.
        QVERIFY(writeFile(src,
            source({entry(u"one"_s, u"Перший"_s, u"https://one.example.org/"_s),
                entry(u"two"_s, u"Другий"_s, u"https://two.example.org/"_s)})));
        Run built = mistctl(
            {u"feed"_s, u"build"_s, src, u"--out"_s, feed, u"--sign"_s, keys + u"/old.key"_s});
        QVERIFY2(built.exitCode == 0, built.err.constData());
        QVERIFY2(built.out.contains("version:  1\n"), built.out.constData());
        QVERIFY(built.out.contains("no previous feed"));
        QVERIFY(built.out.contains("signed:"));
        Run check = runProgram(minisign, {u"-V"_s, u"-p"_s, keys + u"/old.pub"_s, u"-m"_s, feed});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        check = mistctl({u"feed"_s, u"verify"_s, u"--pubkey"_s, keys + u"/old.pub"_s, feed});
        QVERIFY2(check.exitCode == 0, check.err.constData());

        // The kiosk fetches it over HTTPS; it trusts both keys during the change-over.
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        QVERIFY(server.start());
        auto publish = [&] {
            server.setRoute(u"/directory.json"_s, TestHttpsServer::text(readFile(feed)));
            server.setRoute(u"/directory.json.minisig"_s,
                TestHttpsServer::text(readFile(feed + u".minisig"_s)));
        };
        const QString kiosk = path(u"kiosk-feed"_s);
        QVERIFY(QDir().mkpath(kiosk));
        const QString config = kiosk + u"/mist.conf"_s;
        QVERIFY(writeFile(config,
            "[directory]\nfeed_url=" + server.url(u"/directory.json"_s).toEncoded()
                + "\npublic_keys=" + (keys + u"/old.pub,"_s + keys + u"/new.pub"_s).toUtf8()
                + "\nca_bundle=" + TestHttpsServer::caCertificatePath().toUtf8() + '\n'));
        auto sync = [&] {
            return mistctl(
                {u"--data-dir"_s, kiosk, u"--config"_s, config, u"directory"_s, u"sync"_s});
        };
        auto kioskVersion = [&] {
            const Run status = mistctl(
                {u"--data-dir"_s, kiosk, u"--config"_s, config, u"status"_s, u"--json"_s});
            return QJsonDocument::fromJson(status.out)[u"directory"_s][u"version"_s].toInt();
        };
        publish();
        Run synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(kioskVersion(), 1);

        // Version 2: one added, one changed, one removed; signed with the new key (rotation).
        QVERIFY(writeFile(src,
            source({entry(u"one"_s, u"Перший, новий"_s, u"https://one.example.org/"_s),
                entry(u"three"_s, u"Третій"_s, u"https://three.example.org/"_s)})));
        built = mistctl(
            {u"feed"_s, u"build"_s, src, u"--out"_s, feed, u"--sign"_s, keys + u"/new.key"_s});
        QVERIFY2(built.exitCode == 0, built.err.constData());
        QVERIFY2(built.out.contains("version:  2 (previous 1)\n"), built.out.constData());
        QVERIFY(built.out.contains("  added    three\n"));
        QVERIFY(built.out.contains("  changed  one (name)\n"));
        QVERIFY(built.out.contains("  removed  two\n"));
        publish();
        synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(kioskVersion(), 2);

        // A rollback is refused by build itself.
        QCOMPARE(mistctl({u"feed"_s, u"build"_s, src, u"--out"_s, feed, u"--version"_s, u"2"_s})
                     .exitCode,
            1);

        // Version 3 signed the other documented way, with minisign -S and the printed comment.
        built = mistctl({u"feed"_s, u"build"_s, src, u"--out"_s, feed, u"--json"_s});
        QVERIFY2(built.exitCode == 0, built.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(built.out).object();
        QCOMPARE(result[u"version"_s].toInteger(), 3);
        QVERIFY(!QFile::exists(feed + u".minisig"_s)); // the old signature is not left behind
        const Run signedByTool = runProgram(minisign,
            {u"-S"_s, u"-s"_s, keys + u"/old.key"_s, u"-m"_s, feed, u"-t"_s,
                result[u"trustedComment"_s].toString()});
        QVERIFY2(signedByTool.exitCode == 0, signedByTool.err.constData());

        // Tampered after signing: refused, and the kiosk keeps version 2.
        const QByteArray good = readFile(feed);
        QByteArray bad = good;
        bad.replace("three.example.org", "three.example.net");
        QVERIFY(writeFile(feed, bad));
        publish();
        synced = sync();
        QCOMPARE(synced.exitCode, 1);
        QCOMPARE(kioskVersion(), 2);

        // The untouched file is accepted.
        QVERIFY(writeFile(feed, good));
        publish();
        synced = sync();
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(kioskVersion(), 3);
    }

    void encryptedSecretKey()
    {
        // minisign's own encrypted key (scrypt, 1 GiB): the right password signs, a wrong one
        // is refused and writes nothing.
        const QString minisign = QStandardPaths::findExecutable(u"minisign"_s);
        if (minisign.isEmpty())
            QSKIP("minisign is not installed");
        const QString key = path(u"keys/encrypted.key"_s);
        const QString pubKey = path(u"keys/encrypted.pub"_s);
        QVERIFY(QDir().mkpath(path(u"keys"_s)));
        const Run made = runProgram(
            minisign, {u"-G"_s, u"-p"_s, pubKey, u"-s"_s, key}, "correct horse\ncorrect horse\n");
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString src = path(u"enc-source.json"_s);
        QVERIFY(
            writeFile(src, source({entry(u"one"_s, u"Перший"_s, u"https://one.example.org/"_s)})));
        const QString feed = path(u"enc/directory.json"_s);
        QVERIFY(QDir().mkpath(path(u"enc"_s)));
        QVERIFY(writeFile(path(u"wrong"_s), "battery staple\n"));
        const Run wrong = mistctl({u"feed"_s, u"build"_s, src, u"--out"_s, feed, u"--sign"_s, key,
            u"--password-file"_s, path(u"wrong"_s)});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("wrong password"), wrong.err.constData());
        QVERIFY(!QFile::exists(feed));
        const Run right = mistctl(
            {u"feed"_s, u"build"_s, src, u"--out"_s, feed, u"--sign"_s, key}, "correct horse\n");
        QVERIFY2(right.exitCode == 0, right.err.constData());
        const Run check = runProgram(minisign, {u"-V"_s, u"-p"_s, pubKey, u"-m"_s, feed});
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMistctlFleet)
#include "tst_mistctl_fleet.moc"
