-- Expressions: every expression kind, PostgreSQL's operator precedence
-- (parentheses exactly where the tree needs them), special call syntax,
-- literals, and the b_expr of DEFAULT. Each was checked on PostgreSQL 15 to
-- give the same catalog as the input (see live.test).
-- RUN: schemac %s --emit=ddl | FileCheck %s
-- RUN: schemac %s --emit=ddl -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK-LABEL: CREATE VIEW ops AS
-- CHECK-NEXT:  SELECT a + b * 2 AS e1,
-- CHECK-NEXT:      (a + b) * 2 AS e2,
-- CHECK-NEXT:      a - (b - 1) AS e3,
-- CHECK-NEXT:      -a AS e4,
-- CHECK-NEXT:      -(-a) AS e5,
-- CHECK-NEXT:      2 ^ 3 ^ 2 AS e6,
-- CHECK-NEXT:      2 ^ (3 ^ 2) AS e7,
-- CHECK-NEXT:      a % 3 AS e8,
-- CHECK-NEXT:      c || 'x' || c AS e9,
-- CHECK-NEXT:      NOT (a = b) AS e10,
-- CHECK-NEXT:      a = b OR a < b AND c IS NULL AS e11,
-- CHECK-NEXT:      (a = b OR a < b) AND c IS NOT NULL AS e12,
-- CHECK-NEXT:      a IS DISTINCT FROM b AS e13,
-- CHECK-NEXT:      a > 1 IS TRUE AS e14,
-- CHECK-NEXT:      (a IS NULL) = true AS e15,
-- CHECK-NEXT:      c LIKE 'a%' ESCAPE '!' AS e16,
-- CHECK-NEXT:      c NOT ILIKE '%b' AS e17,
-- CHECK-NEXT:      c SIMILAR TO 'x*' AS e18,
-- CHECK-NEXT:      a BETWEEN 1 AND 10 AS e19,
-- CHECK-NEXT:      a NOT BETWEEN SYMMETRIC b AND 3 AS e20,
-- CHECK-NEXT:      a IN (1, 2, 3) AS e21,
-- CHECK-NEXT:      a NOT IN (SELECT u.a
-- CHECK-NEXT:          FROM u) AS e22,
-- CHECK-NEXT:      EXISTS (SELECT 1
-- CHECK-NEXT:          FROM u
-- CHECK-NEXT:          WHERE u.a = t.a) AS e23,
-- CHECK-NEXT:      NOT EXISTS (SELECT 1
-- CHECK-NEXT:          FROM u) AS e24,
-- CHECK-NEXT:      a = ANY (arr) AS e25,
-- CHECK-NEXT:      a > ALL (SELECT u.a
-- CHECK-NEXT:          FROM u) AS e26,
-- CHECK-NEXT:      a = SOME (arr) AS e27,
-- CHECK-NEXT:      ARRAY[a, b] AS e28,
-- CHECK-NEXT:      ARRAY{{\[\[}}1, 2], [3, 4{{\]\]}} AS e29,
-- CHECK-NEXT:      ARRAY(SELECT u.a
-- CHECK-NEXT:          FROM u) AS e30,
-- CHECK-NEXT:      arr[1] AS e31,
-- CHECK-NEXT:      arr[1:2] AS e32,
-- CHECK-NEXT:      (ARRAY[1, 2, 3])[2] AS e33,
-- CHECK-NEXT:      ROW(a, b)::pair AS e34,
-- CHECK-NEXT:      ((a, b)::pair).p AS e35,
-- CHECK-NEXT:      c COLLATE "C" AS e36,
-- CHECK-NEXT:      ts AT TIME ZONE 'UTC' AS e37,
-- CHECK-NEXT:      CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END AS e38,
-- CHECK-NEXT:      CASE a WHEN 1 THEN 'one' END AS e39,
-- CHECK-NEXT:      a::text AS e40,
-- CHECK-NEXT:      CAST(b AS bigint) AS e41,
-- CHECK-NEXT:      date '2020-01-01' AS e42,
-- CHECK-NEXT:      interval '1 day' AS e43,
-- CHECK-NEXT:      j -> 'k' ->> 'z' AS e44,
-- CHECK-NEXT:      j @> '{"a":1}' AS e45,
-- CHECK-NEXT:      COALESCE(a, b, 0) AS e46,
-- CHECK-NEXT:      NULLIF(a, 0) AS e47,
-- CHECK-NEXT:      GREATEST(a, b) AS e48,
-- CHECK-NEXT:      LEAST(a, b) AS e49,
-- CHECK-NEXT:      EXTRACT(year FROM d) AS e50,
-- CHECK-NEXT:      SUBSTRING(c FROM 2 FOR 3) AS e51,
-- CHECK-NEXT:      POSITION('x' IN c) AS e52,
-- CHECK-NEXT:      TRIM(BOTH 'x' FROM c) AS e53,
-- CHECK-NEXT:      OVERLAY(c PLACING 'ab' FROM 2 FOR 1) AS e54,
-- CHECK-NEXT:      CURRENT_DATE AS e55,
-- CHECK-NEXT:      CURRENT_USER AS e56,
-- CHECK-NEXT:      LOCALTIMESTAMP(2) AS e57,
-- CHECK-NEXT:      (SELECT max(u.a)
-- CHECK-NEXT:          FROM u) AS e58,
-- CHECK-NEXT:      a::numeric(5,2) AS e59,
-- CHECK-NEXT:      E'a''b\\c' AS e60,
-- CHECK-NEXT:      B'101' AS e61,
-- CHECK-NEXT:      X'1F' AS e62,
-- CHECK-NEXT:      1.5e3 AS e63,
-- CHECK-NEXT:      -2.5 AS e64,
-- CHECK-NEXT:      true AND NOT false AS e65,
-- CHECK-NEXT:      c ~ '^a' AS e66,
-- CHECK-NEXT:      a # b AS e67,
-- CHECK-NEXT:      @a AS e68,
-- CHECK-NEXT:      a OPERATOR(pg_catalog.+) b AS e69,
-- CHECK-NEXT:      pg_catalog.lower(c) AS e70,
-- CHECK-NEXT:      (a + 1)::text || 'x' AS e71,
-- CHECK-NEXT:      -a::integer AS e72,
-- CHECK-NEXT:      (-a)::text AS e73,
-- CHECK-NEXT:      a * -1 AS e74,
-- CHECK-NEXT:      NOT (a > b) AS e75,
-- CHECK-NEXT:      NULL::integer AS e76,
-- CHECK-NEXT:      concat_ws(', ', VARIADIC ARRAY['a', 'b']) AS e77,
-- CHECK-NEXT:      make_interval(days => 1) AS e78,
-- CHECK-NEXT:      'dollar' AS e79,
-- CHECK-NEXT:      INTERVAL '3' HOUR AS e80,
-- CHECK-NEXT:      interval '1' day to second(3) AS e81,
-- CHECK-NEXT:      INTERVAL(2) '1 minute' AS e82
-- CHECK-NEXT:  FROM t;

