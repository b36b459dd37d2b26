// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Benchmark: parse and expand a 2,000-event training calendar for 30 days, as the schedule
// screen does when a new calendar arrives. Prints figures; it is not a timed test.
//
// The calendar is generated to look like years of a busy library's Google Calendar export:
// 1,300 single trainings spread over two years (most of them past), 500 weekly series (with
// COUNT, UNTIL or no end, some with EXDATEs and RDATEs, started up to four years ago; most counted
// ones on two weekdays with DTSTART on any day, so five in seven of those are walked from
// DTSTART), 120 daily and monthly series, and 80 moved or cancelled instances (RECURRENCE-ID).
// Every event has a Kyiv TZID, a location and a description with the trainer and seats lines.
//
// Goal (issue): parse + expand <= 100 ms. Run from a Release build for real figures:
//   cmake --build build/release --target bench_schedule && build/release/tests/bench/bench_schedule

#include "schedule/icsparser.h"
#include "schedule/scheduleexpander.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

constexpr int defaultRuns = 21;
const QDate windowStart(2026, 11, 30);

QByteArray stamp(const QDateTime &local)
{
    return local.toString(u"yyyyMMdd'T'HHmmss"_s).toLatin1();
}

QByteArray makeCalendar()
{
    static const QList<QByteArray> topics {"Основи електронного урядування",
        "Як отримати Дія.Підпис", "Пенсійний фонд онлайн", "Електронний кабінет платника",
        "Безпека в інтернеті", "Е-здоров’я: декларація з лікарем", "Кадастрова карта"};
    QByteArray ics = "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                     "VERSION:2.0\r\nX-WR-CALNAME:Тренінги бібліотеки\r\n";
    int events = 0;
    const auto begin = [&](const QByteArray &uid, const QDateTime &start, int minutes) {
        ++events;
        const QByteArray topic = topics.at(events % topics.size());
        ics += "BEGIN:VEVENT\r\nUID:" + uid
            + "@bench.mist\r\nDTSTAMP:20261101T000000Z\r\n"
              "DTSTART;TZID=Europe/Kiev:"
            + stamp(start) + "\r\nDTEND;TZID=Europe/Kiev:" + stamp(start.addSecs(minutes * 60))
            + "\r\nSUMMARY:" + topic
            + "\r\n"
              "LOCATION:Комп’ютерний клас\\, 2 поверх\r\n"
              "DESCRIPTION:Для початківців. Візьміть паспорт і телефон.<br><br>Тренер: Марія "
              "Бондар<br>Вільних місць: "
            + QByteArray::number(events % 12)
            + "\r\n"
              "STATUS:CONFIRMED\r\n";
    };
    const auto end = [&] { ics += "END:VEVENT\r\n"; };

    // 1,300 single trainings over two years up to two months ahead.
    for (int i = 0; i < 1300; ++i) {
        const QDateTime start(windowStart.addDays(-670 + i / 2), QTime(10 + (i % 3) * 2, 0));
        begin("single-" + QByteArray::number(i), start, 90);
        end();
    }
    // 500 weekly series.
    for (int i = 0; i < 500; ++i) {
        const QDateTime start(windowStart.addDays(-7 * (i % 200) - i % 7), QTime(9 + i % 8, 30));
        const QByteArray uid = "weekly-" + QByteArray::number(i);
        begin(uid, start, 120);
        switch (i % 4) {
        case 0:
            ics += "RRULE:FREQ=WEEKLY;BYDAY="
                + QByteArrayList {"MO", "TU", "WE", "TH", "FR"}.at(i % 5) + "\r\n";
            break;
        case 1: {
            // Counted series: as Google Calendar writes "ends after N occurrences", and on two
            // weekdays that DTSTART is mostly not on (ScheduleExpander then walks them).
            static const QByteArrayList days {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
            const QByteArray count = QByteArray::number(50 + i % 250);
            if (i % 8 == 1) {
                ics += "RRULE:FREQ=WEEKLY;WKST=MO;COUNT=" + count
                    + ";BYDAY=" + days.at(start.date().dayOfWeek() - 1) + "\r\n";
            } else {
                ics += "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=" + count + "\r\n";
            }
            break;
        }
        case 2:
            ics += "RRULE:FREQ=WEEKLY;UNTIL=20270301T000000Z\r\n";
            break;
        default:
            ics += "RRULE:FREQ=WEEKLY;INTERVAL=2\r\nEXDATE;TZID=Europe/Kiev:"
                + stamp(start.addDays(14 * 10)) + "\r\nRDATE;TZID=Europe/Kiev:"
                + stamp(QDateTime(windowStart.addDays(3 + i % 20), QTime(15, 0))) + "\r\n";
            break;
        }
        end();
        // 80 of them have a moved (or cancelled) instance in the window.
        if (i % 6 == 0 && i < 480) {
            QDateTime slot = start;
            while (slot.date() < windowStart)
                slot = slot.addDays(7);
            begin(uid, slot.addDays(1).addSecs(3600), 120);
            ics += "RECURRENCE-ID;TZID=Europe/Kiev:" + stamp(slot) + "\r\n";
            if (i % 12 == 0)
                ics += "STATUS:CANCELLED\r\n";
            end();
        }
    }
    // 120 daily and monthly series.
    for (int i = 0; i < 120; ++i) {
        const QDateTime start(windowStart.addDays(-30 * (i % 40)), QTime(8 + i % 10, 0));
        begin("other-" + QByteArray::number(i), start, 60);
        ics += i % 2 ? "RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n" : "RRULE:FREQ=DAILY;INTERVAL=3\r\n";
        end();
    }
    ics += "END:VCALENDAR\r\n";
    if (events != 2000)
        qFatal("the generated calendar has %d events, not 2,000", events);
    return ics;
}

// Milliseconds of CPU time of this thread: on a shared machine, wall time also counts the time
// other processes had the CPU.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Figures
{
    double median = 0; // wall time
    double min = 0;
    double max = 0;
    double cpuMedian = 0;
};

template<typename Work>
Figures measure(int runs, Work work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], wall.front(), wall.back(), cpu[cpu.size() / 2]};
}

