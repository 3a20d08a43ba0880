#!/usr/bin/env bash
# Starts or stops a private PostgreSQL 15 cluster for the tests.
#
#   scripts/pg-server.sh start    initdb a new cluster in a temp dir (as the
#                                 'postgres' OS user when run as root), trust
#                                 auth, listening on 127.0.0.1 and a private
#                                 unix socket dir on a free port; waits until
#                                 it accepts connections
#   scripts/pg-server.sh stop     stops it and removes its directory
#   scripts/pg-server.sh status   exit 0 iff it is running
#
# `start` writes $SCHEMAC_STATE_DIR/pg.env (default <build>/servers/pg.env),
# which exports PGHOST, PGPORT, PGUSER and SCHEMAC_TEST_POSTGRES=1 for lit.
# Running `start` twice keeps the running server; `stop` without a server is
# a no-op. Nothing here touches the system's own clusters.
set -euo pipefail
. "$(dirname "$0")/common.sh"

ENV_FILE=$SCHEMAC_STATE_DIR/pg.env
START_TIMEOUT=${SCHEMAC_SERVER_TIMEOUT:-60}

pg_bindir() {
  local dir
  for dir in "${SCHEMAC_PG_BINDIR:-}" /usr/lib/postgresql/15/bin; do
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return
    fi
  done
  die "PostgreSQL 15 server binaries not found (install 'postgresql', or set SCHEMAC_PG_BINDIR)"
}

# The OS user that owns and runs the cluster: 'postgres' when we are root
# (the server refuses to run as root), else ourselves.
if [ "$(id -u)" -eq 0 ]; then
  PG_OS_USER=postgres
  id postgres >/dev/null 2>&1 || die "OS user 'postgres' missing (install 'postgresql')"
  as_pg() { runuser -u postgres -- "$@"; }
else
  PG_OS_USER=$(id -un)
  as_pg() { "$@"; }
fi

is_running() {
  [ -f "$ENV_FILE" ] || return 1
  # shellcheck disable=SC1090
  (. "$ENV_FILE" && as_pg "$(pg_bindir)/pg_ctl" status -D "$SCHEMAC_PG_DATADIR" >/dev/null 2>&1 &&
    "$(pg_bindir)/pg_isready" -q -h "$PGHOST" -p "$PGPORT")
}

start() {
  if is_running; then
    log "PostgreSQL already running ($(grep PGPORT "$ENV_FILE"))"
    return 0
  fi
  [ ! -f "$ENV_FILE" ] || stop
  local bin dir port
  bin=$(pg_bindir)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/schemac-pg.XXXXXX")
  chmod 755 "$dir"
  mkdir -p "$dir/data" "$dir/socket"
  [ "$PG_OS_USER" = "$(id -un)" ] || chown -R "$PG_OS_USER" "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U "$PG_OS_USER" -A trust -E UTF8 \
    --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; rm -rf "$dir"; die "initdb failed"; }

  # A port that is free now may be taken before the server binds it: retry.
  local attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_pg "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w \
         -t "$START_TIMEOUT" -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 \
         -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
         -c max_connections=200" >/dev/null; then
      break
    fi
    port=
  done
  if [ -z "$port" ]; then
    tail -n 20 "$dir/server.log" >&2 || true
    rm -rf "$dir"
    die "PostgreSQL did not start within ${START_TIMEOUT} s (log above)"
  fi

  mkdir -p "$SCHEMAC_STATE_DIR"
  cat >"$ENV_FILE" <<ENV
# Written by scripts/pg-server.sh; source it to reach the test server.
export PGHOST=127.0.0.1
export PGPORT=$port
export PGUSER=$PG_OS_USER
export PGDATABASE=postgres
export SCHEMAC_TEST_POSTGRES=1
export SCHEMAC_PG_DATADIR=$dir/data
export SCHEMAC_PG_SOCKETDIR=$dir/socket
ENV
  if ! wait_until "$START_TIMEOUT" "PostgreSQL on 127.0.0.1:$port" \
         "$bin/psql" -h 127.0.0.1 -p "$port" -U "$PG_OS_USER" -d postgres -Atc 'select 1'; then
    stop
    die "PostgreSQL on 127.0.0.1:$port does not accept connections"
  fi
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port (env: $ENV_FILE)"
}

stop() {
  [ -f "$ENV_FILE" ] || return 0
  local dir
  dir=$(sed -n 's/^export SCHEMAC_PG_DATADIR=\(.*\)\/data$/\1/p' "$ENV_FILE")
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    as_pg "$(pg_bindir)/pg_ctl" stop -D "$dir/data" -m fast -w -t 30 >/dev/null 2>&1 ||
      as_pg "$(pg_bindir)/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    case $dir in */schemac-pg.*) rm -rf "$dir" ;; esac
  fi
  rm -f "$ENV_FILE"
  log "PostgreSQL stopped"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) is_running ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
