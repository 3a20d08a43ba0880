#!/usr/bin/env python3
"""The MariaDB oracle: every PostgreSQL input of the test suite (the cases of
scripts/pg-oracle.py) and, with --corpora, every PostgreSQL file of the
shared corpora, compiled with `schemac --target=mariadb` and compared across
two real engines.

For each case the input is applied to a fresh PostgreSQL database and
schemac's MariaDB script to a fresh MariaDB database (through the `mariadb`
client, on the server scripts/mariadb-server.sh starts), and the two
catalogs are compared: the same tables with the same columns in order, each
column's type the one docs/Dialects.md says PostgreSQL's type becomes
(computed here from PostgreSQL's format_type(), independently of the
backend's tables; a text column in a key is VARCHAR(255)), the same
nullability, defaults (a default of NULL is none; a serial or identity
column is AUTO_INCREMENT), generated columns and comments, the same primary
keys, unique keys, foreign keys with their actions (NO ACTION is InnoDB's
RESTRICT), the same number of CHECK constraints per table (besides the
JSON_VALID check MariaDB adds to a JSON column), the same indexes (names,
columns, uniqueness) and views with the same column names. One more case
names a column by each key word the server lists: its output loads only if
every word MariaDB reserves is quoted.

A case schemac refuses (exit status 1 with errors saying what MariaDB cannot
express) is counted as refused, with its reasons: that is a clear word, not
a failure. A crash, output MariaDB does not load, or a catalog difference
fails.

  scripts/mariadb-oracle.py --schemac build/bin/schemac \\
      --env-file build/servers/pg.env \\
      --mariadb-env-file build/servers/mariadb.env
      [--corpora ../shared/corpora [--only-corpora]]

Exit status 0 iff no case fails.
"""

import getpass
import os
import re
import subprocess
import sys
from typing import Dict, List, Optional

from pg_catalog import HarnessError, Result, RunContext, load_env_file
import target_oracle
from target_oracle import Case, compare_with_pg, compile_case, key_columns


# --- The MariaDB server ------------------------------------------------------------


def mariadb_cmd(db: Optional[str] = None) -> List[str]:
    cmd = ["mariadb", "--no-defaults", "--batch", "--skip-column-names",
           "--host", os.environ.get("MYSQL_HOST", "127.0.0.1"),
           "--user", os.environ.get("MYSQL_USER", getpass.getuser())]
    if os.environ.get("MYSQL_TCP_PORT"):
        cmd += ["--port", os.environ["MYSQL_TCP_PORT"]]
    return cmd + ([db] if db else [])


def mariadb(query: str, db: Optional[str] = None) -> List[List[str]]:
    """The rows of query, columns split; raises HarnessError."""
    r = subprocess.run(mariadb_cmd(db) + ["-e", query], capture_output=True,
                       text=True, timeout=120)
    if r.returncode != 0:
        raise HarnessError(f"MariaDB query failed: {r.stderr.strip()}")
    return [l.split("\t") for l in r.stdout.splitlines()]


def setup(args) -> None:
    if args.mariadb_env_file:
        load_env_file(args.mariadb_env_file)
    try:
        mariadb("SELECT 1")
    except (HarnessError, OSError) as e:
        raise HarnessError(f"no MariaDB server: {e}")


# --- What PostgreSQL's types become in MariaDB (docs/Dialects.md) ------------------

SIMPLE = {"integer": "int(11)", "smallint": "smallint(6)",
          "bigint": "bigint(20)", "boolean": "tinyint(1)", "real": "float",
          "double precision": "double", "text": "longtext",
          "bytea": "longblob", "date": "date", "money": "decimal(19,2)",
          "interval": "varchar(100)", "uuid": "uuid", "json": "longtext",
          "jsonb": "longtext", "xml": "longtext", "inet": "inet6",
          "cidr": "varchar(43)", "macaddr": "varchar(17)",
          "tsvector": "longtext", "tsquery": "longtext",
          "bit varying": "longtext", "character varying": "longtext"}


