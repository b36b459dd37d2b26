#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Quick start: installs what is missing, builds, and runs the whole test suite headless.
#   deploy/run-tests.sh [PRESET]     (default dev; `asan` runs the unit tests under ASan+UBSan)
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-dev}

if [ "$preset" = asan ]; then
    # The asan test preset runs the unit tests only; build just those.
    "$top/deploy/build.sh" "$preset" --target mist_unit_tests
else
    "$top/deploy/build.sh" "$preset"
fi

# Headless: no display, software rendering, and a private runtime directory.
export QT_QPA_PLATFORM=offscreen
export QT_QUICK_BACKEND=software
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
trap 'rm -rf "$runtime"' EXIT

cd "$top"
ctest --preset "$preset" --output-on-failure --parallel 2
