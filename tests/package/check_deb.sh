#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Builds the mist-kiosk .deb from a build directory (cpack) and runs lintian on it. Fails on any
# error or warning lintian reports that deploy/package/lintian-overrides does not override, and
# when the package lacks its copyright, changelog, man pages, completion, scan helper or
# maintainer scripts.
#   check_deb.sh BUILD_DIR
set -euo pipefail
build=$1
command -v lintian >/dev/null || { echo "lintian is not installed (deploy/packages.txt)"; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/mist-kiosk_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/share/doc/mist-kiosk/copyright ./usr/share/doc/mist-kiosk/changelog.gz \
    ./usr/share/man/man1/mist-kiosk.1.gz ./usr/share/man/man1/mistctl.1.gz \
    ./usr/share/man/man1/mistctl-portal.1.gz ./usr/share/man/man1/mistctl-schedule.1.gz \
    ./usr/share/bash-completion/completions/mistctl ./usr/share/lintian/overrides/mist-kiosk \
    ./usr/libexec/mist/mist-scan-helper; do
    grep -q " $path\$" <<<"$contents" || { echo "missing in the package: $path"; exit 1; }
done
control=$(dpkg-deb -I "$deb")
grep -qE '^ Recommends: .*\bcups\b' <<<"$control" || { echo "the package does not recommend cups"; exit 1; }
for script in postinst prerm postrm; do
    grep -qE "[0-9] lines +\*? *$script( |\$)" <<<"$control" || { echo "no $script in the package"; exit 1; }
done
report=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
echo "$report"
if grep -qE '^[EW]: ' <<<"$report"; then
    echo "lintian: errors or warnings above are not overridden"
    exit 1
fi
echo "lintian: no errors, no warnings"
