-- A search_path may name schemas that do not exist: PostgreSQL creates
-- unqualified objects in the first schema of the path that exists and
-- looks names up in those that exist. Creating a schema of the path later
-- makes it count from then on. The settings the output runs statements
-- kept as text under (functions here) say the path that was in effect
-- (the output creates the schema earlier) (issue 6).
-- RUN: schemac -Wno-opaque %s | FileCheck %s

SET search_path = nosuch, public;
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE SEQUENCE sq;
CREATE TYPE e AS ENUM ('a');
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE SCHEMA nosuch;
CREATE TABLE u (id int, k e);
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
CREATE VIEW w AS SELECT * FROM t;
SET search_path = public;
CREATE TABLE x (id int);

-- CHECK:      SET search_path = public;
-- CHECK:      CREATE TABLE public.t (
-- CHECK:      CREATE VIEW public.v AS
-- CHECK:      CREATE SEQUENCE public.sq;
-- CHECK:      CREATE TYPE public.e AS ENUM (
-- CHECK:      CREATE FUNCTION f()
-- CHECK:      CREATE SCHEMA nosuch;
-- CHECK:      CREATE TABLE nosuch.u (
-- CHECK-NEXT:     id int,
-- CHECK-NEXT:     k public.e
-- CHECK:      SET search_path = nosuch, public;
-- CHECK-NEXT: CREATE FUNCTION g()
-- CHECK:      CREATE VIEW nosuch.w AS
-- CHECK:      CREATE TABLE x (
