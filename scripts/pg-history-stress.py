#!/usr/bin/env python3
"""Migration-history stress tests: random histories of CREATE, ALTER,
RENAME and DROP, compiled by schemac and compared on PostgreSQL.

Each history is generated from a seed (deterministic: the same seed gives
the same script). Its statements are run on a scratch database in one psql
session that goes on after errors; those PostgreSQL rejects are dropped, so
the history that remains is valid. Then it is compared like an oracle case
(scripts/pg_catalog.py): the history and `schemac --emit=ddl` of it, applied
to two fresh databases, must give the same catalog. A failing history
prints its seed and its script.

  pg-history-stress.py --histories 20 --seed 1       # seeds 1..20

Environment: SCHEMAC_STRESS_HISTORIES and SCHEMAC_STRESS_SEED override the
defaults of --histories and --seed (the README test command runs seeds
1..32, about 35 s on two cores; set a larger number for a longer run:
seeds 1..300 were all the same when this was written).
"""

import argparse
import os
import random
import re
import sys
from typing import Dict, List

from pg_catalog import (HarnessError, Result, RunContext,
                        add_common_arguments, close_run, compare, open_run,
                        parse_common_arguments, run, run_cases, run_schemac)

TYPES = ["int", "bigint", "text", "varchar(20)", "numeric(8,2)", "boolean",
         "date"]
DEFAULTS = {"int": "0", "bigint": "1", "text": "'x'", "varchar(20)": "'y'",
            "numeric(8,2)": "1.5", "boolean": "true", "date": "'2020-01-01'"}


