#!/usr/bin/env python3
"""The semantic oracle: every PostgreSQL input of the test suite, compiled by
schemac and compared on a live server, so that a silent change anywhere
fails a test.

For each case (one or more SQL files, in order), the input is applied to a
fresh database, `schemac --emit=ddl` of it to another, and the catalogs and
data are compared (scripts/pg_catalog.py, the comparer of the conformance
harness: normalized pg_dump output and object counts).

The cases come from the test tree (--root, default test/ next to this
script) and its RUN lines:
  - every `schemac` command of a RUN line that is expected to succeed
    (not under `not`) makes a case of the .sql files it reads (after `cd`
    into a split-file directory, the `#--- name.sql` sections), in order;
    with --split-input-file, each part of a single file is its own case;
  - a .sql file no RUN line reads (an Inputs/ fixture of another harness)
    is a case of its own;
  - recognised as not meant to be valid PostgreSQL, and reported as skipped
    with the reason: inputs read only by commands that must fail, parts or
    files with expected-error annotations, inputs read with --from=<other
    dialect>, and anything marked with a line `ORACLE: skip <reason>`;
  - `ORACLE: xfail <reason>` marks a known difference (a bug with its
    reference): the case must still differ, and passes then; if it stops
    differing the oracle fails, so that the mark is removed.

Output: one line per case, then the counts (applied, compared, identical,
skipped with reason). Exit status 0 iff no case differs or fails
unexpectedly.
"""

import argparse
import os
import re
import shlex
import sys
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from pg_catalog import (HarnessError, Result, RunContext,
                        add_common_arguments, close_run, compare,
                        format_counts, open_run, parse_common_arguments,
                        run_cases, run_schemac)

RUN_RE = re.compile(r"^\s*(?:(?:--|#|//)\s*)?RUN:\s?(.*)$")
MARK_RE = re.compile(r"\bORACLE:\s*(skip|xfail)\b\s*(.*)$", re.M)
SECTION_RE = re.compile(r"^#--- (\S+)\s*$", re.M)
SPLIT_RE = re.compile(r"^(?:--|//) -----\s*$", re.M)
EXPECTED_ERROR = "expected-error"
# Redirections: [n]> [n]>> < [n]>&m, attached to their file or not.
REDIRECT_RE = re.compile(r"^\d*(>>?|<)(&\d+)?")


@dataclass
class OracleCase:
    label: str
    inputs: List[str]                 # files, in order
    skip: str = ""                    # why it is not compared
    xfail: str = ""                   # the known difference it must show
    status: str = ""


@dataclass
class TestFile:
    """A lit test: its RUN lines, and for split-file tests its sections."""
    path: str
    runs: List[str]
    sections: Dict[str, str] = field(default_factory=dict)  # name -> text


def run_lines(text: str) -> List[str]:
    """RUN lines with their continuations joined."""
    out, cur = [], ""
    for line in text.splitlines():
        m = RUN_RE.match(line)
        if not m:
            continue
        part = m.group(1).rstrip()
        if part.endswith("\\"):
            cur += part[:-1] + " "
            continue
        out.append(cur + part)
        cur = ""
    return out


def commands(run: str) -> List[Tuple[bool, List[str], Optional[str]]]:
    """The commands of a RUN line: (negated, argv, stdin file)."""
    try:
        toks = shlex.split(run, posix=True)
    except ValueError:
        return []
    out, cur = [], []
    for t in toks + ["&&"]:
        if t in ("&&", "||", ";", "|"):
            if cur:
                stdin, argv, skip_next = None, [], False
                for i, a in enumerate(cur):
                    m = REDIRECT_RE.match(a)
                    if skip_next:
                        skip_next = False
                    elif not m:
                        argv.append(a)
                    elif a == m.group(0) and not m.group(2):
                        # "< file", "> file": the file is the next token.
                        skip_next = True
                        if m.group(1) == "<" and i + 1 < len(cur):
                            stdin = cur[i + 1]
                    elif m.group(1) == "<":
                        stdin = a[len(m.group(0)):]
                neg = argv[:1] == ["not"]
                out.append((neg, argv[1:] if neg else argv, stdin))
            cur = []
        else:
            cur.append(t)
    return out


@dataclass
class Use:
    files: List[str]
    negated: bool
    split: bool
    dialect: str


