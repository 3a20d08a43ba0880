#!/usr/bin/env python3
"""Replays the fuzzers' regression corpus through the schemac driver, in
every build (the fuzz targets themselves need clang; scripts/fuzz.py).

  replay.py SCHEMAC DIR...

Each file of a directory named after a fuzz target is compiled the way that
target does, and must hold the target's properties:
  - never a crash, an abort or a hang: exit status 0 or 1 within 60 s;
  - when it compiles: its textual IR reads back and prints the same, and
    the DDL written compiles again (IR that a reader accepts must not give
    SQL the engine refuses).
Prints one line per file that breaks a property; exit status 1 if any did.
"""

import subprocess
import sys
from pathlib import Path


def run(schemac, args, stdin=None):
    try:
        r = subprocess.run([schemac] + args, input=stdin, capture_output=True,
                           timeout=60)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out after 60 s"
    return r.returncode, r.stdout, r.stderr


def check(schemac, target, path):
    """Returns a description of the broken property, or None."""
    if target == "ir-parser":
        head = path.read_bytes().lstrip()[:1]
        source = ["--from=json" if head in (b"{", b"[") else "--from=ir"]
    elif target == "sqlite-frontend":
        source = ["--from=sqlite", "--target=sqlite"]
    else:
        source = ["--from=postgres"]
    status, ir, err = run(schemac, source + ["--emit=ir", str(path)])
    if status not in (0, 1):
        return f"exit status {status}: {err.decode(errors='replace')[-500:]}"
    if status != 0:
        return None
    status, again, err = run(schemac, ["--from=ir", "--emit=ir", "-"], ir)
    if status != 0:
        return f"its IR does not read back: {err.decode(errors='replace')[-500:]}"
    if again != ir:
        return "its IR does not print the same after reading it back"
    status, ddl, err = run(schemac, source + ["--emit=ddl", str(path)])
    if status == 1:
        return None  # a located error of the writer, e.g. a target's limit
    if status != 0:
        return f"--emit=ddl: exit status {status}: {err.decode(errors='replace')[-500:]}"
    again_from = (["--from=sqlite", "--target=sqlite"]
                  if target == "sqlite-frontend" else ["--from=postgres"])
    status, _, err = run(schemac, again_from + ["--emit=ddl", "-"], ddl)
    if status != 0:
        return f"its DDL does not compile again: {err.decode(errors='replace')[-500:]}"
    return None


def main():
    schemac, dirs = sys.argv[1], [Path(d) for d in sys.argv[2:]]
    failed = 0
    count = 0
    for directory in dirs:
        for path in sorted(p for p in directory.iterdir() if p.is_file()):
            count += 1
            problem = check(schemac, directory.name, path)
            if problem:
                failed += 1
                print(f"{directory.name}/{path.name}: {problem}")
    print(f"replayed {count} inputs, {failed} broke a property")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
