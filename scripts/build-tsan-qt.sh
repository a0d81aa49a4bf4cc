#!/usr/bin/env bash
# Builds the Qt modules the engine uses (Core, Network, Sql with its SQLite and
# PostgreSQL drivers, Test, HttpServer) with ThreadSanitizer, into
# build/tsan-qt, where the tsan preset looks for them.
#
# ThreadSanitizer sees a hand-over between threads only when both sides are
# instrumented: Debian's Qt is not, so every signal queued across threads
# would read as a race. A Qt built with -sanitize thread carries the
# annotations that make its mutexes and event queues visible.
#
#   scripts/build-tsan-qt.sh [--sources DIR] [--jobs N]
#
# --sources DIR: a folder holding qtbase-everywhere-src-VERSION and
# qthttpserver-everywhere-src-VERSION, as folders or .tar.xz archives;
# without it they are downloaded from download.qt.io. About 45 min on two
# cores; nothing is rebuilt when build/tsan-qt already holds this version.
set -euo pipefail

version=6.4.2
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/build/tsan-qt"
work="$root/build/tsan-qt-build"
sources=""
jobs="$(nproc)"

while (($#)); do
    case "$1" in
    --sources)
        sources="$(cd "$2" && pwd)"
        shift 2
        ;;
    --jobs)
        jobs="$2"
        shift 2
        ;;
    *)
        echo "usage: $0 [--sources DIR] [--jobs N]" >&2
        exit 2
        ;;
    esac
done

stamp="$prefix/.rebound-tsan-qt-$version"
if [[ -f "$stamp" ]]; then
    echo "ThreadSanitizer Qt $version is in $prefix"
    exit 0
fi

for tool in clang-14 clang++-14 cmake ninja perl xz; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is missing: run scripts/install-deps.sh --sanitize" >&2
        exit 1
    fi
done

mkdir -p "$work"

# unpack MODULE: leaves $work/MODULE-everywhere-src-$version in place.
unpack() {
    local name="$1-everywhere-src-$version"
    if [[ -d "$work/$name" ]]; then
        return
    fi
    if [[ -n "$sources" && -d "$sources/$name" ]]; then
        cp -a "$sources/$name" "$work/$name"
        return
    fi
    local archive="$work/$name.tar.xz"
    if [[ -n "$sources" && -f "$sources/$name.tar.xz" ]]; then
        archive="$sources/$name.tar.xz"
    elif [[ ! -f "$archive" ]]; then
        local series="${version%.*}"
        echo "Downloading $name"
        curl -fsSL --proto '=https' -o "$archive.part" \
            "https://download.qt.io/archive/qt/$series/$version/submodules/$name.tar.xz"
        mv "$archive.part" "$archive"
    fi
    tar -xf "$archive" -C "$work"
}

log="$work/build.log"
: >"$log"
run() {
    if ! "$@" >>"$log" 2>&1; then
        tail -40 "$log" >&2
        echo "Failed: $* (whole log: $log)" >&2
        exit 1
    fi
}

unpack qtbase
unpack qthttpserver

# QProcess starts children with a vfork-like clone(), which ThreadSanitizer
# cannot follow (it stops with "CHECK failed" in ForkAfter); without pidfd
# support forkfd uses a plain fork(), which it can.
echo "Building qtbase $version with ThreadSanitizer (log: $log)"
rm -rf "$work/qtbase-build"
mkdir -p "$work/qtbase-build"
(
    cd "$work/qtbase-build"
    run "$work/qtbase-everywhere-src-$version/configure" -prefix "$prefix" \
        -release -force-debug-info -sanitize thread -nomake examples -nomake tests \
        -no-gui -no-widgets -no-dbus -no-glib -openssl-linked \
        -sql-sqlite -system-sqlite -sql-psql \
        -no-sql-odbc -no-sql-mysql -no-sql-ibase -no-sql-oci -no-sql-db2 \
        -qt-pcre -qt-zlib -qt-doubleconversion -no-zstd -no-feature-forkfd_pidfd \
        -- -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14
    run cmake --build . --parallel "$jobs"
    run cmake --install .
)

echo "Building qthttpserver $version with ThreadSanitizer"
rm -rf "$work/qthttpserver-build"
mkdir -p "$work/qthttpserver-build"
(
    cd "$work/qthttpserver-build"
    run "$prefix/bin/qt-configure-module" "$work/qthttpserver-everywhere-src-$version"
    run cmake --build . --parallel "$jobs"
    run cmake --install .
)

touch "$stamp"
echo "ThreadSanitizer Qt $version is in $prefix"
