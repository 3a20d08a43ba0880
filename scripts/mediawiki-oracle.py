#!/usr/bin/env python3
"""The cross-dialect oracle of MediaWiki (issue 8, item 5).

MediaWiki writes its schema once, abstractly (maintenance/tables.json), and
generates MySQL, PostgreSQL and SQLite DDL from it (Doctrine DBAL). This
script compiles MediaWiki's MySQL DDL with schemac to PostgreSQL and to
SQLite, applies schemac's output and MediaWiki's own DDL for that engine to
fresh databases, reads both catalogs back and compares them, table by
table and column by column: columns in order, types, NOT NULL, defaults,
auto-numbering, primary keys, unique keys and indexes (by table, columns
and uniqueness, and by name).

Every difference is printed with a verdict:

  - deliberate: a documented mapping choice of schemac's, or something the
    MySQL text cannot say and only MediaWiki's abstract schema knows (its
    type 'mwtimestamp' is BINARY(14) in MySQL and TIMESTAMPTZ in
    PostgreSQL); the reason is printed, citing the column's abstract type
    from tables.json;
  - defect: anything else. The run fails if there is one.

  scripts/mediawiki-oracle.py --schemac build/bin/schemac \\
      --env-file build/servers/pg.env --corpora ../shared/corpora
"""

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from typing import Dict, List, Optional, Tuple

import target_oracle as TO
from pg_catalog import (HarnessError, RunContext, load, load_env_file,
                        load_script, setup_server)

LITE = load_script("sqlite-roundtrip")


class Diff:
    """One difference: engine, table, column (or ""), aspect, MediaWiki's
    value, schemac's value."""

    def __init__(self, engine, table, column, aspect, theirs, ours):
        self.engine, self.table, self.column = engine, table, column
        self.aspect, self.theirs, self.ours = aspect, theirs, ours
        self.verdict, self.reason = "defect", ""

    def where(self) -> str:
        return f"{self.table}.{self.column}" if self.column else self.table

    def line(self) -> str:
        return (f"{self.engine}: {self.where()}: {self.aspect}: MediaWiki "
                f"{self.theirs!r}, schemac {self.ours!r}")


# --- MediaWiki's abstract schema ----------------------------------------------


def abstract_columns(tables_json: str) -> Dict[Tuple[str, str], Dict]:
    """(table, column) -> {"type", "unsigned", "fixed", "length", ...}."""
    out = {}
    with open(tables_json, encoding="utf-8") as f:
        for t in json.load(f):
            for c in t["columns"]:
                o = dict(c.get("options", {}))
                o["type"] = c["type"]
                out[(t["name"], c["name"])] = o
    return out


def prefix_indexes(tables_json: str) -> Dict[str, List[str]]:
    """table -> the columns of its indexes with a prefix length (MySQL's
    col(n)), in order, joined by ','."""
    out: Dict[str, List[str]] = defaultdict(list)
    with open(tables_json, encoding="utf-8") as f:
        for t in json.load(f):
            for i in t.get("indexes", []):
                if any(i.get("options", {}).get("lengths") or []):
                    out[t["name"]].append(",".join(i["columns"]))
    return out


def abstract_type(a: Optional[Dict]) -> str:
    if not a:
        return "?"
    t = a["type"]
    if a.get("unsigned"):
        t += " unsigned"
    if a.get("fixed"):
        t += " fixed"
    return t


# --- The verdicts ---------------------------------------------------------------
#
# Each rule: (engine pattern, aspect, abstract type pattern, MediaWiki value pattern,
# schemac value pattern, reason). The first rule that matches all (regular
# expressions, full match) makes the difference deliberate.

