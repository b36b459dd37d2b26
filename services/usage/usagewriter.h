// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Writes the usage log without ever making the caller wait: record() queues an event and
// returns at once; a worker thread stores the queue in batches, one transaction each, and says
// which events are committed. Session ends are written at once (record(..., Urgency::Now)), so
// that they are on disk within milliseconds, not at the next batch.
//
// Every event gets a ticket, increasing by one from 1; committedTicket() and committed() tell the
// highest ticket known to be on disk (all lower ones are too). The worker also prunes events
// older than the retention period, at start and then daily.
#pragma once

#include "usageevent.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace Mist {

class UsageWriterWorker;

class UsageWriter : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        // How long an event may wait for company before its batch is written.
        std::chrono::milliseconds flushInterval {250};
        // A batch this large is written at once.
        int maxBatch = 2000;
        // Events older than this are deleted; 0 keeps everything.
        int retentionDays = 365;
        std::chrono::milliseconds pruneInterval = std::chrono::hours(24);
        // Beyond this many waiting events (a disk that refuses writes), new ones are dropped,
        // so the kiosk's memory stays bounded.
        qsizetype maxQueued = 100000;
    };

    enum class Urgency { Batched, Now };

    UsageWriter(const QString &dataDir, const Settings &settings, QObject *parent = nullptr);
    // Writes what is queued, then stops the worker.
    ~UsageWriter() override;

    // Opens the database on the worker thread and waits for the answer (start-up only). False if
    // the log cannot be used; record() then drops events (the kiosk works on without a log).
    bool start();
    [[nodiscard]] bool isAvailable() const { return m_available; }

    // Thread-safe. Returns the event's ticket, or 0 if it was dropped.
    quint64 record(const UsageEvent &event, Urgency urgency = Urgency::Batched);
    // Asks the worker to write the queue now (does not wait).
    void flush();
    // Blocks until ticket is committed or timeout passes; for shutdown and tests, never for the
    // UI. Returns whether it is committed.
    bool waitForCommitted(quint64 ticket, std::chrono::milliseconds timeout);
    [[nodiscard]] quint64 committedTicket() const { return m_committed.load(); }
    // Events dropped because the log was unavailable or the queue was full.
    [[nodiscard]] quint64 droppedCount() const { return m_dropped.load(); }

Q_SIGNALS:
    // Emitted (from the worker thread) after each committed batch.
    void committed(quint64 upToTicket);

private:
    friend class UsageWriterWorker;

    struct Pending
    {
        quint64 ticket;
        UsageEvent event;
    };
    // Called by the worker: takes the queue.
    std::vector<Pending> takeQueue();
    // Called by the worker after a failed write: puts the batch back in front.
    void requeue(std::vector<Pending> batch);
    void markCommitted(quint64 ticket);

    Settings m_settings;
    QThread m_thread;
    UsageWriterWorker *m_worker = nullptr; // lives in m_thread
    bool m_available = false;

    std::mutex m_mutex;
    std::condition_variable m_committedChanged;
    std::vector<Pending> m_queue;
    quint64 m_nextTicket = 0;
    std::atomic<quint64> m_committed {0};
    std::atomic<quint64> m_dropped {0};
};

} // namespace Mist
