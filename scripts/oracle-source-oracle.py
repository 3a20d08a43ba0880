#!/usr/bin/env python3
"""Oracle as a source, checked on real engines: every Oracle input of the
test suite (test/Frontend/oracle/*.sql but the error cases) and, with
--corpora, every Oracle corpus chain of scripts/oracle-corpora.py is
compiled with `schemac --from=oracle --target=T --foreign-opaque=skip` for
T in postgres, sqlite and mariadb, and the output applied to a fresh
database of that engine (PL/SQL, object types, grants and data are Oracle
text, left out with a warning each). There is no Oracle engine here, so the
module schemac read from the Oracle input is the reference: PostgreSQL's
and SQLite's databases are read back with schemac's live introspection
(`--from=postgresql://...`, `--from=sqlite:FILE`) and compared with it:

  - tables, and each table's columns in order with their neutral types
    (PostgreSQL: kind and modifiers, timestamp precision 6 being the
    default; SQLite: the kind its affinity rules give back), NOT NULL (a
    primary key column is NOT NULL), identity;
  - primary keys, unique keys, foreign keys (columns, referenced table and
    columns, ON DELETE), indexes (columns, uniqueness), the number of CHECK
    constraints of each table, views and sequences by name.

MariaDB (no introspection frontend yet) must apply the output cleanly.
A refusal (an error naming what the target cannot hold) is counted with its
reason; a crash, an engine error or a difference fails:

  scripts/oracle-source-oracle.py --schemac build/bin/schemac
      --env-file build/servers/pg.env [--mariadb-env build/servers/mariadb.env]
      [--corpora ../shared/corpora [--only-corpora]] [--target T] [-v]

Prints per target: `<target>: N cases, C compared, I identical, D
different, R refused, E errors`. Exit status 0 iff no case differs or errs.
"""

import argparse
import glob
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

from oracle_chains import GROUPS, paths

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, os.pardir))
TARGETS = ["postgres", "sqlite", "mariadb"]


def load_env(path):
    env = {}
    for line in open(path):
        m = re.match(r"export (\w+)=(.*)", line.strip())
        if m:
            env[m.group(1)] = m.group(2)
    return env


def cases(args):
    out = []
    if not args.only_corpora:
        for f in sorted(glob.glob(os.path.join(ROOT, "test/Frontend/oracle/*.sql"))):
            if "RUN: not " in open(f).read():
                continue
            out.append((os.path.relpath(f, ROOT), [f]))
    if args.corpora:
        for name, files in GROUPS:
            out.append(("corpus " + name, paths(args.corpora, files)))
    return out


def run(cmd, env=None, stdin=None):
    p = subprocess.run(cmd, capture_output=True, text=True, env=env,
                       stdin=stdin)
    return p.returncode, p.stdout, p.stderr


# --- The comparison ------------------------------------------------------------

def norm_type(t, target):
    kind = t.get("kind", "unknown")
    mods = list(t.get("modifiers", []))
    if target == "sqlite":
        # SQLite keeps declared types as text; its introspection reads them
        # by affinity: integers are bigint, numbers numeric.
        return {"smallint": "int", "integer": "int", "bigint": "int",
                "boolean": "int"}.get(kind, kind)
    if kind in ("timestamp", "timestamptz", "time", "timetz") and mods == ["6"]:
        mods = []
    return kind + ("(" + ",".join(mods) + ")" if mods else "")


