// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// TrainingLog and the monthly report: trainings recorded as held (from the calendar and not in
// it) with their participants are in the usage log, listed by month, and counted in the report's
// text, JSON and HTML with the admin section.

#include "admin/adminevents.h"
#include "admin/traininglog.h"
#include "usage/usagereport.h"
#include "usage/usagestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

class TestTrainingLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordListAndReport()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        const AdminEventSink sink = AdminEvents::storeSink(&store, u"kiosk-1"_s);
        QCOMPARE(TrainingLog::record(sink, u"uid-42@20261203T100000Z"_s, 12),
            TrainingLog::Problem::None);
        QCOMPARE(
            TrainingLog::recordUnlisted(sink, QDate::currentDate(), 7), TrainingLog::Problem::None);
        // Refused: no participants, too many, no occurrence, a forged "not in calendar" key.
        QCOMPARE(TrainingLog::record(sink, u"uid-1"_s, 0), TrainingLog::Problem::BadParticipants);
        QCOMPARE(TrainingLog::record(sink, u"uid-1"_s, 501), TrainingLog::Problem::BadParticipants);
        QCOMPARE(TrainingLog::record(sink, u" "_s, 3), TrainingLog::Problem::NoOccurrence);
        QCOMPARE(TrainingLog::record(sink, u"not-in-calendar:x"_s, 3),
            TrainingLog::Problem::NoOccurrence);
        QCOMPARE(TrainingLog::recordUnlisted(sink, QDate(), 3), TrainingLog::Problem::BadDate);
        sink(UsageEvent::Type::AdminChange, u"session/idle_timeout"_s, std::nullopt);
        sink(UsageEvent::Type::AdminChange, AdminEvents::portalSubject(u"local-cnap"_s),
            std::nullopt);
        sink(UsageEvent::Type::AdminChange, AdminEvents::portalSubject(u"local-queue"_s),
            std::nullopt);

        const QDate month = QDateTime::currentDateTimeUtc().date();
        const auto records = TrainingLog::list(store, month);
        QCOMPARE(records.size(), size_t(2));
        QCOMPARE(records[0].occurrence, u"uid-42@20261203T100000Z"_s);
        QCOMPARE(records[0].participants, 12);
        QVERIFY(records[1].occurrence.isEmpty());
        QCOMPARE(records[1].date, QDate::currentDate());
        QCOMPARE(records[1].participants, 7);
        QVERIFY(TrainingLog::list(store, month.addMonths(-1)).empty());

        const UsageReport report = UsageReport::build(store, month);
        QCOMPARE(report.librarian.trainingsHeld, 2);
        QCOMPARE(report.librarian.participants, 19);
        QCOMPARE(report.librarian.unlistedTrainings, 1);
        QCOMPARE(report.librarian.adminChanges, 3);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"trainingsHeld"_s).toInt(), 2);
        QCOMPARE(json.value(u"participantsTrained"_s).toInt(), 19);
        const QJsonObject admin = json.value(u"admin"_s).toObject();
        QCOMPARE(admin.value(u"changes"_s).toInt(), 3);
        const QJsonArray byKey = admin.value(u"byKey"_s).toArray();
        QCOMPARE(byKey.size(), 2);
        QCOMPARE(byKey.at(0).toObject().value(u"key"_s).toString(), u"portals"_s);
        QCOMPARE(byKey.at(0).toObject().value(u"changes"_s).toInt(), 2);

        const QString text = report.toText(UsageReport::Names());
        QVERIFY2(
            text.contains(u"Trainings held (recorded by the librarian): 2, participants: 19"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"Admin changes: 3"_s));
        QVERIFY(text.contains(u"session/idle_timeout"_s));

        const QString html = report.toHtml(UsageReport::Names(), u"Бібліотека"_s);
        QVERIFY(html.contains(u"Проведено навчань"_s));
        QVERIFY(html.contains(u"<div class=\"n\">19</div>"_s));
        QVERIFY(html.contains(u"<div class=\"n\">2</div>"_s));
        QVERIFY(html.contains(u"Адміністрування"_s));
    }
};

QTEST_GUILESS_MAIN(TestTrainingLog)
#include "tst_traininglog.moc"
