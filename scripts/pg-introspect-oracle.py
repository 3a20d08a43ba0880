#!/usr/bin/env python3
"""The introspection oracle: every PostgreSQL input of the test suite (the
cases of scripts/pg-oracle.py), applied to a live database and read back by
`schemac --from=postgresql://...`, so that whatever the connector misses or
misreads fails a test.

For each case:
  1. the input is applied to a fresh database (the original);
  2. `schemac --from=postgresql://USER@HOST:PORT/DB --emit=ddl` reads that
     database and writes DDL, which is applied to another fresh database;
     the catalogs are compared (scripts/pg_catalog.py: normalized
     `pg_dump --schema-only` and object counts). This is the check that
     fails;
  3. for information, the textual IR of the database (`--emit=ir`) is
     compared with the IR of the input file itself: "IR-identical" counts
     the cases where both are the same text (PostgreSQL normalizes what
     it stores: casts it adds, generated names it does not mark, serial
     defaults it writes out, so many differ there and still give the same
     catalog).

Known differences are listed in --known (default
test/Oracle/Inputs/introspect-known.txt: `label<TAB>reason` per line): such
a case must still differ, and fails when it stops differing, so that the
entry is removed. With --corpora DIR, the PostgreSQL files of the shared
corpora are the cases instead (with the load-time rewrites of
scripts/pg-conformance.py); a file PostgreSQL 15 cannot load is skipped.

Output: one line per case, then the counts. Exit status 0 iff no case
differs or fails unexpectedly. The server comes from the libpq environment
(PGHOST, PGPORT, PGUSER), e.g. `. build/servers/pg.env`, or --env-file.
"""

import argparse
import os
import sys
from typing import Dict, List

from pg_catalog import (Case, HarnessError, Result, RunContext,
                        add_common_arguments, close_run, compare, load_script, open_run,
                        parse_common_arguments, run, run_cases, run_schemac)

HERE = os.path.dirname(os.path.abspath(__file__))


def database_url(db: str) -> str:
    """The URL of a database of the test server, written out in full so
    that the connector's URL handling is part of the test."""
    user = os.environ.get("PGUSER") or "postgres"
    host = os.environ.get("PGHOST") or "localhost"
    port = os.environ.get("PGPORT") or "5432"
    if host.startswith("/"):
        return f"postgresql://{user}@/{db}?host={host}&port={port}"
    return f"postgresql://{user}@{host}:{port}/{db}"


def schemac_ir(ctx: RunContext, args: List[str]) -> str:
    r = run(ctx.args.schemac + ["--emit=ir"] + args, timeout=ctx.args.timeout)
    if r.returncode != 0:
        return ""
    # The module line names the input; everything after it is the schema.
    return r.stdout.split("\n", 1)[1] if "\n" in r.stdout else ""


def introspect(ctx: RunContext, db: str, ours: str, result: Result) -> bool:
    """Writes `ours` from the database; sets the result on failure."""
    url = database_url(db)
    if not run_schemac(ctx, [], ours, result, source=url):
        result.reason = "reading the database: " + result.reason
        return False
    if ctx.args.compare_ir:
        result.ir_same = (schemac_ir(ctx, [f"--from={url}"]) ==
                          schemac_ir(ctx, result.case.inputs))
    return True


def run_one(ctx: RunContext, c: Case, workdir: str, known: Dict[str, str],
            conformance) -> Result:
    result = Result(c)
    result.ir_same = False
    os.makedirs(workdir, exist_ok=True)
    db_prefix = ctx.new_db_prefix()
    inputs = c.inputs
    if c.rewrite:
        inputs = []
        for i, f in enumerate(c.inputs):
            with open(f, encoding="utf-8", newline="") as fh:
                text = conformance.REWRITES[c.rewrite](fh.read(), db_prefix)
            inputs.append(os.path.join(workdir, f"{i}-{os.path.basename(f)}"))
            with open(inputs[-1], "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        c = Case(c.label, inputs, note=c.note,
                 original_errors_ok=c.original_errors_ok)
        result.case = c
    ours = os.path.join(workdir, "introspected.sql")
    compare(ctx, inputs, ours, result, workdir, db_prefix,
            original_errors_ok=c.original_errors_ok, note=c.note,
            make_ours=lambda db: introspect(ctx, db, ours, result))
    if result.status == "ERROR" and result.reason == "the original does not load":
        result.status, result.reason = "SKIPPED", "PostgreSQL 15 does not load it"
        result.details = ""
    reason = known.get(c.label)
    if reason is not None:
        if result.status in ("DIFFERENT", "ERROR"):
            result.status, result.reason, result.details = "XFAIL", reason, ""
        elif result.passed:
            result.status = "XPASS"
            result.reason = (f"listed as a known difference ({reason}) but "
                             "the catalogs are the same: remove the entry")
    return result


