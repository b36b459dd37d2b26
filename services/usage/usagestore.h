// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The usage log on disk, <data-dir>/usage.sqlite: one row per UsageEvent. Durability FULL: the
// log exists nowhere else, and a session's end must survive a power cut (see README.md).
//
// One instance per thread (SQLite connections belong to the thread that opened them). The kiosk's
// UsageWriter owns one on its worker thread; readers (exports, reports, the staff API, mistctl)
// open their own, which WAL lets read while the writer writes.
#pragma once

#include "storage/sqlitedatabase.h"
#include "usageevent.h"

#include <QSqlQuery>
#include <QString>

#include <optional>
#include <vector>

struct sqlite3_stmt;

namespace Mist {

class UsageStore
{
public:
    static constexpr QStringView fileName = u"usage.sqlite";

    explicit UsageStore(const QString &dataDir, const QString &connectionName = {});

    // Opens and migrates the database. False with errorString() if the file cannot be used.
    [[nodiscard]] bool open();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString path() const { return m_db.path(); }
    [[nodiscard]] int schemaVersion() const { return m_db.schemaVersion(); }

    // Appends events in one transaction: all of them are stored, or none.
    bool append(const std::vector<UsageEvent> &events);
    // Deletes the events older than beforeMs (UTC ms). Returns how many, or -1 on failure.
    qint64 prune(qint64 beforeMs);

    [[nodiscard]] qint64 count() const;
    // Events a citizen or librarian caused (not written by `mistctl demo seed`).
    [[nodiscard]] qint64 realEventCount() const;
    // PRAGMA integrity_check says "ok".
    [[nodiscard]] bool integrityOk() const;

    // One row as SQLite holds it (UTF-8), valid until the cursor moves: exports copy bytes
    // straight from it, with no QString or QVariant per field.
    struct RawRow
    {
        qint64 timeMs = 0;
        QByteArrayView kioskId;
        QByteArrayView sessionId;
        QByteArrayView type;
        QByteArrayView subject;
        std::optional<qint64> value;
        bool synthetic = false;
    };

    // Reads the events of [fromMs, toMs) in time order, one at a time, without loading them all:
    // for exports of any size. Uses SQLite's own statement API on the store's connection (the
    // same library the Qt driver uses): a million rows in well under a second.
    class Cursor
    {
    public:
        Cursor(Cursor &&other) noexcept;
        Cursor &operator=(Cursor &&) = delete;
        Cursor(const Cursor &) = delete;
        ~Cursor();
        // False at the end or on an error (then error() says which).
        bool next(UsageEvent *event);
        bool nextRaw(RawRow *row);
        [[nodiscard]] QString error() const { return m_error; }

    private:
        friend class UsageStore;
        Cursor() = default;
        void finish();
        ::sqlite3_stmt *m_statement = nullptr;
        QString m_error;
    };
    [[nodiscard]] Cursor events(qint64 fromMs, qint64 toMs) const;

    // Counts by type and subject in [fromMs, toMs), e.g. portal opens per entry id, for /metrics.
    struct SubjectCount
    {
        QString subject;
        qint64 count = 0;
    };
    [[nodiscard]] std::vector<SubjectCount> countBySubject(
        UsageEvent::Type type, qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] qint64 countOf(UsageEvent::Type type, qint64 fromMs, qint64 toMs) const;
    // Every event in [fromMs, toMs), whatever its type; -1 on an error.
    [[nodiscard]] qint64 countBetween(qint64 fromMs, qint64 toMs) const;

    // Counts of the events stored after row afterId, by type and subject, and the last row id
    // (*lastId; unchanged if none). Lets /metrics keep running totals by reading only new rows.
    struct TypeSubjectCount
    {
        QString type;
        QString subject;
        qint64 count = 0;
        qint64 valueSum = 0; // the events' values added up (participants, pages)
    };
    [[nodiscard]] std::vector<TypeSubjectCount> countsAfter(qint64 afterId, qint64 *lastId) const;

private:
    void fail(const QString &what, const QString &error) const;

    SqliteDatabase m_db;
    mutable QString m_error;
};

} // namespace Mist
