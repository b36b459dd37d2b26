#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Mist contributors
# Builds the fuzz preset (clang-14, libFuzzer + ASan + UBSan) and runs every harness of tests/fuzz
# for a bounded time, starting from its checked-in seeds. Prints executions and coverage of each;
# fails if a harness crashes, leaks, times out or runs out of memory (the input is kept under
# build/fuzz/artifacts/ — replay it with `build/fuzz/tests/fuzz/<harness> FILE`).
#   deploy/run-fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]    (default 60 s, every harness)
# The CI run (.ci/run) uses 25 s each; the long run in tests/fuzz/README.md used 600.
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(fuzz_feedparser fuzz_minisign fuzz_ics fuzz_config fuzz_apihead fuzz_guide fuzz_course
        fuzz_export)
fi

cd "$top"
if [ -z "${MIST_FUZZ_NO_SETUP:-}" ]; then
    "$top/deploy/setup.sh"
fi
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target mist_fuzzers -- -j"${MIST_FUZZ_JOBS:-2}"

build="$top/build/fuzz"
artifacts="$build/artifacts"
mkdir -p "$artifacts"
# Leaks of Qt's and libical's global caches at exit are not ours; a crash aborts at once.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
summary=()
for harness in "${harnesses[@]}"; do
    binary="$build/tests/fuzz/$harness"
    seeds="$top/tests/fuzz/corpus/$harness"
    # New inputs go to a scratch corpus, never into the checked-in seeds.
    work="$build/corpus/$harness"
    mkdir -p "$work"
    log="$build/$harness.log"
    echo "== $harness: ${seconds} s"
    status=0
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$harness-" \
        "$work" "$seeds" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
    corpus=$(find "$work" -type f | wc -l)
    line="$harness: status $status, ${execs:-?} executions, ${rate:-?}/s, ${cov:-cov: ?}, corpus $corpus"
    echo "$line"
    summary+=("$line")
    if [ "$status" -ne 0 ]; then
        failed=1
        echo "-- $harness FAILED; the end of its log ($log):"
        tail -n 40 "$log"
    fi
done

echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
