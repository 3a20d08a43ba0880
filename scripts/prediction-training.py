#!/usr/bin/env python3
"""Writes the systematic part of the PostgreSQL prediction table's training
set (scripts/gen-prediction-table.sh): expression and query shapes built
from the grammar's productions, not from any benchmark input.

ANTLR's prediction DFA is keyed by token types and looks a few tokens
ahead, so the training set pairs every primary-expression form with every
operator on both sides, puts each in every expression context (select
list, WHERE, GROUP BY, ORDER BY, JOIN ... ON, DEFAULT, CHECK, index
elements), and combines the clauses of a query. The output need not load
into PostgreSQL (names are not resolved); it must parse.

  prediction-training.py > FILE
"""

import itertools

PRIMARIES = [
    "c", "t.c", "s.t.c", '"Q"', "t.*", "1", "1.5", "1e3", "'x'", "E'x'",
    "$$x$$", "B'01'", "X'1f'", "NULL", "TRUE", "FALSE", "$1",
    "date '2000-01-01'", "timestamp '2000-01-01'", "interval '1' day",
    "interval '1 day'", "interval '1' year to month", "numeric(10,2) '1'",
    "varchar(3) 'x'", "s.f(c)", "f()", "f(c)", "f(c, 1)", "f(*)",
    "count(*)", "count(DISTINCT c)", "f(c ORDER BY c)", "f(x => 1)",
    "f(VARIADIC a)", "sum(c) FILTER (WHERE c > 0)",
    "rank() OVER (PARTITION BY c ORDER BY c)", "sum(c) OVER w",
    "percentile_cont(0.5) WITHIN GROUP (ORDER BY c)", "(c)", "(c + 1)",
    "(1, 2)", "ROW(1, 2)", "(SELECT 1)", "(SELECT c FROM t)",
    "EXISTS (SELECT 1)", "ARRAY[1, 2]", "ARRAY[[1], [2]]",
    "ARRAY(SELECT 1)", "c[1]", "c[1:2]", "(c).f", "(c).*",
    "CASE WHEN c THEN 1 ELSE 2 END", "CASE c WHEN 1 THEN 2 END",
    "CAST(c AS int)", "CAST(c AS varchar(3))", "CAST(c AS text[])",
    "c::int", "c::numeric(10, 2)", "c::text[]", "c::double precision",
    "c::timestamp with time zone", "c::character varying(3)",
    "c::bit varying(3)", "c::interval", "c::s.ty", "'{1}'::int[]",
    "COALESCE(c, 1)", "NULLIF(c, 1)", "GREATEST(c, 1)", "LEAST(c, 1)",
    "EXTRACT(year FROM c)", "EXTRACT('epoch' FROM c)",
    "SUBSTRING(c FROM 1 FOR 2)", "SUBSTRING(c, 1, 2)",
    "SUBSTRING(c FOR 2)", "POSITION('a' IN c)",
    "OVERLAY(c PLACING 'x' FROM 1 FOR 2)", "TRIM(BOTH 'x' FROM c)",
    "TRIM(LEADING FROM c)", "TRIM(c)", "NORMALIZE(c, NFC)", "NORMALIZE(c)",
    "CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP(3)",
    "LOCALTIMESTAMP", "CURRENT_USER", "SESSION_USER", "CURRENT_SCHEMA",
    "GROUPING(c)", "-c", "+c", "NOT c", "@ c", "~c",
    "c COLLATE \"C\"", "c AT TIME ZONE 'UTC'", "c IS NULL",
    "OPERATOR(pg_catalog.+) c", "left(c, 1)", "right(c, 1)",
    "nextval('s')", "now()", "lower(c)", "abs(c)",
]
BINARY = [
    "+", "-", "*", "/", "%", "^", "<", ">", "=", "<=", ">=", "<>", "!=",
    "||", "~", "~*", "!~", "@>", "<@", "&&", "->", "->>", "#>", "?",
    "AND", "OR", "LIKE", "NOT LIKE", "ILIKE", "NOT ILIKE", "SIMILAR TO",
    "NOT SIMILAR TO", "IS DISTINCT FROM", "IS NOT DISTINCT FROM",
    "OPERATOR(pg_catalog.=)",
]
POSTFIX = [
    "IS NULL", "IS NOT NULL", "ISNULL", "NOTNULL", "IS TRUE",
    "IS NOT FALSE", "IS UNKNOWN", "IS NORMALIZED", "IS NFC NORMALIZED",
    "IS DOCUMENT", "BETWEEN 1 AND 2", "NOT BETWEEN 1 AND 2",
    "BETWEEN SYMMETRIC 1 AND 2", "IN (1, 2)", "NOT IN (1, 2)",
    "IN (SELECT 1)", "= ANY (ARRAY[1])", "= ALL (SELECT 1)",
    "< SOME (c)", "LIKE 'x' ESCAPE '!'", "::int", "::text[]",
    "COLLATE \"C\"", "AT TIME ZONE 'UTC'", "[1]", "[1:2]",
]
TYPES = [
    "int", "integer", "bigint", "smallint", "numeric", "numeric(10, 2)",
    "decimal(5)", "real", "float(24)", "double precision", "boolean",
    "text", "varchar(10)", "character varying(10)", "char(3)",
    "character(3)", "bit(3)", "bit varying", "date", "time",
    "time(3) with time zone", "timestamp", "timestamp(3) without time zone",
    "timestamptz", "interval", "interval day to second(3)", "uuid",
    "jsonb", "int[]", "text[][]", "int ARRAY", "int ARRAY[3]", "s.ty",
    "\"Ty\"", "national character varying(3)", "bytea", "serial",
    "bigserial", "tsvector",
]
QUERIES = [
    "SELECT {e}",
    "SELECT {e} AS a FROM t",
    "SELECT {e} a FROM t",
    "SELECT c FROM t WHERE {e}",
    "SELECT c FROM t GROUP BY {e}",
    "SELECT c FROM t GROUP BY c HAVING {e}",
    "SELECT c FROM t ORDER BY {e}",
    "SELECT c FROM t ORDER BY {e} DESC NULLS LAST",
    "SELECT c FROM t JOIN u ON {e}",
    "SELECT c FROM t LEFT JOIN u ON {e}",
    "SELECT DISTINCT ON ({e}) c FROM t",
    "SELECT c FROM t LIMIT {e}",
    "SELECT f({e}) FROM t",
    "SELECT c FROM t WHERE c = {e} AND c > 1",
    "SELECT CASE WHEN {e} THEN {e} ELSE {e} END",
    "SELECT ARRAY[{e}]",
    "SELECT c FROM t WHERE c IN ({e}, 1)",
    "VALUES ({e})",
]
CLAUSES = [
    "SELECT * FROM t",
    "SELECT t.* FROM t",
    "SELECT DISTINCT c FROM t",
    "SELECT ALL c FROM t",
    "SELECT c FROM t, u",
    "SELECT c FROM s.t AS x",
    "SELECT c FROM s.t x (a, b)",
    "SELECT c FROM ONLY t",
    "SELECT c FROM t *",
    "SELECT c FROM t CROSS JOIN u",
    "SELECT c FROM t NATURAL JOIN u",
    "SELECT c FROM t NATURAL LEFT JOIN u",
    "SELECT c FROM t JOIN u USING (c)",
    "SELECT c FROM t INNER JOIN u ON TRUE",
    "SELECT c FROM t LEFT OUTER JOIN u ON TRUE",
    "SELECT c FROM t RIGHT JOIN u ON TRUE",
    "SELECT c FROM t FULL OUTER JOIN u ON TRUE",
    "SELECT c FROM (t JOIN u ON TRUE)",
    "SELECT c FROM (t JOIN u ON TRUE) AS j",
    "SELECT c FROM (SELECT 1) AS q",
    "SELECT c FROM (SELECT 1) q (c)",
    "SELECT c FROM LATERAL (SELECT 1) q",
    "SELECT c FROM f() AS g",
    "SELECT c FROM f(1) WITH ORDINALITY AS g (a, n)",
    "SELECT c FROM LATERAL f(t.c) g",
    "SELECT c FROM f() AS g (a int, b text)",
    "SELECT c FROM (VALUES (1), (2)) v (c)",
    "SELECT c FROM t WHERE c > 0 GROUP BY ROLLUP (c)",
    "SELECT c FROM t GROUP BY CUBE (c, d)",
    "SELECT c FROM t GROUP BY GROUPING SETS ((c), (d), ())",
    "SELECT c FROM t GROUP BY DISTINCT c",
    "SELECT c FROM t WINDOW w AS (PARTITION BY c ORDER BY d ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)",
    "SELECT sum(c) OVER (ORDER BY c RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES) FROM t",
    "SELECT c FROM t ORDER BY c USING <",
    "SELECT c FROM t LIMIT ALL OFFSET 1",
    "SELECT c FROM t OFFSET 1 ROWS FETCH FIRST 1 ROW ONLY",
    "SELECT c FROM t FETCH NEXT 3 ROWS WITH TIES",
    "SELECT c FROM t FOR UPDATE",
    "SELECT c FROM t UNION SELECT c FROM u",
    "SELECT c FROM t UNION ALL SELECT c FROM u",
    "SELECT c FROM t INTERSECT SELECT c FROM u",
    "SELECT c FROM t EXCEPT ALL SELECT c FROM u ORDER BY 1",
    "(SELECT c FROM t) UNION (SELECT c FROM u)",
    "((SELECT 1))",
    "WITH q AS (SELECT 1) SELECT * FROM q",
    "WITH RECURSIVE q (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM q) SELECT n FROM q",
    "WITH q AS MATERIALIZED (SELECT 1), r AS NOT MATERIALIZED (SELECT 2) SELECT 1",
    "TABLE t",
    "VALUES (1, 'a'), (2, 'b')",
    "SELECT",
    "SELECT c FROM t WHERE c IN (SELECT c FROM u WHERE u.d = t.d)",
    "SELECT c FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.c = t.c)",
    "SELECT (SELECT max(c) FROM u) AS m, c FROM t",
]


