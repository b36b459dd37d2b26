// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "removabledrives.h"

#include "core/logging.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

constexpr auto udisksService = "org.freedesktop.UDisks2"_L1;
constexpr auto blockInterface = "org.freedesktop.UDisks2.Block"_L1;
constexpr auto filesystemInterface = "org.freedesktop.UDisks2.Filesystem"_L1;
constexpr auto driveInterface = "org.freedesktop.UDisks2.Drive"_L1;
constexpr int listTimeoutMs = 5000;
constexpr int mountTimeoutMs = 20000;

QString underRoot(const QString &root, const QString &path)
{
    if (root.isEmpty() || root == "/"_L1)
        return path;
    return QDir::cleanPath(root + u'/' + path);
}

bool isRealRoot(const QString &root)
{
    return root.isEmpty() || QDir::cleanPath(root) == "/"_L1;
}

QString lastPart(const QString &mountPoint)
{
    const QString name = QFileInfo(mountPoint).fileName();
    return name.isEmpty() ? mountPoint : name;
}

// An "ay" D-Bus byte string as udisks2 gives it: NUL-terminated.
QString fromByteString(QByteArray bytes)
{
    while (bytes.endsWith('\0'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

using Interfaces = QMap<QString, QVariantMap>;
using ManagedObjects = QMap<QDBusObjectPath, Interfaces>;

} // namespace

QString RemovableDrives::unescapeMountField(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c == '\\' && i + 3 < field.size()) {
            const QByteArrayView octal = field.sliced(i + 1, 3);
            bool ok = false;
            const int value = octal.toByteArray().toInt(&ok, 8);
            if (ok && value >= 0 && value < 256) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

QString RemovableDrives::diskOf(const QString &root, const QString &device)
{
    if (device.isEmpty() || device.contains(u'/') || device.startsWith(u'.'))
        return {};
    const QString sysBlock = underRoot(root, u"/sys/block"_s);
    if (QFileInfo::exists(sysBlock + u'/' + device + u"/removable"_s))
        return device;
    // sysfs lists a disk's partitions inside it: /sys/block/sdb/sdb1.
    const QStringList disks = QDir(sysBlock).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &disk : disks) {
        if (QFileInfo(sysBlock + u'/' + disk + u'/' + device).isDir())
            return disk;
    }
    // Otherwise by name: sdb1 → sdb, mmcblk0p1 / nvme0n1p2 → mmcblk0 / nvme0n1.
    static const QRegularExpression numbered(u"^(.*\\d)p\\d+$"_s);
    static const QRegularExpression lettered(u"^([a-z]+)\\d+$"_s);
    for (const QRegularExpression *pattern : {&numbered, &lettered}) {
        const QRegularExpressionMatch match = pattern->match(device);
        if (match.hasMatch()
            && QFileInfo::exists(sysBlock + u'/' + match.captured(1) + u"/removable"_s))
            return match.captured(1);
    }
    return {};
}

void RemovableDrives::measure(RemovableDrive &drive)
{
    const QStorageInfo storage(drive.path);
    if (!storage.isValid())
        return;
    drive.bytesFree = storage.bytesAvailable();
    drive.bytesTotal = storage.bytesTotal();
}

std::vector<RemovableDrive> RemovableDrives::fromProcMounts(const QString &root)
{
    std::vector<RemovableDrive> drives;
    QFile mounts(underRoot(root, u"/proc/mounts"_s));
    if (!mounts.open(QIODevice::ReadOnly))
        return drives;
    const QList<QByteArray> lines = mounts.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 4 || !fields[0].startsWith("/dev/"))
            continue;
        const QString devicePath = unescapeMountField(fields[0]);
        const QString device = QFileInfo(devicePath).fileName();
        const QString disk = diskOf(root, device);
        if (disk.isEmpty())
            continue;
        QFile removable(underRoot(root, u"/sys/block/"_s + disk + u"/removable"_s));
        if (!removable.open(QIODevice::ReadOnly) || removable.readAll().trimmed() != "1")
            continue;
        RemovableDrive drive;
        drive.mountPoint = unescapeMountField(fields[1]);
        if (drive.mountPoint == "/"_L1)
            continue;
        drive.path = underRoot(root, drive.mountPoint);
        drive.label = lastPart(drive.mountPoint);
        drive.device = device;
        drive.readOnly = fields[3].split(',').contains("ro");
        measure(drive);
        drives.push_back(drive);
    }
    return drives;
}

