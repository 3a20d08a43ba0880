#!/usr/bin/env python3
"""Frontend speed per SQL dialect (issue 8, item 6): each frontend compiles
its dialect's corpus scaled to about 10 MB, whole process, and the script
prints MB/s, how time grows with size, and peak memory as a multiple of
the input.

The corpus of a dialect is its schemas in ../shared/corpora (DDL only: data
statements are left out, so that the input is schema, not INSERT text).
Scaling repeats the corpus with every object it creates renamed per copy
(t -> t_2, ...), so that each copy is a distinct, valid schema in the same
database. Sizes 1, 5 and 10 MB by default; each run is a cold process
(`schemac --from=<dialect> --emit=ir -o /dev/null`), best of --runs.

Side by side, in the same run, the engine itself where it is a program
here: `sqlite3 :memory:` reading the same script (SQLite's own parser and
schema code, creating every object in memory).

A repeated corpus warms the ANTLR prediction cache more than distinct
schemas would; the per-file cold numbers of bench/diverse.py are the
complement.

  bench/dialect-speed.py --schemac build/bin/schemac --corpora ../shared/corpora
      [--dialect sqlite] [--sizes 1,5,10] [--runs 3]

Standard library only; numbers, not assertions.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Dict, List

# Each dialect's corpus: files under the corpora root (regular expression on
# the path) and the statements to keep.
CORPORA: Dict[str, str] = {
    "sqlite": r"(Chinook_Sqlite\.sql|sqlite-sakila-schema\.sql|"
              r"sqlite/tables-generated\.sql)$",
    # MySQL's: Chinook's two scripts and MediaWiki's tables-generated.sql
    # (Sakila's triggers and routines run under DELIMITER, which this
    # script's splitting does not follow).
    "mysql": r"(Chinook_MySql(_AutoIncrementPKs)?\.sql|"
             r"maintenance/tables-generated\.sql)$",
    # Chinook without its INSERTs and the WideWorldImporters SSDT project
    # (its files in SSDT's order, GO between them): sqlserver_corpus().
    "sqlserver": r"Chinook_SqlServer\.sql$",
    # Chinook, the HR, CO and SH sample schemas and jOOQ's Sakila with its
    # sequence-plus-trigger keys.
    "oracle": r"(Chinook_Oracle\.sql|hr_create\.sql|co_create\.sql|"
              r"sh_create\.sql|oracle-sakila-schema\.sql)$",
}

CREATE_RE = re.compile(
    r"\bCREATE\s+(?:OR\s+REPLACE\s+)?"
    r"(?:UNIQUE\s+|TEMP\s+|TEMPORARY\s+|VIRTUAL\s+|MATERIALIZED\s+)?"
    r"(?:TABLE|INDEX|VIEW|TRIGGER|SEQUENCE)\s+(?:IF\s+NOT\s+EXISTS\s+)?"
    r"(?:/\*_\*/\s*)?[\"`\[]?([A-Za-z_][A-Za-z0-9_]*)", re.I)
# Constraint names, unique per schema in Oracle (and in PostgreSQL for keys).
CONSTRAINT_RE = re.compile(r"\bCONSTRAINT\s+[\"`\[]?([A-Za-z_][A-Za-z0-9_]*)",
                           re.I)
DATA_RE = re.compile(r"^\s*(INSERT|REPLACE|UPDATE|DELETE)\b", re.I)
# Statements about the database rather than its schema (MySQL's CREATE and
# DROP DATABASE, USE): left out too, as a copy would drop the last one's.
DATABASE_RE = re.compile(r"^\s*((CREATE|DROP)\s+(DATABASE|SCHEMA)|USE)\b",
                         re.I)


def statements(text: str) -> List[str]:
    """Splits on ';' at the end of a line, keeping trigger bodies whole."""
    out, cur, in_trigger = [], [], False
    for line in text.splitlines(keepends=True):
        cur.append(line)
        if re.match(r"\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b", line, re.I):
            in_trigger = True
        if line.rstrip().endswith(";"):
            if in_trigger and not re.match(r"\s*END\s*;", line, re.I):
                continue
            out.append("".join(cur))
            cur, in_trigger = [], False
    if "".join(cur).strip():
        out.append("".join(cur))
    return out


def lead(statement: str) -> str:
    """The statement from its first word (comments before it left out)."""
    return re.sub(r"^(\s|--[^\n]*\n|/\*.*?\*/)*", "", statement,
                  flags=re.S)


def renamed(text: str, suffix: str) -> str:
    """\p text with every object it creates renamed name -> name<suffix>
    (in any case: Oracle's names are case-insensitive)."""
    names = sorted(set(CREATE_RE.findall(text)) |
                   set(CONSTRAINT_RE.findall(text)), key=len, reverse=True)
    if not names or not suffix:
        return text
    rx = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b", re.I)
    return rx.sub(lambda m: m.group(1) + suffix, text)


def corpus(root: str, dialect: str) -> str:
    """The corpus's files without data, each one's objects renamed apart
    from the others' (two files may both create 'actor')."""
    rx = re.compile(CORPORA[dialect])
    parts = []
    for d, _, names in sorted(os.walk(root)):
        for n in sorted(names):
            p = os.path.join(d, n)
            if rx.search(p):
                text = open(p, encoding="utf-8", errors="replace").read()
                text = "".join(
                    s for s in statements(text)
                    if not DATA_RE.match(lead(s)) and
                    not DATABASE_RE.match(lead(s)))
                parts.append(renamed(text, f"_f{len(parts)}" if parts else ""))
    return "".join(parts)


def sqlserver_corpus(root: str) -> str:
    """Chinook's SQL Server script without data, then WideWorldImporters'
    SSDT files in the order SSDT creates them, one batch each."""
    parts = []
    for d, _, names in sorted(os.walk(root)):
        for n in sorted(names):
            if re.search(CORPORA["sqlserver"], n):
                text = open(os.path.join(d, n), encoding="utf-8-sig").read()
                keep, in_data = [], False
                for line in text.splitlines(True):
                    in_data = in_data or bool(DATA_RE.match(line))
                    if not in_data:
                        keep.append(line)
                    elif line.rstrip().endswith(";"):
                        in_data = False
                parts.append("".join(keep))
    proj = os.path.join(root, "sqlserver-samples", "wide-world-importers",
                        "wwi-ssdt", "wwi-ssdt")
    order = subprocess.run(
        [sys.executable, os.path.join(os.path.dirname(os.path.abspath(
            __file__)), os.pardir, "scripts", "ssdt-order.py"), proj, "-0"],
        capture_output=True, text=True).stdout.split("\0")
    for f in order:
        if f:
            parts.append(open(f, encoding="utf-8-sig").read() + "\nGO\n")
    return "\n".join(parts)


def sqlserver_copy(base: str, copy: int) -> str:
    """A copy of a SQL Server corpus in schemas of its own: every schema it
    names (dbo included) gets the suffix, so that copies do not meet."""
    if copy == 1:
        return base
    schemas = set(re.findall(r"CREATE\s+SCHEMA\s+\[?(\w+)", base, re.I))
    schemas.add("dbo")
    rx = re.compile(r"(\[|\b)(" + "|".join(sorted(schemas, key=len,
                                                     reverse=True)) +
                    r")(\]?)(?=\s*\.|\]|\s+AUTHORIZATION|\s*$)", re.M)
    text = rx.sub(lambda m: m.group(1) + m.group(2) + f"_{copy}" + m.group(3),
                  base)
    # Chinook's CREATE DATABASE / USE, once is enough.
    text = re.sub(r"(?m)^(CREATE DATABASE|USE|DROP DATABASE)\b.*$", "", text)
    return f"CREATE SCHEMA [dbo_{copy}]\nGO\n" + text


def scaled(base: str, size: int, dialect: str = "") -> str:
    out, copy, total = [], 0, 0
    while total < size:
        copy += 1
        if dialect == "sqlserver":
            text = sqlserver_copy(base, copy)
            out.append(text)
            total += len(text)
            continue
        text = renamed(base, f"_{copy}" if copy > 1 else "")
        out.append(text)
        total += len(text)
    return "".join(out)


def run(cmd: List[str]) -> (float, float, int):
    """Wall time, CPU time and peak resident memory of one process (its own
    rusage, through wait4: not the largest child so far)."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"dialect-speed: {' '.join(cmd)} failed:\n{err[:2000]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def run_reference(cmd: List[str], path: str) -> float:
    """Wall time of the engine's own program reading the script."""
    with open(path, "rb") as f:
        start = time.perf_counter()
        r = subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
    if r.returncode != 0:
        sys.exit(f"dialect-speed: {cmd[0]} failed:\n{r.stderr[:2000]}")
    return wall


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", default="build/bin/schemac")
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--dialect", default="sqlite", choices=sorted(CORPORA))
    ap.add_argument("--sizes", default="1,5,10")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    base = (sqlserver_corpus(args.corpora) if args.dialect == "sqlserver"
            else corpus(args.corpora, args.dialect))
    if not base:
        sys.exit("dialect-speed: no corpus files found")
    work = tempfile.mkdtemp(prefix="schemac-speed-")
    print(f"{args.dialect}: corpus {len(base) / 1024:.1f} KB; cold process, "
          f"best of {args.runs}")
    reference = {"sqlite": ["sqlite3", ":memory:"]}.get(args.dialect)
    if reference and not shutil.which(reference[0]):
        reference = None
    print(f"{'MB':>6} {'wall ms':>9} {'cpu ms':>8} {'MB/s':>7} "
          f"{'peak MB':>8} {'x input':>8}"
          + (f" {reference[0] + ' ms':>12} {'MB/s':>7}" if reference else ""))
    for mb in [float(s) for s in args.sizes.split(",")]:
        text = scaled(base, int(mb * 1024 * 1024), args.dialect)
        path = os.path.join(work, f"in-{mb:g}.sql")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        best = None
        for _ in range(args.runs):
            w, c, rss = run([args.schemac, f"--from={args.dialect}", "-w",
                             "--emit=ir", "-o", "/dev/null", path])
            best = (w, c, rss) if best is None or w < best[0] else best
        w, c, rss = best
        size = len(text) / 1e6
        line = (f"{size:6.2f} {w * 1000:9.1f} {c * 1000:8.1f} {size / w:7.1f} "
                f"{rss / 1e6:8.1f} {rss / len(text):8.1f}")
        if reference:
            ref = min(run_reference(reference, path) for _ in range(args.runs))
            line += f" {ref * 1000:12.1f} {size / ref:7.1f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
