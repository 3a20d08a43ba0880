#!/usr/bin/env python3
"""Catalog comparison on a live PostgreSQL server, shared by the harnesses.

pg-conformance.py (corpora), pg-oracle.py (every PostgreSQL input of the
test suite) and pg-history-stress.py (generated migration histories) all ask
the same question: does the DDL `schemac --emit=ddl` writes from some SQL
give PostgreSQL the same catalog as the SQL itself? This module answers it:

  - run_schemac() lowers the inputs (zero errors; warnings are counted);
  - compare() applies the original to one fresh database and schemac's DDL
    to another, and compares normalized `pg_dump` output (schema, and data
    if asked: statements kept as text may insert rows) and object counts
    from catalog queries; a difference becomes a unified diff;
  - run_cases() runs cases in parallel and prints one line per case.

The server comes from the libpq environment (PGHOST, PGPORT, PGUSER).
Standard library only (PyPI is unreachable here).
"""

import concurrent.futures
import difflib
import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

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
    # A default written as a string the type reads as the current time
    # (DEFAULT 'now()' on a timestamp column) is evaluated once, when the
    # table is created, so each side stores its own load time: compare such
    # timestamps as equal.
    mask_load_time: bool = False


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

HERE = os.path.dirname(os.path.abspath(__file__))


