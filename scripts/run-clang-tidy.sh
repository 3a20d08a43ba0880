#!/usr/bin/env bash
# Runs clang-tidy-14 with the project's .clang-tidy over the C++ sources
# (every tracked .cpp, or the files given), using the compile commands of a
# configured build directory. Prints the warnings; exits non-zero if there
# are any. Slow (ANTLR headers): about 20 minutes for the tree on 2 cores.
#
#   scripts/run-clang-tidy.sh [FILE.cpp...]
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$SCHEMAC_ROOT"

tidy=$(command -v clang-tidy-14 || command -v clang-tidy || true)
[ -n "$tidy" ] || die "clang-tidy-14 not found (scripts/setup.sh installs it)"
[ -f "$SCHEMAC_BUILD_DIR/compile_commands.json" ] ||
  die "no compile_commands.json in $SCHEMAC_BUILD_DIR (run scripts/build.sh)"

if [ $# -gt 0 ]; then
  files=("$@")
else
  # Fuzz targets are built only with clang and -fsanitize=fuzzer; test
  # inputs (test/**/Inputs) are fixtures, some deliberately broken.
  mapfile -t files < <(git ls-files '*.cpp' | grep -v -e 'Fuzzer\.cpp$' -e '/Inputs/')
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
printf '%s\n' "${files[@]}" |
  xargs -P "$SCHEMAC_JOBS" -n 1 "$tidy" -p "$SCHEMAC_BUILD_DIR" --quiet 2>/dev/null |
  grep -E ': (warning|error):' |
  # Only the tree's own code: not ANTLR's generated headers, not system
  # headers clang cannot fully parse (the ANTLR runtime's).
  grep "^$SCHEMAC_ROOT/" | grep -v '/generated/' |
  grep -v "^$SCHEMAC_BUILD_DIR/" | sort -u >"$out" || true
if [ -s "$out" ]; then
  cat "$out"
  die "$(wc -l <"$out") clang-tidy findings in ${#files[@]} files"
fi
log "${#files[@]} files are clang-tidy clean"
