-- Keys with the same index added by ALTER TABLE stay two indexes (issue 6,
-- defect 6).
CREATE TABLE t (id int);
ALTER TABLE ONLY t ADD CONSTRAINT t_id_key UNIQUE (id);
ALTER TABLE ONLY t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE TABLE u (a int, b int);
ALTER TABLE ONLY u ADD CONSTRAINT u_one UNIQUE (a, b);
ALTER TABLE ONLY u ADD CONSTRAINT u_two UNIQUE (a, b);
-- Within one CREATE TABLE PostgreSQL merges them: one index.
CREATE TABLE v (a int UNIQUE PRIMARY KEY, b int UNIQUE, UNIQUE (b));
