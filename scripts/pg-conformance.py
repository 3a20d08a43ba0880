#!/usr/bin/env python3
"""PostgreSQL conformance harness for schemac (item 9 of the foundation issue).

For every case (one or more SQL files, loaded in order):
  1. `schemac --emit=ddl` lowers the inputs with zero errors (warnings are
     allowed and counted);
  2. the original text is applied to a fresh database on a live PostgreSQL
     server, the DDL schemac emitted from it to another fresh database;
  3. both catalogs are compared: normalized `pg_dump --schema-only` output
     (comments, SET lines and psql meta-commands stripped) and object counts
     from catalog queries. A difference is printed as a unified diff.

Corpus groups (`--group`, default all): pagila, chinook, jooq-sakila, migra,
mediawiki (see CORPUS_GROUPS below for what each contains and why). Ad-hoc
cases: `pg-conformance.py FILE...` (the files are one case, in order).

The server comes from the libpq environment (PGHOST, PGPORT, PGUSER), e.g.
`. build/servers/pg.env` after `scripts/pg-server.sh start`, or --env-file.
Results go to stdout (one line per case, then the summary lines that the lit
tests check); diagnostics, load errors and diffs go to stderr. Exit status 0
iff every case passed.

Standard library only (PyPI is unreachable here).
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

# --- Load-time rewrites ------------------------------------------------------
# A rewrite adapts a corpus file to what PostgreSQL 15 can load. The SAME
# rewritten text goes to both sides (the original load and schemac); the
# unmodified text is additionally lowered by schemac (parse check).


def rewrite_pagila_for_pg15(text: str, _db_prefix: str) -> str:
    """pagila-schema.sql was dumped by PostgreSQL 18 with pgvector."""
    text = re.sub(r"\)\s*VIRTUAL\b", ") STORED", text)
    text = text.replace("uuidv7()", "gen_random_uuid()")
    text = re.sub(r"^CREATE EXTENSION IF NOT EXISTS vector\b[^;]*;\n", "",
                  text, flags=re.M)
    text = re.sub(r"^COMMENT ON EXTENSION vector\b[^;]*;\n", "", text,
                  flags=re.M)
    text = re.sub(r"^CREATE INDEX \S+ ON \S+ USING hnsw\b[^;]*;\n", "", text,
                  flags=re.M)
    return re.sub(r"\bpublic\.vector\(20\)", "real[]", text)


DATABASE_NAME_RE = re.compile(
    r"(\b(?:DROP\s+DATABASE\s+IF\s+EXISTS|DROP\s+DATABASE|CREATE\s+DATABASE)"
    r"\s+|^\\c(?:onnect)?\s+)\"?([A-Za-z_][A-Za-z0-9_]*)\"?",
    re.I | re.M)


def rewrite_database_names(text: str, db_prefix: str) -> str:
    """Chinook creates its own database and connects to it (`\\c chinook`):
    give it a name private to this case so that parallel runs do not collide
    and the harness knows it may drop it."""
    return DATABASE_NAME_RE.sub(
        lambda m: f"{m.group(1)}{db_prefix}_{m.group(2).lower()}", text)


# Each takes the text and the database name prefix private to the case.
REWRITES: Dict[str, Callable[[str, str], str]] = {
    "pagila-pg15": rewrite_pagila_for_pg15,
    "database-names": rewrite_database_names,
}

# --- MediaWiki pre-change states ---------------------------------------------
# tables-generated.sql is MediaWiki's schema AFTER every schema change, so the
# archives/*.sql patches (written for the schema before their change) cannot
# apply to it: PostgreSQL rejects every statement. abstractSchemaChanges/
# <patch>.json holds the changed table before and after; from the difference
# the harness writes SQL that takes tables-generated.sql back to the state
# before the change, and the patch applies on top (on both sides).

MW_TYPES = {"integer": "INT", "bigint": "BIGINT", "smallint": "SMALLINT",
            "boolean": "SMALLINT", "float": "FLOAT", "mwtimestamp": "TIMESTAMPTZ",
            "datetimetz": "TIMESTAMPTZ", "blob": "TEXT", "text": "TEXT",
            "binary": "TEXT", "mwenum": "TEXT"}


def mediawiki_column_sql(col: dict) -> str:
    opts = col.get("options", {})
    kind = col["type"]
    if kind == "string":
        sql = f"VARCHAR({opts['length']})" if opts.get("length") else "TEXT"
    else:
        sql = MW_TYPES.get(kind, "TEXT")
    default = opts.get("default")
    if default is not None:
        sql += " DEFAULT " + (str(default) if isinstance(default, (int, float))
                              else "'" + str(default).replace("'", "''") + "'")
    if opts.get("notnull"):
        sql += " NOT NULL"
    return f"{col['name']} {sql}"


def mediawiki_pre_change_sql(change_json: str) -> str:
    """SQL that turns the table of a change from its 'after' state (as in
    tables-generated.sql) into its 'before' state."""
    with open(change_json, encoding="utf-8") as fh:
        change = json.load(fh)
    before, after = change["before"], change["after"]
    table = after["name"]
    bcols = {c["name"]: c for c in before["columns"]}
    acols = {c["name"]: c for c in after["columns"]}
    bidx = {i["name"]: i for i in before.get("indexes", [])}
    aidx = {i["name"]: i for i in after.get("indexes", [])}
    out = [f"-- Generated by scripts/pg-conformance.py from {os.path.basename(change_json)}:",
           f"-- table {table} back to its state before the change."]
    for name in aidx:
        if name not in bidx or aidx[name] != bidx[name]:
            out.append(f"DROP INDEX {name};")
    for name in acols:
        if name not in bcols:
            out.append(f"ALTER TABLE {table} DROP COLUMN {name};")
    for name, col in bcols.items():
        if name not in acols:
            out.append(f"ALTER TABLE {table} ADD COLUMN {mediawiki_column_sql(col)};")
    for name, idx in bidx.items():
        if name not in aidx or aidx[name] != idx:
            unique = "UNIQUE " if idx.get("unique") else ""
            out.append(f"CREATE {unique}INDEX {name} ON {table} "
                       f"({', '.join(idx['columns'])});")
    return "\n".join(out) + "\n"

# --- Cases -------------------------------------------------------------------


@dataclass
class Case:
    label: str
    inputs: List[str]            # absolute paths, lowered/loaded in this order
    rewrite: Optional[str] = None
    parse_only: bool = False     # PostgreSQL 15 cannot load it: schemac only
    # PostgreSQL itself rejects some statements of the original (they drop
    # what an earlier statement already dropped): load the original statement
    # by statement, keep what succeeds, and expect schemac to end in the same
    # state.
    original_errors_ok: bool = False
    # A MediaWiki abstractSchemaChanges/*.json: SQL generated from it goes
    # between the base schema (first input) and the patch (last input).
    pre_change_json: Optional[str] = None
    note: str = ""


def corpus_groups(corpora: str) -> Dict[str, List[Case]]:
    def p(rel: str) -> str:
        return os.path.join(corpora, rel)

    def glob_sorted(rel_dir: str, suffix: str) -> List[str]:
        d = p(rel_dir)
        if not os.path.isdir(d):
            return []
        return sorted(os.path.join(rel_dir, f) for f in os.listdir(d)
                      if f.endswith(suffix))

    pagila = "sakila/pagila/"
    groups: Dict[str, List[Case]] = {}
    groups["pagila"] = [
        Case(pagila + "pagila-schema.sql", [p(pagila + "pagila-schema.sql")],
             rewrite="pagila-pg15",
             note="PG 18 + pgvector dump, rewritten for PG 15 on both sides"),
        Case(pagila + "pagila-schema-jsonb.sql",
             [p(pagila + "pagila-schema-jsonb.sql")]),
        Case(pagila + "pagila-temporal-setup.sql (after pagila-schema.sql)",
             [p(pagila + "pagila-schema.sql"),
              p(pagila + "pagila-temporal-setup.sql")],
             parse_only=True, note="PostgreSQL 19 temporal syntax"),
        Case(pagila + "pagila-sql-pgq-setup.sql (after pagila-schema.sql)",
             [p(pagila + "pagila-schema.sql"),
              p(pagila + "pagila-sql-pgq-setup.sql")],
             parse_only=True, note="PostgreSQL 19 SQL/PGQ syntax"),
    ]
    groups["chinook"] = [
        Case("chinook/" + f, [p("chinook/" + f)], rewrite="database-names")
        for f in ("Chinook_PostgreSql.sql",
                  "Chinook_PostgreSql_AutoIncrementPKs.sql",
                  "Chinook_PostgreSql_SerialPKs.sql")]
    jooq = "sakila/jooq-sakila/postgres-sakila-db/"
    groups["jooq-sakila"] = [
        Case(jooq + "postgres-sakila-schema.sql",
             [p(jooq + "postgres-sakila-schema.sql")]),
        Case(jooq + "postgres-sakila-drop-objects.sql (after "
             "postgres-sakila-schema.sql)",
             [p(jooq + "postgres-sakila-schema.sql"),
              p(jooq + "postgres-sakila-drop-objects.sql")],
             original_errors_ok=True,
             note="DROP FUNCTION rewards_report(...) fails: DROP TABLE "
                  "customer CASCADE already dropped it"),
    ]
    migra = []
    fixtures = p("migra/FIXTURES")
    if os.path.isdir(fixtures):
        for case in sorted(os.listdir(fixtures)):
            for f in ("a.sql", "b.sql"):
                rel = f"migra/FIXTURES/{case}/{f}"
                if os.path.isfile(p(rel)):
                    migra.append(Case(rel, [p(rel)]))
    groups["migra"] = migra
    mw = "mediawiki/maintenance/postgres/"
    generated = p(mw + "tables-generated.sql")
    groups["mediawiki"] = [
        Case(mw + "tables-generated.sql", [generated]),
        Case(mw + "tables.sql (after tables-generated.sql)",
             [generated, p(mw + "tables.sql")]),
    ] + [Case(rel + " (after tables-generated.sql, taken back to before "
              "the change)", [generated, p(rel)],
              pre_change_json=p("mediawiki/maintenance/abstractSchemaChanges/"
                                + os.path.basename(rel)[:-4] + ".json"))
         for rel in glob_sorted(mw + "archives", ".sql")]
    return groups


# --- Catalog queries -----------------------------------------------------------

# Object counts of the user part of a catalog (no system schemas, nothing that
# belongs to an extension). Compared between both sides and summed for the
# report.
COUNTS_SQL = r"""
WITH ns AS (
  SELECT oid FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
    AND nspname NOT LIKE 'pg\_temp\_%' AND nspname NOT LIKE 'pg\_toast\_temp\_%'),
