#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Installs what is missing and builds one CMake preset (dev, release or asan; default release).
#   deploy/build.sh [PRESET] [extra cmake --build arguments]
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-release}
shift || true

"$top/deploy/setup.sh"
cd "$top"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "$@"
