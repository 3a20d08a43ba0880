#!/usr/bin/env bash
# Installs the Debian packages schemac needs, and only those that are missing
# (apt-get update runs only when something is missing). Idempotent; works as
# root and uses sudo otherwise. Debian 12 (bookworm).
set -euo pipefail
. "$(dirname "$0")/common.sh"

PACKAGES=(
  build-essential cmake ninja-build ccache git python3 python3-psutil time
  antlr4 libantlr4-runtime-dev
  llvm-dev llvm-14-tools clang clang-format-14 clang-tidy-14
  libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes (clang build)
  libboost-graph-dev nlohmann-json3-dev libgtest-dev
  libsqlite3-dev sqlite3
  libpq-dev libmariadb-dev postgresql mariadb-server
  python3-pglast  # bench/diverse.py: libpg_query, for /usr/bin/python3
  sqlfluff  # test/Backends/sqlserver: a T-SQL parser (dialect tsql)
  python3-yaml  # scripts/sqldef-cases.py: sqldef's YAML test cases
  python3-sqlglot  # test/Oracle/oracle-roundtrip*.test: an Oracle SQL parser
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

if [ ${#missing[@]} -eq 0 ]; then
  log "all ${#PACKAGES[@]} packages are installed"
  exit 0
fi

log "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq "${missing[@]}"
