#!/usr/bin/env bash
# Installs what is missing, builds Rebound and starts the desktop app.
# With no account set up, the app opens in demo mode on the built-in sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target rebound
exec ./build/release/app/gui/rebound "$@"
