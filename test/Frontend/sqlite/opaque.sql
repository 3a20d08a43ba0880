-- Statements the IR does not model are kept, in order, as opaque objects
-- with a warning: triggers (whose bodies run to END, with CASE ... END
-- and ';' inside), virtual tables, data, PRAGMA and transaction control.
-- DROP TRIGGER of a kept trigger drops it.
-- RUN: schemac --from=sqlite --emit=ir %s --verify-diagnostics
-- RUN: schemac --from=sqlite -w --emit=ir %s | FileCheck %s
-- RUN: schemac --from=sqlite --target=sqlite -w %s | FileCheck %s --check-prefix=DDL

-- expected-warning@+1 {{PRAGMA is not modelled; kept as an opaque object}}
PRAGMA foreign_keys = ON;
-- expected-warning@+1 {{BEGIN is not modelled; kept as an opaque object}}
BEGIN TRANSACTION;
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, n INT);
-- expected-warning@+1 {{CREATE TRIGGER is not modelled; kept as an opaque object}}
CREATE TRIGGER t_ai AFTER INSERT ON t
BEGIN
  UPDATE t SET n = CASE WHEN new.v IS NULL THEN 0 ELSE 1 END WHERE id = new.id;
  UPDATE t SET v = 'x;y' WHERE id = new.id;
END;
-- expected-warning@+1 {{CREATE TRIGGER is not modelled; kept as an opaque object}}
CREATE TEMP TRIGGER IF NOT EXISTS t_bd BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'no'); END;
-- expected-warning@+1 {{CREATE VIRTUAL TABLE is not modelled; kept as an opaque object}}
CREATE VIRTUAL TABLE docs USING fts5(body);
-- expected-warning@+1 {{INSERT is a data statement; kept as an opaque object}}
INSERT INTO t (v) VALUES ('a;b'), ('c');
DROP TRIGGER t_bd;
-- expected-warning@+1 {{COMMIT is not modelled; kept as an opaque object}}
COMMIT;

-- CHECK: opaque "" object_type "pragma" dialect sqlite text "PRAGMA foreign_keys = ON;"
-- CHECK: table t {
-- CHECK: opaque t_ai object_type "trigger" dialect sqlite target t text "CREATE TRIGGER t_ai
-- CHECK-SAME: END;"
-- CHECK-NOT: t_bd
-- CHECK: opaque docs object_type "virtual table"
-- CHECK: opaque "" object_type "insert" dialect sqlite target t is_data
-- CHECK: opaque "" object_type "transaction control" dialect sqlite text "COMMIT;"

-- DDL: PRAGMA foreign_keys = ON;
-- DDL: BEGIN TRANSACTION;
-- DDL: CREATE TABLE t (
-- DDL: CREATE TRIGGER t_ai AFTER INSERT ON t
-- DDL-NEXT: BEGIN
-- DDL-NEXT:   UPDATE t SET n = CASE WHEN new.v IS NULL THEN 0 ELSE 1 END WHERE id = new.id;
-- DDL-NEXT:   UPDATE t SET v = 'x;y' WHERE id = new.id;
-- DDL-NEXT: END;
-- DDL-NOT: t_bd
-- DDL: CREATE VIRTUAL TABLE docs USING fts5(body);
-- DDL: INSERT INTO t (v) VALUES ('a;b'), ('c');
-- DDL: COMMIT;
