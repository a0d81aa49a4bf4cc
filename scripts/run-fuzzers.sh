#!/usr/bin/env bash
# Builds the fuzz targets (the fuzz preset: clang, libFuzzer, AddressSanitizer
# and UndefinedBehaviorSanitizer) and runs each from its corpus in
# tests/fuzz/corpus for a while, one after another.
#
#   scripts/run-fuzzers.sh [--seconds N] [TARGET...]
#
# Every target runs (60 s each unless told); the exit code is 1 when any of
# them found a fault. A finding is left in build/fuzz/findings/TARGET/; once
# it is fixed, keep the input in tests/fuzz/corpus/TARGET/ so the replay test
# (ctest -R fuzz_) holds the fix. New inputs the fuzzers find go to
# build/fuzz/corpus, not the repository.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=60
targets=()
while (($#)); do
    case "$1" in
    --seconds)
        seconds="$2"
        shift 2
        ;;
    -h | --help)
        sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "unknown option $1 (see --help)" >&2
        exit 2
        ;;
    *)
        targets+=("$1")
        shift
        ;;
    esac
done

./scripts/install-deps.sh --sanitize
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

build=build/fuzz
if ((${#targets[@]} == 0)); then
    for dir in tests/fuzz/corpus/*/; do
        targets+=("$(basename "$dir")")
    done
fi

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=()
printf '%-24s %10s %10s %8s  %s\n' target executions "per second" coverage result
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    if [[ ! -x "$binary" ]]; then
        echo "no fuzz target $target in $build" >&2
        exit 2
    fi
    work="$build/corpus/$target"
    findings="$build/findings/$target"
    log="$build/logs/$target.log"
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    status=0
    "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$findings/" \
        "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    if ((status == 0)); then
        result=clean
    else
        result="FAULT (see $log; input in $findings/)"
        failed+=("$target")
    fi
    printf '%-24s %10s %10s %8s  %s\n' "$target" "${runs:-?}" "${rate:-?}" "${coverage:-?}" "$result"
done

if ((${#failed[@]})); then
    echo "faults found by: ${failed[*]}" >&2
    exit 1
fi
echo "every target ran ${seconds} s without a fault"
