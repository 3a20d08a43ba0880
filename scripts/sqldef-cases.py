#!/usr/bin/env python3
"""Writes the SQL of sqldef's test cases for one dialect as script files.

sqldef (../shared/corpora/sqldef, see its MANIFEST section) keeps its cases
in YAML: cmd/<tool>/tests*.yml map a case name to `current` (the schema
before), `desired` (after), `up` (the migration from current to desired)
and `down` (back); database/<dialect>/tests.yml map a case name to a script
for the parser. Each case gives the scripts a database would run:

  <case>.current.sql   current
  <case>.desired.sql   desired
  <case>.up.sql        current, then up
  <case>.down.sql      desired, then down
  <case>.sql           a parser case

Cases marked with min_version/max_version, or whose `error` says the tool
refuses them, are written too (their SQL is valid for the engine).

Usage: sqldef-cases.py CORPORA DIALECT OUT_DIR
  DIALECT: mssql (cmd/mssqldef, database/mssql), sqlite3, mysql, psql
Prints the number of files written.
"""
import glob
import os
import re
import sys

import yaml


def safe(name):
    return re.sub(r'[^A-Za-z0-9_.-]', '_', name)


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    corpora, dialect, out = argv[1:]
    os.makedirs(out, exist_ok=True)
    tool = {'mssql': 'mssqldef', 'sqlite3': 'sqlite3def', 'mysql': 'mysqldef',
            'psql': 'psqldef'}[dialect]
    database = {'mssql': 'mssql', 'psql': 'postgres'}.get(dialect)
    written = 0

    def write(name, text):
        nonlocal written
        with open(os.path.join(out, safe(name)), 'w', encoding='utf-8') as f:
            f.write(text)
        written += 1

    for path in sorted(glob.glob(os.path.join(corpora, 'sqldef', 'cmd', tool,
                                              'tests*.yml'))):
        group = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding='utf-8') as f:
            cases = yaml.safe_load(f) or {}
        for case, body in cases.items():
            if not isinstance(body, dict):
                continue
            stem = f'{group}.{case}'
            cur, des = body.get('current'), body.get('desired')
            if cur:
                write(stem + '.current.sql', cur)
            if des:
                write(stem + '.desired.sql', des)
            if body.get('up'):
                write(stem + '.up.sql', (cur or '') + '\n' + body['up'])
            if body.get('down') and des:
                write(stem + '.down.sql', des + '\n' + body['down'])
    if database:
        path = os.path.join(corpora, 'sqldef', 'database', database,
                            'tests.yml')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                cases = yaml.safe_load(f) or {}
            for case, body in cases.items():
                if isinstance(body, str):
                    write(f'parser.{case}.sql', body)
    print(written)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
