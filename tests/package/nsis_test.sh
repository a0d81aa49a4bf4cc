#!/usr/bin/env bash
# The Windows installer's script (installer/windows/NSIS.template.in, filled in
# by CPack) compiles: makensis runs here as on Windows, over this build's files.
# The installer it makes holds Linux programs, so it is only looked at, never
# run; what it must be: a Windows executable carrying the version, the
# per-user/per-machine choice, the uninstaller and both shortcuts.
#
#   tests/package/nsis_test.sh BUILD_DIR VERSION
set -euo pipefail
build="$(realpath "${1:?usage: nsis_test.sh BUILD_DIR VERSION}")"
version="${2:?usage: nsis_test.sh BUILD_DIR VERSION}"
command -v makensis >/dev/null || { echo "makensis is missing: scripts/install-deps.sh --test installs nsis"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G NSIS -B "$work" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    find "$work" -name NSISOutput.log -exec cat {} + 2>/dev/null
    exit 1
fi
installer="$work/Rebound-$version-win64.exe"
[[ -f "$installer" ]] || { echo "cpack made no Rebound-$version-win64.exe:"; ls -l "$work"; exit 1; }
[[ "$(head -c 2 "$installer")" == MZ ]] || { echo "$installer is not a Windows executable"; exit 1; }
echo "Made $(basename "$installer"), $(du -k "$installer" | cut -f1) KiB"

# The script makensis compiled, as CPack filled it in.
script="$(find "$work" -name project.nsi | head -n 1)"
[[ -n "$script" ]] || { echo "No project.nsi in the CPack folder"; exit 1; }
for expected in 'MULTIUSER_PAGE_INSTALLMODE' 'MULTIUSER_INSTALLMODE_COMMANDLINE' \
    "!define APP_VERSION \"$version\"" 'Uninstall\Rebound"' 'WriteUninstaller' \
    '$SMPROGRAMS\${APP_NAME}.lnk' '$DESKTOP\${APP_NAME}.lnk' '/UPGRADE' \
    'Delete "$INSTDIR\bin\rebound' 'Delete "$INSTDIR\bin\rebound-cli'; do
    grep -qF "$expected" "$script" || { echo "project.nsi lacks: $expected"; exit 1; }
done
grep -q '@[A-Z_]*@' "$script" && { echo "project.nsi has unfilled values:"; grep -n '@[A-Z_]*@' "$script"; exit 1; }
echo "project.nsi: per-user or per-machine, shortcuts, uninstaller, upgrade in place"
