#!/usr/bin/env python3
"""Prints the .sql files of an SSDT project in an order a script can run.

An SSDT project (sqlproj) holds one object per file, in folders, and is
declarative: SQL Server Data Tools work out the order of creation when they
build the project. schemac reads scripts in order, so this orders the files
as SSDT would create them: schemas and security first, then storage
(filegroups, partition functions and schemes), sequences, user-defined types,
tables (a table after the tables its foreign keys reference; cycles in name
order), views (after the views they read), and the rest (functions,
procedures, triggers).

Usage: ssdt-order.py PROJECT_DIR [-0]    (-0: NUL-separated, for xargs -0;
                                          file names may have spaces)
"""
import os
import re
import sys

NAME = r'(?:\[[^\]]+\]|"[^"]+"|\w+)'
QUALIFIED = r'(%s(?:\s*\.\s*%s)?)' % (NAME, NAME)


def norm(name):
    parts = [p.strip().strip('[]"').lower() for p in re.split(r'\s*\.\s*', name)]
    if len(parts) == 1:
        parts = ['dbo'] + parts
    return '.'.join(parts[-2:])


def read(path):
    with open(path, encoding='utf-8-sig', errors='replace') as f:
        return f.read()


def rank(path, text):
    upper = re.sub(r'--[^\n]*', '', text).upper()
    head = upper.lstrip()
    if re.match(r'CREATE\s+(SCHEMA|ROLE|USER|LOGIN|APPLICATION\s+ROLE)\b', head):
        return 0
    if re.match(r'(ALTER\s+DATABASE|CREATE\s+PARTITION|CREATE\s+FILEGROUP)', head):
        return 1
    if re.match(r'CREATE\s+SEQUENCE\b', head):
        return 2
    if re.match(r'CREATE\s+TYPE\b', head):
        return 3
    if re.match(r'CREATE\s+TABLE\b', head):
        return 4
    if re.match(r'CREATE\s+VIEW\b', head):
        return 5
    if re.match(r'(GRANT|DENY|REVOKE|ALTER\s+ROLE|EXEC)', head):
        return 7
    return 6


def dependency_order(items, defines, uses):
    """items in an order where each comes after what it uses (stable)."""
    by_name = {}
    for it in items:
        for n in defines(it):
            by_name[n] = it
    done, out, visiting = set(), [], set()

    def visit(it):
        if it in done or it in visiting:
            return
        visiting.add(it)
        for n in sorted(uses(it)):
            dep = by_name.get(n)
            if dep is not None and dep is not it:
                visit(dep)
        visiting.discard(it)
        done.add(it)
        out.append(it)

    for it in items:
        visit(it)
    return out


def main():
    args = [a for a in sys.argv[1:] if a != '-0']
    sep = '\0' if '-0' in sys.argv[1:] else '\n'
    if len(args) != 1:
        sys.stderr.write(__doc__)
        return 2
    files = []
    for root, _, names in os.walk(args[0]):
        for n in names:
            if n.lower().endswith('.sql'):
                files.append(os.path.join(root, n))
    files.sort()
    texts = {f: read(f) for f in files}
    ranked = {}
    for f in files:
        ranked.setdefault(rank(f, texts[f]), []).append(f)
    out = []
    for r in sorted(ranked):
        group = ranked[r]
        if r in (4, 5):
            create = re.compile(r'CREATE\s+(?:TABLE|VIEW)\s+' + QUALIFIED, re.I)
            ref = re.compile((r'REFERENCES\s+' if r == 4 else r'(?:FROM|JOIN)\s+')
                             + QUALIFIED, re.I)
            group = dependency_order(
                group,
                lambda f: {norm(m.group(1)) for m in create.finditer(texts[f])},
                lambda f: {norm(m.group(1)) for m in ref.finditer(texts[f])})
        out.extend(group)
    sys.stdout.write(sep.join(out) + sep)
    return 0


if __name__ == '__main__':
    sys.exit(main())
