# Shared helpers for the scripts in this folder; source it, do not run it.
#
# Environment knobs (all optional):
#   SCHEMAC_BUILD_DIR   build directory (default: <repo>/build)
#   SCHEMAC_STATE_DIR   where the server scripts keep their env files
#                       (default: <build dir>/servers)
#   SCHEMAC_JOBS        parallel build jobs (default: number of cores)

SCHEMAC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCHEMAC_BUILD_DIR=${SCHEMAC_BUILD_DIR:-$SCHEMAC_ROOT/build}
case $SCHEMAC_BUILD_DIR in /*) ;; *) SCHEMAC_BUILD_DIR=$PWD/$SCHEMAC_BUILD_DIR ;; esac
SCHEMAC_STATE_DIR=${SCHEMAC_STATE_DIR:-$SCHEMAC_BUILD_DIR/servers}
SCHEMAC_JOBS=${SCHEMAC_JOBS:-$(nproc 2>/dev/null || echo 2)}

# The name of the calling script, for messages.
SCHEMAC_SCRIPT=$(basename "$0")

log() { printf '%s: %s\n' "$SCHEMAC_SCRIPT" "$*" >&2; }
die() { printf '%s: error: %s\n' "$SCHEMAC_SCRIPT" "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root (or sudo) to run: $*"
  fi
}

# Prints a TCP port on 127.0.0.1 that is free right now.
free_port() {
  python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every 0.2 s until it
# succeeds; fails with a clear message after SECONDS.
wait_until() {
  local timeout=$1 what=$2
  shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      log "timed out after ${timeout} s waiting for $what"
      return 1
    fi
    sleep 0.2
  done
}
