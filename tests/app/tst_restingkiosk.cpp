// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// mist-kiosk after a crash loop: with five unclean starts in its start counter it shows the
// resting window, says why in the log, and opens no database; with four it starts normally.

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestRestingKiosk : public QObject
{
    Q_OBJECT

private:
    // A start counter as RestartGuard writes it: crashes unclean starts in the last minutes.
    static bool seed(const QString &dataDir, int crashes)
    {
        QJsonArray starts;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = crashes; i > 0; --i) {
            starts.append(QJsonObject {
                {u"at"_s, now.addSecs(-30 * i).toString(Qt::ISODateWithMs)}, {u"clean"_s, false}});
        }
        QFile file(QDir(dataDir).filePath(u"starts.json"_s));
        return file.open(QIODevice::WriteOnly)
            && file.write(
                   QJsonDocument(QJsonObject {{u"starts"_s, starts}, {u"rests"_s, QJsonArray()}})
                       .toJson())
            > 0;
    }

    // Runs the kiosk until done(log) (or a minute), then stops it with SIGTERM. Its log.
    static QByteArray runUntil(
        const QString &dataDir, const std::function<bool(const QByteArray &)> &done)
    {
        QProcess kiosk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // As under systemd, so that SIGTERM is an orderly stop (the kiosk handles it only there).
        // Nobody listens on the socket: the notifications are lost, as they may be.
        environment.insert(u"NOTIFY_SOCKET"_s, QDir(dataDir).filePath(u"no-listener"_s));
        kiosk.setProcessEnvironment(environment);
        kiosk.setProcessChannelMode(QProcess::MergedChannels);
        kiosk.start(QStringLiteral(MIST_KIOSK_PATH), {u"--windowed"_s, u"--data-dir"_s, dataDir});
        kiosk.waitForStarted(10000);
        QByteArray log;
        QElapsedTimer waited;
        waited.start();
        while (!done(log) && waited.elapsed() < 60'000 && kiosk.state() == QProcess::Running) {
            kiosk.waitForReadyRead(500);
            log += kiosk.readAll();
        }
        kiosk.terminate();
        if (!kiosk.waitForFinished(20'000)) {
            kiosk.kill();
            kiosk.waitForFinished(10'000);
        }
        return log + kiosk.readAll();
    }

    static QStringList databases(const QString &dataDir)
    {
        return QDir(dataDir).entryList({u"*.sqlite"_s}, QDir::Files);
    }

private Q_SLOTS:
    void fiveCrashesShowTheRestingScreen()
    {
        QTemporaryDir dir;
        QVERIFY(seed(dir.path(), 5));
        const QByteArray log = runUntil(dir.path(),
            [](const QByteArray &log) { return log.contains("showing the resting screen"); });
        QVERIFY2(
            log.contains("5 unclean ends in the last 10 min: resting for 300 s"), log.constData());
        QVERIFY2(databases(dir.path()).isEmpty(), qPrintable(databases(dir.path()).join(u' ')));
        // The rest is recorded, the crashes that caused it forgotten.
        QFile file(dir.filePath(u"starts.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject counter = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(counter[u"rests"_s].toArray().size(), 1);
        QCOMPARE(counter[u"starts"_s].toArray().size(), 0);
    }

    void fourCrashesStartNormally()
    {
        QTemporaryDir dir;
        QVERIFY(seed(dir.path(), 4));
        // The normal kiosk opens its stores; give it a moment more to show its window.
        QElapsedTimer sinceStores;
        const QByteArray log = runUntil(dir.path(), [&](const QByteArray &) {
            if (databases(dir.path()).isEmpty())
                return false;
            if (!sinceStores.isValid())
                sinceStores.start();
            return sinceStores.elapsed() > 3000;
        });
        QVERIFY2(!log.contains("resting"), log.constData());
        QVERIFY2(!databases(dir.path()).isEmpty(), log.constData());
        // Stopped with SIGTERM: a clean end, recorded as such.
        QFile file(dir.filePath(u"starts.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray starts
            = QJsonDocument::fromJson(file.readAll()).object()[u"starts"_s].toArray();
        QCOMPARE(starts.size(), 5);
        QVERIFY(starts.last()[u"clean"_s].toBool());
    }
};

QTEST_GUILESS_MAIN(TestRestingKiosk)
#include "tst_restingkiosk.moc"
