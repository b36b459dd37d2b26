// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// One SQLite file owned by one subsystem (directory, usage log, schedule…), opened on one
// thread. Opening it checks the file, moves a corrupt one aside and starts afresh, and brings
// the schema up to date with numbered migrations — so a damaged disk never stops the kiosk.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Mist {

class WalCheckpointer;

class SqliteDatabase
{
public:
    // How hard a commit is pushed to disk. Both use WAL, which never corrupts the file.
    enum class Durability {
        // synchronous=NORMAL: a crash of the app loses nothing committed; a power cut may lose
        // the last commits. For data that can be fetched again (directory, schedule).
        Normal,
        // synchronous=FULL: a commit survives a power cut if the disk honours fsync. For data
        // that exists nowhere else (the usage log).
        Full,
    };

    // A step of the schema. Versions start at 1 and increase by one; each runs once, in its
    // own transaction, and is recorded in PRAGMA user_version.
    struct Migration
    {
        int version;
        QStringList statements;
    };

    // connectionName must be unique in the process; the connection belongs to the thread that
    // calls open().
    SqliteDatabase(QString path, QString connectionName, Durability durability);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Before open(): the log is copied back into the file on a thread of its own
    // (walcheckpointer.h) instead of inside the commit that fills it, so that a large write
    // (a new directory feed) returns as soon as it is committed.
    void checkpointInBackground();

    // Opens (creating if needed), checks and migrates. On false, errorString() says why.
    [[nodiscard]] bool open(const std::vector<Migration> &migrations);

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Where a corrupt file was moved to during open(), or empty.
    [[nodiscard]] QString quarantinedPath() const { return m_quarantined; }
    [[nodiscard]] int schemaVersion() const;

    // Runs work inside one transaction: commits when it returns true, rolls back otherwise
    // (and on a failed commit). Returns whether the work was committed.
    bool transaction(const std::function<bool(QSqlDatabase &)> &work);

private:
    bool openConnection();
    bool isHealthy();
    void quarantine();
    bool migrate(const std::vector<Migration> &migrations);
    bool exec(const QString &statement);
    bool handOverCheckpoints();

    QString m_path;
    QString m_connectionName;
    Durability m_durability;
    QString m_error;
    QString m_quarantined;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // set by checkpointInBackground()
};

} // namespace Mist
