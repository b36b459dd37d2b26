#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Quick start: installs what is missing, builds, and starts the kiosk full screen on its
# built-in defaults (bundled directory and schedule, local SQLite in the XDG data folder).
# Arguments go to mist-kiosk, e.g. `deploy/run-kiosk.sh --windowed`.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/deploy/build.sh" release --target mist-kiosk mistctl
exec "$top/build/release/kiosk/mist-kiosk" "$@"
