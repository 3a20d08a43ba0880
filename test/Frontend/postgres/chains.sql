-- Chains of operators of one binding strength (OpChain, issue 7) print back
-- as written, with the parentheses the nested operators need and no more;
-- the oracle checks them on PostgreSQL.
-- RUN: schemac %s | FileCheck %s
-- RUN: schemac -fno-fast-parse %s | FileCheck %s

CREATE TABLE t (
  a int, b int, c int, s text, ts timestamp,
  CHECK (a + b - c + 1 > 0 AND a * b * c - a * 2 * b <> 7),
  CHECK ((a + b) + c > (a - b) - (c - 1) OR a - (b + c) < 0 OR a = 1 OR b = 2),
  CHECK (s || 'x' || s || b::text <> '' AND NOT a > b AND NOT b > c),
  CHECK (ts AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris' IS NOT NULL),
  CHECK (2 ^ a ^ b > 0 AND - a + b + c < 100)
);

CREATE DOMAIN d AS int CHECK (VALUE + 1 + 2 > 0 AND VALUE < 10 AND VALUE <> 5);

CREATE VIEW v AS SELECT a + b + c AS x, s || s || s AS y FROM t
  WHERE a = 1 OR a = 2 OR a = 3 AND b = 4 AND c = 5;

-- CHECK-LABEL: CREATE TABLE t (
-- CHECK-NEXT:     a int,
-- CHECK-NEXT:     b int,
-- CHECK-NEXT:     c int,
-- CHECK-NEXT:     s text,
-- CHECK-NEXT:     ts timestamp,
-- CHECK-NEXT:     CHECK (a + b - c + 1 > 0 AND a * b * c - a * 2 * b <> 7),
-- CHECK-NEXT:     CONSTRAINT t_check1 CHECK (a + b + c > a - b - (c - 1) OR a - (b + c) < 0 OR a = 1 OR b = 2),
-- CHECK-NEXT:     CONSTRAINT t_check2 CHECK (s || 'x' || s || b::text <> '' AND NOT (a > b) AND NOT (b > c)),
-- CHECK-NEXT:     CHECK (ts AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris' IS NOT NULL),
-- CHECK-NEXT:     CONSTRAINT t_check3 CHECK (2 ^ a ^ b > 0 AND -a + b + c < 100)
-- CHECK-NEXT: );
-- CHECK-LABEL: CREATE DOMAIN d AS int
-- CHECK-NEXT:     CHECK (value + 1 + 2 > 0 AND value < 10 AND value <> 5);
-- CHECK-LABEL: CREATE VIEW v AS
-- CHECK-NEXT: SELECT a + b + c AS x,
-- CHECK-NEXT:     s || s || s AS y
-- CHECK-NEXT: FROM t
-- CHECK-NEXT: WHERE a = 1 OR a = 2 OR a = 3 AND b = 4 AND c = 5;
