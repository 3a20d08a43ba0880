#!/usr/bin/env python3
"""The Oracle target's oracle: Oracle has no engine here, so its output is
checked by reading it back.

For every input (the SQL test inputs of PostgreSQL, SQLite and Oracle under
test/Frontend, and with --corpora the Oracle corpus chains of
scripts/oracle-corpora.py), schemac writes Oracle DDL (`--target=oracle`);
an input the target refuses (errors naming what Oracle cannot hold) is
counted as refused. The output must then

  1. read back with the Oracle frontend without an error, to a module M1;
  2. write again and read back to a module identical to M1 (the IR text,
     objects in any order: the output orders them by their dependencies);
  3. for an Oracle input: M1 is identical to the module of the input
     itself (Oracle to Oracle keeps everything);
  4. with --parser sqlglot: parse with sqlglot's Oracle dialect (Debian's
     python3-sqlglot), statement by statement, PL/SQL units and SQL*Plus
     command lines left out (sqlglot reads SQL only), for inputs of other
     dialects than Oracle (an Oracle input's storage clauses, written back,
     are beyond sqlglot's Oracle grammar). sqlglot 10.6 does not read the
     length semantics of VARCHAR2(n CHAR), a constraint's ENABLE
     NOVALIDATE, the condition x IS JSON nor the types BINARY_FLOAT,
     BINARY_DOUBLE and INTERVAL ... TO ..., nor virtual columns: the
     length semantics, ENABLE NOVALIDATE and a virtual column's AS (...)
     VIRTUAL are taken out of the text it is given, IS JSON reads as IS NOT
     NULL, the types as FLOAT.

  scripts/oracle-roundtrip.py --schemac build/bin/schemac
      [--corpora ../shared/corpora [--only-corpora]] [--parser sqlglot]
      [--filter TEXT] [-v]

Exit status 0 iff no input fails.
"""

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

from oracle_chains import GROUPS, paths

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, os.pardir))


def blocks(ir: str):
    """The module's top-level objects, each with its indented lines, sorted;
    the module line (its name is the file's) is left out. A table's
    constraints are compared in any order (a foreign key the output adds
    after its table reads back last); its columns in order."""
    out, cur = [], []

    def flush():
        if cur:
            head = [l for l in cur if not l.lstrip().startswith("constraint ")]
            keys = sorted(l for l in cur if l.lstrip().startswith("constraint "))
            out.append("\n".join(head + keys))

    for line in ir.splitlines():
        if line.startswith("module "):
            continue
        if line and not line[0].isspace() and line != "}":
            flush()
            cur = [line]
        elif line.strip():
            cur.append(line)
    flush()
    return sorted(out)


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def drop_virtual(text: str) -> str:
    """\\p text without the AS (expr) VIRTUAL of its virtual columns."""
    while True:
        m = re.search(r" AS \(", text)
        if not m:
            return text
        depth, i = 0, m.end() - 1
        while i < len(text):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                break
            i += 1
        if not text[i + 1:].startswith(" VIRTUAL"):
            return text
        text = text[:m.start()] + text[i + 1 + len(" VIRTUAL"):]


def sqlglot_check(text: str):
    """Statements of \p text sqlglot's Oracle dialect cannot parse."""
    import sqlglot  # noqa: E402
    bad = []
    # Statements end with ';' at the end of a line, or a '/' line after a
    # PL/SQL unit; SQL*Plus commands are lines of their own.
    stmts, cur, plsql = [], [], False
    for line in text.splitlines():
        if not cur and not line.strip():
            continue
        if not cur and re.match(r"(?i)\s*(create\s+(or\s+replace\s+)?"
                                r"(editionable\s+|noneditionable\s+)?"
                                r"(trigger|procedure|function|package|type)"
                                r"|declare|begin)\b", line):
            plsql = True
        if line.strip() == "/":
            cur, plsql = [], False
            continue
        cur.append(line)
        if not plsql and line.rstrip().endswith(";"):
            stmts.append("\n".join(cur))
            cur = []
    for s in stmts:
        body = s.strip().rstrip(";")
        if re.match(r"(?i)(set|define|whenever|connect|exit|prompt|rem)\b",
                    body) or not body:
            continue
        # What sqlglot 10.6's Oracle grammar lacks (see above).
        body = re.sub(r"(\d) CHAR\)", r"\1)", body)
        body = re.sub(r" ENABLE NOVALIDATE\b", "", body)
        body = re.sub(r"\bBINARY_(FLOAT|DOUBLE)\b", "FLOAT", body)
        body = re.sub(r"\bIS JSON\b", "IS NOT NULL", body)
        body = drop_virtual(body)
        body = re.sub(r"\bINTERVAL (DAY|YEAR)(\(\d+\))? TO (SECOND|MONTH)"
                      r"(\(\d+\))?", "FLOAT", body)
        try:
            sqlglot.parse_one(body, read="oracle")
        except Exception as e:  # sqlglot raises several kinds
            bad.append((body.splitlines()[0], str(e).splitlines()[0]))
    return bad


