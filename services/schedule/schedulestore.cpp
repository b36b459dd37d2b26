// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "schedulestore.h"

#include "bundledschedule.h"
#include "core/logging.h"
#include "storage/sqlvalues.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

// Schema version 1. Times are UTC in ISO 8601 with milliseconds; NULL when unknown.
std::vector<SqliteDatabase::Migration> migrations()
{
    return {
        {1,
            {
                // The last good calendar, as downloaded. One row once stored.
                u"CREATE TABLE calendar ("
                u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                u" ics BLOB NOT NULL,"
                u" source TEXT NOT NULL,"
                u" name TEXT NOT NULL DEFAULT '',"
                u" event_count INTEGER NOT NULL DEFAULT 0,"
                u" etag BLOB, last_modified TEXT,"
                u" stored_at TEXT NOT NULL,"
                u" checked_at TEXT NOT NULL)"_s,
                // Goes up with every change of the calendar (stored or cleared), so a reader
                // knows when its parsed copy is stale, whoever made the change.
                u"CREATE TABLE revision ("
                u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                u" value INTEGER NOT NULL)"_s,
                u"CREATE TABLE last_attempt ("
                u" singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
                u" at TEXT NOT NULL,"
                u" ok INTEGER NOT NULL,"
                u" code TEXT NOT NULL,"
                u" message TEXT NOT NULL)"_s,
            }},
    };
}

// Runs a prepared statement; on failure, logs which one (never its values) and returns false.
bool run(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcDb, "schedule: %s failed: %s", what, qUtf8Printable(query.lastError().text()));
    return false;
}

bool bumpRevision(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO revision (singleton, value) VALUES (1, 1)"
                  u" ON CONFLICT (singleton) DO UPDATE SET value = value + 1"_s);
    return run(query, "updating the revision");
}

} // namespace

ScheduleStore::ScheduleStore(const QString &dataDir, const QString &connectionName)
    : m_db(QDir(dataDir).filePath(u"schedule.sqlite"_s),
        connectionName.isEmpty() ? SqlValues::uniqueConnectionName(u"schedule") : connectionName,
        SqliteDatabase::Durability::Normal)
{ }

bool ScheduleStore::open()
{
    m_error.clear();
    if (!m_db.open(migrations())) {
        m_error = m_db.errorString();
        qCCritical(lcDb, "schedule: cannot use the database: %s", qUtf8Printable(m_error));
        return false;
    }
    if (!m_db.quarantinedPath().isEmpty()) {
        qCWarning(lcSchedule,
            "the schedule database was damaged and has been replaced; the "
            "sample schedule shows until the next sync");
    }
    return true;
}

void ScheduleStore::fail(const QString &what, const QString &error) const
{
    m_error = what + u": "_s + error;
    qCWarning(lcDb, "schedule: %s", qUtf8Printable(m_error));
}

bool ScheduleStore::hasStoredCalendar() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT COUNT(*) FROM calendar"_s);
    return run(query, "reading the calendar") && query.next() && query.value(0).toInt() > 0;
}

ScheduleStore::Calendar ScheduleStore::calendar() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT ics, source, name, event_count, etag, last_modified, stored_at,"
                  u" checked_at FROM calendar WHERE singleton = 1"_s);
    if (run(query, "reading the calendar") && query.next()) {
        Calendar calendar;
        calendar.ics = query.value(0).toByteArray();
        calendar.source = query.value(1).toString();
        calendar.name = query.value(2).toString();
        calendar.eventCount = query.value(3).toInt();
        calendar.etag = query.value(4).toByteArray();
        calendar.lastModified = SqlValues::toTime(query.value(5));
        calendar.storedAt = SqlValues::toTime(query.value(6));
        calendar.checkedAt = SqlValues::toTime(query.value(7));
        return calendar;
    }
    Calendar sample;
    sample.ics = BundledSchedule::load();
    sample.source = BundledSchedule::sourceName.toString();
    sample.bundled = true;
    return sample;
}

