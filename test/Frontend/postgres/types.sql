-- CREATE TYPE ... AS ENUM and ALTER TYPE (ADD VALUE [IF NOT EXISTS]
-- BEFORE/AFTER, RENAME VALUE, OWNER TO); CREATE DOMAIN with COLLATE,
-- DEFAULT, NOT NULL/NULL and named CHECKs on VALUE, and ALTER DOMAIN; the
-- other CREATE TYPE forms are opaque objects that define a type.
-- RUN: schemac --emit=ir -Wno-opaque %s | FileCheck %s

CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE public.mood ADD VALUE 'ecstatic';
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'ok';
ALTER TYPE public.mood ADD VALUE 'fine' AFTER 'ok';
ALTER TYPE public.mood RENAME VALUE 'sad' TO 'blue';
ALTER TYPE public.mood OWNER TO postgres;
CREATE TYPE empty_enum AS ENUM ();

CREATE DOMAIN public.year AS integer
	CONSTRAINT year_check CHECK (((VALUE >= 1901) AND (VALUE <= 2155)));
CREATE DOMAIN us_postal_code text COLLATE "C" DEFAULT '00000' NOT NULL
    CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
CREATE DOMAIN maybe AS bigint NULL;
ALTER DOMAIN public.year OWNER TO postgres;
ALTER DOMAIN maybe SET DEFAULT 0;
ALTER DOMAIN maybe ADD CONSTRAINT positive CHECK (VALUE > 0) NOT VALID;
ALTER DOMAIN maybe VALIDATE CONSTRAINT positive;
ALTER DOMAIN us_postal_code DROP NOT NULL;
ALTER DOMAIN us_postal_code RENAME TO zip;

-- Other CREATE TYPE forms are opaque objects that define a type.
CREATE TYPE public.pair AS (a int, b text);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE shell;
CREATE TABLE uses (m public.mood, y public.year, p public.pair, r floatrange);

-- CHECK-LABEL: enum public.mood ["blue", "meh", "ok", "fine", "happy", "ecstatic"] owner postgres
-- CHECK-LABEL: enum empty_enum []
-- CHECK-LABEL: domain public.year : integer "integer" owner postgres {
-- CHECK-NEXT:    check year_check (binary "AND" (binary ">=" (col value) (lit int 1901)) (binary "<=" (col value) (lit int 2155)))
-- CHECK-NEXT:  }
-- CHECK-LABEL: domain zip : text "text" collate C default (lit str "00000") {
-- A renamed domain keeps the name its check got at creation.
-- CHECK-NEXT:    check us_postal_code_check (binary "OR" (binary "~" (col value) (lit str "^\\d{5}$")) (binary "~" (col value) (lit str "^\\d{5}-\\d{4}$"))) generated_name
-- CHECK-NEXT:  }
-- CHECK-LABEL: domain maybe : bigint "bigint" default (lit int 0) null {
-- CHECK-NEXT:    check positive (binary ">" (col value) (lit int 0))
-- CHECK-NEXT:  }
-- CHECK-LABEL: opaque public.pair object_type "composite type" dialect postgres text "CREATE TYPE public.pair AS (a int, b text);"
-- CHECK-LABEL: opaque floatrange object_type "range type" dialect postgres text "CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);"
-- CHECK-LABEL: opaque shell object_type "type" dialect postgres text "CREATE TYPE shell;"
-- CHECK-LABEL: table uses {
-- CHECK-NEXT:    column m : user<public.mood> "public.mood"
-- CHECK-NEXT:    column y : user<public.year> "public.year"
-- CHECK-NEXT:    column p : user<public.pair> "public.pair"
-- CHECK-NEXT:    column r : user<floatrange> "floatrange"
-- CHECK-NEXT:  }
