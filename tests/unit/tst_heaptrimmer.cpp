// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// HeapTrimmer: after a visit the heap it freed goes back to the system, once per burst of ends,
// with the UI's own clean-up first.

#include "core/clock.h"
#include "session/heaptrimmer.h"
#include "session/sessioncontroller.h"

#include <QFile>
#include <QTest>

#include <memory>
#include <vector>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Mist::HeapTrimmer;
using Mist::ManualClock;
using Mist::SessionController;

namespace {

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

} // namespace

class TestHeapTrimmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimsOnceAfterTheVisitsEnd()
    {
        ManualClock clock;
        SessionController session(&clock, 90s, 30s);
        HeapTrimmer trimmer(&session);
        int cleanUps = 0;
        trimmer.setBeforeTrim([&] { ++cleanUps; });

        session.start();
        QTest::qWait(HeapTrimmer::delayMs * 2);
        QCOMPARE(cleanUps, 0); // nothing while a citizen is there

        session.finish();
        QCOMPARE(cleanUps, 0); // not at once: the visit's screens are still being destroyed
        session.start();
        session.finish(); // a second end before the trim ran: one trim serves both
        QTRY_COMPARE_WITH_TIMEOUT(cleanUps, 1, HeapTrimmer::delayMs * 10);
        QTest::qWait(HeapTrimmer::delayMs * 2);
        QCOMPARE(cleanUps, 1);
    }

    void returnsFreedHeapToTheSystem()
    {
        // 64 MiB in blocks small enough for the heap (not mmap), all freed but the last, which
        // keeps malloc from giving the space back by itself from the top of the heap.
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer has its own allocator; malloc_trim() works on glibc's heap");
#endif
        HeapTrimmer trimmer(nullptr);
        trimmer.trim();
        constexpr size_t blockBytes = 32 * 1024;
        constexpr size_t blocks = 64 * 1024 * 1024 / blockBytes;
        std::vector<std::unique_ptr<char[]>> heap;
        heap.reserve(blocks);
        for (size_t i = 0; i < blocks; ++i) {
            heap.push_back(std::make_unique<char[]>(blockBytes)); // zeroed: the pages are touched
        }
        auto last = std::move(heap.back());
        heap.clear();
        const long before = residentKiB();
        QVERIFY(before > 64 * 1024);

        QVERIFY(trimmer.trim());
        const long after = residentKiB();
        QVERIFY2(before - after > 48 * 1024,
            qPrintable(u"resident %1 -> %2 KiB"_s.arg(before).arg(after)));
        QVERIFY(last[0] == 0);
    }
};

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "tst_heaptrimmer.moc"
