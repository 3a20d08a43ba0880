#!/usr/bin/env python3
"""Generates a view-heavy PostgreSQL script for bench/diverse.py.

The TPC-H tables of tpch.sql (beside this script), then --views views over
them whose bodies are drawn (from a fixed seed, so the output is always the
same) from a wide mix of query syntax: joins of every kind, sub-queries,
CTEs, set operations, aggregates with FILTER and ORDER BY, window
functions, CASE, casts both ways, the SQL-standard special functions,
LIKE/ILIKE/SIMILAR, IN, BETWEEN, IS [NOT] DISTINCT FROM, arrays and rows.
Every view is valid PostgreSQL 15 (load the output with psql to check).
Diverse token sequences keep a parser's prediction caches cold, as real
schemas do.

  gen-views.py [-o FILE] [--views N] [--seed S]
"""

import argparse
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# table -> (alias, {column: kind}); kinds: num, int, text, date, char1
TABLES = {
    "region": {"r_regionkey": "int", "r_name": "text", "r_comment": "text"},
    "nation": {"n_nationkey": "int", "n_name": "text", "n_regionkey": "int",
               "n_comment": "text"},
    "part": {"p_partkey": "int", "p_name": "text", "p_mfgr": "text",
             "p_brand": "text", "p_type": "text", "p_size": "int",
             "p_container": "text", "p_retailprice": "num",
             "p_comment": "text"},
    "supplier": {"s_suppkey": "int", "s_name": "text", "s_address": "text",
                 "s_nationkey": "int", "s_phone": "text",
                 "s_acctbal": "num", "s_comment": "text"},
    "partsupp": {"ps_partkey": "int", "ps_suppkey": "int",
                 "ps_availqty": "int", "ps_supplycost": "num",
                 "ps_comment": "text"},
    "customer": {"c_custkey": "int", "c_name": "text", "c_address": "text",
                 "c_nationkey": "int", "c_phone": "text",
                 "c_acctbal": "num", "c_mktsegment": "text",
                 "c_comment": "text"},
    "orders": {"o_orderkey": "int", "o_custkey": "int",
               "o_orderstatus": "text", "o_totalprice": "num",
               "o_orderdate": "date", "o_orderpriority": "text",
               "o_clerk": "text", "o_shippriority": "int",
               "o_comment": "text"},
    "lineitem": {"l_orderkey": "int", "l_partkey": "int", "l_suppkey": "int",
                 "l_linenumber": "int", "l_quantity": "num",
                 "l_extendedprice": "num", "l_discount": "num",
                 "l_tax": "num", "l_returnflag": "text",
                 "l_linestatus": "text", "l_shipdate": "date",
                 "l_commitdate": "date", "l_receiptdate": "date",
                 "l_shipinstruct": "text", "l_shipmode": "text",
                 "l_comment": "text"},
}
# (left table, right table, join condition template with {l} {r} aliases)
JOINS = [
    ("nation", "region", "{l}.n_regionkey = {r}.r_regionkey"),
    ("supplier", "nation", "{l}.s_nationkey = {r}.n_nationkey"),
    ("customer", "nation", "{l}.c_nationkey = {r}.n_nationkey"),
    ("orders", "customer", "{l}.o_custkey = {r}.c_custkey"),
    ("lineitem", "orders", "{l}.l_orderkey = {r}.o_orderkey"),
    ("lineitem", "part", "{l}.l_partkey = {r}.p_partkey"),
    ("lineitem", "supplier", "{l}.l_suppkey = {r}.s_suppkey"),
    ("partsupp", "part", "{l}.ps_partkey = {r}.p_partkey"),
    ("partsupp", "supplier", "{l}.ps_suppkey = {r}.s_suppkey"),
]
WORDS = ["alpha", "brass", "steel", "green", "forest", "AIR", "MAIL",
         "Customer", "special", "requests", "BUILDING", "EUROPE", "1-URGENT"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.n = 0

    def pick(self, xs):
        return self.r.choice(xs)

    def cols(self, scope, kind):
        return [f"{a}.{c}" for a, t in scope for c, k in TABLES[t].items()
                if k == kind]

    def col(self, scope, kind):
        cs = self.cols(scope, kind)
        if not cs:
            return {"int": "1", "num": "1.5", "text": "'x'",
                    "date": "date '1995-01-01'"}[kind]
        return self.pick(cs)

    def lit(self, kind):
        r = self.r
        if kind == "int":
            return str(r.randint(0, 500))
        if kind == "num":
            return self.pick([f"{r.randint(0, 99)}.{r.randint(0, 99):02d}",
                              f"{r.randint(1, 9)}e{r.randint(1, 3)}",
                              "0.0001"])
        if kind == "text":
            return "'" + self.pick(WORDS) + "'"
        return self.pick([f"date '199{r.randint(2, 8)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}'",
                          f"'199{r.randint(2, 8)}-01-01'::date",
                          f"CAST('199{r.randint(2, 8)}-12-31' AS date)"])

    def num(self, scope, d=0):
        r = self.r
        if d > 2 or r.random() < 0.3:
            return self.pick([self.col(scope, "num"), self.col(scope, "int"),
                              self.lit("num"), self.lit("int")])
        f = r.randint(0, 15)
        a = lambda: self.num(scope, d + 1)
        if f == 0:
            return f"({a()} {self.pick(['+', '-', '*'])} {a()})"
        if f == 1:
            return f"{a()} * (1 - {self.col(scope, 'num')})"
        if f == 2:
            return f"coalesce({a()}, {a()}, 0)"
        if f == 3:
            return f"greatest({a()}, {a()})"
        if f == 4:
            return f"least({a()}, {self.lit('num')})"
        if f == 5:
            return f"nullif({a()}, 0)"
        if f == 6:
            return f"round({a()}::numeric, {r.randint(0, 4)})"
        if f == 7:
            return f"CAST({a()} AS numeric(18, {r.randint(0, 6)}))"
        if f == 8:
            return f"abs(-{a()})"
        if f == 9:
            return f"extract({self.pick(['year', 'month', 'day', 'dow', 'quarter'])} FROM {self.date(scope, d + 1)})"
        if f == 10:
            return f"length({self.text(scope, d + 1)})"
        if f == 11:
            return (f"CASE WHEN {self.pred(scope, d + 1)} THEN {a()} "
                    f"WHEN {self.pred(scope, d + 1)} THEN {a()} ELSE {a()} END")
        if f == 12:
            return f"position({self.lit('text')} IN {self.col(scope, 'text')})"
        if f == 13:
            return f"({a()})::numeric % {r.randint(2, 9)}"
        if f == 14:
            return f"power({a()}, 2)"
        return f"date_part('{self.pick(['year', 'month'])}', {self.date(scope, d + 1)})"

    def text(self, scope, d=0):
        r = self.r
        if d > 2 or r.random() < 0.35:
            return self.pick([self.col(scope, "text"), self.lit("text")])
        f = r.randint(0, 11)
        a = lambda: self.text(scope, d + 1)
        if f == 0:
            return f"{a()} || {self.lit('text')}"
        if f == 1:
            return f"upper({a()})"
        if f == 2:
            return f"substring({a()} FROM {r.randint(1, 5)} FOR {r.randint(1, 9)})"
        if f == 3:
            return f"trim(BOTH ' ' FROM {a()})"
        if f == 4:
            return f"coalesce({a()}, '')"
        if f == 5:
            return f"concat_ws('-', {a()}, {a()})"
        if f == 6:
            return f"lower({a()}) COLLATE \"C\""
        if f == 7:
            return f"overlay({a()} PLACING 'xx' FROM 2 FOR 2)"
        if f == 8:
            return f"({self.num(scope, d + 1)})::text"
        if f == 9:
            return f"to_char({self.date(scope, d + 1)}, 'YYYY-MM')"
        if f == 10:
            return f"split_part({a()}, ' ', {r.randint(1, 3)})"
        return f"replace({a()}, 'a', 'b')"

    def date(self, scope, d=0):
        r = self.r
        if d > 2 or r.random() < 0.5:
            return self.pick([self.col(scope, "date"), self.lit("date")])
        f = r.randint(0, 4)
        if f == 0:
            return f"({self.date(scope, d + 1)} + interval '{r.randint(1, 12)}' month)::date"
        if f == 1:
            return f"{self.date(scope, d + 1)} - {r.randint(1, 90)}"
        if f == 2:
            return f"date_trunc('{self.pick(['month', 'year'])}', {self.date(scope, d + 1)})::date"
        if f == 3:
            return f"({self.date(scope, d + 1)} - interval '{r.randint(1, 30)} days')::date"
        return f"make_date({r.randint(1992, 1998)}, {r.randint(1, 12)}, {r.randint(1, 28)})"

    def pred(self, scope, d=0):
        r = self.r
        f = r.randint(0, 16 if d < 2 else 9)
        if f == 0:
            return f"{self.num(scope, d + 1)} {self.pick(['<', '>', '<=', '>=', '=', '<>'])} {self.num(scope, d + 1)}"
        if f == 1:
            return f"{self.col(scope, 'text')} {self.pick(['LIKE', 'NOT LIKE', 'ILIKE'])} '%{self.pick(WORDS)}%'"
        if f == 2:
            return f"{self.num(scope, d + 1)} BETWEEN {self.lit('int')} AND {self.lit('num')}"
        if f == 3:
            return f"{self.col(scope, 'text')} IN ({', '.join(self.lit('text') for _ in range(r.randint(1, 5)))})"
        if f == 4:
            return f"{self.col(scope, 'date')} {self.pick(['<', '>=', '<='])} {self.lit('date')}"
        if f == 5:
            return f"{self.col(scope, self.pick(['int', 'text', 'num']))} IS {self.pick(['', 'NOT '])}NULL"
        if f == 6:
            return f"{self.col(scope, 'int')} IS DISTINCT FROM {self.lit('int')}"
        if f == 7:
            return f"{self.col(scope, 'text')} SIMILAR TO '%({self.pick(WORDS)}|{self.pick(WORDS)})%'"
        if f == 8:
            return f"{self.col(scope, 'int')} <> ALL (ARRAY[{r.randint(0, 9)}, {r.randint(10, 99)}])"
        if f == 9:
            return f"{self.col(scope, 'int')} = ANY ('{{1,2,3}}'::int[])"
        if f == 10:
            return f"({self.pred(scope, d + 1)} AND {self.pred(scope, d + 1)})"
        if f == 11:
            return f"({self.pred(scope, d + 1)} OR NOT {self.pred(scope, d + 1)})"
        if f == 12:
            t = self.pick(list(TABLES))
            c = self.pick([c for c, k in TABLES[t].items() if k == "int"])
            return f"{self.col(scope, 'int')} IN (SELECT x{self.n}.{c} FROM {t} x{self.n})"
        if f == 13:
            t = self.pick(list(TABLES))
            return f"{self.pick(['', 'NOT '])}EXISTS (SELECT 1 FROM {t} WHERE {self.pred([(t, t)], 2)})"
        if f == 14:
            return f"{self.num(scope, d + 1)} > (SELECT avg({self.col([('z', 'lineitem')], 'num')}) FROM lineitem z)"
        if f == 15:
            return f"ROW({self.col(scope, 'int')}, {self.lit('int')}) <> ROW(0, 0)"
        return f"{self.col(scope, 'text')} ~ '^[A-Z]'"

    def from_clause(self):
        r = self.r
        j = self.pick(JOINS)
        if r.random() < 0.25:
            return [("t1", j[0])], f"{j[0]} t1"
        l, rr = "t1", "t2"
        kind = self.pick(["JOIN", "LEFT JOIN", "INNER JOIN",
                          "LEFT OUTER JOIN", "RIGHT JOIN", "FULL JOIN",
                          "comma"])
        cond = j[2].format(l=l, r=rr)
        if kind == "comma":
            return ([(l, j[0]), (rr, j[1])],
                    f"{j[0]} {l}, {j[1]} {rr} WHERE {cond} AND TRUE")
        return ([(l, j[0]), (rr, j[1])],
                f"{j[0]} AS {l} {kind} {j[1]} AS {rr} ON {cond}")

    def select(self):
        r = self.r
        scope, frm = self.from_clause()
        items, group = [], []
        agg = r.random() < 0.4
        for i in range(r.randint(2, 7)):
            kind = self.pick(["num", "text", "date", "int"])
            if agg and i == 0:
                g = self.col(scope, "text")
                items.append(f"{g} AS g{i}")
                group.append(g)
                continue
            if agg:
                e = self.pick([
                    f"sum({self.num(scope)})",
                    f"count(*)",
                    f"count(DISTINCT {self.col(scope, 'int')})",
                    f"avg({self.num(scope)}) FILTER (WHERE {self.pred(scope, 2)})",
                    f"max({self.col(scope, 'date')})",
                    f"string_agg({self.col(scope, 'text')}, ',' ORDER BY {self.col(scope, 'text')})",
                    f"bool_and({self.pred(scope, 2)})",
                    f"array_agg({self.col(scope, 'int')})",
                ])
            elif r.random() < 0.15:
                e = (f"{self.pick(['row_number()', 'rank()', 'sum(' + self.col(scope, 'num') + ')', 'lag(' + self.col(scope, 'int') + ')'])} "
                     f"OVER (PARTITION BY {self.col(scope, 'text')} ORDER BY {self.col(scope, 'int')}"
                     f"{self.pick(['', ' ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW', ' DESC NULLS LAST'])})")
            else:
                e = {"num": self.num, "text": self.text, "date": self.date,
                     "int": lambda s: self.col(s, "int")}[kind](scope)
            items.append(f"{e} AS c{i}")
        where = "" if frm.endswith("AND TRUE") else " WHERE "
        sql = f"SELECT {self.pick(['', 'DISTINCT '])}" + ", ".join(items)
        sql += f" FROM {frm}"
        if r.random() < 0.7:
            sql += (where if where else " AND ") + self.pred(scope)
        if group:
            sql += " GROUP BY " + ", ".join(group)
            if r.random() < 0.4:
                sql += f" HAVING count(*) > {r.randint(0, 5)}"
        if r.random() < 0.3:
            sql += f" ORDER BY 1{self.pick(['', ' DESC', ' NULLS FIRST'])}"
            if r.random() < 0.5:
                sql += f" LIMIT {r.randint(1, 100)}"
        return sql

    def view(self, i):
        r = self.r
        self.n = i
        f = r.random()
        if f < 0.6:
            body = self.select()
        elif f < 0.75:
            body = (f"WITH w AS ({self.select()}) "
                    f"SELECT * FROM w{self.pick(['', ' WHERE w.c1 IS NOT NULL'])}")
        elif f < 0.9:
            t = self.pick(list(TABLES))
            a = [c for c, k in TABLES[t].items() if k == "int"][0]
            body = (f"SELECT {a} FROM {t} "
                    f"{self.pick(['UNION', 'UNION ALL', 'EXCEPT', 'INTERSECT'])} "
                    f"SELECT {a} FROM {t} WHERE {self.pred([(t, t)], 1)}")
        else:
            body = (f"SELECT s.* FROM ({self.select()}) AS s "
                    f"WHERE s.c1 IS NOT NULL")
        return f"CREATE VIEW v{i:04d} AS\n{body};\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--views", type=int, default=300)
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    with open(os.path.join(HERE, "tpch.sql"), encoding="utf-8") as f:
        tpch = f.read()
    schema = tpch[:tpch.index("-- Q1:")]
    out = ["-- Generated by bench/inputs/gen-views.py (seed "
           f"{args.seed}, {args.views} views).\n", schema]
    g = Gen(random.Random(args.seed))
    for i in range(args.views):
        out.append(g.view(i))
    text = "\n".join(out)
    if args.output == "-":
        print(text, end="")
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
