#!/bin/sh
# smoke.sh -- the short fuzz run CI does (make fuzz-smoke).
#
#   sh fuzz/smoke.sh builddir corpusdir seconds target...
#
# Runs each libFuzzer target for the given seconds on a copy of its seed
# corpus (corpusdir/<target>, copied to builddir/corpus-<target>, so the
# committed corpus is never changed). Prints each target's final "#N DONE"
# line and a summary; exits 1 if any target crashed, leaked, timed out or
# printed no DONE line. Reproducers go to builddir/crashes/<target>-*,
# logs to builddir/<target>.log.

set -u
dir=$1
corpus=$2
secs=$3
shift 3

UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export UBSAN_OPTIONS

failed=""
total=0
mkdir -p "$dir/crashes"
for t in "$@"; do
    work=$dir/corpus-$t
    log=$dir/$t.log
    rm -rf "$work"
    mkdir -p "$work"
    if [ -d "$corpus/$t" ]; then
        cp "$corpus/$t"/* "$work"/ 2>/dev/null
    fi
    "$dir/$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$dir/crashes/$t-" \
        "$work" >"$log" 2>&1
    rc=$?
    line=$(grep -a '^#[0-9][0-9]*[[:space:]]*DONE' "$log" | tail -n 1)
    execs=$(echo "$line" | sed -n 's/^#\([0-9][0-9]*\).*/\1/p')
    echo "$t: ${line:-no DONE line}"
    if [ "$rc" -ne 0 ] || [ -z "$line" ]; then
        echo "$t: FAILED (exit $rc), log $log:"
        tail -n 60 "$log"
        failed="$failed $t"
    fi
    total=$((total + ${execs:-0}))
done
echo "fuzz-smoke: $# targets, ${secs} s each, $total executions, failed:${failed:- none}"
[ -z "$failed" ]
