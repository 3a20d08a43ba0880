#!/usr/bin/env python3
"""SQL Server as a source, checked on real engines.

There is no SQL Server here, so the source side is schemac's own reading of
the SQL Server files; what is checked is that what schemac writes for each
target engine applies cleanly there and that the engine's catalog, read
back by schemac's introspection (`--from=postgresql://...`,
`--from=sqlite:path`), holds the IR schemac emitted (the emitted DDL read by
the target's own frontend):

  - the same tables and views; per table its columns in order, each with
    its type (textual IR type) and nullability; its primary key, unique
    keys, checks and foreign keys (kind and columns); its indexes (name,
    table, uniqueness and columns).

For MariaDB (no MySQL frontend or introspection in schemac yet) the output
must apply cleanly and information_schema must list the same tables with
the same columns, in order.

Units: each SQL Server corpus file (Chinook, jOOQ Sakila, AdventureWorks)
and each WideWorldImporters SSDT project (its files in SSDT's order,
scripts/ssdt-order.py), compiled with --foreign-opaque=skip (procedures,
triggers, data and settings are SQL Server text the targets cannot run).

  scripts/sqlserver-source-oracle.py --schemac build/bin/schemac \\
      --corpora ../shared/corpora --target postgres|sqlite|mariadb \\
      [--env-file build/servers/pg.env] [--mariadb-env-file ...]

Prints one line per unit, then
  "sqlserver-><target>: N units, C compared on both engines, I identical,
   D different, R refused by schemac, E errors"
Exit status 0 iff nothing differs and nothing errs.
"""
import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))


def read_env(path):
    env = {}
    if path and os.path.exists(path):
        for line in open(path):
            m = re.match(r"export (\w+)=(.*)", line.strip())
            if m:
                env[m.group(1)] = m.group(2)
    return env


def units(corpora):
    out = []
    for rel in ["chinook/Chinook_SqlServer.sql",
                "chinook/Chinook_SqlServer_AutoIncrementPKs.sql",
                "sakila/jooq-sakila/sql-server-sakila-db/sql-server-sakila-schema.sql",
                "sqlserver-samples/adventure-works/oltp-install-script/instawdb.sql",
                "sqlserver-samples/adventure-works/data-warehouse-install-script/instawdbdw.sql"]:
        p = os.path.join(corpora, rel)
        if os.path.exists(p):
            out.append((os.path.basename(p), [p]))
    for proj in ["wwi-ssdt/wwi-ssdt", "wwi-dw-ssdt/wwi-dw-ssdt"]:
        d = os.path.join(corpora, "sqlserver-samples/wide-world-importers", proj)
        if os.path.isdir(d):
            r = subprocess.run([sys.executable, os.path.join(HERE, "ssdt-order.py"),
                                d, "-0"], capture_output=True, text=True)
            files = [f for f in r.stdout.split("\0") if f]
            out.append((os.path.basename(d), files))
    return out


def project(ir):
    """The parts of textual IR the catalog must hold, per object."""
    objs = {}
    cur = None
    for line in ir.splitlines():
        m = re.match(r"(table|view|index) (\S+)(.*)", line)
        if m:
            kind, name, rest = m.groups()
            name = name.split(".")[-1].lower()
            if kind == "index":
                im = re.match(r" on (\S+) \[([^\]]*)\]", rest)
                uniq = " unique" in rest.split(" on ")[0]
                objs[("index", name)] = [
                    (im.group(1).split(".")[-1].lower() if im else "",
                     re.sub(r" (asc|desc)", "", im.group(2)).lower() if im else "",
                     uniq)]
                cur = None
            else:
                cur = objs.setdefault((kind, name), [])
            continue
        if cur is None:
            continue
        m = re.match(r"  column (\S+) : (\S+)(.*)", line)
        if m:
            col, ty, rest = m.groups()
            nn = " not_null" in rest or " identity" in rest
            cur.append(("column", col.lower(), ty.lower(), nn))
            continue
        m = re.match(r"  constraint (?:\S+ )?(primary_key|unique|foreign_key) \[([^\]]*)\]", line)
        if m:
            cur.append((m.group(1), m.group(2).lower()))
        elif re.match(r"  constraint (?:\S+ )?check ", line):
            cur.append(("check",))
        if line == "}":
            cur = None
    for k in objs:
        if k[0] == "table":
            # A primary key's columns are NOT NULL, written or not.
            pk = {c for x in objs[k] if x[0] == "primary_key"
                  for c in x[1].split(", ")}
            objs[k] = [("column", x[1], x[2], x[3] or x[1] in pk)
                       if x[0] == "column" else x for x in objs[k]]
            cols = [x for x in objs[k] if x[0] == "column"]
            rest = sorted(x for x in objs[k] if x[0] != "column")
            objs[k] = cols + rest
    return objs


def schemac(args, cmd, **kw):
    return subprocess.run([args.schemac] + cmd, capture_output=True,
                          text=True, timeout=600, **kw)


def compare(a, b):
    diffs = []
    for k in sorted(set(a) | set(b)):
        if k not in a:
            diffs.append(f"{k[0]} {k[1]} only in the database")
        elif k not in b:
            diffs.append(f"{k[0]} {k[1]} missing from the database")
        elif a[k] != b[k]:
            x = [i for i in a[k] if i not in b[k]][:1]
            y = [i for i in b[k] if i not in a[k]][:1]
            diffs.append(f"{k[0]} {k[1]}: emitted {x} database {y}")
    return diffs


