#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# systemd-analyze verify on the kiosk unit: any complaint fails, except that the programs of
# ExecStart (cage, mist-kiosk) need not be installed on a build machine. Exit 77: skipped.
#   check_unit.sh UNIT_FILE
set -euo pipefail
command -v systemd-analyze >/dev/null || { echo "skipped: no systemd-analyze"; exit 77; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$1" "$dir/"
output=$(systemd-analyze verify "$dir/$(basename "$1")" 2>&1) || true
echo "$output"
remaining=$(grep -v -E "Command /usr/bin/(cage|mist-kiosk) is not executable|Unit configuration has fatal error, unit will not be started|^$" <<<"$output" || true)
if [ -n "$remaining" ]; then
    echo "systemd-analyze verify complains about the unit"
    exit 1
fi
echo "systemd-analyze verify: clean"
