-- SQLite's table options WITHOUT ROWID and STRICT are dialect attributes of
-- the table: written back for SQLite, in the order written, and nothing for
-- engines without them. A STRICT table's ANY column takes any value, as a
-- column without a declared type does. Other options are errors, as in
-- SQLite ("unknown table option").
-- RUN: schemac --from=sqlite --emit=ir %s | FileCheck %s
-- RUN: schemac --from=sqlite --emit=ir %s | schemac-opt | FileCheck %s
-- RUN: schemac --from=sqlite --target=sqlite %s | FileCheck %s --check-prefix=DDL
-- RUN: schemac --from=sqlite --target=postgres -w %s | FileCheck %s --check-prefix=PG
-- RUN: not schemac --from=sqlite --emit=ir --split-input-file %S/Inputs/table-options-errors.sql 2>&1 | FileCheck %s --check-prefix=ERR

CREATE TABLE kv (k TEXT PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE typed (k INT PRIMARY KEY, v TEXT, w ANY) STRICT, WITHOUT ROWID;
CREATE TABLE loose (k INTEGER) strict;

-- CHECK-LABEL: table kv attributes ["sqlite.without_rowid" = "true"] {
-- CHECK-NEXT:    column k : text "TEXT"
-- CHECK-NEXT:    column v : unknown
-- CHECK-LABEL: table typed attributes ["sqlite.strict" = "true", "sqlite.without_rowid" = "true"] {
-- CHECK:         column w : unknown "ANY"
-- CHECK-LABEL: table loose attributes ["sqlite.strict" = "true"] {

-- DDL-LABEL: CREATE TABLE kv (
-- DDL:       ) WITHOUT ROWID;
-- DDL-LABEL: CREATE TABLE typed (
-- DDL:           w ANY,
-- DDL-NEXT:      PRIMARY KEY (k)
-- DDL-NEXT:  ) STRICT, WITHOUT ROWID;
-- DDL-LABEL: CREATE TABLE loose (
-- DDL:       ) STRICT;

-- PG-LABEL: CREATE TABLE kv (
-- PG:       );
-- PG-LABEL: CREATE TABLE typed (
-- PG:           w text
-- PG-NEXT:  );

-- ERR: table-options-errors.sql:1:24: error: unknown table option 'WITHOUT foo'; expected 'WITHOUT ROWID' or 'STRICT'
-- ERR: table-options-errors.sql:3:24: error: unknown table option 'bar'; expected 'WITHOUT ROWID' or 'STRICT'
