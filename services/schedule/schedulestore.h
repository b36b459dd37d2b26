// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// What the schedule keeps on disk, in <data-dir>/schedule.sqlite: the last good calendar as it
// was downloaded (the raw iCalendar bytes), where it came from, its HTTP validators, when it was
// stored and last confirmed, and the result of the last sync attempt. Durability NORMAL: the
// calendar can always be fetched again.
//
// The schedule is expanded from the stored bytes, not from a copy of the occurrences: the window
// moves with the clock, and the kiosk works offline with "updated X ago". A calendar that does not
// parse never replaces the stored one. Until a calendar is stored, the bundled sample shows.
//
// One instance per thread (SQLite connections belong to the thread that opened them).
#pragma once

#include "icsparser.h"
#include "scheduleexpander.h"
#include "storage/sqlitedatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace Mist {

class ScheduleStore
{
public:
    // The calendar the schedule is made from.
    struct Calendar
    {
        QByteArray ics;
        QString source; // the URL or file it came from; BundledSchedule::sourceName for the sample
        bool bundled = false;
        QString name; // X-WR-CALNAME
        int eventCount = 0;
        // For a conditional GET of the same source.
        QByteArray etag;
        QDateTime lastModified;
        QDateTime storedAt; // UTC, when these bytes were stored; invalid for the sample
        // UTC, when the source last confirmed them (stored, a 304, or the same bytes again):
        // the "updated X ago" of the screen. Invalid for the sample.
        QDateTime checkedAt;
    };

    // The outcome of the last sync attempt, for `mistctl status`, /healthz and the log.
    struct Attempt
    {
        QDateTime at; // UTC; invalid if no sync ever ran
        bool ok = false;
        QString code; // "stored", "not-modified", "unchanged", "invalid-ics", "http", "file", ...
        QString message; // one line for people; a host or file name, never a full URL
        int httpStatus = 0; // "http": the server's answer (404...); not kept by recordAttempt()
    };

    struct ReplaceResult
    {
        IcsParser::Result parsed; // its warnings are for the caller to log
        bool stored = false; // false: did not parse, or the database failed (errorString())
    };

    explicit ScheduleStore(const QString &dataDir, const QString &connectionName = {});

    // Opens and migrates the database. False with errorString() if the file cannot be used.
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_db.path(); }

    // The last good calendar, or the bundled sample if none was ever stored.
    [[nodiscard]] Calendar calendar() const;
    [[nodiscard]] bool hasStoredCalendar() const;

    // Parses ics and, only if it parses (IcsParser::Result::ok()), stores it in place of the
    // current calendar, in one transaction. now is the time stored and checked (UTC).
    ReplaceResult replaceCalendar(const QByteArray &ics, const QString &source,
        const QByteArray &etag, const QDateTime &lastModified, const QDateTime &now);
    // The source confirmed the stored calendar (HTTP 304, or the same bytes). Validators that
    // are empty or invalid keep the stored ones.
    bool markChecked(
        const QDateTime &now, const QByteArray &etag = {}, const QDateTime &lastModified = {});
    // Forgets the stored calendar: the sample shows again.
    bool clearCalendar();

    [[nodiscard]] Attempt lastAttempt() const;
    bool recordAttempt(const Attempt &attempt);

    // The occurrences of [from, from + days) (Kyiv days) from calendar(). The parsed calendar is
    // kept between calls until another calendar is stored (by this or any other process).
    // Warnings of the expansion are logged once, not at every call.
    [[nodiscard]] ScheduleExpander::Result occurrences(QDate from, int days) const;

    // occurrences() in two steps, for an expansion on another thread: the parsed calendar (read
    // here, in the store's thread; immutable, so any thread may expand it), then, back in the
    // store's thread, the expansion's warnings logged when they change.
    [[nodiscard]] std::shared_ptr<const IcsParser::Result> parsedCalendar() const;
    void logExpansionWarnings(
        const IcsParser::Result &parsed, const ScheduleExpander::Result &result) const;

private:
    [[nodiscard]] qint64 revision() const; // 0: nothing stored
    void fail(const QString &what, const QString &error) const;

    SqliteDatabase m_db;
    mutable QString m_error; // set by const readers too

    // The parsed form of the calendar at m_cachedRevision (-1: nothing cached).
    mutable qint64 m_cachedRevision = -1;
    mutable std::shared_ptr<const IcsParser::Result> m_cached;
    mutable QStringList m_loggedWarnings;
};

} // namespace Mist