RULES = [
    # PostgreSQL types.
    ("postgres", "type", r"(binary|blob|mwtimestamp)( fixed)?", r"text|timestamp with time zone",
     r"bytea",
     "MySQL's BINARY/VARBINARY/BLOB hold bytes; bytea is the exact PostgreSQL "
     "type (docs/Dialects.md). That MediaWiki stores UTF-8 text or a "
     "timestamp in them is a convention of its abstract schema (type "
     "'{abstract}'), which the MySQL DDL does not carry"),
    ("postgres", "type", r"integer unsigned", r"integer", r"bigint",
     "INT UNSIGNED holds 0..4294967295; PostgreSQL's integer stops at "
     "2147483647, so schemac keeps the range with bigint (warned as lossy "
     "in neither direction); MediaWiki's PostgreSQL schema gives up the "
     "upper half"),
    ("postgres", "type", r"bigint unsigned", r"bigint", r"numeric\(20,0\)",
     "BIGINT UNSIGNED holds up to 18446744073709551615, beyond bigint: "
     "schemac keeps the range with numeric(20,0); MediaWiki gives up the "
     "upper half"),
    ("postgres", "type", r"smallint unsigned", r"smallint", r"integer",
     "SMALLINT UNSIGNED holds 0..65535, beyond PostgreSQL's smallint: "
     "schemac keeps the range with integer"),
    ("postgres", "type", r"mwenum( fixed)?", r"text", r"character varying\(\d+\)|[a-z_]+",
     "a MySQL ENUM becomes a PostgreSQL enum type or a CHECK on its labels "
     "(docs/Dialects.md); MediaWiki's PostgreSQL schema uses plain TEXT"),
    ("postgres", "type", r"float( unsigned)?", r"double precision", r"real",
     "MySQL's FLOAT is single precision (4 bytes), PostgreSQL's real; "
     "MediaWiki's generator writes DOUBLE PRECISION for its abstract 'float'"),
    ("postgres", "type", r"mwenum( fixed)?", r"[a-z_]+", r"[a-z_]+_[a-z_]+",
     "a MySQL ENUM has no name of its own; schemac names its PostgreSQL enum "
     "type <table>_<column>, MediaWiki's generator names it otherwise"),
    ("postgres", "type", r"datetimetz", r"timestamp with time zone",
     r"timestamp without time zone",
     "MySQL's DATETIME has no time zone; timestamp without time zone is its "
     "exact PostgreSQL type. MediaWiki's abstract type 'datetimetz' says "
     "more than the MySQL text does"),
    ("postgres", "type", r"string", r"text", r"character varying\(\d+\)",
     "VARCHAR(n) keeps its length limit in PostgreSQL; MediaWiki's "
     "generator writes TEXT for some 'string' columns"),
    ("postgres", "type", r"(mwtinyint|smallint)( unsigned)?", r"smallint", r"smallint",
     "same type"),
    ("postgres", "type", r"mwtinyint( unsigned)?", r"smallint", r"boolean",
     "MySQL writes BOOLEAN as TINYINT(1), so schemac reads TINYINT(1) as a "
     "boolean (pgloader's default cast does the same); MediaWiki's abstract "
     "type 'mwtinyint' of length 1 holds 0 and 1 only"),
    ("postgres", "default", r"mwtinyint( unsigned)?", r"[01]", r"false|true",
     "the default of a TINYINT(1) column read as a boolean"),
    # Auto-numbering: MediaWiki's PostgreSQL schema uses SERIAL (a default
    # of nextval() on a sequence the column owns), schemac identity columns.
    ("postgres", "auto-number", r".*", r"serial", r"identity",
     "AUTO_INCREMENT becomes an identity column (GENERATED BY DEFAULT AS "
     "IDENTITY), PostgreSQL's standard form; MediaWiki's generator writes "
     "SERIAL, the older form of the same thing"),
    ("postgres", "default", r"mwtimestamp", r"'1970-01-01 00:00:00\+00'",
     r"'19700101000000'",
     "the default of a BINARY(14) column that MediaWiki's abstract schema "
     "calls 'mwtimestamp': the same instant, as the bytes MySQL holds"),
    ("postgres", "default", r".*", r"nextval\(.*\)", r"",
     "the default of a SERIAL column; schemac's identity column has none"),
    ("sqlite", "not null (rowid)", r".*", r"1", r"0",
     "an INTEGER PRIMARY KEY column is SQLite's rowid, which is never NULL; "
     "schemac does not write the NOT NULL that adds nothing"),
    ("sqlite", "affinity", r"mwtinyint( unsigned)?", r"INTEGER", r"NUMERIC",
     "TINYINT(1) is read as a boolean, which SQLite declares BOOLEAN (NUMERIC "
     "affinity: 0 and 1 are stored as the integers they are)"),
    ("postgres|sqlite", "index", r"prefix", r".*", r".*",
     "a MySQL key part with a prefix length (col(n)) is the expression "
     "substr(col, 1, n) for other engines, so that a unique key compares the "
     "prefixes as MySQL does; MediaWiki indexes the whole column there"),
    # SQLite declared types: MediaWiki's generator writes its own spellings;
    # the comparison is of affinity first, spelling second.
    ("sqlite", "declared type", r".*", r".*", r".*",
     "same SQLite affinity ({affinity}); the declared type is spelled "
     "differently by MediaWiki's generator and kept as it matters to "
     "nothing but the text"),
]


