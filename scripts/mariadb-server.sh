#!/usr/bin/env bash
# Starts or stops a private MariaDB server for the tests.
#
#   scripts/mariadb-server.sh start    mariadb-install-db into a temp datadir,
#                                      then mariadbd on 127.0.0.1 and a unix
#                                      socket on a free port; waits until it
#                                      answers
#   scripts/mariadb-server.sh stop     shuts it down and removes its directory
#   scripts/mariadb-server.sh status   exit 0 iff it is running
#
# `start` writes $SCHEMAC_STATE_DIR/mariadb.env (default
# <build>/servers/mariadb.env) exporting MYSQL_UNIX_PORT, MYSQL_TCP_PORT and
# SCHEMAC_TEST_MARIADB=1. The OS user that runs this script can log in
# through the socket without a password (unix_socket authentication), e.g.
# `mariadb -e 'select 1'`. Running `start` twice keeps the running server.
set -euo pipefail
. "$(dirname "$0")/common.sh"

ENV_FILE=$SCHEMAC_STATE_DIR/mariadb.env
START_TIMEOUT=${SCHEMAC_SERVER_TIMEOUT:-60}

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found (install 'mariadb-server')"; }

ping_server() { mariadb-admin --no-defaults --socket="$1" --connect-timeout=2 ping; }

is_running() {
  [ -f "$ENV_FILE" ] || return 1
  # shellcheck disable=SC1090
  (. "$ENV_FILE" && ping_server "$MYSQL_UNIX_PORT" >/dev/null 2>&1)
}

start() {
  if is_running; then
    log "MariaDB already running ($(grep MYSQL_TCP_PORT "$ENV_FILE"))"
    return 0
  fi
  [ ! -f "$ENV_FILE" ] || stop
  need mariadb-install-db
  need mariadb-admin
  local mariadbd dir user port attempt
  mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
  [ -x "$mariadbd" ] || die "mariadbd not found (install 'mariadb-server')"
  user=$(id -un)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/schemac-mariadb.XXXXXX")
  chmod 755 "$dir"
  mariadb-install-db --no-defaults --user="$user" --datadir="$dir/data" \
    --auth-root-authentication-method=socket --skip-test-db \
    >"$dir/install.log" 2>&1 ||
    { cat "$dir/install.log" >&2; rm -rf "$dir"; die "mariadb-install-db failed"; }

  for attempt in 1 2 3; do
    port=$(free_port)
    # setsid: the server must not die with the shell that started it, nor
    # receive its terminal's signals.
    setsid "$mariadbd" --no-defaults --user="$user" --datadir="$dir/data" \
      --socket="$dir/mysqld.sock" --port="$port" --bind-address=127.0.0.1 \
      --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" \
      --skip-name-resolve --skip-log-bin --innodb-buffer-pool-size=64M --innodb-flush-log-at-trx-commit=0 \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      </dev/null >/dev/null 2>&1 &
    local pid=$!
    if wait_until "$START_TIMEOUT" "MariaDB on $dir/mysqld.sock" ping_server "$dir/mysqld.sock"; then
      break
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ "$attempt" -eq 3 ] || ! grep -q 'Address already in use' "$dir/error.log"; then
      tail -n 20 "$dir/error.log" >&2 || true
      rm -rf "$dir"
      die "MariaDB did not accept connections within ${START_TIMEOUT} s (log above)"
    fi
  done

  # The distribution's /etc/mysql/my.cnf names the system socket, which wins
  # over MYSQL_UNIX_PORT; TCP (MYSQL_HOST + MYSQL_TCP_PORT) is what clients
  # pick up reliably from the environment. Socket authentication does not
  # work over TCP, so the calling OS user gets a password-less loopback
  # account on this private server.
  mariadb --no-defaults --socket="$dir/mysqld.sock" -e \
    "CREATE USER '$user'@'127.0.0.1'; GRANT ALL ON *.* TO '$user'@'127.0.0.1' WITH GRANT OPTION;" ||
    { stop_dir "$dir"; die "could not create the test account on MariaDB"; }

  mkdir -p "$SCHEMAC_STATE_DIR"
  cat >"$ENV_FILE" <<ENV
# Written by scripts/mariadb-server.sh; source it to reach the test server,
# e.g. \`mariadb -e 'select 1'\` (TCP on 127.0.0.1 as user '$user').
export MYSQL_HOST=127.0.0.1
export MYSQL_TCP_PORT=$port
export MYSQL_UNIX_PORT=$dir/mysqld.sock
export SCHEMAC_MARIADB_USER=$user
export SCHEMAC_TEST_MARIADB=1
export SCHEMAC_MARIADB_DIR=$dir
ENV
  log "MariaDB $("$mariadbd" --version | awk '{print $3}') running on 127.0.0.1:$port (env: $ENV_FILE)"
}

# Shuts down the server whose files are in DIR and removes DIR.
stop_dir() {
  local dir=$1 pid
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  pid=$(cat "$dir/mysqld.pid" 2>/dev/null || true)
  mariadb-admin --no-defaults --socket="$dir/mysqld.sock" shutdown >/dev/null 2>&1 ||
    { [ -z "$pid" ] || kill "$pid" 2>/dev/null || true; }
  if [ -n "$pid" ]; then
    wait_until 30 "MariaDB (pid $pid) to exit" sh -c "! kill -0 $pid" ||
      kill -9 "$pid" 2>/dev/null || true
  fi
  case $dir in */schemac-mariadb.*) rm -rf "$dir" ;; esac
}

stop() {
  [ -f "$ENV_FILE" ] || return 0
  stop_dir "$(sed -n 's/^export SCHEMAC_MARIADB_DIR=//p' "$ENV_FILE")"
  rm -f "$ENV_FILE"
  log "MariaDB stopped"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) is_running ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
