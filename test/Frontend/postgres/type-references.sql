-- A column or cast of a user type follows the type as PostgreSQL's catalog
-- does (by identity): written unqualified, it says its schema once the
-- search_path changes, and it names the type's new name after ALTER TYPE
-- RENAME, SET SCHEMA or ALTER SCHEMA RENAME. The type's source spelling is
-- not printed once the name changed (history stress test, seed 4).
-- RUN: split-file %s %t
-- ORACLE: skip the whole file: its split-file sections are the cases
-- RUN: schemac %t/search-path.sql | FileCheck %s --check-prefix=PATH
-- RUN: schemac %t/renamed.sql | FileCheck %s --check-prefix=REN

#--- search-path.sql
CREATE TYPE e AS ENUM ('a');
CREATE SCHEMA s;
CREATE TABLE s.t (c e, d e[] DEFAULT '{a}'::e[], k int CHECK ('a'::e = 'a'));
SET search_path = s;
-- PATH:      CREATE TABLE s.t (
-- PATH-NEXT:     c public.e,
-- PATH-NEXT:     d public.e[] DEFAULT '{a}'::public.e[],
-- PATH-NEXT:     k int CHECK ('a'::public.e = 'a')

#--- renamed.sql
CREATE TYPE e AS ENUM ('a');
CREATE DOMAIN pos AS int CHECK (VALUE > 0);
CREATE TABLE t (c e, d e[], p pos, q int DEFAULT 1::pos);
ALTER TYPE e RENAME TO f;
CREATE SCHEMA s;
ALTER TYPE f SET SCHEMA s;
ALTER SCHEMA s RENAME TO r;
ALTER DOMAIN pos RENAME TO positive;
-- REN:      CREATE TABLE t (
-- REN-NEXT:     c r.f,
-- REN-NEXT:     d r.f[],
-- REN-NEXT:     p positive,
-- REN-NEXT:     q int DEFAULT 1::positive
