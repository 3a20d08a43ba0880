-- Syntax errors are located diagnostics, one per statement; the statements
-- after them are still read.
-- RUN: not schemac --from=oracle --emit=ir %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace

CREATE TABLE t (a NUMBER,);
--      CHECK:{{.*}}errors.sql:5:26: error: syntax error at or near ')'; expected 'CHECK', 'UNIQUE' or identifier
-- CHECK-NEXT:CREATE TABLE t (a NUMBER,);
-- CHECK-NEXT:                         ^

CREATE INDEX i ON t;
--      CHECK:{{.*}}errors.sql:10:20: error: syntax error at or near ';'; expected '(', '.' or identifier
FROBNICATE t;
--      CHECK:{{.*}}errors.sql:12:1: error: syntax error at or near 'FROBNICATE'; expected a statement
CREATE TABLE u (a VARCHAR2(10) DEFAULT &dflt);
--      CHECK:{{.*}}errors.sql:14:40: error: substitution variable '&dflt' is not replaced here; run the script through SQL*Plus or replace it first
CREATE TABLE v (select NUMBER);
--      CHECK:{{.*}}errors.sql:16:17: error: syntax error at or near 'select'; {{.*}}

-- The string runs to the end of the input.
CREATE TABLE w (a VARCHAR2(5) DEFAULT 'unterminated);
--      CHECK:{{.*}}errors.sql:20:39: error: unterminated quoted string