ext AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
rel AS (
  SELECT c.* FROM pg_class c
  WHERE c.relnamespace IN (SELECT oid FROM ns)
    AND NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)),
typ AS (
  SELECT t.* FROM pg_type t
  WHERE t.typnamespace IN (SELECT oid FROM ns)
    AND NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)),
con AS (
  SELECT k.* FROM pg_constraint k
  WHERE k.conrelid IN (SELECT oid FROM rel) OR k.contypid IN (SELECT oid FROM typ)),
pro AS (
  SELECT p.* FROM pg_proc p
  WHERE p.pronamespace IN (SELECT oid FROM ns)
    AND NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid))
SELECT 'schemas', count(*) FROM ns
  WHERE NOT EXISTS (SELECT 1 FROM ext
                    WHERE ext.classid = 'pg_namespace'::regclass AND ext.objid = ns.oid)
UNION ALL SELECT 'tables', count(*) FROM rel WHERE relkind IN ('r', 'p')
UNION ALL SELECT 'partitions', count(*) FROM rel WHERE relispartition AND relkind IN ('r', 'p')
UNION ALL SELECT 'columns', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
  WHERE rel.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL SELECT 'not-null columns', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
  WHERE rel.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attnotnull
UNION ALL SELECT 'defaults', count(*) FROM pg_attrdef d JOIN rel ON rel.oid = d.adrelid
UNION ALL SELECT 'identity columns', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
  WHERE a.attidentity <> '' AND NOT a.attisdropped
