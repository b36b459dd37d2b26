// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usagestore.h"

#include "core/logging.h"
#include "storage/sqlvalues.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <utility>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

std::vector<SqliteDatabase::Migration> migrations()
{
    return {
        {1,
            {
                // value: a number whose meaning depends on the type (a duration in ms, a result
                // count, a percentage); NULL when the type has none. synthetic: 1 for events
                // written by `mistctl demo seed`, so demo data is never mistaken for use.
                u"CREATE TABLE events ("
                u" id INTEGER PRIMARY KEY,"
                u" time_ms INTEGER NOT NULL,"
                u" kiosk_id TEXT NOT NULL,"
                u" session_id TEXT NOT NULL,"
                u" type TEXT NOT NULL,"
                u" subject TEXT NOT NULL DEFAULT '',"
                u" value INTEGER,"
                u" synthetic INTEGER NOT NULL DEFAULT 0)"_s,
                u"CREATE INDEX events_by_time ON events (time_ms)"_s,
            }},
    };
}

} // namespace

UsageStore::UsageStore(const QString &dataDir, const QString &connectionName)
    : m_db(QDir(dataDir).filePath(fileName.toString()),
        connectionName.isEmpty() ? SqlValues::uniqueConnectionName(u"mist.usage") : connectionName,
        SqliteDatabase::Durability::Full)
{ }

bool UsageStore::open()
{
    m_error.clear();
    if (!m_db.open(migrations())) {
        m_error = m_db.errorString();
        qCCritical(lcDb, "usage: cannot use the database: %s", qUtf8Printable(m_error));
        return false;
    }
    if (!m_db.quarantinedPath().isEmpty())
        qCWarning(lcDb, "usage: the usage log was damaged and was set aside; a new one starts");
    return true;
}

void UsageStore::fail(const QString &what, const QString &error) const
{
    m_error = what + u": "_s + error;
    qCWarning(lcDb, "usage: %s", qUtf8Printable(m_error));
}

bool UsageStore::append(const std::vector<UsageEvent> &events)
{
    if (events.empty())
        return true;
    QString error;
    const bool committed = m_db.transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO events (time_ms, kiosk_id, session_id, type, subject, value,"
                      u" synthetic) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        const QVariant noValue(QMetaType::fromType<qint64>());
        // A null QString binds as SQL NULL; the columns hold '' for "none".
        auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
        for (const UsageEvent &event : events) {
            query.bindValue(0, event.timeMs);
            query.bindValue(1, text(event.kioskId));
            query.bindValue(2, text(event.sessionId));
            query.bindValue(3, event.typeName());
            query.bindValue(4, text(event.subject));
            query.bindValue(5, event.value ? QVariant(*event.value) : noValue);
            query.bindValue(6, event.synthetic ? 1 : 0);
            if (!query.exec()) {
                error = query.lastError().text();
                return false;
            }
        }
        return true;
    });
    if (!committed)
        fail(u"storing events"_s, error.isEmpty() ? m_db.errorString() : error);
    return committed;
}

