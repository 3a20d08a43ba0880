#!/usr/bin/env bash
# Fails if a C++ file changed since the tree was formatted does not match
# clang-format-14 (.clang-format). The whole tree was formatted in the first
# commit listed in .git-blame-ignore-revs, so the files changed since then,
# plus uncommitted changes, are the ones that can have drifted. Without git
# history (a tarball, a shallow clone that lacks that commit) every tracked
# C++ file is checked.
#
#   scripts/check-format.sh [--all] [--fix]
#
# --all checks every C++ file; --fix rewrites the files instead of failing.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cd "$SCHEMAC_ROOT"

all=0 fix=0
for arg in "$@"; do
  case $arg in
    --all) all=1 ;;
    --fix) fix=1 ;;
    *) die "usage: $0 [--all] [--fix]" ;;
  esac
done

clang_format=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$clang_format" ] || die "clang-format-14 not found (scripts/setup.sh installs it)"

is_cxx() { case $1 in *.cpp | *.h) return 0 ;; *) return 1 ;; esac; }

files=()
base=
if [ "$all" = 0 ] && git rev-parse --git-dir >/dev/null 2>&1; then
  base=$(grep -m1 -E '^[0-9a-f]{40}$' .git-blame-ignore-revs 2>/dev/null || true)
  if [ -n "$base" ] && ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    base=
  fi
fi
if [ "$all" = 0 ] && [ -n "$base" ]; then
  while IFS= read -r f; do
    [ -f "$f" ] && is_cxx "$f" && files+=("$f")
  done < <({ git diff --name-only "$base" --; git ls-files --others --exclude-standard; } | sort -u)
  what="C++ files changed since $(git rev-parse --short "$base")"
else
  while IFS= read -r f; do
    is_cxx "$f" && files+=("$f")
  done < <(git ls-files 2>/dev/null || find . -name '*.cpp' -o -name '*.h')
  what="C++ files (all)"
fi

if [ ${#files[@]} -eq 0 ]; then
  log "no C++ files to check ($what)"
  exit 0
fi
if [ "$fix" = 1 ]; then
  "$clang_format" -i "${files[@]}"
  log "formatted ${#files[@]} $what"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -ne 0 ]; then
  printf '%s\n' "${bad[@]}" >&2
  die "${#bad[@]} of ${#files[@]} $what are not clang-format clean; run scripts/check-format.sh --fix"
fi
log "${#files[@]} $what are clang-format clean"
