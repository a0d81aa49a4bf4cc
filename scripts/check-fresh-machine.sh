#!/usr/bin/env bash
# Runs a command in a fresh, minimal Debian 12 root, as a new user would on a
# new machine: nothing installed beyond Debian's base and apt, a clone of the
# current commit (uncommitted changes are not part of it), a clean environment.
# Whatever the command needs, it must install itself. The root is removed
# afterwards, also when the check fails or is interrupted.
#
#   scripts/check-fresh-machine.sh [--copy FILE]... [--window TITLE] COMMAND [ARG...]
#
# COMMAND runs as root in the clone's top folder, with the project's shared/
# folder beside it when there is one. Each --copy FILE is placed in the root's
# /tmp first (a package to install, say). With --window, an X server on this
# machine stands for the user's screen: COMMAND must open a window whose name
# starts with TITLE within 30 s of the desktop app starting; the command is
# then ended and the check passes.
#
# Needs root (chroot and mounts). Environment:
#   REBOUND_FRESH_MIRROR   Debian mirror (default http://deb.debian.org)
#   REBOUND_FRESH_KEEP=1   keep the root for inspection (it is printed)
set -euo pipefail

usage() {
    echo "usage: $0 [--copy FILE]... [--window TITLE] COMMAND [ARG...]" >&2
    exit 2
}

window_title=""
copies=()
while (($#)); do
    case "$1" in
    --copy)
        (($# >= 2)) || usage
        [[ -f "$2" ]] || { echo "$0: no file $2" >&2; exit 2; }
        copies+=("$(realpath "$2")")
        shift 2
        ;;
    --window)
        (($# >= 2)) || usage
        window_title="$2"
        shift 2
        ;;
    -h | --help) usage ;;
    --) shift; break ;;
    -*) usage ;;
    *) break ;;
    esac
