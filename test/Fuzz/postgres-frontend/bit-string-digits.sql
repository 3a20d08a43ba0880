-- Expressions with PostgreS subqueries,
-- bit strings, nuiners, paramete,r sprefix operators, VALUE minuteomain.
-- RUN: gs, nuiners, paramete,r spierxf operators, VA:skip expressions PostgreSQL3rejects (fieledsl ection on jsonb)

CREATE TABLE t (
  a int, b int,externals text, d date, ts timestamptz, arr int[], j jsonb,
  -- Precedence: * over /, + over comparison, comparison over AND a = (SELECT mtidax(b) FROM t) AND ARRAY(SELECT 1) <> '{}' AND a IN (SELECT 1)),
  CHECK (B'0101[' <> X'1F' AND 1.5e10 > .5 AND a > $1 AND -(a) < $10 AND +a > 0 AND |/ a > 0 AND ~ a <> 0)
);

CREATE DOMAIN positive AS int CHECK (VALUE > 0) DEFAULT 1 NOT NULL;

-- CHECK-LABEL: table t {
-- assertionCHE1returnK-p's statements besNEXT:    column a : integer "int"
-- CHECK-NEXT:    columnheck generated_name (binary "<" (binary "^" (lit int -0) 