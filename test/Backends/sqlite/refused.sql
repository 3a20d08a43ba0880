-- What SQLite cannot express is an error naming it, never dropped: other
-- schemas, sequences, domains, PostgreSQL text kept as opaque statements,
-- and expressions SQLite would read otherwise (a function it lacks or
-- means otherwise, a cast it converts otherwise, an operator it lacks).
-- RUN: schemac --target=sqlite -Wno-lossy-conversion %s --split-input-file --verify-diagnostics
-- RUN: not schemac --target=sqlite %s --split-input-file -o %t.sql

-- expected-error@+1 {{schema 's' uses CREATE SCHEMA (SQLite has one schema per database), which cannot be written in SQLite}}
CREATE SCHEMA s;
-- expected-error@+1 {{table 's.t' uses the schema 's', which cannot be written in SQLite}}
CREATE TABLE s.t (a int);

-- -----
-- expected-error@+1 {{sequence 'seq' uses CREATE SEQUENCE, which cannot be written in SQLite}}
CREATE SEQUENCE seq;
-- expected-error@+1 {{table 't' uses the function 'nextval', which cannot be written in SQLite}}
CREATE TABLE t (a bigint DEFAULT nextval('seq'));

-- -----
-- expected-error@+1 {{table 't' uses the function 'lower', which cannot be written in SQLite}}
CREATE TABLE t (a text CHECK (lower(a) <> 'x'));

-- -----
-- expected-error@+1 {{table 't' uses a cast to date (SQLite converts values otherwise), which cannot be written in SQLite}}
CREATE TABLE t (a date DEFAULT '2024-01-02'::date);

-- -----
-- expected-error@+1 {{view 'v' uses the operator LIKE, which cannot be written in SQLite}}
CREATE VIEW v AS SELECT 'abc' LIKE 'A%' AS x;

-- -----
-- expected-warning@+2 {{CREATE FUNCTION is not modelled; kept as an opaque object}}
-- expected-error@+1 {{function 'f' is written in 'postgres' and cannot be emitted as SQLite}}
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';

-- -----
-- expected-error@+1 {{table 't' uses the table attribute 'partition by', which cannot be written in SQLite}}
CREATE TABLE t (a int) PARTITION BY RANGE (a);

-- -----
-- expected-error@+1 {{table 't' uses an identity column that is not the table's only primary key column, which cannot be written in SQLite}}
CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, b text);

-- -----
CREATE TABLE t (a int);
-- expected-error@+1 {{index 't_a_idx' uses the index method 'hash', which cannot be written in SQLite}}
CREATE INDEX t_a_idx ON t USING hash (a);

-- -----
-- expected-error@+1 {{table 't' uses a table without columns, which cannot be written in SQLite}}
CREATE TABLE t ();

-- -----
-- expected-error@+1 {{table 't' uses the collation 'C', which cannot be written in SQLite}}
CREATE TABLE t (a text COLLATE "C");

-- -----
-- A serial column numbers itself; SQLite's AUTOINCREMENT is only for the
-- whole primary key (it was written as a plain integer).
-- expected-error@+1 {{table 't' uses a serial column that is not the table's only primary key column, which cannot be written in SQLite}}
CREATE TABLE t (id int PRIMARY KEY, n serial);

-- -----
-- A string default of a date or time column is written only in the ISO
-- 8601 form SQLite's date functions read; PostgreSQL reads 'today' or
-- 'Jan 2 2024' when the default is created, SQLite would store the text.
CREATE TABLE ok (a date DEFAULT '2024-01-02', b timestamp DEFAULT '2024-01-02T10:00:00.25');
-- expected-error@+1 {{table 't' uses the date/time default 'today' (SQLite keeps ISO 8601 text only), which cannot be written in SQLite}}
CREATE TABLE t (a date DEFAULT 'today');

-- -----
-- PostgreSQL's cast cuts a string to the length and rounds a number to the
-- scale; SQLite's keeps both. A literal that fits is written.
CREATE TABLE ok (a varchar(3) DEFAULT 'ab'::varchar(3), b numeric(5,2) DEFAULT 1.25::numeric(5,2));
-- expected-error@+1 {{table 't' uses a cast to varchar(3) (SQLite converts values otherwise), which cannot be written in SQLite}}
CREATE TABLE t (a varchar(3) DEFAULT 'abcdef'::varchar(3));
