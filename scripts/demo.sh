#!/usr/bin/env bash
# Installs what is missing, builds schemac, and compiles the example schema
# examples/bookshop.sql to PostgreSQL DDL on stdout (warnings on stderr).
#
#   scripts/demo.sh [FILE.sql ...]     compile these instead of the example
set -euo pipefail
. "$(dirname "$0")/common.sh"

"$SCHEMAC_ROOT/scripts/setup.sh"
"$SCHEMAC_ROOT/scripts/build.sh" schemac

[ $# -gt 0 ] || set -- "$SCHEMAC_ROOT/examples/bookshop.sql"
log "schemac --from=postgres --target=postgres --emit=ddl $*"
exec "$SCHEMAC_BUILD_DIR/bin/schemac" --from=postgres --target=postgres --emit=ddl "$@"