def expected_type(col: Dict, in_key: bool) -> Optional[str]:
    """The COLUMN_TYPE MariaDB shows for a PostgreSQL column (pg_catalog_of's
    column), or None if it has no mapping."""
    fmt, typtype = col["fmt"], col["typtype"]
    if col["category"] == "A":
        t = "longtext"
    elif typtype == "e":
        t = "enum(" + ",".join("'" + l.replace("'", "''") + "'"
                               for l in col["labels"]) + ")"
    else:
        m = re.fullmatch(r"([a-z ]+?)(?:\(([^)]*)\))?((?: with(?:out)? time "
                         r"zone)?)", fmt)
        if not m:
            return None
        base, mods, _ = m.groups()
        mods = ",".join(x.strip() for x in mods.split(",")) if mods else ""
        if base == "numeric":
            t = ("decimal(65,30)" if not mods else
                 f"decimal({mods})" if "," in mods else f"decimal({mods},0)")
        elif base == "character":
            t = f"char({mods or 1})"
        elif base == "character varying" and mods and int(mods) <= 16383:
            t = f"varchar({mods})"
        elif base == "bit":
            t = f"bit({mods or 1})"
        elif base in ("time", "timestamp"):
            name = "time" if base == "time" else "datetime"
            t = f"{name}({min(int(mods), 6) if mods else 6})"
        elif base in SIMPLE:
            t = SIMPLE[base]
        else:
            return None
    if in_key and t == "longtext":
        return "varchar(255)"
    if in_key and t == "longblob":
        return "varbinary(255)"
    return t


# --- MariaDB's catalog --------------------------------------------------------------

ACTION_NAMES = {"NO ACTION": "RESTRICT"}


def mariadb_catalog_of(db: str) -> Dict:
    cat = {"tables": {}, "views": {}, "pk": {}, "unique": set(), "fk": set(),
           "indexes": {}, "checks": {}, "comments": {}, "auto": {},
           "sequences": set()}
    where = f"TABLE_SCHEMA = '{db}'"
    kinds = {}
    for t, k, comment in mariadb(
            f"SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM "
            f"information_schema.TABLES WHERE {where}"):
        kinds[t] = k
        if k == "SEQUENCE":
            cat["sequences"].add(t)
        if k == "BASE TABLE" and comment:
            cat["comments"][t] = comment
    for t, _, col, typ, nullable, default, extra, generated, comment in mariadb(
            "SELECT TABLE_NAME, ORDINAL_POSITION, COLUMN_NAME, COLUMN_TYPE, "
            "IS_NULLABLE, COALESCE(COLUMN_DEFAULT, 'NULL'), EXTRA, "
            "IS_GENERATED, COLUMN_COMMENT FROM information_schema.COLUMNS "
            f"WHERE {where} ORDER BY TABLE_NAME, ORDINAL_POSITION"):
        if kinds.get(t) == "SEQUENCE":
            continue
        if kinds.get(t) == "VIEW":
            cat["views"].setdefault(t, []).append(col)
            continue
        cat["tables"].setdefault(t, []).append(
            {"name": col, "type": typ, "notnull": nullable == "NO",
             "default": default != "NULL", "generated": generated == "ALWAYS",
             "comment": comment})
        if "auto_increment" in extra:
            cat["auto"][t] = col
    keys: Dict = {}
    for name, t, col, ref, refcol in mariadb(
            "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, "
            "COALESCE(REFERENCED_TABLE_NAME, ''), "
            "COALESCE(REFERENCED_COLUMN_NAME, '') FROM "
            f"information_schema.KEY_COLUMN_USAGE WHERE {where} ORDER BY "
            "TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"):
        k = keys.setdefault((t, name), [[], ref, []])
        k[0].append(col)
        k[2].append(refcol)
    kinds_of = {(t, n): k for n, t, k in mariadb(
        "SELECT CONSTRAINT_NAME, TABLE_NAME, CONSTRAINT_TYPE FROM "
        f"information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '{db}'")}
    rules = {(t, n): (u, d) for n, t, u, d in mariadb(
        "SELECT CONSTRAINT_NAME, TABLE_NAME, UPDATE_RULE, DELETE_RULE FROM "
        "information_schema.REFERENTIAL_CONSTRAINTS WHERE "
        f"CONSTRAINT_SCHEMA = '{db}'")}
    fk_names = set()
    for (t, name), (cols, ref, refcols) in keys.items():
        kind = kinds_of.get((t, name))
        if kind == "PRIMARY KEY":
            cat["pk"][t] = cols
        elif kind == "UNIQUE":
            cat["unique"].add((t, ",".join(cols)))
        elif kind == "FOREIGN KEY":
            fk_names.add((t, name))
            u, d = rules[(t, name)]
            cat["fk"].add((t, ",".join(cols), ref, ",".join(refcols),
                           ACTION_NAMES.get(u, u), ACTION_NAMES.get(d, d)))
    for t, clause in mariadb(
            "SELECT TABLE_NAME, CHECK_CLAUSE FROM "
            f"information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '{db}'"):
        if not clause.startswith("json_valid("):
            cat["checks"][t] = cat["checks"].get(t, 0) + 1
    indexes: Dict = {}
    for t, name, non_unique, col in mariadb(
            "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM "
            f"information_schema.STATISTICS WHERE {where} ORDER BY "
            "TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX"):
        i = indexes.setdefault(name, [t, non_unique == "0", []])
        i[2].append(col if col != "NULL" else "(expression)")
    for name, (t, unique, cols) in indexes.items():
        # A key's index, and the one InnoDB adds for a foreign key, are not
        # indexes of their own.
        if name == "PRIMARY" or (t, name) in fk_names or \
                kinds_of.get((t, name)) == "UNIQUE":
            if unique and name != "PRIMARY":
                cat["unique_indexes"] = cat.get("unique_indexes", {})
                cat["unique_indexes"][name] = (t, True, ",".join(cols), False)
            continue
        cat["indexes"][name] = (t, unique, ",".join(cols), False)
    return cat


