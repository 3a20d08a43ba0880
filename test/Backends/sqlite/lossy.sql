-- What SQLite keeps with less precision is written and reported once per
-- kind of loss (-Wlossy-conversion), with a note saying what was written
-- and how many other uses there are; -Werror=lossy-conversion refuses it.
-- RUN: schemac --target=sqlite %s --verify-diagnostics
-- RUN: schemac --target=sqlite %s -o %t.sql 2>&1 | FileCheck %s --check-prefix=NOTE
-- RUN: not schemac --target=sqlite -Werror=lossy-conversion %s -o %t.sql
-- RUN: schemac --target=sqlite -Wno-lossy-conversion %s 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET

-- expected-warning@+2 {{setting 'timezone' uses a session setting, which SQLite does not keep exactly}}
-- expected-note@+1 {{in the SQLite output: not written: SQLite has no session settings}}
SET TIME ZONE 'UTC';
-- expected-warning@+2 {{table 'account' uses storage parameters or a tablespace, which SQLite does not keep exactly}}
-- expected-note@+1 {{in the SQLite output: not written: SQLite has no storage parameters or tablespaces}}
CREATE TABLE account (
  -- expected-warning@+3 {{column 'balance' of table 'account' uses the type numeric(12,2), which SQLite does not keep exactly}}
  -- expected-note@+2 {{in the SQLite output: written as NUMERIC, which stores values as 64-bit integers or floating-point numbers: digits beyond about 15 are lost, and values are not rounded to the scale}}
  -- expected-note@+1 {{1 more uses of the type numeric(12,2) are written the same way}}
  balance numeric(12,2),
  credit numeric(12,2),
  -- expected-warning@+2 {{column 'opened' of table 'account' uses the type timestamptz, which SQLite does not keep exactly}}
  -- expected-note@+1 {{in the SQLite output: written as TIMESTAMP: the zone is kept only as text, and values compare as text, not as instants}}
  opened timestamptz
  -- expected-warning@+2 {{table 'account' uses CURRENT_TIMESTAMP, which SQLite does not keep exactly}}
  -- expected-note@+1 {{in the SQLite output: written as is: SQLite gives the UTC date and time as text, to the second, without a time zone}}
    DEFAULT CURRENT_TIMESTAMP,
  -- expected-warning@+2 {{column 'tags' of table 'account' uses an array type, which SQLite does not keep exactly}}
  -- expected-note@+1 {{in the SQLite output: written as TEXT: SQLite has no arrays; values are text}}
  tags text[]
)
WITH (fillfactor = 70);

-- NOTE: note: in the SQLite output: written as NUMERIC, which stores values as 64-bit integers or floating-point numbers: digits beyond about 15 are lost, and values are not rounded to the scale
-- NOTE: note: 1 more uses of the type numeric(12,2) are written the same way
-- QUIET-NOT: warning
