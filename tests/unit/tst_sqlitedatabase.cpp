// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The SQLite foundation: WAL, migrations in order and only once, transactions that roll back,
// and a damaged or too-new file that is set aside instead of stopping the kiosk.

#include "storage/sqlitedatabase.h"

#include <QFile>
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
