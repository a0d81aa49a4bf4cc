#!/usr/bin/env bash
# Installs what is missing, builds Rebound and runs every test (benchmarks,
# label "bench", are run separately: ctest --preset bench).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh --test
./scripts/install-test-tools.sh "$PWD/build/tools"
cmake --preset ci
cmake --build --preset ci
export REBOUND_PRISM="$PWD/build/tools/node_modules/.bin/prism"
ctest --preset ci
