-- A type the module does not define is assumed to be an extension's (a
-- warning); what uses it is written after the module's CREATE EXTENSION
-- statements, wherever the dependency order moves them. Here the extension
-- moves after the function whose name its WITH SCHEMA clause mentions, and
-- the table went before it (postgres-frontend fuzzer finding: the DDL
-- written did not compile again).
-- RUN: schemac %s --emit=ddl -Wno-opaque -Wno-unknown-type | FileCheck %s
-- RUN: schemac %s --emit=ddl -Wno-opaque -Wno-unknown-type -o %t.sql
-- RUN: schemac %t.sql --emit=ir -Wno-opaque -Wno-unknown-type -o /dev/null

-- CHECK-LABEL: CREATE FUNCTION public()
-- CHECK:       CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
-- CHECK:       CREATE TABLE t (
-- CHECK-NEXT:      a int,
-- CHECK-NEXT:      doc gtrgm
-- CHECK-NEXT:  );
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE TABLE t (a int, doc gtrgm);
CREATE FUNCTION public() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
