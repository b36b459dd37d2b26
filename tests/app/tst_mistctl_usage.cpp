// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mistctl logs export, report, demo seed, api enable|disable|token new and usb drives|export,
// run as an admin would.

#include "api/apisettings.h"
#include "api/apitoken.h"
#include "usage/usagestore.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

using Run = MistTest::ProgramRun;

Run mistctl(const QStringList &arguments)
{
    return MistTest::runProgram(QStringLiteral(MISTCTL_PATH), arguments);
}

} // namespace

class TestMistctlUsage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedReportExport()
    {
        QTemporaryDir dir;
        const QStringList data {u"--data-dir"_s, dir.path()};
        Run seed = mistctl(QStringList {u"demo"_s, u"seed"_s, u"--days"_s, u"40"_s,
                               u"--sessions-per-day"_s, u"10"_s, u"--seed"_s, u"3"_s}
            + data);
        QVERIFY2(seed.exitCode == 0, seed.err.constData());
        QVERIFY(seed.out.contains("demo sessions"));

        const QString month = QDate::currentDate().addDays(-20).toString(u"yyyy-MM"_s);
        Run json = mistctl(
            QStringList {u"report"_s, u"--month"_s, month, u"--format"_s, u"json"_s} + data);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QVERIFY(report.value(u"sessions"_s).toInt() > 0);
        QVERIFY(report.value(u"synthetic"_s).toBool());
        Run html = mistctl(
            QStringList {u"report"_s, u"--month"_s, month, u"--format"_s, u"html"_s} + data);
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains("<svg"));
        Run text = mistctl(QStringList {u"report"_s, u"--month"_s, month} + data);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Sessions (citizens served)"));

        const QString out = dir.filePath(u"export.csv"_s);
        const QString from = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        Run csv = mistctl(QStringList {u"logs"_s, u"export"_s, u"--from"_s, from, u"--to"_s, to,
                              u"--format"_s, u"csv"_s, u"--bom"_s, u"--out"_s, out}
            + data);
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFtime_utc,"));
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QCOMPARE(bytes.count("\r\n"), store.count() + 1);

        Run ndjson = mistctl(QStringList {u"logs"_s, u"export"_s, u"--from"_s, from, u"--to"_s, to,
                                 u"--format"_s, u"ndjson"_s}
            + data);
        QCOMPARE(ndjson.exitCode, 0);
        QCOMPARE(ndjson.out.count('\n'), store.count());

        // Real use: demo data is refused from now on.
        QVERIFY(store.append({{QDateTime::currentMSecsSinceEpoch(), u"k"_s, u"s"_s,
            UsageEvent::Type::SessionStarted, {}, {}, false}}));
        Run refused = mistctl(QStringList {u"demo"_s, u"seed"_s, u"--days"_s, u"1"_s} + data);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("real events"));
    }

    // The month's reports to a USB stick in a fake mount root, with the global options before
    // and after the command words.
    void usbExport()
    {
        QTemporaryDir dir;
        QTemporaryDir root;
        const auto write = [](const QString &path, const QByteArray &text) {
            QDir().mkpath(QFileInfo(path).path());
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        QVERIFY(write(root.filePath(u"proc/mounts"_s),
            "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /media/mist/STICK vfat rw 0 0\n"));
        QVERIFY(write(root.filePath(u"sys/block/sda/removable"_s), "0\n"));
        QVERIFY(write(root.filePath(u"sys/block/sdb/removable"_s), "1\n"));
        QVERIFY(QDir().mkpath(root.filePath(u"media/mist/STICK"_s)));
        const QStringList fake {u"--mount-root"_s, root.path()};

        Run drives = mistctl(QStringList {u"--json"_s, u"usb"_s, u"drives"_s} + fake);
        QCOMPARE(drives.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(drives.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"label"_s].toString(), u"STICK"_s);

        // No usage log yet: said plainly.
        Run empty
            = mistctl(QStringList {u"usb"_s, u"export"_s, u"--data-dir"_s, dir.path()} + fake);
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains("no usage log"), empty.err.constData());

        QCOMPARE(mistctl({u"--data-dir"_s, dir.path(), u"demo"_s, u"seed"_s, u"--days"_s, u"3"_s,
                             u"--seed"_s, u"1"_s})
                     .exitCode,
            0);
        const QString month = QDate::currentDate().toString(u"yyyy-MM"_s);
        Run done = mistctl(QStringList {u"--data-dir"_s, dir.path(), u"usb"_s, u"export"_s,
                               u"--month"_s, month, u"--drive"_s, u"stick"_s}
            + fake);
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY(done.out.contains("you can remove the stick"));
        const QStringList files = QDir(root.filePath(u"media/mist/STICK/Mist"_s))
                                      .entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(files.size(), 2);
        QVERIFY(files[0].startsWith(u"mist-report-"_s + month));
        QVERIFY(files[1].startsWith(u"mist-usage-"_s + month));
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QCOMPARE(store.countOf(
                     UsageEvent::Type::AdminAction, 0, QDateTime::currentMSecsSinceEpoch() + 1000),
            1);

        Run wrong = mistctl(QStringList {u"usb"_s, u"export"_s, u"--drive"_s, u"OTHER"_s,
                                u"--data-dir"_s, dir.path()}
            + fake);
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(mistctl(QStringList {u"usb"_s, u"export"_s, u"--month"_s, u"2026-13"_s} + fake)
                     .exitCode,
            2);
        QTemporaryDir noStick;
        QVERIFY(write(noStick.filePath(u"proc/mounts"_s), "/dev/sda1 / ext4 rw 0 0\n"));
        Run none = mistctl({u"usb"_s, u"export"_s, u"--data-dir"_s, dir.path(), u"--mount-root"_s,
            noStick.path()});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("no USB stick found"));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export without dates") << QStringList {u"logs"_s, u"export"_s};
        QTest::newRow("export bad format") << QStringList {u"logs"_s, u"export"_s, u"--from"_s,
            u"2026-01-01"_s, u"--to"_s, u"2026-01-02"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("export bad date") << QStringList {
            u"logs"_s, u"export"_s, u"--from"_s, u"yesterday"_s, u"--to"_s, u"2026-01-02"_s};
        QTest::newRow("report bad month") << QStringList {u"report"_s, u"--month"_s, u"2026-13"_s};
        QTest::newRow("report bad format")
            << QStringList {u"report"_s, u"--month"_s, u"2026-01"_s, u"--format"_s, u"pdf"_s};
        QTest::newRow("seed without days") << QStringList {u"demo"_s, u"seed"_s};
        QTest::newRow("seed bad days") << QStringList {u"demo"_s, u"seed"_s, u"--days"_s, u"0"_s};
        QTest::newRow("api bad listen")
            << QStringList {u"api"_s, u"enable"_s, u"--listen"_s, u"example.org:80"_s};
        QTest::newRow("api LAN without TLS")
            << QStringList {u"api"_s, u"enable"_s, u"--listen"_s, u"0.0.0.0:9123"_s};
        QTest::newRow("api LAN address without TLS")
            << QStringList {u"api"_s, u"enable"_s, u"--listen"_s, u"10.0.0.5:8787"_s};
        QTest::newRow("api cert without key")
            << QStringList {u"api"_s, u"enable"_s, u"--tls-cert"_s, u"x.pem"_s};
    }

    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const Run run = mistctl(arguments + QStringList {u"--data-dir"_s, dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void api()
    {
        QTemporaryDir dir;
        const QStringList data {u"--data-dir"_s, dir.path()};
        Run enable = mistctl(QStringList {u"api"_s, u"enable"_s, u"--listen"_s, u"0.0.0.0:9123"_s,
                                 u"--allow-plaintext"_s}
            + data);
        QCOMPARE(enable.exitCode, 0);
        ApiSettings settings = ApiSettings::load(dir.path());
        QVERIFY(settings.enabled);
        QCOMPARE(settings.port, quint16(9123));
        QCOMPARE(settings.address, QHostAddress(QHostAddress::AnyIPv4));

        Run token = mistctl(QStringList {u"api"_s, u"token"_s, u"new"_s} + data);
        QCOMPARE(token.exitCode, 0);
        const QString printed = QString::fromLatin1(token.out.trimmed());
        QVERIFY(printed.startsWith(u"mist_"_s));
        QFile file(dir.filePath(u"staff-api.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains(printed.toLatin1())); // only the hash is kept
        QVERIFY(ApiToken::verify(printed, ApiSettings::load(dir.path()).tokenHash));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());

        Run disable = mistctl(QStringList {u"api"_s, u"disable"_s} + data);
        QCOMPARE(disable.exitCode, 0);
        settings = ApiSettings::load(dir.path());
        QVERIFY(!settings.enabled);
        QVERIFY(!settings.tokenHash.isEmpty()); // the token survives a disable
    }

    // Hole 6: no plain HTTP on the LAN by accident; a loud warning when an admin insists.
    void apiPlaintextOnNetwork()
    {
        QTemporaryDir dir;
        const QStringList data {u"--data-dir"_s, dir.path()};
        Run refused
            = mistctl(QStringList {u"api"_s, u"enable"_s, u"--listen"_s, u"0.0.0.0:9123"_s} + data);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("--allow-plaintext"));
        QVERIFY(!ApiSettings::load(dir.path()).enabled);

        Run help = mistctl({u"api"_s, u"enable"_s, u"--help"_s});
        QVERIFY(help.out.contains("--tls-cert"));
        QVERIFY(!help.out.contains("0.0.0.0:8787 for the LAN."));

        Run status = mistctl(QStringList {u"status"_s} + data);
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains("staff API:       off"));
        QVERIFY(!status.out.contains("WARNING"));

        Run local = mistctl(QStringList {u"api"_s, u"enable"_s} + data);
        QCOMPARE(local.exitCode, 0);
        QVERIFY(!local.err.contains("WARNING"));
        QVERIFY(!mistctl(QStringList {u"status"_s} + data).out.contains("WARNING"));

        Run allowed = mistctl(QStringList {u"api"_s, u"enable"_s, u"--listen"_s, u"0.0.0.0:9123"_s,
                                  u"--allow-plaintext"_s}
            + data);
        QCOMPARE(allowed.exitCode, 0);
        QVERIFY(allowed.err.contains("WARNING"));
        status = mistctl(QStringList {u"status"_s} + data);
        QVERIFY2(status.out.contains("WARNING: plain HTTP on a network address"),
            status.out.constData());
        Run json = mistctl(QStringList {u"status"_s, u"--json"_s} + data);
        const QJsonObject api
            = QJsonDocument::fromJson(json.out).object().value(u"api"_s).toObject();
        QCOMPARE(api.value(u"plaintextOnNetwork"_s).toBool(), true);
        QCOMPARE(api.value(u"listen"_s).toString(), u"0.0.0.0:9123"_s);

        // Enabling again without the flag (e.g. to change nothing else) is refused again.
        QCOMPARE(mistctl(QStringList {u"api"_s, u"enable"_s} + data).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestMistctlUsage)
#include "tst_mistctl_usage.moc"
