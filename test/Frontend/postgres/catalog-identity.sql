-- What PostgreSQL's catalog keeps by identity, not by name, follows renames,
-- moves and search_path changes (found by the history stress test).
-- RUN: split-file %s %t
-- ORACLE: skip the whole file: its split-file sections are the cases
-- RUN: schemac %t/sequence-literal.sql | FileCheck %s --check-prefix=SEQ
-- RUN: schemac %t/view-range.sql | FileCheck %s --check-prefix=VIEW
-- RUN: schemac %t/drop-pkey.sql | FileCheck %s --check-prefix=PKEY

#--- sequence-literal.sql
-- nextval('q') stores the sequence: it follows a move of the sequence (with
-- its table) and says its schema when the search_path changes.
CREATE SCHEMA s;
CREATE TABLE t (id serial PRIMARY KEY);
ALTER TABLE t RENAME TO u;
ALTER TABLE u SET SCHEMA s;
ALTER TABLE s.u SET SCHEMA s;
CREATE SEQUENCE q;
CREATE TABLE v (id int DEFAULT nextval('q'));
SET search_path = s;
-- SEQ:      CREATE TABLE s.u (
-- SEQ-NEXT:     id integer DEFAULT nextval('s.t_id_seq'::regclass) NOT NULL CONSTRAINT t_pkey PRIMARY KEY
-- SEQ:      CREATE TABLE public.v (
-- SEQ-NEXT:     id int DEFAULT nextval('public.q')

#--- view-range.sql
-- A view whose columns name a table (t1.c, as SELECT * expands) names it by
-- its new name when the table is renamed.
CREATE SCHEMA s;
CREATE TABLE s.t1 (id int, c int);
CREATE VIEW v AS SELECT * FROM s.t1;
ALTER TABLE s.t1 RENAME COLUMN c TO d;
ALTER TABLE s.t1 RENAME TO t2;
-- VIEW:      CREATE VIEW v AS
-- VIEW-NEXT: SELECT t2.id,
-- VIEW-NEXT: t2.d AS c
-- VIEW-NEXT: FROM s.t2;

#--- drop-pkey.sql
-- Dropping a primary key leaves its columns NOT NULL (PostgreSQL 15).
CREATE TABLE t (id int PRIMARY KEY, x int);
ALTER TABLE t DROP CONSTRAINT t_pkey;
-- PKEY:      CREATE TABLE t (
-- PKEY-NEXT:     id int NOT NULL,
