-- Warnings and their groups.
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %s
-- RUN: schemac --emit=ir -o /dev/null -Wno-opaque -Wno-data -Wno-unsupported -Wno-truncation %s 2>&1 | count 0
-- RUN: not schemac --emit=ir -o /dev/null -Werror=truncation %s 2>&1 | FileCheck %s --check-prefix=WERROR
-- ORACLE: skip PostgreSQL rejects the ALTER TABLE of a column the table lacks (line 28)
-- WERROR: error: identifier 'a_very_long_name_that_goes_on_and_on_and_on_past_the_limit_of_63_bytes' will be truncated to 'a_very_long_name_that_goes_on_and_on_and_on_past_the_limit_of_6' [-Werror,-Wtruncation]

-- expected-warning@+1 {{identifier 'a_very_long_name_that_goes_on_and_on_and_on_past_the_limit_of_63_bytes' will be truncated to 'a_very_long_name_that_goes_on_and_on_and_on_past_the_limit_of_6'}}
CREATE TABLE a_very_long_name_that_goes_on_and_on_and_on_past_the_limit_of_63_bytes (id int);
-- The truncated name is the table's name.
ALTER TABLE a_very_long_name_that_goes_on_and_on_and_on_past_the_limit_of_6 ADD COLUMN x int;

-- Truncation counts bytes and never splits a UTF-8 character.
-- expected-warning@+1 {{will be truncated to 'ééééééééééééééééééééééééééééééé'}}
CREATE TABLE t (éééééééééééééééééééééééééééééééééé int);

-- expected-warning@+1 {{CREATE FUNCTION is not modelled; kept as an opaque object}}
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- expected-warning@+1 {{GRANT is not modelled; kept as an opaque object}}
GRANT SELECT ON t TO PUBLIC;
-- expected-warning@+1 {{INSERT is a data statement; kept as an opaque object}}
INSERT INTO t VALUES (1);
-- expected-warning@+1 {{COPY is a data statement; kept as an opaque object}}
COPY t FROM stdin;
1
\.
-- An ALTER TABLE with one unmodelled action is kept whole.
-- expected-warning@+1 {{ALTER TABLE ... ALTER COLUMN ... SET STATISTICS is not modelled; the statement is kept as an opaque object}}
ALTER TABLE t ALTER COLUMN x SET STATISTICS 100, ADD COLUMN y int;
