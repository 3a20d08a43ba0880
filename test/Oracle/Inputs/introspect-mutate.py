#!/usr/bin/env python3
# A stand-in for a connector that loses something, to test the introspection
# oracle itself: runs the real schemac with the given arguments, then drops
# the first " NOT NULL" of the DDL it wrote to -o.
import subprocess
import sys

args = sys.argv[1:]
r = subprocess.run(["schemac"] + args)
if r.returncode != 0:
    sys.exit(r.returncode)
out = args[args.index("-o") + 1]
with open(out, encoding="utf-8") as fh:
    text = fh.read()
with open(out, "w", encoding="utf-8") as fh:
    fh.write(text.replace(" NOT NULL", "", 1))
