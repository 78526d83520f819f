#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for tests and prints the variables to use it.
#
#   eval "$(scripts/pg-throwaway.sh)"        # sets PGDIR and DATABASE_URL
#   TEST_DATABASE_URL=$DATABASE_URL go test ./postgres/...
#   scripts/pg-throwaway.sh stop "$PGDIR"
#
# The Go tests start their own server the same way when TEST_DATABASE_URL is unset; this
# script is for running several packages against one server, or for trying testigo by hand
# (testigo ingest --db "$DATABASE_URL" …). Durability is off: never keep data in it.
# As root, initdb and the server run as user postgres (initdb refuses root).
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "${1:-}" = stop ]; then
  [ -n "${2:-}" ] || { echo "usage: $0 stop PGDIR" >&2; exit 2; }
  as_pg "$PGBIN/pg_ctl" -D "$2/data" -m immediate stop >/dev/null || true
  rm -rf "$2"
  exit 0
fi
if [ -z "$PGBIN" ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "no PostgreSQL server binaries; install the postgresql package" >&2
    exit 1
  fi
fi
PGPORT=${PGPORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)}
D=$(mktemp -d -t pgtest.XXXXXX)
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$D"; fi
as_pg "$PGBIN/initdb" -D "$D/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$D/initdb.log"
as_pg "$PGBIN/pg_ctl" -D "$D/data" -l "$D/server.log" -w -t 60 \
  -o "-p $PGPORT -k $D -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "PGDIR=$D"
echo "DATABASE_URL='postgres://postgres@127.0.0.1:$PGPORT/postgres?sslmode=disable'"