def uses_of(test: TestFile) -> List[Use]:
    """The schemac commands of a test and the SQL files each reads."""
    here = os.path.dirname(test.path)
    out: List[Use] = []
    for run in test.runs:
        run = run.replace("%s", shlex.quote(test.path)).replace(
            "%S", shlex.quote(here))
        cmds = commands(run)
        for n, (neg, argv, stdin) in enumerate(cmds):
            if not argv or argv[0] != "schemac":
                continue
            dialect, files, split, other = "postgres", [], False, False
            for i, a in enumerate(argv[1:], 1):
                if argv[i - 1] == "-o":
                    continue  # the output
                if a.startswith("--from="):
                    dialect = a.split("=", 1)[1]
                elif a == "--split-input-file":
                    split = True
                elif a == "-":
                    src = stdin
                    prev = cmds[n - 1][1] if n else []
                    if src is None and prev[:1] == ["cat"] and len(prev) == 2:
                        src = prev[1]
                    if src:
                        files.append(src)
                elif not a.startswith("-") and a.endswith(".sql"):
                    files.append(a)
                elif not a.startswith("-"):
                    other = True  # textual IR, JSON: not a SQL case
            if other:
                continue
            if stdin and "-" not in argv and not files:
                files.append(stdin)
            resolved = []
            for f in files:
                base = os.path.basename(f)
                if test.sections and (f.startswith("%t") or "/" not in f):
                    resolved.append(f"{test.path}#{base}")
                elif "%" not in f and os.path.isfile(f):
                    # (%t: outputs of earlier commands; %corpora: the
                    # corpora, which test/Conformance compares.)
                    resolved.append(os.path.normpath(f))
            if resolved:
                out.append(Use(resolved, neg, split, dialect))
    return out