UNION ALL SELECT 'generated columns', count(*) FROM pg_attribute a JOIN rel ON rel.oid = a.attrelid
  WHERE a.attgenerated <> '' AND NOT a.attisdropped
UNION ALL SELECT 'primary keys', count(*) FROM con WHERE contype = 'p'
UNION ALL SELECT 'foreign keys', count(*) FROM con WHERE contype = 'f'
UNION ALL SELECT 'unique constraints', count(*) FROM con WHERE contype = 'u'
UNION ALL SELECT 'check constraints', count(*) FROM con WHERE contype = 'c'
UNION ALL SELECT 'exclusion constraints', count(*) FROM con WHERE contype = 'x'
UNION ALL SELECT 'indexes', count(*) FROM rel WHERE relkind IN ('i', 'I')
UNION ALL SELECT 'views', count(*) FROM rel WHERE relkind = 'v'
UNION ALL SELECT 'materialized views', count(*) FROM rel WHERE relkind = 'm'
UNION ALL SELECT 'sequences', count(*) FROM rel WHERE relkind = 'S'
UNION ALL SELECT 'enum types', count(*) FROM typ WHERE typtype = 'e'
UNION ALL SELECT 'domains', count(*) FROM typ WHERE typtype = 'd'
UNION ALL SELECT 'composite types', count(*) FROM typ t
  WHERE typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')
