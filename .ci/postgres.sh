#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: starts it (or reuses the one already running on the port),
# creates the test database, and prints its JDBC URL on stdout, e.g.
#   export GLAM_TEST_POSTGRES_URL="$(.ci/postgres.sh)"
# Trust authentication on 127.0.0.1 only, fsync off: for tests, never for data that matters.
# Settings (environment): GLAM_PG_PORT (55432), GLAM_PG_DIR (/tmp/glam-pg-PORT), GLAM_PG_DB (glamtest).
# Stop it with: pg_ctl -D "$GLAM_PG_DIR" stop   (as the user that owns the directory)
set -euo pipefail

port="${GLAM_PG_PORT:-55432}"
dir="${GLAM_PG_DIR:-/tmp/glam-pg-$port}"
db="${GLAM_PG_DB:-glamtest}"
superuser=glam

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres.sh: PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: as root, run the server as the 'postgres' system user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    chmod 700 "$dir"
    echo "postgres.sh: initdb $dir" >&2
    as_owner "$bin/initdb" -D "$dir" -U "$superuser" -A trust -E UTF8 --no-sync >/dev/null
  fi
  echo "postgres.sh: starting PostgreSQL on 127.0.0.1:$port" >&2
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
fi

psql_admin() { psql -X -q -h 127.0.0.1 -p "$port" -U "$superuser" -d postgres "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE \"$db\""
fi

echo "jdbc:postgresql://127.0.0.1:$port/$db?user=$superuser"
