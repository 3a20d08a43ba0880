-- Objects come out after what they need, keeping the written order
-- otherwise (only necessary moves happen).
-- RUN: schemac %s --split-input-file --emit=ddl -Wno-opaque | FileCheck %s
-- RUN: schemac %s --split-input-file --emit=ddl -Wno-opaque -o %t.1.sql
-- RUN: schemac %t.1.sql --split-input-file --emit=ddl -Wno-opaque -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- A view written before its table moves right after the table; the other
-- tables keep their places.
-- CHECK-LABEL: CREATE TABLE first (
-- CHECK:       CREATE TABLE base (
-- CHECK:       CREATE VIEW v AS
-- CHECK-NEXT:  SELECT x
-- CHECK-NEXT:  FROM base;
-- CHECK:       CREATE TABLE last (
CREATE TABLE first (a integer);
CREATE VIEW v AS SELECT x FROM base;
CREATE TABLE base (x integer);
CREATE TABLE last (a integer);

-- ORACLE: skip forward references (the backend orders them)
-- -----
-- ORACLE: skip forward references (the backend orders them)
-- A type, a domain and a sequence used by a table move before it.
-- CHECK-LABEL: CREATE TABLE unrelated (
-- CHECK:       CREATE TYPE mood AS ENUM (
-- CHECK:       CREATE DOMAIN posint AS integer
-- CHECK:       CREATE SEQUENCE ids;
-- CHECK:       CREATE TABLE person (
-- CHECK-NEXT:      id integer DEFAULT nextval('ids'::regclass),
-- CHECK-NEXT:      m mood DEFAULT 'happy'::mood,
-- CHECK-NEXT:      n posint
-- CHECK-NEXT:  );
CREATE TABLE unrelated (a integer);
CREATE TABLE person (
  id integer DEFAULT nextval('ids'::regclass),
  m mood DEFAULT 'happy'::mood,
  n posint
);
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
CREATE SEQUENCE ids;

-- -----
-- A sequence's OWNED BY comes right after its table exists.
-- CHECK-LABEL: CREATE SEQUENCE s;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE t (
-- CHECK-NEXT:      id integer DEFAULT nextval('s'::regclass) NOT NULL
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER SEQUENCE s OWNED BY t.id;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE after_t (
CREATE SEQUENCE s;
ALTER SEQUENCE s OWNED BY NONE;
CREATE TABLE t (id integer DEFAULT nextval('s'::regclass) NOT NULL);
ALTER SEQUENCE s OWNED BY t.id;
CREATE TABLE after_t (a integer);

-- -----
-- Opaque objects are placed by their target and the names they mention:
-- a trigger after its table and its function, a GRANT after its table.
-- CHECK-LABEL: CREATE TABLE audited (
-- CHECK-NEXT:      a integer
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TRIGGER audit BEFORE UPDATE ON audited FOR EACH ROW EXECUTE FUNCTION stamp();
-- CHECK-EMPTY:
-- CHECK-NEXT:  GRANT SELECT ON audited TO PUBLIC;
CREATE TABLE audited (a integer);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit BEFORE UPDATE ON audited FOR EACH ROW EXECUTE FUNCTION stamp();
GRANT SELECT ON audited TO PUBLIC;

-- -----
-- A function called in a default comes before the table; a function whose
-- body mentions the table (a soft dependency) does not force a cycle.
-- CHECK-LABEL: CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS $$ SELECT count(*)::integer FROM coded $$;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE coded (
-- CHECK-NEXT:      code integer DEFAULT next_code()
-- CHECK-NEXT:  );
CREATE TABLE coded (code integer);
CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS $$ SELECT count(*)::integer FROM coded $$;
ALTER TABLE coded ALTER COLUMN code SET DEFAULT next_code();

-- -----
-- ORACLE: skip forward references (the backend orders them)
-- A schema the script creates comes before what lives in it, even when
-- written later.
-- CHECK-LABEL: CREATE SCHEMA app AUTHORIZATION postgres;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE app.t (
CREATE TABLE app.t (a integer);
CREATE SCHEMA app AUTHORIZATION postgres;

-- -----
-- A DROP ... IF EXISTS stays before the CREATE it prepares for.
-- CHECK-LABEL: DROP EXTENSION IF EXISTS hstore;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE EXTENSION hstore;
DROP EXTENSION IF EXISTS hstore;
CREATE EXTENSION hstore;

-- -----
-- Settings come first, in their order.
-- CHECK-LABEL: SET client_encoding = 'UTF8';
-- CHECK-NEXT:  SELECT pg_catalog.set_config('search_path', '', false);
-- CHECK-NEXT:  SET check_function_bodies = false;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE public.s1 (
SET client_encoding = 'UTF8';
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.s1 (a integer);
SET check_function_bodies = false;