-- CHECK-LABEL: CREATE TABLE checks (
-- CHECK-NEXT:      a integer CHECK (a > 0 AND (a < 10 OR a = 100)),
-- CHECK-NEXT:      b integer DEFAULT (1 + 2) * 3,
-- CHECK-NEXT:      c boolean DEFAULT (1 = 1),
-- CHECK-NEXT:      d boolean DEFAULT (NULL IS NULL),
-- CHECK-NEXT:      e text COLLATE "C" DEFAULT 'x',
-- CHECK-NEXT:      f integer[] DEFAULT ARRAY[1, 2],
-- CHECK-NEXT:      g integer DEFAULT -1,
-- CHECK-NEXT:      CONSTRAINT checks_cd CHECK (c IS NOT TRUE OR d IN (true, false))
-- CHECK-NEXT:  );

-- CHECK-LABEL: CREATE INDEX checks_expr ON checks ((a + b), lower(e), (e COLLATE "C")) WHERE a IS NOT NULL AND NOT c;

CREATE TABLE t (a integer, b integer, c text, d date, arr integer[], j jsonb, ts timestamp with time zone);
CREATE TABLE u (a integer, x text);
CREATE TYPE pair AS (p integer, q integer);
CREATE VIEW ops AS SELECT a + b * 2 AS e1, (a + b) * 2 AS e2, a - (b - 1) AS e3, -a AS e4, - (-a) AS e5,
  2 ^ 3 ^ 2 AS e6, 2 ^ (3 ^ 2) AS e7, a % 3 AS e8, c || 'x' || c AS e9, NOT (a = b) AS e10,
  a = b OR a < b AND c IS NULL AS e11, (a = b OR a < b) AND c IS NOT NULL AS e12,
  a IS DISTINCT FROM b AS e13, (a > 1) IS TRUE AS e14, (a IS NULL) = true AS e15, c LIKE 'a%' ESCAPE '!' AS e16,
  c NOT ILIKE '%b' AS e17, c SIMILAR TO 'x*' AS e18, a BETWEEN 1 AND 10 AS e19,
  a NOT BETWEEN SYMMETRIC b AND 3 AS e20, a IN (1, 2, 3) AS e21, a NOT IN (SELECT u.a FROM u) AS e22,
  EXISTS (SELECT 1 FROM u WHERE u.a = t.a) AS e23, NOT EXISTS (SELECT 1 FROM u) AS e24,
  a = ANY (arr) AS e25, a > ALL (SELECT u.a FROM u) AS e26, a = SOME (arr) AS e27,
  ARRAY[a, b] AS e28, ARRAY[[1, 2], [3, 4]] AS e29, ARRAY(SELECT u.a FROM u) AS e30,
  arr[1] AS e31, arr[1:2] AS e32, (ARRAY[1, 2, 3])[2] AS e33, ROW(a, b)::pair AS e34, ((a, b)::pair).p AS e35,
  c COLLATE "C" AS e36, ts AT TIME ZONE 'UTC' AS e37,
  CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END AS e38, CASE a WHEN 1 THEN 'one' END AS e39,
  a::text AS e40, CAST(b AS bigint) AS e41, date '2020-01-01' AS e42, interval '1 day' AS e43,
  j -> 'k' ->> 'z' AS e44, j @> '{"a":1}' AS e45, COALESCE(a, b, 0) AS e46, NULLIF(a, 0) AS e47,
  GREATEST(a, b) AS e48, LEAST(a, b) AS e49, EXTRACT(YEAR FROM d) AS e50, SUBSTRING(c FROM 2 FOR 3) AS e51,
  POSITION('x' IN c) AS e52, TRIM(BOTH 'x' FROM c) AS e53, OVERLAY(c PLACING 'ab' FROM 2 FOR 1) AS e54,
  CURRENT_DATE AS e55, CURRENT_USER AS e56, LOCALTIMESTAMP(2) AS e57, (SELECT max(u.a) FROM u) AS e58,
  a::numeric(5,2) AS e59, 'a''b\c' AS e60, B'101' AS e61, X'1F' AS e62, 1.5e3 AS e63, -2.5 AS e64,
  true AND NOT false AS e65, c ~ '^a' AS e66, a # b AS e67, @ a AS e68, a OPERATOR(pg_catalog.+) b AS e69,
  pg_catalog.lower(c) AS e70, (a + 1)::text || 'x' AS e71, -a::integer AS e72, (-a)::text AS e73, a * -1 AS e74,
  NOT a > b AS e75, NULL::integer AS e76, concat_ws(', ', VARIADIC ARRAY['a', 'b']) AS e77,
  make_interval(days => 1) AS e78, $$dollar$$ AS e79,
  INTERVAL '3' HOUR AS e80, interval '1' day to second(3) AS e81, INTERVAL(2) '1 minute' AS e82
FROM t;
CREATE TABLE checks (
  a integer CHECK (a > 0 AND (a < 10 OR a = 100)),
  b integer DEFAULT (1 + 2) * 3,
  c boolean DEFAULT 1 = 1,
  d boolean DEFAULT (NULL IS NULL),
  e text DEFAULT 'x' COLLATE "C",
  f integer[] DEFAULT ARRAY[1, 2],
  g integer DEFAULT - 1,
  CONSTRAINT checks_cd CHECK (c IS NOT TRUE OR d IN (true, false))
);
CREATE INDEX checks_expr ON checks ((a + b), lower(e), (e COLLATE "C")) WHERE a IS NOT NULL AND NOT c;
