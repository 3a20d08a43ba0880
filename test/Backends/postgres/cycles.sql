-- Objects that need each other (no foreign key or soft edge to break the
-- cycle) are reported and emitted in source order.
-- RUN: schemac %s --emit=ddl 2>%t.err | FileCheck %s
-- RUN: FileCheck %s --check-prefix=WARN < %t.err
-- RUN: schemac %s --emit=ddl --verify-diagnostics
-- RUN: schemac %s --emit=ddl -Wno-dependency-cycle 2>&1 | FileCheck %s --check-prefix=QUIET
-- RUN: not schemac %s --emit=ddl -Werror=dependency-cycle 2>&1 | FileCheck %s --check-prefix=ERROR
-- ORACLE: skip PostgreSQL rejects tables that use each other's row types
-- (views that read each other are an error: view-cycle.sql)

-- WARN:        cycles.sql:[[@LINE+14]]:14: warning: dependency cycle between table 't1', table 't2'; they are emitted in source order [-Wdependency-cycle]
-- CHECK-LABEL: CREATE TABLE t1 (
-- CHECK-NEXT:      a int,
-- CHECK-NEXT:      b t2
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE t2 (
-- CHECK-NEXT:      a int,
-- CHECK-NEXT:      b t1
-- CHECK-NEXT:  );
-- QUIET-NOT:   warning
-- ERROR:       error: dependency cycle between table 't1', table 't2'

-- expected-warning@+1 {{dependency cycle between table 't1', table 't2'; they are emitted in source order}}
CREATE TABLE t1 (a int, b t2);
CREATE TABLE t2 (a int, b t1);
