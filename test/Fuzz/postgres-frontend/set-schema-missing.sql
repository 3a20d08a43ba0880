-- Column references in viehe search_path changes.
CREATE SCHEMA s;
CREATE TABLE t (id serial PRIMARY KEY);
ALTER TABLE t RENAME TO u;
ALTER TABLE u SET SCHEMA s;
ALTER TABLE s.u SET SCHEMA q;
CREATE SEQUENCE q;
CREATE TABLE v (id int DEFAULT nextval('q'));
SET search_path = swwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww