#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on loopback only.
#
#   eval "$(tests/postgres/server.sh start DIR)"   # exports CARNET_TEST_PG_URL and CARNET_TEST_PG_DIR
#   tests/postgres/server.sh stop DIR
#
# Needs Debian's postgresql package (apt-get install -y postgresql). As root the server runs as
# the `postgres` user (initdb refuses root). Durability settings are off: the data is scratch.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder for the cluster}

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$found" ]]; then
    found=$(dirname "$(command -v pg_ctl)")
  fi
  echo "$found"
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
  start)
    bin=$(pg_bin)
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    port=${CARNET_TEST_PG_PORT:-$(free_port)}
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres carnet_test
    echo "export CARNET_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:$port/carnet_test"
    echo "export CARNET_TEST_PG_DIR=$dir"
    ;;
  stop)
    bin=$(pg_bin)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