def read_known(path: str) -> Dict[str, str]:
    known: Dict[str, str] = {}
    if path and os.path.isfile(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    label, _, reason = line.partition("\t")
                    known[label] = reason.strip() or "no reason given"
    return known


def test_input_cases(root: str, artifacts: str) -> List[Case]:
    oracle = load_script("pg-oracle")
    found, by_path = oracle.discover(os.path.abspath(root),
                                     ["Oracle/Inputs", "Fuzz"])
    cases = []
    for i, c in enumerate(found):
        if c.skip:
            continue
        workdir = os.path.join(artifacts, f"in{i:03d}")
        os.makedirs(workdir, exist_ok=True)
        cases.append(Case(c.label, oracle.materialize(c, by_path, workdir)))
    return cases


def corpus_cases(conformance, corpora: str) -> List[Case]:
    cases = []
    for group, cs in conformance.corpus_groups(os.path.abspath(corpora)).items():
        for c in cs:
            # A migration's changes in JSON, and what PostgreSQL 15 cannot
            # load, make no database to read.
            if not c.parse_only and not c.pre_change_json:
                cases.append(c)
    return cases


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.join(HERE, os.pardir, "test"),
                    help="the test tree (default: test/ of this checkout)")
    ap.add_argument("--corpora", help="the cases are the PostgreSQL files of "
                    "the corpora here instead of the test inputs")
    ap.add_argument("--known", default=os.path.join(
        HERE, os.pardir, "test", "Oracle", "Inputs", "introspect-known.txt"),
        help="known differences: label<TAB>reason per line")
    ap.add_argument("--no-ir", dest="compare_ir", action="store_false",
                    help="do not compare the textual IR (faster)")
    ap.add_argument("--filter", default="", help="only cases whose label "
                    "contains this text")
    add_common_arguments(ap, max_diff_lines=80)
    args = parse_common_arguments(ap, argv)

    conformance = load_script("pg-conformance")
    try:
        ctx, artifacts = open_run(args, "schemac_introspect")
    except HarnessError as e:
        print(f"pg-introspect-oracle: error: {e}", file=sys.stderr)
        return 2
    cases = (corpus_cases(conformance, args.corpora) if args.corpora
             else test_input_cases(args.root, artifacts))
    cases = [c for c in cases if args.filter in c.label]
    if args.list:
        for c in cases:
            print(c.label)
        close_run(ctx, artifacts)
        return 0
    known = read_known(args.known)
    results = run_cases(
        ctx, cases,
        lambda i, c: run_one(ctx, c, os.path.join(artifacts, f"case{i:03d}"),
                             known, conformance),
        lambda r: r.case.label)
    close_run(ctx, artifacts)

    count = lambda *s: sum(1 for r in results if r.status in s)
    reasons: Dict[str, int] = {}
    for r in results:
        if r.status in ("DIFFERENT", "XFAIL"):
            reasons[r.reason] = reasons.get(r.reason, 0) + 1
    print(f"introspect-oracle: {len(cases)} inputs, "
          f"{count('SAME', 'SAME-ORDER')} identical catalogs, "
          f"{count('XFAIL')} known differences, {count('DIFFERENT')} "
          f"different, {count('ERROR')} errors, {count('XPASS')} "
          f"unexpectedly identical, {count('SKIPPED')} not loadable; "
          f"{sum(1 for r in results if getattr(r, 'ir_same', False))} "
          f"IR-identical")
    for reason, n in sorted(reasons.items(), key=lambda x: (-x[1], x[0])):
        print(f"differing: {n} {reason}")
    return 1 if count("DIFFERENT", "ERROR", "XPASS") else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