def projection(module, target):
    """What the comparison looks at, by object name."""
    tables, views, seqs = {}, set(), set()
    objs = module.get("objects", [])
    for o in objs:
        name = o.get("name", {}).get("name", "")
        if o["kind"] == "view":
            views.add(name)
        elif o["kind"] == "sequence":
            seqs.add(name)
    for o in objs:
        # Temporary tables are the session's: not in another's catalog.
        if o["kind"] != "table" or o.get("persistence") == "temporary":
            continue
        name = o["name"]["name"]
        pk = next((c["columns"] for c in o.get("constraints", [])
                   if c["kind"] == "primary_key"), [])
        cols = []
        for c in o.get("columns", []):
            cols.append((c["name"], norm_type(c.get("type", {}), target),
                         bool(c.get("not_null")) or c["name"] in pk,
                         "identity" in c))
        uniques, fks, checks = set(), set(), 0
        for c in o.get("constraints", []):
            if c["kind"] == "unique":
                uniques.add(tuple(c["columns"]))
            elif c["kind"] == "foreign_key":
                ref = c["ref_table"]["name"]
                fks.add((tuple(c["columns"]), ref,
                         tuple(c.get("ref_columns", [])),
                         c.get("on_delete", "")))
            elif c["kind"] == "check":
                checks += 1
        tables[name] = {"columns": cols, "pk": tuple(pk), "unique": uniques,
                        "fk": fks, "checks": checks, "indexes": set()}
    for o in objs:
        if o["kind"] == "index":
            t = o["table"]["name"]
            if t in tables:
                cols = tuple(e.get("column", "(expr)")
                             for e in o.get("elements", []))
                if o.get("unique"):
                    tables[t]["unique"].add(cols)
                else:
                    tables[t]["indexes"].add(cols)
    return {"tables": tables, "views": views, "sequences": seqs}


def resolve_fk_columns(proj):
    """A foreign key without referenced columns references the primary key;
    NO ACTION and RESTRICT are the engines' default."""
    for t in proj["tables"].values():
        fks = set()
        for cols, ref, refcols, ondel in t["fk"]:
            if not refcols and ref in proj["tables"]:
                refcols = proj["tables"][ref]["pk"]
            if ondel in ("no_action", "restrict"):
                ondel = ""
            fks.add((cols, ref, tuple(refcols), ondel))
        t["fk"] = fks


def differences(want, got, target):
    resolve_fk_columns(want)
    resolve_fk_columns(got)
    diffs = []
    if target == "sqlite":
        # SQLite has no sequences; an identity column is its rowid.
        want["sequences"], got["sequences"] = set(), set()
    for key in ("views", "sequences"):
        if want[key] != got[key]:
            diffs.append(f"{key}: want {sorted(want[key] - got[key])} "
                         f"extra {sorted(got[key] - want[key])}")
    for name in sorted(set(want["tables"]) | set(got["tables"])):
        w, g = want["tables"].get(name), got["tables"].get(name)
        if not w or not g:
            diffs.append(f"table {name}: {'missing' if w else 'extra'}")
            continue
        for field in ("columns", "pk", "unique", "fk", "indexes", "checks"):
            a, b = w[field], g[field]
            if target == "sqlite" and field == "columns":
                # SQLite's identity is the rowid (AUTOINCREMENT).
                a = [c[:3] for c in a]
                b = [c[:3] for c in b]
            if a != b:
                diffs.append(f"table {name} {field}: want {a} got {b}")
    return diffs


# --- One case on one target ----------------------------------------------------

