#!/usr/bin/env python3
"""The conformance matrix of issue 8: source dialect x target engine over the
shared corpora, in one command.

For each source dialect with a frontend, every corpus file of that dialect
is compiled (`schemac --from=<dialect> --emit=json`): the row says how many
files parse with no error, how many objects they give and how many of those
are opaque (statements the IR does not model, kept as text). For each target
engine that runs here the cell is the oracle of that pair over the same
files, which applies the input to the source engine and schemac's output to
the target engine and compares the catalogs:

  postgres -> postgres  scripts/pg-conformance.py (every corpus group)
  postgres -> sqlite    scripts/sqlite-oracle.py --corpora --only-corpora
  postgres -> mariadb   scripts/mariadb-oracle.py --corpora --only-corpora
  sqlite   -> sqlite    scripts/sqlite-roundtrip.py --corpora --only-corpora
  sqlite   -> postgres  scripts/sqlite-source-oracle.py --corpora --only-corpora
  sqlite   -> mariadb   the same with --target mariadb
  mysql    -> mariadb   scripts/mysql-roundtrip.py --corpora --only-corpora
  mysql    -> postgres  scripts/mysql-source-oracle.py --corpora --only-corpora
  mysql    -> sqlite    the same with --target sqlite
  oracle   -> postgres  scripts/oracle-source-oracle.py --only-corpora
                        (no Oracle engine: the module read from Oracle is
                        compared with the live introspection of the target)
  oracle   -> sqlite    the same with --target sqlite
  oracle   -> mariadb   the same with --target mariadb (applies cleanly)

The Oracle row counts the corpus chains of scripts/oracle-corpora.py (files
that alter or drop what another file creates follow it).

A cell passes when its oracle compared at least one file and found no
difference and no error; refusals (what the target cannot hold, said with
an error) are counted in the cell. Pairs without an oracle yet, and source
dialects without a frontend yet, are printed as such: the matrix shows what
is left as well as what holds.

  scripts/conformance-matrix.py --schemac build/bin/schemac \\
      --corpora ../shared/corpora --env-file build/servers/pg.env \\
      [--mariadb-env build/servers/mariadb.env] [-o docs/matrix.md]

Exit status 0 iff every cell that ran passed.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from typing import Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))

# The corpus files of each source dialect (regular expressions on the path
# below the corpora root; the oracles pick the same files).
SOURCES: Dict[str, str] = {
    "postgres": r"(postgres|pagila|migra|PostgreSql).*\.sql$",
    "sqlite": r"(?i)sqlite.*\.sql$",
    "mysql": r"(mysql|MySql).*\.sql$|mediawiki/maintenance/tables-generated\.sql$",
    "sqlserver": r"(sql-?server|SqlServer|adventure|wide-world).*\.sql$",
    "oracle": r"(oracle|Oracle).*\.sql$",
}
TARGETS = ["postgres", "sqlite", "mariadb"]

# (source, target) -> the oracle's command line (after python) and the
# regular expression of its summary: compared, same/identical, different,
# refused, errors.
ORACLES = {
    ("postgres", "postgres"): (
        ["pg-conformance.py"],
        r"summary: (\d+) compared, (\d+) same, (\d+) different, (\d+) errors"),
    ("postgres", "sqlite"): (
        ["sqlite-oracle.py", "--only-corpora"],
        r"(\d+) compared on both engines, (\d+) identical, (\d+) different, "
        r"(\d+) refused by schemac, (\d+) errors"),
    ("postgres", "mariadb"): (
        ["mariadb-oracle.py", "--only-corpora"],
        r"(\d+) compared on both engines, (\d+) identical, (\d+) different, "
        r"(\d+) refused by schemac, (\d+) errors"),
    ("sqlite", "sqlite"): (
        ["sqlite-roundtrip.py", "--only-corpora"],
        r"(\d+) files, (\d+) identical, (\d+) failed, (\d+) skipped"),
    ("sqlite", "postgres"): (
        ["sqlite-source-oracle.py", "--only-corpora"],
        r"(\d+) compared on both engines, (\d+) identical, (\d+) different, "
        r"(\d+) refused by schemac, (\d+) errors"),
    ("sqlite", "mariadb"): (
        ["sqlite-source-oracle.py", "--only-corpora", "--target", "mariadb"],
        r"(\d+) compared on both engines, (\d+) identical, (\d+) different, "
        r"(\d+) refused by schemac, (\d+) errors"),
    ("mysql", "mariadb"): (
        ["mysql-roundtrip.py", "--only-corpora"],
        r"(\d+) files, (\d+) identical, (\d+) different, (\d+) failed, "
        r"(\d+) skipped"),
    ("mysql", "postgres"): (
        ["mysql-source-oracle.py", "--only-corpora", "--target", "postgres"],
        r"(\d+) compared on both engines, (\d+) identical, (\d+) different, "
        r"(\d+) refused by schemac, (\d+) errors"),
    ("mysql", "sqlite"): (
        ["mysql-source-oracle.py", "--only-corpora", "--target", "sqlite"],
        r"(\d+) compared on both engines, (\d+) identical, (\d+) different, "
        r"(\d+) refused by schemac, (\d+) errors"),
    # No SQL Server engine here: schemac's reading of the SQL Server corpora
    # applied on each target and introspected back.
    ("sqlserver", "postgres"): (
        ["sqlserver-source-oracle.py", "--target", "postgres"],
        r"units, (\d+) compared on both engines, (\d+) identical, "
        r"(\d+) different, (\d+) refused by schemac, (\d+) errors"),
    ("sqlserver", "sqlite"): (
        ["sqlserver-source-oracle.py", "--target", "sqlite"],
        r"units, (\d+) compared on both engines, (\d+) identical, "
        r"(\d+) different, (\d+) refused by schemac, (\d+) errors"),
    ("sqlserver", "mariadb"): (
        ["sqlserver-source-oracle.py", "--target", "mariadb"],
        r"units, (\d+) compared on both engines, (\d+) identical, "
        r"(\d+) different, (\d+) refused by schemac, (\d+) errors"),
    ("oracle", "postgres"): (
        ["oracle-source-oracle.py", "--only-corpora", "--target", "postgres"],
        r"postgres: \d+ cases, (\d+) compared, (\d+) identical, (\d+) "
        r"different, (\d+) refused, (\d+) errors"),
    ("oracle", "sqlite"): (
        ["oracle-source-oracle.py", "--only-corpora", "--target", "sqlite"],
        r"sqlite: \d+ cases, (\d+) compared, (\d+) identical, (\d+) "
        r"different, (\d+) refused, (\d+) errors"),
    ("oracle", "mariadb"): (
        ["oracle-source-oracle.py", "--only-corpora", "--target", "mariadb"],
        r"mariadb: (\d+) cases, (\d+) applied, (\d+) refused, (\d+) errors"),
}


def oracle_row(schemac: str, corpora: str) -> Dict:
    """The Oracle corpus chains (scripts/oracle-corpora.py)."""
    r = subprocess.run([sys.executable, os.path.join(HERE, "oracle-corpora.py"),
                        "--schemac", schemac, "--corpora", corpora],
                       capture_output=True, text=True)
    row = {"files": 0, "parsed": 0, "objects": 0, "opaque": 0}
    # Distinct files; a file of a chain with an error counts as not parsed.
    m = re.search(r"total: (\d+) files, (\d+) errors, (\d+) objects, "
                  r"(\d+) opaque", r.stdout)
    if m:
        files, errors, objects, opaque = (int(x) for x in m.groups())
        bad = sum(int(g.group(1)) for g in re.finditer(
            r"group \S+: (\d+) files, [1-9]\d* errors", r.stdout))
        row = {"files": files, "parsed": max(0, files - bad),
               "objects": objects, "opaque": opaque}
    return row


def corpus_files(root: str, dialect: str) -> List[str]:
    rx = re.compile(SOURCES[dialect])
    out = []
    for d, _, names in sorted(os.walk(root)):
        for n in sorted(names):
            p = os.path.join(d, n)
            rel = os.path.relpath(p, root)
            if rx.search(rel) and "archives" not in rel and \
                    "drop-objects" not in rel:
                out.append(p)
    return out


def frontends(schemac: str) -> List[str]:
    """The input languages the driver knows (its --help says them)."""
    r = subprocess.run([schemac, "--help"], capture_output=True, text=True)
    m = re.search(r"--from=<language>[^:]*: one of ([^;]*);", r.stdout)
    return re.findall(r"'([a-z]+)'", m.group(1)) if m else []


def units_of(dialect: str, files: List[str], root: str) -> List[List[str]]:
    """What is compiled as one input: a file, or (SQL Server) an SSDT
    project's files together, in the order SSDT creates them."""
    if dialect != "sqlserver":
        return [[f] for f in files]
    out, projects = [], []
    for f in files:
        m = re.search(r"(.*/wide-world-importers/[^/]+/[^/]+)/", f)
        if not m:
            out.append([f])
        elif m.group(1) not in projects:
            projects.append(m.group(1))
    for p in projects:
        r = subprocess.run([sys.executable, os.path.join(HERE, "ssdt-order.py"),
                            p, "-0"], capture_output=True, text=True)
        out.append([x for x in r.stdout.split("\0") if x])
    return out