def compare(pg: Dict, my: Dict) -> List[str]:
    diffs = []
    if set(pg["tables"]) != set(my["tables"]):
        diffs.append(f"tables: PostgreSQL {sorted(pg['tables'])}, MariaDB "
                     f"{sorted(my['tables'])}")
    keys = key_columns(pg)
    for t in sorted(set(pg["tables"]) & set(my["tables"])):
        pc, mc = pg["tables"][t], my["tables"][t]
        if [c["name"] for c in pc] != [c["name"] for c in mc]:
            diffs.append(f"{t}: columns {[c['name'] for c in pc]} against "
                         f"{[c['name'] for c in mc]}")
            continue
        auto = my["auto"].get(t)
        for p, m in zip(pc, mc):
            where = f"{t}.{p['name']}"
            want = expected_type(p, (t, p["name"]) in keys)
            if want is None or m["type"].lower() != want:
                diffs.append(f"{where}: type {p['fmt']} written as "
                             f"'{m['type']}', expected '{want}'")
            if p["notnull"] != m["notnull"]:
                diffs.append(f"{where}: NOT NULL {p['notnull']} against "
                             f"{m['notnull']}")
            if p["name"] == auto:
                if not (p["identity"] or p["default"]):
                    diffs.append(f"{where}: AUTO_INCREMENT without a serial "
                                 "or identity column")
            elif (p["default"] or p["identity"]) != m["default"]:
                diffs.append(f"{where}: default {p['default']} against "
                             f"{m['default']}")
            if p["generated"] != m["generated"]:
                diffs.append(f"{where}: generated {p['generated']} against "
                             f"{m['generated']}")
            if p["comment"] != m["comment"]:
                diffs.append(f"{where}: comment {p['comment']!r} against "
                             f"{m['comment']!r}")
    for key in ("pk", "views", "checks", "comments"):
        if pg[key] != my[key]:
            diffs.append(f"{key}: PostgreSQL {pg[key]}, MariaDB {my[key]}")
    # A unique key on exactly the primary key's columns adds nothing.
    for cat in (pg, my):
        cat["unique"] = {(t, cols) for t, cols in cat["unique"]
                         if cols.split(",") != pg["pk"].get(t)}
    # InnoDB's NO ACTION is RESTRICT (checked at once, not at the end of
    # the statement).
    pg["fk"] = {fk[:4] + tuple(ACTION_NAMES.get(a, a) for a in fk[4:])
                for fk in pg["fk"]}
    for key in ("unique", "fk"):
        if pg[key] != my[key]:
            diffs.append(f"{key}: only in PostgreSQL {sorted(pg[key] - my[key])}"
                         f", only in MariaDB {sorted(my[key] - pg[key])}")
    # A sequence numbering an AUTO_INCREMENT column is that column's.
    seqs = {s for s, owner in pg["sequences"].items()
            if owner is None or my["auto"].get(owner[0]) != owner[1]}
    if seqs != my["sequences"]:
        diffs.append(f"sequences: PostgreSQL {sorted(seqs)}, MariaDB "
                     f"{sorted(my['sequences'])}")
    # A unique index of PostgreSQL is a unique key of MariaDB (compared
    # above) that keeps its name; InnoDB adds an index for a foreign key
    # without one.
    fk_cols = {(t, cols) for t, cols, *_ in my["fk"]}
    mine = {n: i for n, i in my["indexes"].items()
            if n in pg["indexes"] or (i[0], i[2]) not in fk_cols}
    for name, idx in my.get("unique_indexes", {}).items():
        if name in pg["indexes"]:
            mine[name] = idx
    if pg["indexes"] != mine:
        diffs.append(f"indexes: PostgreSQL {pg['indexes']}, MariaDB {mine}")
    return diffs