def check(schemac, name, source, files, parser, verbose):
    """Returns (status, detail): status is ok, refused or fail."""
    # An input its own frontend refuses is not one.
    rc, _, err = run([schemac, "--from=" + source, "--emit=ir", "-w", "-o",
                      os.devnull] + files)
    if rc:
        return "skipped", ""
    with tempfile.TemporaryDirectory() as tmp:
        out1 = os.path.join(tmp, "out1.sql")
        out2 = os.path.join(tmp, "out2.sql")
        rc, _, err = run([schemac, "--from=" + source, "--target=oracle",
                          "--foreign-opaque=skip", "-w", "-o", out1] + files)
        if rc:
            if "error:" in err and "Assertion" not in err:
                why = re.search(r"error: (.*)", err).group(1)
                return "refused", why
            return "fail", "schemac failed: " + err[-300:]
        rc, ir1, err = run([schemac, "--from=oracle", "--emit=ir", "-w",
                            out1])
        if rc:
            return "fail", "the output does not read back: " + \
                "\n".join(l for l in err.splitlines() if "error:" in l)[:600]
        rc, _, err = run([schemac, "--from=oracle", "--target=oracle", "-w",
                          "-o", out2, out1])
        if rc:
            return "fail", "the output does not write again: " + err[-300:]
        rc, ir2, err = run([schemac, "--from=oracle", "--emit=ir", "-w",
                            out2])
        if rc or blocks(ir1) != blocks(ir2):
            diff = set(blocks(ir1)) ^ set(blocks(ir2))
            return "fail", "written again, it reads back otherwise: " + \
                "\n".join(sorted(diff))[:800]
        if source == "oracle":
            rc, ir0, err = run([schemac, "--from=oracle", "--emit=ir", "-w"]
                               + files)
            if blocks(ir0) != blocks(ir1):
                diff = set(blocks(ir0)) ^ set(blocks(ir1))
                return "fail", "Oracle to Oracle changes the module: " + \
                    "\n".join(sorted(diff))[:800]
        if parser == "sqlglot" and source != "oracle":
            bad = sqlglot_check(open(out1).read())
            if bad:
                return "fail", "sqlglot cannot parse: " + "; ".join(
                    f"{s!r}: {e}" for s, e in bad[:3])
    return "ok", ""


def inputs(args):
    tests = []
    for source, pattern in (("postgres", "test/Frontend/postgres/*.sql"),
                            ("sqlite", "test/Frontend/sqlite/*.sql"),
                            ("oracle", "test/Frontend/oracle/*.sql")):
        for f in sorted(glob.glob(os.path.join(ROOT, pattern))):
            text = open(f, errors="replace").read()
            # Inputs whose RUN line expects failure or reads other files.
            if re.search(r"RUN: not |split-input-file|%S/Inputs", text):
                continue
            tests.append((os.path.relpath(f, ROOT), source, [f]))
    if args.corpora:
        if args.only_corpora:
            tests = []
        for name, files in GROUPS:
            tests.append(("corpus " + name, "oracle",
                          paths(args.corpora, files)))
    return tests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--corpora")
    ap.add_argument("--only-corpora", action="store_true")
    ap.add_argument("--parser", choices=["sqlglot"])
    ap.add_argument("--filter")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    counts = {"ok": 0, "refused": 0, "fail": 0, "skipped": 0}
    reasons = {}
    for name, source, files in inputs(args):
        if args.filter and args.filter not in name:
            continue
        status, detail = check(args.schemac, name, source, files, args.parser,
                               args.verbose)
        counts[status] += 1
        if status == "fail":
            print(f"FAIL {name}: {detail}")
        elif status == "refused":
            reasons[detail] = reasons.get(detail, 0) + 1
            if args.verbose:
                print(f"refused {name}: {detail}")
    total = sum(counts.values()) - counts["skipped"]
    print(f"summary: {total} inputs, {counts['ok'] + counts['fail']} "
          f"written, {counts['ok']} read back identical, {counts['fail']} "
          f"failed, {counts['refused']} refused")
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
