-- Names PostgreSQL generates, referenced by later statements (issue 6,
-- defect 2).
CREATE TABLE u (a text UNIQUE, b text, c text, UNIQUE (b, c));
ALTER TABLE u DROP CONSTRAINT u_a_key;
ALTER TABLE u DROP CONSTRAINT u_b_c_key;
CREATE TABLE t (id int PRIMARY KEY, y int REFERENCES t, z int CHECK (z > 0));
ALTER INDEX t_pkey RENAME TO t_pk2;
ALTER TABLE t RENAME CONSTRAINT t_y_fkey TO t_fk;
ALTER TABLE t DROP CONSTRAINT t_z_check;
COMMENT ON CONSTRAINT t_pk2 ON t IS 'renamed key';
CREATE TABLE s (id serial, v int);
ALTER SEQUENCE s_id_seq INCREMENT 2 MAXVALUE 1000;
CREATE INDEX ON s (v);
ALTER INDEX s_v_idx RENAME TO s_v_index;
-- Conflicts: the second UNIQUE on the same column is a second index.
CREATE TABLE w (a int, b int);
CREATE TABLE w_a_key (x int);
ALTER TABLE w ADD UNIQUE (a);
ALTER TABLE w ADD CHECK (b > 0);
ALTER TABLE w ADD CHECK (b < 100);
ALTER TABLE w DROP CONSTRAINT w_b_check1;
ALTER TABLE w DROP CONSTRAINT w_a_key1;
-- 63-byte truncation.
CREATE TABLE a_table_with_a_rather_long_name_that_goes_on_and_on_and_on (
  a_column_with_a_rather_long_name_too int PRIMARY KEY,
  another_column_with_a_long_name int UNIQUE);
ALTER TABLE a_table_with_a_rather_long_name_that_goes_on_and_on_and_on
  DROP CONSTRAINT a_table_with_a_rather_long_na_another_column_with_a_long_na_key;
