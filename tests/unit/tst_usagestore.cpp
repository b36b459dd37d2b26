// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsageStore: events stored and read back in time order, ranges, pruning, counts, the
// real-versus-demo distinction, and a damaged file set aside instead of stopping the kiosk.

#include "usage/usagestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

UsageEvent makeEvent(qint64 time, UsageEvent::Type type, const QString &subject = {},
    std::optional<qint64> value = std::nullopt, bool synthetic = false)
{
    return {time, u"kiosk-1"_s, u"session-1"_s, type, subject, value, synthetic};
}

std::vector<UsageEvent> readAll(const UsageStore &store, qint64 from, qint64 to)
{
    std::vector<UsageEvent> events;
    UsageStore::Cursor cursor = store.events(from, to);
    UsageEvent one;
    while (cursor.next(&one))
        events.push_back(one);
    return events;
}

} // namespace

class TestUsageStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QCOMPARE(store.schemaVersion(), 1);
        const std::vector<UsageEvent> events {
            makeEvent(3000, UsageEvent::Type::PortalOpened, u"diia"_s),
            makeEvent(1000, UsageEvent::Type::SessionStarted),
            makeEvent(2000, UsageEvent::Type::SearchDone, {}, 7),
            makeEvent(4000, UsageEvent::Type::SessionEnded, u"finish"_s, 3000),
        };
        QVERIFY(store.append(events));
        QCOMPARE(store.count(), 4);
        const auto read = readAll(store, 0, 10000);
        QCOMPARE(read.size(), size_t(4));
        QCOMPARE(read[0], events[1]); // time order, whatever the insert order
        QCOMPARE(read[1], events[2]);
        QCOMPARE(read[2], events[0]);
        QCOMPARE(read[3], events[3]);
        QVERIFY(!read[0].value.has_value());
        QCOMPARE(read[0].subject, QString());
    }

    void rangeIsHalfOpen()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append({makeEvent(1000, UsageEvent::Type::QrShown, u"a"_s),
            makeEvent(2000, UsageEvent::Type::QrShown, u"b"_s),
            makeEvent(3000, UsageEvent::Type::QrShown, u"c"_s)}));
        const auto read = readAll(store, 2000, 3000);
        QCOMPARE(read.size(), size_t(1));
        QCOMPARE(read[0].subject, u"b"_s);
        QCOMPARE(store.countOf(UsageEvent::Type::QrShown, 0, 2001), 2);
    }

    void countsBySubject()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append({makeEvent(1, UsageEvent::Type::PortalOpened, u"diia"_s),
            makeEvent(2, UsageEvent::Type::PortalOpened, u"diia"_s),
            makeEvent(3, UsageEvent::Type::PortalOpened, u"ehealth"_s),
            makeEvent(4, UsageEvent::Type::ServiceViewed, u"diia"_s)}));
        const auto counts = store.countBySubject(UsageEvent::Type::PortalOpened, 0, 100);
        QCOMPARE(counts.size(), size_t(2));
        QCOMPARE(counts[0].subject, u"diia"_s);
        QCOMPARE(counts[0].count, 2);
        QCOMPARE(counts[1].count, 1);
    }

    void prune()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append({makeEvent(1000, UsageEvent::Type::SessionStarted),
            makeEvent(5000, UsageEvent::Type::SessionStarted)}));
        QCOMPARE(store.prune(2000), 1);
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.prune(2000), 0);
    }

    void realAndSynthetic()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append({makeEvent(1, UsageEvent::Type::SessionStarted, {}, {}, true)}));
        QCOMPARE(store.realEventCount(), 0);
        QVERIFY(store.append({makeEvent(2, UsageEvent::Type::SessionStarted)}));
        QCOMPARE(store.realEventCount(), 1);
        QVERIFY(readAll(store, 0, 10)[0].synthetic);
    }

    void damagedFileIsSetAside()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"usage.sqlite"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.integrityOk());
        QVERIFY(store.append({makeEvent(1, UsageEvent::Type::SessionStarted)}));
    }

    void typeNames()
    {
        for (int i = 0; i <= int(UsageEvent::Type::TrainingRecorded); ++i) {
            const auto type = UsageEvent::Type(i);
            QCOMPARE(UsageEvent::typeFromName(UsageEvent::typeName(type)), type);
        }
        QVERIFY(!UsageEvent::typeFromName(u"nonsense"_s));
        QCOMPARE(UsageEvent::cleanSubject(QString(500, u'a')).size(), UsageEvent::maxSubjectLength);
    }
};

QTEST_GUILESS_MAIN(TestUsageStore)
#include "tst_usagestore.moc"
