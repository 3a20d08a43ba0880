-- CREATE SEQUENCE options (AS, INCREMENT, MINVALUE/MAXVALUE, NO ..., START,
-- CACHE, CYCLE, OWNED BY) and ALTER SEQUENCE / ALTER TABLE on a sequence
-- (OWNED BY, option changes, RENAME, OWNER TO).
-- RUN: schemac --emit=ir %s | FileCheck %s
-- ORACLE: skip needs role bob

CREATE SEQUENCE public.s1
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TEMP SEQUENCE IF NOT EXISTS s2 AS smallint INCREMENT -2 MINVALUE -100 MAXVALUE 100 START 10 CYCLE;

CREATE TABLE t (id int NOT NULL, other int);
CREATE SEQUENCE s3 OWNED BY t.other;

ALTER TABLE public.s1 OWNER TO postgres;
ALTER SEQUENCE public.s1 OWNED BY public.t.id;
ALTER SEQUENCE s2 NO CYCLE MAXVALUE 50 RESTART WITH 5;
ALTER SEQUENCE s3 OWNED BY NONE;
ALTER SEQUENCE s3 RENAME TO s4;
ALTER SEQUENCE s4 OWNER TO bob;

-- CHECK-LABEL: sequence public.s1 start 1 increment 1 no_minvalue no_maxvalue cache 1 owned_by public.t(id) owner postgres
-- CHECK-LABEL: sequence s2 temporary if_not_exists as smallint "smallint" start 10 increment -2 minvalue -100 maxvalue 50 no_cycle
-- CHECK-LABEL: table t {
-- CHECK-NEXT:    column id : integer "int" not_null
-- CHECK-NEXT:    column other : integer "int"
-- CHECK-NEXT:  }
-- CHECK-LABEL: sequence s4 owned_by_none owner bob
