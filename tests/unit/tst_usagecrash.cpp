// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Crash safety of the usage log: a writer process is killed with SIGKILL at a random moment,
// 60 times over the same database. After each kill the file passes PRAGMA integrity_check, and
// every event the writer had reported committed is there.

#include "usage/usagestore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

class TestUsageCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killWriterAtRandom()
    {
        QTemporaryDir dir;
        constexpr int runs = 60;
        QRandomGenerator random(QRandomGenerator::global()->generate());
        qint64 totalCommitted = 0;
        for (int run = 1; run <= runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(MIST_CRASH_WRITER), {dir.path(), QString::number(run)});
            QVERIFY(writer.waitForStarted());
            // One run in four is killed at any moment of its start-up; the others at a random
            // moment once they are writing (after their first commit), so that the kills hit
            // busy writers even where start-up is slow (a loaded machine, a sanitizer build).
            if (run % 4 != 0)
                QTRY_VERIFY_WITH_TIMEOUT(
                    writer.bytesAvailable() > 0 || writer.state() != QProcess::Running, 30000);
            QTest::qWait(int(random.bounded(run % 4 == 0 ? 20 : 0, 250)));
            writer.kill(); // SIGKILL: no destructor, no flush
            QVERIFY(writer.waitForFinished(5000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            quint64 committed = 0;
            for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
                if (line.startsWith("C "))
                    committed = std::max(committed, line.mid(2).toULongLong());
            }
            totalCommitted += qint64(committed);

            const QString name = u"check-%1"_s.arg(run);
            if (committed == 0)
                continue; // killed before its first commit (the file may not even exist yet)
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(dir.filePath(u"usage.sqlite"_s));
                QVERIFY(db.open());
                QSqlQuery check(db);
                QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
                QCOMPARE(check.value(0).toString(), u"ok"_s);
                QSqlQuery count(db);
                count.prepare(
                    u"SELECT COUNT(DISTINCT value) FROM events WHERE value BETWEEN ? AND ?"_s);
                count.addBindValue(qint64(run) * 1'000'000'000 + 1);
                count.addBindValue(qint64(run) * 1'000'000'000 + qint64(committed));
                QVERIFY(count.exec() && count.next());
                QVERIFY2(count.value(0).toULongLong() == committed,
                    qPrintable(u"run %1: %2 of %3 committed events found"_s.arg(run)
                                   .arg(count.value(0).toULongLong())
                                   .arg(committed)));
            }
            QSqlDatabase::removeDatabase(name);
        }
        // The kills must have hit a writer that was writing, not only ones still starting.
        QVERIFY2(totalCommitted > 0, "no run committed anything before it was killed");
        qInfo("%d kills, %lld events reported committed, all present", runs,
            static_cast<long long>(totalCommitted));
    }
};

QTEST_GUILESS_MAIN(TestUsageCrash)
#include "tst_usagecrash.moc"
