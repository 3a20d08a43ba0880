-- What MariaDB cannot express is an error naming it, never dropped or
-- written wrongly: other schemas, domains, deferrable keys and actions
-- InnoDB lacks, partial and non-btree indexes, operators and functions
-- MariaDB reads otherwise (/ does not truncate integers, length() counts
-- bytes), casts it converts otherwise, date/time text PostgreSQL reads at
-- creation, types beyond MariaDB's limits, comments it has no place for,
-- and PostgreSQL text kept as opaque statements. (engines.sql has what
-- only MySQL refuses.)
-- RUN: schemac --target=mariadb -Wno-lossy-conversion -ferror-limit=0 %s --split-input-file --verify-diagnostics
-- RUN: not schemac --target=mariadb -ferror-limit=0 %s --split-input-file -o %t.sql
-- RUN: not schemac --target=mysql -ferror-limit=0 %s --split-input-file -o %t.sql

-- expected-error@+1 {{schema 's' uses CREATE SCHEMA (a schema is a database; the script writes into one), which cannot be written in MariaDB}}
CREATE SCHEMA s;
-- expected-error@+1 {{table 's.t' uses the schema 's' (the script writes into one database), which cannot be written in MariaDB}}
CREATE TABLE s.t (a int);

-- -----
-- expected-error@+1 {{domain 'posint' uses CREATE DOMAIN, which cannot be written in MariaDB}}
CREATE DOMAIN posint AS int CHECK (VALUE > 0);

-- -----
CREATE TABLE p (a int PRIMARY KEY);
-- expected-error@+1 {{table 'c' uses a deferrable constraint, which cannot be written in MariaDB}}
CREATE TABLE c (a int REFERENCES p DEFERRABLE INITIALLY DEFERRED);

-- -----
CREATE TABLE p (a int PRIMARY KEY);
-- expected-error@+1 {{table 'c' uses ON UPDATE or ON DELETE SET DEFAULT (InnoDB has none), which cannot be written in MariaDB}}
CREATE TABLE c (a int REFERENCES p ON DELETE SET DEFAULT);

-- -----
CREATE TABLE t (a int, b int);
-- expected-error@+1 {{index 't_a' uses the index attribute 'where', which cannot be written in MariaDB}}
CREATE INDEX t_a ON t (a) WHERE b > 0;

-- -----
CREATE TABLE t (a int, b int);
-- expected-error@+1 {{index 't_a' uses the index method 'hash', which cannot be written in MariaDB}}
CREATE INDEX t_a ON t USING hash (a);

-- -----
-- expected-error@+1 {{table 't' uses the operator / (MariaDB does not truncate the quotient of integers), which cannot be written in MariaDB}}
CREATE TABLE t (a int CHECK (a / 2 > 1));

-- -----
-- expected-error@+1 {{table 't' uses the operator IS DISTINCT FROM, which cannot be written in MariaDB}}
CREATE TABLE t (a int, b int CHECK (a IS DISTINCT FROM b));

-- -----
-- expected-error@+1 {{table 't' uses the operator ~, which cannot be written in MariaDB}}
CREATE TABLE t (a text CHECK (a ~ '^x'));

-- -----
-- expected-error@+1 {{table 't' uses ANY or ALL, which cannot be written in MariaDB}}
CREATE TABLE t (a text CHECK (a = ANY (ARRAY['x', 'y'])));

-- -----
CREATE TABLE t (a int, b text);
-- expected-error@+1 {{view 'v' uses a cast to text (MariaDB converts values otherwise), which cannot be written in MariaDB}}
CREATE VIEW v AS SELECT a::text AS s FROM t;

-- -----
-- expected-error@+1 {{table 't' uses the function 'length', which cannot be written in MariaDB}}
CREATE TABLE t (a text CHECK (length(a) < 5));

-- -----
-- expected-error@+1 {{table 't' uses the date/time default 'today' (only ISO 8601 text without a zone, or in UTC, is read alike), which cannot be written in MariaDB}}
CREATE TABLE t (a date DEFAULT 'today');

-- -----
-- expected-error@+1 {{table 't' uses the date/time default '2024-01-02 10:00:00+02' (only ISO 8601 text without a zone, or in UTC, is read alike), which cannot be written in MariaDB}}
CREATE TABLE t (a timestamptz DEFAULT '2024-01-02 10:00:00+02');

-- -----
-- expected-error@+1 {{table 't' uses the type numeric(100, 2) (DECIMAL holds at most 65 digits, 30 of them decimals), which cannot be written in MariaDB}}
CREATE TABLE t (a numeric(100, 2));

-- -----
-- expected-error@+1 {{table 't' uses the type char(300) (CHAR holds at most 255), which cannot be written in MariaDB}}
CREATE TABLE t (a char(300));

-- -----
-- expected-error@+1 {{table 't' uses a comment on a constraint, which cannot be written in MariaDB}}
CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0));
COMMENT ON CONSTRAINT pos ON t IS 'positive';

-- -----
CREATE TABLE t (a int);
-- expected-error@+1 {{view 'v' uses a comment on a view, which cannot be written in MariaDB}}
CREATE VIEW v AS SELECT a FROM t;
COMMENT ON VIEW v IS 'a view';

-- -----
CREATE TABLE t (a int, b int);
-- expected-error@+1 {{view 'v' uses FULL JOIN, which cannot be written in MariaDB}}
CREATE VIEW v AS SELECT x.a FROM t x FULL JOIN t y ON x.a = y.b;

-- -----
-- expected-error@+1 {{table 't' uses the collation 'de_DE', which cannot be written in MariaDB}}
CREATE TABLE t (a text COLLATE "de_DE");

-- -----
-- expected-error@+1 {{table 't' uses the table attribute 'partition by', which cannot be written in MariaDB}}
CREATE TABLE t (a int) PARTITION BY RANGE (a);

-- -----
-- expected-warning@+2 {{CREATE FUNCTION is not modelled; kept as an opaque object}}
-- expected-error@+1 {{function 'f' is written in 'postgres' and cannot be emitted as MariaDB}}
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';

-- -----
-- expected-error@+1 {{table 't' uses a check of the AUTO_INCREMENT column 'id', which cannot be written in MariaDB}}
CREATE TABLE t (id serial PRIMARY KEY CHECK (id > 0));
