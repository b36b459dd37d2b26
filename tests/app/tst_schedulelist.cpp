// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// `mistctl schedule list` as a librarian runs it: the bundled sample on a fresh kiosk, a
// calendar file given with --ics (Kyiv time with the offset, across a DST change), JSON, the
// calendar a kiosk stored, and bad input (exit code 1 with the reason, 2 for a wrong command
// line). `mistctl schedule sync` against a real HTTPS server on 127.0.0.1 (and its plain HTTP
// port, which must be refused), from the configuration and from --ics.

#include "schedule/schedulestore.h"
#include "testhttpsserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

using MistTest::TestHttpsServer;

QString fixture(const QString &name)
{
    return QStringLiteral(MIST_TEST_DATA_DIR) + u"/ics/"_s + name;
}

Run mistctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MISTCTL_PATH), arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A configuration whose [schedule] source is source.
QString writeScheduleConfig(const QTemporaryDir &dir, const QString &source)
{
    const QString path = dir.filePath(u"mist.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("[schedule]\nsource=" + source.toUtf8() + '\n');
    return path;
}

// The lines after the header.
QList<QByteArray> trainings(const QByteArray &out)
{
    QList<QByteArray> lines = out.split('\n');
    lines.removeAll(QByteArray());
    if (!lines.isEmpty() && lines.first().startsWith('#'))
        lines.removeFirst();
    return lines;
}

} // namespace

