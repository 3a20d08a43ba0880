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
     (scripts/pg_catalog.py does steps 1-3 for every harness.)

Corpus groups (`--group`, default all): pagila, chinook, jooq-sakila, migra,
mediawiki (see corpus_groups below for what each contains and why), and
debian, debian-large: real-world schemas from Debian packages, when
scripts/debian_schemas.py has fetched them (--debian-schemas; debian-large is
run only when asked for). Ad-hoc cases: `pg-conformance.py FILE...` (the
files are one case, in order).

The server comes from the libpq environment (PGHOST, PGPORT, PGUSER), e.g.
`. build/servers/pg.env` after `scripts/pg-server.sh start`, or --env-file.
Results go to stdout (one line per case, then the summary lines that the lit
tests check); diagnostics, load errors and diffs go to stderr. Exit status 0
iff every case passed.

Standard library only (PyPI is unreachable here).
"""

import argparse
import json
import os
import re
import sys
from typing import Callable, Dict, List

import debian_schemas
from pg_catalog import (COUNT_KEYS, Case, HarnessError, Result, RunContext,
                        add_common_arguments, close_run, compare,
                        format_counts, open_run, parse_common_arguments,
                        run_cases, run_schemac)

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


def debian_groups(root: str) -> Dict[str, List[Case]]:
    groups: Dict[str, List[Case]] = {"debian": [], "debian-large": []}
    for c in debian_schemas.CASES:
        groups["debian-large" if c.large else "debian"].append(
            Case(c.label, debian_schemas.case_files(root, c), note=c.note,
                 mask_load_time=c.mask_load_time))
    return groups


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

    return compare(ctx, inputs, ours_sql, result, workdir, db_prefix,
                   original_errors_ok=case.original_errors_ok,
                   note=case.note, mask_load_time=case.mask_load_time)


# --- Driver --------------------------------------------------------------------

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
    ap.add_argument("--debian-schemas",
                    default=os.environ.get("SCHEMAC_DEBIAN_SCHEMAS"),
                    help="directory scripts/debian_schemas.py fetched into "
                         "(default: $SCHEMAC_DEBIAN_SCHEMAS, else "
                         "build/debian-schemas)")
    add_common_arguments(ap)
    args = parse_common_arguments(ap, argv)

    if args.files:
        cases = [Case(" + ".join(os.path.basename(f) for f in args.files),
                      [os.path.abspath(f) for f in args.files])]
        group_of = {id(cases[0]): "ad-hoc"}
    else:
        here = os.path.dirname(os.path.abspath(__file__))
        corpora = args.corpora or os.path.join(here, os.pardir, os.pardir,
                                               "shared", "corpora")
        debian = args.debian_schemas or os.path.join(here, os.pardir, "build",
                                                      "debian-schemas")
        groups = {}
        if os.path.isdir(corpora):
            groups.update(corpus_groups(os.path.abspath(corpora)))
        if debian_schemas.is_fetched(debian):
            groups.update(debian_groups(os.path.abspath(debian)))
        wanted = args.group or [g for g in groups if g != "debian-large"]
        unknown = [g for g in wanted if g not in groups]
        if unknown:
            where = {"debian": debian, "debian-large": debian}.get(
                unknown[0], corpora)
            print(f"pg-conformance: error: unknown group '{unknown[0]}' "
                  f"(known: {', '.join(groups) or 'none'}; looked in "
                  f"'{where}': set SCHEMAC_CORPORA or --corpora, and fetch "
                  "the Debian schemas with scripts/debian_schemas.py)",
                  file=sys.stderr)
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
        ctx, artifacts = open_run(args, "schemac_conf")
    except HarnessError as e:
        print(f"pg-conformance: error: {e}", file=sys.stderr)
        return 2

    results = run_cases(
        ctx, cases,
        lambda i, case: run_case(ctx, case,
                                 os.path.join(artifacts, f"case{i:03d}")),
        lambda r: r.case.label)
    close_run(ctx, artifacts)

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
