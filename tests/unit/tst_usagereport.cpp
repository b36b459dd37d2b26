// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsageReport: a month's figures from a log of known sessions (counts, median, distribution,
// top lists, Kyiv weekday and hour, sessions across the month's end), and the HTML page: one
// self-contained file, Ukrainian first, charts inline.

#include "usage/usagereport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

// Kyiv is UTC+2 in November.
qint64 kyiv(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch()
        - 2 * 3600 * 1000;
}

void session(std::vector<UsageEvent> &out, const QString &id, qint64 start, qint64 lengthMs,
    const QString &reason, const QStringList &portals = {})
{
    out.push_back({start, u"k"_s, id, UsageEvent::Type::SessionStarted, {}, {}, false});
    for (const QString &portal : portals) {
        out.push_back(
            {start + 1000, u"k"_s, id, UsageEvent::Type::ServiceViewed, portal, {}, false});
        out.push_back(
            {start + 2000, u"k"_s, id, UsageEvent::Type::PortalOpened, portal, {}, false});
    }
    if (!reason.isEmpty())
        out.push_back({start + lengthMs, u"k"_s, id, UsageEvent::Type::SessionEnded, reason,
            lengthMs, false});
}

} // namespace

class TestUsageReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        std::vector<UsageEvent> events;
        // 2 Nov 2026 is a Monday.
        session(events, u"a"_s, kyiv(2, 10), 30'000, u"finish"_s, {u"diia"_s});
        session(events, u"b"_s, kyiv(2, 10, 30), 120'000, u"timeout"_s, {u"diia"_s, u"ehealth"_s});
        session(events, u"c"_s, kyiv(3, 15), 400'000, u"finish"_s);
        session(events, u"d"_s, kyiv(4, 9), 0, {}); // no end recorded
        // Starts on the last evening of the month (Kyiv), ends after midnight: counted in November.
        session(events, u"e"_s, kyiv(30, 23, 59), 1'500'000, u"finish"_s);
        // October's session ending in November: not November's.
        events.push_back({kyiv(1, 0, 1), u"k"_s, u"old"_s, UsageEvent::Type::SessionEnded,
            u"finish"_s, 60'000, false});
        events.push_back({kyiv(5, 12), u"k"_s, u"c"_s, UsageEvent::Type::CategoryOpened,
            u"health"_s, {}, false});
        events.push_back(
            {kyiv(5, 12), u"k"_s, u"c"_s, UsageEvent::Type::TrainingViewed, u"t1"_s, {}, false});
        QVERIFY(store.append(events));

        const UsageReport report = UsageReport::build(store, QDate(2026, 11, 1));
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.sessions, 5);
        QCOMPARE(report.finished, 3);
        QCOMPARE(report.timedOut, 1);
        QCOMPARE(report.unended, 1);
        // Lengths 30 s, 120 s, 400 s, 1500 s: median (120 + 400) / 2 = 260 s.
        QCOMPARE(report.medianSessionMs, 260'000);
        QCOMPARE(report.lengthBuckets[0], 1); // < 1 min
        QCOMPARE(report.lengthBuckets[1], 1); // 1–3 min (2 min)
        QCOMPARE(report.lengthBuckets[3], 1); // 5–10 (6.7 min)
        QCOMPARE(report.lengthBuckets[5], 1); // 20+ (25 min)
        QCOMPARE(report.services.front().id, u"diia"_s);
        QCOMPARE(report.services.front().count, 2);
        QCOMPARE(report.services.front().secondary, 2);
        QCOMPARE(report.portalOpens, 3);
        QCOMPARE(report.categories.front().id, u"health"_s);
        QCOMPARE(report.trainingViews, 1);
        QCOMPARE(report.weekdayHour[0][10], 2); // Monday 10:00 Kyiv
        QCOMPARE(report.weekdayHour[1][15], 1);
        QCOMPARE(report.weekdayHour[0][23], 1); // 30 Nov is a Monday
        QVERIFY(!report.synthetic);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"sessions"_s).toInt(), 5);
        QCOMPARE(json.value(u"sessionsByWeekdayHour"_s).toArray().size(), 7);
        QVERIFY(report.toText(UsageReport::defaultNames())
                    .contains(u"Sessions (citizens served): 5"_s));

        const QString html = report.toHtml(UsageReport::defaultNames(), u"Бібліотека"_s);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<svg"_s));
        QVERIFY(html.contains(u"@media print"_s));
        // Self-contained: nothing loaded from elsewhere.
        QVERIFY(!html.contains(QRegularExpression(u"(src|href)=\"(https?:)?//"_s)));
        QVERIFY(!html.contains(u"<script"_s));
        // Ukrainian first, English second.
        const qsizetype uk = html.indexOf(u"Обслужено відвідувачів"_s);
        const qsizetype en = html.indexOf(u"Citizens served"_s);
        QVERIFY(uk > 0 && en > uk);
        QVERIFY(html.contains(u"Дія"_s)); // a service by its name
    }

    void learningSection()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        std::vector<UsageEvent> events;
        auto add = [&](int day, UsageEvent::Type type, const QString &subject,
                       std::optional<qint64> value = std::nullopt) {
            events.push_back({kyiv(day, 11), u"k"_s, u"s"_s, type, subject, value, false});
        };
        add(2, UsageEvent::Type::LessonOpened, u"diia/what-is-diia"_s);
        add(2, UsageEvent::Type::LessonOpened, u"diia/certificates"_s);
        add(3, UsageEvent::Type::LessonOpened, u"staying-safe/phishing"_s);
        add(3, UsageEvent::Type::ModuleFinished, u"diia"_s);
        // q1: 3 of 4 right; q2: 1 of 2 right (the harder one, listed first).
        for (const int correct : {1, 1, 0, 1})
            add(3, UsageEvent::Type::CheckAnswered, u"diia/q1"_s, correct);
        for (const int correct : {0, 1})
            add(3, UsageEvent::Type::CheckAnswered, u"diia/q2"_s, correct);
        add(4, UsageEvent::Type::TrainingRecorded, u"council-open-data"_s, 12);
        add(5, UsageEvent::Type::TrainingRecorded, u"council-open-data"_s, 8);
        add(6, UsageEvent::Type::TrainingRecorded, u"diia"_s, 5);
        // October: not counted.
        events.push_back({kyiv(1, 0) - 3600 * 1000 * 5, u"k"_s, u"s"_s,
            UsageEvent::Type::TrainingRecorded, u"diia"_s, 100, false});
        QVERIFY(store.append(events));

        const UsageReport report = UsageReport::build(store, QDate(2026, 11, 1));
        const UsageReport::Learning &learning = report.learning;
        QCOMPARE(learning.lessonsOpened, 3);
        QCOMPARE(learning.modulesFinished, 1);
        QCOMPARE(learning.trainingsHeld, 3);
        QCOMPARE(learning.participants, 25);
        QCOMPARE(learning.questions.size(), size_t(2));
        QCOMPARE(learning.questions[0].id, u"diia/q2"_s);
        QCOMPARE(learning.questions[0].answered, 2);
        QCOMPARE(learning.questions[0].correct, 1);
        QCOMPARE(learning.questions[1].correct, 3);
        QCOMPARE(learning.trainingsByModule.front().id, u"council-open-data"_s);
        QCOMPARE(learning.trainingsByModule.front().secondary, 20);

        const QJsonObject json = report.toJson().value(u"learning"_s).toObject();
        QCOMPARE(json.value(u"lessonsOpened"_s).toInt(), 3);
        QCOMPARE(json.value(u"participants"_s).toInt(), 25);
        QCOMPARE(json.value(u"questions"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"successRate"_s)
                     .toDouble(),
            0.75);

        const QString text = report.toText({});
        QVERIFY2(text.contains(u"Learning (the course):"_s), qPrintable(text));
        QVERIFY(text.contains(u"trainings held: 3, participants: 25"_s));
        QVERIFY(text.contains(u" 75%"_s));
        const QString html = report.toHtml({}, u"Library"_s);
        QVERIFY(html.contains(u"<section id=\"learning\">"_s));
        QVERIFY(html.contains(u"Проведено тренінгів"_s));
        QVERIFY(html.contains(u"50%"_s));
    }

    // Issue 16: the monthly report shows pages printed (all copies), beside the documents
    // received and the jobs that failed.
    void documentsSection()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        std::vector<UsageEvent> events;
        auto add = [&](int day, UsageEvent::Type type, const QString &subject,
                       std::optional<qint64> value = std::nullopt) {
            events.push_back({kyiv(day, 11), u"k"_s, u"s"_s, type, subject, value, false});
        };
        add(2, UsageEvent::Type::DocumentReceived, u"download"_s);
        add(2, UsageEvent::Type::DocumentReceived, u"page-print"_s);
        add(2, UsageEvent::Type::DocumentPrinted, u"portal"_s, 4);
        add(3, UsageEvent::Type::DocumentPrinted, u"kiosk"_s, 2);
        add(3, UsageEvent::Type::PrintFailed, u"out-of-paper"_s);
        add(4, UsageEvent::Type::PrintFailed, u"out-of-paper"_s);
        add(4, UsageEvent::Type::PrintFailed, u"unreachable"_s);
        // October: not counted.
        events.push_back({kyiv(1, 0) - 3600 * 1000 * 5, u"k"_s, u"s"_s,
            UsageEvent::Type::DocumentPrinted, u"portal"_s, 50, false});
        QVERIFY(store.append(events));

        const UsageReport report = UsageReport::build(store, QDate(2026, 11, 1));
        QCOMPARE(report.documents.received, 2);
        QCOMPARE(report.documents.printed, 2);
        QCOMPARE(report.documents.pagesPrinted, 6);
        QCOMPARE(report.documents.failed, 3);
        QCOMPARE(report.documents.failuresByProblem.front().id, u"out-of-paper"_s);
        QCOMPARE(report.documents.failuresByProblem.front().count, 2);

        const QJsonObject json = report.toJson().value(u"documents"_s).toObject();
        QCOMPARE(json.value(u"pagesPrinted"_s).toInt(), 6);
        QCOMPARE(json.value(u"failed"_s).toInt(), 3);
        const QString text = report.toText({});
        QVERIFY2(text.contains(u"printed 2 (6 pages), failed jobs 3"_s), qPrintable(text));
        const QString html = report.toHtml({}, u"Library"_s);
        QVERIFY(html.contains(u"Надруковано сторінок"_s));
    }

    void emptyMonth()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        const UsageReport report = UsageReport::build(store, QDate(2026, 2, 1));
        QCOMPARE(report.sessions, 0);
        QCOMPARE(report.medianSessionMs, 0);
        QVERIFY(report.toHtml({}, {}).contains(u"Немає даних"_s));
    }
};

QTEST_GUILESS_MAIN(TestUsageReport)
#include "tst_usagereport.moc"
