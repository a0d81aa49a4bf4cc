#!/usr/bin/env bash
# Installs what is missing, builds Rebound and runs every test (benchmarks,
# label "bench", are run separately: ctest --preset bench).
set -euo pipefail
cd "$(dirname "$0")/.."

stage_start=$SECONDS
stage() {
    printf '== %s (%d s)\n' "$1" $((SECONDS - stage_start))
    stage_start=$SECONDS
}

./scripts/install-deps.sh --test
./scripts/install-test-tools.sh "$PWD/build/tools"
stage "install"
./scripts/check-workflows.sh "$PWD/build/tools"
stage "release workflow check"
cmake --preset ci
stage "configure"
cmake --build --preset ci
stage "build"
export REBOUND_PRISM="$PWD/build/tools/node_modules/.bin/prism"
ctest --preset ci
stage "test"
