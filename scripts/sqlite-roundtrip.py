#!/usr/bin/env python3
"""The SQLite round-trip oracle: every SQLite input of the test suite
(test/Frontend/sqlite/*.sql) and, with --corpora, every SQLite file of the
shared corpora is applied to a fresh SQLite database, compiled with
`schemac --from=sqlite --target=sqlite`, and the output applied to another
fresh database; the two catalogs must be identical:

  - every object of sqlite_schema by type and name (tables, indexes, views,
    triggers), triggers and other objects kept as text by their SQL;
  - each table's columns in order (PRAGMA table_xinfo: name, declared type,
    NOT NULL, default as SQLite keeps its text, primary key position,
    hidden/generated), AUTOINCREMENT, foreign keys (PRAGMA
    foreign_key_list: columns, referenced table and columns, actions, MATCH),
    indexes (PRAGMA index_list and index_xinfo: name, uniqueness, origin,
    partial, key columns or expressions with their order and collation);
  - each view's columns.

With --via-database, schemac reads the first database itself
(`--from=sqlite:FILE`, the SQLite connector of the introspection frontend)
instead of the script: the round trip of a live SQLite database.

Defaults and expressions are compared with whitespace removed (schemac
writes `a + 1` where the input may say `a+1`). A file with errors from
schemac fails, unless it fails on SQLite too (then it is skipped).

  scripts/sqlite-roundtrip.py --schemac build/bin/schemac
      [--corpora ../shared/corpora [--only-corpora]] [--filter TEXT]

Exit status 0 iff no file fails.
"""

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))


def squash(text) -> str:
    return re.sub(r"\s+", "", text or "").lower()


def default_text(text) -> str:
    """A column default as SQLite keeps its text, squashed; DEFAULT word (a
    bare word SQLite takes as the string 'word') is the quoted string."""
    if text is not None and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text) \
            and text.lower() not in ("null", "true", "false",
                                     "current_time", "current_date",
                                     "current_timestamp"):
        text = "'" + text + "'"
    return squash(text)


def catalog(db: sqlite3.Connection) -> Dict:
    cat = {}
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                      "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                      "ORDER BY type, name").fetchall()
    for kind, name, table, sql in rows:
        key = f"{kind} {name}"
        if kind == "table":
            cols = [(c[1], c[2], c[3], default_text(c[4]), c[5], c[6]) for c in
                    db.execute(f'PRAGMA table_xinfo("{name}")')]
            fks = [tuple(r) for r in
                   db.execute(f'PRAGMA foreign_key_list("{name}")')]
            auto = bool(re.search(r"\bAUTOINCREMENT\b", sql or "", re.I))
            cat[key] = {"columns": cols, "fk": fks, "autoincrement": auto,
                        "without_rowid": bool(re.search(
                            r"\bWITHOUT\s+ROWID\b", sql or "", re.I))}
        elif kind == "index":
            info = [(r[2], r[3], r[4], r[5]) for r in
                    db.execute(f'PRAGMA index_xinfo("{name}")') if r[5]]
            lst = {r[1]: r for r in
                   db.execute(f'PRAGMA index_list("{table}")')}
            r = lst.get(name)
            cat[key] = {"table": table, "columns": info,
                        "unique": r[2] if r else None,
                        "origin": r[3] if r else None,
                        "partial": r[4] if r else None,
                        "where": squash(re.split(r"\bWHERE\b", sql or "",
                                                 flags=re.I)[-1])
                        if r and r[4] else ""}
        elif kind == "view":
            cat[key] = {"columns": [(c[1], c[2]) for c in
                                    db.execute(f'PRAGMA table_info("{name}")')]}
        else:
            cat[key] = {"sql": squash(sql)}
    return cat


def compare(a: Dict, b: Dict) -> List[str]:
    diffs = []
    for k in sorted(set(a) | set(b)):
        if k not in b:
            diffs.append(f"{k}: missing from schemac's output")
        elif k not in a:
            diffs.append(f"{k}: only in schemac's output")
        elif a[k] != b[k]:
            for f in sorted(set(a[k]) | set(b[k])):
                x, y = a[k].get(f), b[k].get(f)
                if f == "columns" and isinstance(x, list) and \
                        isinstance(y, list) and len(x) == len(y):
                    for cx, cy in zip(x, y):
                        if cx != cy:
                            diffs.append(f"{k}: column: input {cx!r}, "
                                         f"output {cy!r}")
                    continue
                if x != y:
                    diffs.append(f"{k}: {f}: input {a[k].get(f)!r}, "
                                 f"output {b[k].get(f)!r}")
    return diffs


def cases(root: str, corpora: str, only_corpora: bool) -> List[str]:
    found = []
    if not only_corpora:
        d = os.path.join(root, "Frontend", "sqlite")
        found += [os.path.join(d, n) for n in sorted(os.listdir(d))
                  if n.endswith(".sql")]
    if corpora:
        for d, _, names in os.walk(corpora):
            for n in sorted(names):
                p = os.path.join(d, n)
                if n.endswith(".sql") and re.search(r"sqlite", p, re.I) and \
                        "archives" not in p and "drop-objects" not in p:
                    found.append(p)
    return found


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--root", default=os.path.join(HERE, os.pardir, "test"))
    ap.add_argument("--corpora")
    ap.add_argument("--only-corpora", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("--via-database", action="store_true",
                    help="read the input's database (--from=sqlite:FILE), "
                         "not its script")
    args = ap.parse_args(argv)
    files = [f for f in cases(args.root, args.corpora, args.only_corpora)
             if args.filter in f]
    identical = skipped = failed = 0
    work = tempfile.mkdtemp(prefix="schemac-sqlite-rt-")
    for i, f in enumerate(files):
        text = open(f, encoding="utf-8").read()
        orig_path = os.path.join(work, f"{i}-in.db")
        orig = sqlite3.connect(orig_path)
        try:
            orig.executescript(text)
        except sqlite3.Error as e:
            skipped += 1
            print(f"SKIPPED {f}: SQLite rejects the input: {e}")
            continue
        out = os.path.join(work, f"{i}-out.sql")
        orig.commit()
        source = ([f"--from=sqlite:{orig_path}"] if args.via_database
                  else ["--from=sqlite", f])
        r = subprocess.run([args.schemac, "--target=sqlite", "-w", "-o", out]
                           + source, capture_output=True, text=True,
                           timeout=300)
        if r.returncode != 0:
            failed += 1
            print(f"FAIL {f}: schemac exit status {r.returncode}\n{r.stderr}")
            continue
        copy = sqlite3.connect(os.path.join(work, f"{i}-out.db"))
        try:
            copy.executescript(open(out, encoding="utf-8").read())
        except sqlite3.Error as e:
            failed += 1
            print(f"FAIL {f}: SQLite rejects schemac's output: {e}")
            continue
        diffs = compare(catalog(orig), catalog(copy))
        if diffs:
            failed += 1
            print(f"FAIL {f}: {len(diffs)} difference(s)")
            for d in diffs[:40]:
                print("  " + d)
        else:
            identical += 1
            print(f"PASS {f}")
    print(f"sqlite-roundtrip: {len(files)} files, {identical} identical, "
          f"{failed} failed, {skipped} skipped (SQLite rejects them)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