void print(const char *what, const Figures &figures)
{
    std::printf("%-15s median %7.2f ms  (min %7.2f, max %7.2f)  CPU median %7.2f ms\n", what,
        figures.median, figures.min, figures.max, figures.cpuMedian);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = defaultRuns;
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(u"--runs"_s); at >= 0 && at + 1 < arguments.size())
        runs = std::max(1, arguments.at(at + 1).toInt());

    const QByteArray ics = makeCalendar();
    const IcsParser::Result parsed = IcsParser::parse(ics);
    const ScheduleExpander::Result expanded = ScheduleExpander::expand(parsed, windowStart, 30);
    if (!parsed.ok() || !parsed.warnings.isEmpty() || expanded.truncated) {
        std::fprintf(stderr, "the generated calendar does not read cleanly: %s %s\n",
            qPrintable(parsed.errorString), qPrintable(parsed.warnings.join(u"; "_s)));
        return 1;
    }

    const Figures parse = measure(runs, [&] { (void)IcsParser::parse(ics); });
    const Figures expand
        = measure(runs, [&] { (void)ScheduleExpander::expand(parsed, windowStart, 30); });
    const Figures both
        = measure(runs, [&] { (void)ScheduleExpander::expand(ics, windowStart, 30); });

    std::printf("calendar: 2,000 VEVENTs, %.1f KiB; %zu occurrences in the 30 days from %s\n",
        double(ics.size()) / 1024.0, expanded.occurrences.size(),
        qPrintable(windowStart.toString(Qt::ISODate)));
    std::printf("runs: %d\n", runs);
    print("parse:", parse);
    print("expand 30 days:", expand);
    print("parse + expand:", both);
    std::printf("goal: parse + expand <= 100 ms: %s (wall median), %s (CPU median)\n",
        both.median <= 100.0 ? "met" : "NOT met", both.cpuMedian <= 100.0 ? "met" : "NOT met");
    return 0;
}