class History:
    """A model of what the history created so far (optimistic: a statement
    PostgreSQL rejects is dropped later, the model may drift; that only
    costs rejected statements)."""

    def __init__(self, rnd: random.Random):
        self.r = rnd
        self.schemas: List[str] = []
        self.path = "public"
        self.tables: Dict[str, Dict[str, str]] = {}   # qualified -> col: type
        self.views: List[str] = []
        self.sequences: List[str] = []
        self.types: Dict[str, List[str]] = {}
        self.indexes: List[str] = []
        self.constraints: Dict[str, List[str]] = {}   # table -> names
        self.n = 0

    def fresh(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"

    def where(self) -> str:
        """A schema prefix, or none (the current search_path)."""
        if self.schemas and self.r.random() < 0.3:
            return self.r.choice(self.schemas) + "."
        return ""

    def table(self) -> str:
        return self.r.choice(sorted(self.tables))

    def column(self, t: str) -> str:
        return self.r.choice(sorted(self.tables[t])) if self.tables[t] else "id"

    def col_type(self) -> str:
        if self.types and self.r.random() < 0.15:
            return self.r.choice(sorted(self.types))
        return self.r.choice(TYPES)

    def create_table(self) -> str:
        name = self.where() + self.fresh("t")
        cols, defs = {}, []
        key = self.r.choice(["id serial PRIMARY KEY", "id int PRIMARY KEY",
                             "id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
                             "id bigint NOT NULL"])
        defs.append(key)
        cols["id"] = "int"
        for _ in range(self.r.randint(1, 4)):
            c, ty = self.fresh("c"), self.col_type()
            d = f"{c} {ty}"
            x = self.r.random()
            if x < 0.2 and ty in DEFAULTS:
                d += f" DEFAULT {DEFAULTS[ty]}"
            elif x < 0.35:
                d += " NOT NULL"
            elif x < 0.45:
                d += " UNIQUE"
            elif x < 0.55 and ty in ("int", "bigint"):
                d += f" CHECK ({c} > 0)"
            elif x < 0.65 and self.tables:
                ref = self.table()
                d = f"{c} int REFERENCES {ref}"
                ty = "int"
            cols[c] = ty
            defs.append(d)
        self.tables[name] = cols
        return f"CREATE TABLE {name} ({', '.join(defs)});"

    def step(self) -> str:
        r = self.r
        if not self.tables or r.random() < 0.12:
            return self.create_table()
        t = self.table()
        x = r.random()
        if x < 0.05:
            s = self.fresh("s")
            self.schemas.append(s)
            return f"CREATE SCHEMA {s};"
        if x < 0.09:
            self.path = r.choice(self.schemas + ["public"]) if self.schemas \
                else "public"
            return f"SET search_path = {self.path}" + \
                (", public;" if self.path != "public" and r.random() < 0.5
                 else ";")
        if x < 0.17:
            c, ty = self.fresh("c"), self.col_type()
            self.tables[t][c] = ty
            extra = f" DEFAULT {DEFAULTS[ty]}" if ty in DEFAULTS and \
                r.random() < 0.4 else ""
            return f"ALTER TABLE {t} ADD COLUMN {c} {ty}{extra};"
        if x < 0.22:
            c = self.column(t)
            self.tables[t].pop(c, None)
            return f"ALTER TABLE {t} DROP COLUMN {c}" + \
                (" CASCADE;" if r.random() < 0.5 else ";")
        if x < 0.28:
            c, new = self.column(t), self.fresh("c")
            self.tables[t][new] = self.tables[t].pop(c, "int")
            return f"ALTER TABLE {t} RENAME COLUMN {c} TO {new};"
        if x < 0.34:
            new = self.fresh("t")
            schema = t.rsplit(".", 1)[0] + "." if "." in t else ""
            self.tables[schema + new] = self.tables.pop(t)
            return f"ALTER TABLE {t} RENAME TO {new};"
        if x < 0.37 and self.schemas:
            s = r.choice(self.schemas)
            self.tables[s + "." + t.split(".")[-1]] = self.tables.pop(t)
            return f"ALTER TABLE {t} SET SCHEMA {s};"
        if x < 0.42:
            c = self.column(t)
            ty = r.choice(["bigint", "text", "numeric(10,2)"])
            return f"ALTER TABLE {t} ALTER COLUMN {c} TYPE {ty};"
        if x < 0.47:
            c = self.column(t)
            return r.choice([
                f"ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL;",
                f"ALTER TABLE {t} ALTER COLUMN {c} DROP NOT NULL;",
                f"ALTER TABLE {t} ALTER COLUMN {c} DROP DEFAULT;",
                f"ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT "
                f"{DEFAULTS.get(self.tables[t].get(c, 'int'), 'NULL')};"])
        if x < 0.55:
            c = self.column(t)
            named = r.random() < 0.5
            name = self.fresh("k")
            head = f"ALTER TABLE {t} ADD " + (f"CONSTRAINT {name} " if named
                                              else "")
            if named:
                self.constraints.setdefault(t, []).append(name)
            kind = r.random()
            if kind < 0.4:
                return head + f"UNIQUE ({c});"
            if kind < 0.7 and self.tables[t].get(c) in ("int", "bigint"):
                return head + f"CHECK ({c} >= 0);"
            ref = self.table()
            return head + f"FOREIGN KEY ({c}) REFERENCES {ref};"
        if x < 0.59:
            names = self.constraints.get(t) or [
                t.split(".")[-1] + "_pkey",
                t.split(".")[-1] + "_" + self.column(t) + "_key"]
            return f"ALTER TABLE {t} DROP CONSTRAINT {r.choice(names)};"
        if x < 0.62 and self.constraints.get(t):
            old = r.choice(self.constraints[t])
            new = self.fresh("k")
            self.constraints[t].remove(old)
            self.constraints[t].append(new)
            return f"ALTER TABLE {t} RENAME CONSTRAINT {old} TO {new};"
        if x < 0.68:
            c = self.column(t)
            if r.random() < 0.3:
                return f"CREATE INDEX ON {t} ({c});"
            name = self.fresh("i")
            self.indexes.append(name)
            return (f"CREATE {'UNIQUE ' if r.random() < 0.3 else ''}INDEX "
                    f"{name} ON {t} ({c});")
        if x < 0.71 and self.indexes:
            i = r.choice(self.indexes)
            if r.random() < 0.5:
                self.indexes.remove(i)
                return f"DROP INDEX {i};"
            new = self.fresh("i")
            self.indexes[self.indexes.index(i)] = new
            return f"ALTER INDEX {i} RENAME TO {new};"
        if x < 0.78:
            v = self.where() + self.fresh("v")
            cols = r.sample(sorted(self.tables[t]),
                            min(len(self.tables[t]), r.randint(1, 3)))
            self.views.append(v)
            sel = ", ".join(cols) if r.random() < 0.8 else "*"
            return f"CREATE VIEW {v} AS SELECT {sel} FROM {t};"
        if x < 0.82 and self.views:
            v = r.choice(self.views)
            if r.random() < 0.5:
                self.views.remove(v)
                return f"DROP VIEW {v}" + (" CASCADE;" if r.random() < 0.3
                                           else ";")
            new = self.fresh("v")
            schema = v.rsplit(".", 1)[0] + "." if "." in v else ""
            self.views[self.views.index(v)] = schema + new
            return f"ALTER VIEW {v} RENAME TO {new};"
        if x < 0.86:
            if self.sequences and r.random() < 0.5:
                q = r.choice(self.sequences)
                new = self.fresh("q")
                self.sequences[self.sequences.index(q)] = new
                return r.choice([f"ALTER SEQUENCE {q} RENAME TO {new};",
                                 f"ALTER SEQUENCE {q} INCREMENT BY 5;"])
            q = self.fresh("q")
            self.sequences.append(q)
            return f"CREATE SEQUENCE {q} START 10;"
        if x < 0.9:
            if self.types and r.random() < 0.5:
                e = r.choice(sorted(self.types))
                return f"ALTER TYPE {e} ADD VALUE '{self.fresh('l')}';"
            e = self.fresh("e")
            self.types[e] = ["a", "b"]
            return f"CREATE TYPE {e} AS ENUM ('a', 'b');"
        if x < 0.95:
            self.tables.pop(t)
            return f"DROP TABLE {t}" + (" CASCADE;" if r.random() < 0.5
                                        else ";")
        return self.create_table()


def generate(seed: int, length: int) -> List[str]:
    h = History(random.Random(seed))
    return [h.step() for _ in range(length)]


ERROR_LINE_RE = re.compile(r"^psql:[^:]*:(\d+): ERROR:", re.M)


def keep_valid(ctx: RunContext, db: str, stmts: List[str]) -> List[str]:
    """The statements PostgreSQL accepts, in one session on db (the rejected
    ones are left out, as if never written)."""
    cmd = ctx.psql_cmd(db)
    cmd[cmd.index("ON_ERROR_STOP=1")] = "ON_ERROR_STOP=0"
    r = run(cmd + ["-f", "-"], input="\n".join(stmts) + "\n")
    rejected = {int(m.group(1)) for m in ERROR_LINE_RE.finditer(r.stderr)}
    return [s for i, s in enumerate(stmts, 1) if i not in rejected]


def run_history(ctx: RunContext, seed: int, length: int, workdir: str) -> Result:
    os.makedirs(workdir, exist_ok=True)
    result = Result(seed)
    prefix = ctx.new_db_prefix()
    scratch = prefix + "_scratch"
    ctx.create_db(scratch)
    try:
        stmts = keep_valid(ctx, scratch, generate(seed, length))
    finally:
        ctx.drop_db(scratch)
    script = os.path.join(workdir, f"history-{seed}.sql")
    with open(script, "w", encoding="utf-8") as fh:
        fh.write(f"-- pg-history-stress.py seed {seed}\n" + "\n".join(stmts)
                 + "\n")
    ours = os.path.join(workdir, "schemac.sql")
    if run_schemac(ctx, [script], ours, result):
        compare(ctx, [script], ours, result, workdir, prefix)
    if not result.passed:
        result.details = (f"seed {seed}; rerun: pg-history-stress.py --seed "
                          f"{seed} --histories 1 --length {length}\n"
                          f"--- the history ({len(stmts)} statements):\n"
                          + "\n".join(stmts) + "\n" + result.details)
    result.reason = (f"{len(stmts)} statements" +
                     (f"; {result.reason}" if result.reason else ""))
    return result


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--histories", type=int,
                    default=int(os.environ.get("SCHEMAC_STRESS_HISTORIES", 32)))
    ap.add_argument("--seed", type=int,
                    default=int(os.environ.get("SCHEMAC_STRESS_SEED", 1)),
                    help="the first seed (then seed+1, ...)")
    ap.add_argument("--length", type=int, default=60,
                    help="statements generated per history")
    ap.add_argument("--print", action="store_true",
                    help="print the generated (unfiltered) histories")
    add_common_arguments(ap, max_diff_lines=60)
    args = parse_common_arguments(ap, argv)
    seeds = list(range(args.seed, args.seed + args.histories))
    if args.print or args.list:
        for s in seeds:
            print(f"-- seed {s}\n" + "\n".join(generate(s, args.length)))
        return 0
    try:
        ctx, artifacts = open_run(args, "schemac_stress")
    except HarnessError as e:
        print(f"pg-history-stress: error: {e}", file=sys.stderr)
        return 2
    results = run_cases(
        ctx, seeds,
        lambda i, s: run_history(ctx, s, args.length,
                                 os.path.join(artifacts, f"seed{s}")),
        lambda r: f"seed {r.case}")
    close_run(ctx, artifacts)
    bad = [r for r in results if not r.passed]
    print(f"histories: {len(results)} (seeds {seeds[0]}..{seeds[-1]}), "
          f"{len(results) - len(bad)} same, {len(bad)} failed"
          + (f": seeds {', '.join(str(r.case) for r in bad)}" if bad else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
