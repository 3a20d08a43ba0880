-- NOT VALID on a table constraint inside CREATE TABLE: PostgreSQL accepts it
-- and ignores it, since the new table is empty (pg_constraint.convalidated is
-- true). schemac keeps the constraint valid, inside the CREATE TABLE; an
-- ALTER TABLE ... NOT VALID would leave it unvalidated (issue 7, item 11).
-- The semantic oracle compares convalidated through pg_dump.
-- RUN: schemac %s | FileCheck %s

CREATE TABLE p (a int PRIMARY KEY);
CREATE TABLE t (
  a int,
  b int,
  CONSTRAINT t_a_check CHECK (a > 0) NOT VALID,
  CHECK (b < 10) NOT VALID,
  FOREIGN KEY (a) REFERENCES p (a) NOT VALID
);
-- A constraint added later by ALTER TABLE stays NOT VALID.
ALTER TABLE t ADD CONSTRAINT t_b_pos CHECK (b > 0) NOT VALID;

-- CHECK-LABEL: CREATE TABLE t (
-- CHECK:           CONSTRAINT t_a_check CHECK (a > 0),
-- CHECK-NEXT:      CHECK (b < 10),
-- CHECK-NEXT:      FOREIGN KEY (a) REFERENCES p(a)
-- CHECK-NEXT:  );
-- CHECK-NOT:   NOT VALID
-- CHECK:       ADD CONSTRAINT t_b_pos CHECK (b > 0) NOT VALID;
-- CHECK-NOT:   NOT VALID
