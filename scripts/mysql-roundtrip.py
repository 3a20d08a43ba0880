#!/usr/bin/env python3
"""The MariaDB round-trip oracle: every MySQL input of the test suite
(test/Frontend/mysql/*.sql, except the error tests) and, with --corpora,
every MySQL file of the shared corpora is applied to a fresh MariaDB server
state, compiled with `schemac --from=mariadb --target=mariadb` (the input is
read as MariaDB reads it: MySQL 5.7 and 8.0 version comments are not code), and the output
applied to another fresh state; the two catalogs must be identical.

"Fresh" means: every database this run made dropped, and an empty
database `myrt_<pid>` created and made the client's current one (scripts
that create and USE databases of their own do so on both sides). Databases
that existed before the run, and those of other oracles (schemac_*), are
left alone; runs of this script and mysql-source-oracle.py on one server
take turns (a lock file). The catalog is read from information_schema for
the databases this run made:

  - tables and views (type, engine, collation, comment, row format);
  - each table's columns in order: name, COLUMN_TYPE (with UNSIGNED,
    ZEROFILL, ENUM values), nullability, default, EXTRA (auto_increment,
    on update, VIRTUAL/STORED GENERATED, INVISIBLE), generation expression,
    character set, collation, comment;
  - indexes (STATISTICS: name, uniqueness, type, key columns in order with
    prefix lengths and order, comment), so also the keys;
  - foreign keys (name, columns, referenced table and columns, ON UPDATE
    and ON DELETE rules), CHECK constraints (name, clause);
  - views' definitions, check option and security; triggers (event,
    timing, statement) and routines (type, definition).

A file with errors from schemac fails, unless it fails on MariaDB too (then
it is skipped). Data (INSERT) is not compared.

  scripts/mysql-roundtrip.py --schemac build/bin/schemac
      --mariadb-env-file build/servers/mariadb.env
      [--corpora ../shared/corpora [--only-corpora]] [--filter TEXT]

Exit status 0 iff no file fails.
"""

import argparse
import getpass
import glob
import os
import subprocess
import sys
import tempfile
from typing import Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
SYSTEM = ("information_schema", "mysql", "performance_schema", "sys")
CURRENT = f"myrt_{os.getpid()}"
# Databases that are not this run's: those before it, and other oracles'.
BASELINE: List[str] = []


def load_env_file(path: str) -> None:
    for line in open(path):
        line = line.strip()
        if line.startswith("export "):
            key, _, value = line[len("export "):].partition("=")
            os.environ[key] = value


def client(db: Optional[str] = None) -> List[str]:
    cmd = ["mariadb", "--no-defaults", "--batch", "--skip-column-names",
           "--host", os.environ.get("MYSQL_HOST", "127.0.0.1"),
           "--user", os.environ.get("MYSQL_USER", os.environ.get(
               "SCHEMAC_MARIADB_USER", getpass.getuser()))]
    if os.environ.get("MYSQL_TCP_PORT"):
        cmd += ["--port", os.environ["MYSQL_TCP_PORT"]]
    return cmd + ([db] if db else [])


def query(sql: str) -> List[List[str]]:
    r = subprocess.run(client() + ["-e", sql], capture_output=True,
                       text=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f"MariaDB query failed: {r.stderr.strip()}")
    return [l.split("\t") for l in r.stdout.splitlines()]


def apply_script(path: str) -> Tuple[bool, str]:
    """Runs the script in this run's database as the mariadb client does."""
    with open(path, "rb") as f:
        r = subprocess.run(client(CURRENT), stdin=f, capture_output=True,
                           timeout=600)
    return r.returncode == 0, r.stderr.decode("utf-8", "replace").strip()


def mine() -> List[str]:
    """The databases this run made."""
    return [db for (db,) in query("SHOW DATABASES")
            if db not in BASELINE and not db.startswith("schemac")]


