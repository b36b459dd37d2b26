// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// USB export to a fake mount root: RemovableDrives finds the sticks in a folder standing for
// /proc/mounts, /sys/block and the mount points; DriveReportWriter writes the month's CSV (with
// its BOM) and HTML report there, flushed and renamed, and says plainly when there is no stick,
// or it is read-only or full.

#include "removable/drivereportwriter.h"
#include "removable/removabledrives.h"
#include "usage/usageexporter.h"
#include "usage/usagereport.h"
#include "usage/usagestore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Mist;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 utcMs(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

UsageEvent makeEvent(qint64 timeMs, UsageEvent::Type type, const QString &subject,
    const QString &session = u"s1"_s, std::optional<qint64> value = std::nullopt)
{
    UsageEvent e;
    e.timeMs = timeMs;
    e.kioskId = u"0123456789abcdef"_s;
    e.sessionId = session;
    e.type = type;
    e.subject = subject;
    e.value = value;
    return e;
}

// A fake root: a system disk (sda, not removable), a stick with a space in its label (sdb1), a
// read-only stick (sdc1, whose partition sysfs does not list: found by its name), and tmpfs.
void makeFakeRoot(const QString &root)
{
    writeText(root + u"/proc/mounts"_s,
        "/dev/sda2 / ext4 rw,relatime 0 0\n"
        "proc /proc proc rw,nosuid 0 0\n"
        "/dev/sda1 /boot ext4 rw,relatime 0 0\n"
        "tmpfs /run tmpfs rw,nosuid 0 0\n"
        "/dev/sdb1 /media/mist/MY\\040STICK vfat rw,nosuid,nodev,uid=1000 0 0\n"
        "/dev/sdc1 /media/mist/OLD ext4 ro,nosuid,nodev 0 0\n");
    writeText(root + u"/sys/block/sda/removable"_s, "0\n");
    QDir().mkpath(root + u"/sys/block/sda/sda1"_s);
    QDir().mkpath(root + u"/sys/block/sda/sda2"_s);
    writeText(root + u"/sys/block/sdb/removable"_s, "1\n");
    QDir().mkpath(root + u"/sys/block/sdb/sdb1"_s);
    writeText(root + u"/sys/block/sdc/removable"_s, "1\n");
    QDir().mkpath(root + u"/media/mist/MY STICK"_s);
    QDir().mkpath(root + u"/media/mist/OLD"_s);
}

} // namespace

class TestDriveReportWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QTemporaryDir m_data;
    std::vector<RemovableDrive> m_drives;

    [[nodiscard]] RemovableDrive stick() const
    {
        const RemovableDrive *drive = RemovableDrives::find(m_drives, u"MY STICK"_s);
        return drive ? *drive : RemovableDrive();
    }

    DriveReportWriter::Request request(const RemovableDrive &drive) const
    {
        DriveReportWriter::Request r;
        r.dataDir = m_data.path();
        r.month = QDate(2026, 11, 17);
        r.drive = drive;
        r.kioskId = u"0123456789abcdef"_s;
        r.libraryName = u"Луцька міська бібліотека"_s;
        return r;
    }

    [[nodiscard]] QStringList filesOnStick() const
    {
        return QDir(stick().path + u"/Mist"_s)
            .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid() && m_data.isValid());
        makeFakeRoot(m_root.path());
        UsageStore store(m_data.path());
        QVERIFY(store.open());
        QVERIFY(store.append({
            makeEvent(utcMs(2026, 9, 3, 9), UsageEvent::Type::SessionStarted, {}, u"s0"_s),
            makeEvent(utcMs(2026, 11, 2, 9), UsageEvent::Type::SessionStarted, {}),
            makeEvent(utcMs(2026, 11, 2, 9) + 5000, UsageEvent::Type::ServiceViewed, u"diia"_s),
            makeEvent(utcMs(2026, 11, 2, 9) + 9000, UsageEvent::Type::SessionEnded, u"finish"_s,
                u"s1"_s, 9000),
            makeEvent(utcMs(2026, 11, 20, 12), UsageEvent::Type::TrainingRecorded,
                u"not-in-calendar:2026-11-20"_s, {}, 7),
            // Kyiv's December already (UTC+2): not November's.
            makeEvent(utcMs(2026, 11, 30, 23), UsageEvent::Type::SessionStarted, {}, u"s2"_s),
        }));
        m_drives = RemovableDrives::fromProcMounts(m_root.path());
    }

    void detectsRemovableMountsOnly()
    {
        QCOMPARE(m_drives.size(), size_t(2));
        const RemovableDrive &first = m_drives[0];
        QCOMPARE(first.mountPoint, u"/media/mist/MY STICK"_s);
        QCOMPARE(first.path, m_root.path() + u"/media/mist/MY STICK"_s);
        QCOMPARE(first.label, u"MY STICK"_s);
        QCOMPARE(first.device, u"sdb1"_s);
        QVERIFY(!first.readOnly);
        QVERIFY(first.bytesFree > 0);
        const RemovableDrive &second = m_drives[1];
        QCOMPARE(second.mountPoint, u"/media/mist/OLD"_s);
        QCOMPARE(second.device, u"sdc1"_s);
        QVERIFY(second.readOnly);
        // detect() with a fake root looks at nothing else (no udisks2).
        const auto detected = RemovableDrives::detect({m_root.path(), true, true});
        QCOMPARE(detected.size(), size_t(2));
        QCOMPARE(detected[0].mountPoint, first.mountPoint);
    }

    void findsByLabelOrMountPoint()
    {
        QVERIFY(RemovableDrives::find(m_drives, u"my stick"_s));
        QCOMPARE(RemovableDrives::find(m_drives, u"/media/mist/OLD/"_s)->label, u"OLD"_s);
        QVERIFY(!RemovableDrives::find(m_drives, u"/boot"_s));
    }

    void partitionsBelongToTheirDisk()
    {
        QCOMPARE(RemovableDrives::diskOf(m_root.path(), u"sdb1"_s), u"sdb"_s);
        QCOMPARE(RemovableDrives::diskOf(m_root.path(), u"sdb"_s), u"sdb"_s);
        QCOMPARE(RemovableDrives::diskOf(m_root.path(), u"sdc1"_s), u"sdc"_s);
        QCOMPARE(RemovableDrives::diskOf(m_root.path(), u"sdz1"_s), QString());
        QCOMPARE(RemovableDrives::diskOf(m_root.path(), u"../sda"_s), QString());
        QTemporaryDir other;
        writeText(other.path() + u"/sys/block/mmcblk0/removable"_s, "1\n");
        QCOMPARE(RemovableDrives::diskOf(other.path(), u"mmcblk0p1"_s), u"mmcblk0"_s);
    }

    void unescapesMountFields()
    {
        QCOMPARE(RemovableDrives::unescapeMountField("/media/a\\040b\\011c"), u"/media/a b\tc"_s);
        QCOMPARE(RemovableDrives::unescapeMountField("/media/\\134x"), u"/media/\\x"_s);
        QCOMPARE(RemovableDrives::unescapeMountField("/end\\04"), u"/end\\04"_s);
    }

    void noStickFound()
    {
        QTemporaryDir empty;
        writeText(empty.path() + u"/proc/mounts"_s, "/dev/sda2 / ext4 rw 0 0\n");
        writeText(empty.path() + u"/sys/block/sda/removable"_s, "0\n");
        QVERIFY(RemovableDrives::fromProcMounts(empty.path()).empty());
        const auto result = DriveReportWriter::write(request(RemovableDrive()));
        QCOMPARE(result.problem, DriveReportWriter::Problem::NoDrive);
        RemovableDrive gone = stick();
        gone.path = m_root.path() + u"/media/mist/PULLED-OUT"_s;
        QCOMPARE(
            DriveReportWriter::write(request(gone)).problem, DriveReportWriter::Problem::NoDrive);
    }

    void writesBothFiles()
    {
        std::vector<std::pair<UsageEvent::Type, QString>> events;
        std::optional<qint64> eventValue;
        DriveReportWriter::Request r = request(stick());
        r.events = [&](UsageEvent::Type type, const QString &subject, std::optional<qint64> v) {
            events.emplace_back(type, subject);
            eventValue = v;
        };
        int last = -1;
        bool monotonic = true;
        DriveReportWriter::Stage lastStage = DriveReportWriter::Stage::Reading;
        const auto result = DriveReportWriter::write(r, [&](DriveReportWriter::Stage s, int p) {
            monotonic = monotonic && p >= last;
            last = p;
            lastStage = s;
        });
        QCOMPARE(result.problem, DriveReportWriter::Problem::None);
        QVERIFY(monotonic);
        QCOMPARE(last, 100);
        QCOMPARE(lastStage, DriveReportWriter::Stage::Done);
        QCOMPARE(result.events, 4);
        QCOMPARE(filesOnStick(),
            QStringList(
                {u"mist-report-2026-11-01234567.html"_s, u"mist-usage-2026-11-01234567.csv"_s}));
        QCOMPARE(result.csvPath, stick().path + u"/Mist/mist-usage-2026-11-01234567.csv"_s);

        const QByteArray csv = readAll(result.csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFtime_utc,"));
        QCOMPARE(csv.count("\r\n"), 5); // the header and November's four events
        QVERIFY(csv.contains("not-in-calendar:2026-11-20"));
        QVERIFY(!csv.contains("s0")); // September's
        QVERIFY(!csv.contains("s2")); // December's in Kyiv

        // The HTML is the monthly report of November, as `mistctl report --format html` makes it.
        UsageStore store(m_data.path());
        QVERIFY(store.open());
        const QByteArray expected = UsageReport::build(store, QDate(2026, 11, 1))
                                        .toHtml(UsageReport::defaultNames(), r.libraryName)
                                        .toUtf8();
        QCOMPARE(readAll(result.htmlPath), expected);
        QVERIFY(expected.contains("2026"));
        QCOMPARE(result.bytes, csv.size() + expected.size());

        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].first, UsageEvent::Type::AdminAction);
        QCOMPARE(events[0].second, u"reports-usb"_s);
        QCOMPARE(eventValue, std::optional<qint64>(202611));

        // Again: the files are replaced, nothing else appears.
        QCOMPARE(DriveReportWriter::write(r).problem, DriveReportWriter::Problem::None);
        QCOMPARE(filesOnStick().size(), 2);
    }

    void readOnlyMount()
    {
        const RemovableDrive *old = RemovableDrives::find(m_drives, u"OLD"_s);
        QVERIFY(old);
        const auto result = DriveReportWriter::write(request(*old));
        QCOMPARE(result.problem, DriveReportWriter::Problem::ReadOnly);
        QVERIFY(!QFileInfo::exists(old->path + u"/Mist"_s));
    }

    void readOnlyFolder()
    {
        // A folder the kiosk may not write to. root ignores the mode, so this part only runs as
        // a normal user; the "ro" mount above is what the kiosk sees of a read-only stick.
        if (::geteuid() == 0)
            QSKIP("running as root, which writes through mode 0555: the ro mount test covers it");
        QTemporaryDir locked;
        RemovableDrive drive = stick();
        drive.path = locked.path();
        QVERIFY(QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner));
        const auto result = DriveReportWriter::write(request(drive));
        QFile::setPermissions(
            locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(result.problem, DriveReportWriter::Problem::ReadOnly);
    }

    void fullStick()
    {
        QTemporaryDir full;
        RemovableDrive drive = stick();
        drive.path = full.path();
        DriveReportWriter::Request r = request(drive);
        QString askedFor;
        r.freeBytes = [&askedFor](const QString &path) {
            askedFor = path;
            return qint64(10 * 1024);
        };
        bool recorded = false;
        r.events = [&recorded](UsageEvent::Type, const QString &, std::optional<qint64>) {
            recorded = true;
        };
        const auto result = DriveReportWriter::write(r);
        QCOMPARE(result.problem, DriveReportWriter::Problem::Full);
        QCOMPARE(askedFor, full.path());
        QVERIFY(QDir(full.path()).isEmpty());
        QVERIFY(!recorded);
        // Enough space: written.
        r.freeBytes = [](const QString &) { return qint64(1) << 30; };
        QCOMPARE(DriveReportWriter::write(r).problem, DriveReportWriter::Problem::None);
        QVERIFY(recorded);
    }

    // Real errors from a real filesystem, where the test may mount one (root): a tiny tmpfs
    // that fills up while writing (the free-space check is told there is room, so ENOSPC comes
    // from write()), and a read-only tmpfs (EROFS from mkdir, with no "ro" known beforehand).
    void realFullAndReadOnlyFilesystems()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root; fullStick and readOnlyMount cover the rest");
        QTemporaryDir full;
        QTemporaryDir readOnly;
        const auto mount = [](const QString &options, const QString &dir) {
            return QProcess::execute(
                       u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir})
                == 0;
        };
        if (!mount(u"size=8k"_s, full.path()))
            QSKIP("this system does not let the test mount a tmpfs");
        const bool readOnlyMounted = mount(u"ro,size=1m"_s, readOnly.path());
        const auto unmount = qScopeGuard([&] {
            QProcess::execute(u"umount"_s, {full.path()});
            if (readOnlyMounted)
                QProcess::execute(u"umount"_s, {readOnly.path()});
        });
        RemovableDrive drive = stick();
        drive.path = full.path();
        DriveReportWriter::Request r = request(drive);
        r.freeBytes = [](const QString &) { return qint64(1) << 30; };
        const auto result = DriveReportWriter::write(r);
        QCOMPARE(result.problem, DriveReportWriter::Problem::Full);
        QCOMPARE(
            QDir(full.path() + u"/Mist"_s).entryList(QDir::Files | QDir::Hidden), QStringList());
        QVERIFY(readOnlyMounted);
        drive.path = readOnly.path();
        QCOMPARE(
            DriveReportWriter::write(request(drive)).problem, DriveReportWriter::Problem::ReadOnly);
    }

    void errnoInPlainWords()
    {
        using P = DriveReportWriter::Problem;
        QCOMPARE(DriveReportWriter::problemFromErrno(ENOSPC), P::Full);
        QCOMPARE(DriveReportWriter::problemFromErrno(EDQUOT), P::Full);
        QCOMPARE(DriveReportWriter::problemFromErrno(EROFS), P::ReadOnly);
        QCOMPARE(DriveReportWriter::problemFromErrno(EACCES), P::ReadOnly);
        QCOMPARE(DriveReportWriter::problemFromErrno(EIO), P::WriteFailed);
        QCOMPARE(DriveReportWriter::problemFromErrno(0), P::None);
    }

    void noUsageLog()
    {
        QTemporaryDir noLog;
        DriveReportWriter::Request r = request(stick());
        r.dataDir = noLog.path();
        QCOMPARE(DriveReportWriter::write(r).problem, DriveReportWriter::Problem::NoLog);
    }

    void monthsWithData()
    {
        // This month and last always; then the earlier months with events (September), not
        // October, which has none.
        const QList<QDate> months = DriveReportWriter::months(m_data.path(), QDate(2027, 1, 9));
        QCOMPARE(months,
            QList<QDate>(
                {QDate(2027, 1, 1), QDate(2026, 12, 1), QDate(2026, 11, 1), QDate(2026, 9, 1)}));
        QTemporaryDir noLog;
        QCOMPARE(DriveReportWriter::months(noLog.path(), QDate(2026, 3, 31)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDriveReportWriter)
#include "tst_drivereportwriter.moc"