def run_unit(args, label, files, tmp):
    out = os.path.join(tmp, "out.sql")
    r = schemac(args, ["--from=sqlserver", "-w", "--foreign-opaque=skip",
                       f"--target={args.target}", "-o", out] + files)
    if r.returncode != 0:
        errs = [l.split("error: ", 1)[1] for l in r.stderr.splitlines()
                if "error: " in l]
        return "refused", errs[0] if errs else r.stderr.strip()[:200]
    if args.target == "postgres":
        env = dict(os.environ, **read_env(args.env_file))
        db = "ssoracle_" + uuid.uuid4().hex[:8]
        subprocess.run(["createdb", db], env=env, check=True)
        try:
            a = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                                "-d", db, "-f", out], env=env,
                               capture_output=True, text=True)
            if a.returncode != 0:
                return "error", "PostgreSQL: " + a.stderr.strip()[:300]
            url = (f"postgresql://{env.get('PGUSER', 'postgres')}@"
                   f"{env.get('PGHOST', '127.0.0.1')}:{env.get('PGPORT', '5432')}/{db}")
            live = schemac(args, [f"--from={url}", "-w", "--emit=ir"], env=env)
        finally:
            subprocess.run(["dropdb", db], env=env)
        mine = schemac(args, ["--from=postgres", "-w", "--emit=ir", out])
    elif args.target == "sqlite":
        db = os.path.join(tmp, "t.db")
        if os.path.exists(db):
            os.remove(db)
        con = sqlite3.connect(db)
        try:
            con.executescript(open(out, encoding="utf-8").read())
            con.commit()
        except sqlite3.Error as e:
            return "error", f"SQLite: {e}"
        finally:
            con.close()
        live = schemac(args, [f"--from=sqlite:{db}", "-w", "--emit=ir"])
        mine = schemac(args, ["--from=sqlite", "-w", "--emit=ir", out])
    else:
        env = dict(os.environ, **read_env(args.mariadb_env_file))
        db = "ssoracle_" + uuid.uuid4().hex[:8]
        base = ["mariadb", "-h", env.get("MYSQL_HOST", "127.0.0.1"), "-P",
                env.get("MYSQL_TCP_PORT", "3306"), "-u",
                env.get("SCHEMAC_MARIADB_USER", "root")]
        subprocess.run(base + ["-e", f"CREATE DATABASE {db}"], env=env,
                       check=True)
        try:
            with open(out, encoding="utf-8") as f:
                a = subprocess.run(base + [db], stdin=f, env=env,
                                   capture_output=True, text=True)
            if a.returncode != 0:
                return "error", "MariaDB: " + a.stderr.strip()[:300]
            q = subprocess.run(
                base + ["-N", "-B", "-e",
                        "SELECT table_name, column_name FROM information_schema."
                        f"columns WHERE table_schema = '{db}' ORDER BY "
                        "table_name, ordinal_position"],
                env=env, capture_output=True, text=True)
        finally:
            subprocess.run(base + ["-e", f"DROP DATABASE {db}"], env=env)
        got = {}
        for line in q.stdout.splitlines():
            t, c = line.split("\t")
            got.setdefault(t.lower(), []).append(c.lower())
        ir = schemac(args, ["--from=sqlserver", "-w", "--emit=ir"] + files)
        want = {}
        for k, v in project(ir.stdout).items():
            if k[0] in ("table", "view"):
                want[k[1]] = [x[1] for x in v if x[0] == "column"]
        diffs = [t for t in sorted(set(want) | set(got))
                 if want.get(t) != got.get(t)]
        if diffs:
            return "different", f"{len(diffs)} relations differ, e.g. {diffs[0]}"
        return "identical", ""
    if live.returncode != 0 or mine.returncode != 0:
        return "error", (live.stderr or mine.stderr).strip()[:300]
    diffs = compare(project(mine.stdout), project(live.stdout))
    if diffs:
        return "different", f"{len(diffs)} differences, e.g. {diffs[0]}"
    return "identical", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", default="build/bin/schemac")
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--target", choices=["postgres", "sqlite", "mariadb"],
                    default="postgres")
    ap.add_argument("--env-file")
    ap.add_argument("--mariadb-env-file")
    ap.add_argument("--only-corpora", action="store_true",
                    help="accepted for scripts/conformance-matrix.py")
    args = ap.parse_args()
    counts = dict(identical=0, different=0, refused=0, error=0)
    us = units(args.corpora)
    with tempfile.TemporaryDirectory() as tmp:
        for label, files in us:
            status, why = run_unit(args, label, files, tmp)
            counts[status] += 1
            print(f"{status} {label}" + (f": {why}" if why else ""))
    compared = counts["identical"] + counts["different"]
    print(f"sqlserver->{args.target}: {len(us)} units, {compared} compared on "
          f"both engines, {counts['identical']} identical, "
          f"{counts['different']} different, {counts['refused']} refused by "
          f"schemac, {counts['error']} errors")
    return 0 if counts["different"] == 0 and counts["error"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
