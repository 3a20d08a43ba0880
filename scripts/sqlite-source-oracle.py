#!/usr/bin/env python3
"""The SQLite-to-PostgreSQL oracle: every SQLite input of the test suite
(test/Frontend/sqlite/*.sql) and, with --corpora, every SQLite schema of the
shared corpora is applied to a fresh SQLite database (Python's sqlite3
module), compiled with `schemac --from=sqlite --target=postgres
--foreign-opaque=skip`, and the output applied to a fresh PostgreSQL
database; the two catalogs are compared:

  - the same tables and views, columns in order;
  - each column's PostgreSQL type the one docs/Dialects.md says the SQLite
    declared type becomes (computed here from the declared text,
    independently of schemac's tables: INTEGER is integer, NVARCHAR(n)
    character varying(n), DATETIME timestamp, REAL double precision, BLOB
    bytea, ... and SQLite's affinity rules for other names);
  - NOT NULL (PostgreSQL's primary key columns are NOT NULL, SQLite's may
    hold NULL unless declared so), defaults (DEFAULT NULL is none),
    generated columns, AUTOINCREMENT as identity;
  - primary keys, unique keys, foreign keys with their actions, indexes
    (name, table, uniqueness, columns, partial) and view column names.

Triggers, data and statements kept as SQLite text are left out
(--foreign-opaque=skip): the objects schemac's warnings name are not
compared (nor the shadow tables of a left-out virtual table).
A refusal (exit status 1, errors naming what PostgreSQL cannot express) is
counted with its reasons; a crash, output PostgreSQL rejects or a catalog
difference fails.

  scripts/sqlite-source-oracle.py --schemac build/bin/schemac \\
      --env-file build/servers/pg.env [--corpora ../shared/corpora
      [--only-corpora]]
"""

import functools
import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
from typing import Dict, List, Optional

from pg_catalog import (HarnessError, Result, RunContext, add_common_arguments,
                        close_run, load, open_run, parse_common_arguments,
                        run_cases)

HERE = os.path.dirname(os.path.abspath(__file__))


