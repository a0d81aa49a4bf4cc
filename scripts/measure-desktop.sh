#!/usr/bin/env bash
# Measures the desktop app as a new user meets it (a fresh home folder, the
# demo, a 1280x800 screen under Xvfb):
#   scripts/measure-desktop.sh startup [RUNS]     process start to first painted window, median of RUNS (5)
#   scripts/measure-desktop.sh idle [MINUTES]     memory and CPU after MINUTES (10) of demo
# APP (default build/ci/app/gui/rebound) names the binary to measure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="${APP:-$root/build/ci/app/gui/rebound}"
mode="${1:?usage: measure-desktop.sh startup [RUNS] | idle [MINUTES]}"
[[ -x "$app" ]] || { echo "no app at $app: build it first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }

work="$(mktemp -d)"
pid=""
cleanup() {
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Starts the app with a fresh home folder under its own Xvfb; sets pid to the app's process.
start_app() {
    local home="$work/home-$1" log="$work/log-$1"
    mkdir -p "$home/run" && chmod 700 "$home/run"
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" \
        LANG=en_US.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" "$app" --startup-report >"$log" 2>&1 &
    local runner=$!
    pid=""
    for _ in $(seq 1 200); do
        pid="$(pgrep -P "$(pgrep -P "$runner" -n 2>/dev/null || echo 0)" -x rebound 2>/dev/null || true)"
        [[ -z "$pid" ]] && pid="$(pgrep -P "$runner" -x rebound 2>/dev/null || true)"
        [[ -n "$pid" ]] && break
        sleep 0.05
    done
    [[ -n "$pid" ]] || { cat "$log" >&2; echo "the app did not start" >&2; exit 1; }
}

case "$mode" in
startup)
    runs="${2:-5}"
    results=()
    for i in $(seq 1 "$runs"); do
        start_app "$i"
        log="$work/log-$i"
        for _ in $(seq 1 300); do
            grep -q "first window painted" "$log" && break
            sleep 0.1
        done
        ms="$(sed -n 's/.*first window painted \([0-9]*\) ms.*/\1/p' "$log" | head -1)"
        [[ -n "$ms" ]] || { cat "$log" >&2; echo "no startup report" >&2; exit 1; }
        kill "$pid"; wait || true; pid=""
        results+=("$ms")
        echo "run $i: $ms ms"
    done
    median="$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
    echo "process start to first painted window: median $median ms of $runs runs"
    ;;
idle)
    minutes="${2:-10}"
    start_app idle
    ticks="$(getconf CLK_TCK)"
    cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    sleep $(( minutes * 60 - 60 ))
    before="$(cpu_ticks)"
    sleep 60
    after="$(cpu_ticks)"
    rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")"
    pss_kb="$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")"
    threads="$(awk '/^Threads:/ {print $2}' "/proc/$pid/status")"
    cpu="$(awk -v b="$before" -v a="$after" -v t="$ticks" 'BEGIN {printf "%.2f", (a - b) / t / 60 * 100}')"
    echo "after $minutes min of demo: RSS $(( rss_kb / 1024 )) MB, PSS $(( pss_kb / 1024 )) MB, $threads threads, CPU $cpu% of one core over the last minute"
    ;;
*)
    echo "unknown mode: $mode" >&2; exit 2 ;;
esac
