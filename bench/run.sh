#!/usr/bin/env bash
# Builds Vigie in Release and runs the storage benchmark with the default sizes (1,000,000 messages,
# 1,000,000 mentions, 3 runs), writing results.json, results.md (the tables docs/PERFORMANCE.md
# quotes) and log.txt. Extra arguments go to bench_storage, e.g. `bench/run.sh --runs 1`.
# `bench/run.sh --sync` runs the inbox sync benchmark instead (bench_sync; sync.json, sync-log.txt).
# `bench/run.sh --calendar` runs the 1,000-post month benchmark (bench_calendar; calendar-log.txt).
# `bench/run.sh --classify` runs the classification throughput benchmark (bench_classify; classify-log.txt).
# Needs the sqlite3 shell (the baseline) and about 3 GB free in the temp folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BENCH_BUILD:-$root/build-bench}
out=${VIGIE_BENCH_OUT:-$build/bench-results}

command -v sqlite3 >/dev/null || { echo "bench/run.sh: the sqlite3 shell is needed (apt-get install sqlite3)." >&2; exit 1; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
mkdir -p "$out"
if [ "${1:-}" = "--sync" ]; then
    # Inbox sync: 10,000 notifications from each fake server into a fresh store, 5 runs.
    shift
    ninja -C "$build" -j2 bench_sync
    "$build/bin/bench_sync" --json "$out/sync.json" "$@" 2>&1 | tee "$out/sync-log.txt"
    exit 0
fi
if [ "${1:-}" = "--classify" ]; then
    shift
    ninja -C "$build" -j2 bench_classify
    "$build/bin/bench_classify" "$@" 2>&1 | tee "$out/classify-log.txt"
    exit 0
fi
if [ "${1:-}" = "--calendar" ]; then
    shift
    ninja -C "$build" -j2 bench_calendar
    "$build/bin/bench_calendar" "$@" 2>&1 | tee "$out/calendar-log.txt"
    exit 0
fi
ninja -C "$build" -j2 bench_storage vigie
"$build/bin/bench_storage" --out-dir "$out" "$@" 2>&1 | tee "$out/log.txt"
echo "Tables for docs/PERFORMANCE.md: $out/results.md"