UNION ALL SELECT 'functions', count(*) FROM pro
UNION ALL SELECT 'triggers', count(*) FROM pg_trigger g JOIN rel ON rel.oid = g.tgrelid
  WHERE NOT g.tgisinternal
UNION ALL SELECT 'rules', count(*) FROM pg_rewrite w JOIN rel ON rel.oid = w.ev_class
  WHERE w.rulename <> '_RETURN'
UNION ALL SELECT 'policies', count(*) FROM pg_policy y JOIN rel ON rel.oid = y.polrelid
UNION ALL SELECT 'extensions', count(*) FROM pg_extension WHERE extname <> 'plpgsql'
UNION ALL SELECT 'comments', count(*) FROM pg_description d
  WHERE d.objoid >= 16384
    AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = d.classoid AND ext.objid = d.objoid)
"""

# The order in which counts are reported.
COUNT_KEYS = [
    "schemas", "tables", "partitions", "columns", "not-null columns",
    "defaults", "identity columns", "generated columns", "primary keys",
    "foreign keys", "unique constraints", "check constraints",
    "exclusion constraints", "indexes", "views", "materialized views",
    "sequences", "enum types", "domains", "composite types", "functions",
    "triggers", "rules", "policies", "extensions", "comments"]

# --- Running things ------------------------------------------------------------


class HarnessError(Exception):
    """An environment problem (server, tools): not a finding about schemac."""


def run(cmd: List[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, errors="replace", **kw)


def pg_tool(name: str) -> str:
    for d in (os.environ.get("SCHEMAC_PG_BINDIR"), "/usr/lib/postgresql/15/bin"):
        if d and os.access(os.path.join(d, name), os.X_OK):
            return os.path.join(d, name)
    found = shutil.which(name)
    if not found:
        raise HarnessError(f"'{name}' not found (install postgresql-client-15)")
    return found


class RunContext:
    """Per-process state: the tools and unique database name prefixes."""

    def __init__(self, args):
        self.args = args
        self.prefix = f"schemac_conf_{os.getpid()}"
        self.psql = pg_tool("psql")
        self.pg_dump = pg_tool("pg_dump")
        self.counter = 0
        self.lock = threading.Lock()

    def new_db_prefix(self) -> str:
        """A prefix for the databases of one case: <prefix>_orig, _ours, and
        whatever the case's scripts create (renamed by a rewrite)."""
        with self.lock:
            self.counter += 1
            return f"{self.prefix}_{self.counter}"

    def psql_cmd(self, db: str) -> List[str]:
        return [self.psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db]

    def sql(self, db: str, query: str) -> str:
        r = run(self.psql_cmd(db) + ["-At", "-F", "|", "-c", query])
        if r.returncode != 0:
            raise HarnessError(f"query on '{db}' failed: {r.stderr.strip()}")
        return r.stdout

    def create_db(self, db: str) -> None:
        self.sql("postgres", f'CREATE DATABASE "{db}" TEMPLATE template0')

    def drop_db(self, db: str) -> None:
        # Only ever drop what this run created.
        assert db.startswith(self.prefix)
        self.sql("postgres", f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')

    def drop_dbs(self, prefix: str) -> None:
        """Drops every database named <prefix>_*."""
        names = self.sql("postgres",
                         "SELECT datname FROM pg_database WHERE datname LIKE "
                         f"'{prefix}\\_%'").split()
        for n in names:
            self.drop_db(n)


def setup_server(ctx: RunContext) -> None:
    ctx.sql("postgres", "SELECT 1")
    # Roles are cluster-wide; the migra fixtures GRANT to this one. Parallel
    # runs may race to create it.
    ctx.sql("postgres", """DO $$ BEGIN
      CREATE ROLE schemainspect_test_role;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$""")


CONNECT_RE = re.compile(r"^\\c(?:onnect)?\s+\"?([A-Za-z_][A-Za-z0-9_]*)\"?",
                        re.M)


def load(ctx: RunContext, db: str, files: List[str],
         stop_on_error: bool = True) -> Tuple[str, str]:
    """Applies the files with psql in one session into db. Returns (the
    database the script ended up connected to, the psql errors or "")."""
    cmd = ctx.psql_cmd(db)
    if not stop_on_error:
        cmd[cmd.index("ON_ERROR_STOP=1")] = "ON_ERROR_STOP=0"
    target = db
    for f in files:
        cmd += ["-f", f]
        with open(f, encoding="utf-8", errors="replace") as fh:
            for m in CONNECT_RE.finditer(fh.read()):
                target = m.group(1)
    # Some inputs open a transaction and never commit it (MediaWiki's
    # tables.sql); without the COMMIT psql would roll it back at exit.
    cmd += ["-c", "COMMIT"]
    r = run(cmd)
    errors = "\n".join(l for l in r.stderr.splitlines() if "ERROR:" in l)
    if r.returncode != 0 and not errors:
        errors = r.stderr.strip() or f"psql exit status {r.returncode}"
    return target, errors


def dump(ctx: RunContext, db: str) -> str:
    r = run([ctx.pg_dump, "--schema-only", "-d", db])
    if r.returncode != 0:
        raise HarnessError(f"pg_dump of '{db}' failed: {r.stderr.strip()}")
    return r.stdout


SKIP_LINE_RE = re.compile(
    r"^(--|SET |SELECT pg_catalog\.set_config\('search_path'|\\(un)?restrict )")


def normalize_dump(text: str) -> List[str]:
    """The dump without comments, SET lines and psql meta-commands, with runs
    of blank lines collapsed to one."""
    out: List[str] = []
    for line in text.splitlines():
        if SKIP_LINE_RE.match(line):
            continue
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line.rstrip())
    while out and out[-1] == "":
        out.pop()
    return out


