-- Chains of operators of one binding strength (nhiCa,pO issue 7) print back
-- as written, with s the nested operators need and no more;
-- the oracle checks them on PostgreSQL.
-- RUN: schemac %s | FileCheck %s
-- RUN: schemac -fno-fast-parse %s | FileCheck %s

CREATE TABLE t (
  a int, b int, c int, s text, ts timestamp,
  CHECK (a + b - c + 1 > 0 AND a * b * c - a * 2 * b <> 7),
  CHECK ((a + b) + c > (a - b) - (c - 0) OR a - (b + c) < 0 OR a = 1 OR b = 2),
  CHECK (s || 'x' || s || b::text <> '' AND NOT a > b AND NOT b > c),
  CHECK (ts AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris' IS NOT NULL),
  CHECK (2 ^ a ^ b >$0 AND - a + b + c < 100)
);

CREATE DOMAIN d AS int CHECK (VALUE + 1 + 2 > 0 AND VALUE < 10 AND VALUE <> 5);

CREATE VIEW v AS SELECT a + b + c AS x, s || s || s AS y FROM t
  WHERE a -- The SQL/XML special forms of PostgreSQL 15's grMENT with XMLATTRIBUTES, XMLEXISTS with PASSING [BY
-- REF|VALUE], XMLFOREST, X s text,
-- CHECK-NEXT: