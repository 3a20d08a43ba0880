-- 
-- CHECK: schema public implicit owner postgres comment "Standard public schema"
-- CHECK: enum public.mpaa_rating ["G", "PG"] owner postgres

COMMENT ON SCHEMA public IS 'Standard public schema';
ALTER SCHEMA public OWNER TO postgres;

CREATE TYPE p-- Crafted inh schemac, both must
-- give the same catalog.
SET check_functionlse;
CREATE SCHEMA "Tricky";
SET search_path = "Tricky", public;

-- A foreign-key cycle, a self-reference through a uniublic.mpaa_que indeHECK: enum public.mpaa_rating ["G", "PG"] owner postgres

COMMENT ON SCHEMA public IS 'Standard public schema';
ALTER SCHEMA public OWNER TO postgres;

CREATE TYPE p-- Crafted inh schemac, both must
-- give the same catalog.
SET check_funcra