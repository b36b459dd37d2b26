// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The USB sticks (and other removable drives) plugged into the kiosk and mounted, so a librarian
// can take the monthly reports home. Two ways to find them, used together:
//   - udisks2 over the system D-Bus: every filesystem on a removable or auto-mountable drive; one
//     that is not mounted yet is mounted (Filesystem.Mount) for the kiosk's own user, no root;
//   - /proc/mounts, keeping the filesystems whose disk says 1 in /sys/block/<disk>/removable
//     (a partition such as sdb1 belongs to the disk sdb).
// Everything is read under a root directory: "/" on a real system; in tests a folder standing
// for it (its proc/mounts, sys/block and the mount points), so no hardware is needed.
//
// Blocking (D-Bus calls, mounting, statvfs): call from a worker thread.
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Mist {

struct RemovableDrive
{
    QString mountPoint; // as the system names it: "/media/mist/STICK"
    QString path; // where to write: the mount point under the root (the same on a real system)
    QString label; // the filesystem's label, or the mount point's last part
    QString device; // "sdb1"
    bool readOnly = false; // mounted read-only ("ro")
    qint64 bytesFree = -1; // for the kiosk's user; -1 when unknown
    qint64 bytesTotal = -1;
};

class RemovableDrives
{
public:
    struct Options
    {
        QString root = QStringLiteral("/"); // a fake mount root in tests
        bool useUdisks = true; // ignored (off) when root is not "/"
        bool mountUnmounted = true; // ask udisks2 to mount a stick that is not mounted yet
    };

    // Every removable drive that is mounted (or could be mounted now), by mount point.
    [[nodiscard]] static std::vector<RemovableDrive> detect(const Options &options);
    [[nodiscard]] static std::vector<RemovableDrive> detect() { return detect(Options {}); }

    // The mounted filesystems of removable disks, from <root>/proc/mounts and <root>/sys/block.
    [[nodiscard]] static std::vector<RemovableDrive> fromProcMounts(const QString &root);
    // The filesystems udisks2 knows on removable or auto-mountable drives, mounting those not
    // mounted if mount is true. nullopt when udisks2 cannot be reached (no system bus, not
    // installed): the caller falls back to /proc/mounts.
    [[nodiscard]] static std::optional<std::vector<RemovableDrive>> fromUdisks(bool mount);

    // The drive whose label or mount point is labelOrMountPoint (case-insensitive for labels);
    // nullptr if none.
    [[nodiscard]] static const RemovableDrive *find(
        const std::vector<RemovableDrive> &drives, const QString &labelOrMountPoint);

    // /proc/mounts writes a space as \040, a tab \011, a newline \012, a backslash \134.
    [[nodiscard]] static QString unescapeMountField(QByteArrayView field);
    // The disk a block device belongs to under root: "sdb1" → "sdb", "mmcblk0p1" → "mmcblk0",
    // "sdb" → "sdb". Empty if sysfs knows neither.
    [[nodiscard]] static QString diskOf(const QString &root, const QString &device);
    // Fills bytesFree and bytesTotal from the filesystem at drive.path.
    static void measure(RemovableDrive &drive);
};

} // namespace Mist
