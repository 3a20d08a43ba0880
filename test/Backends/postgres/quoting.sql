-- Identifiers are quoted unless they are lower-case [a-z_][a-z0-9_$]* and
-- not key words (other than unreserved ones); strings double their quotes
-- and use E'' when they hold a backslash.
-- RUN: schemac %s --emit=ddl | FileCheck %s
-- RUN: schemac %s --emit=ddl -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK-LABEL: CREATE SCHEMA "My Schema";
CREATE SCHEMA "My Schema";

-- CHECK-LABEL: CREATE TABLE "My Schema"."Order" (
-- CHECK-NEXT:      "select" integer,
-- CHECK-NEXT:      "user" text,
-- CHECK-NEXT:      "position" integer,
-- CHECK-NEXT:      "left" integer,
-- CHECK-NEXT:      year integer,
-- CHECK-NEXT:      name text,
-- CHECK-NEXT:      "CamelCase" integer,
-- CHECK-NEXT:      "with space" integer,
-- CHECK-NEXT:      "quote""inside" integer,
-- CHECK-NEXT:      "1st" integer,
-- CHECK-NEXT:      a$b integer,
-- CHECK-NEXT:      "größe" integer,
-- CHECK-NEXT:      "dash-ed" integer,
-- CHECK-NEXT:      CONSTRAINT "Order_pk" PRIMARY KEY ("select"),
-- CHECK-NEXT:      CONSTRAINT "check" CHECK ("user" <> 'it''s')
-- CHECK-NEXT:  );
-- CHECK-NEXT:  COMMENT ON TABLE "My Schema"."Order" IS E'C:\\temp and ''quotes''';
-- CHECK-NEXT:  COMMENT ON COLUMN "My Schema"."Order"."with space" IS 'line one
-- CHECK-NEXT:  line two';
CREATE TABLE "My Schema"."Order" (
  "select" integer,
  "user" text,
  "position" integer,
  "left" integer,
  year integer,
  NAME text,
  "CamelCase" integer,
  "with space" integer,
  "quote""inside" integer,
  "1st" integer,
  a$b integer,
  "größe" integer,
  "dash-ed" integer,
  CONSTRAINT "Order_pk" PRIMARY KEY ("select"),
  CONSTRAINT "check" CHECK ("user" <> 'it''s')
);
COMMENT ON TABLE "My Schema"."Order" IS 'C:\temp and ''quotes''';
COMMENT ON COLUMN "My Schema"."Order"."with space" IS 'line one
line two';

-- Types and functions named by key words; the non-ASCII domain of Pagila.
-- CHECK-LABEL: CREATE DOMAIN public."bıgınt" AS bigint;
-- CHECK-LABEL: CREATE TABLE "table" (
-- CHECK-NEXT:      a public."bıgınt",
-- CHECK-NEXT:      b "char",
-- CHECK-NEXT:      c text DEFAULT left('abc', 1),
-- CHECK-NEXT:      d text DEFAULT public."Upper"('x')
-- CHECK-NEXT:  );
CREATE DOMAIN public."bıgınt" AS bigint;
CREATE FUNCTION public."Upper"(t text) RETURNS text LANGUAGE sql AS $$ SELECT upper(t) $$;
CREATE TABLE "table" (
  a public."bıgınt",
  b "char",
  c text DEFAULT "left"('abc', 1),
  d text DEFAULT public."Upper"('x')
);

-- Enum labels and settings are string literals.
-- CHECK-LABEL: CREATE TYPE "Mood" AS ENUM (
-- CHECK-NEXT:      'don''t know',
-- CHECK-NEXT:      E'back\\slash',
-- CHECK-NEXT:      ''
-- CHECK-NEXT:  );
CREATE TYPE "Mood" AS ENUM ('don''t know', E'back\\slash', '');
