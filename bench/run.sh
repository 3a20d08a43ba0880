#!/usr/bin/env bash
# Pagila scaling benchmark (item 10 of the foundation issue).
#
# Builds inputs of N copies of sakila/pagila/pagila-schema.sql in N schemas
# (`public.` -> `s<i>.`, each copy preceded by `CREATE SCHEMA s<i>;`,
# everything else kept) in a temporary directory, then measures the whole
# process `schemac --emit=ddl -o /dev/null -Wno-opaque INPUT` (parse + verify
# + emit): wall time and peak RSS, several runs, best and median.
#
#   bench/run.sh [--schemac PATH] [--sizes "10 100"] [--runs 5] [--style S] [-- EXTRA SCHEMAC ARGS]
#
# --style search-path writes the copies the way old pg_dump versions did:
# `SET search_path = s<i>;` before each copy and unqualified names in it
# (pg_dump's empty search_path line removed); the default, qualified, keeps
# pg_dump's qualified names.
#
# Targets: >= 25 MB/s on the N=100 input (8.8 MB), time linear in N, peak RSS
# <= 10x the input size. Prints numbers only; nothing here asserts on time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

schemac=${SCHEMAC:-$root/build/bin/schemac}
sizes="10 100"
runs=5
style=qualified
corpora=${SCHEMAC_CORPORA:-}
while [ $# -gt 0 ]; do
  case $1 in
    --schemac) schemac=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --corpora) corpora=$2; shift 2 ;;
    --style) style=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--schemac PATH] [--sizes \"10 100\"] [--runs N] [--corpora DIR] [--style qualified|search-path] [-- ARGS]" >&2; exit 2 ;;
  esac
done
extra_args=("$@")

if [ -z "$corpora" ]; then
  for c in "$root/../shared/corpora" /work/shared/corpora; do
    [ -d "$c" ] && { corpora=$c; break; }
  done
fi
pagila=$corpora/sakila/pagila/pagila-schema.sql
[ -f "$pagila" ] || { echo "run.sh: error: '$pagila' not found (set SCHEMAC_CORPORA)" >&2; exit 1; }
[ -x "$schemac" ] || { echo "run.sh: error: schemac '$schemac' not found (build it, or --schemac)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run.sh: error: /usr/bin/time not found (install 'time')" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/schemac-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# measure FILE: runs schemac once; prints "<seconds> <peak RSS KiB> <status>".
# GNU time reports the peak RSS (a child forked from python would inherit
# python's RSS high-water mark); python times the wall clock to the
# microsecond (GNU time's %e has 10 ms steps).
measure() {
  python3 - "$schemac" "$1" "${extra_args[@]}" <<'PY'
import os, subprocess, sys, tempfile, time
schemac, path, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
with tempfile.NamedTemporaryFile("r") as rss_file:
    cmd = ["/usr/bin/time", "-f", "%M", "-o", rss_file.name,
           schemac, "--emit=ddl", "-o", "/dev/null", "-Wno-opaque", *extra, path]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    lines = rss_file.read().split()
rss = lines[-1] if lines else "0"
if r.returncode != 0:
    sys.stderr.write(r.stderr.decode(errors="replace")[-2000:])
print(f"{dt:.6f} {rss} {r.returncode}")
PY
}

echo "schemac: $schemac"
echo "input: N copies of $pagila ($(wc -c <"$pagila") bytes) in schemas s1..sN ($style names); $runs runs each"
printf '%6s %9s %10s %10s %9s %9s %10s\n' N "input MB" "best ms" "median ms" "MB/s" "peak MB" "peak/input"
declare -A best_s bytes_n
status=0
for n in $sizes; do
  input=$tmp/pagila-x$n.sql
  for ((i = 1; i <= n; i++)); do
    if [ "$style" = search-path ]; then
      printf 'CREATE SCHEMA s%d;\nSET search_path = s%d;\n' "$i" "$i"
      sed "/set_config('search_path'/d; s/public\.//g" "$pagila"
    else
      printf 'CREATE SCHEMA s%d;\n' "$i"
      sed "s/public\./s$i./g" "$pagila"
    fi
  done >"$input"
  bytes=$(wc -c <"$input")
  times=() rss_max=0
  for ((r = 1; r <= runs; r++)); do
    read -r t rss rc < <(measure "$input")
    if [ "$rc" != 0 ]; then
      echo "run.sh: schemac failed on N=$n (exit status $rc)" >&2
      status=1
      continue 2
    fi
    times+=("$t")
    [ "$rss" -gt "$rss_max" ] && rss_max=$rss
  done
  read -r best median < <(printf '%s\n' "${times[@]}" | sort -g |
    awk '{a[NR] = $1} END {m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print a[1], m}')
  best_s[$n]=$best
  bytes_n[$n]=$bytes
  awk -v n="$n" -v b="$bytes" -v best="$best" -v med="$median" -v rss="$rss_max" 'BEGIN {
    mb = b / 1e6; peak = rss * 1024 / 1e6
    printf "%6d %9.2f %10.1f %10.1f %9.1f %9.1f %9.1fx\n", n, mb, best * 1000, med * 1000, mb / best, peak, peak / mb }'
done

set -- $sizes
if [ $# -ge 2 ] && [ -n "${best_s[$1]:-}" ] && [ -n "${best_s[${!#}]:-}" ]; then
  lo=$1 hi=${!#}
  # The marginal rate leaves out the fixed start-up cost that makes small
  # inputs look slow and the ratio look better than linear.
  awk -v lo="$lo" -v hi="$hi" -v tlo="${best_s[$lo]}" -v thi="${best_s[$hi]}" \
      -v blo="${bytes_n[$lo]}" -v bhi="${bytes_n[$hi]}" 'BEGIN {
    printf "time ratio N=%d / N=%d: %.2f (linear: %.2f); marginal rate %.1f MB/s\n",
      hi, lo, thi / tlo, hi / lo, (bhi - blo) / 1e6 / (thi - tlo) }'
fi
echo "targets: >= 25 MB/s on N=100, linear time, peak <= 10x input"
exit $status
