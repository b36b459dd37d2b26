#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# deploy/install-kiosk.sh installs only a .deb that is named, root-owned and not group/world
# writable (nor its folder); with no package named it does nothing. Run by ctest (install_check).
set -uo pipefail
script=${1:?usage: test-install-check.sh path/to/install-kiosk.sh}
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 0755 "$work"

expect() { # expect ok|refused DESCRIPTION COMMAND...
    local want=$1 what=$2
    shift 2
    if "$@" >"$work/out" 2>&1; then got=ok; else got=refused; fi
    if [ "$got" = "$want" ]; then
        echo "PASS: $what"
    else
        echo "FAIL: $what: expected $want, got $got"; sed 's/^/    /' "$work/out"
        failures=$((failures + 1))
    fi
}

# No package named: nothing is picked by itself (even with a .deb lying next to the script).
expect refused "no --deb nor --build-dir" bash "$script" --dry-run

deb="$work/mist-kiosk_1.0_amd64.deb"
printf 'not really a deb' >"$deb"
if [ "$(id -u)" -eq 0 ]; then
    chown 0:0 "$deb"; chmod 0644 "$deb"
    expect ok "root-owned 0644" bash "$script" --check-deb "$deb"
    chmod 0664 "$deb"
    expect refused "group-writable" bash "$script" --check-deb "$deb"
    chmod 0646 "$deb"
    expect refused "world-writable" bash "$script" --check-deb "$deb"
    chmod 0644 "$deb"; chown 65534 "$deb"
    expect refused "owned by nobody" bash "$script" --check-deb "$deb"
    expect refused "owned by nobody (--deb)" bash "$script" --deb "$deb" --dry-run
    chown 0 "$deb"
    chmod 0777 "$work"
    expect refused "in a world-writable folder" bash "$script" --check-deb "$deb"
    chmod 0755 "$work"
else
    # Not root: a file we own is not root's, so it must be refused.
    chmod 0644 "$deb"
    expect refused "owned by a normal user" bash "$script" --check-deb "$deb"
fi
ln -s "$deb" "$work/link.deb"
expect refused "a symbolic link" bash "$script" --check-deb "$work/link.deb"
expect refused "a missing file" bash "$script" --check-deb "$work/none.deb"
printf x >"$work/mist.tar"; chmod 0644 "$work/mist.tar"
expect refused "not a .deb" bash "$script" --check-deb "$work/mist.tar"

# The unit never lets the kiosk's memory reach swap.
unit="$(dirname "$script")/kiosk/mist-kiosk.service"
expect ok "MemorySwapMax=0 in the unit" grep -qx 'MemorySwapMax=0' "$unit"

[ "$failures" -eq 0 ] && echo "all passed" || { echo "$failures failed"; exit 1; }
