-- sqlcmd directives: :setvar defines a variable that $ (name) stands for
-- in the rest of the script (strings and comments included, as in sqlcmd);
-- :on error is the client's; other commands are not run (a warning); an
-- undefined variable is an error, as in sqlcmd. Lines keep their numbers.
-- RUN: schemac --from=sqlserver -Wno-opaque --emit=ir %s 2>%t.err | FileCheck %s
-- RUN: FileCheck %s --check-prefix=DIAG < %t.err
-- RUN: not schemac --from=sqlserver --emit=ir %S/Inputs/sqlcmd-undefined.sql 2>&1 | FileCheck %s --check-prefix=UNDEF
:setvar DatabaseName "Adventure""Works"
:setvar Schema Sales
:on error exit
:r other.sql
-- DIAG: sqlcmd.sql:[[@LINE-1]]:1: warning: sqlcmd command ':r' is not run; the line is ignored [-Wsqlcmd]
GO
CREATE SCHEMA [$(Schema)]
GO
CREATE TABLE [$(Schema)].[t] (a INT DEFAULT 1, n NVARCHAR(40) DEFAULT N'$(DatabaseName)')
GO
-- UNDEF: sqlcmd-undefined.sql:3:14: error: scripting variable 'Undefined' is not defined
-- UNDEF: sqlcmd-undefined.sql:3:14: error: syntax error at or near '$'; expected identifier
-- CHECK: schema Sales
-- CHECK: table Sales.t {
-- CHECK-NEXT:   column a : integer default (lit int 1)
-- CHECK-NEXT:   column n : varchar(40) default (lit str "Adventure\"Works")
