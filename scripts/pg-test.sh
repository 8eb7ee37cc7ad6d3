#!/usr/bin/env bash
# npm run test:postgres: runs the test suite on a real PostgreSQL server. With
# FRONTIER_TEST_DATABASE_URL set, on that server (a role that may CREATE DATABASE); otherwise on a
# throwaway cluster started here (initdb into a temporary folder, pg_ctl on a loopback port),
# stopped and removed at exit, even on failure, with a streaming read replica of it on the next
# port (FRONTIER_TEST_READ_DATABASE_URL, for test/server/read-replica.test.ts). PostgreSQL refuses
# to run as root, so as root the clusters run as the `postgres` user (Debian's package creates it).
# Extra arguments go to vitest (a file or a -t filter).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${FRONTIER_TEST_DATABASE_URL:-}" ]; then
  exec npx vitest run "$@"
fi

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] && command -v initdb >/dev/null; then BIN="$(dirname "$(command -v initdb)")"; fi
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "test:postgres: no PostgreSQL server found (install Debian's postgresql, or set FRONTIER_TEST_DATABASE_URL)" >&2
  exit 1
fi

PORT="${FRONTIER_TEST_PG_PORT:-55433}"
REPLICA_PORT=$((PORT + 1))
DIR="$(mktemp -d /tmp/frontier-pg.XXXXXX)"
AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$DIR"
  AS=(runuser -u postgres --)
fi

stop() {
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/replica" -m immediate stop >/dev/null 2>&1 || true
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

"${AS[@]}" "$BIN/initdb" -D "$DIR/data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
  { cat "$DIR/initdb.log" >&2; exit 1; }
# A throwaway cluster: no fsync (nothing here must survive a crash of the machine), enough
# connections for every test process and the worker processes they start.
OPTIONS="-k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=512MB"
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -o "-p $PORT $OPTIONS" start >/dev/null ||
  { cat "$DIR/server.log" >&2; exit 1; }
# The replica: a base backup of the primary that follows its WAL stream (a hot standby).
"${AS[@]}" "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PORT" -U postgres -D "$DIR/replica" -R -X stream >"$DIR/basebackup.log" 2>&1 ||
  { cat "$DIR/basebackup.log" >&2; exit 1; }
"${AS[@]}" "$BIN/pg_ctl" -D "$DIR/replica" -l "$DIR/replica.log" -w -o "-p $REPLICA_PORT $OPTIONS" start >/dev/null ||
  { cat "$DIR/replica.log" >&2; exit 1; }
echo "test:postgres: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, its read replica on :$REPLICA_PORT ($DIR)"

FRONTIER_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres" \
  FRONTIER_TEST_READ_DATABASE_URL="postgres://postgres@127.0.0.1:$REPLICA_PORT/postgres" \
  npx vitest run "$@"