class TestScheduleList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void freshKioskListsTheSample()
    {
        const Run run = mistctl({u"schedule"_s, u"list"_s, u"--data-dir"_s, m_dataDir.path(),
            u"--from"_s, u"2026-11-30"_s, u"--days"_s, u"14"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.startsWith("# bundled sample"));
        QVERIFY(run.out.contains("6 trainings from 2026-11-30 for 14 days"));
        const QList<QByteArray> lines = trainings(run.out);
        QCOMPARE(lines.size(), 6);
        static const QRegularExpression time(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"_s);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 4);
            QVERIFY2(time.match(QString::fromUtf8(fields.at(0))).hasMatch(), line.constData());
            QVERIFY2(time.match(QString::fromUtf8(fields.at(1))).hasMatch(), line.constData());
            QVERIFY(QString::fromUtf8(fields.at(2)).endsWith(u"(приклад)"_s));
        }
        QCOMPARE(lines.first(),
            u"2026-12-01T10:00:00+02:00\t2026-12-01T12:00:00+02:00\tОснови електронного "
            u"урядування (приклад)\tБібліотека, зала з комп’ютерами"_s.toUtf8());
        // Listing creates nothing in the data directory.
        QVERIFY(!QFile::exists(m_dataDir.filePath(u"schedule.sqlite"_s)));
    }

    void calendarFileAcrossTheSpringChange()
    {
        const Run run = mistctl({u"schedule"_s, u"list"_s, u"--ics"_s, fixture(u"dst-kyiv.ics"_s),
            u"--from"_s, u"2026-03-20"_s, u"--days"_s, u"14"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out,
            QByteArray("# dst-kyiv.ics; 2 trainings from 2026-03-20 for 14 days\n"
                       "2026-03-22T10:00:00+02:00\t2026-03-22T11:30:00+02:00\t"
                       "Sunday class, spring\t\n"
                       "2026-03-29T10:00:00+03:00\t2026-03-29T11:30:00+03:00\t"
                       "Sunday class, spring\t\n"));
        QVERIFY(run.err.isEmpty());
    }

    void json()
    {
        const Run run = mistctl({u"schedule"_s, u"list"_s, u"--ics"_s,
            fixture(u"moved-instance.ics"_s), u"--from"_s, u"2026-03-01"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(run.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        const QJsonObject moved = array.at(1).toObject();
        QCOMPARE(moved.value(u"start"_s).toString(), u"2026-03-11T14:00:00+02:00"_s);
        QCOMPARE(moved.value(u"end"_s).toString(), u"2026-03-11T16:00:00+02:00"_s);
        QCOMPARE(moved.value(u"summary"_s).toString(), u"Як отримати Дія.Підпис (перенесено)"_s);
        QCOMPARE(moved.value(u"location"_s).toString(), u"Зала 2"_s);
        QCOMPARE(moved.value(u"recurrenceId"_s).toString(), u"2026-03-10T08:00:00Z"_s);
        QCOMPARE(moved.value(u"allDay"_s).toBool(), false);
    }

    void jsonCarriesTrainerAndSeats()
    {
        const Run run
            = mistctl({u"schedule"_s, u"list"_s, u"--ics"_s, fixture(u"trainer-seats.ics"_s),
                u"--from"_s, u"2026-03-10"_s, u"--days"_s, u"2"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(u"trainer"_s).toString(),
            u"Олена Петренко, бібліотекарка"_s);
        QCOMPARE(array.at(0).toObject().value(u"seatsFree"_s).toInt(), 12);
        QCOMPARE(array.at(1).toObject().value(u"seatsFree"_s).toInt(-1), 0);
    }

    void storedCalendarIsListed()
    {
        QTemporaryDir dataDir;
        {
            Mist::ScheduleStore store(dataDir.path());
            QVERIFY(store.open());
            QFile file(fixture(u"nextcloud-export.ics"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto replaced = store.replaceCalendar(file.readAll(),
                u"https://cloud.library.example/remote.php/dav/public-calendars/T0KEN?export"_s, {},
                {}, QDateTime(QDate(2026, 11, 26), QTime(8, 0), Qt::UTC));
            QVERIFY(replaced.stored);
        }
        const Run run = mistctl({u"schedule"_s, u"list"_s, u"--data-dir"_s, dataDir.path(),
            u"--from"_s, u"2026-12-01"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out.split('\n').first(),
            u"# cloud.library.example (\"Тренінги (Nextcloud)\"), updated "
            u"2026-11-26T10:00:00+02:00; 4 trainings from 2026-12-01 for 30 days"_s.toUtf8());
        QVERIFY(!run.out.contains("T0KEN")); // the address is a secret; the host is not
        QVERIFY(!run.out.contains("Нарада")); // CLASS:PRIVATE
        QCOMPARE(trainings(run.out).size(), 4);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not a calendar")
            << QStringList {u"--ics"_s, QStringLiteral(MIST_TEST_DATA_DIR) + u"/tls/ca.pem"_s} << 1
            << QByteArray("not an iCalendar file");
        QTest::newRow("missing file") << QStringList {u"--ics"_s, u"/nonexistent/cal.ics"_s} << 1
                                      << QByteArray("cannot read");
        QTest::newRow("http address") << QStringList {u"--ics"_s, u"http://127.0.0.1:9/cal.ics"_s}
                                      << 1 << QByteArray("not an https URL");
        QTest::newRow("bad date") << QStringList {u"--from"_s, u"29.03.2026"_s} << 2
                                  << QByteArray("--from expects a date");
        QTest::newRow("too many days")
            << QStringList {u"--days"_s, u"400"_s} << 2 << QByteArray("--days expects");
        QTest::newRow("stray argument")
            << QStringList {u"today"_s} << 2 << QByteArray("unexpected argument");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = mistctl(
            QStringList {u"schedule"_s, u"list"_s, u"--data-dir"_s, m_dataDir.path()} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void syncFetchesTheConfiguredCalendarNow()
    {
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        QVERIFY(server.start());
        TestHttpsServer::Route route
            = TestHttpsServer::text(fixtureBytes(u"nextcloud-export.ics"_s));
        route.contentType = "text/calendar";
        route.etag = "\"v1\"";
        server.setRoute(u"/cal.ics"_s, route);

        QTemporaryDir dir;
        const QString config = writeScheduleConfig(dir, server.url(u"/cal.ics"_s).toString());
        const QStringList sync {u"schedule"_s, u"sync"_s, u"--data-dir"_s, dir.path(),
            u"--config"_s, config, u"--ca-bundle"_s, TestHttpsServer::caCertificatePath()};
        const Run first = mistctl(sync);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.startsWith("ok: "), first.out.constData());
        QCOMPARE(server.requestCount(u"/cal.ics"_s), 1);

        // The kiosk's stored calendar is now the library's, not the sample.
        const Run listed = mistctl(
            {u"schedule"_s, u"list"_s, u"--data-dir"_s, dir.path(), u"--from"_s, u"2026-12-01"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.startsWith("# 127.0.0.1 (\"Тренінги (Nextcloud)\"), updated "),
            listed.out.constData());
        QCOMPARE(trainings(listed.out).size(), 4);

        // Again: a conditional GET, answered 304; still fine, same calendar.
        const Run again = mistctl(sync + QStringList {u"--json"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject answer = QJsonDocument::fromJson(again.out).object();
        QVERIFY(answer[u"ok"_s].toBool());
        QCOMPARE(answer[u"code"_s].toString(), u"not-modified"_s);
        QCOMPARE(answer[u"source"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(server.requestCount(u"/cal.ics"_s), 2);
        QCOMPARE(server.lastRequest(u"/cal.ics"_s)->headers.value("if-none-match"),
            QByteArray("\"v1\""));

        // A broken calendar is refused: exit 1, and the last good one stays.
        server.setRoute(
            u"/cal.ics"_s, TestHttpsServer::text("<html><body>Calendar moved</body></html>"));
        const Run broken = mistctl(sync);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.startsWith("failed: "), broken.out.constData());
        QVERIFY2(broken.out.contains("iCalendar"), broken.out.constData());
        const Run kept = mistctl(
            {u"schedule"_s, u"list"_s, u"--data-dir"_s, dir.path(), u"--from"_s, u"2026-12-01"_s});
        QCOMPARE(trainings(kept.out).size(), 4);
    }

    void syncFromAFileGivenWithIcs()
    {
        QTemporaryDir dir;
        const Run run = mistctl({u"schedule"_s, u"sync"_s, u"--data-dir"_s, dir.path(), u"--ics"_s,
            fixture(u"dst-kyiv.ics"_s)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Run listed = mistctl({u"schedule"_s, u"list"_s, u"--data-dir"_s, dir.path(),
            u"--from"_s, u"2026-03-20"_s, u"--days"_s, u"14"_s});
        QVERIFY2(listed.out.startsWith("# dst-kyiv.ics"), listed.out.constData());
        QCOMPARE(trainings(listed.out).size(), 2);
    }

    void syncRefusesUntrustedAndPlainServers()
    {
        TestHttpsServer server(TestHttpsServer::Threading::OwnThread);
        QVERIFY(server.start());
        server.setRoute(u"/cal.ics"_s, TestHttpsServer::text(fixtureBytes(u"dst-kyiv.ics"_s)));
        QTemporaryDir dir;

        // No --ca-bundle: the test CA is not trusted, the TLS handshake fails.
        const Run untrusted = mistctl({u"schedule"_s, u"sync"_s, u"--data-dir"_s, dir.path(),
            u"--ics"_s, server.url(u"/cal.ics"_s).toString()});
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.out.startsWith("failed: "), untrusted.out.constData());
        QCOMPARE(server.requestCount(u"/cal.ics"_s), 0);

        // http:// is refused before a connection is made.
        const Run plain = mistctl({u"schedule"_s, u"sync"_s, u"--data-dir"_s, dir.path(),
            u"--ics"_s, server.plainUrl(u"/cal.ics"_s).toString(), u"--ca-bundle"_s,
            TestHttpsServer::caCertificatePath()});
        QCOMPARE(plain.exitCode, 1);
        QCOMPARE(server.plainConnectionCount(), 0);

        // Nothing was stored: the kiosk still has the sample.
        const Run listed = mistctl({u"schedule"_s, u"list"_s, u"--data-dir"_s, dir.path()});
        QVERIFY2(listed.out.startsWith("# bundled sample"), listed.out.constData());
    }

    void syncWithoutASourceSaysSo()
    {
        QTemporaryDir dir;
        const Run run = mistctl({u"schedule"_s, u"sync"_s, u"--data-dir"_s, dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("set [schedule] source"), run.err.constData());
        const Run stray
            = mistctl({u"schedule"_s, u"sync"_s, u"--data-dir"_s, dir.path(), u"now"_s});
        QCOMPARE(stray.exitCode, 2);
    }

    void warningsGoToStandardError()
    {
        const Run run = mistctl({u"schedule"_s, u"list"_s, u"--ics"_s,
            fixture(u"unknown-tzid.ics"_s), u"--from"_s, u"2026-03-01"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("warning: unknown time zone \"Library Time\""));
        QCOMPARE(trainings(run.out).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestScheduleList)
#include "tst_schedulelist.moc"
