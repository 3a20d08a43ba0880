#!/usr/bin/env bash
# Regenerates frontend/sql/postgres/PostgresPredictionTable.inc, the
# PostgreSQL parser's prediction table (frontend/sql/AntlrPredictionTable.h):
# the SLL prediction DFA that parsing the training set builds, kept in the
# binary so that a cold process starts with it. Run it after changing
# grammars/PostgresParser.g4 (a stale table is not used, and
# test/Frontend/postgres/prediction-table.test fails until it is
# regenerated), then rebuild.
#
# The training set is the PostgreSQL input of the tests, the examples and
# the expression and query shapes of scripts/prediction-training.py; never
# the benchmark inputs (bench/inputs, the shared corpora), which measure how
# well the table generalises.
#
#   scripts/gen-prediction-table.sh
set -euo pipefail
. "$(dirname "$0")/common.sh"

bench=$SCHEMAC_BUILD_DIR/bin/schemac-frontend-bench
out=$SCHEMAC_ROOT/frontend/sql/postgres/PostgresPredictionTable.inc
"$(dirname "$0")/build.sh" schemac-frontend-bench
tmp=$(mktemp -d "${TMPDIR:-/tmp}/schemac-training.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
python3 "$SCHEMAC_ROOT/scripts/prediction-training.py" >"$tmp/shapes.sql"
mapfile -t inputs < <(cd "$SCHEMAC_ROOT" &&
  { find test/Frontend/postgres test/Backends/postgres test/Driver test/Plugins \
      -name '*.sql'; ls examples/*.sql; } | sort)
inputs+=("$tmp/shapes.sql")
log "training on ${#inputs[@]} files"
(cd "$SCHEMAC_ROOT" && "$bench" --write-prediction-table="$out.tmp" "${inputs[@]}")
mv "$out.tmp" "$out"
log "wrote $out ($(wc -c <"$out") bytes); rebuild to use it"
