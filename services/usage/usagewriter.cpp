// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usagewriter.h"

#include "core/logging.h"
#include "usagestore.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Mist {

// Lives in the writer's thread and owns everything SQLite there. Driven by functors queued from
// UsageWriter, so it needs no meta-object of its own.
class UsageWriterWorker : public QObject
{
public:
    UsageWriterWorker(UsageWriter *writer, QString dataDir)
        : m_writer(writer)
        , m_dataDir(std::move(dataDir))
        , m_flushTimer(this) // children, so they move to the writer's thread with the worker
        , m_pruneTimer(this)
    { }

    bool open()
    {
        m_store = std::make_unique<UsageStore>(m_dataDir);
        if (!m_store->open()) {
            m_store.reset();
            return false;
        }
        m_flushTimer.setSingleShot(true);
        QObject::connect(&m_flushTimer, &QTimer::timeout, this, [this] { writeQueue(); });
        QObject::connect(&m_pruneTimer, &QTimer::timeout, this, [this] { prune(); });
        prune();
        m_pruneTimer.start(m_writer->m_settings.pruneInterval);
        return true;
    }

    // The first event of a batch arms the timer; later ones ride along.
    void scheduleWrite()
    {
        if (!m_flushTimer.isActive())
            m_flushTimer.start(m_writer->m_settings.flushInterval);
    }

    void writeQueue()
    {
        m_flushTimer.stop();
        if (!m_store)
            return;
        std::vector<UsageWriter::Pending> batch = m_writer->takeQueue();
        if (batch.empty())
            return;
        std::vector<UsageEvent> events;
        events.reserve(batch.size());
        for (const auto &pending : batch)
            events.push_back(pending.event);
        if (m_store->append(events)) {
            m_writer->markCommitted(batch.back().ticket);
            return;
        }
        // A full disk or a locked file may pass: try again at the next interval.
        m_writer->requeue(std::move(batch));
        scheduleWrite();
    }

    void prune()
    {
        const int days = m_writer->m_settings.retentionDays;
        if (!m_store || days <= 0)
            return;
        const qint64 before
            = QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 60 * 60 * 1000;
        const qint64 removed = m_store->prune(before);
        if (removed > 0)
            qCInfo(lcDb, "usage: removed %lld events older than %d days",
                static_cast<long long>(removed), days);
    }

    void close()
    {
        writeQueue();
        m_flushTimer.stop();
        m_pruneTimer.stop();
        m_store.reset();
    }

private:
    UsageWriter *m_writer;
    QString m_dataDir;
    std::unique_ptr<UsageStore> m_store;
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
};

UsageWriter::UsageWriter(const QString &dataDir, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_thread.setObjectName(u"mist-usage-writer"_s);
    m_worker = new UsageWriterWorker(this, dataDir);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

UsageWriter::~UsageWriter()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool UsageWriter::start()
{
    bool opened = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { opened = m_worker->open(); }, Qt::BlockingQueuedConnection);
    m_available = opened;
    if (!opened)
        qCWarning(lcDb, "usage: the usage log is unavailable; events are not recorded");
    return opened;
}

quint64 UsageWriter::record(const UsageEvent &event, Urgency urgency)
{
    if (!m_available) {
        ++m_dropped;
        return 0;
    }
    quint64 ticket = 0;
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        if (qsizetype(m_queue.size()) >= m_settings.maxQueued) {
            ++m_dropped;
            return 0;
        }
        ticket = ++m_nextTicket;
        first = m_queue.empty();
        m_queue.push_back({ticket, event});
        if (qsizetype(m_queue.size()) >= m_settings.maxBatch)
            urgency = Urgency::Now;
    }
    if (urgency == Urgency::Now)
        flush();
    else if (first)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->scheduleWrite(); });
    return ticket;
}

void UsageWriter::flush()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->writeQueue(); });
}

bool UsageWriter::waitForCommitted(quint64 ticket, std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_committedChanged.wait_for(lock, timeout, [&] { return m_committed.load() >= ticket; });
}

std::vector<UsageWriter::Pending> UsageWriter::takeQueue()
{
    std::lock_guard lock(m_mutex);
    std::vector<Pending> batch;
    batch.swap(m_queue);
    return batch;
}

void UsageWriter::requeue(std::vector<Pending> batch)
{
    std::lock_guard lock(m_mutex);
    // Oldest first; what does not fit is dropped (the newest of the failed batch).
    const qsizetype room = m_settings.maxQueued - qsizetype(m_queue.size());
    if (qsizetype(batch.size()) > room) {
        m_dropped += batch.size() - std::max<qsizetype>(room, 0);
        batch.resize(std::max<qsizetype>(room, 0));
    }
    m_queue.insert(m_queue.begin(), std::make_move_iterator(batch.begin()),
        std::make_move_iterator(batch.end()));
}

void UsageWriter::markCommitted(quint64 ticket)
{
    {
        std::lock_guard lock(m_mutex);
        m_committed.store(ticket);
    }
    m_committedChanged.notify_all();
    Q_EMIT committed(ticket);
}

} // namespace Mist
