-- ALTER COLUMN TYPE of a serial column keeps its sequence and default
-- (issue 6, defect 5).
CREATE TABLE t (id serial PRIMARY KEY, n smallserial, d bigserial);
ALTER TABLE t ALTER COLUMN id TYPE bigint;
ALTER TABLE t ALTER COLUMN n DROP DEFAULT;
ALTER TABLE t ALTER COLUMN d DROP NOT NULL;
