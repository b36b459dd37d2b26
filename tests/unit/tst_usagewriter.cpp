// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsageWriter: record() never waits, batches arrive on disk with increasing tickets, an urgent
// event (a session's end) is written at once, pruning follows the retention period, and an
// unusable log drops events instead of failing the kiosk.

#include "usage/usagestore.h"
#include "usage/usagewriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;
using namespace std::chrono_literals;

namespace {
UsageEvent makeEvent(qint64 time, UsageEvent::Type type = UsageEvent::Type::ScreenViewed)
{
    return {time, u"kiosk"_s, u"session"_s, type, u"home"_s, {}, false};
}
} // namespace

class TestUsageWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesAndTickets()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            UsageWriter::Settings settings;
            settings.flushInterval = 50ms;
            UsageWriter writer(dir.path(), settings);
            QVERIFY(writer.start());
            QSignalSpy committed(&writer, &UsageWriter::committed);
            quint64 last = 0;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 5000; ++i) {
                const quint64 ticket = writer.record(makeEvent(now + i));
                QCOMPARE(ticket, last + 1);
                last = ticket;
            }
            // Queueing 5,000 events is far quicker than writing them: record() does not wait.
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
            QVERIFY(writer.waitForCommitted(last, 10s));
            QCOMPARE(writer.committedTicket(), last);
            QTRY_VERIFY(!committed.isEmpty());
            QVERIFY(committed.size() < 5000); // batched, not one by one
        }
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QCOMPARE(store.count(), 5000);
    }

    void urgentIsWrittenAtOnce()
    {
        QTemporaryDir dir;
        UsageWriter::Settings settings;
        settings.flushInterval = 60s; // a batch would wait a minute
        UsageWriter writer(dir.path(), settings);
        QVERIFY(writer.start());
        writer.record(makeEvent(1000));
        const quint64 end = writer.record(
            makeEvent(2000, UsageEvent::Type::SessionEnded), UsageWriter::Urgency::Now);
        QVERIFY(writer.waitForCommitted(end, 5s));
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QCOMPARE(store.count(), 2);
    }

    void prunesOnStart()
    {
        QTemporaryDir dir;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            UsageStore store(dir.path());
            QVERIFY(store.open());
            QVERIFY(store.append({makeEvent(now - qint64(40) * 86400000), makeEvent(now - 1000)}));
        }
        UsageWriter::Settings settings;
        settings.retentionDays = 30;
        UsageWriter writer(dir.path(), settings);
        QVERIFY(writer.start());
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QCOMPARE(store.count(), 1);
    }

    void unusableLogDropsEvents()
    {
        QTemporaryDir dir;
        // A directory where the database file should be: it cannot be opened.
        const QString blocked = dir.filePath(u"blocked"_s);
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the data dir should be
        file.close();
        UsageWriter writer(blocked, {});
        QVERIFY(!writer.start());
        QCOMPARE(writer.record(makeEvent(1)), quint64(0));
        QCOMPARE(writer.droppedCount(), quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestUsageWriter)
#include "tst_usagewriter.moc"
