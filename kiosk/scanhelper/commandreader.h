// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mist-scan-helper's input, read on a thread of its own: while a scan runs, the main thread is
// inside sane_start()/sane_read(), and a "cancel" from the kiosk must still reach it. The reader
// sets the flag SaneScanner::scan() polls between reads; every other command waits in a queue.
// End of input (the kiosk closed our stdin, or is gone) cancels too.
#pragma once

#include <QByteArray>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace Mist {

class CommandReader
{
public:
    // Starts reading fd. The thread is detached and never joined: it may be blocked in read()
    // when the helper leaves, which it does with _exit().
    explicit CommandReader(int fd);
    CommandReader(const CommandReader &) = delete;
    CommandReader &operator=(const CommandReader &) = delete;

    // The next command (a line without its '\n'), waiting for one; nullopt once the input has
    // ended and every command before the end has been taken.
    [[nodiscard]] std::optional<QByteArray> next();
    // Set while the command last taken is to stop: a "cancel" came after it, or the input ended.
    [[nodiscard]] const std::atomic_bool &cancelled() const { return m_cancel; }
    // Treats the input as ended (the kiosk no longer reads what we write).
    void stop();

private:
    struct Entry
    {
        QByteArray line;
        bool cancelled = false; // a "cancel" arrived while this waited in the queue
    };

    void run();
    void add(QByteArray line);

    const int m_fd;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Entry> m_queue;
    bool m_ended = false;
    std::atomic_bool m_cancel = false;
};

} // namespace Mist
