#!/usr/bin/python3
"""Diverse-input benchmark: schemac's whole compile versus libpg_query.

Every PostgreSQL file of the shared corpora (../shared/corpora beside the
checkout, or $SCHEMAC_CORPORA; see its MANIFEST.md) and the view-heavy
corpus in bench/inputs/ (the TPC-H schema with its 22 queries as views, and
bench/inputs/gen-views.py's generated views over it), file by file, each in
a cold process:

  schemac   `schemac --emit=ddl -o /dev/null -Wno-opaque --threads=1 FILE`
            (scan, parse, lowering, schema editor, verifier, passes, DDL
            backend: the whole compile);
  pglast    `/usr/bin/python3 -c 'pglast.parser.parse_sql(text)'` over the
            same file (libpg_query, PostgreSQL's own parser: parse only; psql
            meta-command lines such as `\\c db` are removed first, as psql
            would). Needs Debian's python3-pglast (scripts/setup.sh installs
            it); it is skipped with a note when missing.

Each process is run --runs times and the best CPU time is kept (user +
system, so that other load on the machine counts less than in wall time).
pglast is timed in two children: parse_sql() (the reference of issue 6:
libpg_query's parse plus building pglast's Python node objects, which is
most of its time on expression-heavy input) and parse_sql_json()
(libpg_query's C parse and its JSON output; the closer measure of the C
parser alone), each in a cold process of its own (in one process the
second call would find libpg_query's code warm). Process start-up is left out the same way on both sides:
each process times its own work with the same clock (the process's CPU
time, CLOCK_PROCESS_CPUTIME_ID, which Python's time.process_time() reads)
from after it has read the file to the end. pglast's child times its
one call (its start-up, Python and pglast, is some 80 ms);
schemac reports it with -ftime-report ("cpu time of the process": the
compile and writing the DDL, after loading the binary, static
initialisation, option parsing and reading the input). --measure=subtract
times schemac from outside instead (the CPU time of the whole process, as
the kernel counts it, minus the best of an empty input): that was the
measure of earlier runs, but for files under 100 KB the start-up estimate
moves by more than the work being measured. Only files that both tools accept are compared (a
file from a newer PostgreSQL, a migration that alters objects it does not
create): the others are counted. Prints, per corpus and overall: files,
bytes, schemac ms and MB/s, pglast ms and MB/s, and the ratio. With --time-report, schemac's -ftime-report
phase split (scan/split, parse, lowering, editor, verifier, passes,
backend), summed over the files, is printed too.

  bench/diverse.py [--schemac PATH] [--corpora DIR] [--runs N]
                   [--measure in-process|subtract] [--time-report]
                   [--per-file]

Prints numbers only; nothing here asserts on time.
"""

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# The child times one parse function (CPU time), so that its start-up
# (Python, pglast, reading the file) is left out exactly. Each function is
# timed in a process of its own: parse_sql() and parse_sql_json() both run
# libpg_query's parser, so the second of two calls in one process would find
# its code and data warm (on a 0.5 KB file, parse_sql_json() takes 0.21 ms
# cold and 0.07 ms after parse_sql()), and schemac is measured cold.
PGLAST_CODE = (
    "import sys, time\n"
    "from pglast.parser import parse_sql, parse_sql_json\n"
    "parse = parse_sql_json if sys.argv[2] == 'json' else parse_sql\n"
    "text = open(sys.argv[1], encoding='utf-8').read()\n"
    "t0 = time.process_time()\n"
    "parse(text)\n"
    "print(time.process_time() - t0)\n")


