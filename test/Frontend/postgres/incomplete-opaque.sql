-- Statements the IR does not model are kept and emitted as written, so they
-- must be complete statements of their kind (issue 7, item 8): truncated
-- ones became opaque objects with exit 0. The check works on tokens:
-- brackets balanced, not ending on a reserved word, operator, ',', '.' or
-- '::' that needs more, and not stopping before the name the statement acts
-- on (docs/Limits.md). A complete last statement without ';' is fine:
-- `psql -f` runs it.
-- RUN: schemac --split-input-file -Wno-opaque -Wno-data --verify-diagnostics %s -o /dev/null
-- RUN: not schemac -Wno-opaque %S/Inputs/truncated-grant.sql 2>&1 | FileCheck %s --match-full-lines --strict-whitespace

-- CHECK:{{.*}}truncated-grant.sql:2:16: error: syntax error at end of input
-- CHECK-NEXT:GRANT SELECT ON
-- CHECK-NEXT:               ^

-- expected-error@+1 {{syntax error at end of input}}
GRANT SELECT ON

-- -----
-- expected-error@+1 {{syntax error at end of input}}
CREATE EXTENSION

-- -----
-- expected-error@+1 {{syntax error at end of input; expected ')'}}
CREATE FUNCTION f(

-- -----
-- expected-error@+1 {{syntax error at or near ';'}}
CREATE EXTENSION;

-- -----
-- expected-error@+1 {{syntax error at or near ';'; expected ')'}}
CREATE FUNCTION f(a int;

-- -----
-- expected-error@+1 {{syntax error at or near ')'}}
CREATE FUNCTION f(a int)) RETURNS int LANGUAGE sql AS 'SELECT 1';

-- -----
CREATE TABLE t (a int);
-- expected-error@+1 {{syntax error at end of input}}
GRANT SELECT ON t TO

-- -----
-- expected-error@+1 {{syntax error at end of input}}
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS

-- -----
CREATE TABLE t (a int);
-- expected-error@+1 {{syntax error at end of input}}
UPDATE t SET a = a +

-- -----
-- expected-error@+1 {{syntax error at end of input}}
ALTER EXTENSION hstore UPDATE TO

-- -----
-- expected-error@+1 {{syntax error at end of input}}
DROP FUNCTION IF EXISTS

-- -----
-- Complete statements, the last one without ';'.
-- ORACLE: skip needs role r and database d
CREATE TABLE t (a int, owner boolean);
CREATE EXTENSION IF NOT EXISTS hstore;
VACUUM;
ALTER ROLE r SET enable_seqscan TO on;
ALTER DATABASE d SET enable_seqscan = on;
UPDATE t SET a = 1 WHERE owner;
CREATE FUNCTION f(a int[]) RETURNS int LANGUAGE sql AS 'SELECT $1[1]';
GRANT SELECT ON t TO PUBLIC