def main():
    out = []
    n = itertools.count()

    def view(body):
        out.append(f"CREATE VIEW v{next(n)} AS {body};")

    # Each primary in each query context; each operator between primaries.
    for p in PRIMARIES:
        for q in QUERIES:
            view(q.format(e=p))
    for op in BINARY:
        for p in PRIMARIES:
            view(f"SELECT {p} {op} c, c {op} {p} FROM t WHERE {p} {op} {p}")
    for op in POSTFIX:
        for p in PRIMARIES:
            view(f"SELECT {p} {op} FROM t WHERE {p} {op} AND c")
    for a, b in itertools.product(BINARY, BINARY):
        view(f"SELECT c {a} d {b} e, (c {a} d) {b} e, NOT c {a} d {b} e FROM t")
    for body in CLAUSES:
        view(body)
    # Expressions in the other statements that take them.
    for i, p in enumerate(PRIMARIES):
        out.append(f"CREATE TABLE x{i} (a int DEFAULT {p}, b int CHECK ({p}), "
                   f"c int GENERATED ALWAYS AS ({p}) STORED, "
                   f"CHECK ({p} > 0), EXCLUDE USING gist (({p}) WITH =));")
        out.append(f"CREATE INDEX ON t ((({p}))) WHERE {p};")
        out.append(f"CREATE INDEX ON t USING btree (({p}) DESC, c text_pattern_ops);")
        out.append(f"ALTER TABLE t ALTER COLUMN c SET DEFAULT {p};")
    for ty in TYPES:
        out.append(f"CREATE TABLE y (a {ty}, b {ty} NOT NULL DEFAULT NULL, "
                   f"c {ty} PRIMARY KEY);")
        view(f"SELECT c::{ty}, CAST(c AS {ty}), {ty} 'x' FROM t")
        out.append(f"ALTER TABLE t ALTER COLUMN c TYPE {ty} USING c::{ty};")
        out.append(f"CREATE DOMAIN d AS {ty} CHECK (VALUE IS NOT NULL);")
    print("\n".join(out))


if __name__ == "__main__":
    main()
