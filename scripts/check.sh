#!/usr/bin/env bash
# Installs what is missing, checks the formatting of the C++ files changed
# since the tree was formatted (scripts/check-format.sh), builds schemac,
# starts private PostgreSQL and MariaDB servers, and runs every test through
# ctest (the lit suite as the test 'lit', every GoogleTest case). The
# servers it started are stopped on exit, also on failure or Ctrl-C. Exits
# non-zero if anything failed.
#
# Two configurations run:
#   1. Release                    in $SCHEMAC_BUILD_DIR       (default build/)
#   2. Debug + ASan/UBSan, clang  in $SCHEMAC_BUILD_DIR-asan  (skip with
#                                 SCHEMAC_CHECK_SANITIZERS=0), with the
#                                 libFuzzer targets, each fuzzed for
#                                 $SCHEMAC_FUZZ_SECONDS (default 30) s
# Environment: SCHEMAC_JOBS (build jobs), SCHEMAC_CORPORA (corpora location;
# default ../shared/corpora next to the checkout). Real-world schemas from
# Debian packages are fetched into <build dir>/debian-schemas
# (scripts/debian_schemas.py).
set -euo pipefail
. "$(dirname "$0")/common.sh"
scripts=$SCHEMAC_ROOT/scripts

"$scripts/setup.sh"

start_time=$SECONDS
declare -a summaries=()
failed=0

# Format drift in the C++ files changed since the tree was formatted fails
# the run (reported in the summary; the tests still run).
if "$scripts/check-format.sh"; then
  summaries+=("format: clang-format clean")
else
  summaries+=("format: FAILED (run scripts/check-format.sh --fix)")
  failed=1
fi

# run_ctest LABEL BUILD_DIR: runs ctest there, records its summary line.
run_ctest() {
  local label=$1 dir=$2 log status
  log="$dir/ctest-check.log"
  log "running ctest in $dir ($label)"
  set +e
  (cd "$dir" && ctest --output-on-failure --parallel "$SCHEMAC_JOBS") 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  local summary lit
  summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1 || true)
  # lit is one ctest test; its own counts say how many lit tests failed.
  lit=$(sed -n '/^Testing Time:/,/^$/s/^  \([A-Za-z ]*[A-Za-z]\) *: *\([0-9]*\)$/\2 \1/p' "$log" |
    tr 'A-Z' 'a-z' | paste -sd, - | sed 's/,/, /g')
  summaries+=("$label: ${summary:-no ctest summary (exit status $status)}${lit:+ (lit: $lit)}")
  [ "$status" -eq 0 ] || failed=1
}

# Build first: a failed build needs no servers.
"$scripts/build.sh"
log "Release build took $((SECONDS - start_time)) s"
if [ "${SCHEMAC_CHECK_SANITIZERS:-1}" = 1 ]; then
  asan_start=$SECONDS
  # Built with clang, so that the same build also has the libFuzzer
  # targets (their smoke run is below).
  SCHEMAC_BUILD_DIR=$SCHEMAC_BUILD_DIR-asan \
  SCHEMAC_CMAKE_ARGS="-DCMAKE_BUILD_TYPE=Debug -DSCHEMAC_ENABLE_SANITIZERS=ON \
    -DSCHEMAC_BUILD_FUZZERS=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++" \
    "$scripts/build.sh"
  log "Debug+ASan/UBSan build took $((SECONDS - asan_start)) s"
fi

# Servers this run started (and stops again); one that was already running
# in the same state directory (a developer's) is used and left running.
started=()
stop_servers() {
  local server
  for server in "${started[@]}"; do
    "$scripts/$server-server.sh" stop || true
  done
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

for server in pg mariadb; do
  if "$scripts/$server-server.sh" status; then
    log "using the $server server that is already running"
  else
    "$scripts/$server-server.sh" start
    started+=("$server")
  fi
done
# shellcheck disable=SC1091
. "$SCHEMAC_STATE_DIR/pg.env"
# shellcheck disable=SC1091
. "$SCHEMAC_STATE_DIR/mariadb.env"

# Real-world schemas from Debian packages (test/Conformance/debian.test):
# downloaded once into the build tree, never installed. Without network
# access to the Debian mirror the test is reported as not run.
export SCHEMAC_DEBIAN_SCHEMAS=$SCHEMAC_BUILD_DIR/debian-schemas
if python3 "$scripts/debian_schemas.py" fetch "$SCHEMAC_DEBIAN_SCHEMAS"; then
  summaries+=("debian schemas: $(wc -l <"$SCHEMAC_DEBIAN_SCHEMAS/STAMP") packages")
else
  summaries+=("debian schemas: NOT FETCHED (apt-get download failed; test/Conformance/debian.test did not run)")
fi

test_start=$SECONDS
run_ctest Release "$SCHEMAC_BUILD_DIR"
if [ "${SCHEMAC_CHECK_SANITIZERS:-1}" = 1 ]; then
  run_ctest "Debug+ASan/UBSan" "$SCHEMAC_BUILD_DIR-asan"
fi
log "tests took $((SECONDS - test_start)) s"

# A short run of every fuzz target (scripts/fuzz.py; seeds from the tests,
# the regression inputs of test/Fuzz first).
if [ "${SCHEMAC_CHECK_SANITIZERS:-1}" = 1 ]; then
  fuzz_log=$SCHEMAC_BUILD_DIR-asan/fuzz-smoke.log
  set +e
  python3 "$scripts/fuzz.py" smoke --build "$SCHEMAC_BUILD_DIR-asan" \
    --time "${SCHEMAC_FUZZ_SECONDS:-30}" 2>&1 | tee "$fuzz_log"
  status=${PIPESTATUS[0]}
  set -e
  while read -r line; do
    summaries+=("$line")
  done < <(grep '^fuzz [a-z-]*:' "$fuzz_log" || echo "fuzz: no result (exit status $status)")
  [ "$status" -eq 0 ] || failed=1
fi

echo
echo "=== schemac check summary ($((SECONDS - start_time)) s) ==="
printf '%s\n' "${summaries[@]}"
if [ "$failed" -ne 0 ]; then
  echo "FAILED"
  exit 1
fi
echo "PASSED"
