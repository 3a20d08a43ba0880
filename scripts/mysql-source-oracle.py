#!/usr/bin/env python3
"""The MySQL-source oracle: every MySQL input of the test suite that
MariaDB runs (test/Frontend/mysql/*.sql) and, with --corpora, the MySQL
corpora, applied to MariaDB (the source engine, through
scripts/mysql-roundtrip.py's client), compiled with `schemac --from=mariadb
--target=postgres|sqlite --foreign-opaque=skip`, and the output applied to a
fresh PostgreSQL database or SQLite file; the two catalogs are compared:

  - the same tables, columns in order;
  - each column's type the one docs/Dialects.md says MySQL's type becomes,
    computed here from MariaDB's COLUMN_TYPE, independently of schemac's
    tables (PostgreSQL: TINYINT(1) boolean, an unsigned integer the next
    wider type, BIGINT UNSIGNED bigint, DECIMAL numeric, FLOAT real, DOUBLE
    double precision, CHAR/VARCHAR with their lengths, TEXT text, BLOB and
    BINARY bytea, DATETIME and TIMESTAMP timestamp, YEAR smallint, ENUM an
    enum type with the same labels, SET a varchar; SQLite: the affinity of
    the declared type);
  - NOT NULL (primary key columns are NOT NULL), whether there is a default
    (DEFAULT NULL is none), AUTO_INCREMENT as identity (PostgreSQL) or an
    INTEGER PRIMARY KEY (SQLite), generated columns;
  - primary keys, unique keys, foreign keys with their actions, the other
    indexes by table, columns and uniqueness (MySQL's index names are a
    table's own: a name another table has is not kept), view names.

Triggers, routines and data are left out (--foreign-opaque=skip). A refusal
(errors naming what the target cannot express) is counted with its
reasons; output the target rejects or a catalog difference fails.

  scripts/mysql-source-oracle.py --schemac build/bin/schemac
      --env-file build/servers/pg.env --mariadb-env-file
      build/servers/mariadb.env [--target postgres|sqlite]
      [--corpora ../shared/corpora [--only-corpora]]

Exit status 0 iff no case differs or fails.
"""

import argparse
import functools
import glob
import importlib.util
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from typing import Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


