-- Objects that need each other (no foreign key or soft edge to break the
-- cycle) are reported and emitted in source order.
-- RUN: schemac %s --emit=ddl 2>%t.err | FileCheck %s
-- RUN: FileCheck %s --check-prefix=WARN < %t.err
-- RUN: schemac %s --emit=ddl --verify-diagnostics
-- RUN: schemac %s --emit=ddl -Wno-dependency-cycle 2>&1 | FileCheck %s --check-prefix=QUIET
-- RUN: not schemac %s --emit=ddl -Werror=dependency-cycle 2>&1 | FileCheck %s --check-prefix=ERROR
-- ORACLE: skip PostgreSQL rejects views that reference each other

-- WARN:        cycles.sql:[[@LINE+12]]:13: warning: dependency cycle between view 'v1', view 'v2'; they are emitted in source order [-Wdependency-cycle]
-- CHECK-LABEL: CREATE VIEW v1 AS
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM v2;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE VIEW v2 AS
-- CHECK-NEXT:  SELECT a
-- CHECK-NEXT:  FROM v1;
-- QUIET-NOT:   warning
-- ERROR:       error: dependency cycle between view 'v1', view 'v2'

-- expected-warning@+1 {{dependency cycle between view 'v1', view 'v2'; they are emitted in source order}}
CREATE VIEW v1 AS SELECT a FROM v2;
CREATE VIEW v2 AS SELECT a FROM v1;
