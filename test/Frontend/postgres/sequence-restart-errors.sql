-- A RESTART is kept as a setval statement naming its sequence (see
-- sequence-restart.sql): a later change that would leave that name without
-- its sequence is an error naming both statements, as for data statements
-- (docs/DataStatements.md).
-- RUN: schemac --split-input-file -Wno-data --verify-diagnostics %s -o /dev/null

CREATE SEQUENCE s;
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER SEQUENCE s RESTART WITH 5;
-- expected-error@+1 {{cannot rename sequence 's' after a data statement that uses it}}
ALTER SEQUENCE s RENAME TO q;

-- -----
CREATE SEQUENCE s;
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER SEQUENCE s RESTART;
-- expected-error@+1 {{cannot drop sequence 's' after a data statement that uses it}}
DROP SEQUENCE s;

-- -----
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, x int);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER TABLE t ALTER COLUMN id RESTART WITH 5;
-- expected-error@+1 {{cannot alter table 't' after a data statement that uses it}}
ALTER TABLE t DROP COLUMN id;

-- -----
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, x int);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER TABLE t ALTER COLUMN id RESTART WITH 5;
ALTER TABLE t RENAME COLUMN id TO ident;
-- expected-error@+1 {{cannot alter table 't' after a data statement that uses it}}
ALTER TABLE t ALTER COLUMN ident DROP IDENTITY;

-- -----
CREATE SCHEMA o;
CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, x int);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER TABLE t ALTER COLUMN id RESTART WITH 5;
-- expected-error@+1 {{cannot rename table 't' after a data statement that uses it}}
ALTER TABLE t SET SCHEMA o;

-- -----
CREATE TABLE t (id serial);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER SEQUENCE t_id_seq RESTART WITH 5;
-- expected-error@+1 {{cannot drop sequence 't_id_seq' after a data statement that uses it}}
DROP TABLE t;

-- -----
CREATE SCHEMA o;
CREATE TABLE t (id serial);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
ALTER SEQUENCE t_id_seq RESTART WITH 5;
-- expected-error@+1 {{cannot rename sequence 't_id_seq' after a data statement that uses it}}
ALTER TABLE t SET SCHEMA o;
