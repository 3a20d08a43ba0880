-- Names the database generates are fixed when the object is created: the
-- IR records them (generated_name) and the DDL leaves them to PostgreSQL
-- only where it would give the same name again (issue 6).
-- RUN: split-file %s %t
-- RUN: schemac --emit=ddl %t/renamed.sql | FileCheck %s --check-prefix=REN
-- RUN: schemac --emit=ir %t/renamed.sql | FileCheck %s --check-prefix=REN-IR
-- RUN: schemac --emit=ddl %t/unchanged.sql | FileCheck %s --check-prefix=SAME
-- RUN: schemac --emit=ir %t/unchanged.sql | FileCheck %s --check-prefix=SAME-IR
-- RUN: schemac --emit=ddl %t/serial-type.sql | FileCheck %s --check-prefix=SER
-- RUN: schemac --emit=ddl %t/duplicate-keys.sql | FileCheck %s --check-prefix=DUP
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %t/errors.sql

#--- renamed.sql
CREATE TABLE a (id serial PRIMARY KEY, x int UNIQUE, y int REFERENCES a (id));
ALTER TABLE a RENAME TO b;
ALTER TABLE b RENAME COLUMN x TO z;
-- REN-LABEL: CREATE SEQUENCE a_id_seq
-- REN: CREATE TABLE b (
-- REN-NEXT: id integer DEFAULT nextval('a_id_seq'::regclass) NOT NULL CONSTRAINT a_pkey PRIMARY KEY,
-- REN-NEXT: z int CONSTRAINT a_x_key UNIQUE,
-- REN-NEXT: y int CONSTRAINT a_y_fkey REFERENCES b(id)
-- REN-IR: constraint a_pkey primary_key generated_name [id] column_level id

#--- unchanged.sql
CREATE TABLE t (id int PRIMARY KEY, v int);
CREATE INDEX ON t (v);
-- SAME-LABEL: CREATE TABLE t (
-- SAME-NEXT: id int PRIMARY KEY,
-- SAME: CREATE INDEX ON t (v);
-- SAME-IR: constraint t_pkey primary_key generated_name [id] column_level id
-- SAME-IR: index t_v_idx on t generated_name [v]

#--- serial-type.sql
CREATE TABLE t (id serial PRIMARY KEY);
ALTER TABLE t ALTER COLUMN id TYPE bigint;
-- SER-LABEL: CREATE SEQUENCE t_id_seq
-- SER: id bigint DEFAULT nextval('t_id_seq'::regclass) NOT NULL PRIMARY KEY
-- SER: ALTER SEQUENCE t_id_seq OWNED BY t.id;

#--- duplicate-keys.sql
CREATE TABLE t (id int);
ALTER TABLE ONLY t ADD CONSTRAINT t_id_key UNIQUE (id);
ALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
-- DUP-LABEL: CREATE TABLE t (
-- DUP-NEXT: id int,
-- DUP-NEXT: CONSTRAINT t_pkey PRIMARY KEY (id)
-- DUP-NEXT: );
-- DUP-NEXT: ALTER TABLE t
-- DUP-NEXT: ADD CONSTRAINT t_id_key UNIQUE (id);

#--- errors.sql
-- expected-error@+1 {{schema 'nosuch' does not exist}}
CREATE TABLE nosuch.a (id int);
-- expected-error@+1 {{relation 'nosuchseq' does not exist}}
CREATE TABLE a (id int DEFAULT nextval('nosuchseq'));
CREATE TABLE b (id int PRIMARY KEY);
-- expected-error@+1 {{cannot drop index 'b_pkey' because constraint 'b_pkey' on table 'b' requires it}}
DROP INDEX b_pkey;
-- expected-error@+1 {{relation 'b_pkey' already exists}}
CREATE INDEX b_pkey ON b (id);
