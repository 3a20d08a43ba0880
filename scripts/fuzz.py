#!/usr/bin/env python3
"""Runs schemac's libFuzzer targets (docs/Testing.md, section Fuzzing).

Targets (built with clang: cmake -DSCHEMAC_BUILD_FUZZERS=ON, see
unittests/*/*Fuzzer.cpp):
  postgres-frontend  the PostgreSQL frontend, the verifier and the DDL writer
  sqlite-frontend    the SQLite frontend, the verifier and the SQLite writer
  mysql-frontend     the MySQL frontend, the verifier and the MySQL writer
  ir-parser          the textual IR and JSON IR readers

Each run starts from
  - the seeds: every test input of the target's kind (test/**/*.sql, or
    *.sir and *.json), each part of a --split-input-file test on its own;
  - the regression corpus test/Fuzz/<target>/ (inputs that once failed;
    test/Fuzz/regressions.test runs them through schemac in every build);
  - the corpus a previous run left in <build>/fuzz/<target>/corpus;
and a dictionary generated from the dialect's tables (key words, operators)
or the IR's syntax. A finding is written to <build>/fuzz/<target>/ as
crash-*, leak-*, timeout-* or oom-*; minimize it (-minimize_crash=1), add it
to test/Fuzz/<target>/ and fix it.

  scripts/fuzz.py run postgres-frontend --runs 10000000
  scripts/fuzz.py run ir-parser --time 600
  scripts/fuzz.py smoke --time 20       # every target; check.sh runs this

Prints one summary line per target: executions, time, executions per
second, corpus size, findings. Exit status 1 if anything was found.
"""

import argparse
import os
import re
import shutil
import subprocess
import time
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPLIT = re.compile(r"^(?://|--) -----$", re.M)

TARGETS = {
    "postgres-frontend": {"seeds": ["*.sql"], "dict": "sql"},
    "sqlite-frontend": {"seeds": ["sqlite/*.sql"], "dict": "sqlite"},
    # Not in the smoke run yet: it finds within seconds that the MySQL
    # writer's DDL of some mysqldump mutations does not compile again (an
    # open defect, issue 8); run it by hand with `run mysql-frontend`.
    "mysql-frontend": {"seeds": ["mysql/*.sql"], "dict": "mysql",
                       "smoke": False},
    "ir-parser": {"seeds": ["*.sir", "*.json"], "dict": "ir"},
}

# Punctuation and literal shapes the scanners must see in every combination.
SQL_TOKENS = [
    "(", ")", ",", ";", ".", "::", "[", "]", "'", "''", '"', "$$", "$1",
    "$tag$", "E'\\\\'", "U&'\\0041'", "B'01'", "X'ff'", "--", "/*", "*/",
    "1e10", "0x1F", "1_000", ".5", "NULL", "=>", ":=",
]
IR_TOKENS = [
    "{", "}", "(", ")", "[", "]", "<", ">", ",", ":", "=", ";", "\"", "@",
    "#loc", "\"\\u0000\"", "null", "true", "false", "[]", "{}", "\"kind\"",
    "\"name\"", "\"columns\"", "\"type\"", "\"objects\"", "\"expr\"",
]


def sql_dictionary():
    words = set()
    keywords = (ROOT / "dialects/postgres/PostgresKeywords.def").read_text()
    words.update(re.findall(r'^PG_KEYWORD(?:_SINCE)?\((?:\w+, )?"(\w+)"',
                            keywords, re.M))
    operators = (ROOT / "dialects/postgres/PostgresOperators.def").read_text()
    for spelling in re.findall(r'^PG_\w+\("([^"]+)"', operators, re.M):
        words.update(spelling.split())
    types = (ROOT / "dialects/postgres/PostgresTypes.def").read_text()
    words.update(re.findall(r'"([a-z][a-z0-9_ ]*)"', types))
    return sorted(words) + SQL_TOKENS


