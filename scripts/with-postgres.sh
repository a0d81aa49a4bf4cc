#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server: a new cluster in a
# temporary folder, listening on a free loopback port, removed afterwards.
# The command finds it in REBOUND_TEST_POSTGRES_URL.
#   scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
initdb="$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)"
[[ -x "$initdb" ]] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
bindir="$(dirname "$initdb")"
dir="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    # initdb refuses to run as root; the cluster belongs to the postgres user.
    chown postgres "$dir"
    as_owner=(runuser -u postgres --)
fi
cleanup() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U rebound --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U rebound rebound_test

export REBOUND_TEST_POSTGRES_URL="postgresql://rebound@127.0.0.1:$port/rebound_test"
"$@"
