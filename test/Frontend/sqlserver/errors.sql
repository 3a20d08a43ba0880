-- Syntax and lexical errors are located diagnostics, one per statement;
-- the statements after them are still read.
-- RUN: not schemac --from=sqlserver --emit=ir %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace

CREATE TABLE t (a INT,, b INT)
GO
--      CHECK:{{.*}}errors.sql:5:23: error: syntax error at or near ','{{.*}}
-- CHECK-NEXT:CREATE TABLE t (a INT,, b INT)
-- CHECK-NEXT:                      ^
CREATE INDEX i ON t
--      CHECK:{{.*}}errors.sql:10:20: error: syntax error at end of input; expected '(' or '.'
GO
FROBNICATE t
--      CHECK:{{.*}}errors.sql:13:1: error: syntax error at or near 'FROBNICATE'; expected a statement
GO
CREATE TABLE u (a INT CHECK (a BETWEEN 1))
--      CHECK:{{.*}}errors.sql:16:41: error: syntax error at or near ')'; expected {{.*}}
GO
CREATE TABLE ok (a INT NOT NULL)
GO
CREATE TABLE w (a NVARCHAR(10) DEFAULT N'unterminated)
--      CHECK:{{.*}}errors.sql:21:40: error: unterminated quoted string