def pglast_seconds(path, runs):
    """Best CPU times of parse_sql() and parse_sql_json() over runs, each
    in a cold process, or None if pglast rejects the file."""
    best = {}
    for mode in ("objects", "json"):
        times = []
        for _ in range(runs):
            r = subprocess.run(
                ["/usr/bin/python3", "-c", PGLAST_CODE, path, mode],
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            if r.returncode != 0:
                return None
            times.append(float(r.stdout.split()[-1]))
        best[mode] = min(times)
    return best["objects"], best["json"]


def find_corpora(arg):
    for c in (arg, os.environ.get("SCHEMAC_CORPORA"),
              os.path.join(ROOT, "..", "shared", "corpora"),
              "/work/shared/corpora"):
        if c and os.path.isdir(c):
            return os.path.abspath(c)
    return None


def corpus_files(corpora):
    """Every PostgreSQL file of the corpora, grouped by corpus."""
    groups = OrderedDict()

    def add(group, rel_dir, pattern):
        base = os.path.join(corpora, rel_dir)
        found = []
        for dirpath, _, names in os.walk(base):
            for n in names:
                if re.fullmatch(pattern, n):
                    p = os.path.join(dirpath, n)
                    if os.path.getsize(p) > 0:
                        found.append(p)
        if found:
            groups.setdefault(group, []).extend(sorted(found))

    add("pagila", "sakila/pagila", r".*\.sql")
    add("jooq-sakila", "sakila/jooq-sakila/postgres-sakila-db", r".*\.sql")
    add("chinook", "chinook", r"Chinook_PostgreSql.*\.sql")
    add("migra", "migra", r".*\.sql")
    add("mediawiki", "mediawiki/maintenance/postgres", r".*\.sql")
    return groups


def cpu_seconds(cmd):
    """Runs cmd; returns (CPU seconds of the child, exit status, stderr)."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return ru.ru_utime + ru.ru_stime, p.returncode, err.decode(errors="replace")


def best(cmd, runs):
    times, rc, err = [], 0, ""
    for _ in range(runs):
        t, rc, err = cpu_seconds(cmd)
        times.append(t)
    return min(times), rc, err


def parse_time_report(text):
    """The wall seconds per phase of schemac's -ftime-report."""
    phases = OrderedDict()
    for line in text.splitlines():
        m = re.match(r"^\s*([0-9.]+)s\s+[0-9.]+%\s+([a-z/ ]+?)\s*$", line)
        if m:
            phases[m.group(2)] = float(m.group(1))
    return phases


def reported_cpu(text):
    """The CPU seconds schemac's -ftime-report says it spent, or None."""
    m = re.search(r"^\s*([0-9.]+)s\s+cpu time of the process", text, re.M)
    return float(m.group(1)) if m else None


def best_in_process(cmd, runs):
    """Best CPU seconds schemac reports for its own work over runs, the
    exit status and stderr of that run."""
    found = None
    for _ in range(runs):
        r = subprocess.run(cmd + ["-ftime-report"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True)
        t = reported_cpu(r.stderr)
        if r.returncode != 0 or t is None:
            return 0.0, r.returncode or 1, r.stderr
        if found is None or t < found[0]:
            found = (t, 0, r.stderr)
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schemac", default=os.environ.get(
        "SCHEMAC", os.path.join(ROOT, "build", "bin", "schemac")))
    ap.add_argument("--corpora")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--measure", choices=["in-process", "subtract"],
                    default="in-process")
    ap.add_argument("--time-report", action="store_true")
    ap.add_argument("--per-file", action="store_true")
    args = ap.parse_args()

    if not os.access(args.schemac, os.X_OK):
        sys.exit(f"diverse.py: error: schemac '{args.schemac}' not found "
                 "(build it, or --schemac)")
    groups = OrderedDict()
    corpora = find_corpora(args.corpora)
    if corpora:
        groups.update(corpus_files(corpora))
    else:
        print("note: no corpora found (set SCHEMAC_CORPORA); "
              "only bench/inputs is measured")
    tmp = tempfile.mkdtemp(prefix="schemac-diverse.")
    views = sorted(os.path.join(HERE, "inputs", n)
                   for n in os.listdir(os.path.join(HERE, "inputs"))
                   if n.endswith(".sql"))
    gen = os.path.join(tmp, "generated-views.sql")
    subprocess.run([sys.executable, os.path.join(HERE, "inputs",
                                                 "gen-views.py"), "-o", gen],
                   check=True)
    groups["views"] = views + [gen]

    have_pglast = subprocess.run(
        ["/usr/bin/python3", "-c", "import pglast"],
        stderr=subprocess.DEVNULL).returncode == 0
    if not have_pglast:
        print("note: /usr/bin/python3 has no pglast (apt-get install "
              "python3-pglast); libpg_query is not measured")

    schemac = [args.schemac, "--emit=ddl", "-o", os.devnull, "-Wno-opaque",
               "--threads=1"]
    empty = os.path.join(tmp, "empty.sql")
    open(empty, "w").close()
    s_base = best(schemac + [empty], args.runs)[0]
    print(f"schemac: {args.schemac}")
    print(f"schemac start-up (empty input, best CPU of {args.runs}): "
          f"{s_base * 1000:.1f} ms (" +
          ("subtracted below)" if args.measure == "subtract" else
           "left out: each tool times its own work, see --help)"))

    def stripped(path):
        """The file without psql meta-command lines, for pglast."""
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        if "\n\\" not in "\n" + text:
            return path
        out = os.path.join(tmp, "pglast-" + os.path.basename(path))
        with open(out, "w", encoding="utf-8") as f:
            f.write("".join(l for l in text.splitlines(True)
                            if not l.startswith("\\")))
        return out

    phases_total = OrderedDict()
    rows = []
    for group, files in groups.items():
        g = {"files": 0, "bytes": 0, "s": 0.0, "p": 0.0, "j": 0.0, "pfail": 0,
             "sfail": 0}
        for f in files:
            size = os.path.getsize(f)
            if args.measure == "subtract":
                st, rc, err = best(schemac + [f], args.runs)
                st = max(st - s_base, 0.0)
            else:
                st, rc, err = best_in_process(schemac + [f], args.runs)
            pt = (0.0, 0.0)
            if have_pglast:
                pt = pglast_seconds(stripped(f), args.runs)
            if rc != 0 or pt is None:
                g["sfail"] += rc != 0
                g["pfail"] += pt is None
                if args.per_file:
                    print(f"  {os.path.relpath(f, corpora or HERE)}: "
                          "left out (" + ("schemac failed" if rc else
                                          "pglast failed") + ")")
                continue
            g["files"] += 1
            g["bytes"] += size
            g["s"] += st
            g["p"] += pt[0]
            g["j"] += pt[1]
            if args.per_file:
                print(f"  {os.path.relpath(f, corpora or HERE)}: {size} B, "
                      f"schemac {st * 1000:.2f} ms, pglast "
                      f"{pt[0] * 1000:.2f} ms, json {pt[1] * 1000:.2f} ms")
            if args.time_report:
                r = subprocess.run(schemac + ["-ftime-report", f],
                                   stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
                for k, v in parse_time_report(r.stderr).items():
                    phases_total[k] = phases_total.get(k, 0.0) + v
        rows.append((group, g))

    def mbps(b, t):
        return f"{b / 1e6 / t:9.2f}" if t > 0 else f"{'inf':>9}"

    print(f"{'corpus':<12} {'files':>5} {'KB':>8} {'schemac ms':>11} "
          f"{'MB/s':>9} {'parse_sql':>10} {'MB/s':>9} {'ratio':>7} "
          f"{'..._json':>9} {'MB/s':>9} {'ratio':>7}")
    tot = {"files": 0, "bytes": 0, "s": 0.0, "p": 0.0, "j": 0.0, "sfail": 0,
           "pfail": 0}
    for group, g in rows + [("overall", None)]:
        if g is None:
            g = tot
        else:
            for k in tot:
                tot[k] += g[k]
        ratio = g["s"] / g["p"] if g["p"] > 0 else float("inf")
        jratio = g["s"] / g["j"] if g["j"] > 0 else float("inf")
        notes = []
        if g["sfail"]:
            notes.append(f"{g['sfail']} left out: schemac failed")
        if g["pfail"]:
            notes.append(f"{g['pfail']} left out: pglast failed")
        print(f"{group:<12} {g['files']:>5} {g['bytes'] / 1e3:>8.1f} "
              f"{g['s'] * 1000:>11.1f} {mbps(g['bytes'], g['s'])} "
              f"{g['p'] * 1000:>10.1f} {mbps(g['bytes'], g['p'])} "
              f"{ratio:>6.1f}x "
              f"{g['j'] * 1000:>9.1f} {mbps(g['bytes'], g['j'])} "
              f"{jratio:>6.1f}x" + (f"  ({', '.join(notes)})" if notes else ""))
    if phases_total:
        total = phases_total.get("total") or sum(phases_total.values())
        print("schemac -ftime-report, summed over the files (wall, one run "
              "each):")
        for k, v in phases_total.items():
            if k == "total":
                continue
            print(f"  {k:<22} {v * 1000:9.1f} ms {100 * v / total:6.1f}%")


if __name__ == "__main__":
    main()
