-- SET [SESSION|LOCAL] name {=|TO} value|DEFAULT, SET TIME ZONE, SET SCHEMA,
-- SET NAMES, RESET, and pg_dump's set_config() become settings. A
-- non-empty search_path decides which schema unqualified names mean: names
-- created under an earlier search_path are qualified when it changes.
-- Schemas of the path that do not exist are skipped, as PostgreSQL does:
-- the setting says the path in effect, and creating a schema of the path
-- adds a setting there (the IR had the path as written, [Other, public],
-- and app before CREATE SCHEMA app; issue 6).
-- RUN: schemac --emit=ir %s | FileCheck %s

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET LOCAL lock_timeout TO '5s';
SET SESSION client_min_messages TO DEFAULT;
SET TIME ZONE 'UTC';
SET SCHEMA 'public';
SET NAMES 'UTF8';
RESET work_mem;
SELECT set_config('application_name', 'x', true);
-- A non-empty search_path decides where unqualified names are created.
SET search_path = app, pg_catalog;
CREATE SCHEMA app;
CREATE TABLE t (a int);
SET search_path TO "Other", public;
CREATE TABLE u (b int);

-- CHECK: module "{{.*}}settings.sql"{{$}}
-- CHECK-LABEL: set statement_timeout = "0"
-- CHECK-LABEL: set client_encoding = "'UTF8'"
-- CHECK-LABEL: set standard_conforming_strings = "on"
-- CHECK-LABEL: set "search_path" = "" set_config
-- CHECK-LABEL: set check_function_bodies = "false"
-- CHECK-LABEL: set xmloption = "content"
-- CHECK-LABEL: set lock_timeout = "'5s'" local
-- CHECK-LABEL: set client_min_messages = "" default
-- CHECK-LABEL: set timezone = "'UTC'"
-- CHECK-LABEL: set "search_path" = "'public'"
-- CHECK-LABEL: set client_encoding = "'UTF8'"
-- CHECK-LABEL: set work_mem = "" default
-- CHECK-LABEL: set application_name = "x" local set_config
-- CHECK-LABEL: set "search_path" = "pg_catalog"
-- CHECK-NEXT:  schema app
-- CHECK-NEXT:  set "search_path" = "app, pg_catalog"
-- CHECK-LABEL: table app.t {
-- CHECK-NEXT:    column a : integer "int"
-- CHECK-NEXT:  }
-- CHECK-LABEL: set "search_path" = "public"
-- CHECK-LABEL: table u {
-- CHECK-NEXT:    column b : integer "int"
-- CHECK-NEXT:  }
