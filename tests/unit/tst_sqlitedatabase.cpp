// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The SQLite foundation: WAL, migrations in order and only once, transactions that roll back,
// a damaged or too-new file that is set aside instead of stopping the kiosk, and a log copied
// back into the file on a thread of its own when asked to.

#include "storage/sqlitedatabase.h"
#include "storage/walcheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Mist::SqliteDatabase;

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"db-%1.sqlite"_s.arg(++m_counter)); }

    static std::vector<SqliteDatabase::Migration> schema()
    {
        return {
            {1, {u"CREATE TABLE items (id TEXT PRIMARY KEY, name TEXT NOT NULL)"_s}},
            {2,
                {u"ALTER TABLE items ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"_s,
                    u"CREATE INDEX items_pinned ON items (pinned)"_s}},
        };
    }

    static int count(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT COUNT(*) FROM items"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static int autoCheckpointPages(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA wal_autocheckpoint"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // About 8 MB in one transaction: far past the 1,000 pages (4 MB) of a checkpoint.
    static bool insertMegabytes(SqliteDatabase &db)
    {
        return db.transaction([](QSqlDatabase &c) {
            QSqlQuery query(c);
            query.prepare(u"INSERT INTO items (id, name) VALUES (?, ?)"_s);
            for (int i = 0; i < 4000; ++i) {
                query.bindValue(0, u"entry-%1"_s.arg(i));
                query.bindValue(1, QString(2000, QChar(u'а' + i % 32)));
                if (!query.exec())
                    return false;
            }
            return true;
        });
    }

    static bool insert(QSqlDatabase &db, const QString &id)
    {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO items (id, name) VALUES (:id, :name)"_s);
        query.bindValue(u":id"_s, id);
        query.bindValue(u":name"_s, u"Дія"_s);
        return query.exec();
    }

private Q_SLOTS:
    void createsAndMigrates()
    {
        const QString path = freshPath();
        SqliteDatabase db(path, u"t1"_s, SqliteDatabase::Durability::Normal);
        QVERIFY2(db.open(schema()), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), 2);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
        QVERIFY(db.quarantinedPath().isEmpty());
    }

    void fullDurabilityIsFull()
    {
        SqliteDatabase db(freshPath(), u"t2"_s, SqliteDatabase::Durability::Full);
        QVERIFY(db.open(schema()));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
    }

    void migratesAnOldFileAndKeepsItsData()
    {
        const QString path = freshPath();
        {
            SqliteDatabase db(path, u"t3a"_s, SqliteDatabase::Durability::Normal);
            QVERIFY(db.open({schema().front()}));
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY(db.transaction([](QSqlDatabase &c) { return insert(c, u"diia"_s); }));
        }
        SqliteDatabase db(path, u"t3b"_s, SqliteDatabase::Durability::Normal);
        QVERIFY(db.open(schema()));
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(count(db.connection()), 1);
        QVERIFY(db.open(schema())); // again: nothing to do, nothing lost
        QCOMPARE(count(db.connection()), 1);
    }

    void transactionRollsBack()
    {
        SqliteDatabase db(freshPath(), u"t4"_s, SqliteDatabase::Durability::Normal);
        QVERIFY(db.open(schema()));
        const bool committed = db.transaction([](QSqlDatabase &c) {
            return insert(c, u"a"_s) && insert(c, u"b"_s) && insert(c, u"a"_s); // duplicate
        });
        QVERIFY(!committed);
        QCOMPARE(count(db.connection()), 0);
        QVERIFY(db.transaction([](QSqlDatabase &c) { return insert(c, u"a"_s); }));
        QCOMPARE(count(db.connection()), 1);
    }

    void aFailedMigrationLeavesNoHalfSchema()
    {
        const QString path = freshPath();
        SqliteDatabase db(path, u"t5"_s, SqliteDatabase::Durability::Normal);
        auto broken = schema();
        broken.push_back({3, {u"CREATE TABLE more (x INTEGER)"_s, u"THIS IS NOT SQL"_s}});
        // The broken step fails on the existing file and again on a fresh one.
        QVERIFY(!db.open(broken));
        QVERIFY(!db.errorString().isEmpty());
    }

    void garbageFileIsSetAside()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage("SQLite format 3");
        garbage.append(QByteArray(8192, '\x5a'));
        file.write(garbage);
        file.close();

        SqliteDatabase db(path, u"t6"_s, SqliteDatabase::Durability::Normal);
        QVERIFY2(db.open(schema()), qPrintable(db.errorString()));
        QVERIFY(!db.quarantinedPath().isEmpty());
        QVERIFY(QFile::exists(db.quarantinedPath()));
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(count(db.connection()), 0);
    }

    void aDamagedPageIsSetAside()
    {
        const QString path = freshPath();
        {
            SqliteDatabase db(path, u"t7a"_s, SqliteDatabase::Durability::Normal);
            QVERIFY(db.open(schema()));
            QVERIFY(db.transaction([](QSqlDatabase &c) {
                for (int i = 0; i < 500; ++i) {
                    if (!insert(c, u"id-%1"_s.arg(i)))
                        return false;
                }
                return true;
            }));
            QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        // Overwrite the middle of the file: pages of the table and its index.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(4096, '\xff'));
        file.close();

        SqliteDatabase db(path, u"t7b"_s, SqliteDatabase::Durability::Normal);
        QVERIFY2(db.open(schema()), qPrintable(db.errorString()));
        QVERIFY(!db.quarantinedPath().isEmpty());
        QCOMPARE(count(db.connection()), 0);
    }

    void aFileFromANewerMistIsSetAside()
    {
        const QString path = freshPath();
        {
            SqliteDatabase db(path, u"t8a"_s, SqliteDatabase::Durability::Normal);
            QVERIFY(db.open(schema()));
            QSqlQuery(db.connection()).exec(u"PRAGMA user_version = 99"_s);
        }
        SqliteDatabase db(path, u"t8b"_s, SqliteDatabase::Durability::Normal);
        QVERIFY(db.open(schema()));
        QCOMPARE(db.schemaVersion(), 2);
        QVERIFY(!db.quarantinedPath().isEmpty());
    }

    // SQLite copies a full log back into the file inside the commit that filled it; asked to,
    // the database leaves that to a thread of its own, so a large commit returns at once.
    void aFullLogIsCopiedBackOnAnotherThread()
    {
        const QString path = freshPath();
        SqliteDatabase db(path, u"t10"_s, SqliteDatabase::Durability::Normal);
        db.checkpointInBackground();
        QVERIFY(db.open(schema()));
        QCOMPARE(autoCheckpointPages(db.connection()), 0); // never inside a commit
        const qint64 before = QFileInfo(path).size();
        QVERIFY(before < 1'000'000);
        QVERIFY(insertMegabytes(db));
        // Copied back by the checkpointer: the file holds the rows, every one readable.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 8'000'000, 10000);
        QCOMPARE(count(db.connection()), 4000);
        QVERIFY(insertMegabytes(db) == false); // the same ids again: rolled back...
        QCOMPARE(count(db.connection()), 4000); // ...and nothing of it kept
    }

    // Without it, SQLite's own automatic checkpoint stays (the usage log, the schedule).
    void theAutomaticCheckpointStaysByDefault()
    {
        SqliteDatabase db(freshPath(), u"t11"_s, SqliteDatabase::Durability::Normal);
        QVERIFY(db.open(schema()));
        QCOMPARE(autoCheckpointPages(db.connection()), 1000);
    }

    // A file set aside as damaged and started afresh still hands its checkpoints over.
    void aFreshFileAfterDamageHandsItsCheckpointsOverToo()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3") + QByteArray(8192, '\x5a'));
        file.close();
        SqliteDatabase db(path, u"t12"_s, SqliteDatabase::Durability::Normal);
        db.checkpointInBackground();
        QVERIFY2(db.open(schema()), qPrintable(db.errorString()));
        QVERIFY(!db.quarantinedPath().isEmpty());
        QCOMPARE(autoCheckpointPages(db.connection()), 0);
        QVERIFY(insertMegabytes(db));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 8'000'000, 10000);
    }

    // A checkpoint of a file that is gone (moved aside) is logged and harmless; requests made
    // while one is pending are one; the destructor waits for the thread.
    void aCheckpointOfAMissingFileIsHarmless()
    {
        Mist::WalCheckpointer checkpointer(m_dir.filePath(u"gone.sqlite"_s));
        QCOMPARE(checkpointer.completed(), 0);
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(u"checkpoint of gone.sqlite failed"_s));
        checkpointer.request();
        QTRY_COMPARE(checkpointer.completed(), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"gone.sqlite"_s))); // never created
    }

    void anUnwritablePlaceFailsCleanly()
    {
        SqliteDatabase db(u"/proc/mist-cannot-write-here/db.sqlite"_s, u"t9"_s,
            SqliteDatabase::Durability::Normal);
        QVERIFY(!db.open(schema()));
        QVERIFY(!db.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
