-- DROP FUNCTION removes the opaque function and what PostgreSQL drops with
-- it: ALTER FUNCTION .. OWNER, COMMENT ON FUNCTION and GRANT .. ON FUNCTION
-- always; with CASCADE also an aggregate built from it and a view calling it.
-- Without CASCADE those dependents are an error (see errors.sql).
-- RUN: schemac --emit=ir -Wno-opaque %s | FileCheck %s

CREATE FUNCTION _cat(text, text) RETURNS text LANGUAGE sql AS $$SELECT $1 || $2$$;
ALTER FUNCTION public._cat(text, text) OWNER TO postgres;
COMMENT ON FUNCTION _cat(text, text) IS 'concatenates';
GRANT EXECUTE ON FUNCTION _cat(text, text) TO PUBLIC;
CREATE AGGREGATE cat(text) (SFUNC = _cat, STYPE = text);
ALTER AGGREGATE public.cat(text) OWNER TO postgres;
CREATE TABLE t (s text);
CREATE VIEW joined AS SELECT cat(s) AS all_s FROM t;
CREATE FUNCTION kept() RETURNS int LANGUAGE sql AS $$SELECT 1$$;
ALTER FUNCTION kept() OWNER TO postgres;

DROP FUNCTION _cat(text, text) CASCADE;

-- CHECK-LABEL: table t {
-- CHECK-NEXT:    column s : text "text"
-- CHECK-NEXT:  }
-- CHECK-NEXT:  opaque kept object_type "function"
-- CHECK-NEXT:  opaque "" object_type "alter function" dialect postgres target kept
-- CHECK-NOT: {{^(table|view|opaque)}}
