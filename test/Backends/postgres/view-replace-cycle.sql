-- CREATE OR REPLACE VIEW can make views read each other (issue 6, defect
-- 12): PostgreSQL accepts it. The replacement is kept as written, after the
-- views it reads, so the DDL loads as the input does; no dependency cycle is
-- reported. test/Conformance/view-changes.test compares the catalogs.
-- RUN: schemac --emit=ddl %s --verify-diagnostics
-- RUN: schemac --emit=ddl %s 2>/dev/null | FileCheck %s

CREATE VIEW v1 AS SELECT 1 AS x;
CREATE VIEW v2 AS SELECT x FROM v1;
-- expected-warning@+1 {{CREATE OR REPLACE VIEW of view 'public.v1' that reads itself is not modelled; kept as an opaque object}}
CREATE OR REPLACE VIEW v1 AS SELECT x FROM v2;

-- CHECK:      CREATE VIEW v1 AS
-- CHECK-NEXT: SELECT 1 AS x;
-- CHECK:      CREATE VIEW v2 AS
-- CHECK-NEXT: SELECT x
-- CHECK-NEXT: FROM v1;
-- CHECK:      CREATE OR REPLACE VIEW v1 AS SELECT x FROM v2;
