#!/usr/bin/env python3
"""The SQLite oracle: every PostgreSQL input of the test suite (the cases of
scripts/pg-oracle.py) and, with --corpora, every PostgreSQL file of the
shared corpora, compiled with `schemac --target=sqlite` and compared across
two real engines.

For each case the input is applied to a fresh PostgreSQL database and
schemac's SQLite script to a fresh SQLite database (Python's sqlite3
module), and the two catalogs are compared: the same tables with the same
columns in order, each column's declared type the one docs/Dialects.md says
PostgreSQL's type becomes (computed here from PostgreSQL's format_type(),
independently of the backend's tables), the same nullability, defaults and
generated columns (a default of NULL, which PostgreSQL keeps for
some types as NULL::type, is no default), the same primary keys, unique keys, foreign keys with
their actions (a unique key on the primary key's columns, which SQLite keeps no index
for, aside), the same indexes (names, columns, uniqueness, predicates)
and views with the same column names. CHECK constraints are not in SQLite's
catalog and are not compared.

A case schemac refuses (exit status 1 with errors saying what SQLite cannot
express) is counted as refused, with its reasons: that is a clear word, not
a failure. A crash, output SQLite does not load, or a catalog difference
fails.

  scripts/sqlite-oracle.py --schemac build/bin/schemac \\
      --env-file build/servers/pg.env [--corpora ../shared/corpora
      [--only-corpora]]

Exit status 0 iff no case fails.
"""

import argparse
import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
from typing import Dict, List, Optional, Tuple

from pg_catalog import (HarnessError, Result, RunContext,
                        add_common_arguments, close_run, load, open_run,
                        parse_common_arguments, run_cases)

HERE = os.path.dirname(os.path.abspath(__file__))


