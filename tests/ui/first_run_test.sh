#!/usr/bin/env bash
# A new user's first start: a fresh home folder, no settings, a real X server
# (Xvfb). The app must stay up, draw its window, and within 45 s its demo
# database must hold the sandbox's calls and messages.
#   tests/ui/first_run_test.sh APP
set -euo pipefail
app="${1:?usage: first_run_test.sh APP}"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" > "$HOME/app.log" 2>&1 &
    pid=$!
    deadline=$((SECONDS + 45))
    db=""
    calls=0; messages=0
    while (( SECONDS < deadline )); do
        if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited early"; cat "$HOME/app.log"; exit 1; fi
        db=$(find "$XDG_DATA_HOME" -name demo.sqlite 2>/dev/null | head -1)
        if [[ -n "$db" ]]; then
            read -r calls messages < <(python3 - "$db" <<PY
import sqlite3, sys
c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True, timeout=5)
print(c.execute("select count(*) from calls").fetchone()[0], c.execute("select count(*) from messages").fetchone()[0])
PY
            ) || true
            if (( calls > 0 && messages > 1 )); then break; fi
        fi
        sleep 1
    done
    echo "after ${SECONDS}s: calls=$calls messages=$messages"
    (( calls > 0 && messages > 1 )) || { echo "the demo database stayed empty"; cat "$HOME/app.log"; exit 1; }
    kill -0 "$pid" || { echo "the app is not running"; exit 1; }
    import -window root "$HOME/screen.png"
    colours=$(identify -format "%k" "$HOME/screen.png")
    echo "screen colours: $colours"
    (( colours > 20 )) || { echo "nothing was drawn on the screen"; exit 1; }
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "1 passed, 0 failed"
' _ "$app"
