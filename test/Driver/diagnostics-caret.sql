-- Exact text output of a diagnostic with a note: location, message, the
-- source line and the caret, for the error and for its note.
-- RUN: not schemac %s 2>&1 | FileCheck %s --match-full-lines --strict-whitespace

CREATE TABLE orders (id int);
CREATE TABLE orders (id bigint);

-- CHECK:{{.*}}diagnostics-caret.sql:6:14: error: relation 'orders' already exists
-- CHECK-NEXT:CREATE TABLE orders (id bigint);
-- CHECK-NEXT:             ^
-- CHECK-NEXT:{{.*}}diagnostics-caret.sql:5:14: note: previous definition is here
-- CHECK-NEXT:CREATE TABLE orders (id int);
-- CHECK-NEXT:             ^
-- CHECK-EMPTY:
