-- CREATE [UNIQUE] INDEX: CONCURRENTLY, IF NOT EXISTS, ON ONLY, USING,
-- expression and function keys, COLLATE, operator classes with parameters,
-- ASC/DESC, NULLS FIRST/LAST, INCLUDE, NULLS NOT DISTINCT, WITH, TABLESPACE,
-- WHERE; an unnamed index; the index lives in its table's schema.
-- RUN: schemac --emit=ir -Wno-opaque -Wno-unknown-type %s | FileCheck %s
-- ORACLE: skip needs the pgvector extension

CREATE SCHEMA s;
CREATE TABLE s.t (a text, b int, c int, v public.vector);
CREATE EXTENSION vector;

CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_ab ON ONLY s.t USING btree
    (lower(a) COLLATE "C" text_pattern_ops DESC NULLS LAST, (b + c), b ASC NULLS FIRST)
    INCLUDE (c) NULLS NOT DISTINCT WITH (fillfactor = 70, deduplicate_items = off)
    TABLESPACE pg_default WHERE b > 0 AND c IS NOT NULL;

CREATE INDEX ON s.t (c);

CREATE INDEX t_hnsw ON s.t USING hnsw (v public.vector_cosine_ops);

CREATE INDEX t_trgm ON s.t USING gist (a gist_trgm_ops (siglen = 32));

-- CHECK-LABEL: schema s
-- CHECK-LABEL: table s.t {
-- CHECK-NEXT:    column a : text "text"
-- CHECK-NEXT:    column b : integer "int"
-- CHECK-NEXT:    column c : integer "int"
-- CHECK-NEXT:    column v : user<public.vector> "public.vector"
-- CHECK-NEXT:  }
-- CHECK-LABEL: opaque vector object_type "extension" dialect postgres text "CREATE EXTENSION vector;"
-- CHECK-LABEL: index s.t_ab on s.t unique concurrently if_not_exists only nulls_not_distinct using btree [(call lower (col a)) collate C opclass text_pattern_ops desc nulls_last, (binary "+" (col b) (col c)), b asc nulls_first] include [c] where (binary "AND" (binary ">" (col b) (lit int 0)) (is (col c) not null)) with [fillfactor = "70", deduplicate_items = "off"] tablespace pg_default
-- CHECK-LABEL: index s.t_c_idx on s.t generated_name [c]
-- CHECK-LABEL: index s.t_hnsw on s.t using hnsw [v opclass public.vector_cosine_ops]
-- CHECK-LABEL: index s.t_trgm on s.t using gist [a opclass gist_trgm_ops opclass_params [siglen = "32"]]
