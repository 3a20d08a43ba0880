#!/usr/bin/env python3
"""Checks that IR the readers accept gives DDL that compiles again.

For every input of a directory (an ir-parser fuzz corpus, say
<build>/fuzz/ir-parser/corpus, or test inputs): compile it as textual IR (or
JSON when it starts with '{' or '['), and when that succeeds, compile the
PostgreSQL DDL written from it again. DDL that our own frontend rejects is a
silent wrong output of the IR path (exit 0, SQL the engine refuses); the
script prints how many, grouped by the first error, and the first few
inputs. Exit status 1 if any.

  scripts/ir-corpus-ddl.py DIR [--schemac build/bin/schemac] [--show 10]

Copy a live corpus first: libFuzzer renames and removes its files.
"""

import argparse
import collections
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--schemac", default=str(ROOT / "build/bin/schemac"))
    parser.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    inputs = sorted(p for p in Path(args.dir).iterdir() if p.is_file())
    compiled = 0
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.sql")
        for p in inputs:
            lang = "json" if p.read_bytes()[:1] in (b"{", b"[") else "ir"
            first = subprocess.run(
                [args.schemac, f"--from={lang}", str(p), "--emit=ddl", "-o",
                 out, "-w"], capture_output=True, timeout=120)
            if first.returncode != 0:
                continue
            compiled += 1
            again = subprocess.run([args.schemac, out, "-o", os.devnull, "-w"],
                                   capture_output=True, timeout=120)
            if again.returncode != 0:
                errors = [l for l in again.stderr.decode(errors="replace")
                          .splitlines() if ": error: " in l]
                bad.append((p.name, errors[0] if errors else "exit "
                            f"{again.returncode}"))
    print(f"{len(inputs)} inputs, {compiled} compiled to DDL, {len(bad)} gave "
          "DDL that does not compile again")
    groups = collections.Counter(e.split(": error: ", 1)[-1][:70]
                                 for _, e in bad)
    for message, count in groups.most_common():
        print(f"  {count:4} {message}")
    for name, error in bad[:args.show]:
        print(f"  {name}: {error[:160]}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
