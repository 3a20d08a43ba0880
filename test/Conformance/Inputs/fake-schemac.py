#!/usr/bin/env python3
# A stand-in for `schemac --emit=ddl` used to test the conformance harness
# itself: it writes its inputs, concatenated, to -o. With
# FAKE_SCHEMAC_MUTATE=1 it drops the first "NOT NULL" (a wrong compiler the
# harness must catch); with FAKE_SCHEMAC_ERROR=1 it reports an error.
import os
import sys

args = sys.argv[1:]
out = None
inputs = []
i = 0
while i < len(args):
    if args[i] == "-o":
        out = args[i + 1]
        i += 2
        continue
    if not args[i].startswith("-"):
        inputs.append(args[i])
    i += 1

if os.environ.get("FAKE_SCHEMAC_ERROR") == "1":
    print(f"{inputs[0]}:1:1: error: fake error", file=sys.stderr)
    sys.exit(1)
text = "".join(open(f, encoding="utf-8").read() + "\n" for f in inputs)
if os.environ.get("FAKE_SCHEMAC_MUTATE") == "1":
    text = text.replace(" NOT NULL", "", 1)
print(f"{inputs[0]}:1:1: warning: fake warning", file=sys.stderr)
with open(out, "w", encoding="utf-8") as fh:
    fh.write(text)