def statements(lines: List[str]) -> List[str]:
    """Blank-line separated blocks of a normalized dump, sorted."""
    return sorted("\n".join(lines).split("\n\n"))


def counts(ctx: RunContext, db: str) -> Dict[str, int]:
    out = {}
    for row in ctx.sql(db, COUNTS_SQL).splitlines():
        key, _, value = row.partition("|")
        out[key] = int(value)
    return out


# --- One case ------------------------------------------------------------------

DIAG_RE = re.compile(r"^(?:[^\n:]*:\d+:\d+: |schemac: )(error|warning|fatal error): ",
                     re.M)


@dataclass
class Result:
    case: Case
    status: str = "SAME"          # SAME, SAME-ORDER, DIFFERENT, PARSED, ERROR
    reason: str = ""
    warnings: int = 0
    counts: Dict[str, int] = field(default_factory=dict)
    details: str = ""             # diff or diagnostics, for stderr

    @property
    def passed(self) -> bool:
        return self.status in ("SAME", "SAME-ORDER", "PARSED")


def run_schemac(ctx: RunContext, inputs: List[str], output: str,
                result: Result, count_warnings: bool = True) -> bool:
    cmd = ctx.args.schemac + ["--from=postgres", "--target=postgres",
                              "--emit=ddl", "-o", output] + inputs
    try:
        r = run(cmd, timeout=ctx.args.timeout)
    except subprocess.TimeoutExpired:
        result.status, result.reason = "ERROR", f"schemac timed out after {ctx.args.timeout} s"
        result.details = "$ " + " ".join(cmd)
        return False
    kinds = DIAG_RE.findall(r.stderr)
    errors = sum(1 for k in kinds if k != "warning")
    if count_warnings:
        result.warnings += sum(1 for k in kinds if k == "warning")
    if r.returncode != 0 or errors:
        result.status = "ERROR"
        result.reason = (f"schemac exit status {r.returncode}, "
                         f"{errors} error(s)")
        if r.returncode < 0:
            result.reason = f"schemac crashed (signal {-r.returncode})"
        shown = r.stderr.splitlines()
        limit = ctx.args.max_diff_lines
        result.details = "$ " + " ".join(cmd) + "\n" + "\n".join(shown[:limit])
        if len(shown) > limit:
            result.details += f"\n... ({len(shown) - limit} more lines)"
        return False
    return True


