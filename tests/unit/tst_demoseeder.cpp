// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// DemoSeeder: plausible sessions (library hours, real ids, every session ended), reproducible
// with a seed, marked synthetic, and never written into a log that holds real events.

#include "usage/demoseeder.h"
#include "usage/usagereport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

class TestDemoSeeder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seeds()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        DemoSeeder::Settings settings;
        settings.days = 30;
        settings.sessionsPerDay = 20;
        settings.lastDay = QDate(2026, 11, 30);
        settings.seed = 42;
        settings.kioskId = u"demo-kiosk"_s;
        const DemoSeeder::Result result = DemoSeeder::seed(store, settings);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.sessions > 300 && result.sessions < 700);
        QCOMPARE(store.count(), result.events);
        QCOMPARE(store.realEventCount(), 0);

        const UsageReport report = UsageReport::build(store, QDate(2026, 11, 1));
        QCOMPARE(report.sessions, result.sessions);
        QCOMPARE(report.unended, 0);
        QVERIFY(report.synthetic);
        QVERIFY(report.timedOut > 0 && report.finished > report.timedOut);
        const UsageReport::Names names = UsageReport::defaultNames();
        for (const auto &service : report.services)
            QVERIFY2(names.uk.contains(service.id), qPrintable(service.id)); // real ids
        for (int hour = 0; hour < 24; ++hour) {
            QCOMPARE(report.weekdayHour[6][hour], 0); // closed on Sundays
            if (hour < 9 || hour > 18)
                QCOMPARE(report.weekdayHour[0][hour], 0);
        }
    }

    void sameSeedSameData()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        DemoSeeder::Settings settings;
        settings.days = 3;
        settings.lastDay = QDate(2026, 11, 30);
        settings.seed = 7;
        for (QTemporaryDir *dir : {&a, &b}) {
            UsageStore store(dir->path());
            QVERIFY(store.open());
            QVERIFY(DemoSeeder::seed(store, settings).ok);
        }
        UsageStore first(a.path());
        UsageStore second(b.path());
        QVERIFY(first.open() && second.open());
        QCOMPARE(first.count(), second.count());
    }

    void refusesRealEvents()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(
            store.append({{1, u"k"_s, u"s"_s, UsageEvent::Type::SessionStarted, {}, {}, false}}));
        DemoSeeder::Settings settings;
        settings.days = 1;
        const DemoSeeder::Result result = DemoSeeder::seed(store, settings);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(u"real events"_s));
        QCOMPARE(store.count(), 1);
    }

    void refusesBadSettings()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        DemoSeeder::Settings settings;
        settings.days = 0;
        QVERIFY(!DemoSeeder::seed(store, settings).ok);
        QCOMPARE(store.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
