-- The last statement of a file may end without ';'. Kept as text and moved
-- before another statement by the dependency order, it gets its ';': the
-- next statement ran on into it (postgres-frontend fuzzer finding: the DDL
-- written did not compile again).
-- RUN: schemac %s --emit=ddl -Wno-opaque | FileCheck %s
-- RUN: schemac %s --emit=ddl -Wno-opaque -o %t.sql
-- RUN: schemac %t.sql --emit=ir -Wno-opaque -o /dev/null
-- ORACLE: skip the input calls f() before it creates it (the output orders it)

-- CHECK-LABEL: CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE t (
-- CHECK-NEXT:      a int DEFAULT f()
-- CHECK-NEXT:  );
CREATE TABLE t (a int DEFAULT f());
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$