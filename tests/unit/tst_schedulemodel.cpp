// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// ScheduleModel: the sample until a calendar is stored, rows in time order with their day key,
// and every refresh applied as precise row changes (QAbstractItemModelTester watches all of it).

#include "schedule/schedulemodel.h"
#include "schedule/schedulestore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

struct Event
{
    QByteArray uid;
    QByteArray start; // Kyiv wall-clock, yyyyMMddThhmmss
    QByteArray end;
    QByteArray summary;
    QByteArray extra; // more content lines, CRLF-terminated
};

QByteArray calendar(const std::vector<Event> &events)
{
    QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mist//test//UK\r\n";
    for (const Event &event : events) {
        ics += "BEGIN:VEVENT\r\nUID:" + event.uid + "\r\nDTSTAMP:20261101T000000Z\r\n"
            + "DTSTART;TZID=Europe/Kyiv:" + event.start + "\r\n" + "DTEND;TZID=Europe/Kyiv:"
            + event.end + "\r\nSUMMARY:" + event.summary + "\r\n" + event.extra + "END:VEVENT\r\n";
    }
    return ics + "END:VCALENDAR\r\n";
}

const std::vector<Event> firstCalendar = {
    {"a", "20261203T100000", "20261203T120000", "Дія для початківців",
        "LOCATION:Читальна зала\r\nX-MIST-TRAINER:Марія Бондар\r\nX-MIST-SEATS-FREE:3\r\n"},
    {"b", "20261203T140000", "20261203T153000", "Пенсійний фонд онлайн", {}},
    {"c", "20261210T100000", "20261210T120000", "Кадастрова карта", "X-MIST-SEATS-FREE:0\r\n"},
};

QStringList keys(const ScheduleModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row).data(ScheduleModel::KeyRole).toString();
    return list;
}

} // namespace

class TestScheduleModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<ScheduleModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;

    void store(const std::vector<Event> &events)
    {
        const auto replaced = m_store->replaceCalendar(
            calendar(events), u"https://example.org/t.ics"_s, {}, {}, m_now);
        QVERIFY2(replaced.stored, qPrintable(replaced.parsed.errorString));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<ScheduleStore>(m_dir->path());
        QVERIFY(m_store->open());
        m_now = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        m_model = std::make_unique<ScheduleModel>(*m_store);
        m_model->setUtcClock([this] { return m_now; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        m_dir.reset();
    }

    void showsTheSampleUntilACalendarIsStored()
    {
        m_model->refresh();
        QVERIFY(m_model->isSample());
        QVERIFY(!m_model->lastUpdated().isValid());
        QVERIFY(m_model->count() > 0);
        QVERIFY(m_model->index(0).data(ScheduleModel::IsSampleRole).toBool());
        // Every day key is inside the 30 days from today (Kyiv), in order.
        QString previous;
        for (int row = 0; row < m_model->count(); ++row) {
            const QString day = m_model->index(row).data(ScheduleModel::DayRole).toString();
            QVERIFY(day >= u"2026-12-01"_s && day < u"2026-12-31"_s);
            QVERIFY(day >= previous);
            previous = day;
        }
    }

    void rolesOfAStoredCalendar()
    {
        store(firstCalendar);
        QSignalSpy info(m_model.get(), &ScheduleModel::calendarInfoChanged);
        m_model->refresh();
        QCOMPARE(info.count(), 1);
        QVERIFY(!m_model->isSample());
        QCOMPARE(m_model->lastUpdated(), m_now);
        QCOMPARE(keys(*m_model), (QStringList {u"a"_s, u"b"_s, u"c"_s}));

        const QModelIndex first = m_model->index(0);
        QCOMPARE(first.data(ScheduleModel::DayRole).toString(), u"2026-12-03"_s);
        QCOMPARE(first.data(ScheduleModel::TopicRole).toString(), u"Дія для початківців"_s);
        QCOMPARE(first.data(ScheduleModel::TimeRole).toString(), u"10:00–12:00"_s);
        QCOMPARE(first.data(ScheduleModel::PlaceRole).toString(), u"Читальна зала"_s);
        QCOMPARE(first.data(ScheduleModel::TrainerRole).toString(), u"Марія Бондар"_s);
        QCOMPARE(first.data(ScheduleModel::SeatsFreeRole).toInt(), 3);
        QCOMPARE(first.data(ScheduleModel::IsSampleRole).toBool(), false);
        // Kyiv is UTC+2 in December.
        QCOMPARE(first.data(ScheduleModel::StartRole).toDateTime(),
            QDateTime(QDate(2026, 12, 3), QTime(8, 0), Qt::UTC));
        QCOMPARE(m_model->index(1).data(ScheduleModel::SeatsFreeRole).toInt(), -1);
        QCOMPARE(m_model->index(2).data(ScheduleModel::SeatsFreeRole).toInt(), 0);
        const QVariantMap row = m_model->get(0);
        QCOMPARE(row.value(u"topic"_s).toString(), u"Дія для початківців"_s);
        QCOMPARE(row.value(u"day"_s).toString(), u"2026-12-03"_s);
        QCOMPARE(row.value(u"seatsFree"_s).toInt(), 3);
        QVERIFY(m_model->get(3).isEmpty());
        QCOMPARE(m_model->rowOf(u"c"_s), 2);
        QCOMPARE(m_model->rowOf(u"zzz"_s), -1);

        // A second refresh with nothing new changes nothing.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->refresh();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(info.count(), 1);
    }

    void aSyncIsAppliedAsPreciseChanges()
    {
        store(firstCalendar);
        m_model->refresh();

        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy count(m_model.get(), &ScheduleModel::countChanged);

        // "a" has one seat fewer, "b" is gone, "d" is new.
        std::vector<Event> next = firstCalendar;
        next[0].extra.replace("SEATS-FREE:3", "SEATS-FREE:2");
        next.erase(next.begin() + 1);
        next.push_back({"d", "20261205T110000", "20261205T120000", "Нова тема", {}});
        m_now = m_now.addSecs(60);
        store(next);
        m_model->refresh();

        QCOMPARE(reset.count(), 0);
        QCOMPARE(keys(*m_model), (QStringList {u"a"_s, u"d"_s, u"c"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(m_model->index(0).data(ScheduleModel::SeatsFreeRole).toInt(), 2);
        QCOMPARE(count.count(), 0); // three rows before and after
        QCOMPARE(m_model->lastUpdated(), m_now);
    }

    void aMovedTrainingMovesItsRow()
    {
        store(firstCalendar);
        m_model->refresh();
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

        std::vector<Event> next = firstCalendar;
        next[0].start = "20261211T100000"; // "a" moves after "c"
        next[0].end = "20261211T120000";
        store(next);
        m_model->refresh();

        QCOMPARE(keys(*m_model), (QStringList {u"b"_s, u"c"_s, u"a"_s}));
        QCOMPARE(removed.count(), 0);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(m_model->index(2).data(ScheduleModel::DayRole).toString(), u"2026-12-11"_s);
    }

    void endedTrainingsDropOff()
    {
        store(firstCalendar);
        m_model->refresh();
        // 12:30 in Kyiv on the 3rd: "a" (10:00–12:00) is over, "b" (14:00) is still to come.
        m_now = QDateTime(QDate(2026, 12, 3), QTime(10, 30), Qt::UTC);
        m_model->refresh();
        QCOMPARE(keys(*m_model), (QStringList {u"b"_s, u"c"_s}));
    }

    void emptyCalendarGivesNoRows()
    {
        store(firstCalendar);
        m_model->refresh();
        store({{"far", "20270301T100000", "20270301T110000", "Навесні", {}}});
        m_model->refresh();
        QCOMPARE(m_model->count(), 0);
        QVERIFY(!m_model->isSample());
    }

    // Hole 10 of issue 13: a hostile calendar is expanded off the UI thread (the event loop
    // keeps running: timer latency is measured while it expands), and the rows shown before stay.
    void hostileCalendarDoesNotFreezeTheEventLoop()
    {
        store(firstCalendar);
        m_model->refresh();
        const QStringList good = keys(*m_model);
        QCOMPARE(good.size(), 3);

        const auto replaced = m_store->replaceCalendar(
            MistTest::hostileCalendar(1000), u"https://example.org/t.ics"_s, {}, {}, m_now);
        QVERIFY2(replaced.stored, qPrintable(replaced.parsed.errorString));
        (void)m_store->parsedCalendar(); // parsing is the sync's cost, not this test's

        m_model->setBackgroundExpansion(true);
        QSignalSpy refreshed(m_model.get(), &ScheduleModel::refreshed);
        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstGap = std::max(worstGap, now - lastTick);
            lastTick = now;
        });
        clock.start();
        ticker.start();
        m_model->refresh();
        QVERIFY(refreshed.wait(ScheduleExpander::timeBudget.count() * 5));
        const qint64 expandMs = clock.elapsed();
        ticker.stop();
        qInfo("hostile calendar expanded in %lld ms on the worker; worst event-loop gap %lld ms",
            expandMs, worstGap);

        // The calendar is hostile enough that expanding it on the UI thread would freeze it.
        QVERIFY2(expandMs >= ScheduleExpander::timeBudget.count() / 2,
            qPrintable(QString::number(expandMs)));
        QVERIFY2(worstGap < 250, qPrintable(QString::number(worstGap)));
        QVERIFY(!m_model->isExpanding());
        // Out of budget: the last good schedule stays.
        QCOMPARE(keys(*m_model), good);
    }

    void backgroundRefreshAppliesAGoodCalendar()
    {
        m_model->setBackgroundExpansion(true);
        store(firstCalendar);
        QSignalSpy refreshed(m_model.get(), &ScheduleModel::refreshed);
        m_model->refresh();
        m_model->refresh(); // while one runs: a second one follows it
        QVERIFY(m_model->isExpanding());
        QCOMPARE(m_model->count(), 0);
        QTRY_COMPARE(refreshed.size(), 2);
        QCOMPARE(keys(*m_model).size(), 3);
        QVERIFY(!m_model->isSample());
    }

    void calendarEntryIsAVEvent()
    {
        store(firstCalendar);
        m_model->refresh();
        const QString entry = m_model->calendarEntry(0);
        QVERIFY(entry.startsWith(u"BEGIN:VEVENT\r\n"_s));
        QVERIFY(entry.contains(u"SUMMARY:Дія для початківців"_s));
        QVERIFY(entry.contains(u"DTSTART:20261203T080000Z"_s));
        QVERIFY(entry.endsWith(u"END:VEVENT\r\n"_s));
        QVERIFY(m_model->calendarEntry(-1).isEmpty());
        QVERIFY(m_model->calendarEntry(3).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleModel)
#include "tst_schedulemodel.moc"