@functools.lru_cache(maxsize=None)
def script(name: str):
    """Another script of this folder, as a module (loaded once)."""
    spec = importlib.util.spec_from_file_location(
        name.replace("-", "_"), os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RT = script("mysql-roundtrip")


# --- The source: MariaDB's catalog -------------------------------------------------

def mariadb_catalog() -> Dict:
    cat = RT.catalog()
    tables: Dict[str, List[Dict]] = {}
    views = sorted(r[1] for r in cat["views"])
    for (_, t, _, col, ctype, nullable, default, extra, gen, _, _,
         _) in sorted(cat["columns"], key=lambda r: (r[1], int(r[2]))):
        if t in views:
            continue
        tables.setdefault(t, []).append(
            {"name": col, "type": ctype, "notnull": nullable == "NO",
             "default": default not in ("<none>", "NULL") and not gen,
             "auto": "auto_increment" in extra, "generated": bool(gen)})
    pk: Dict[str, List[str]] = {}
    unique, indexes = set(), set()
    by_index: Dict[Tuple[str, str], List] = {}
    for (_, t, name, non_unique, itype, seq, col, sub_part, _, _,
         _) in cat["indexes"]:
        # A key part with a prefix length is the expression substr(col, 1,
        # n) on the other engines.
        by_index.setdefault((t, name), []).append(
            (int(seq), "(expression)" if sub_part else col, non_unique,
             itype))
    fk = set()
    fk_names = set()
    rows: Dict[Tuple[str, str], List] = {}
    for (_, t, name, pos, col, _, ref, refcol, upd,
         dele) in cat["foreign keys"]:
        rows.setdefault((t, name), []).append((int(pos), col, ref, refcol,
                                               upd, dele))
    for (t, name), parts in rows.items():
        parts.sort()
        fk.add((t, ",".join(p[1] for p in parts), parts[0][2],
                ",".join(p[3] for p in parts), parts[0][4], parts[0][5]))
        fk_names.add((t, name))
    for (t, name), parts in by_index.items():
        parts.sort()
        cols = ",".join(p[1] for p in parts)
        if name == "PRIMARY":
            pk[t] = cols.split(",")
        elif parts[0][2] == "0":
            unique.add((t, cols))
        elif (t, name) not in fk_names:
            # MySQL's index for a foreign key is the engine's, not the
            # script's.
            indexes.add((t, cols))
    return {"tables": tables, "views": views, "pk": pk, "unique": unique,
            "fk": fk, "indexes": indexes}


# --- What MySQL's types become ------------------------------------------------------

def expected_pg_type(mysql_type: str) -> Tuple[str, ...]:
    """The format_type() of PostgreSQL types a MySQL column type may become
    (several where MariaDB's catalog does not say what was written: its
    JSON is LONGTEXT)."""
    t = mysql_type.lower()
    unsigned = " unsigned" in t
    base = re.sub(r" (unsigned|signed|zerofill)", "", t).strip()
    m = re.match(r"([a-z ]+?)(?:\((.*)\))?$", base)
    name, args = m.group(1).strip(), m.group(2)
    if name == "tinyint" and args == "1" and not unsigned:
        return ("boolean",)
    ints = {"tinyint": 0, "smallint": 0, "mediumint": 1, "int": 1,
            "integer": 1, "bigint": 2}
    if name in ints:
        # MEDIUMINT UNSIGNED (to 16777215) fits PostgreSQL's integer.
        width = ints[name] + (1 if unsigned and name not in (
            "bigint", "mediumint") else 0)
        if name == "tinyint" and unsigned:
            width = 0
        return (["smallint", "integer", "bigint"][width],)
    if name in ("decimal", "numeric"):
        return (f"numeric({args.replace(' ', '')})",) if args else (
            "numeric",)
    if name == "float":
        return ("real",)
    if name in ("double", "real"):
        return ("double precision",)
    if name == "char":
        return (f"character({args or 1})",)
    if name == "varchar":
        return (f"character varying({args})",)
    if name in ("tinytext", "text", "mediumtext"):
        return ("text",)
    if name == "longtext":
        return ("text", "json")
    if name in ("tinyblob", "blob", "mediumblob", "longblob", "binary",
                "varbinary", "geometry", "point", "linestring", "polygon"):
        return ("bytea",)
    if name == "date":
        return ("date",)
    if name in ("datetime", "timestamp"):
        return (f"timestamp({args}) without time zone",) if args else (
            "timestamp without time zone", "timestamp(0) without time zone")
    if name == "time":
        return (f"time({args}) without time zone",) if args else (
            "time without time zone", "time(0) without time zone")
    if name == "year":
        return ("smallint",)
    if name == "bit":
        return (f"bit({args or 1})",)
    if name == "set":
        # Every member, comma-separated, at the most.
        labels = re.findall(r"'((?:[^']|'')*)'", args or "")
        longest = sum(len(x.replace("''", "'")) for x in labels) + max(
            len(labels) - 1, 0)
        return (f"character varying({longest})", "character varying")
    if name in ("enum", "set", "uuid", "json", "inet6", "inet4"):
        return ({"enum": "enum", "set": "character varying", "uuid": "uuid",
                 "json": "json", "inet6": "inet", "inet4": "inet"}[name],)
    return (t,)


def affinity(declared: str) -> str:
    """SQLite's affinity of a declared type (its rules, in order)."""
    d = declared.upper()
    if "INT" in d:
        return "INTEGER"
    if any(x in d for x in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in d or not d:
        return "BLOB"
    if any(x in d for x in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def expected_affinity(mysql_type: str) -> Tuple[str, ...]:
    pg = expected_pg_type(mysql_type)[0]
    if pg in ("smallint", "integer", "bigint"):
        return ("INTEGER",)
    if pg in ("real", "double precision"):
        return ("REAL",)
    if pg.startswith(("character", "text", "json", "enum", "uuid", "inet")):
        return ("TEXT",)
    if pg == "bytea":
        return ("BLOB",)
    return ("NUMERIC", "INTEGER", "TEXT")


# --- The targets --------------------------------------------------------------------

def pg_catalog(ctx, db: str) -> Dict:
    TO = script("target_oracle")
    cat = TO.pg_catalog_of(ctx, db)
    tables = {}
    for t, cols in cat["tables"].items():
        tables[t] = [{"name": c["name"], "type": "enum" if c["typtype"] == "e"
                      else c["fmt"], "notnull": c["notnull"],
                      "default": c["default"], "auto": c["identity"],
                      "generated": c["generated"]} for c in cat["tables"][t]]
    indexes = {(rel, cols) for _, (rel, unique, cols, partial)
               in cat["indexes"].items() if not unique}
    # A unique key with a prefix (an expression) is a unique index too.
    unique = cat["unique"] | {(rel, cols) for _, (rel, u, cols, partial)
                              in cat["indexes"].items() if u and not partial}
    return {"tables": tables, "views": sorted(cat["views"]), "pk": cat["pk"],
            "unique": unique, "fk": cat["fk"], "indexes": indexes}


def sqlite_catalog(path: str) -> Dict:
    db = sqlite3.connect(path)
    cat = {"tables": {}, "views": [], "pk": {}, "unique": set(), "fk": set(),
           "indexes": set()}
    objs = db.execute("SELECT type, name, sql FROM sqlite_schema WHERE name "
                      "NOT LIKE 'sqlite_%'").fetchall()
    for kind, name, sql in objs:
        if kind == "view":
            cat["views"].append(name)
        if kind != "table":
            continue
        cols = db.execute(f'PRAGMA table_info("{name}")').fetchall()
        pk = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]]
        if pk:
            cat["pk"][name] = pk
        auto = "AUTOINCREMENT" in (sql or "").upper()
        cat["tables"][name] = [
            {"name": c[1], "type": affinity(c[2]), "notnull": bool(c[3]),
             "default": c[4] is not None and c[4].upper() != "NULL",
             "auto": auto and c[5] == 1 and len(pk) == 1,
             "generated": False} for c in cols]
        for (_, _, ref, frm, to, upd, dele, _) in db.execute(
                f'PRAGMA foreign_key_list("{name}")').fetchall():
            cat["fk"].add((name, frm, ref, to, upd, dele))
        for (_, iname, unique, origin, _) in db.execute(
                f'PRAGMA index_list("{name}")').fetchall():
            icols = ",".join(r[2] or "(expression)" for r in db.execute(
                f'PRAGMA index_info("{iname}")').fetchall())
            if origin == "pk":
                continue
            if unique:
                cat["unique"].add((name, icols))
            else:
                cat["indexes"].add((name, icols))
    # Composite foreign keys: one row per column in PRAGMA.
    return cat


# --- Comparing ----------------------------------------------------------------------

def compare(target: str, out: Dict, src: Dict) -> List[str]:
    diffs = []
    if set(out["tables"]) != set(src["tables"]):
        diffs.append(f"tables: {target} {sorted(out['tables'])}, MariaDB "
                     f"{sorted(src['tables'])}")
    for t in sorted(set(out["tables"]) & set(src["tables"])):
        oc, sc = out["tables"][t], src["tables"][t]
        if [c["name"] for c in oc] != [c["name"] for c in sc]:
            diffs.append(f"{t}: columns {[c['name'] for c in oc]} against "
                         f"{[c['name'] for c in sc]}")
            continue
        pk = src["pk"].get(t, [])
        for o, s in zip(oc, sc):
            where = f"{t}.{o['name']}"
            want = (expected_pg_type(s["type"]) if target == "postgres"
                    else expected_affinity(s["type"]))
            if o["type"] not in want:
                diffs.append(f"{where}: MySQL '{s['type']}' written as "
                             f"{o['type']}, expected {' or '.join(want)}")
            if o["notnull"] != (s["notnull"] or o["name"] in pk) and not (
                    target == "sqlite" and o["name"] in pk):
                diffs.append(f"{where}: NOT NULL {o['notnull']} against "
                             f"{s['notnull']}")
            if o["default"] != s["default"] and not o["auto"] and \
                    not s["generated"]:
                diffs.append(f"{where}: default {o['default']} against "
                             f"{s['default']}")
            if o["auto"] != s["auto"]:
                diffs.append(f"{where}: identity {o['auto']} against "
                             f"AUTO_INCREMENT {s['auto']}")
            if target == "postgres" and o["generated"] != s["generated"]:
                diffs.append(f"{where}: generated {o['generated']} against "
                             f"{s['generated']}")
    if out["pk"] != src["pk"]:
        diffs.append(f"primary keys: {target} {out['pk']}, MariaDB {src['pk']}")
    # A unique key on the primary key's columns is the primary key's index.
    ounique = {(t, c) for t, c in out["unique"]
               if c.split(",") != out["pk"].get(t)}
    # InnoDB's RESTRICT and NO ACTION are one rule (checked at once), which
    # MySQL gives a key without a rule; PostgreSQL's NO ACTION is its
    # default.
    same = lambda fks: {tuple("RESTRICT" if x == "NO ACTION" else x
                              for x in k) for k in fks}
    sfk = same(src["fk"])
    ofk = same(out["fk"])
    if target == "sqlite":
        # PRAGMA lists a composite key per column.
        sfk = {(t, c, r, rc, u, d) for (t, cs, r, rcs, u, d) in sfk
               for c, rc in zip(cs.split(","), rcs.split(","))}
    for key, a, b in (("unique", ounique, src["unique"]), ("fk", ofk, sfk),
                      ("indexes", out["indexes"], src["indexes"])):
        if a != b:
            diffs.append(f"{key}: only in {target} {sorted(a - b)}, only in "
                         f"MariaDB {sorted(b - a)}")
    if sorted(out["views"]) != sorted(src["views"]):
        diffs.append(f"views: {target} {out['views']}, MariaDB {src['views']}")
    return diffs


def refusals_of(stderr: str) -> List[str]:
    return [re.sub(r"^.*error: ", "", l) for l in stderr.splitlines()
            if ": error: " in l]


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--env-file", help="PostgreSQL's PG* settings")
    ap.add_argument("--mariadb-env-file")
    ap.add_argument("--target", default="postgres",
                    choices=["postgres", "sqlite"])
    ap.add_argument("--root", default=os.path.join(
        HERE, os.pardir, "test", "Frontend", "mysql"))
    ap.add_argument("--corpora")
    ap.add_argument("--only-corpora", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("--artifacts")
    args = ap.parse_args(argv)
    if args.mariadb_env_file:
        RT.load_env_file(args.mariadb_env_file)
    ctx = None
    if args.target == "postgres":
        PC = script("pg_catalog")
        if args.env_file:
            PC.load_env_file(args.env_file)
        ns = argparse.Namespace(schemac=args.schemac, artifacts=None, jobs=1,
                                timeout=120, env_file=args.env_file)
        try:
            ctx, _ = PC.open_run(ns, "schemac_mysqlsrc")
        except PC.HarnessError as e:
            print(f"mysql-source-oracle: error: {e}", file=sys.stderr)
            return 2
    try:
        RT.query("SELECT 1")
    except (RuntimeError, OSError) as e:
        print(f"mysql-source-oracle: error: no MariaDB server: {e}",
              file=sys.stderr)
        return 2
    RT.start()
    artifacts = args.artifacts or tempfile.mkdtemp(prefix="mysql-source.")
    os.makedirs(artifacts, exist_ok=True)
    compared = same = different = refused = errors = 0
    reasons: Dict[str, int] = {}
    for i, (label, path) in enumerate(RT.cases(args)):
        RT.fresh()
        ok, err = RT.apply_script(path)
        if not ok:
            print(f"SKIP {label}: MariaDB rejects the input")
            continue
        src = mariadb_catalog()
        out = os.path.join(artifacts, f"case{i:03d}.{args.target}.sql")
        r = subprocess.run([args.schemac, "--from=mariadb",
                            f"--target={args.target}", "--foreign-opaque=skip",
                            "-o", out, path], capture_output=True,
                           text=True, timeout=600)
        # Views kept as MariaDB text (what the IR does not model) are left
        # out of the output, each with a warning naming it.
        skipped = set(re.findall(
            r"warning: (?:create )?view '([^']+)' is written in '(?:mysql|mariadb)'; it "
            r"is not in the ", r.stderr))
        src["views"] = [v for v in src["views"] if v not in skipped]
        if r.returncode == 1 and refusals_of(r.stderr):
            refused += 1
            for x in set(refusals_of(r.stderr)):
                reasons[x] = reasons.get(x, 0) + 1
            print(f"REFUSED {label}: {refusals_of(r.stderr)[0]}")
            continue
        if r.returncode != 0:
            errors += 1
            print(f"ERROR {label}: schemac exit status {r.returncode}\n"
                  f"{r.stderr}")
            continue
        if args.target == "postgres":
            prefix = ctx.new_db_prefix()
            db = prefix + "_out"
            ctx.create_db(db)
            try:
                _, errs = script("pg_catalog").load(ctx, db, [out])
                tgt = None if errs else pg_catalog(ctx, db)
            finally:
                ctx.drop_dbs(prefix)
        else:
            dbfile = os.path.join(artifacts, f"case{i:03d}.db")
            if os.path.exists(dbfile):
                os.remove(dbfile)
            try:
                sqlite3.connect(dbfile).executescript(
                    open(out, encoding="utf-8").read())
                errs, tgt = "", sqlite_catalog(dbfile)
            except sqlite3.Error as e:
                errs, tgt = str(e), None
        if errs:
            errors += 1
            print(f"ERROR {label}: {args.target} rejects the output ({out}): "
                  f"{errs}")
            continue
        compared += 1
        diffs = compare(args.target, tgt, src)
        if diffs:
            different += 1
            print(f"DIFFERENT {label}:")
            for d in diffs[:30]:
                print("  " + d)
        else:
            same += 1
            print(f"SAME {label} ({len(src['tables'])} tables)")
    RT.fresh(create=False)
    name = f"mysql-source-oracle ({args.target})"
    print(f"{name}: {compared + refused + errors} cases, {compared} compared "
          f"on both engines, {same} identical, {different} different, "
          f"{refused} refused by schemac, {errors} errors")
    for reason, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0])):
        print(f"refused: {n} {reason}")
    if ctx:
        script("pg_catalog").close_run(ctx, artifacts)
    return 1 if different or errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