@functools.lru_cache(maxsize=None)
def script(name: str):
    """Another oracle script of this folder, as a module (loaded once)."""
    spec = importlib.util.spec_from_file_location(
        name.replace("-", "_"), os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TO = script("target_oracle")


class Case:
    def __init__(self, label: str, path: str):
        self.label, self.path, self.inputs = label, path, [path]


# --- What SQLite's declared types become in PostgreSQL (docs/Dialects.md) -------

NAMED = {
    "int": "integer", "integer": "integer", "mediumint": "integer",
    "tinyint": "smallint", "smallint": "smallint", "int2": "smallint",
    "bigint": "bigint", "int8": "bigint", "unsigned big int": "bigint",
    "text": "text", "clob": "text", "blob": "bytea",
    "real": "double precision", "double": "double precision",
    "double precision": "double precision", "float": "double precision",
    "numeric": "numeric", "decimal": "numeric", "boolean": "boolean",
    "bool": "boolean", "date": "date", "datetime": "timestamp without time zone",
    "timestamp": "timestamp without time zone",
    "time": "time without time zone", "json": "json", "uuid": "uuid",
}
CHARS = {"char": "character", "character": "character", "nchar": "character",
         "native character": "character", "varchar": "character varying",
         "nvarchar": "character varying", "character varying":
         "character varying", "varying character": "character varying"}


def expected_pg_type(declared: str) -> str:
    """PostgreSQL's type for an SQLite declared type ("" when none, or ANY
    in a STRICT table)."""
    m = re.fullmatch(r"\s*([^(]*?)\s*(?:\(\s*([^)]*?)\s*\))?\s*", declared)
    name = re.sub(r"\s+", " ", m.group(1)).lower()
    mods = [x.strip() for x in (m.group(2) or "").split(",") if x.strip()]
    if not name:
        return "text"  # no declared type: any value, written as text
    if name in CHARS:
        base = CHARS[name]
        return f"{base}({mods[0]})" if len(mods) == 1 else (
            "character(1)" if base == "character" else base)
    if name in ("numeric", "decimal") and mods:
        return "numeric(" + ",".join(mods) + ")"
    if name in NAMED:
        return NAMED[name]
    # SQLite's affinity rules (datatype3.html, 3.1).
    if "int" in name:
        return "bigint"
    if "char" in name or "clob" in name or "text" in name:
        if "char" in name and len(mods) == 1:
            return f"character varying({mods[0]})"
        return "text"
    if "blob" in name:
        return "bytea"
    if "real" in name or "floa" in name or "doub" in name:
        return "double precision"
    return "numeric"


# --- The SQLite catalog ---------------------------------------------------------


def sqlite_catalog(db: sqlite3.Connection) -> Dict:
    """The SQLite oracle's reading of the catalog, with DEFAULT NULL as no
    default (PostgreSQL keeps none for it)."""
    cat = script("sqlite-oracle").sqlite_catalog_of(db)
    # A STRICT table's ANY column takes any value: no declared type.
    strict = {r[0] for r in db.execute(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict")}
    for t, cols in cat["tables"].items():
        for c in cols:
            if t in strict and c["type"].strip().upper() == "ANY":
                c["type"] = ""
        nulls = {c[1] for c in db.execute(f'PRAGMA table_xinfo("{t}")')
                 if c[4] is not None and c[4].upper() == "NULL"}
        for c in cols:
            if c["name"] in nulls:
                c["default"] = False
    return cat


def skipped(stderr: str, display: str) -> Dict[str, str]:
    """The objects schemac left out of the output (--foreign-opaque=skip),
    by name: their kind."""
    rx = re.compile(r"warning: ([a-z ]+) '([^']+)' is written in 'sqlite'; "
                    r"it is not in the " + display + " output")
    return {m.group(2): m.group(1) for m in rx.finditer(stderr)}


def without(cat: Dict, gone: Dict[str, str]) -> Dict:
    """The SQLite catalog without the objects schemac left out, and the
    shadow tables of left-out virtual tables (name_*)."""
    def out(t: str) -> bool:
        return t in gone or any(t.startswith(n + "_") for n, k in gone.items()
                                if k == "virtual table")
    cat["tables"] = {t: v for t, v in cat["tables"].items() if not out(t)}
    cat["views"] = {t: v for t, v in cat["views"].items() if not out(t)}
    cat["pk"] = {t: v for t, v in cat["pk"].items() if not out(t)}
    cat["auto"] = {t: v for t, v in cat["auto"].items() if not out(t)}
    cat["unique"] = {u for u in cat["unique"] if not out(u[0])}
    cat["fk"] = {f for f in cat["fk"] if not out(f[0])}
    cat["indexes"] = {i: v for i, v in cat["indexes"].items()
                      if not out(v[0]) and i not in gone}
    return cat


def compare(pg: Dict, lite: Dict) -> List[str]:
    diffs = []
    if set(pg["tables"]) != set(lite["tables"]):
        diffs.append(f"tables: PostgreSQL {sorted(pg['tables'])}, SQLite "
                     f"{sorted(lite['tables'])}")
    for t in sorted(set(pg["tables"]) & set(lite["tables"])):
        pc, lc = pg["tables"][t], lite["tables"][t]
        if [c["name"] for c in pc] != [c["name"] for c in lc]:
            diffs.append(f"{t}: columns {[c['name'] for c in pc]} against "
                         f"{[c['name'] for c in lc]}")
            continue
        pk = lite["pk"].get(t, [])
        for p, l in zip(pc, lc):
            where = f"{t}.{p['name']}"
            if p["name"] == lite["auto"].get(t):
                if not p["identity"]:
                    diffs.append(f"{where}: AUTOINCREMENT without an identity")
            want = expected_pg_type(l["type"])
            if p["fmt"] != want:
                diffs.append(f"{where}: declared '{l['type']}' written as "
                             f"{p['fmt']}, expected {want}")
            if p["notnull"] != (l["notnull"] or p["name"] in pk):
                diffs.append(f"{where}: NOT NULL {p['notnull']} against "
                             f"{l['notnull']}")
            if p["default"] != l["default"] and not p["identity"]:
                diffs.append(f"{where}: default {p['default']} against "
                             f"{l['default']}")
            if p["generated"] != l["generated"]:
                diffs.append(f"{where}: generated {p['generated']} against "
                             f"{l['generated']}")
    for key in ("pk", "views"):
        if pg[key] != lite[key]:
            diffs.append(f"{key}: PostgreSQL {pg[key]}, SQLite {lite[key]}")
    # A unique key on the primary key's columns: SQLite keeps no index.
    pg_unique = {(t, c) for t, c in pg["unique"]
                 if c.split(",") != pg["pk"].get(t)}
    for key, a, b in (("unique", pg_unique, lite["unique"]),
                      ("fk", pg["fk"], lite["fk"])):
        if a != b:
            diffs.append(f"{key}: only in PostgreSQL {sorted(a - b)}, only in "
                         f"SQLite {sorted(b - a)}")
    # SQLite names each index; PostgreSQL's plain indexes of the output.
    if pg["indexes"] != lite["indexes"]:
        diffs.append(f"indexes: PostgreSQL {pg['indexes']}, SQLite "
                     f"{lite['indexes']}")
    return diffs


def compare_mariadb(my: Dict, lite: Dict) -> List[str]:
    """The MariaDB catalog against the SQLite one: types through both
    documented mappings (SQLite's declared type to PostgreSQL's, the
    MariaDB oracle's PostgreSQL type to MariaDB's), the rest as compare()."""
    MO = script("mariadb-oracle")
    diffs = []
    if set(my["tables"]) != set(lite["tables"]):
        diffs.append(f"tables: MariaDB {sorted(my['tables'])}, SQLite "
                     f"{sorted(lite['tables'])}")
    keyed = {(t, c) for t, cols in lite["pk"].items() for c in cols}
    for t, cols in lite["unique"]:
        keyed |= {(t, c) for c in cols.split(",")}
    for t, cols, ref, refcols, _, _ in lite["fk"]:
        keyed |= {(t, c) for c in cols.split(",")}
        keyed |= {(ref, c) for c in refcols.split(",")}
    for _, (t, _, cols, _) in lite["indexes"].items():
        keyed |= {(t, c) for c in cols.split(",")}
    for t in sorted(set(my["tables"]) & set(lite["tables"])):
        mc, lc = my["tables"][t], lite["tables"][t]
        if [c["name"] for c in mc] != [c["name"] for c in lc]:
            diffs.append(f"{t}: columns {[c['name'] for c in mc]} against "
                         f"{[c['name'] for c in lc]}")
            continue
        pk = lite["pk"].get(t, [])
        for m, l in zip(mc, lc):
            where = f"{t}.{m['name']}"
            pg = expected_pg_type(l["type"])
            want = MO.expected_type({"fmt": pg, "typtype": "b",
                                     "category": "X"}, (t, l["name"]) in keyed)
            if m["type"].lower() != want:
                diffs.append(f"{where}: declared '{l['type']}' written as "
                             f"{m['type']}, expected {want}")
            if m["notnull"] != (l["notnull"] or m["name"] in pk):
                diffs.append(f"{where}: NOT NULL {m['notnull']} against "
                             f"{l['notnull']}")
            auto = my["auto"].get(t) == m["name"]
            if auto != (lite["auto"].get(t) == l["name"]):
                diffs.append(f"{where}: AUTO_INCREMENT {auto} against "
                             "AUTOINCREMENT")
            if not auto and m["default"] != l["default"]:
                diffs.append(f"{where}: default {m['default']} against "
                             f"{l['default']}")
            if m["generated"] != l["generated"]:
                diffs.append(f"{where}: generated {m['generated']} against "
                             f"{l['generated']}")
    for key in ("pk", "views"):
        if my[key] != lite[key]:
            diffs.append(f"{key}: MariaDB {my[key]}, SQLite {lite[key]}")
    my_unique = {(t, c) for t, c in my["unique"]
                 if c.split(",") != my["pk"].get(t)}
    # InnoDB's NO ACTION is RESTRICT.
    lite_fk = {fk[:4] + tuple(MO.ACTION_NAMES.get(a, a) for a in fk[4:])
               for fk in lite["fk"]}
    for key, a, b in (("unique", my_unique, lite["unique"]),
                      ("fk", my["fk"], lite_fk)):
        if a != b:
            diffs.append(f"{key}: only in MariaDB {sorted(a - b)}, only in "
                         f"SQLite {sorted(b - a)}")
    # InnoDB adds an index for a foreign key without one; a unique index
    # is a unique key that keeps its name.
    fk_cols = {(t, cols) for t, cols, *_ in my["fk"]}
    mine = {n: i for n, i in my["indexes"].items()
            if n in lite["indexes"] or (i[0], i[2]) not in fk_cols}
    for name, idx in my.get("unique_indexes", {}).items():
        if name in lite["indexes"]:
            mine[name] = idx
    if {n: i[:3] for n, i in mine.items()} != \
            {n: i[:3] for n, i in lite["indexes"].items()}:
        diffs.append(f"indexes: MariaDB {mine}, SQLite {lite['indexes']}")
    return diffs


# --- Running a case -------------------------------------------------------------


def run_one(ctx: RunContext, c: Case, workdir: str, refusals: Dict) -> Result:
    result = Result(c)
    os.makedirs(workdir, exist_ok=True)
    lite = sqlite3.connect(os.path.join(workdir, "input.db"))
    try:
        lite.executescript(open(c.path, encoding="utf-8").read())
    except sqlite3.Error as e:
        result.status, result.reason = "PARSED", f"SQLite rejects the input: {e}"
        return result
    target = ctx.args.target
    display = {"postgres": "PostgreSQL", "mariadb": "MariaDB"}[target]
    out = os.path.join(workdir, f"schemac.{target}.sql")
    cmd = ctx.args.schemac + ["--from=sqlite", f"--target={target}",
                              "--foreign-opaque=skip", "-o", out, c.path]
    r = subprocess.run(cmd, capture_output=True, text=True,
                       timeout=ctx.args.timeout)
    if r.returncode < 0 or r.returncode > 1:
        result.status, result.reason = "ERROR", f"schemac exit status {r.returncode}"
        result.details = "$ " + " ".join(cmd) + "\n" + r.stderr
        return result
    if r.returncode == 1:
        reasons = TO.refusal_reasons(r.stderr, display)
        result.status, result.reason = "PARSED", "refused: " + (
            reasons[0] if reasons else "?")
        for x in set(reasons):
            refusals[x] = refusals.get(x, 0) + 1
        if not reasons:
            result.status = "ERROR"
            result.details = r.stderr
        return result
    lite_cat = without(sqlite_catalog(lite), skipped(r.stderr, display))
    if target == "mariadb":
        return run_mariadb(ctx, out, lite_cat, result)
    prefix = ctx.new_db_prefix()
    db = prefix + "_out"
    ctx.create_db(db)
    try:
        _, errors = load(ctx, db, [out])
        if errors:
            result.status, result.reason = "ERROR", "PostgreSQL rejects the output"
            result.details = errors + "\n" + open(out, encoding="utf-8").read()[:3000]
            return result
        diffs = compare(TO.pg_catalog_of(ctx, db), lite_cat)
    finally:
        ctx.drop_dbs(prefix)
    if diffs:
        result.status, result.reason = "DIFFERENT", f"{len(diffs)} difference(s)"
        result.details = "\n".join(diffs)
    result.counts = {"tables": 1}
    return result


def run_mariadb(ctx: RunContext, out: str, lite: Dict,
                result: Result) -> Result:
    MO = script("mariadb-oracle")
    db = ctx.new_db_prefix() + "_maria"
    MO.mariadb(f"CREATE DATABASE `{db}`")
    try:
        with open(out, encoding="utf-8") as fh:
            r = subprocess.run(MO.mariadb_cmd(db), stdin=fh, capture_output=True,
                               text=True, timeout=ctx.args.timeout)
        if r.returncode != 0:
            result.status, result.reason = "ERROR", "MariaDB rejects the output"
            result.details = r.stderr + "\n" + open(out, encoding="utf-8").read()[:3000]
            return result
        diffs = compare_mariadb(MO.mariadb_catalog_of(db), lite)
    finally:
        MO.mariadb(f"DROP DATABASE IF EXISTS `{db}`")
    if diffs:
        result.status, result.reason = "DIFFERENT", f"{len(diffs)} difference(s)"
        result.details = "\n".join(diffs)
    result.counts = {"tables": 1}
    return result


def find_cases(root: str, corpora: Optional[str], only: bool) -> List[Case]:
    cases = []
    if not only:
        d = os.path.join(root, "Frontend", "sqlite")
        cases += [Case(os.path.join("Frontend", "sqlite", n), os.path.join(d, n))
                  for n in sorted(os.listdir(d)) if n.endswith(".sql")]
    if corpora:
        for d, _, names in sorted(os.walk(corpora)):
            for n in sorted(names):
                p = os.path.join(d, n)
                if n.endswith(".sql") and re.search(r"sqlite", p, re.I) and \
                        "archives" not in p and "drop-objects" not in p:
                    cases.append(Case(os.path.relpath(p, corpora), p))
    return cases


def main(argv: List[str]) -> int:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.join(HERE, os.pardir, "test"))
    ap.add_argument("--corpora")
    ap.add_argument("--only-corpora", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("--target", default="postgres",
                    choices=["postgres", "mariadb"])
    ap.add_argument("--mariadb-env-file",
                    help="MariaDB's settings (scripts/mariadb-server.sh)")
    add_common_arguments(ap, max_diff_lines=40)
    args = parse_common_arguments(ap, argv)
    if args.target == "mariadb":
        try:
            script("mariadb-oracle").setup(args)
        except HarnessError as e:
            print(f"sqlite-source-oracle: error: {e}", file=sys.stderr)
            return 2
    try:
        ctx, artifacts = open_run(args, "schemac_sqlsrc")
    except HarnessError as e:
        print(f"sqlite-source-oracle: error: {e}", file=sys.stderr)
        return 2
    cases = [c for c in find_cases(args.root, args.corpora, args.only_corpora)
             if args.filter in c.label]
    refusals: Dict[str, int] = {}
    results = run_cases(
        ctx, cases,
        lambda i, c: run_one(ctx, c, os.path.join(artifacts, f"case{i:03d}"),
                             refusals),
        lambda r: r.case.label)
    close_run(ctx, artifacts)
    return TO.report("sqlite-source-oracle", results, refusals)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
