// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// RestartGuard: crashes counted within the window, the rest and its growing back-off, the normal
// start after a rest, clean exits, and a damaged or unwritable start counter.

#include "session/restartguard.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Mist::RestartGuard;

class TestRestartGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now;

    [[nodiscard]] RestartGuard guard(RestartGuard::Settings settings = {})
    {
        return RestartGuard(
            m_dir.path(), [this] { return m_now; }, settings);
    }

    // A kiosk run that crashes: begin() and no clean exit, then `after` later the next one.
    RestartGuard::Decision crashOnce(std::chrono::seconds after = 30s)
    {
        const RestartGuard::Decision decision = guard().begin();
        m_now = m_now.addSecs(after.count());
        return decision;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QString(RestartGuard::fileName)));
        m_now = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
    }

    void firstStartIsNormal()
    {
        RestartGuard first = guard();
        const RestartGuard::Decision decision = first.begin();
        QVERIFY(!decision.rest);
        QCOMPARE(decision.crashes, 0);
        QVERIFY(QFile::exists(first.filePath()));
    }

    void fiveCrashesInTenMinutesRest()
    {
        for (int i = 0; i < 5; ++i) {
            const RestartGuard::Decision decision = crashOnce(60s);
            QVERIFY2(!decision.rest, qPrintable(u"rested at start %1"_s.arg(i + 1)));
            QCOMPARE(decision.crashes, i);
        }
        const RestartGuard::Decision sixth = guard().begin();
        QVERIFY(sixth.rest);
        QCOMPARE(sixth.crashes, 5);
        QCOMPARE(sixth.backoff, std::chrono::seconds(5min));
        QCOMPARE(sixth.restsToday, 1);
        QVERIFY(RestartGuard::describe(sixth, {}).contains(u"resting for 300 s"_s));

        // After the rest: a normal start, whatever happened before it.
        m_now = m_now.addSecs(300);
        const RestartGuard::Decision afterRest = guard().begin();
        QVERIFY(!afterRest.rest);
        QCOMPARE(afterRest.crashes, 0);
    }

    void crashesSpreadOverMoreThanTheWindowDoNotRest()
    {
        // One crash every 3 minutes: never 5 within 10 minutes.
        for (int i = 0; i < 20; ++i)
            QVERIFY(!crashOnce(180s).rest);
    }

    void cleanExitsAreNotCrashes()
    {
        for (int i = 0; i < 10; ++i) {
            RestartGuard run = guard();
            QVERIFY(!run.begin().rest);
            run.markCleanExit();
            m_now = m_now.addSecs(10);
        }
        // Four crashes and many clean restarts (systemctl restart) in the window: no rest.
        for (int i = 0; i < 4; ++i)
            QVERIFY(!crashOnce(10s).rest);
        RestartGuard fifth = guard();
        QCOMPARE(fifth.begin().crashes, 4);
        fifth.markCleanExit();
        QVERIFY(!guard().begin().rest);
    }

    void aLoopThatComesBackRestsLonger()
    {
        const auto loopUntilRest = [this] {
            RestartGuard::Decision decision;
            for (int i = 0; i < 10 && !decision.rest; ++i)
                decision = crashOnce(20s);
            return decision;
        };
        QCOMPARE(loopUntilRest().backoff, std::chrono::seconds(5min));
        QCOMPARE(loopUntilRest().backoff, std::chrono::seconds(10min));
        QCOMPARE(loopUntilRest().backoff, std::chrono::seconds(20min));
        QCOMPARE(loopUntilRest().backoff, std::chrono::seconds(40min));
        const RestartGuard::Decision capped = loopUntilRest();
        QCOMPARE(capped.backoff, std::chrono::seconds(1h));
        QCOMPARE(capped.restsToday, 5);

        // A day later the old rests are forgotten: back to the first back-off.
        m_now = m_now.addDays(1).addSecs(60);
        QCOMPARE(loopUntilRest().backoff, std::chrono::seconds(5min));
    }

    void settingsAreHonoured()
    {
        RestartGuard::Settings settings;
        settings.maxCrashes = 2;
        settings.window = 60s;
        settings.firstBackoff = 7s;
        for (int i = 0; i < 2; ++i)
            QVERIFY(!guard(settings).begin().rest);
        const RestartGuard::Decision decision = guard(settings).begin();
        QVERIFY(decision.rest);
        QCOMPARE(decision.backoff, 7s);
    }

    void damagedCounterStartsNormally_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("warns"); // valid JSON with bad entries only skips them
        QTest::newRow("not JSON") << QByteArray("\x00\xff garbage", 10) << true;
        QTest::newRow("an array") << QByteArray("[1,2,3]") << true;
        QTest::newRow("bad dates")
            << QByteArray(R"({"starts":[{"at":"yesterday"},{"at":5},{}],"rests":["never"]})")
            << false;
        QTest::newRow("truncated") << QByteArray("{\"starts\":[{\"at\":\"2026-12-05T08:59") << true;
    }

    void damagedCounterStartsNormally()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, warns);
        QFile file(m_dir.filePath(QString(RestartGuard::fileName)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        if (warns)
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(u"start counter .* is damaged"_s));
        const RestartGuard::Decision decision = guard().begin();
        QVERIFY(!decision.rest);
        QCOMPARE(decision.crashes, 0);
        // And it is rewritten as a good file that counts again.
        QVERIFY(QJsonDocument::fromJson([&] {
            QFile again(m_dir.filePath(QString(RestartGuard::fileName)));
            return again.open(QIODevice::ReadOnly) ? again.readAll() : QByteArray();
        }())[u"starts"_s]
                    .isArray());
    }

    void unwritableDataDirStillStarts()
    {
        RestartGuard nowhere(u"/nonexistent/mist-data"_s, [this] { return m_now; });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write the start counter"_s));
        QVERIFY(!nowhere.begin().rest);
    }

    void theFileHoldsNoMoreThanItNeeds()
    {
        // A year of daily clean restarts leaves a few entries, not hundreds.
        for (int i = 0; i < 365; ++i) {
            RestartGuard run = guard();
            QVERIFY(!run.begin().rest);
            run.markCleanExit();
            m_now = m_now.addDays(1);
        }
        QFile file(m_dir.filePath(QString(RestartGuard::fileName)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() < 200);
    }
};

QTEST_GUILESS_MAIN(TestRestartGuard)
#include "tst_restartguard.moc"