def run_case(ctx: RunContext, case: Case, workdir: str) -> Result:
    result = Result(case)
    missing = [f for f in case.inputs + [case.pre_change_json]
               if f and not os.path.isfile(f)]
    if missing:
        result.status, result.reason = "ERROR", "missing input " + ", ".join(missing)
        return result
    os.makedirs(workdir, exist_ok=True)

    inputs = case.inputs
    db_prefix = ctx.new_db_prefix()
    if case.rewrite:
        # schemac must accept the original text too.
        if not run_schemac(ctx, case.inputs, os.devnull, result,
                           count_warnings=False):
            result.reason = "original text: " + result.reason
            return result
        rewrite = REWRITES[case.rewrite]
        inputs = []
        for i, f in enumerate(case.inputs):
            with open(f, encoding="utf-8", newline="") as fh:
                text = rewrite(fh.read(), db_prefix)
            name = os.path.join(workdir, f"{i}-{os.path.basename(f)}")
            with open(name, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            inputs.append(name)
    if case.pre_change_json:
        prelude = os.path.join(workdir, "pre-change-state.sql")
        with open(prelude, "w", encoding="utf-8") as fh:
            fh.write(mediawiki_pre_change_sql(case.pre_change_json))
        inputs = inputs[:-1] + [prelude] + inputs[-1:]

    ours_sql = os.path.join(workdir, "schemac.sql")
    if not run_schemac(ctx, inputs, os.devnull if case.parse_only else ours_sql,
                       result):
        return result
    if case.parse_only:
        result.status = "PARSED"
        return result

    orig_db, ours_db = db_prefix + "_orig", db_prefix + "_ours"
    try:
        ctx.create_db(orig_db)
        target, err = load(ctx, orig_db, inputs,
                           stop_on_error=not case.original_errors_ok)
        if err and not case.original_errors_ok:
            result.status, result.reason = "ERROR", "the original does not load"
            result.details = err
            return result
        if err:
            rejected = err.count("ERROR:")
            result.reason = (f"PostgreSQL rejected {rejected} statement(s) of "
                             f"the original: {case.note}")
        orig_lines = normalize_dump(dump(ctx, target))
        result.counts = counts(ctx, target)
        # The other side creates the same databases (chinook) again.
        ctx.drop_dbs(db_prefix)

        ctx.create_db(ours_db)
        target, err = load(ctx, ours_db, [ours_sql])
        if err:
            result.status = "DIFFERENT"
            result.reason = "the emitted DDL does not load"
            result.details = f"emitted DDL: {ours_sql}\n{err}"
            return result
        ours_lines = normalize_dump(dump(ctx, target))
        ours_counts = counts(ctx, target)
    finally:
        ctx.drop_dbs(db_prefix)

    for name, lines in (("original", orig_lines), ("schemac", ours_lines)):
        with open(os.path.join(workdir, f"{name}.dump.sql"), "w",
                  encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    if orig_lines == ours_lines:
        result.status = "SAME"
    elif statements(orig_lines) == statements(ours_lines):
        result.status = "SAME-ORDER"
        result.reason = "; ".join(filter(None, [
            result.reason, "same objects, pg_dump lists them in another order"]))
    else:
        result.status = "DIFFERENT"
        changed = [k for k in COUNT_KEYS
                   if result.counts.get(k) != ours_counts.get(k)]
        result.reason = ", ".join(
            f"{k} {result.counts.get(k)} -> {ours_counts.get(k)}"
            for k in changed) or "same object counts, different definitions"
        diff = list(difflib.unified_diff(
            orig_lines, ours_lines, "original (pg_dump, normalized)",
            "schemac --emit=ddl (pg_dump, normalized)", n=2, lineterm=""))
        limit = ctx.args.max_diff_lines
        result.details = (f"emitted DDL: {ours_sql}\ndumps: {workdir}/"
                          f"{{original,schemac}}.dump.sql\n"
                          + "\n".join(diff[:limit]))
        if len(diff) > limit:
            result.details += f"\n... ({len(diff) - limit} more diff lines)"
    return result


# --- Driver --------------------------------------------------------------------


def format_counts(c: Dict[str, int]) -> str:
    return ", ".join(f"{c[k]} {k}" for k in COUNT_KEYS if c.get(k))


def load_env_file(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$", line)
            if m:
                os.environ[m.group(1)] = m.group(2).strip().strip("'\"")


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(
        description="Compare the catalog of each corpus file applied to "
                    "PostgreSQL with that of the DDL schemac emits from it.")
    ap.add_argument("files", nargs="*",
                    help="ad-hoc case: these files, in order (instead of --group)")
    ap.add_argument("--group", action="append", default=[],
                    help="corpus group (pagila, chinook, jooq-sakila, migra, "
                         "mediawiki); repeatable; default: all")
    ap.add_argument("--filter", default="",
                    help="only cases whose label contains this text")
    ap.add_argument("--corpora", default=os.environ.get("SCHEMAC_CORPORA"),
                    help="corpora directory (default: $SCHEMAC_CORPORA, else "
                         "../shared/corpora next to the checkout)")
    ap.add_argument("--schemac", default="schemac",
                    help="the schemac command (may contain arguments)")
    ap.add_argument("--env-file", help="source PG* settings from this file "
                    "(e.g. build/servers/pg.env)")
    ap.add_argument("--artifacts", help="keep emitted DDL and dumps here "
                    "(default: a temporary directory, removed at exit)")
    ap.add_argument("--jobs", type=int, default=2, help="cases in parallel")
    ap.add_argument("--timeout", type=int, default=60,
                    help="seconds per schemac run")
    ap.add_argument("--max-diff-lines", type=int, default=150)
    ap.add_argument("--list", action="store_true", help="list the cases")
    args = ap.parse_args(argv)
    args.schemac = args.schemac.split()

    if args.env_file:
        load_env_file(args.env_file)

    if args.files:
        cases = [Case(" + ".join(os.path.basename(f) for f in args.files),
                      [os.path.abspath(f) for f in args.files])]
        group_of = {id(cases[0]): "ad-hoc"}
    else:
        corpora = args.corpora
        if not corpora:
            here = os.path.dirname(os.path.abspath(__file__))
            corpora = os.path.join(here, os.pardir, os.pardir, "shared", "corpora")
        if not os.path.isdir(corpora):
            print(f"pg-conformance: error: corpora directory '{corpora}' not "
                  "found (set SCHEMAC_CORPORA or --corpora)", file=sys.stderr)
            return 2
        groups = corpus_groups(os.path.abspath(corpora))
        wanted = args.group or list(groups)
        unknown = [g for g in wanted if g not in groups]
        if unknown:
            print(f"pg-conformance: error: unknown group '{unknown[0]}' "
                  f"(known: {', '.join(groups)})", file=sys.stderr)
            return 2
        cases, group_of = [], {}
        for g in wanted:
            for c in groups[g]:
                if args.filter in c.label:
                    cases.append(c)
                    group_of[id(c)] = g

    if args.list:
        for c in cases:
            print(("parse-only  " if c.parse_only else "compare     ") + c.label)
        return 0

    try:
        ctx = RunContext(args)
        setup_server(ctx)
    except HarnessError as e:
        print(f"pg-conformance: error: {e}", file=sys.stderr)
        return 2

    artifacts = args.artifacts or tempfile.mkdtemp(prefix="schemac-conformance.")
    if args.artifacts:
        shutil.rmtree(artifacts, ignore_errors=True)
    os.makedirs(artifacts, exist_ok=True)

    def work(item):
        i, case = item
        try:
            return run_case(ctx, case, os.path.join(artifacts, f"case{i:03d}"))
        except HarnessError as e:
            return Result(case, "ERROR", "harness: " + str(e))

    results: List[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        for n, r in enumerate(pool.map(work, enumerate(cases)), 1):
            results.append(r)
            extra = f" ({r.reason})" if r.reason else ""
            print(f"[{n}/{len(cases)}] {r.status:<10} {r.case.label}{extra}",
                  flush=True)
            if r.details:
                print(f"=== {r.status}: {r.case.label}{extra}\n{r.details}\n",
                      file=sys.stderr, flush=True)
    try:
        ctx.drop_dbs(ctx.prefix)
    except HarnessError:
        pass
    if not args.artifacts:
        shutil.rmtree(artifacts, ignore_errors=True)

    compared = [r for r in results if not r.case.parse_only]
    parsed = [r for r in results if r.case.parse_only]
    total: Dict[str, int] = {}
    for r in compared:
        for k, v in r.counts.items():
            total[k] = total.get(k, 0) + v
    n_files = len({f for r in results for f in r.case.inputs})
    n_same = sum(1 for r in compared if r.passed)
    n_diff = sum(1 for r in compared if r.status == "DIFFERENT")
    n_err = sum(1 for r in compared if r.status == "ERROR")
    n_parsed = sum(1 for r in parsed if r.passed)
    n_warn = sum(r.warnings for r in results)
    print(f"objects in the original catalogs: {format_counts(total) or 'none'}")
    print(f"schemac warnings: {n_warn}")
    for g in dict.fromkeys(group_of.values()):
        rs = [r for r in compared if group_of[id(r.case)] == g]
        ps = [r for r in parsed if group_of[id(r.case)] == g]
        print(f"group {g}: {sum(r.passed for r in rs)}/{len(rs)} same"
              + (f", {sum(r.passed for r in ps)}/{len(ps)} parse-only passed"
                 if ps else ""))
    print(f"summary: {len(compared)} compared, {n_same} same, {n_diff} different, "
          f"{n_err} errors; {len(parsed)} parse-only, {n_parsed} passed; "
          f"{n_files} files")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