def read_tests(root: str, exclude: List[str]) -> Tuple[List[TestFile], List[str]]:
    tests, sql_files = [], []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if os.path.relpath(
            os.path.join(d, x), root) not in exclude)
        for f in sorted(files):
            p = os.path.join(d, f)
            if f.endswith(".sql"):
                sql_files.append(p)
            if not f.endswith((".sql", ".test", ".sir")):
                continue
            with open(p, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            runs = run_lines(text)
            sections = {}
            if runs and "split-file" in " ".join(runs):
                parts = SECTION_RE.split(text)
                for i in range(1, len(parts) - 1, 2):
                    sections[parts[i]] = parts[i + 1]
            if runs:
                tests.append(TestFile(p, runs, sections))
    return tests, sql_files


def text_of(name: str, tests_by_path: Dict[str, TestFile]) -> str:
    if "#" in name:
        path, section = name.split("#", 1)
        return tests_by_path[path].sections.get(section, "")
    with open(name, encoding="utf-8", errors="replace") as fh:
        return fh.read()


def discover(root: str, exclude: List[str]
             ) -> Tuple[List[OracleCase], Dict[str, TestFile]]:
    tests, sql_files = read_tests(root, exclude)
    by_path = {t.path: t for t in tests}
    rel = lambda p: os.path.relpath(p.split("#")[0], root) + (
        "#" + p.split("#")[1] if "#" in p else "")
    positive: Dict[Tuple[str, ...], bool] = {}   # files -> split
    negative, foreign = set(), set()
    for t in tests:
        for u in uses_of(t):
            key = tuple(u.files)
            if u.dialect != "postgres":
                foreign.update(u.files)
            elif u.negated:
                negative.update(u.files)
            else:
                positive[key] = positive.get(key, False) or u.split
    positive = {k: v for k, v in positive.items()
                if not any(f in foreign for f in k)}
    used = {f for k in positive for f in k}
    cases: List[OracleCase] = []
    for files, split in positive.items():
        texts = [text_of(f, by_path) for f in files]
        if split and len(files) == 1:
            parts = SPLIT_RE.split(texts[0])
            for i, part in enumerate(parts):
                cases.append(OracleCase(f"{rel(files[0])} (part {i + 1})",
                                        [f"{files[0]}@{i}"]))
        else:
            cases.append(OracleCase(" + ".join(rel(f) for f in files),
                                    list(files)))
    # Files no successful command reads.
    for f in sql_files:
        if f in used:
            continue
        c = OracleCase(rel(f), [f])
        if f in foreign:
            c.skip = "not PostgreSQL (read with --from of another dialect)"
        elif f in negative:
            c.skip = "deliberately invalid (RUN lines expect schemac to fail)"
        cases.append(c)
    for t in tests:
        for name in t.sections:
            key = f"{t.path}#{name}"
            if name.endswith(".sql") and key not in used:
                c = OracleCase(rel(key), [key])
                if key in negative:
                    c.skip = ("deliberately invalid (RUN lines expect "
                              "schemac to fail)")
                elif key in foreign:
                    c.skip = "not PostgreSQL (read with --from of another dialect)"
                else:
                    c.skip = "not read by any schemac command of its test"
                cases.append(c)
    # Markers and expected-error annotations.
    for c in cases:
        text = "\n".join(case_text(f, by_path) for f in c.inputs)
        for m in MARK_RE.finditer(text):
            reason = m.group(2).strip() or "no reason given"
            if m.group(1) == "skip" and not c.skip:
                c.skip = "marked: " + reason
            elif m.group(1) == "xfail":
                c.xfail = reason
        if not c.skip and EXPECTED_ERROR in text:
            c.skip = "deliberately invalid (expected-error annotations)"
    cases.sort(key=lambda c: c.label)
    return cases, by_path


def case_text(name: str, by_path: Dict[str, TestFile]) -> str:
    """The text of an input: a file, a split-file section (path#name) or a
    part of a --split-input-file file (path@index)."""
    m = re.match(r"^(.*)@(\d+)$", name)
    if m:
        return SPLIT_RE.split(text_of(m.group(1), by_path))[int(m.group(2))]
    return text_of(name, by_path)


def materialize(c: OracleCase, by_path, workdir: str) -> List[str]:
    """Files for the inputs that are sections or parts."""
    out = []
    for i, name in enumerate(c.inputs):
        if "#" not in name and "@" not in name:
            out.append(name)
            continue
        base = re.sub(r"[^A-Za-z0-9_.-]", "_", os.path.basename(name))
        p = os.path.join(workdir, f"{i}-{base}.sql")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(case_text(name, by_path))
        out.append(p)
    return out


def run_one(ctx: RunContext, c: OracleCase, by_path, workdir: str) -> Result:
    result = Result(c)
    os.makedirs(workdir, exist_ok=True)
    inputs = materialize(c, by_path, workdir)
    ours = os.path.join(workdir, "schemac.sql")
    if run_schemac(ctx, inputs, ours, result):
        compare(ctx, inputs, ours, result, workdir, ctx.new_db_prefix(),
                with_data=True)
    if c.xfail:
        if result.status == "DIFFERENT":
            result.status, result.reason = "XFAIL", c.xfail
            result.details = ""
        elif result.passed:
            result.status = "XPASS"
            result.reason = "marked 'ORACLE: xfail " + c.xfail + \
                "' but the catalogs are the same: remove the mark"
    return result


def main(argv: List[str]) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.join(here, os.pardir, "test"),
                    help="the test tree (default: test/ of this checkout)")
    ap.add_argument("--exclude", action="append",
                    default=["Oracle/Inputs", "Fuzz"],
                    help="folders of the tree (relative) to leave out "
                    "(default: Oracle/Inputs, the oracle's own test tree, "
                    "and Fuzz, the fuzzers' regression inputs: broken on "
                    "purpose, replayed by test/Fuzz)")
    ap.add_argument("--filter", default="", help="only cases whose label "
                    "contains this text")
    ap.add_argument("--shard", default="1/1", help="I/N: every Nth case "
                    "from the Ith (for parallel lit tests)")
    add_common_arguments(ap, max_diff_lines=80)
    args = parse_common_arguments(ap, argv)

    root = os.path.abspath(args.root)
    cases, by_path = discover(root, args.exclude)
    shard, shards = (int(x) for x in args.shard.split("/"))
    cases = [c for i, c in enumerate(cases)
             if args.filter in c.label and i % shards == shard - 1]
    if args.list:
        for c in cases:
            kind = "skip" if c.skip else "xfail" if c.xfail else "compare"
            print(f"{kind:<8} {c.label}" + (f" ({c.skip})" if c.skip else ""))
        return 0

    try:
        ctx, artifacts = open_run(args, "schemac_oracle")
    except HarnessError as e:
        print(f"pg-oracle: error: {e}", file=sys.stderr)
        return 2

    todo = [c for c in cases if not c.skip]
    results = run_cases(
        ctx, todo,
        lambda i, c: run_one(ctx, c, by_path,
                             os.path.join(artifacts, f"case{i:03d}")),
        lambda r: r.case.label)
    close_run(ctx, artifacts)

    skipped: Dict[str, int] = {}
    for c in cases:
        if c.skip:
            skipped[c.skip] = skipped.get(c.skip, 0) + 1
    count = lambda *s: sum(1 for r in results if r.status in s)
    compared = [r for r in results if r.counts or r.status == "DIFFERENT"]
    applied = len([r for r in results if r.counts])
    total: Dict[str, int] = {}
    for r in results:
        for k, v in r.counts.items():
            total[k] = total.get(k, 0) + v
    print(f"objects in the original catalogs: {format_counts(total) or 'none'}")
    print(f"oracle: {len(cases)} cases, {applied} applied, {len(compared)} "
          f"compared, {count('SAME', 'SAME-ORDER')} identical, "
          f"{count('XFAIL')} known differences, {count('DIFFERENT')} "
          f"different, {count('ERROR')} errors, {count('XPASS')} unexpectedly "
          f"identical, {len(cases) - len(todo)} skipped")
    for reason, n in sorted(skipped.items()):
        print(f"skipped: {n} {reason}")
    bad = count("DIFFERENT", "ERROR", "XPASS")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