@functools.lru_cache(maxsize=None)
def load_script(name: str):
    """A sibling script whose file name is not a module name
    ("sqlite-roundtrip"), as a module, loaded once."""
    spec = importlib.util.spec_from_file_location(
        name.replace("-", "_"), os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod



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


def dump(ctx: RunContext, db: str, with_data: bool = False) -> str:
    r = run([ctx.pg_dump] + ([] if with_data else ["--schema-only"])
            + ["-d", db])
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
                result: Result, count_warnings: bool = True,
                source: str = "postgres") -> bool:
    """Writes schemac's PostgreSQL DDL of the inputs (read as --from=source:
    a language, or a database URL, then no inputs are needed) to output."""
    cmd = ctx.args.schemac + [f"--from={source}", "--target=postgres",
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


def format_counts(c: Dict[str, int]) -> str:
    return ", ".join(f"{c[k]} {k}" for k in COUNT_KEYS if c.get(k))


def load_env_file(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$", line)
            if m:
                os.environ[m.group(1)] = m.group(2).strip().strip("'\"")




# --- Comparing one case -----------------------------------------------------------


LOAD_TIME_RE = re.compile(
    r"DEFAULT '\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?([+-]\d\d(:\d\d)?)?'")


def compare(ctx: RunContext, inputs: List[str], ours_sql: str, result: Result,
            workdir: str, db_prefix: str, original_errors_ok: bool = False,
            note: str = "", with_data: bool = False,
            mask_load_time: bool = False,
            make_ours: Optional[Callable[[str], bool]] = None) -> Result:
    """Applies the inputs (the original) and ours_sql (what schemac
    emitted from them) to two fresh databases named <db_prefix>_orig and
    _ours, one after the other, and compares their dumps. Sets
    result.status to SAME, SAME-ORDER, DIFFERENT or ERROR (the original
    does not load, unless original_errors_ok: PostgreSQL itself rejects some
    of its statements, the rest is applied). make_ours, if given, writes
    ours_sql from the original database (whose name it gets) before that is
    dropped; it returns False, with result.status set, if it could not."""
    orig_db, ours_db = db_prefix + "_orig", db_prefix + "_ours"
    try:
        ctx.create_db(orig_db)
        target, err = load(ctx, orig_db, inputs,
                           stop_on_error=not original_errors_ok)
        if err and not original_errors_ok:
            result.status, result.reason = "ERROR", "the original does not load"
            result.details = err
            return result
        if err:
            rejected = err.count("ERROR:")
            result.reason = (f"PostgreSQL rejected {rejected} statement(s) of "
                             f"the original: {note}")
        orig_lines = normalize_dump(dump(ctx, target, with_data))
        result.counts = counts(ctx, target)
        if make_ours and not make_ours(target):
            return result
        # The other side creates the same databases (chinook) again.
        ctx.drop_dbs(db_prefix)

        ctx.create_db(ours_db)
        target, err = load(ctx, ours_db, [ours_sql])
        if err:
            result.status = "DIFFERENT"
            result.reason = "the emitted DDL does not load"
            result.details = f"emitted DDL: {ours_sql}\n{err}"
            return result
        ours_lines = normalize_dump(dump(ctx, target, with_data))
        ours_counts = counts(ctx, target)
    finally:
        ctx.drop_dbs(db_prefix)

    if mask_load_time:
        orig_lines = [LOAD_TIME_RE.sub(r"DEFAULT '<load time>'", l)
                      for l in orig_lines]
        ours_lines = [LOAD_TIME_RE.sub(r"DEFAULT '<load time>'", l)
                      for l in ours_lines]
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




# --- Running cases in parallel ---------------------------------------------------


def run_cases(ctx: RunContext, items: List, work: Callable[[int, object], Result],
              label: Callable[[Result], str]) -> List[Result]:
    """Runs work(i, item) for every item on ctx.args.jobs threads; prints
    "[n/N] STATUS label (reason)" per result as it comes (in order), and
    the details of each to stderr."""
    def guarded(pair):
        i, item = pair
        try:
            return work(i, item)
        except HarnessError as e:
            return Result(item, "ERROR", "harness: " + str(e))

    results: List[Result] = []
    with concurrent.futures.ThreadPoolExecutor(max(1, ctx.args.jobs)) as pool:
        for n, r in enumerate(pool.map(guarded, enumerate(items)), 1):
            results.append(r)
            extra = f" ({r.reason})" if r.reason else ""
            print(f"[{n}/{len(items)}] {r.status:<10} {label(r)}{extra}",
                  flush=True)
            if r.details:
                print(f"=== {r.status}: {label(r)}{extra}\n{r.details}\n",
                      file=sys.stderr, flush=True)
    return results


# --- Command lines -------------------------------------------------------------


def add_common_arguments(ap, max_diff_lines: int = 150) -> None:
    """The options every harness has: the compiler, the server, where the
    artifacts go, parallelism."""
    ap.add_argument("--schemac", default="schemac",
                    help="the schemac command (may contain arguments)")
    ap.add_argument("--env-file", help="source PG* settings from this file "
                    "(e.g. build/servers/pg.env)")
    ap.add_argument("--artifacts", help="keep inputs, emitted DDL and dumps "
                    "here (default: a temporary directory, removed at exit)")
    ap.add_argument("--jobs", type=int, default=2, help="cases in parallel")
    ap.add_argument("--timeout", type=int, default=60,
                    help="seconds per schemac run")
    ap.add_argument("--max-diff-lines", type=int, default=max_diff_lines)
    ap.add_argument("--list", action="store_true", help="list the cases")


def parse_common_arguments(ap, argv: List[str]):
    args = ap.parse_args(argv)
    args.schemac = args.schemac.split()
    if args.env_file:
        load_env_file(args.env_file)
    return args


def open_run(args, prefix: str) -> Tuple[RunContext, str]:
    """Connects (raises HarnessError) and makes the artifacts directory.
    Databases are named <prefix>_<pid>_*."""
    ctx = RunContext(args)
    ctx.prefix = f"{prefix}_{os.getpid()}"
    setup_server(ctx)
    artifacts = args.artifacts or tempfile.mkdtemp(prefix=prefix + ".")
    if args.artifacts:
        shutil.rmtree(artifacts, ignore_errors=True)
    os.makedirs(artifacts, exist_ok=True)
    return ctx, artifacts


def close_run(ctx: RunContext, artifacts: str) -> None:
    """Drops what the run left behind; removes temporary artifacts."""
    try:
        ctx.drop_dbs(ctx.prefix)
    except HarnessError:
        pass
    if not ctx.args.artifacts:
        shutil.rmtree(artifacts, ignore_errors=True)
