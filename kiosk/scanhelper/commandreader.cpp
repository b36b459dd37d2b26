// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "commandreader.h"

#include "scanning/scanninglog.h"
#include "scanning/scanprotocol.h"

#include <cerrno>
#include <thread>

#include <unistd.h>

namespace Mist {

CommandReader::CommandReader(int fd)
    : m_fd(fd)
{
    std::thread([this] { run(); }).detach();
}

std::optional<QByteArray> CommandReader::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_ended; });
    if (m_queue.empty())
        return std::nullopt;
    Entry entry = std::move(m_queue.front());
    m_queue.pop_front();
    // A cancel meant for an earlier command must not stop this one; one that came while this
    // one waited must (the kiosk may cancel a scan before we start it).
    m_cancel = entry.cancelled || m_ended;
    return std::move(entry.line);
}

void CommandReader::stop()
{
    const std::lock_guard lock(m_mutex);
    m_ended = true;
    m_cancel = true;
    m_changed.notify_all();
}

void CommandReader::add(QByteArray line)
{
    const std::lock_guard lock(m_mutex);
    if (line == "cancel") {
        m_cancel = true;
        for (Entry &entry : m_queue)
            entry.cancelled = true;
        return;
    }
    m_queue.push_back({std::move(line), false});
    m_changed.notify_all();
}

void CommandReader::run()
{
    QByteArray pending;
    bool overlong = false; // skipping the rest of a line too long to be a command
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        pending.append(buffer, got);
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            if (!overlong)
                add(pending.left(end));
            overlong = false;
            pending.remove(0, end + 1);
        }
        if (pending.size() > ScanProtocol::maxCommandLength) {
            qCWarning(lcScanning) << "a command line longer than" << ScanProtocol::maxCommandLength
                                  << "bytes: ignored";
            overlong = true;
            pending.clear();
        }
    }
    stop();
}

} // namespace Mist
