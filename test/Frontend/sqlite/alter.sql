-- Indexes (unique, IF NOT EXISTS, collations, order, expressions, partial),
-- ALTER TABLE (rename, add, drop and rename a column) and DROP.
-- RUN: schemac --from=sqlite --emit=ir %s | FileCheck %s
-- RUN: schemac --from=sqlite --target=sqlite %s | FileCheck %s --check-prefix=DDL

CREATE TABLE t (a TEXT, b INT, c INT, e BLOB);
CREATE UNIQUE INDEX IF NOT EXISTS t_a ON t (a COLLATE NOCASE DESC, b);
CREATE INDEX t_expr ON t (b + c, lower(a)) WHERE c IS NOT NULL;
CREATE INDEX gone ON t (c);
DROP INDEX gone;
ALTER TABLE t ADD COLUMN d REAL NOT NULL DEFAULT 0;
ALTER TABLE t RENAME COLUMN b TO bb;
ALTER TABLE t DROP COLUMN e;
ALTER TABLE t RENAME TO u;
CREATE TABLE x (y INT);
DROP TABLE IF EXISTS x;
DROP VIEW IF EXISTS nowhere;

-- CHECK:      table u {
-- CHECK-NEXT:   column a : text "TEXT"
-- CHECK-NEXT:   column bb : integer "INT"
-- CHECK-NEXT:   column c : integer "INT"
-- CHECK-NEXT:   column d : double "REAL" not_null default (lit int 0)
-- CHECK-NEXT: }
-- CHECK-NEXT: index t_a on u unique if_not_exists [a collate NOCASE desc, bb]
-- CHECK-NEXT: index t_expr on u [(binary "+" (col bb) (col c)), (call lower (col a))] where (is (col c) not null)
-- CHECK-NOT: gone
-- CHECK-NOT: table x

-- DDL:      CREATE TABLE u (
-- DDL-NEXT:     a TEXT,
-- DDL-NEXT:     bb INT,
-- DDL-NEXT:     c INT,
-- DDL-NEXT:     d REAL DEFAULT (0) NOT NULL
-- DDL-NEXT: );
-- DDL:      CREATE UNIQUE INDEX IF NOT EXISTS t_a ON u (a COLLATE NOCASE DESC, bb);
-- DDL:      CREATE INDEX t_expr ON u ((bb + c), (lower(a))) WHERE c IS NOT NULL;
