#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Every source, build and script file says its licence in an SPDX line (Mist is GPL-3.0-or-later;
# see LICENSE). Lists the files that do not, and fails if there is any.
#   check_spdx.sh SOURCE_DIR
set -euo pipefail
cd "$1"

patterns=('*.cpp' '*.h' '*.qml' '*.cmake' 'CMakeLists.txt' '*/CMakeLists.txt' '*.sh' '*.py'
          '*.service' '.ci/run')
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- "${patterns[@]}")
else
    mapfile -t files < <(find . -path ./build -prune -o -type f \( -name '*.cpp' -o -name '*.h' \
        -o -name '*.qml' -o -name '*.cmake' -o -name CMakeLists.txt -o -name '*.sh' -o -name '*.py' \
        -o -name '*.service' \) -print)
fi

missing=0
for f in "${files[@]}"; do
    [ -f "$f" ] || continue
    if ! head -n 5 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later'; then
        echo "no SPDX-License-Identifier line in the first 5 lines: $f"
        missing=$((missing + 1))
    fi
done
echo "checked ${#files[@]} files, $missing without an SPDX licence line"
[ "$missing" -eq 0 ]
