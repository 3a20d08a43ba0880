-- Syntax and lexical errors are located diagnostics, one per statement;
-- the statements after them are still read.
-- RUN: not schemac --from=sqlite --emit=ir %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace

CREATE TABLE t (a INT,);
--      CHECK:{{.*}}errors.sql:5:23: error: syntax error at or near ')'; expected 'CHECK', 'CONSTRAINT', 'FOREIGN', 'PRIMARY', 'UNIQUE', string literal or identifier
-- CHECK-NEXT:CREATE TABLE t (a INT,);
-- CHECK-NEXT:                      ^

CREATE INDEX i ON t;
--      CHECK:{{.*}}errors.sql:10:20: error: syntax error at or near ';'; expected '('
CREATE TABLE u (a INT CHECK (a BETWEEN 1));
--      CHECK:{{.*}}errors.sql:12:41: error: syntax error at or near ')'; expected AND
FROBNICATE t;
--      CHECK:{{.*}}errors.sql:14:1: error: syntax error at or near 'FROBNICATE'; expected a statement

CREATE TABLE d (a INT UNIQUE, b INT, c INT CHECK (c > b));
CREATE INDEX d_b ON d (b);
ALTER TABLE d DROP COLUMN b;
--      CHECK:{{.*}}errors.sql:19:27: error: cannot drop column 'd.b' because other objects depend on it
--      CHECK:{{.*}}errors.sql:17:44: note: check constraint of table 'd' depends on column 'b'
--      CHECK:{{.*}}errors.sql:18:14: note: index 'd_b' depends on column 'b'
ALTER TABLE d DROP COLUMN a;
--      CHECK:{{.*}}errors.sql:23:27: error: cannot drop column 'd.a' because other objects depend on it
--      CHECK:{{.*}}errors.sql:17:23: note: unique constraint of table 'd' depends on column 'a'

-- The string runs to the end of the input.
CREATE TABLE w (a TEXT DEFAULT 'unterminated);
--      CHECK:{{.*}}errors.sql:28:32: error: unterminated quoted string