ScheduleStore::ReplaceResult ScheduleStore::replaceCalendar(const QByteArray &ics,
    const QString &source, const QByteArray &etag, const QDateTime &lastModified,
    const QDateTime &now)
{
    ReplaceResult result;
    result.parsed = IcsParser::parse(ics);
    if (!result.parsed.ok())
        return result; // the last good calendar stays

    result.stored = m_db.transaction([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"INSERT OR REPLACE INTO calendar (singleton, ics, source, name,"
                      u" event_count, etag, last_modified, stored_at, checked_at)"
                      u" VALUES (1, :ics, :source, :name, :eventCount, :etag, :lastModified,"
                      u" :storedAt, :checkedAt)"_s);
        query.bindValue(u":ics"_s, ics);
        query.bindValue(u":source"_s, source);
        query.bindValue(u":name"_s, result.parsed.calendarName);
        query.bindValue(u":eventCount"_s, qint64(result.parsed.events.size()));
        query.bindValue(u":etag"_s,
            etag.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(etag));
        query.bindValue(u":lastModified"_s, SqlValues::fromTime(lastModified));
        query.bindValue(u":storedAt"_s, SqlValues::fromTime(now));
        query.bindValue(u":checkedAt"_s, SqlValues::fromTime(now));
        return run(query, "storing the calendar") && bumpRevision(db);
    });
    if (!result.stored)
        fail(u"storing the calendar"_s, m_db.connection().lastError().text());
    return result;
}

bool ScheduleStore::markChecked(
    const QDateTime &now, const QByteArray &etag, const QDateTime &lastModified)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE calendar SET checked_at = :checkedAt,"
                  u" etag = COALESCE(:etag, etag),"
                  u" last_modified = COALESCE(:lastModified, last_modified)"
                  u" WHERE singleton = 1"_s);
    query.bindValue(u":checkedAt"_s, SqlValues::fromTime(now));
    query.bindValue(
        u":etag"_s, etag.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(etag));
    query.bindValue(u":lastModified"_s, SqlValues::fromTime(lastModified));
    if (!run(query, "marking the calendar checked")) {
        fail(u"marking the calendar checked"_s, query.lastError().text());
        return false;
    }
    return true;
}

bool ScheduleStore::clearCalendar()
{
    const bool cleared = m_db.transaction([](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(u"DELETE FROM calendar"_s);
        return run(query, "clearing the calendar") && bumpRevision(db);
    });
    if (!cleared)
        fail(u"clearing the calendar"_s, m_db.connection().lastError().text());
    return cleared;
}

ScheduleStore::Attempt ScheduleStore::lastAttempt() const
{
    Attempt attempt;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT at, ok, code, message FROM last_attempt WHERE singleton = 1"_s);
    if (!run(query, "reading the last attempt") || !query.next())
        return attempt;
    attempt.at = SqlValues::toTime(query.value(0));
    attempt.ok = query.value(1).toBool();
    attempt.code = query.value(2).toString();
    attempt.message = query.value(3).toString();
    return attempt;
}

bool ScheduleStore::recordAttempt(const Attempt &attempt)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT OR REPLACE INTO last_attempt (singleton, at, ok, code, message)"
                  u" VALUES (1, :at, :ok, :code, :message)"_s);
    query.bindValue(u":at"_s, SqlValues::fromTime(attempt.at));
    query.bindValue(u":ok"_s, attempt.ok ? 1 : 0);
    query.bindValue(u":code"_s, attempt.code);
    query.bindValue(u":message"_s, attempt.message);
    if (!run(query, "recording the sync attempt")) {
        fail(u"recording the sync attempt"_s, query.lastError().text());
        return false;
    }
    return true;
}

qint64 ScheduleStore::revision() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT value FROM revision WHERE singleton = 1"_s);
    if (!run(query, "reading the revision") || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::shared_ptr<const IcsParser::Result> ScheduleStore::parsedCalendar() const
{
    const qint64 current = revision();
    if (!m_cached || current != m_cachedRevision) {
        m_cached = std::make_shared<const IcsParser::Result>(IcsParser::parse(calendar().ics));
        m_cachedRevision = current;
        if (!m_cached->ok()) {
            // Only a calendar that parsed was stored, so this is the sample of a broken build
            // or a newer parser refusing an old calendar.
            qCCritical(lcSchedule, "the stored schedule does not parse: %s",
                qUtf8Printable(m_cached->errorString));
        }
    }
    return m_cached;
}

void ScheduleStore::logExpansionWarnings(
    const IcsParser::Result &parsed, const ScheduleExpander::Result &result) const
{
    // The parser's warnings were logged when the calendar was taken; the expansion's are
    // logged when they change, not at every redraw.
    const QStringList expansionWarnings = result.warnings.mid(parsed.warnings.size());
    if (expansionWarnings != m_loggedWarnings) {
        for (const QString &warning : expansionWarnings)
            qCWarning(lcSchedule).noquote() << warning;
        m_loggedWarnings = expansionWarnings;
    }
}

ScheduleExpander::Result ScheduleStore::occurrences(QDate from, int days) const
{
    const std::shared_ptr<const IcsParser::Result> parsed = parsedCalendar();
    ScheduleExpander::Result result = ScheduleExpander::expand(*parsed, from, days);
    logExpansionWarnings(*parsed, result);
    return result;
}

} // namespace Mist