def sqlite_dictionary():
    words = set()
    keywords = (ROOT / "dialects/sqlite/SQLiteKeywords.def").read_text()
    words.update(re.findall(r'^SQLITE_KEYWORD\("(\w+)"', keywords, re.M))
    operators = (ROOT / "dialects/sqlite/SQLiteOperators.def").read_text()
    for spelling in re.findall(r'^SQLITE_\w+_OP\("([^"]+)"', operators, re.M):
        words.update(spelling.split())
    types = (ROOT / "dialects/sqlite/SQLiteTypes.def").read_text()
    words.update(re.findall(r'"([a-z][a-z0-9_ ]*)"', types))
    return sorted(words) + SQL_TOKENS + ["[x]", "`x`", "X'00'", "?1", ":a"]


def mysql_dictionary():
    words = set()
    lexer = (ROOT / "grammars/MySQLLexer.g4").read_text()
    words.update(w.lower() for w in re.findall(r"^K_(\w+) :", lexer, re.M))
    keywords = (ROOT / "dialects/mysql/MySQLKeywords.def").read_text()
    words.update(re.findall(r'^MYSQL_KEYWORD\("(\w+)"', keywords, re.M))
    types = (ROOT / "dialects/mysql/MySQLTypes.def").read_text()
    words.update(re.findall(r'"([a-z][a-z0-9_ ]*)"', types))
    return sorted(words) + SQL_TOKENS + [
        "`x`", "#", "-- ", "/*!50001 ", "/*M!100100 ", "DELIMITER ;;\n",
        ";;", "\\'", "@a", "@@b", "_utf8mb4'x'", "b'1'"]


def ir_dictionary():
    words = set()
    for name in ["ObjectKinds.def", "ExprKinds.def", "RelKinds.def",
                 "TypeKinds.def", "ReferenceKinds.def",
                 "SchemaChangeKinds.def"]:
        text = (ROOT / "include/schemac/ir" / name).read_text()
        words.update(re.findall(r'^\w+\(\w+, "([^"]+)"', text, re.M))
    return sorted(words) + IR_TOKENS


def write_dictionary(kind, path):
    entries = {"sql": sql_dictionary, "sqlite": sqlite_dictionary,
               "mysql": mysql_dictionary, "ir": ir_dictionary}[kind]()
    with open(path, "w") as out:
        for entry in entries:
            # libFuzzer's dictionary syntax: \\, \" and \xAB for bytes
            # that are not printable ASCII (a newline ends the entry).
            escaped = "".join(
                "\\\\" if c == "\\" else '\\"' if c == '"' else
                c if " " <= c <= "~" else
                "".join(f"\\x{b:02X}" for b in c.encode("utf-8"))
                for c in entry)
            out.write(f'"{escaped}"\n')
    return len(entries)


