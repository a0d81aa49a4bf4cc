#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME
# Keyring, so code that uses the Secret Service (QtKeychain) can be tested
# headless. Its keyring lives in a temporary home folder, removed afterwards.
#   scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
command -v dbus-run-session >/dev/null || { echo "dbus-run-session is missing (apt-get install dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "gnome-keyring is missing (apt-get install gnome-keyring)" >&2; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
exec dbus-run-session -- bash -c '
    eval "$(printf "test-keyring" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" >/dev/null
    export GNOME_KEYRING_CONTROL
    exec "$@"' _ "$@"
