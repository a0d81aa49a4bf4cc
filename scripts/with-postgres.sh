#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server: a new cluster in a
# temporary folder, listening on a free loopback port, removed afterwards.
# The command finds it in REBOUND_TEST_POSTGRES_URL; the server speaks TLS with a
# certificate for 127.0.0.1 from the authority in REBOUND_TEST_POSTGRES_CA.
#   scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
initdb="$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)"
[[ -x "$initdb" ]] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is not installed (apt-get install openssl)" >&2; exit 1; }
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

# TLS as a real server has it: a certificate for 127.0.0.1 from a throw-away authority, so a
# client can ask for sslmode=verify-full with sslrootcert=$REBOUND_TEST_POSTGRES_CA.
tls="$dir/tls"
mkdir "$tls"
openssl req -x509 -new -nodes -days 2 -subj "/CN=Rebound test authority" \
    -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
openssl req -new -nodes -subj "/CN=127.0.0.1" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$tls/server.ext"
openssl x509 -req -days 2 -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial \
    -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
chmod 600 "$tls/server.key"
[[ $(id -u) -eq 0 ]] && chown -R postgres "$tls"
chmod 644 "$tls/ca.crt"

"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c ssl=on -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key" \
    start >/dev/null
"${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U rebound rebound_test

export REBOUND_TEST_POSTGRES_URL="postgresql://rebound@127.0.0.1:$port/rebound_test"
export REBOUND_TEST_POSTGRES_CA="$tls/ca.crt"
"$@"
