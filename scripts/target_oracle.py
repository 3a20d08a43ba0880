"""What the oracles of schemac's other targets share (scripts/sqlite-oracle.py,
scripts/mariadb-oracle.py): each PostgreSQL input of the test suite (the
cases of scripts/pg-oracle.py) and, with --corpora, each PostgreSQL file of
the shared corpora is applied to a fresh PostgreSQL database, compiled with
`schemac --target=<target>`, and the output applied to the other engine;
the two catalogs are compared by the target's script.

This module holds the PostgreSQL side of the catalog, how a refusal is read
from schemac's errors, how cases are found, and the main loop that counts
and prints:

  <name>: N cases, C compared on both engines, I identical, D different,
  R refused by schemac, E errors
"""

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from typing import Callable, Dict, List

from pg_catalog import (HarnessError, Result, RunContext,
                        add_common_arguments, close_run, load, open_run,
                        parse_common_arguments, run_cases)

HERE = os.path.dirname(os.path.abspath(__file__))


def pg_oracle():
    spec = importlib.util.spec_from_file_location(
        "pg_oracle", os.path.join(HERE, "pg-oracle.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Case:
    def __init__(self, label: str, inputs: List[str], text: str = ""):
        self.label, self.inputs, self.text = label, inputs, text


# --- PostgreSQL's catalog -------------------------------------------------------

USER = ("n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND NOT EXISTS (SELECT 1 FROM "
        "pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')")

ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
           "d": "SET DEFAULT", " ": ""}


def names_of(rel: str, keys: str) -> str:
    """The names of the columns numbered keys of relation rel, in order."""
    return (f"(SELECT string_agg(a.attname, ',' ORDER BY u.o) FROM unnest({keys}) "
            f"WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = {rel} "
            f"AND a.attnum = u.n)")


def pg_catalog_of(ctx: RunContext, db: str) -> Dict:
    """Tables (columns in order: name, format_type, nullability, default,
    identity, generated, type kind and category, enum labels, comment),
    views (column names), primary keys, unique keys (constraints and unique
    indexes), foreign keys with actions, other indexes, CHECK constraints
    per table, and table comments."""
    def rows(q):
        return [r.split("|") for r in ctx.sql(db, q).splitlines() if r]
    cat = {"tables": {}, "views": {}, "pk": {}, "unique": set(), "fk": set(),
           "indexes": {}, "checks": {}, "comments": {}}
    for (name, num, col, fmt, notnull, has_def, ident, gen, typtype, cat_,
         labels, comment) in rows(
            "SELECT c.relname, a.attnum, a.attname, format_type(a.atttypid, "
            "a.atttypmod), a.attnotnull, ad.adbin IS NOT NULL AND "
            "pg_get_expr(ad.adbin, ad.adrelid) !~ '^NULL(::[a-z ]+)?$', "
            "a.attidentity, "
            "a.attgenerated, t.typtype, t.typcategory, (SELECT string_agg("
            "e.enumlabel, chr(31) ORDER BY e.enumsortorder) FROM pg_enum e "
            "WHERE e.enumtypid = t.oid), coalesce(replace(col_description("
            "c.oid, a.attnum), chr(10), ' '), '') FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON "
            "a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped JOIN "
            "pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef ad ON "
            "ad.adrelid = c.oid AND ad.adnum = a.attnum WHERE c.relkind IN "
            f"('r', 'p', 'v') AND {USER} ORDER BY 1, 2"):
        cat["tables"].setdefault(name, []).append(
            {"name": col, "fmt": fmt, "notnull": notnull == "t",
             "default": has_def == "t" and not gen, "identity": ident != "",
             "generated": gen != "", "typtype": typtype, "category": cat_,
             "labels": labels.split("\x1f") if labels else [],
             "comment": comment})
    for v, kind, comment in rows(
            "SELECT c.relname, c.relkind, coalesce(replace(obj_description("
            "c.oid, 'pg_class'), chr(10), ' '), '') FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN "
            f"('r', 'p', 'v') AND {USER}"):
        if kind == "v":
            cat["views"][v] = [c["name"] for c in cat["tables"].pop(v, [])]
        elif comment:
            cat["comments"][v] = comment
    for rel, kind, cols, ref, refcols, upd, dele in rows(
            "SELECT c.relname, k.contype, " +
            names_of("k.conrelid", "k.conkey") + ", r.relname, " +
            names_of("k.confrelid", "k.confkey") +
            ", k.confupdtype, k.confdeltype FROM pg_constraint k JOIN pg_class "
            "c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = "
            "c.relnamespace LEFT JOIN pg_class r ON r.oid = k.confrelid WHERE "
            f"k.contype IN ('p', 'u', 'f', 'c') AND {USER}"):
        if kind == "p":
            cat["pk"][rel] = cols.split(",")
        elif kind == "u":
            cat["unique"].add((rel, cols))
        elif kind == "c":
            cat["checks"][rel] = cat["checks"].get(rel, 0) + 1
        else:
            cat["fk"].add((rel, cols, ref, refcols, ACTIONS[upd], ACTIONS[dele]))
    cat["sequences"] = {}
    for seq, rel, col in rows(
            "SELECT c.relname, coalesce(r.relname, ''), coalesce(a.attname, "
            "'') FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace LEFT JOIN pg_depend d ON d.objid = c.oid AND "
            "d.classid = 'pg_class'::regclass AND d.refobjsubid > 0 AND "
            "d.deptype IN ('a', 'i') LEFT JOIN pg_class r ON r.oid = "
            "d.refobjid LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid "
            f"AND a.attnum = d.refobjsubid WHERE c.relkind = 'S' AND {USER}"):
        cat["sequences"][seq] = (rel, col) if rel else None
    for name, rel, unique, cols, partial, constraint in rows(
            "SELECT i.relname, c.relname, x.indisunique, (SELECT "
            "string_agg(coalesce(a.attname, '(expression)'), ',' ORDER BY k.o) "
            "FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(n, o) LEFT JOIN "
            "pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.n), "
            "x.indpred IS NOT NULL, EXISTS (SELECT 1 FROM pg_constraint k "
            "WHERE k.conindid = i.oid AND k.contype IN ('p', 'u', 'x')) "
            "FROM pg_index x JOIN pg_class i ON "
            "i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN "
            f"pg_namespace n ON n.oid = c.relnamespace WHERE {USER}"):
        if constraint == "t":
            continue
        cat["indexes"][name] = (rel, unique == "t", cols, partial == "t")
        if unique == "t" and partial != "t" and "(expression)" not in cols:
            cat["unique"].add((rel, cols))
    return cat


def key_columns(pg: Dict) -> set:
    """(table, column) of every column in a key, a foreign key (either side)
    or an index of the PostgreSQL catalog."""
    keys = set()
    for t, cols in pg["pk"].items():
        keys |= {(t, c) for c in cols}
    for t, cols in pg["unique"]:
        keys |= {(t, c) for c in cols.split(",")}
    for t, cols, ref, refcols, _, _ in pg["fk"]:
        keys |= {(t, c) for c in cols.split(",")}
        keys |= {(ref, c) for c in refcols.split(",")}
    for t, _, cols, _ in pg["indexes"].values():
        keys |= {(t, c) for c in cols.split(",")}
    return keys


# --- Running schemac --------------------------------------------------------------


def refusal_reasons(stderr: str, display: str) -> List[str]:
    """What each error of a refusal says the target (display name) cannot
    express."""
    res = [
        (re.compile(r"error: .* uses (.*?), which cannot be written in "
                    + display), "{}"),
        (re.compile(r"error: (\S+) (?:statement|'[^']*') is written in '\w+' "
                    r"and cannot be emitted as " + display),
         "{} kept as PostgreSQL text"),
        (re.compile(r"error: (.*)"), "{}"),
    ]
    reasons = []
    for line in stderr.splitlines():
        for rx, form in res:
            m = rx.search(line)
            if m:
                reasons.append(form.format(m.group(1)))
                break
    return reasons


def compile_case(ctx: RunContext, c: Case, target: str, display: str,
                 out: str, result: Result, refusals: Dict) -> bool:
    """Runs schemac --target=<target> on the case into out. Returns True if
    it wrote a script; otherwise sets result (a refusal with its reasons
    counted in refusals, or an error)."""
    cmd = ctx.args.schemac + ["--from=postgres", f"--target={target}", "-w",
                              "-o", out] + c.inputs
    r = subprocess.run(cmd, capture_output=True, text=True,
                       timeout=ctx.args.timeout)
    if r.returncode == 0:
        return True
    if r.returncode < 0 or r.returncode > 1:
        result.status, result.reason = "ERROR", f"schemac exit status {r.returncode}"
        result.details = "$ " + " ".join(cmd) + "\n" + r.stderr
        return False
    reasons = refusal_reasons(r.stderr, display)
    if not reasons:
        result.status, result.reason = "ERROR", "refused without saying why"
        result.details = "$ " + " ".join(cmd) + "\n" + r.stderr
        return False
    result.status, result.reason = "PARSED", "refused: " + reasons[0]
    for x in set(reasons):
        refusals[x] = refusals.get(x, 0) + 1
    return False


def compare_with_pg(ctx: RunContext, c: Case, prefix: str, result: Result,
                    other: Dict, compare: Callable[[Dict, Dict], List[str]]
                    ) -> Result:
    """Applies the case's input to a fresh PostgreSQL database named
    <prefix>_orig and compares its catalog with the other engine's (other)
    through compare(pg, other), which lists the differences."""
    db = prefix + "_orig"
    ctx.create_db(db)
    try:
        target, errors = load(ctx, db, c.inputs)
        if errors:
            result.status, result.reason = "PARSED", "PostgreSQL rejects the input"
            return result
        diffs = compare(pg_catalog_of(ctx, target), other)
    finally:
        ctx.drop_dbs(prefix)
    if diffs:
        result.status, result.reason = "DIFFERENT", f"{len(diffs)} difference(s)"
        result.details = "\n".join(diffs)
    result.counts = {"tables": 1}
    return result


# --- Cases and the main loop --------------------------------------------------------


def corpus_cases(corpora: str) -> List[Case]:
    cases = []
    for d, _, names in os.walk(corpora):
        for n in sorted(names):
            p = os.path.join(d, n)
            if n.endswith(".sql") and re.search(
                    r"postgres|pagila|migra|PostgreSql", p):
                cases.append(Case(os.path.relpath(p, corpora), [p]))
    return sorted(cases, key=lambda c: c.label)


def main(name: str, doc: str, argv: List[str],
         add_arguments: Callable, setup: Callable,
         run_one: Callable[[RunContext, Case, str, Dict], Result],
         extra_cases: Callable[[str], List[Case]] = lambda d: []) -> int:
    """The command line of an oracle called name: add_arguments(ap) adds
    its own options, setup(args) connects to the other engine (raises
    HarnessError), run_one(ctx, case, workdir, refusals) compares one case,
    extra_cases(artifacts) gives cases of its own besides the test inputs."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.join(HERE, os.pardir, "test"))
    ap.add_argument("--corpora", help="also every PostgreSQL file here")
    ap.add_argument("--only-corpora", action="store_true",
                    help="only the corpora's files, not the test inputs")
    ap.add_argument("--filter", default="")
    add_arguments(ap)
    add_common_arguments(ap, max_diff_lines=40)
    args = parse_common_arguments(ap, argv)

    oracle = pg_oracle()
    found, by_path = oracle.discover(os.path.abspath(args.root),
                                     ["Oracle/Inputs", "Fuzz"])
    try:
        setup(args)
        ctx, artifacts = open_run(args, "schemac_" + name.split("-")[0])
    except HarnessError as e:
        print(f"{name}: error: {e}", file=sys.stderr)
        return 2
    cases: List[Case] = []
    for i, c in enumerate(found):
        if c.skip or c.xfail or args.only_corpora:
            continue
        workdir = os.path.join(artifacts, f"in{i:03d}")
        os.makedirs(workdir, exist_ok=True)
        inputs = oracle.materialize(c, by_path, workdir)
        cases.append(Case(c.label, inputs))
    if not args.only_corpora:
        cases += extra_cases(artifacts)
    if args.corpora:
        cases += corpus_cases(args.corpora)
    cases = [c for c in cases if args.filter in c.label]
    refusals: Dict[str, int] = {}
    results = run_cases(
        ctx, cases,
        lambda i, c: run_one(ctx, c, os.path.join(artifacts, f"case{i:03d}"),
                             refusals),
        lambda r: r.case.label)
    close_run(ctx, artifacts)
    return report(name, results, refusals)


def report(name: str, results: List[Result], refusals: Dict) -> int:
    """Prints an oracle's summary line and its refusals, most frequent
    first; returns the exit status (1 if a case differed or failed)."""
    count = lambda s: sum(1 for r in results if r.status == s)
    compared = sum(1 for r in results if r.counts)
    refused = sum(1 for r in results if r.reason.startswith("refused"))
    print(f"{name}: {len(results)} cases, {compared} compared on both "
          f"engines, {compared - count('DIFFERENT')} identical, "
          f"{count('DIFFERENT')} different, {refused} refused by schemac, "
          f"{count('ERROR')} errors")
    for reason, n in sorted(refusals.items(), key=lambda x: (-x[1], x[0])):
        print(f"refused: {n} {reason}")
    return 1 if count("DIFFERENT") or count("ERROR") else 0
