#!/usr/bin/env python3
"""The MySQL frontend over the shared corpora: for each set of MySQL files
(Chinook, Sakila official and jOOQ, MediaWiki's tables-generated.sql and
each archives/*.sql patch after it, and the MySQL cases of sqldef's
cmd/mysqldef/tests_*.yml: desired, current, current + up, desired + down),
`schemac --from=mysql|mariadb --emit=json` is run and the line

  <set>: files F, statements S, objects O, opaque P, syntax errors E, other errors X

printed. Statements are counted here, independently of schemac, the way the
mysql client splits a script (';' or the DELIMITER outside quotes and
comments). Syntax errors are diagnostics of the frontend's grammar and
scanner (syntax error, unterminated string or comment, not a statement);
other errors are semantic (an ALTER of a table the file does not create:
sqldef's `up` and MediaWiki's patches are written against other schemas).
With --list, each file or case with a syntax error is named.

  scripts/mysql-corpora.py --schemac build/bin/schemac --corpora DIR
      [--set NAME] [--list]

Exit status 0 iff no set has a syntax error.
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from typing import Dict, List, Tuple

import yaml

SYNTAX = re.compile(r"error: (syntax error|unterminated|invalid character)")


def count_statements(text: str) -> int:
    """Statements as the mysql client splits them."""
    n, i, delim, pending = 0, 0, ";", False
    size = len(text)
    while i < size:
        if text.startswith("delimiter", i) or text.startswith("DELIMITER", i):
            line_start = i == 0 or text[i - 1] == "\n"
            if line_start:
                end = text.find("\n", i)
                end = size if end < 0 else end
                parts = text[i:end].split()
                if len(parts) >= 2:
                    delim = parts[1]
                    if pending:
                        n += 1
                    pending = False
                    i = end
                    continue
        c = text[i]
        if c in "'\"`":
            j = i + 1
            while j < size and text[j] != c:
                j += 2 if text[j] == "\\" and c != "`" else 1
            i = j + 1
            pending = True
            continue
        if c == "#" or (text.startswith("-- ", i) or text.startswith("--\n", i)):
            end = text.find("\n", i)
            i = size if end < 0 else end
            continue
        if text.startswith("/*", i) and not text.startswith("/*!", i) and \
                not text.startswith("/*M!", i):
            end = text.find("*/", i + 2)
            i = size if end < 0 else end + 2
            continue
        if text.startswith(delim, i):
            if pending:
                n += 1
            pending = False
            i += len(delim)
            continue
        if not c.isspace():
            pending = True
        i += 1
    return n + (1 if pending else 0)


class Totals:
    def __init__(self):
        self.files = self.statements = self.objects = self.opaque = 0
        self.syntax = self.other = 0
        self.failing: List[str] = []
        self.other_failing: List[str] = []

    def line(self, name: str) -> str:
        return (f"{name}: files {self.files}, statements {self.statements}, "
                f"objects {self.objects}, opaque {self.opaque}, "
                f"syntax errors {self.syntax}, other errors {self.other}")


def run(schemac: str, flavor: str, paths: List[str], counted: List[str],
        label: str, t: Totals) -> None:
    r = subprocess.run([schemac, f"--from={flavor}", "-w", "--emit=json",
                        "--ferror-limit=0", "-o", "-"] + paths,
                       capture_output=True, text=True, timeout=600)
    t.files += 1
    for p in counted:
        with open(p, encoding="utf-8", errors="replace") as f:
            t.statements += count_statements(f.read())
    errors = [l for l in r.stderr.splitlines() if ": error: " in l]
    syntax = [l for l in errors if SYNTAX.search(l)]
    t.syntax += len(syntax)
    t.other += len(errors) - len(syntax)
    if syntax:
        t.failing.append(f"{label}: {syntax[0]}")
    elif errors:
        t.other_failing.append(f"{label}: {errors[0]}")
    if r.returncode == 0:
        objs = json.loads(r.stdout).get("objects", [])
        t.objects += len(objs)
        t.opaque += sum(1 for o in objs if o.get("kind") == "opaque")


def sqldef_cases(corpora: str) -> List[Tuple[str, str, Dict]]:
    cases = []
    for y in sorted(glob.glob(os.path.join(
            corpora, "sqldef/cmd/mysqldef/tests_*.yml"))):
        with open(y, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        for name, case in data.items():
            if not isinstance(case, dict):
                continue
            flavor = str(case.get("flavor", ""))
            # TiDB's cases are MySQL's dialect too; MariaDB's are read as
            # MariaDB.
            src = "mariadb" if flavor == "mariadb" else "mysql"
            cases.append((f"{os.path.basename(y)}:{name}", src, case))
    return cases


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--set", default="")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--list-other", action="store_true",
                    help="also name each file or case with another error")
    args = ap.parse_args(argv)
    c = args.corpora
    S, mw = args.schemac, os.path.join(c, "mediawiki/maintenance")
    sets: Dict[str, Totals] = {}

    def one(set_name, flavor, paths, counted=None, label=None):
        if args.set and args.set != set_name:
            return
        t = sets.setdefault(set_name, Totals())
        run(S, flavor, paths, counted if counted is not None else paths,
            label or os.path.relpath(paths[-1], c), t)

    for p in sorted(glob.glob(os.path.join(c, "chinook/Chinook_MySql*.sql"))):
        one("chinook", "mysql", [p])
    one("sakila-official", "mysql",
        [os.path.join(c, "sakila/mysql-official/sakila-schema.sql")])
    jooq = os.path.join(c, "sakila/jooq-sakila/mysql-sakila-db/")
    one("sakila-jooq", "mysql", [jooq + "mysql-sakila-schema.sql"])
    one("sakila-jooq", "mysql", [jooq + "mysql-sakila-schema.sql",
                                 jooq + "mysql-sakila-drop-objects.sql"],
        [jooq + "mysql-sakila-drop-objects.sql"])
    tables = os.path.join(mw, "tables-generated.sql")
    one("mediawiki", "mysql", [tables])
    for p in sorted(glob.glob(os.path.join(mw, "archives/*.sql"))):
        one("mediawiki-archives", "mysql", [tables, p], [p])
    if not args.set or args.set == "sqldef":
        t = sets.setdefault("sqldef", Totals())
        with tempfile.TemporaryDirectory() as tmp:
            for i, (label, flavor, case) in enumerate(sqldef_cases(c)):
                def file(key):
                    p = os.path.join(tmp, f"{i}-{key}.sql")
                    with open(p, "w", encoding="utf-8") as f:
                        f.write(case.get(key) or "")
                    return p
                for first, second in (("desired", None), ("current", None),
                                      ("current", "up"),
                                      ("desired", "down")):
                    if not case.get(first) or (second and not case.get(second)):
                        continue
                    paths = [file(first)] + ([file(second)] if second else [])
                    run(S, flavor, paths, paths[-1:],
                        f"{label} ({first}{' + ' + second if second else ''})",
                        t)
    bad = 0
    for name, t in sets.items():
        print(t.line(name))
        bad += t.syntax
        if args.list:
            for f in t.failing:
                print("  " + f)
        if args.list_other:
            for f in t.other_failing:
                print("  " + f)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