def parse_row(schemac: str, dialect: str, files: List[str],
              root: str = "") -> Dict:
    row = {"files": len(files), "parsed": 0, "objects": 0, "opaque": 0}
    for unit in units_of(dialect, files, root):
        r = subprocess.run([schemac, f"--from={dialect}", "-w", "--emit=json",
                            "-o", "-"] + unit, capture_output=True, text=True,
                           timeout=600)
        if r.returncode != 0:
            continue
        row["parsed"] += len(unit)
        try:
            objs = json.loads(r.stdout).get("objects", [])
        except json.JSONDecodeError:
            continue
        row["objects"] += len(objs)
        row["opaque"] += sum(1 for o in objs if o.get("kind") == "opaque")
    return row


def run_oracle(args, source: str, target: str) -> Tuple[str, bool]:
    script, rx = ORACLES[(source, target)]
    cmd = [sys.executable, os.path.join(HERE, script[0])] + script[1:] + [
        "--corpora", args.corpora, "--schemac", args.schemac]
    if script[0] not in ("sqlite-roundtrip.py", "mysql-roundtrip.py"):
        cmd += ["--env-file", args.env_file]
    if (target == "mariadb" or source == "mysql") and args.mariadb_env:
        cmd += ["--mariadb-env-file", args.mariadb_env]
    if script[0] == "pg-conformance.py":
        cmd = [sys.executable, os.path.join(HERE, script[0]), "--schemac",
               args.schemac, "--env-file", args.env_file]
    r = subprocess.run(cmd, capture_output=True, text=True)
    m = re.search(rx, r.stdout)
    if not m:
        return f"did not run ({(r.stderr or r.stdout).strip().splitlines()[-1:]})", False
    n = [int(x) for x in m.groups()]
    if script[0] == "oracle-source-oracle.py" and target == "mariadb":
        cases, applied, refused, errors = n
        return (f"{applied}/{cases - refused} applied" +
                (f", {refused} refused" if refused else "") +
                (f", {errors} errors" if errors else "")), \
            errors == 0 and applied > 0
    if script[0] == "sqlite-roundtrip.py":
        files, same, failed, skipped = n
        ok = failed == 0 and same > 0
        return f"{same}/{files - skipped} identical" + (
            f", {skipped} skipped" if skipped else ""), ok
    if script[0] == "mysql-roundtrip.py":
        files, same, diff, failed, skipped = n
        ok = diff == 0 and failed == 0 and same > 0
        return f"{same}/{files - skipped} identical" + (
            f", {diff} different" if diff else "") + (
            f", {skipped} skipped" if skipped else ""), ok
    if script[0] == "pg-conformance.py":
        compared, same, diff, errors = n
        return f"{same}/{compared} same", diff == 0 and errors == 0 and same > 0
    compared, same, diff, refused, errors = n
    text = f"{same}/{compared} identical"
    if refused:
        text += f", {refused} refused"
    if errors:
        text += f", {errors} errors"
    return text, diff == 0 and errors == 0 and compared > 0


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", default="build/bin/schemac")
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--env-file", required=True,
                    help="PostgreSQL's PG* settings (scripts/pg-server.sh)")
    ap.add_argument("--mariadb-env", help="MariaDB's settings")
    ap.add_argument("-o", dest="output", help="also write the table here")
    ap.add_argument("--source", action="append",
                    help="only these source dialects' rows (repeatable)")
    args = ap.parse_args(argv)
    have = frontends(args.schemac)
    lines = ["| source | files | parse with no error | objects | opaque | "
             + " | ".join(f"to {t}" for t in TARGETS) + " |",
             "| --- | ---: | ---: | ---: | ---: | "
             + " | ".join("---" for _ in TARGETS) + " |"]
    ok_all = True
    for source in SOURCES:
        if args.source and source not in args.source:
            continue
        files = corpus_files(args.corpora, source)
        if source not in have:
            lines.append(f"| {source} | {len(files)} | no frontend yet | | | "
                         + " | ".join("" for _ in TARGETS) + " |")
            continue
        row = (oracle_row(args.schemac, args.corpora) if source == "oracle"
               else parse_row(args.schemac, source, files, args.corpora))
        cells = []
        for target in TARGETS:
            if (source, target) not in ORACLES:
                cells.append("no oracle yet")
                continue
            text, ok = run_oracle(args, source, target)
            ok_all &= ok
            cells.append(("pass: " if ok else "FAIL: ") + text)
        lines.append(f"| {source} | {row['files']} | {row['parsed']} | "
                     f"{row['objects']} | {row['opaque']} | "
                     + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(table + "\n")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
