#!/usr/bin/env python3
"""SQL Server as a target, checked without an engine.

For each input (any dialect schemac reads), the SQL Server DDL schemac
writes is (1) read back by schemac's SQL Server frontend, and written and
read again: the two modules must be the same (the output is a fixed point:
what the frontend reads from the backend's output, the backend writes
again), compared object by object (their order may differ: a foreign key
written after its table the first time is inline the second); and (2)
optionally parsed by sqlfluff's T-SQL grammar (Debian's sqlfluff 1.4.5,
`sqlfluff parse --dialect tsql`), an independent parser, which must find
no unparsable section.

Inputs the target refuses (an error of the backend: what SQL Server cannot
hold) are counted as refused, with the first reason.

  scripts/sqlserver-roundtrip.py --schemac build/bin/schemac \\
      [--from postgres] [--sqlfluff] FILE...

Prints one line per file and a summary:
  "N files, I identical, R refused, F failed, P parsed by sqlfluff"
Exit status 0 iff no file failed.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def blocks(ir_text):
    """The top-level objects of textual IR, as a sorted list of texts."""
    out, cur = [], []
    for line in ir_text.splitlines():
        if line.startswith("module "):
            continue
        if line and not line.startswith((" ", "}")):
            if cur:
                out.append("\n".join(cur))
            cur = [line]
        elif line:
            cur.append(line)
    if cur:
        out.append("\n".join(cur))
    # How a constraint was added (inline or by ALTER TABLE) is the
    # output's choice, not the schema's.
    return sorted(re.sub(r" added_by_alter| column_level \S+", "", b)
                  for b in out)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def check(args, path, tmp):
    a_sql = os.path.join(tmp, "a.sql")
    b_sql = os.path.join(tmp, "b.sql")
    opts = ["-w", "--foreign-opaque=skip"]
    src = [f"--from={args.source}"] if args.source else []
    r = run([args.schemac] + src + opts + [path, "--target=sqlserver",
                                           "-o", a_sql])
    if r.returncode != 0:
        first = next((l for l in r.stderr.splitlines() if "error:" in l), "")
        return "refused", first.split("error: ", 1)[-1]
    ir1 = run([args.schemac, "--from=sqlserver", "-w", "--emit=ir", a_sql])
    if ir1.returncode != 0:
        first = next((l for l in ir1.stderr.splitlines() if "error:" in l), "")
        return "failed", "read back: " + first
    r = run([args.schemac, "--from=sqlserver", "-w", "--foreign-opaque=skip",
             a_sql, "--target=sqlserver", "-o", b_sql])
    if r.returncode != 0:
        return "failed", "written again: " + r.stderr.strip()[:200]
    ir2 = run([args.schemac, "--from=sqlserver", "-w", "--emit=ir", b_sql])
    if ir2.returncode != 0 or blocks(ir1.stdout) != blocks(ir2.stdout):
        one, two = blocks(ir1.stdout), blocks(ir2.stdout)
        diff = [b for b in one if b not in two][:1]
        return "failed", "not a fixed point: " + (diff[0][:200] if diff else "")
    if args.sqlfluff:
        f = run(["sqlfluff", "parse", "--dialect", "tsql", "--nocolor",
                 a_sql], timeout=600)
        bad = [l for l in f.stdout.splitlines() if "PRS" in l or
               "unparsable" in l]
        if bad:
            return "failed", "sqlfluff: " + bad[0].strip()[:200]
        return "parsed", ""
    return "identical", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", default="build/bin/schemac")
    ap.add_argument("--from", dest="source", default="")
    ap.add_argument("--sqlfluff", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.sqlfluff and not shutil.which("sqlfluff"):
        print("sqlfluff not found")
        return 2
    counts = dict(identical=0, parsed=0, refused=0, failed=0)
    tmp = tempfile.mkdtemp()
    try:
        for path in args.files:
            status, why = check(args, path, tmp)
            counts[status] += 1
            name = os.path.basename(path)
            print(f"{status} {name}" + (f": {why}" if why else ""))
    finally:
        shutil.rmtree(tmp)
    n = len(args.files)
    print(f"{n} files, {counts['identical'] + counts['parsed']} identical, "
          f"{counts['refused']} refused, {counts['failed']} failed, "
          f"{counts['parsed']} parsed by sqlfluff")
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