def start() -> None:
    """Takes the server (other runs of the MySQL oracles wait) and records
    the databases that are not this run's."""
    import fcntl
    lock = open(os.path.join(tempfile.gettempdir(), "schemac-mysql-oracle."
                             + os.environ.get("MYSQL_TCP_PORT", "0")
                             + ".lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    start.lock = lock
    # On the private server of scripts/mariadb-server.sh everything but the
    # system databases is a test's leftover (another oracle's Sakila, say):
    # this run's to drop. On any other server the databases there are kept.
    private = bool(os.environ.get("SCHEMAC_MARIADB_DIR"))
    BASELINE[:] = [db for (db,) in query("SHOW DATABASES")
                   if not private or db in SYSTEM]


def fresh(create: bool = True) -> None:
    for db in mine():
        query(f"DROP DATABASE `{db}`")
    if create:
        query(f"CREATE DATABASE `{CURRENT}`")


def catalog() -> Dict[str, List]:
    names = "('" + "','".join(mine() or ["-"]) + "')"
    schemas = "TABLE_SCHEMA IN " + names
    routines = "ROUTINE_SCHEMA IN " + names
    triggers = "TRIGGER_SCHEMA IN " + names
    constraints = "CONSTRAINT_SCHEMA IN " + names
    q = {
        "tables": "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, ENGINE, "
                  "TABLE_COLLATION, TABLE_COMMENT, ROW_FORMAT FROM "
                  f"information_schema.TABLES WHERE {schemas}",
        "columns": "SELECT TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION, "
                   "COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, "
                   "IFNULL(COLUMN_DEFAULT, '<none>'), EXTRA, "
                   "IFNULL(GENERATION_EXPRESSION, ''), "
                   "IFNULL(CHARACTER_SET_NAME, ''), "
                   "IFNULL(COLLATION_NAME, ''), COLUMN_COMMENT FROM "
                   f"information_schema.COLUMNS WHERE {schemas}",
        "indexes": "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, "
                   "INDEX_TYPE, SEQ_IN_INDEX, COLUMN_NAME, "
                   "IFNULL(SUB_PART, ''), IFNULL(COLLATION, ''), "
                   "INDEX_COMMENT, IGNORED FROM "
                   f"information_schema.STATISTICS WHERE {schemas}",
        "foreign keys": "SELECT k.TABLE_SCHEMA, k.TABLE_NAME, "
                        "k.CONSTRAINT_NAME, k.ORDINAL_POSITION, "
                        "k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, "
                        "k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, "
                        "r.UPDATE_RULE, r.DELETE_RULE FROM "
                        "information_schema.KEY_COLUMN_USAGE k JOIN "
                        "information_schema.REFERENTIAL_CONSTRAINTS r ON "
                        "r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND "
                        "r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND "
                        "r.TABLE_NAME = k.TABLE_NAME WHERE k."
                        + schemas.replace("TABLE_SCHEMA", "TABLE_SCHEMA"),
        "checks": "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, "
                  "CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                  f"WHERE {constraints}",
        "views": "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, "
                 "CHECK_OPTION, SECURITY_TYPE, ALGORITHM FROM "
                 f"information_schema.VIEWS WHERE {schemas}",
        "triggers": "SELECT TRIGGER_SCHEMA, TRIGGER_NAME, "
                    "EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING, "
                    "ACTION_STATEMENT FROM information_schema.TRIGGERS "
                    f"WHERE {triggers}",
        "routines": "SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, "
                    "ROUTINE_DEFINITION FROM information_schema.ROUTINES "
                    f"WHERE {routines}",
    }
    return {k: sorted(query(v)) for k, v in q.items()}


def compare(a: Dict[str, List], b: Dict[str, List]) -> List[str]:
    # InnoDB's RESTRICT and NO ACTION are one rule; MariaDB reports a
    # foreign key that ALTER TABLE added with RESTRICT as NO ACTION.
    for cat in (a, b):
        cat["foreign keys"] = sorted(
            [x if x != "NO ACTION" else "RESTRICT" for x in row]
            for row in cat["foreign keys"])
    diffs = []
    for part in a:
        for row in a[part]:
            if row not in b[part]:
                diffs.append(f"{part}: only in the input's catalog: {row}")
        for row in b[part]:
            if row not in a[part]:
                diffs.append(f"{part}: only in schemac's catalog: {row}")
    return diffs


def cases(args) -> List[Tuple[str, str]]:
    found = []
    if not args.only_corpora:
        for p in sorted(glob.glob(os.path.join(args.root, "*.sql"))):
            text = open(p, encoding="utf-8", errors="replace").read()
            # Error tests and inputs MariaDB cannot run are not round trips.
            if "expected-error" in text or "ROUNDTRIP: skip" in text:
                continue
            found.append((os.path.relpath(p, args.root), p))
    if args.corpora:
        c = args.corpora
        for rel in ["chinook/Chinook_MySql.sql",
                    "chinook/Chinook_MySql_AutoIncrementPKs.sql",
                    "sakila/mysql-official/sakila-schema.sql",
                    "sakila/jooq-sakila/mysql-sakila-db/mysql-sakila-schema.sql",
                    "mediawiki/maintenance/tables-generated.sql"]:
            found.append((rel, os.path.join(c, rel)))
    return [x for x in found if args.filter in x[0]]


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--mariadb-env-file")
    ap.add_argument("--root", default=os.path.join(
        HERE, os.pardir, "test", "Frontend", "mysql"))
    ap.add_argument("--corpora")
    ap.add_argument("--only-corpora", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("--from", dest="source", default="mariadb",
                    choices=["mysql", "mariadb"])
    ap.add_argument("--artifacts", default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.mariadb_env_file:
        load_env_file(args.mariadb_env_file)
    try:
        query("SELECT 1")
    except (RuntimeError, OSError) as e:
        print(f"mysql-roundtrip: error: no MariaDB server: {e}",
              file=sys.stderr)
        return 2
    start()
    artifacts = args.artifacts or os.path.join(
        os.environ.get("TMPDIR", "/tmp"), "mysql-roundtrip")
    os.makedirs(artifacts, exist_ok=True)
    same = different = failed = skipped = 0
    for i, (label, path) in enumerate(cases(args)):
        fresh()
        ok, err = apply_script(path)
        if not ok:
            print(f"SKIP {label}: MariaDB rejects the input: "
                  f"{err.splitlines()[-1] if err else ''}")
            skipped += 1
            continue
        before = catalog()
        out = os.path.join(artifacts, f"case{i:03d}.sql")
        r = subprocess.run([args.schemac, f"--from={args.source}",
                            "--target=mariadb", "--emit=ddl", "-w", "-o",
                            out, path], capture_output=True, text=True,
                           timeout=600)
        if r.returncode != 0:
            print(f"FAIL {label}: schemac failed:\n{r.stderr.strip()}")
            failed += 1
            continue
        fresh()
        ok, err = apply_script(out)
        if not ok:
            print(f"FAIL {label}: MariaDB rejects schemac's output ({out}): "
                  f"{err}")
            failed += 1
            continue
        diffs = compare(before, catalog())
        counts = ", ".join(f"{len(v)} {k}" for k, v in before.items() if v)
        if diffs:
            different += 1
            print(f"DIFFERENT {label} ({counts}):")
            for d in diffs[:40]:
                print("  " + d)
        else:
            same += 1
            print(f"SAME {label} ({counts})")
    fresh(create=False)
    print(f"mysql-roundtrip: {same + different + failed + skipped} files, "
          f"{same} identical, {different} different, {failed} failed, "
          f"{skipped} skipped")
    return 1 if different or failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