def judge(d: Diff, abstract: Dict, prefixes: Dict[str, List[str]]) -> None:
    a = abstract.get((d.table, d.column))
    at = abstract_type(a)
    if d.aspect in ("index", "index name") or d.aspect.startswith("index "):
        # An index of MediaWiki's with a prefix length, and ours in its
        # place: same name, the prefixed columns expressions.
        at = "prefix" if is_prefix_index(d, prefixes) else "index"
    for engine, aspect, apat, theirs, ours, reason in RULES:
        if not re.fullmatch(engine, d.engine) or aspect != d.aspect:
            continue
        if not re.fullmatch(apat, at):
            continue
        if not re.fullmatch(theirs, str(d.theirs)) or \
                not re.fullmatch(ours, str(d.ours)):
            continue
        d.verdict = "deliberate"
        d.reason = reason.format(abstract=at, affinity=getattr(d, "affinity", ""))
        return


def is_prefix_index(d: Diff, prefixes: Dict[str, List[str]]) -> bool:
    cols = [str(v[1]) if isinstance(v, tuple) else str(v)
            for v in (d.theirs, d.ours) if v is not None]
    for p in prefixes.get(d.table, []):
        want = p.split(",")
        for c in cols:
            got = c.split(",")
            if len(got) == len(want) and all(
                    g == w or g == "(expression)" for g, w in zip(got, want)):
                return True
    return False


# --- PostgreSQL -----------------------------------------------------------------


def pg_columns(cat: Dict) -> Dict[str, Dict[str, Dict]]:
    return {t: {c["name"]: c for c in cols} for t, cols in cat["tables"].items()}


def pg_defaults(ctx: RunContext, db: str) -> Dict[Tuple[str, str], str]:
    rows = ctx.sql(db, "SELECT c.relname, a.attname, pg_get_expr(d.adbin, "
                   "d.adrelid) FROM pg_attrdef d JOIN pg_class c ON c.oid = "
                   "d.adrelid JOIN pg_attribute a ON a.attrelid = d.adrelid "
                   "AND a.attnum = d.adnum JOIN pg_namespace n ON n.oid = "
                   "c.relnamespace WHERE n.nspname = 'public'")
    out = {}
    for r in rows.splitlines():
        t, c, e = r.split("|", 2)
        out[(t, c)] = normalize_pg_default(e)
    return out


def normalize_pg_default(e: str) -> str:
    """A default without its casts, a bytea literal read as the text it
    holds ('\\x756e' is 'un'): a default written for the other type of a
    column whose type differs says the same."""
    e = re.sub(r"::(\"[^\"]+\"|[a-z_][a-z0-9_ .]*)(\(\d+(,\d+)?\))?", "", e)
    if e.upper() == "NULL":
        return ""
    m = re.fullmatch(r"'\\x([0-9a-f]*)'", e)
    if m:
        try:
            e = "'" + bytes.fromhex(m.group(1)).decode("utf-8").replace(
                "'", "''") + "'"
        except ValueError:
            pass
    return e


def compare_pg(ctx, theirs_db, ours_db) -> List[Diff]:
    a, b = TO.pg_catalog_of(ctx, theirs_db), TO.pg_catalog_of(ctx, ours_db)
    da, db_ = pg_defaults(ctx, theirs_db), pg_defaults(ctx, ours_db)
    diffs = []
    ca, cb = pg_columns(a), pg_columns(b)
    for t in sorted(set(ca) | set(cb)):
        if t not in cb or t not in ca:
            diffs.append(Diff("postgres", t, "", "table",
                              t in ca, t in cb))
            continue
        if list(ca[t]) != list(cb[t]):
            diffs.append(Diff("postgres", t, "", "column order",
                              list(ca[t]), list(cb[t])))
        for c in ca[t]:
            if c not in cb[t]:
                continue
            x, y = ca[t][c], cb[t][c]
            if x["fmt"] != y["fmt"]:
                diffs.append(Diff("postgres", t, c, "type", x["fmt"], y["fmt"]))
            if x["notnull"] != y["notnull"]:
                diffs.append(Diff("postgres", t, c, "not null",
                                  x["notnull"], y["notnull"]))
            auto_a = "serial" if da.get((t, c), "").startswith("nextval(") \
                else "identity" if x["identity"] else ""
            auto_b = "serial" if db_.get((t, c), "").startswith("nextval(") \
                else "identity" if y["identity"] else ""
            if auto_a != auto_b:
                diffs.append(Diff("postgres", t, c, "auto-number",
                                  auto_a, auto_b))
            dx, dy = da.get((t, c), ""), db_.get((t, c), "")
            if dx != dy and not (auto_a and auto_b):
                diffs.append(Diff("postgres", t, c, "default", dx, dy))
        if a["pk"].get(t) != b["pk"].get(t):
            diffs.append(Diff("postgres", t, "", "primary key",
                              a["pk"].get(t), b["pk"].get(t)))
    ia = {(r, u, c) for _, (r, u, c, _) in a["indexes"].items()}
    ib = {(r, u, c) for _, (r, u, c, _) in b["indexes"].items()}
    for r, u, c in sorted(ia ^ ib):
        diffs.append(Diff("postgres", r, "", "index", (u, c) if (r, u, c) in ia
                          else None, (u, c) if (r, u, c) in ib else None))
    na = {n: v for n, v in a["indexes"].items()}
    nb = {n: v for n, v in b["indexes"].items()}
    for n in sorted(set(na) ^ set(nb)):
        table = (na.get(n) or nb.get(n))[0]
        diffs.append(Diff("postgres", table, "", "index name",
                          n if n in na else None, n if n in nb else None))
    return diffs