qint64 UsageStore::prune(qint64 beforeMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM events WHERE time_ms < ?"_s);
    query.bindValue(0, beforeMs);
    if (!query.exec()) {
        fail(u"pruning old events"_s, query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

qint64 UsageStore::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM events"_s) || !query.next()) {
        fail(u"counting events"_s, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 UsageStore::realEventCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM events WHERE synthetic = 0"_s) || !query.next()) {
        fail(u"counting events"_s, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

bool UsageStore::integrityOk() const
{
    QSqlQuery query(m_db.connection());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next()
        && query.value(0).toString() == "ok"_L1;
}

UsageStore::Cursor::Cursor(Cursor &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
{ }

UsageStore::Cursor::~Cursor()
{
    finish();
}

void UsageStore::Cursor::finish()
{
    // Ends the read transaction, so a checkpoint can move on.
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

bool UsageStore::Cursor::nextRaw(RawRow *row)
{
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step != SQLITE_ROW) {
        if (step != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errstr(step));
        finish();
        return false;
    }
    auto text = [this](int column) {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
    };
    row->timeMs = sqlite3_column_int64(m_statement, 0);
    row->kioskId = text(1);
    row->sessionId = text(2);
    row->type = text(3);
    row->subject = text(4);
    row->value = sqlite3_column_type(m_statement, 5) == SQLITE_NULL
        ? std::nullopt
        : std::optional<qint64>(sqlite3_column_int64(m_statement, 5));
    row->synthetic = sqlite3_column_int(m_statement, 6) != 0;
    return true;
}

bool UsageStore::Cursor::next(UsageEvent *event)
{
    RawRow row;
    if (!nextRaw(&row))
        return false;
    event->timeMs = row.timeMs;
    event->kioskId = QString::fromUtf8(row.kioskId);
    event->sessionId = QString::fromUtf8(row.sessionId);
    // A type this build does not know (a newer Mist wrote it) reads as an admin action rather
    // than stopping an export halfway.
    event->type = UsageEvent::typeFromName(QString::fromUtf8(row.type))
                      .value_or(UsageEvent::Type::AdminAction);
    event->subject = QString::fromUtf8(row.subject);
    event->value = row.value;
    event->synthetic = row.synthetic;
    return true;
}

UsageStore::Cursor UsageStore::events(qint64 fromMs, qint64 toMs) const
{
    Cursor cursor;
    const QVariant handle = m_db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        cursor.m_error = u"the usage log is not an open SQLite database"_s;
        fail(u"reading events"_s, cursor.m_error);
        return cursor;
    }
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    static const char sql[]
        = "SELECT time_ms, kiosk_id, session_id, type, subject, value, synthetic"
          " FROM events WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id";
    if (!db || sqlite3_prepare_v2(db, sql, -1, &cursor.m_statement, nullptr) != SQLITE_OK) {
        cursor.m_error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"no database"_s;
        cursor.finish();
        fail(u"reading events"_s, cursor.m_error);
        return cursor;
    }
    sqlite3_bind_int64(cursor.m_statement, 1, fromMs);
    sqlite3_bind_int64(cursor.m_statement, 2, toMs);
    return cursor;
}

std::vector<UsageStore::SubjectCount> UsageStore::countBySubject(
    UsageEvent::Type type, qint64 fromMs, qint64 toMs) const
{
    std::vector<SubjectCount> counts;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT subject, COUNT(*) FROM events WHERE type = ? AND time_ms >= ?"
                  u" AND time_ms < ? GROUP BY subject ORDER BY subject"_s);
    query.bindValue(0, UsageEvent::typeName(type));
    query.bindValue(1, fromMs);
    query.bindValue(2, toMs);
    if (!query.exec()) {
        fail(u"counting events"_s, query.lastError().text());
        return counts;
    }
    while (query.next())
        counts.push_back({query.value(0).toString(), query.value(1).toLongLong()});
    return counts;
}

qint64 UsageStore::countOf(UsageEvent::Type type, qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT COUNT(*) FROM events WHERE type = ? AND time_ms >= ? AND time_ms < ?"_s);
    query.bindValue(0, UsageEvent::typeName(type));
    query.bindValue(1, fromMs);
    query.bindValue(2, toMs);
    if (!query.exec() || !query.next()) {
        fail(u"counting events"_s, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 UsageStore::countBetween(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT COUNT(*) FROM events WHERE time_ms >= ? AND time_ms < ?"_s);
    query.bindValue(0, fromMs);
    query.bindValue(1, toMs);
    if (!query.exec() || !query.next()) {
        fail(u"counting events"_s, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

std::vector<UsageStore::TypeSubjectCount> UsageStore::countsAfter(
    qint64 afterId, qint64 *lastId) const
{
    std::vector<TypeSubjectCount> counts;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT type, subject, COUNT(*), MAX(id), COALESCE(SUM(value), 0) FROM events"
                  u" WHERE id > ? GROUP BY type, subject"_s);
    query.bindValue(0, afterId);
    if (!query.exec()) {
        fail(u"counting events"_s, query.lastError().text());
        return counts;
    }
    while (query.next()) {
        counts.push_back({query.value(0).toString(), query.value(1).toString(),
            query.value(2).toLongLong(), query.value(4).toLongLong()});
        *lastId = std::max(*lastId, query.value(3).toLongLong());
    }
    return counts;
}

} // namespace Mist
