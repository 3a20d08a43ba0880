-- Syntax and lexical errors are located diagnostics, one per statement;
-- the statements after them are still read.
-- RUN: not schemac --from=mysql --emit=ir %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace

CREATE TABLE t (a INT,);
--      CHECK:{{.*}}errors.sql:5:23: error: syntax error at or near ')'{{.*}}
-- CHECK-NEXT:CREATE TABLE t (a INT,);
-- CHECK-NEXT:                      ^
CREATE INDEX i ON t;
--      CHECK:{{.*}}errors.sql:9:20: error: syntax error at or near ';'; expected '(' or '.'
FROBNICATE t;
--      CHECK:{{.*}}errors.sql:11:1: error: syntax error at or near 'FROBNICATE'; expected a statement
CREATE TABLE u (a INT DEFAULT 1 2);
--      CHECK:{{.*}}errors.sql:13:33: error: syntax error at or near '2'
ALTER TABLE u ADD COLUMN b INT, ADD COLUMN c;
--      CHECK:{{.*}}errors.sql:15:45: error: syntax error at or near ';'; {{.*}}
ALTER TABLE nowhere ADD COLUMN b INT;
--      CHECK:{{.*}}errors.sql:17:13: error: relation 'nowhere' does not exist
CREATE TABLE v (a INT);
ALTER TABLE v MODIFY COLUMN z INT;
--      CHECK:{{.*}}errors.sql:20:29: error: column 'z' of table 'v' does not exist
DROP INDEX nope ON v;
--      CHECK:{{.*}}errors.sql:22:12: error: index 'v.nope' does not exist
CREATE TABLE `w` (`a` INT DEFAULT 'unterminated);
--      CHECK:{{.*}}errors.sql:24:35: error: unterminated quoted string
