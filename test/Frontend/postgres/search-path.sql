-- The backend emits the last value of every setting first, so whatever the
-- search_path was when an object was created, its name must still find it
-- under the last one: names created under an earlier search_path are
-- qualified when it changes, and an empty search_path (pg_dump's set_config
-- line) qualifies everything created before it. (Statements kept as text
-- get the search_path of their position: test/Backends/postgres/settings.sql.)
-- RUN: schemac %s | FileCheck %s

CREATE SCHEMA a;
SET search_path = a;
CREATE TABLE t (x int);
CREATE VIEW v AS SELECT x FROM t;
SET search_path = public;
CREATE TABLE u (y int UNIQUE, p int REFERENCES u (y));
CREATE INDEX u_y ON u (y);
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.w (z int);
CREATE SCHEMA b;
SET search_path = b;
CREATE TABLE x (k int);
CREATE SCHEMA c;
SET search_path = c, public;
CREATE TABLE y (k int);

-- CHECK:      SET search_path = c, public;
-- CHECK-EMPTY:
-- CHECK:      CREATE TABLE a.t (
-- CHECK:      CREATE VIEW a.v AS
-- CHECK-NEXT: SELECT x
-- CHECK-NEXT: FROM a.t;
-- CHECK:      CREATE TABLE public.u (
-- CHECK-NEXT:     y int UNIQUE,
-- CHECK-NEXT:     p int REFERENCES public.u(y)
-- CHECK:      CREATE INDEX u_y ON public.u (y);
-- CHECK:      CREATE TABLE public.w (
-- CHECK:      CREATE TABLE b.x (
-- CHECK:      CREATE TABLE y (
