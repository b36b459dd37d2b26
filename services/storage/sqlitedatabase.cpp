// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sqlitedatabase.h"

#include "core/logging.h"
#include "walcheckpointer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// The size at which SQLite's own automatic checkpoint would run, in pages of the log.
constexpr int checkpointPages = 1000;

// Called by SQLite after each commit, on the committing thread, with the log's size.
int walCommitted(void *checkpointer, sqlite3 *, const char *, int pages)
{
    if (pages >= checkpointPages)
        static_cast<WalCheckpointer *>(checkpointer)->request();
    return SQLITE_OK;
}

} // namespace

SqliteDatabase::SqliteDatabase(QString path, QString connectionName, Durability durability)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_durability(durability)
{ }

SqliteDatabase::~SqliteDatabase()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void SqliteDatabase::checkpointInBackground()
{
    if (!m_checkpointer)
        m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
}

QSqlDatabase SqliteDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqliteDatabase::open(const std::vector<Migration> &migrations)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool opened = openConnection();
    if (!opened && !connection().isOpen())
        return false; // the file cannot even be opened: nothing to set aside
    // A file that opens but rejects our settings ("file is not a database") is as damaged as
    // one that fails the check.
    if (!opened || !isHealthy()) {
        qCWarning(lcDb).noquote() << QFileInfo(m_path).fileName()
                                  << "failed its integrity check; starting a new database";
        quarantine();
        if (!openConnection())
            return false;
    }
    if (!migrate(migrations)) {
        // A file we cannot bring up to date (written by a newer Mist, or damaged in a way
        // quick_check missed) is set aside too: the kiosk must keep working.
        qCWarning(lcDb).noquote() << QFileInfo(m_path).fileName() << m_error
                                  << "; starting a new database";
        quarantine();
        if (!openConnection() || !migrate(migrations))
            return false;
    }
    return true;
}

bool SqliteDatabase::openConnection()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.close();
    db.setDatabaseName(m_path);
    // Wait for another process (mistctl beside the kiosk) instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = u"cannot open %1: %2"_s.arg(m_path, db.lastError().text());
        qCWarning(lcDb).noquote() << m_error;
        return false;
    }
    const QString synchronous = m_durability == Durability::Full ? u"FULL"_s : u"NORMAL"_s;
    return exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous="_s + synchronous)
        && exec(u"PRAGMA foreign_keys=ON"_s) && handOverCheckpoints();
}

bool SqliteDatabase::handOverCheckpoints()
{
    if (!m_checkpointer)
        return true;
    const QVariant handle = connection().driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!db) {
        m_error = u"%1 is not an open SQLite database"_s.arg(m_path);
        return false;
    }
    // The automatic checkpoint is itself a commit hook; ours replaces it.
    sqlite3_wal_autocheckpoint(db, 0);
    sqlite3_wal_hook(db, walCommitted, m_checkpointer.get());
    return true;
}

bool SqliteDatabase::isHealthy()
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next())
        return false;
    return query.value(0).toString() == "ok"_L1;
}

void SqliteDatabase::quarantine()
{
    QSqlDatabase db = connection();
    db.close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    m_quarantined = m_path + u".corrupt-"_s + stamp;
    if (!QFile::rename(m_path, m_quarantined)) {
        QFile::remove(m_path);
        m_quarantined.clear();
    }
    // The WAL and shared-memory files belong to the old file; never replay them into the new one.
    QFile::remove(m_path + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
    if (!m_quarantined.isEmpty())
        qCWarning(lcDb).noquote() << "moved the damaged database to" << m_quarantined;
}

int SqliteDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool SqliteDatabase::migrate(const std::vector<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0) {
        m_error = u"cannot read the schema version"_s;
        return false;
    }
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest) {
        m_error
            = u"schema version %1 is newer than this Mist knows (%2)"_s.arg(current).arg(latest);
        return false;
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        const bool applied = transaction([&](QSqlDatabase &) {
            for (const QString &statement : migration.statements) {
                if (!exec(statement))
                    return false;
            }
            // PRAGMA takes no bound values; the version is our own integer, not input.
            return exec(u"PRAGMA user_version = %1"_s.arg(migration.version));
        });
        if (!applied) {
            m_error = u"migration to schema version %1 failed: %2"_s.arg(migration.version)
                          .arg(m_error);
            return false;
        }
        qCInfo(lcDb).noquote() << QFileInfo(m_path).fileName() << "schema now at version"
                               << migration.version;
    }
    return true;
}

bool SqliteDatabase::transaction(const std::function<bool(QSqlDatabase &)> &work)
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        qCWarning(lcDb).noquote() << "cannot begin a transaction:" << m_error;
        return false;
    }
    if (!work(db)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        qCWarning(lcDb).noquote() << "commit failed:" << m_error;
        db.rollback();
        return false;
    }
    return true;
}

bool SqliteDatabase::exec(const QString &statement)
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    qCWarning(lcDb).noquote() << "statement failed:" << m_error;
    return false;
}

} // namespace Mist