# --- Running a case -----------------------------------------------------------------


def run_one(ctx: RunContext, c: Case, workdir: str, refusals: Dict) -> Result:
    result = Result(c)
    os.makedirs(workdir, exist_ok=True)
    out = os.path.join(workdir, "schemac.mariadb.sql")
    if not compile_case(ctx, c, "mariadb", "MariaDB", out, result, refusals):
        return result
    prefix = ctx.new_db_prefix()
    mdb = prefix + "_maria"
    mariadb(f"CREATE DATABASE `{mdb}`")
    try:
        with open(out, encoding="utf-8") as fh:
            r = subprocess.run(mariadb_cmd(mdb), stdin=fh, capture_output=True,
                               text=True, timeout=300)
        if r.returncode != 0:
            result.status = "ERROR"
            result.reason = f"MariaDB rejects the output: {r.stderr.strip()}"
            result.details = open(out, encoding="utf-8").read()[:4000]
            return result
        my = mariadb_catalog_of(mdb)
    finally:
        mariadb(f"DROP DATABASE IF EXISTS `{mdb}`")
    return compare_with_pg(ctx, c, prefix, result, my, compare)


def keyword_cases(artifacts: str) -> List[Case]:
    """A table with a column named by each key word of the server
    (information_schema.KEYWORDS): the output loads only if every word
    MariaDB reserves is quoted."""
    words = sorted({w.lower() for (w,) in mariadb(
        "SELECT WORD FROM information_schema.KEYWORDS") if w.isidentifier()})
    path = os.path.join(artifacts, "keywords.sql")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("CREATE TABLE key_words (\n" + ",\n".join(
            f'  "{w}" int' for w in words) + "\n);\n")
    return [Case("MariaDB key words as column names", [path])]


def add_arguments(ap) -> None:
    ap.add_argument("--mariadb-env-file", help="source MYSQL_* settings from "
                    "this file (e.g. build/servers/mariadb.env)")


def main(argv: List[str]) -> int:
    return target_oracle.main("mariadb-oracle", __doc__, argv, add_arguments,
                              setup, run_one, keyword_cases)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