def write_seeds(patterns, directory):
    """Every test input of the kinds, split parts separately; returns the
    number of seeds."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    count = 0
    for pattern in patterns:
        for path in sorted((ROOT / "test").rglob(pattern)):
            if "Fuzz" in path.parts:
                continue
            text = path.read_bytes().decode("utf-8", "surrogateescape")
            for i, part in enumerate(SPLIT.split(text)):
                seed = directory / f"{path.stem}.{i}{path.suffix}"
                seed.write_bytes(part.encode("utf-8", "surrogateescape"))
                count += 1
    return count


def run_target(name, args):
    build = Path(args.build).resolve()
    binary = build / "bin" / f"{name}-fuzzer"
    if not binary.exists():
        sys.exit(f"fuzz.py: error: {binary} not found; build it with clang "
                 "and -DSCHEMAC_BUILD_FUZZERS=ON (docs/Testing.md)")
    spec = TARGETS[name]
    work = build / "fuzz" / name
    corpus = work / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    seeds = write_seeds(spec["seeds"], work / "seeds")
    regressions = ROOT / "test" / "Fuzz" / name
    dictionary = work / "dictionary.txt"
    entries = write_dictionary(spec["dict"], dictionary)
    command = [
        str(binary), str(corpus), str(work / "seeds"),
        f"-dict={dictionary}", f"-artifact_prefix={work}/",
        f"-max_len={args.max_len}", f"-timeout={args.timeout}",
        f"-rss_limit_mb={args.rss_limit_mb}", "-print_final_stats=1",
        # Entropic scheduling recomputes feature frequencies on every new
        # input; with the parser's 100k+ features that took 84% of the time
        # (12 executions/s instead of 370).
        f"-entropic={1 if args.entropic else 0}",
    ]
    if args.jobs > 1:
        # Each job re-reads the corpus every -reload seconds (default 1) to
        # pick up the others' finds: with ten thousand inputs that took
        # nine tenths of the time (65 executions/s per job instead of 600).
        command += [f"-jobs={args.jobs}", f"-workers={args.jobs}",
                    "-reload=600"]
    else:
        # Nobody else adds to the corpus: do not re-read it (9% of the time).
        command.append("-reload=0")
    if regressions.is_dir():
        command.insert(3, str(regressions))
    if args.runs:
        # -runs counts per job.
        command.append(f"-runs={args.runs // args.jobs}")
    if args.time:
        command.append(f"-max_total_time={args.time}")
    env = dict(os.environ)
    env.setdefault("ASAN_OPTIONS", "detect_leaks=1:allocator_may_return_null=1")
    env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1")
    log = work / "fuzz.log"
    for old in work.glob("fuzz-*.log"):
        old.unlink()
    before = set(work.glob("*-*"))
    print(f"fuzz.py: {name}: {seeds} seeds, {entries} dictionary entries, "
          f"log {log}", flush=True)
    started = time.monotonic()
    with open(log, "w") as out:
        status = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT,
                                env=env, cwd=work).returncode
    elapsed = round(time.monotonic() - started)
    # With --jobs, each job writes fuzz-N.log and the main log repeats the
    # jobs' final statistics: count the jobs' logs only.
    logs = sorted(work.glob("fuzz-*.log")) or [log]
    text = "".join(p.read_text(errors="replace") for p in logs if p.exists())
    runs = sum(int(n) for n in re.findall(r"stat::number_of_executed_units: (\d+)", text))
    # libFuzzer prints "Done" only when it ends without a finding.
    seconds = max([int(n) for n in re.findall(r"Done \d+ runs in (\d+) second", text)] or [elapsed])
    findings = sorted(set(work.glob("*-*")) - before - {log}
                      - set(work.glob("fuzz-*.log")))
    findings = [f for f in findings if re.match(r"(crash|leak|timeout|oom|slow-unit)-", f.name)]
    corpus_size = len(list(corpus.iterdir()))
    rate = runs / seconds if seconds else 0
    verdict = "no finding" if status == 0 and not findings else \
        f"FAILED (exit {status}; " + ", ".join(f.name for f in findings) + ")"
    # Every run's figures, for the total executions this corpus has seen.
    history = work / "history.log"
    with open(history, "a") as out:
        out.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {runs} {seconds} "
                  f"{'ok' if verdict == 'no finding' else 'finding'}\n")
    total = sum(int(line.split()[1]) for line in history.read_text().splitlines())
    print(f"fuzz {name}: {runs} executions in {seconds} s ({rate:.0f}/s), "
          f"corpus {corpus_size}, {verdict} ({total} executions in all runs "
          f"on this corpus)", flush=True)
    if verdict != "no finding":
        print(f"fuzz.py: see {log}", flush=True)
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["run", "smoke", "dict"])
    parser.add_argument("target", nargs="?", choices=sorted(TARGETS))
    parser.add_argument("--build", default=os.environ.get(
        "SCHEMAC_FUZZ_BUILD_DIR", str(ROOT / "build-asan")),
        help="build directory with bin/*-fuzzer (default build-asan)")
    parser.add_argument("--runs", type=int, help="executions in all")
    parser.add_argument("--time", type=int, help="seconds per target")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--entropic", action="store_true",
                        help="libFuzzer's entropic scheduling (slow on the "
                             "SQL frontend; off by default)")
    parser.add_argument("--max-len", type=int, default=4096)
    parser.add_argument("--timeout", type=int, default=20,
                        help="seconds for one input before it is a hang")
    parser.add_argument("--rss-limit-mb", type=int, default=2048)
    args = parser.parse_args()
    if args.command == "dict":
        entries = sql_dictionary() if args.target != "ir-parser" else ir_dictionary()
        print("\n".join(entries))
        return 0
    if args.command == "smoke":
        args.time = args.time or 20
        return max(run_target(t, args) for t in sorted(TARGETS)
                   if TARGETS[t].get("smoke", True))
    if not args.target:
        parser.error("run needs a target")
    if not args.runs and not args.time:
        args.time = 60
    return run_target(args.target, args)


if __name__ == "__main__":
    sys.exit(main())
