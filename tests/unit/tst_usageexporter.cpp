// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsageExporter and UsageTimeRange: CSV per RFC 4180 (quotes, CRLF, BOM), NDJSON that parses,
// fast UTC formatting that agrees with Qt's, and periods read as people write them.

#include "usage/usageexporter.h"
#include "usage/usagetimerange.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

class TestUsageExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void utcFormatting()
    {
        for (const qint64 ms : {qint64(0), qint64(951782400123), qint64(1793604477208),
                 qint64(4102444799999), qint64(-86400001)}) {
            QByteArray out;
            appendUtcTime(out, ms);
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                         .toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
            QCOMPARE(QString::fromLatin1(out), expected);
        }
    }

    void ranges()
    {
        QString error;
        const auto days = UsageTimeRange::parse(u"2026-03-01"_s, u"2026-03-01"_s, &error);
        QVERIFY(days);
        // Kyiv is UTC+2 on 1 March: the day runs 22:00 UTC to 22:00 UTC.
        QCOMPARE(
            days->fromMs, QDateTime(QDate(2026, 2, 28), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(days->toMs - days->fromMs, qint64(86400000));
        const auto times = UsageTimeRange::parse(
            u"2026-03-01T08:00:00Z"_s, u"2026-03-01T09:00:00+01:00"_s, &error);
        QVERIFY(times);
        QCOMPARE(times->fromMs, times->toMs);
        QVERIFY(!UsageTimeRange::parse(u"2026-13-01"_s, u"2026-03-01"_s, &error));
        QVERIFY(!UsageTimeRange::parse(u"2026-03-01T08:00:00"_s, u"2026-03-02"_s, &error));
        QVERIFY(!UsageTimeRange::parse(u"2026-03-05"_s, u"2026-03-01"_s, &error));
        QVERIFY(!UsageTimeRange::parse(u"'; DROP TABLE events"_s, u"x"_s, &error));
        QVERIFY(UsageTimeRange::month(u"2026-03"_s));
        QVERIFY(!UsageTimeRange::month(u"2026-3"_s));
        QVERIFY(!UsageTimeRange::month(u"2026-00"_s));
    }

    void csvAndNdjson()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        QVERIFY(store.append({
            {1000, u"k"_s, u"s"_s, UsageEvent::Type::PortalOpened, u"a,\"b\"\nc"_s, {}, false},
            {2000, u"k"_s, u"s"_s, UsageEvent::Type::SearchDone, {}, 3, false},
            {3000, u"k"_s, u"s"_s, UsageEvent::Type::AdminAction, u"=cmd"_s, {}, true},
            {4000, u"k"_s, u"s"_s, UsageEvent::Type::QrShown, u"київ"_s, {}, false},
        }));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QString error;
        UsageExporter csvExporter(store.events(0, 10000), UsageExporter::Format::Csv, true);
        QVERIFY(csvExporter.writeAll(&csv, &error));
        QCOMPARE(csvExporter.rowCount(), 4);
        const QByteArray text = csv.data();
        QVERIFY(text.startsWith(
            "\xEF\xBB\xBFtime_utc,time_ms,kiosk_id,session_id,event,subject,value,synthetic\r\n"));
        QVERIFY(text.contains(",portal_opened,\"a,\"\"b\"\"\nc\",,0\r\n"));
        QVERIFY(text.contains(",search_done,,3,0\r\n"));
        QVERIFY(text.contains(",admin_action,\"'=cmd\",,1\r\n")); // never a formula
        QVERIFY(text.contains(",qr_shown,київ,,0\r\n"));
        QCOMPARE(text.count("\r\n"), 5);

        QBuffer ndjson;
        ndjson.open(QIODevice::WriteOnly);
        UsageExporter jsonExporter(store.events(0, 10000), UsageExporter::Format::Ndjson);
        QVERIFY(jsonExporter.writeAll(&ndjson, &error));
        const QList<QByteArray> lines = ndjson.data().split('\n');
        QCOMPARE(lines.size(), 5); // four lines and the empty tail
        for (int i = 0; i < 4; ++i) {
            QJsonParseError parseError;
            const QJsonObject object = QJsonDocument::fromJson(lines[i], &parseError).object();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QCOMPARE(object.value(u"kiosk_id"_s).toString(), u"k"_s);
        }
        QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"subject"_s).toString(),
            u"a,\"b\"\nc"_s);
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"value"_s).toInt(), 3);
        QVERIFY(QJsonDocument::fromJson(lines[2]).object().value(u"synthetic"_s).toBool());
    }

    void chunksAreBounded()
    {
        QTemporaryDir dir;
        UsageStore store(dir.path());
        QVERIFY(store.open());
        std::vector<UsageEvent> events;
        for (int i = 0; i < 250; ++i)
            events.push_back(
                {i, u"k"_s, u"s"_s, UsageEvent::Type::ScreenViewed, u"home"_s, {}, false});
        QVERIFY(store.append(events));
        UsageExporter exporter(store.events(0, 1000), UsageExporter::Format::Ndjson);
        QByteArray chunk;
        QVERIFY(exporter.nextChunk(&chunk, 100));
        QCOMPARE(chunk.count('\n'), 100);
        chunk.clear();
        QVERIFY(exporter.nextChunk(&chunk, 100));
        chunk.clear();
        QVERIFY(!exporter.nextChunk(&chunk, 100));
        QCOMPARE(chunk.count('\n'), 50);
        QCOMPARE(exporter.rowCount(), 250);
    }
};

QTEST_GUILESS_MAIN(TestUsageExporter)
#include "tst_usageexporter.moc"
