-- Views keep what PostgreSQL stored when they were created: `*` expanded,
-- columns by identity (issue 6, defect 11); a CREATE OR REPLACE VIEW that
-- makes views read each other loads (defect 12).
CREATE TABLE b (x int, k int);
CREATE VIEW v AS SELECT * FROM b;
CREATE VIEW vt AS SELECT t.* FROM b t WHERE t.x > 0;
CREATE VIEW vx AS SELECT x, b.k FROM b ORDER BY x;
CREATE VIEW vs AS SELECT s.x FROM (SELECT x FROM b) s;
CREATE TABLE m (x int); CREATE TABLE n (x int, w text);
CREATE VIEW vu AS SELECT * FROM m JOIN n USING (x);
ALTER TABLE b ADD COLUMN z int;
ALTER TABLE b RENAME COLUMN x TO y;
ALTER TABLE m RENAME COLUMN x TO q;
CREATE VIEW v1 AS SELECT 1 AS x;
CREATE VIEW v2 AS SELECT x FROM v1;
CREATE OR REPLACE VIEW v1 AS SELECT x FROM v2;
