-- pg_dump's statements besides tables, views, indexes and constraints: the
-- fast path (frontend/sql/postgres/PostgresFastParser.cpp) takes SET,
-- CREATE SEQUENCE, CREATE DOMAIN, COMMENT ON, ALTER TYPE / DOMAIN / SCHEMA
-- ... OWNER TO and CREATE TABLE ... INHERITS, so that a pg_dump file needs
-- no ANTLR parse; the grammar alone gives the same IR.
-- RUN: schemac --emit=ir %s > %t.fast 2>&1
-- RUN: schemac -fno-fast-parse --emit=ir %s > %t.antlr 2>&1
-- RUN: diff %t.fast %t.antlr
-- RUN: FileCheck %s < %t.fast

SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET search_path = public, pg_catalog;
SET default_tablespace = '';
SET statement_timeout = 0;
SET lock_timeout TO DEFAULT;
SET xmloption = content;
SET extra_float_digits = -3;
SET LOCAL work_mem = '64MB';
SET TIME ZONE 'UTC';

-- CHECK: module {{.*}} search_path [public, pg_catalog]
-- CHECK: set client_encoding = "'UTF8'"
-- CHECK: set "search_path" = "public, pg_catalog"
-- CHECK: set lock_timeout = "" default
-- CHECK: set extra_float_digits = "-3"
-- CHECK: set work_mem = "'64MB'" local
-- CHECK: set timezone = "'UTC'"
-- CHECK: schema public implicit owner postgres comment "Standard public schema"
-- CHECK: enum public.mpaa_rating ["G", "PG"] owner postgres

COMMENT ON SCHEMA public IS 'Standard public schema';
ALTER SCHEMA public OWNER TO postgres;

CREATE TYPE public.mpaa_rating AS ENUM ('G', 'PG');
ALTER TYPE public.mpaa_rating OWNER TO postgres;

CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE DOMAIN public.code text COLLATE "C" DEFAULT 'x' NOT NULL;
ALTER DOMAIN public.year OWNER TO postgres;

-- CHECK: domain public.year : integer "integer" owner postgres {
-- CHECK-NEXT: check year_check (binary "AND" (binary ">=" (col value) (lit int 1901)) (binary "<=" (col value) (lit int 2155)))
-- CHECK: domain public.code : text "text" collate C default (lit str "x") not_null

CREATE SEQUENCE public.actor_actor_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
CREATE TEMP SEQUENCE IF NOT EXISTS s MINVALUE -10 MAXVALUE +10 CYCLE;

-- CHECK: sequence public.actor_actor_id_seq start 1 increment 1 no_minvalue no_maxvalue cache 1
-- CHECK: sequence s temporary if_not_exists minvalue -10 maxvalue 10 cycle

CREATE TABLE public.payment (
    payment_id integer NOT NULL,
    payment_date timestamp without time zone NOT NULL
);
CREATE TABLE public.payment_p2007_01 (
    CONSTRAINT payment_p2007_01_payment_date_check CHECK ((payment_date >= '2007-01-01 00:00:00'::timestamp without time zone))
)
INHERITS (public.payment);
COMMENT ON TABLE public.payment IS 'payments';
COMMENT ON COLUMN public.payment.payment_date IS 'when';

-- CHECK: table public.payment comment "payments" {
-- CHECK: column payment_date : timestamp "timestamp without time zone" not_null comment "when"
-- CHECK: table public.payment_p2007_01 inherits [public.payment] {

-- Migration scripts (migra's, MediaWiki's patches): CREATE SCHEMA, ALTER
-- TABLE ... ADD / DROP / ALTER COLUMN, VALIDATE CONSTRAINT, DROP.
CREATE SCHEMA IF NOT EXISTS other AUTHORIZATION postgres;
CREATE TABLE other.t (a integer, b text, c integer, CONSTRAINT k CHECK (a > 0));
ALTER TABLE other.t ADD COLUMN IF NOT EXISTS d text COLLATE "C" NOT NULL,
    ADD e integer;
ALTER TABLE other.t ALTER COLUMN a SET NOT NULL, ALTER b SET DEFAULT 'x',
    ALTER COLUMN c SET DATA TYPE bigint USING c::bigint;
ALTER TABLE other.t DROP COLUMN IF EXISTS e CASCADE, VALIDATE CONSTRAINT k;
CREATE VIEW other.v AS SELECT a FROM other.t;
DROP VIEW IF EXISTS other.v, other.w CASCADE;

-- CHECK: schema other if_not_exists authorization postgres
-- CHECK: table other.t {
-- CHECK-NEXT: column a : integer "integer" not_null
-- CHECK-NEXT: column b : text "text" default (lit str "x")
-- CHECK-NEXT: column c : bigint "bigint"
-- CHECK-NEXT: column d : text "text" not_null collate C
-- CHECK-NEXT: constraint k check

CREATE SEQUENCE other.t_a_seq;
ALTER SEQUENCE other.t_a_seq OWNED BY other.t.a;
CREATE TYPE other.e AS ENUM ('x');
ALTER TYPE other.e RENAME TO e_old;

-- CHECK: sequence other.t_a_seq owned_by other.t(a)
-- CHECK: enum other.e_old ["x"]
