-- --split-input-file processes each part between '-- -----' lines (or
-- '// -----' in textual IR) as its own module; diagnostics keep the line
-- numbers of the whole file; the outputs are joined with '-- -----' (SQL)
-- or '// -----' (IR).
-- RUN: not schemac --split-input-file %s 2>&1 | FileCheck %s --check-prefix=DIAG
-- RUN: schemac --split-input-file %s --verify-diagnostics
-- RUN: schemac --split-input-file %S/Inputs/split-ok.sql | FileCheck %s
-- RUN: schemac --split-input-file %S/Inputs/split-ok.sql --emit=ir | FileCheck %s --check-prefix=IR

-- CHECK:      CREATE TABLE t (
-- CHECK-NEXT:     a int
-- CHECK:      {{^}}-- -----
-- CHECK:      CREATE TABLE t (
-- CHECK-NEXT:     b text

-- IR:      table t {
-- IR-NEXT:   column a
-- IR:      {{^}}// -----
-- IR:      table t {
-- IR-NEXT:   column b

CREATE TABLE t (a int);
-- -----
CREATE TABLE t (b int);
-- DIAG: split-input-file.sql:[[@LINE+3]]:14: error: relation 't' already exists
-- expected-error@+2 {{relation 't' already exists}}
-- expected-note@-3 {{previous definition is here}}
CREATE TABLE t (c int);
-- -----
CREATE TABLE t (d int);
