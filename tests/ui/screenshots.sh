#!/usr/bin/env bash
# Starts Rebound as a new user would (a fresh home folder, no settings) under
# Xvfb, lets the demo run, and saves a PNG of each main screen and of the
# setup wizard into the folder given as the first argument.
#   tests/ui/screenshots.sh OUT_DIR [APP]
# REBOUND_SETTLE_SECONDS (default 40) is how long the demo runs first;
# REBOUND_THEME (light, dark or system) the look.
set -euo pipefail
out="${1:?usage: screenshots.sh OUT_DIR [APP]}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${2:-$root/build/ci/app/gui/rebound}"
settle="${REBOUND_SETTLE_SECONDS:-40}"
theme="${REBOUND_THEME:-system}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" \
    LANG="${LANG:-en_US.UTF-8}" \
    bash -c 'mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR" &&
             exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --screenshot-tour "$1" --settle-seconds "$2" --theme "$3"' \
    "$app" "$out" "$settle" "$theme"
for name in inbox leads calls insights insights-dashboard settings wizard; do
    test -s "$out/$name.png" || { echo "missing $out/$name.png" >&2; exit 1; }
done
ls -1 "$out"/*.png
