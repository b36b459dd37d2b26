// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Copies a WAL-mode database's log back into its file on a thread of its own, so that the
// thread that commits never does it. SQLite's automatic checkpoint runs inside the commit that
// fills the log past 1,000 pages: storing a new directory feed that rewords every entry wrote
// 10 MB to the log and then spent 25-35 ms copying it back before the commit returned (issue 19,
// bench_directory). SqliteDatabase turns that off and asks this object instead.
//
// A checkpoint here is PASSIVE: it copies what no reader still needs and never waits for a
// reader or writer (the kiosk's own connection, mistctl beside it), so it can never stall
// them; what it could not copy waits for the next request. Each runs on a connection of its
// own, opened for it and closed after, so a database moved aside as damaged is never held.
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Mist {

class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString path);
    // Waits for a checkpoint under way (PASSIVE: it never waits for locks).
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Asks for a checkpoint soon; requests made while one is pending or running are one.
    // Callable from any thread, and cheap: the first call starts the worker thread.
    void request();

    // How many checkpoints have run (for tests).
    [[nodiscard]] int completed() const;

private:
    void run();
    void checkpoint();

    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace Mist
