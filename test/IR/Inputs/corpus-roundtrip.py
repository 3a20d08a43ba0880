#!/usr/bin/env python3
"""Round trip of the IR of real schemas through text and JSON.

For each input (a file, or several files joined with '+' that lower into one
module), checks that:
  1. `schemac --emit=ir` lowers and verifies it without any error;
  2. `schemac-opt` reads that IR back, verifies it again and prints the same
     bytes;
  3. the same holds with --print-locations (locations of the SQL file are
     kept through the .sir file);
  4. the JSON form read back prints the same IR.
Prints one line per input and a summary; exits 1 if any input failed.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=300)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check(bindir, inputs, tmp):
    schemac = os.path.join(bindir, "schemac")
    opt = os.path.join(bindir, "schemac-opt")
    sir, sir2 = os.path.join(tmp, "a.sir"), os.path.join(tmp, "b.sir")
    loc, loc2 = os.path.join(tmp, "a.loc.sir"), os.path.join(tmp, "b.loc.sir")
    js, sir3 = os.path.join(tmp, "a.json"), os.path.join(tmp, "c.sir")
    steps = [
        ([schemac, "-w", "--emit=ir", "-o", sir] + inputs, None),
        ([opt, sir, "-o", sir2], (sir, sir2)),
        ([schemac, "-w", "--emit=ir", "--print-locations", "-o", loc] + inputs,
         None),
        ([opt, loc, "--print-locations", "-o", loc2], (loc, loc2)),
        ([opt, sir, "--emit=json", "-o", js], None),
        ([opt, js, "-o", sir3], (sir, sir3)),
    ]
    for cmd, same in steps:
        rc, _, err = run(cmd)
        if rc != 0 or "error:" in err:
            return "FAILED: %s (exit %d)\n%s" % (" ".join(cmd[:2]), rc, err)
        if same and read(same[0]) != read(same[1]):
            return "FAILED: %s differs from %s" % same
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bindir", required=True)
    ap.add_argument("inputs", nargs="+",
                    help="files or glob patterns (lit does not expand them); "
                         "'a.sql+b.sql' lowers both into one module")
    args = ap.parse_args()
    specs = []
    for spec in args.inputs:
        specs += sorted(glob.glob(spec)) if "*" in spec else [spec]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for spec in specs:
            files = spec.split("+")
            name = " + ".join(os.path.basename(f) for f in files)
            problem = check(args.bindir, files, tmp)
            if problem:
                failures += 1
                print("FAIL %s: %s" % (spec, problem))
            else:
                print("OK %s" % name)
    total = len(specs)
    print("summary: %d inputs, %d round-tripped, %d failed"
          % (total, total - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