std::optional<std::vector<RemovableDrive>> RemovableDrives::fromUdisks(bool mount)
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return std::nullopt;
    qDBusRegisterMetaType<Interfaces>();
    qDBusRegisterMetaType<ManagedObjects>();
    const QDBusMessage reply
        = bus.call(QDBusMessage::createMethodCall(udisksService, u"/org/freedesktop/UDisks2"_s,
                       u"org.freedesktop.DBus.ObjectManager"_s, u"GetManagedObjects"_s),
            QDBus::Block, listTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCDebug(lcRemovable).noquote() << "udisks2 not available:" << reply.errorName();
        return std::nullopt;
    }
    ManagedObjects objects;
    reply.arguments().constFirst().value<QDBusArgument>() >> objects;

    std::vector<RemovableDrive> drives;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        const Interfaces &interfaces = it.value();
        if (!interfaces.contains(filesystemInterface) || !interfaces.contains(blockInterface))
            continue;
        const QVariantMap block = interfaces.value(blockInterface);
        if (block.value(u"HintIgnore"_s).toBool() || block.value(u"HintSystem"_s).toBool())
            continue;
        const QVariantMap driveProperties
            = objects.value(block.value(u"Drive"_s).value<QDBusObjectPath>()).value(driveInterface);
        const bool removable = driveProperties.value(u"Removable"_s).toBool()
            || driveProperties.value(u"MediaRemovable"_s).toBool()
            || driveProperties.value(u"ConnectionBus"_s).toString() == "usb"_L1;
        if (!removable && !block.value(u"HintAuto"_s).toBool())
            continue;

        QByteArrayList mountPoints;
        const QVariant mountPointsValue
            = interfaces.value(filesystemInterface).value(u"MountPoints"_s);
        if (mountPointsValue.canConvert<QDBusArgument>())
            mountPointsValue.value<QDBusArgument>() >> mountPoints;
        QString mountPoint = mountPoints.isEmpty() ? QString() : fromByteString(mountPoints[0]);
        if (mountPoint.isEmpty() && mount) {
            QDBusMessage call = QDBusMessage::createMethodCall(
                udisksService, it.key().path(), filesystemInterface, u"Mount"_s);
            call << QVariantMap();
            const QDBusMessage mounted = bus.call(call, QDBus::Block, mountTimeoutMs);
            if (mounted.type() == QDBusMessage::ReplyMessage && !mounted.arguments().isEmpty()) {
                mountPoint = mounted.arguments().constFirst().toString();
                qCInfo(lcRemovable) << "mounted a removable drive through udisks2";
            } else {
                qCWarning(lcRemovable).noquote()
                    << "udisks2 could not mount a removable drive:" << mounted.errorName();
            }
        }
        if (mountPoint.isEmpty())
            continue;
        RemovableDrive drive;
        drive.mountPoint = mountPoint;
        drive.path = mountPoint;
        drive.label = block.value(u"IdLabel"_s).toString();
        if (drive.label.isEmpty())
            drive.label = lastPart(mountPoint);
        drive.device = QFileInfo(fromByteString(block.value(u"Device"_s).toByteArray())).fileName();
        drive.readOnly = block.value(u"ReadOnly"_s).toBool();
        measure(drive);
        drives.push_back(drive);
    }
    return drives;
}

std::vector<RemovableDrive> RemovableDrives::detect(const Options &options)
{
    std::vector<RemovableDrive> drives;
    const bool realRoot = isRealRoot(options.root);
    if (realRoot && options.useUdisks) {
        if (auto found = fromUdisks(options.mountUnmounted))
            drives = std::move(*found);
    }
    // /proc/mounts as well: a stick mounted by hand or by another tool, or no udisks2 at all.
    for (RemovableDrive &drive : fromProcMounts(realRoot ? u"/"_s : options.root)) {
        const bool known = std::any_of(drives.cbegin(), drives.cend(),
            [&drive](const RemovableDrive &d) { return d.mountPoint == drive.mountPoint; });
        if (!known)
            drives.push_back(std::move(drive));
    }
    std::sort(drives.begin(), drives.end(), [](const RemovableDrive &a, const RemovableDrive &b) {
        return a.mountPoint < b.mountPoint;
    });
    return drives;
}

const RemovableDrive *RemovableDrives::find(
    const std::vector<RemovableDrive> &drives, const QString &labelOrMountPoint)
{
    const QString wanted = QDir::cleanPath(labelOrMountPoint);
    for (const RemovableDrive &drive : drives) {
        if (drive.mountPoint == wanted)
            return &drive;
    }
    for (const RemovableDrive &drive : drives) {
        if (drive.label.compare(labelOrMountPoint, Qt::CaseInsensitive) == 0)
            return &drive;
    }
    return nullptr;
}

} // namespace Mist
