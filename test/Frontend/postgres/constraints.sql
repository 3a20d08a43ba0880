-- Column and table constraints: PRIMARY KEY, UNIQUE (NULLS NOT DISTINCT,
-- INCLUDE, WITH, USING INDEX TABLESPACE), CHECK (NO INHERIT), FOREIGN KEY
-- (MATCH, actions incl. SET NULL (cols), DEFERRABLE), EXCLUDE with WHERE,
-- and PostgreSQL 18 temporal keys. Column constraints keep their column.
-- RUN: schemac --emit=ir %s | FileCheck %s
-- ORACLE: skip needs the btree_gist extension (EXCLUDE USING gist on integers)

CREATE TABLE p (
    id integer CONSTRAINT p_pk PRIMARY KEY USING INDEX TABLESPACE pg_default,
    code text UNIQUE NULLS NOT DISTINCT,
    a int, b int,
    CONSTRAINT p_ab UNIQUE (a, b) INCLUDE (code) WITH (fillfactor = 90),
    CONSTRAINT p_a_pos CHECK (a > 0) NO INHERIT,
    CHECK (b <> a)
);

CREATE TABLE c (
    id int PRIMARY KEY,
    pid int REFERENCES p ON DELETE CASCADE,
    pa int, pb int,
    other int CONSTRAINT c_other_fk REFERENCES p (id) MATCH SIMPLE
        ON UPDATE SET DEFAULT DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT c_ab_fk FOREIGN KEY (pa, pb) REFERENCES p (a, b) MATCH FULL
        ON DELETE SET NULL (pa) ON UPDATE RESTRICT NOT DEFERRABLE INITIALLY IMMEDIATE,
    FOREIGN KEY (pid) REFERENCES c (id) ON DELETE NO ACTION
);

CREATE TABLE circles (
    c circle,
    r int,
    EXCLUDE USING gist (c WITH &&, (r + 1) WITH OPERATOR(pg_catalog.=)) WHERE (r > 0)
);

CREATE TABLE temporal (
    id int,
    valid_at daterange,
    CONSTRAINT temporal_pk PRIMARY KEY (id, valid_at WITHOUT OVERLAPS)
);

CREATE TABLE temporal_ref (
    id int,
    valid_at daterange,
    FOREIGN KEY (id, PERIOD valid_at) REFERENCES temporal (id, PERIOD valid_at)
);

-- CHECK-LABEL: table p {
-- CHECK-NEXT:    column id : integer "integer"
-- CHECK-NEXT:    column code : text "text"
-- CHECK-NEXT:    column a : integer "int"
-- CHECK-NEXT:    column b : integer "int"
-- CHECK-NEXT:    constraint p_pk primary_key [id] column_level id index_tablespace pg_default
-- CHECK-NEXT:    constraint p_code_key unique generated_name [code] column_level code nulls_not_distinct
-- CHECK-NEXT:    constraint p_ab unique [a, b] include [code] index_with [fillfactor = "90"]
-- CHECK-NEXT:    constraint p_a_pos check (binary ">" (col a) (lit int 0)) no_inherit
-- CHECK-NEXT:    constraint p_check check generated_name (binary "<>" (col b) (col a))
-- CHECK-NEXT:  }
-- CHECK-LABEL: table c {
-- CHECK-NEXT:    column id : integer "int"
-- CHECK-NEXT:    column pid : integer "int"
-- CHECK-NEXT:    column pa : integer "int"
-- CHECK-NEXT:    column pb : integer "int"
-- CHECK-NEXT:    column other : integer "int"
-- CHECK-NEXT:    constraint c_pkey primary_key generated_name [id] column_level id
-- CHECK-NEXT:    constraint c_pid_fkey foreign_key generated_name [pid] column_level pid references p on_delete cascade
-- CHECK-NEXT:    constraint c_other_fk foreign_key [other] column_level other references p [id] on_update set_default match simple deferrable initially_deferred
-- CHECK-NEXT:    constraint c_ab_fk foreign_key [pa, pb] references p [a, b] on_delete set_null on_update restrict on_delete_columns [pa] match full not_deferrable initially_immediate
-- CHECK-NEXT:    constraint c_pid_fkey1 foreign_key generated_name [pid] references c [id] on_delete no_action
-- CHECK-NEXT:  }
-- CHECK-LABEL: table circles {
-- CHECK-NEXT:    column c : dialect<circle> "circle"
-- CHECK-NEXT:    column r : integer "int"
-- CHECK-NEXT:    constraint circles_c_expr_excl exclusion generated_name using gist exclude [c with "&&", (binary "+" (col r) (lit int 1)) with "OPERATOR(pg_catalog.=)"] where (binary ">" (col r) (lit int 0))
-- CHECK-NEXT:  }
-- CHECK-LABEL: table temporal {
-- CHECK-NEXT:    column id : integer "int"
-- CHECK-NEXT:    column valid_at : dialect<daterange> "daterange"
-- CHECK-NEXT:    constraint temporal_pk primary_key [id, valid_at] without_overlaps
-- CHECK-NEXT:  }
-- CHECK-LABEL: table temporal_ref {
-- CHECK-NEXT:    column id : integer "int"
-- CHECK-NEXT:    column valid_at : dialect<daterange> "daterange"
-- CHECK-NEXT:    constraint temporal_ref_id_valid_at_fkey foreign_key generated_name [id, valid_at] references temporal [id, valid_at] period
-- CHECK-NEXT:  }
