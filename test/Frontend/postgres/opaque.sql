-- Statements the IR does not model are kept whole as opaque objects, with
-- the name they define, the object they apply to (trigger/policy/rule ON,
-- GRANT ON, INSERT INTO, ALTER FUNCTION) and the names of other objects of
-- the module they mention, also inside dollar-quoted bodies. Data
-- statements are marked is_data; COPY keeps its data up to \. and a psql
-- meta-command its line. Each gets a warning (groups opaque and data).
-- RUN: schemac --emit=ir -Wno-opaque -Wno-data %s | FileCheck %s
-- RUN: schemac --emit=ir %s 2>&1 >/dev/null | FileCheck %s --check-prefix=WARN

-- WARN: opaque.sql:16:1: warning: CREATE EXTENSION is not modelled; kept as an opaque object [-Wopaque]
-- WARN: opaque.sql:18:1: warning: CREATE FUNCTION is not modelled; kept as an opaque object [-Wopaque]
-- WARN: warning: CREATE TABLE is not modelled; kept as an opaque object [-Wopaque]
-- WARN: warning: psql meta-command is not modelled; kept as an opaque object [-Wopaque]
-- WARN: warning: INSERT is a data statement; kept as an opaque object [-Wdata]

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE TABLE public.film (film_id int, title text, fulltext tsvector);
CREATE FUNCTION public.last_updated() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.last_update = CURRENT_TIMESTAMP;
    RETURN NEW;
END $$;
ALTER FUNCTION public.last_updated() OWNER TO postgres;
CREATE FUNCTION public.film_titles() RETURNS SETOF text LANGUAGE sql
    AS $_$ SELECT title FROM public.film $_$;
CREATE TRIGGER film_fulltext_trigger BEFORE INSERT OR UPDATE ON public.film
    FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger('fulltext', 'pg_catalog.english', 'title');
CREATE TRIGGER last_updated BEFORE UPDATE ON public.film FOR EACH ROW EXECUTE FUNCTION public.last_updated();
CREATE AGGREGATE public.group_concat(text) (SFUNC = textcat, STYPE = text);
CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
CREATE POLICY film_policy ON public.film TO PUBLIC USING (film_id > 0);
CREATE RULE film_rule AS ON INSERT TO public.film DO INSTEAD NOTHING;
CREATE CAST (text AS int) WITH INOUT;
CREATE COLLATION german (provider = icu, locale = 'de');
GRANT SELECT ON TABLE public.film TO PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
DO $$ BEGIN PERFORM 1; END $$;
BEGIN;
COMMIT;
CREATE TABLE film_copy AS SELECT * FROM public.film;
\echo hello
INSERT INTO public.film (film_id, title) VALUES (1, 'Academy Dinosaur'), (2, 'Ace; Goldfinger');
UPDATE public.film SET title = upper(title);
DELETE FROM ONLY public.film WHERE film_id > 100;
COPY public.film (film_id, title) FROM stdin;
3	Adaptation Holes
4	Affair; Prejudice
\.
SELECT count(*) FROM public.film;

-- CHECK-LABEL: opaque pg_trgm object_type "extension" dialect postgres text "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;"
-- CHECK-LABEL: table public.film {
-- CHECK-NEXT:    column film_id : integer "int"
-- CHECK-NEXT:    column title : text "text"
-- CHECK-NEXT:    column fulltext : tsvector "tsvector"
-- CHECK-NEXT:  }
-- CHECK-LABEL: opaque public.last_updated object_type "function" dialect postgres text "CREATE FUNCTION public.last_updated() RETURNS trigger\n    LANGUAGE plpgsql\n    AS $$\nBEGIN\n    NEW.last_update = CURRENT_TIMESTAMP;\n    RETURN NEW;\nEND $$;"
-- CHECK-LABEL: opaque "" object_type "alter function" dialect postgres target public.last_updated text "ALTER FUNCTION public.last_updated() OWNER TO postgres;"
-- CHECK-LABEL: opaque public.film_titles object_type "function" dialect postgres references [public.film] text "CREATE FUNCTION public.film_titles() RETURNS SETOF text LANGUAGE sql\n    AS $_$ SELECT title FROM public.film $_$;"
-- CHECK-LABEL: opaque film_fulltext_trigger object_type "trigger" dialect postgres target public.film text "CREATE TRIGGER film_fulltext_trigger BEFORE INSERT OR UPDATE ON public.film\n    FOR EACH ROW EXECUTE FUNCTION tsvector_update_trigger('fulltext', 'pg_catalog.english', 'title');"
-- CHECK-LABEL: opaque last_updated object_type "trigger" dialect postgres target public.film references [public.last_updated] text "CREATE TRIGGER last_updated BEFORE UPDATE ON public.film FOR EACH ROW EXECUTE FUNCTION public.last_updated();"
-- CHECK-LABEL: opaque public.group_concat object_type "aggregate" dialect postgres text "CREATE AGGREGATE public.group_concat(text) (SFUNC = textcat, STYPE = text);"
-- CHECK-LABEL: opaque p object_type "procedure" dialect postgres text "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;"
-- CHECK-LABEL: opaque film_policy object_type "policy" dialect postgres target public.film text "CREATE POLICY film_policy ON public.film TO PUBLIC USING (film_id > 0);"
-- CHECK-LABEL: opaque film_rule object_type "rule" dialect postgres target public.film text "CREATE RULE film_rule AS ON INSERT TO public.film DO INSTEAD NOTHING;"
-- CHECK-LABEL: opaque "" object_type "cast" dialect postgres text "CREATE CAST (text AS int) WITH INOUT;"
-- CHECK-LABEL: opaque german object_type "collation" dialect postgres text "CREATE COLLATION german (provider = icu, locale = 'de');"
-- CHECK-LABEL: opaque "" object_type "grant" dialect postgres target public.film text "GRANT SELECT ON TABLE public.film TO PUBLIC;"
-- CHECK-LABEL: opaque "" object_type "revoke" dialect postgres target public text "REVOKE ALL ON SCHEMA public FROM PUBLIC;"
-- CHECK-LABEL: opaque "" object_type "do" dialect postgres text "DO $$ BEGIN PERFORM 1; END $$;"
-- CHECK-LABEL: opaque "" object_type "transaction control" dialect postgres text "BEGIN;"
-- CHECK-LABEL: opaque "" object_type "transaction control" dialect postgres text "COMMIT;"
-- CHECK-LABEL: opaque film_copy object_type "table" dialect postgres references [public.film] text "CREATE TABLE film_copy AS SELECT * FROM public.film;"
-- CHECK-LABEL: opaque "" object_type "psql meta-command" dialect postgres text "\\echo hello"
-- CHECK-LABEL: opaque "" object_type "insert" dialect postgres target public.film is_data text "INSERT INTO public.film (film_id, title) VALUES (1, 'Academy Dinosaur'), (2, 'Ace; Goldfinger');"
-- CHECK-LABEL: opaque "" object_type "update" dialect postgres target public.film is_data text "UPDATE public.film SET title = upper(title);"
-- CHECK-LABEL: opaque "" object_type "delete" dialect postgres target public.film is_data text "DELETE FROM ONLY public.film WHERE film_id > 100;"
-- CHECK-LABEL: opaque "" object_type "copy" dialect postgres target public.film is_data text "COPY public.film (film_id, title) FROM stdin;\n3\tAdaptation Holes\n4\tAffair; Prejudice\n\\."
-- CHECK-LABEL: opaque "" object_type "select" dialect postgres references [public.film] is_data text "SELECT count(*) FROM public.film;"
