// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// UsbReports, the "Reports to a USB stick" screen's controller, on a fake mount root: it finds
// the stick and the months on a worker thread, writes on one (the caller's thread stays free),
// reports progress and its result, and keeps the chosen stick across "Look again".

#include "usbreports.h"

#include "usage/usagestore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Two sticks, A (read-write) and B (read-only).
void makeRoot(const QString &root, bool withSticks)
{
    QByteArray mounts = "/dev/sda1 / ext4 rw 0 0\n";
    if (withSticks)
        mounts += "/dev/sdb1 /media/mist/A vfat rw 0 0\n/dev/sdc1 /media/mist/B vfat ro 0 0\n";
    writeText(root + u"/proc/mounts"_s, mounts);
    writeText(root + u"/sys/block/sda/removable"_s, "0\n");
    writeText(root + u"/sys/block/sdb/removable"_s, "1\n");
    writeText(root + u"/sys/block/sdc/removable"_s, "1\n");
    QDir().mkpath(root + u"/media/mist/A"_s);
    QDir().mkpath(root + u"/media/mist/B"_s);
}

bool waitFinished(UsbReports &reports)
{
    QSignalSpy finished(&reports, &UsbReports::finished);
    return reports.busy() ? finished.wait(10000) : true;
}

} // namespace

class TestUsbReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsSticksAndWrites()
    {
        QTemporaryDir root;
        QTemporaryDir data;
        makeRoot(root.path(), true);
        {
            UsageStore store(data.path());
            QVERIFY(store.open());
            UsageEvent event;
            event.timeMs = QDateTime::currentMSecsSinceEpoch();
            event.kioskId = u"k"_s;
            event.sessionId = u"s"_s;
            event.type = UsageEvent::Type::SessionStarted;
            QVERIFY(store.append({event}));
        }
        UsbReports reports;
        reports.setDataDir(data.path());
        reports.setMountRoot(root.path());
        reports.componentComplete(); // as QML does once the properties are set
        QCOMPARE(reports.state(), UsbReports::State::Looking);
        QVERIFY(waitFinished(reports));
        QCOMPARE(reports.state(), UsbReports::State::Idle);
        QCOMPARE(reports.drives().size(), 2);
        QCOMPARE(reports.drives()[0].toMap()[u"label"_s], u"A"_s);
        QCOMPARE(reports.drives()[1].toMap()[u"readOnly"_s], true);
        QCOMPARE(reports.driveIndex(), 0);
        QVERIFY(reports.months().size() >= 2);
        QCOMPARE(reports.month(), reports.months().first());

        // The chosen stick stays chosen after "Look again".
        reports.setDriveIndex(1);
        reports.lookAgain();
        QVERIFY(waitFinished(reports));
        QCOMPARE(reports.driveIndex(), 1);
        reports.write();
        QCOMPARE(reports.state(), UsbReports::State::Writing);
        QVERIFY(waitFinished(reports));
        QCOMPARE(reports.state(), UsbReports::State::ReadOnly);

        reports.setDriveIndex(0);
        QSignalSpy progress(&reports, &UsbReports::progressChanged);
        reports.write();
        QVERIFY(reports.busy());
        reports.write(); // ignored while writing
        QVERIFY(waitFinished(reports));
        QCOMPARE(reports.state(), UsbReports::State::Done);
        QCOMPARE(reports.progress(), 100);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(reports.writtenFiles().size(), 2);
        QVERIFY(QFile::exists(root.path() + u"/media/mist/A/Mist/"_s + reports.writtenFiles()[1]));
    }

    void noStick()
    {
        QTemporaryDir root;
        QTemporaryDir data;
        makeRoot(root.path(), false);
        UsbReports reports;
        reports.setDataDir(data.path());
        reports.setMountRoot(root.path());
        reports.componentComplete();
        QVERIFY(waitFinished(reports));
        QCOMPARE(reports.state(), UsbReports::State::NoDrive);
        QCOMPARE(reports.driveIndex(), -1);
        reports.write();
        QCOMPARE(reports.state(), UsbReports::State::NoDrive);
    }

    void monthTitles()
    {
        QCOMPARE(UsbReports::monthTitle(u"2026-11"_s, u"uk"_s), u"листопад 2026"_s);
        QCOMPARE(UsbReports::monthTitle(u"2026-11"_s, u"en"_s), u"November 2026"_s);
        QCOMPARE(UsbReports::monthTitle(u"bad"_s, u"en"_s), u"bad"_s);
    }
};

QTEST_GUILESS_MAIN(TestUsbReports)
#include "tst_usbreports.moc"
