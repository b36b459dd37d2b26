#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# A real dpkg install, upgrade (reinstall), remove and purge of the mist-kiosk .deb, run by the
# maintainer scripts as on a library PC, but in a throw-away copy of this machine: a private
# mount namespace (unshare) with an overlay over / whose writable layer is a tmpfs, chrooted
# into. The user "mist" it creates exists only there; the machine is checked to have no user or
# group mist and no /var/lib/mist or /etc/mist afterwards (other programs may change its
# /etc/passwd meanwhile, so that file is not compared as a whole). Needs root, unshare and overlayfs; exit 77 (skipped) without them.
# Usage: check_install.sh PACKAGE.deb | BUILD_DIR (then cpack builds the package first)
set -euo pipefail

[ "$(id -u)" = 0 ] || { echo "skipped: needs root"; exit 77; }
command -v unshare >/dev/null || { echo "skipped: no unshare"; exit 77; }
grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null \
    || { echo "skipped: no overlayfs"; exit 77; }

hostHasMist() {
    getent passwd mist >/dev/null || getent group mist >/dev/null || [ -e /var/lib/mist ] \
        || [ -e /etc/mist ]
}
if hostHasMist; then echo "skipped: this machine already has a mist user or folders"; exit 77; fi
work=$(mktemp -d /tmp/mist-install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ -d "$1" ]; then
    (cd "$1" && cpack -G DEB -B "$work/cpack" >/dev/null)
    cp "$work"/cpack/mist-kiosk_*.deb "$work/mist-kiosk.deb"
else
    cp "$1" "$work/mist-kiosk.deb"
fi

# Inside the namespace: everything below happens in the overlay and vanishes with it.
unshare --mount --pid --fork --mount-proc /bin/bash -euo pipefail -s "$work" <<'INNER'
work=$1
mount --make-rprivate /
mkdir -p "$work/lower" "$work/upper" "$work/root"
# The lower layer is / alone (a non-recursive bind), the upper a tmpfs: nothing reaches the disk.
mount --bind / "$work/lower"
mount -t tmpfs -o size=512m tmpfs "$work/upper"
mkdir -p "$work/upper/u" "$work/upper/w"
mount -t overlay overlay -o "lowerdir=$work/lower,upperdir=$work/upper/u,workdir=$work/upper/w" \
    "$work/root"
for fs in proc sys dev; do mount --rbind "/$fs" "$work/root/$fs"; done
mount -t tmpfs tmpfs "$work/root/run"
mount -t tmpfs tmpfs "$work/root/tmp"
cp "$work/mist-kiosk.deb" "$work/root/tmp/"
# The scripts and checks run chrooted: the copy is the whole system as the package sees it.
chroot "$work/root" /bin/bash -euo pipefail <<'CHROOT'
fail() { echo "FAIL: $*"; exit 1; }
export DEBIAN_FRONTEND=noninteractive
getent passwd mist >/dev/null && fail "a user mist exists before the install"
# --force-depends: this test machine need not carry cage and seatd; the scripts are the subject.
dpkg --force-depends -i /tmp/mist-kiosk.deb
getent passwd mist | grep -q ':/var/lib/mist:/usr/sbin/nologin$' || fail "no system user mist"
[ "$(id -u mist)" -lt 1000 ] || fail "mist is not a system user"
# video and render come from the unit (SupplementaryGroups=); the groups must exist.
getent group video >/dev/null && getent group render >/dev/null || fail "no video/render group"
for d in /var/lib/mist /var/lib/mist/data /var/cache/mist; do
    [ "$(stat -c '%U %a' "$d")" = "mist 700" ] || fail "$d: $(stat -c '%U %a' "$d")"
done
[ -f /etc/mist/mist.conf ] || fail "no /etc/mist/mist.conf"
[ -f /usr/share/man/man1/mistctl-schedule.1.gz ] || fail "no group man page"
# Where /usr/bin/mist-kiosk and mistctl look for it (ScanHelper::program(): ../libexec/mist).
[ -x /usr/libexec/mist/mist-scan-helper ] || fail "no scan helper"
echo "installed: user, folders and configuration are there"

# The admin's changes and the kiosk's data must survive an upgrade (here: the same package again).
echo "; the admin's own line" >> /etc/mist/mist.conf
echo data > /var/lib/mist/data/kept.txt
dpkg --force-depends -i /tmp/mist-kiosk.deb
grep -q "the admin's own line" /etc/mist/mist.conf || fail "the upgrade replaced mist.conf"
[ -f /var/lib/mist/data/kept.txt ] || fail "the upgrade lost the data"
echo "upgraded: configuration and data kept"

dpkg --remove mist-kiosk
[ ! -e /usr/bin/mist-kiosk ] || fail "the program is still there after remove"
getent passwd mist >/dev/null || fail "remove deleted the user"
[ -f /var/lib/mist/data/kept.txt ] || fail "remove deleted the data"
grep -q "the admin's own line" /etc/mist/mist.conf || fail "remove deleted mist.conf"
echo "removed: data, configuration and user kept"

dpkg --purge mist-kiosk
getent passwd mist >/dev/null && fail "purge left the user"
for d in /var/lib/mist /var/cache/mist /etc/mist/mist.conf; do
    [ ! -e "$d" ] || fail "purge left $d"
done
dpkg -s mist-kiosk >/dev/null 2>&1 && fail "dpkg still knows the package"
echo "purged: data, configuration and user gone"
CHROOT
INNER

if hostHasMist; then echo "FAIL: the install reached this machine"; exit 1; fi
echo "ok: install, upgrade, remove and purge; this machine unchanged"
