"""Counts the top-level objects of each kind in textual IR files."""
import os
import sys

KINDS = ["table", "view", "index", "sequence", "domain", "schema", "opaque"]
for path in sys.argv[1:]:
    counts = dict.fromkeys(KINDS, 0)
    with open(path, encoding="utf-8") as f:
        for line in f:
            word = line.split(" ", 1)[0]
            if word in counts:
                counts[word] += 1
    print(os.path.basename(path) + ": " +
          " ".join(f"{k} {counts[k]}" for k in KINDS))