done
(($#)) || usage
[[ $(id -u) -eq 0 ]] || { echo "$0: run this as root (it needs chroot and mounts)" >&2; exit 1; }

repo="$(cd "$(dirname "$0")/.." && pwd)"
mirror="${REBOUND_FRESH_MIRROR:-http://deb.debian.org}"
window_limit=30 # seconds from the app's start to its window
started=$SECONDS

stage_start=$SECONDS
stage() {
    local now=$SECONDS
    printf '== %s (%d s)\n' "$1" $((now - stage_start))
    stage_start=$now
}

# Tools this machine needs to make and watch the root.
host_tools=(mmdebstrap)
[[ -n "$window_title" ]] && host_tools+=(xvfb xauth xdotool)
missing=()
for p in "${host_tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing on this machine: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

root="$(mktemp -d "${TMPDIR:-/var/tmp}/rebound-fresh.XXXXXX")"
xvfb_pid=""
command_pid=""

# Every process whose root is the fresh root: the command and all it started.
processes_in_root() {
    local p
    for p in /proc/[0-9]*; do
        [[ "$(readlink "$p/root" 2>/dev/null)" == "$root" ]] && echo "${p#/proc/}"
    done
    return 0
}

mounts_under_root() {
    awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    set +e
    local pids
    pids="$(processes_in_root)"
    if [[ -n "$pids" ]]; then
        kill -TERM $pids 2>/dev/null
        sleep 2
        pids="$(processes_in_root)"
        [[ -n "$pids" ]] && kill -KILL $pids 2>/dev/null && sleep 1
    fi
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    local m
    for m in $(mounts_under_root); do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    if [[ -n "$(mounts_under_root)" ]]; then
        echo "$0: could not unmount everything under $root; left in place" >&2
    elif [[ "${REBOUND_FRESH_KEEP:-0}" == 1 ]]; then
        echo "The root is kept at $root"
    else
        # --one-file-system: never follow a mount out of the root.
        rm -rf --one-file-system "$root"
    fi
    printf '== total (%d s)\n' $((SECONDS - started))
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "Making a fresh Debian 12 root in $root"
mmdebstrap --quiet --variant=apt --include=ca-certificates bookworm "$root" \
    "deb $mirror/debian bookworm main" \
    "deb $mirror/debian bookworm-updates main" \
    "deb $mirror/debian-security bookworm-security main"
stage "bootstrap"

# The same extra certificate authorities as this machine (a proxy's, say).
shopt -s nullglob
cas=(/usr/local/share/ca-certificates/*.crt)
shopt -u nullglob
if ((${#cas[@]})); then
    cp "${cas[@]}" "$root/usr/local/share/ca-certificates/"
fi
chroot "$root" update-ca-certificates >/dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"

mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"

commit="$(git -C "$repo" rev-parse HEAD)"
if [[ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]]; then
    echo "Note: uncommitted changes in $repo are not part of this check."
fi
git clone --quiet --no-local "$repo" "$root/root/rebound"
git -C "$root/root/rebound" checkout --quiet --detach "$commit"
if [[ -d "$repo/../shared" ]]; then
    cp -r "$repo/../shared" "$root/root/shared"
fi
if ((${#copies[@]})); then
    cp "${copies[@]}" "$root/tmp/"
fi
stage "clone of ${commit:0:12}"

in_root() {
    chroot "$root" /usr/bin/env -i \
        HOME=/root \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 \
        TERM=dumb \
        NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
        ${DISPLAY_IN_ROOT:+DISPLAY=$DISPLAY_IN_ROOT} \
        /bin/bash -c 'cd /root/rebound && exec "$@"' _ "$@"
}

echo "Running in the fresh root: $*"
if [[ -z "$window_title" ]]; then
    status=0
    in_root "$@" || status=$?
    stage "$* (exit $status)"
    exit "$status"
fi

# The user's screen: an X server on this machine, its socket shared with the
# root, so the root holds only what COMMAND installed.
display=""
for n in $(seq 90 130); do
    if [[ ! -e /tmp/.X11-unix/X$n && ! -e /tmp/.X$n-lock ]]; then
        display=":$n"
        break
    fi
done
[[ -n "$display" ]] || { echo "$0: no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [[ -S /tmp/.X11-unix/X${display#:} ]] && break
    sleep 0.1
done
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"

DISPLAY_IN_ROOT="$display" in_root "$@" &
command_pid=$!

# The app has started when a process named rebound runs inside the root.
app_started=""
while kill -0 "$command_pid" 2>/dev/null; do
    for p in $(processes_in_root); do
        if [[ "$(cat "/proc/$p/comm" 2>/dev/null)" == rebound ]]; then
            app_started=$SECONDS
            break 2
        fi
    done
    sleep 0.5
done
if [[ -z "$app_started" ]]; then
    wait "$command_pid" && status=0 || status=$?
    echo "$0: '$*' ended (exit $status) without starting the desktop app" >&2
    exit 1
fi
stage "install and build, up to the app's start"

found=""
while ((SECONDS - app_started <= window_limit)); do
    if ! kill -0 "$command_pid" 2>/dev/null; then
        wait "$command_pid" && status=0 || status=$?
        echo "$0: the app ended (exit $status) before its window appeared" >&2
        exit 1
    fi
    while read -r id; do
        [[ -n "$id" ]] || continue
        name="$(DISPLAY="$display" xdotool getwindowname "$id" 2>/dev/null || true)"
        if [[ "$name" == "$window_title"* ]]; then
            found="$name"
            break 2
        fi
    done < <(DISPLAY="$display" xdotool search --onlyvisible --name "." 2>/dev/null || true)
    sleep 0.5
done
if [[ -z "$found" ]]; then
    echo "$0: no window named '$window_title…' within $window_limit s of the app's start" >&2
    exit 1
fi
echo "The window '$found' appeared $((SECONDS - app_started)) s after the app started."
stage "app start to window"
# Ending the app (and the command around it) is the cleanup's job; a
# successful check exits 0 whatever the app's own exit status.
exit 0
