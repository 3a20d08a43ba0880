-- ALTER COLUMN TYPE keeps the default PostgreSQL stored and coerces it to
-- the new type: a string literal stays typed as the column's old type (its
-- base type for a domain, without modifiers except interval's, bpchar for
-- character), which pg_get_expr shows as 'y'::character varying. Other
-- defaults have their type already and are kept as written (history stress
-- test, seeds 8 and 100).
-- RUN: schemac %s | FileCheck %s

CREATE DOMAIN dm AS varchar(10);
CREATE TYPE en AS ENUM ('a', 'b');
CREATE TABLE t (
  a varchar(20) DEFAULT 'y',
  b char(5) DEFAULT 'ab',
  c interval(3) DEFAULT '1 day',
  d en DEFAULT 'a',
  e text[] DEFAULT '{}',
  f int DEFAULT '5',
  g varchar(5) DEFAULT 'x' || 'y',
  h timestamp(3) DEFAULT '2020-01-01',
  i dm DEFAULT 'x',
  j date DEFAULT '2020-01-01',
  k numeric(8,2) DEFAULT 1.5,
  l char(2)[] DEFAULT '{a}',
  m text DEFAULT 'x'
);
ALTER TABLE t ALTER COLUMN a TYPE text, ALTER COLUMN b TYPE text,
  ALTER COLUMN c TYPE text, ALTER COLUMN d TYPE text,
  ALTER COLUMN e TYPE varchar[], ALTER COLUMN f TYPE text,
  ALTER COLUMN g TYPE text, ALTER COLUMN h TYPE text,
  ALTER COLUMN i TYPE text, ALTER COLUMN j TYPE text,
  ALTER COLUMN k TYPE int, ALTER COLUMN l TYPE text[];
-- Twice: the default is typed now, and stays as it is.
ALTER TABLE t ALTER COLUMN m TYPE varchar(10);
ALTER TABLE t ALTER COLUMN m TYPE text;
-- A default set after the change is read as the new type.
ALTER TABLE t ALTER COLUMN a SET DEFAULT 'z';

-- CHECK:      CREATE TABLE t (
-- CHECK-NEXT:     a text DEFAULT 'z',
-- CHECK-NEXT:     b text DEFAULT 'ab'::bpchar,
-- CHECK-NEXT:     c text DEFAULT '1 day'::interval(3),
-- CHECK-NEXT:     d text DEFAULT 'a'::en,
-- CHECK-NEXT:     e varchar[] DEFAULT '{}'::text[],
-- CHECK-NEXT:     f text DEFAULT '5'::integer,
-- CHECK-NEXT:     g text DEFAULT 'x' || 'y',
-- CHECK-NEXT:     h text DEFAULT '2020-01-01'::timestamp without time zone,
-- CHECK-NEXT:     i text DEFAULT 'x'::character varying,
-- CHECK-NEXT:     j text DEFAULT '2020-01-01'::date,
-- CHECK-NEXT:     k int DEFAULT 1.5,
-- CHECK-NEXT:     l text[] DEFAULT '{a}'::bpchar[],
-- CHECK-NEXT:     m text DEFAULT 'x'::text
-- CHECK-NEXT: );
