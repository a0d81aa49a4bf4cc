#!/usr/bin/env bash
# Installs what building and running Rebound needs (with --test, testing it;
# with --sanitize, the sanitized and fuzzing builds) on Debian 12, the system scripts/check-fresh-machine.sh proves it on.
# Installs only what is missing; uses sudo when not root.
set -euo pipefail

# Some are needed although no package we name declares them:
#   libqt6opengl6-dev  Qt6Charts' CMake package looks for Qt6OpenGL
#   libxkbcommon-dev   Qt6Gui's CMake package looks for XKB
#   qt6-websockets-dev Qt6HttpServer's CMake package looks for Qt6WebSockets
build_packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6opengl6-dev libxkbcommon-dev
    qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
    libcurl4-openssl-dev libphonenumber-dev libprotobuf-dev libicu-dev libboost-dev
    qtkeychain-qt6-dev ca-certificates fonts-dejavu-core
    file # cpack's DEB generator reads the executables' kind with it
    fonts-noto-color-emoji # callers text emoji; without a colour emoji font they draw as empty boxes
)
test_packages=(
    xvfb xauth x11-utils imagemagick dbus dbus-x11 gnome-keyring
    postgresql postgresql-client openssl python3 procps curl
    # The package tests: a fresh root (mounted into by mount, listed with awk), its window, the DEB's and NSIS's checks.
    mmdebstrap mount mawk xdotool lintian nsis
)
# clang with its sanitizer and libFuzzer runtimes, and llvm-symbolizer for
# readable reports: the asan, tsan and fuzz presets; and what
# scripts/build-tsan-qt.sh builds the tsan preset's Qt with.
sanitize_packages=(clang-14 libclang-rt-14-dev llvm-14
    libssl-dev libpq-dev libsqlite3-dev libicu-dev perl xz-utils curl)
# Node.js may come from elsewhere (e.g. NodeSource, whose nodejs bundles npm
# and conflicts with Debian's npm): ask for it only when the command is missing.
command -v node >/dev/null 2>&1 || test_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || test_packages+=(npm)

packages=("${build_packages[@]}")
for option in "$@"; do
    case "$option" in
    --test) packages+=("${test_packages[@]}") ;;
    --sanitize) packages+=("${sanitize_packages[@]}") ;;
    *)
        echo "usage: $0 [--test] [--sanitize]" >&2
        exit 2
        ;;
    esac
done

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
echo "Installing: ${missing[*]}"
# apt and dpkg narrate every package; their words are shown only when they fail.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "Installing the packages above failed." >&2
    exit 1
fi
