-- Data statements run against the final schema (docs/DataStatements.md):
-- a later change that rows can see is an error naming both statements
-- (issue 6, defect 7: the output failed with "INSERT has more expressions
-- than target columns"); changes rows cannot see are allowed. The oracle
-- (test/Oracle) loads the allowed parts and their output on PostgreSQL and
-- compares catalogs and rows.
-- RUN: schemac --split-input-file -Wno-data --verify-diagnostics %s -o /dev/null
-- RUN: not schemac -Wno-data %s 2>&1 | FileCheck %s

-- CHECK: data-statements.sql:[[@LINE+3]]:78: error: cannot alter table 's' after a data statement that uses it
-- CHECK: data-statements.sql:[[@LINE+2]]:34: note: data statement written against the earlier definition is here
-- expected-note@+1 {{data statement written against the earlier definition is here}}
CREATE TABLE s (id int, h text); INSERT INTO s VALUES (1,'x'); ALTER TABLE s DROP COLUMN h;
-- expected-error@-1 {{cannot alter table 's' after a data statement that uses it}}

-- -----
CREATE TABLE r (id int, h text);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
INSERT INTO r (id) VALUES (1);
-- expected-error@+1 {{cannot alter table 'r' after a data statement that uses it}}
ALTER TABLE r ALTER COLUMN h SET DEFAULT 'later';

-- -----
CREATE TABLE r (id int, h text);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
INSERT INTO r (id) VALUES (1);
-- expected-error@+1 {{cannot rename table 'r' after a data statement that uses it}}
ALTER TABLE r RENAME TO r2;

-- -----
CREATE TABLE r (id int, h text);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
INSERT INTO r (id) VALUES (1);
-- expected-error@+1 {{cannot alter table 'r' after a data statement that uses it}}
ALTER TABLE r RENAME COLUMN h TO g;

-- -----
CREATE TABLE r (id int, h text);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
INSERT INTO r (id) VALUES (1);
-- expected-error@+1 {{cannot alter table 'r' after a data statement that uses it}}
ALTER TABLE r ALTER COLUMN id TYPE text;

-- -----
CREATE TABLE r (id int, h text);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
INSERT INTO r (id) VALUES (1);
-- expected-error@+1 {{cannot drop table 'r' after a data statement that uses it}}
DROP TABLE r;

-- -----
-- A relation the statement reads, not writes: adding a column changes
-- what SELECT * means.
CREATE TABLE src (a int);
CREATE TABLE dst (a int, b int);
-- expected-note@+1 {{data statement written against the earlier definition is here}}
INSERT INTO dst SELECT * FROM src;
-- expected-error@+1 {{cannot alter table 'src' after a data statement that uses it}}
ALTER TABLE src ADD COLUMN b int;

-- -----
-- Allowed: a column added to the table rows are inserted into (it gets its
-- default, as in the database), constraints and indexes the rows meet.
CREATE TABLE ok (id int, h text);
INSERT INTO ok VALUES (1, 'x'), (2, 'y');
UPDATE ok SET h = 'z' WHERE id = 2;
ALTER TABLE ok ADD COLUMN n int NOT NULL DEFAULT 7;
ALTER TABLE ok ADD CONSTRAINT ok_pkey PRIMARY KEY (id);
ALTER TABLE ok ALTER COLUMN h SET NOT NULL;
CREATE UNIQUE INDEX ok_h ON ok (h);
ALTER TABLE ok ADD CONSTRAINT ok_n CHECK (n > 0);
