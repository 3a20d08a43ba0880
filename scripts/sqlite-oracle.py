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

import os
import re
import sqlite3
import sys
from typing import Dict, List, Optional

from pg_catalog import RunContext, Result
import target_oracle
from target_oracle import Case, compare_with_pg, compile_case


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

def run_one(ctx: RunContext, c: Case, workdir: str, refusals: Dict) -> Result:
    result = Result(c)
    os.makedirs(workdir, exist_ok=True)
    out = os.path.join(workdir, "schemac.sqlite.sql")
    if not compile_case(ctx, c, "sqlite", "SQLite", out, result, refusals):
        return result
    lite = sqlite3.connect(os.path.join(workdir, "schemac.db"))
    try:
        lite.executescript(open(out, encoding="utf-8").read())
    except sqlite3.Error as e:
        result.status, result.reason = "ERROR", f"SQLite rejects the output: {e}"
        result.details = open(out, encoding="utf-8").read()[:4000]
        return result
    return compare_with_pg(ctx, c, ctx.new_db_prefix(), result,
                           sqlite_catalog_of(lite), compare)


def main(argv: List[str]) -> int:
    return target_oracle.main("sqlite-oracle", __doc__, argv,
                              lambda ap: None, lambda args: None, run_one)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
