#!/usr/bin/env bash
# Installs the test tools that come from npm (Stoplight Prism) into the build
# folder, so nothing is installed globally. Prints nothing when already there.
set -euo pipefail
tools_dir="${1:?usage: install-test-tools.sh TOOLS_DIR}"
# 5.14 is the newest whose engines include the Node.js 18 of Debian 12.
prism_version="5.14.2"
if [[ -x "$tools_dir/node_modules/.bin/prism" ]] &&
    grep -q "\"version\": \"$prism_version\"" "$tools_dir/node_modules/@stoplight/prism-cli/package.json" 2>/dev/null; then
    exit 0
fi
mkdir -p "$tools_dir"
echo "Installing Stoplight Prism $prism_version into $tools_dir"
npm install --prefix "$tools_dir" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@$prism_version" >/dev/null
