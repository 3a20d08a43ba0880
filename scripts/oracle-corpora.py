#!/usr/bin/env python3
"""The Oracle corpora of ../shared/corpora through the Oracle frontend.

Each group is a chain of files compiled into one module (scripts/
oracle_chains.py says which and why). For each group the script prints files, errors, objects and opaque objects (statements kept
as Oracle text), and a total line:

  scripts/oracle-corpora.py --schemac build/bin/schemac --corpora DIR
      [--group NAME] [--artifacts DIR]

Exit status 0 iff no group has an error.
"""

import argparse
import os
import re
import subprocess
import sys


from oracle_chains import GROUPS, corpus_files, paths

OBJECT = re.compile(r"^(table|view|index|sequence|opaque|enum|domain|schema|"
                    r"setting) ")


def run_group(schemac, corpora, name, files, artifacts):
    out = os.path.join(artifacts, name + ".sir") if artifacts else None
    cmd = [schemac, "--from=oracle", "--emit=ir", "--ferror-limit=0",
           "-o", out or "-"] + paths(corpora, files)
    p = subprocess.run(cmd, capture_output=True, text=True)
    text = open(out).read() if out and os.path.exists(out) else p.stdout
    errors = len(re.findall(r": error: ", p.stderr))
    if p.returncode and not errors:
        errors = 1  # a crash or an environment problem
    objects = opaque = 0
    for line in text.splitlines():
        m = OBJECT.match(line)
        if m:
            objects += 1
            opaque += m.group(1) == "opaque"
    return errors, objects, opaque, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--group")
    ap.add_argument("--artifacts")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if a.artifacts:
        os.makedirs(a.artifacts, exist_ok=True)
    seen = set()
    total = [0, 0, 0, 0]
    for name, files in GROUPS:
        if a.group and a.group != name:
            continue
        errors, objects, opaque, stderr = run_group(
            a.schemac, a.corpora, name, files, a.artifacts)
        new = [f for f in corpus_files(files) if f not in seen]
        seen.update(new)
        print(f"group {name}: {len(corpus_files(files))} files, {errors} "
              f"errors, {objects} objects, {opaque} opaque")
        if a.verbose and errors:
            sys.stdout.write(stderr)
        total[0] += len(new)
        total[1] += errors
        total[2] += objects
        total[3] += opaque
    print(f"total: {total[0]} files, {total[1]} errors, {total[2]} objects, "
          f"{total[3]} opaque")
    return 1 if total[1] else 0


if __name__ == "__main__":
    sys.exit(main())