def check(args, files, target, pg_env, my_env, tmp):
    out = os.path.join(tmp, target + ".sql")
    rc, _, err = run([args.schemac, "--from=oracle", "--target=" + target,
                      "--foreign-opaque=skip", "-w", "-o", out] + files)
    if rc:
        m = re.search(r"error: (.*)", err)
        return "refused", m.group(1) if m else err[-300:]
    rc, want_json, err = run([args.schemac, "--from=oracle", "--emit=json",
                              "-w"] + files)
    want = projection(json.loads(want_json), target)
    if target == "postgres":
        db = f"oracle_src_{os.getpid()}"  # runs at once do not share one
        env = dict(os.environ, **pg_env)
        run(["psql", "-q", "-d", "postgres", "-c",
             f"DROP DATABASE IF EXISTS {db}"], env)
        run(["psql", "-q", "-d", "postgres", "-c", f"CREATE DATABASE {db}"],
            env)
        rc, _, err = run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", db,
                          "-f", out], env)
        if rc:
            return "error", "PostgreSQL: " + err.strip()[:300]
        url = (f"postgresql://{pg_env.get('PGUSER', 'postgres')}@"
               f"{pg_env.get('PGHOST', '127.0.0.1')}:{pg_env['PGPORT']}/{db}")
    elif target == "sqlite":
        path = os.path.join(tmp, "db.sqlite")
        con = sqlite3.connect(path)
        try:
            con.executescript(open(out).read())
        except sqlite3.Error as e:
            return "error", "SQLite: " + str(e)
        con.close()
        url = "sqlite:" + path
    else:
        env = dict(os.environ, **my_env)
        user = my_env.get("SCHEMAC_MARIADB_USER", "root")
        base = ["mariadb", "-u", user]
        db = f"oracle_src_{os.getpid()}"
        run(base + ["-e", f"DROP DATABASE IF EXISTS {db}; "
                          f"CREATE DATABASE {db}"], env)
        with open(out) as f:
            rc, _, err = run(base + [db], env, stdin=f)
        run(base + ["-e", f"DROP DATABASE IF EXISTS {db}"], env)
        if rc:
            return "error", "MariaDB: " + err.strip()[:300]
        return "applied", ""
    rc, got_json, err = run([args.schemac, "--from=" + url, "--emit=json",
                             "-w"])
    if target == "postgres":
        run(["psql", "-q", "-d", "postgres", "-c",
             f"DROP DATABASE IF EXISTS {db}"], env)
    if rc:
        return "error", "introspection: " + err[-300:]
    diffs = differences(want, projection(json.loads(got_json), target),
                        target)
    if diffs:
        return "different", "\n  ".join(diffs[:8])
    return "identical", ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--env-file")
    ap.add_argument("--mariadb-env", "--mariadb-env-file", dest="mariadb_env")
    ap.add_argument("--corpora")
    ap.add_argument("--only-corpora", action="store_true")
    ap.add_argument("--target", action="append")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    # The servers: from the files, else from the environment the test
    # runner exported (scripts/pg-server.sh, scripts/mariadb-server.sh).
    pg_env = load_env(args.env_file) if args.env_file else {
        k: v for k, v in os.environ.items() if k.startswith("PG")}
    if "PGPORT" not in pg_env:
        pg_env = {}
    my_env = load_env(args.mariadb_env) if args.mariadb_env else {
        k: v for k, v in os.environ.items()
        if k.startswith("MYSQL_") or k.startswith("SCHEMAC_MARIADB")}
    if "MYSQL_TCP_PORT" not in my_env:
        my_env = {}
    targets = args.target or [t for t in TARGETS
                              if t == "sqlite" or (t == "postgres" and pg_env)
                              or (t == "mariadb" and my_env)]
    bad = 0
    for target in targets:
        counts = {k: 0 for k in ("identical", "applied", "different",
                                 "refused", "error")}
        reasons = {}
        for name, files in cases(args):
            with tempfile.TemporaryDirectory() as tmp:
                status, detail = check(args, files, target, pg_env, my_env,
                                       tmp)
            counts[status] += 1
            if status in ("different", "error"):
                print(f"{target} {status.upper()} {name}:\n  {detail}")
            elif status == "refused":
                reasons[detail] = reasons.get(detail, 0) + 1
                if args.verbose:
                    print(f"{target} refused {name}: {detail}")
        n = sum(counts.values())
        compared = counts["identical"] + counts["different"]
        line = (f"{target}: {n} cases, {compared} compared, "
                f"{counts['identical']} identical, {counts['different']} "
                f"different, {counts['refused']} refused, {counts['error']} "
                f"errors")
        if target == "mariadb":
            line = (f"{target}: {n} cases, {counts['applied']} applied, "
                    f"{counts['refused']} refused, {counts['error']} errors")
        print(line)
        bad += counts["different"] + counts["error"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
