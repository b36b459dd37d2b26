// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "walcheckpointer.h"

#include "core/logging.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace Mist {

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
{ }

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_requested = true;
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

int WalCheckpointer::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        checkpoint();
        lock.lock();
        ++m_completed;
    }
}

void WalCheckpointer::checkpoint()
{
    sqlite3 *db = nullptr;
    // Never creates the file: if it is gone (moved aside), there is nothing to copy back.
    int status = sqlite3_open_v2(
        m_path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    int logFrames = 0;
    int copiedFrames = 0;
    // A new connection learns that the file is in WAL mode only when it first reads it; until
    // then a checkpoint finds "no log" (-1 frames) and copies nothing.
    if (status == SQLITE_OK)
        status = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (status == SQLITE_OK) {
        status = sqlite3_wal_checkpoint_v2(
            db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
    }
    // SQLITE_BUSY only means another checkpoint was running: the log is being copied anyway.
    if (status != SQLITE_OK && status != SQLITE_BUSY) {
        qCWarning(lcDb).noquote() << "checkpoint of" << QFileInfo(m_path).fileName()
                                  << "failed:" << (db ? sqlite3_errmsg(db) : "out of memory");
    }
    sqlite3_close(db); // a no-op for a null handle
}

} // namespace Mist
