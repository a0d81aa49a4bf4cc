#!/usr/bin/env bash
# Collects every tr() string of the app into translations/*.ts (Qt Linguist).
# Translate the Spanish file in Linguist; the build turns both into .qm files
# embedded in the app.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate="$(command -v lupdate || true)"
[[ -n "$lupdate" ]] || lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations relative ui app/gui core -ts translations/rebound_en.ts translations/rebound_es.ts