def pg_oracle():
    spec = importlib.util.spec_from_file_location(
        "pg_oracle", os.path.join(HERE, "pg-oracle.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Case:
    def __init__(self, label: str, inputs: List[str], text: str = ""):
        self.label, self.inputs, self.text = label, inputs, text


# --- What PostgreSQL's types become in SQLite (docs/Dialects.md) ----------------

TEXT_TYPES = ("interval", "uuid", "json", "jsonb", "xml", "inet", "cidr",
              "macaddr", "tsvector", "tsquery", "bit", "bit varying")


def expected_type(fmt: str, category: str, typtype: str) -> Optional[str]:
    """The declared SQLite type of a PostgreSQL column of type fmt
    (format_type), or None if it has no mapping."""
    if category == "A" or typtype == "e":
        return "text"
    m = re.fullmatch(r"([a-z ]+?)(?:\(([^)]*)\))?((?: with(?:out)? time zone)?)",
                     fmt)
    if not m:
        return None
    base, mods, _ = m.groups()
    mods = ", ".join(x.strip() for x in mods.split(",")) if mods else ""
    simple = {"integer": "integer", "smallint": "smallint",
              "bigint": "bigint", "boolean": "boolean", "real": "real",
              "double precision": "double precision", "text": "text",
              "bytea": "blob", "date": "date", "money": "numeric",
              "time": "time", "timestamp": "timestamp"}
    if base in ("numeric", "character varying", "character"):
        name = {"numeric": "numeric", "character varying": "varchar",
                "character": "char"}[base]
        return f"{name}({mods})" if mods else name
    if base in simple:
        return simple[base]
    if base in TEXT_TYPES:
        return "text"
    return None


# --- The two catalogs ---------------------------------------------------------

USER = ("n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND NOT EXISTS (SELECT 1 FROM "
        "pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')")


def names_of(rel: str, keys: str) -> str:
    """The names of the columns numbered keys of relation rel, in order."""
    return (f"(SELECT string_agg(a.attname, ',' ORDER BY u.o) FROM unnest({keys}) "
            f"WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = {rel} "
            f"AND a.attnum = u.n)")


def pg_catalog_of(ctx: RunContext, db: str) -> Dict:
    def rows(q):
        return [r.split("|") for r in ctx.sql(db, q).splitlines() if r]
    cat = {"tables": {}, "views": {}, "pk": {}, "unique": set(), "fk": set(),
           "indexes": {}}
    for name, num, col, fmt, notnull, has_def, ident, gen, typtype, cat_ in rows(
            "SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, "
            "a.atttypmod), a.attnotnull, ad.adbin IS NOT NULL AND "
            "pg_get_expr(ad.adbin, ad.adrelid) !~ '^NULL(::[a-z ]+)?$', "
            "a.attidentity, "
            "a.attgenerated, t.typtype, t.typcategory FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON "
            "a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped JOIN "
            "pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef ad ON "
            "ad.adrelid = c.oid AND ad.adnum = a.attnum WHERE c.relkind IN "
            f"('r', 'p', 'v') AND {USER} ORDER BY 1, 2"):
        cat["tables"].setdefault(name, []).append(
            {"name": col, "fmt": fmt, "notnull": notnull == "t",
             "default": has_def == "t" and not gen, "identity": ident != "",
             "generated": gen != "", "typtype": typtype, "category": cat_})
    for (v,) in rows(f"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON "
                     f"n.oid = c.relnamespace WHERE c.relkind = 'v' AND {USER}"):
        cat["views"][v] = [c["name"] for c in cat["tables"].pop(v, [])]
    for rel, kind, cols, ref, refcols, upd, dele in rows(
            "SELECT c.relname, k.contype, " +
            names_of("k.conrelid", "k.conkey") + ", r.relname, " +
            names_of("k.confrelid", "k.confkey") +
            ", k.confupdtype, k.confdeltype FROM pg_constraint k JOIN pg_class "
            "c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = "
            "c.relnamespace LEFT JOIN pg_class r ON r.oid = k.confrelid WHERE "
            f"k.contype IN ('p', 'u', 'f') AND {USER}"):
        if kind == "p":
            cat["pk"][rel] = cols.split(",")
        elif kind == "u":
            cat["unique"].add((rel, cols))
        else:
            cat["fk"].add((rel, cols, ref, refcols, ACTIONS[upd], ACTIONS[dele]))
    for name, rel, unique, cols, partial, constraint in rows(
            "SELECT i.relname, c.relname, x.indisunique, (SELECT "
            "string_agg(coalesce(a.attname, '(expression)'), ',' ORDER BY k.o) "
            "FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o) LEFT JOIN "
            "pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n), "
            "x.indpred IS NOT NULL, EXISTS (SELECT 1 FROM pg_constraint k "
            "WHERE k.conindid = i.oid AND k.contype IN ('p', 'u', 'x')) "
            "FROM pg_index x JOIN pg_class i ON "
            "i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN "
            f"pg_namespace n ON n.oid = c.relnamespace WHERE {USER}"):
        if constraint == "t":
            continue
        cat["indexes"][name] = (rel, unique == "t", cols, partial == "t")
        if unique == "t" and partial != "t" and "(expression)" not in cols:
            cat["unique"].add((rel, cols))
    return cat


ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
           "d": "SET DEFAULT", " ": ""}


def sqlite_catalog_of(db: sqlite3.Connection) -> Dict:
    cat = {"tables": {}, "views": {}, "pk": {}, "unique": set(), "fk": set(),
           "indexes": {}, "auto": {}}
    objs = db.execute("SELECT type, name, sql FROM sqlite_schema WHERE name "
                      "NOT LIKE 'sqlite\\_%' ESCAPE '\\'").fetchall()
    for kind, name, sql in objs:
        if kind == "view":
            cat["views"][name] = [r[1] for r in db.execute(
                f'PRAGMA table_info("{name}")')]
        if kind != "table":
            continue
        cols = db.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
        cat["tables"][name] = [
            {"name": c[1], "type": c[2], "notnull": bool(c[3]),
             "default": c[4] is not None, "generated": c[6] in (2, 3)}
            for c in cols]
        pk = sorted((c[5], c[1]) for c in cols if c[5])
        if pk:
            cat["pk"][name] = [c for _, c in pk]
        if re.search(r"\bAUTOINCREMENT\b", sql or "", re.I):
            cat["auto"][name] = pk[0][1]
        for fk_id in sorted({r[0] for r in db.execute(
                f'PRAGMA foreign_key_list("{name}")')}):
            parts = [r for r in db.execute(f'PRAGMA foreign_key_list("{name}")')
                     if r[0] == fk_id]
            parts.sort(key=lambda r: r[1])
            ref = parts[0][2]
            to = [r[4] for r in parts]
            if None in to:
                to = [c[1] for c in sorted(
                    (c for c in db.execute(f'PRAGMA table_info("{ref}")')
                     if c[5]), key=lambda c: c[5])]
            cat["fk"].add((name, ",".join(r[3] for r in parts), ref,
                           ",".join(to), parts[0][5], parts[0][6]))
        for _, iname, unique, origin, partial in db.execute(
                f'PRAGMA index_list("{name}")'):
            cols = ",".join(r[2] if r[2] is not None else "(expression)"
                            for r in db.execute(f'PRAGMA index_info("{iname}")'))
            if unique and not partial and "(expression)" not in cols and \
                    origin != "pk":
                cat["unique"].add((name, cols))
            if origin == "c":
                cat["indexes"][iname] = (name, bool(unique), cols, bool(partial))
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
        auto = lite["auto"].get(t)
        for p, l in zip(pc, lc):
            where = f"{t}.{p['name']}"
            if p["name"] == auto:
                if not (p["identity"] or p["default"]):
                    diffs.append(f"{where}: AUTOINCREMENT without a serial or "
                                 "identity column")
                continue
            want = expected_type(p["fmt"], p["category"], p["typtype"])
            # An integer primary key of one column is written int, so that
            # it is not SQLite's rowid (which numbers a NULL).
            if want == "integer" and pg["pk"].get(t) == [p["name"]]:
                want = "int"
            if want is None or l["type"].lower() != want:
                diffs.append(f"{where}: type {p['fmt']} written as "
                             f"'{l['type']}', expected '{want}'")
            if p["notnull"] != l["notnull"]:
                diffs.append(f"{where}: NOT NULL {p['notnull']} against "
                             f"{l['notnull']}")
            if p["default"] != l["default"]:
                diffs.append(f"{where}: default {p['default']} against "
                             f"{l['default']}")
            if p["generated"] != l["generated"]:
                diffs.append(f"{where}: generated {p['generated']} against "
                             f"{l['generated']}")
    for key in ("pk", "views"):
        if pg[key] != lite[key]:
            diffs.append(f"{key}: PostgreSQL {pg[key]}, SQLite {lite[key]}")
    # A unique key on exactly the primary key's columns adds nothing (SQLite
    # keeps no index for it).
    for cat in (pg, lite):
        cat["unique"] = {(t, cols) for t, cols in cat["unique"]
                         if cols.split(",") != pg["pk"].get(t)}
    for key in ("unique", "fk"):
        if pg[key] != lite[key]:
            diffs.append(f"{key}: only in PostgreSQL {sorted(pg[key] - lite[key])}"
                         f", only in SQLite {sorted(lite[key] - pg[key])}")
    if pg["indexes"] != lite["indexes"]:
        diffs.append(f"indexes: PostgreSQL {pg['indexes']}, SQLite "
                     f"{lite['indexes']}")
    return diffs


# --- Running a case -------------------------------------------------------------

REFUSAL_RES = [
    re.compile(r"error: .* uses (.*?), which cannot be written in SQLite"),
    re.compile(r"error: (\S+) (?:statement|'[^']*') is written in '\w+' and "
               r"cannot be emitted as SQLite"),
    re.compile(r"error: (.*)"),
]


def refusal_reasons(stderr: str) -> List[str]:
    """What each error of a refusal says SQLite cannot express."""
    reasons = []
    for line in stderr.splitlines():
        for rx in REFUSAL_RES:
            m = rx.search(line)
            if m:
                reasons.append(m.group(1) if rx is not REFUSAL_RES[1]
                               else f"{m.group(1)} kept as PostgreSQL text")
                break
    return reasons


def run_one(ctx: RunContext, c: Case, workdir: str, refusals: Dict) -> Result:
    result = Result(c)
    os.makedirs(workdir, exist_ok=True)
    out = os.path.join(workdir, "schemac.sqlite.sql")
    cmd = ctx.args.schemac + ["--from=postgres", "--target=sqlite", "-w",
                              "-o", out] + c.inputs
    r = subprocess.run(cmd, capture_output=True, text=True,
                       timeout=ctx.args.timeout)
    if r.returncode < 0 or r.returncode > 1:
        result.status, result.reason = "ERROR", f"schemac exit status {r.returncode}"
        result.details = "$ " + " ".join(cmd) + "\n" + r.stderr
        return result
    if r.returncode == 1:
        reasons = refusal_reasons(r.stderr)
        if not reasons:
            result.status, result.reason = "ERROR", "refused without saying why"
            result.details = "$ " + " ".join(cmd) + "\n" + r.stderr
            return result
        result.status, result.reason = "PARSED", "refused: " + reasons[0]
        for x in set(reasons):
            refusals[x] = refusals.get(x, 0) + 1
        return result
    lite = sqlite3.connect(os.path.join(workdir, "schemac.db"))
    try:
        lite.executescript(open(out, encoding="utf-8").read())
    except sqlite3.Error as e:
        result.status, result.reason = "ERROR", f"SQLite rejects the output: {e}"
        result.details = open(out, encoding="utf-8").read()[:4000]
        return result
    db = ctx.new_db_prefix() + "_orig"
    ctx.create_db(db)
    try:
        target, errors = load(ctx, db, c.inputs)
        if errors:
            result.status, result.reason = "PARSED", "PostgreSQL rejects the input"
            return result
        diffs = compare(pg_catalog_of(ctx, target), sqlite_catalog_of(lite))
    finally:
        ctx.drop_dbs(db.rsplit("_", 1)[0])
    if diffs:
        result.status, result.reason = "DIFFERENT", f"{len(diffs)} difference(s)"
        result.details = "\n".join(diffs)
    result.counts = {"tables": 1}
    return result


def corpus_cases(corpora: str) -> List[Case]:
    cases = []
    for d, _, names in os.walk(corpora):
        for n in sorted(names):
            p = os.path.join(d, n)
            if n.endswith(".sql") and re.search(
                    r"postgres|pagila|migra|PostgreSql", p):
                cases.append(Case(os.path.relpath(p, corpora), [p]))
    return sorted(cases, key=lambda c: c.label)


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.join(HERE, os.pardir, "test"))
    ap.add_argument("--corpora", help="also every PostgreSQL file here")
    ap.add_argument("--only-corpora", action="store_true",
                    help="only the corpora's files, not the test inputs")
    ap.add_argument("--filter", default="")
    add_common_arguments(ap, max_diff_lines=40)
    args = parse_common_arguments(ap, argv)

    oracle = pg_oracle()
    found, by_path = oracle.discover(os.path.abspath(args.root),
                                     ["Oracle/Inputs", "Fuzz"])
    try:
        ctx, artifacts = open_run(args, "schemac_sqlite")
    except HarnessError as e:
        print(f"sqlite-oracle: error: {e}", file=sys.stderr)
        return 2
    cases: List[Case] = []
    for i, c in enumerate(found):
        if c.skip or c.xfail or args.only_corpora:
            continue
        workdir = os.path.join(artifacts, f"in{i:03d}")
        os.makedirs(workdir, exist_ok=True)
        inputs = oracle.materialize(c, by_path, workdir)
        cases.append(Case(c.label, inputs))
    if args.corpora:
        cases += corpus_cases(args.corpora)
    cases = [c for c in cases if args.filter in c.label]
    refusals: Dict[str, int] = {}
    results = run_cases(
        ctx, cases,
        lambda i, c: run_one(ctx, c, os.path.join(artifacts, f"case{i:03d}"),
                             refusals),
        lambda r: r.case.label)
    close_run(ctx, artifacts)
    count = lambda s: sum(1 for r in results if r.status == s)
    compared = sum(1 for r in results if r.counts)
    refused = sum(1 for r in results if r.reason.startswith("refused"))
    print(f"sqlite-oracle: {len(cases)} cases, {compared} compared on both "
          f"engines, {compared - count('DIFFERENT')} identical, "
          f"{count('DIFFERENT')} different, {refused} refused by schemac, "
          f"{count('ERROR')} errors")
    for reason, n in sorted(refusals.items(), key=lambda x: (-x[1], x[0])):
        print(f"refused: {n} {reason}")
    return 1 if count("DIFFERENT") or count("ERROR") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
