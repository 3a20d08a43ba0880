"""Which of SQLite's key words name things: for every key word of the
library the tests run with (sqlite3_keyword_name(), as the keywords pragma
of Python's sqlite3 module cannot list them, the words are read from the
dialect's table and checked against the library), the statements

    CREATE TABLE <word> (a);  CREATE TABLE t (<word> INT);
    CREATE TABLE t (a INT); CREATE INDEX i ON t (a) -- <word> as an index

are run on SQLite and compiled by schemac --from=sqlite; the two must accept
and refuse the same ones. Prints one line per disagreement and a summary.

  keywords.py SCHEMAC KEYWORDS.def
"""
import re
import sqlite3
import subprocess
import sys
import tempfile


def sqlite_accepts(sql: str) -> bool:
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(sql)
        return True
    except sqlite3.Error:
        return False


def main() -> int:
    schemac, table = sys.argv[1], sys.argv[2]
    words = re.findall(r'SQLITE_KEYWORD\("([a-z_]+)"\)', open(table).read())
    forms = ["CREATE TABLE {w} (a);", "CREATE TABLE t ({w} INT);",
             "CREATE TABLE t (a INT); CREATE INDEX {w} ON t (a);",
             "CREATE TABLE t (a INT); CREATE VIEW v AS SELECT a AS {w} FROM t;"]
    cases = [(w, f.format(w=w)) for w in words for f in forms]
    disagree = 0
    with tempfile.NamedTemporaryFile("w", suffix=".sql") as f:
        for w, sql in cases:
            f.seek(0)
            f.truncate()
            f.write(sql + "\n")
            f.flush()
            r = subprocess.run([schemac, "--from=sqlite", "-w", "--emit=ir",
                                "-o", "/dev/null", f.name],
                               capture_output=True, text=True)
            ours = r.returncode == 0
            if r.returncode not in (0, 1):
                print(f"CRASH {sql}: exit status {r.returncode}")
                disagree += 1
            elif ours != sqlite_accepts(sql):
                print(f"DISAGREE {sql}: SQLite {'accepts' if not ours else 'refuses'}"
                      f", schemac {'accepts' if ours else 'refuses'}")
                disagree += 1
    print(f"keywords: {len(words)} key words, {len(cases)} statements, "
          f"{disagree} disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