# --- SQLite ---------------------------------------------------------------------


def affinity(declared: str) -> str:
    """SQLite's affinity rules (datatype3.html, 3.1), independently of
    schemac's tables."""
    d = declared.upper()
    if "INT" in d:
        return "INTEGER"
    if any(s in d for s in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in d or not d:
        return "BLOB"
    if any(s in d for s in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def lite_default(text: Optional[str]) -> str:
    """A default as SQLite reads it: DEFAULT NULL is none, (x) is x, TRUE
    and FALSE are 1 and 0 (SQLite's own aliases)."""
    t = (text or "NULL").strip()
    while t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    return {"NULL": "", "TRUE": "1", "FALSE": "0"}.get(t.upper(), t)


def lite_catalog(sql: str) -> Dict:
    db = sqlite3.connect(":memory:")
    db.executescript(sql)
    return LITE.catalog(db)


def compare_sqlite(theirs_sql: str, ours_sql: str) -> List[Diff]:
    a, b = lite_catalog(theirs_sql), lite_catalog(ours_sql)
    diffs = []
    for k in sorted(set(a) | set(b)):
        kind, name = k.split(" ", 1)
        if k not in a or k not in b:
            d = Diff("sqlite", name if kind == "table" else
                     (a.get(k) or b.get(k)).get("table", name), "",
                     kind, k in a, k in b)
            if kind == "index":
                d.aspect, d.theirs, d.ours = ("index name",
                                              name if k in a else None,
                                              name if k in b else None)
            diffs.append(d)
            continue
        x, y = a[k], b[k]
        if kind == "table":
            cx = {c[0]: c for c in x["columns"]}
            cy = {c[0]: c for c in y["columns"]}
            if list(cx) != list(cy):
                diffs.append(Diff("sqlite", name, "", "column order",
                                  list(cx), list(cy)))
            for c in cx:
                if c not in cy:
                    continue
                # (name, declared type, notnull, default, pk, hidden)
                (_, tx, nx, dfx, px, _), (_, ty, ny, dfy, py, _) = cx[c], cy[c]
                if affinity(tx) != affinity(ty):
                    diffs.append(Diff("sqlite", name, c, "affinity",
                                      affinity(tx), affinity(ty)))
                elif tx.upper() != ty.upper():
                    d = Diff("sqlite", name, c, "declared type", tx, ty)
                    d.affinity = affinity(tx)
                    diffs.append(d)
                if nx != ny:
                    rowid = ty.upper() == "INTEGER" and py and \
                        sum(1 for k in cy.values() if k[4]) == 1
                    diffs.append(Diff("sqlite", name, c, "not null (rowid)"
                                      if rowid else "not null", nx, ny))
                if lite_default(dfx) != lite_default(dfy):
                    diffs.append(Diff("sqlite", name, c, "default", dfx, dfy))
                if px != py:
                    diffs.append(Diff("sqlite", name, c, "primary key", px, py))
            if x["autoincrement"] != y["autoincrement"]:
                diffs.append(Diff("sqlite", name, "", "autoincrement",
                                  x["autoincrement"], y["autoincrement"]))
        elif kind == "index":
            def cols(v):
                return ",".join(c[0] or "(expression)" for c in v["columns"])
            if cols(x) != cols(y):
                diffs.append(Diff("sqlite", x["table"], "", "index",
                                  (name, cols(x)), (name, cols(y))))
            for f in ("table", "unique", "partial"):
                if x[f] != y[f]:
                    diffs.append(Diff("sqlite", x["table"], "",
                                      f"index {name} {f}", x[f], y[f]))
    return diffs


# --- Main -----------------------------------------------------------------------


def compile_to(args, source: str, target: str) -> str:
    cmd = args.schemac + [f"--from={args.source}", f"--target={target}",
                          "--emit=ddl", "--foreign-opaque=skip", source]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"schemac failed ({r.returncode}):\n$ "
                         f"{' '.join(cmd)}\n{r.stderr}")
    warnings = len(re.findall(r": warning: ", r.stderr))
    print(f"{target}: schemac --from={args.source} --target={target}: "
          f"{warnings} warning(s)")
    return r.stdout


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", default="schemac")
    ap.add_argument("--env-file", help="PG* settings (build/servers/pg.env)")
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--source", default="mysql",
                    help="schemac's --from for MediaWiki's MySQL DDL")
    ap.add_argument("--engines", default="postgres,sqlite")
    ap.add_argument("--verbose", action="store_true",
                    help="print the deliberate differences one by one")
    args = ap.parse_args(argv)
    args.schemac = args.schemac.split()
    if args.env_file:
        load_env_file(args.env_file)
    mw = os.path.join(args.corpora, "mediawiki", "maintenance")
    mysql_sql = os.path.join(mw, "tables-generated.sql")
    abstract = abstract_columns(os.path.join(mw, "tables.json"))
    engines = args.engines.split(",")
    diffs: List[Diff] = []
    if "postgres" in engines:
        ours = compile_to(args, mysql_sql, "postgres")
        ns = argparse.Namespace(schemac=args.schemac)
        ctx = RunContext(ns)
        ctx.prefix = f"schemac_mw_{os.getpid()}"
        setup_server(ctx)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "ours.sql")
            with open(path, "w") as f:
                f.write(ours)
            try:
                for side, files in (("theirs", [os.path.join(
                        mw, "postgres", "tables-generated.sql")]),
                        ("ours", [path])):
                    db = f"{ctx.prefix}_{side}"
                    ctx.create_db(db)
                    _, errors = load(ctx, db, files)
                    if errors:
                        print(f"postgres: {side} does not apply:\n{errors}")
                        return 1
                diffs += compare_pg(ctx, f"{ctx.prefix}_theirs",
                                    f"{ctx.prefix}_ours")
            finally:
                ctx.drop_dbs(ctx.prefix)
    if "sqlite" in engines:
        ours = compile_to(args, mysql_sql, "sqlite")
        with open(os.path.join(mw, "sqlite", "tables-generated.sql"),
                  encoding="utf-8") as f:
            theirs = f.read()
        try:
            diffs += compare_sqlite(theirs, ours)
        except sqlite3.Error as e:
            print(f"sqlite: does not apply: {e}")
            return 1
    prefixes = prefix_indexes(os.path.join(mw, "tables.json"))
    for d in diffs:
        judge(d, abstract, prefixes)
    defects = [d for d in diffs if d.verdict == "defect"]
    deliberate = [d for d in diffs if d.verdict == "deliberate"]
    by_reason = defaultdict(list)
    for d in deliberate:
        by_reason[(d.engine, d.aspect, d.reason)].append(d)
    for (engine, aspect, reason), ds in sorted(by_reason.items()):
        pairs = Counter((str(d.theirs), str(d.ours)) for d in ds)
        shown = ", ".join(f"{t} -> {o} ({n})" for (t, o), n in
                          pairs.most_common(4))
        print(f"deliberate: {engine}: {aspect}: {len(ds)} column(s): "
              f"{shown}: {reason}")
        if args.verbose:
            for d in ds:
                print("    " + d.line())
    for d in defects:
        print("defect: " + d.line())
    per_engine = Counter(d.engine for d in diffs)
    print(f"mediawiki-oracle: {len(abstract)} columns in "
          f"{len({t for t, _ in abstract})} tables; differences: "
          + ", ".join(f"{e} {n}" for e, n in sorted(per_engine.items()))
          + f"; {len(deliberate)} deliberate, {len(defects)} defect(s)")
    return 1 if defects else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except HarnessError as e:
        print(f"mediawiki-oracle: {e}", file=sys.stderr)
        sys.exit(2)
