#!/usr/bin/env bash
# The Linux package as a user meets it. cpack makes the DEB from the build;
# lintian must find no error in it; apt-get installs it into a fresh Debian 12
# root (scripts/check-fresh-machine.sh, as CI uses), where the installed
# rebound-cli and rebound print this version, and rebound, started on an X
# server with a fresh home folder, opens its demo window.
#
#   tests/package/package_test.sh BUILD_DIR VERSION
#
# Needs root (the fresh root is a chroot) and Debian's mirror. Exits 77, which
# CTest reports as skipped, when not run as root.
set -euo pipefail
build="$(realpath "${1:?usage: package_test.sh BUILD_DIR VERSION}")"
version="${2:?usage: package_test.sh BUILD_DIR VERSION}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"

if [[ $(id -u) -ne 0 ]]; then
    echo "Skipped: installing into a fresh root needs root (chroot and mounts)."
    exit 77
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== cpack -G DEB"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
shopt -s nullglob
debs=("$work"/rebound_"$version"_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || { echo "cpack made no rebound_${version}_*.deb:"; ls -l "$work"; exit 1; }
deb="${debs[0]}"
deb_name="$(basename "$deb")"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

echo "== what it installs"
contents="$(dpkg-deb --contents "$deb" | awk '{print $6}')"
for path in ./usr/bin/rebound ./usr/bin/rebound-cli ./usr/share/applications/rebound.desktop \
    ./usr/share/icons/hicolor/scalable/apps/rebound.svg ./usr/share/icons/hicolor/256x256/apps/rebound.png \
    ./usr/share/metainfo/app.rebound.Rebound.metainfo.xml ./usr/share/man/man1/rebound.1.gz \
    ./usr/share/man/man1/rebound-cli.1.gz ./usr/share/doc/rebound/copyright ./usr/share/doc/rebound/changelog.gz; do
    grep -qxF "$path" <<<"$contents" || { echo "The package lacks $path"; exit 1; }
done
dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'
for plugin in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins; do
    dpkg-deb --field "$deb" Depends | grep -q "$plugin" || { echo "Depends lacks $plugin (loaded at run time)"; exit 1; }
done

echo "== lintian"
# Every tag is shown; an error or a warning fails the test.
lintian --fail-on error,warning --display-info "$deb"

echo "== apt-get install ./$deb_name in a fresh Debian 12 root, then its window"
"$repo/scripts/check-fresh-machine.sh" --copy "$deb" --window "Rebound — demo" bash -c '
set -euo pipefail
apt-get update -qq
started=$SECONDS
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$1" >/tmp/apt.log 2>&1 || { cat /tmp/apt.log; exit 1; }
echo "Installed with its dependencies in $((SECONDS - started)) s"
echo "rebound-cli --version: $(rebound-cli --version)"
test "$(rebound-cli --version)" = "rebound-cli $2"
echo "rebound --version: $(rebound --version)"
test "$(rebound --version)" = "Rebound $2"
test -s /usr/share/icons/hicolor/48x48/apps/rebound.png
exec rebound' _ "$deb_name" "$version"
