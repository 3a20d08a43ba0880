-- Views keep what PostgreSQL stored when they were created (issue 6,
-- defect 11): `*` stands for the columns the relation had then, so it is
-- expanded before a column is added or renamed; a renamed column is read
-- under its new name and keeps its old output name (`b.y AS x`), and a
-- USING join column keeps its name through the scan's column aliases
-- (`m m(x)`), as pg_get_viewdef prints them. test/Conformance/
-- view-changes.test compares the catalogs on PostgreSQL.
-- RUN: schemac --emit=ddl %s | FileCheck %s

CREATE TABLE b (x int, k int);
CREATE VIEW v AS SELECT * FROM b;
CREATE VIEW vt AS SELECT t.* FROM b t WHERE t.x > 0;
CREATE VIEW vx AS SELECT x, b.k FROM b ORDER BY x;
CREATE VIEW vs AS SELECT s.x FROM (SELECT x FROM b) s;
CREATE VIEW vkeep AS SELECT k FROM b;
CREATE TABLE m (x int);
CREATE TABLE n (x int, w text);
CREATE VIEW vu AS SELECT * FROM m JOIN n USING (x);
ALTER TABLE b ADD COLUMN z int;
ALTER TABLE b RENAME COLUMN x TO y;
ALTER TABLE m RENAME COLUMN x TO q;

-- CHECK-LABEL: CREATE VIEW v AS
-- CHECK-NEXT:  SELECT b.y AS x,
-- CHECK-NEXT:      b.k
-- CHECK-NEXT:  FROM b;
-- CHECK-LABEL: CREATE VIEW vt AS
-- CHECK-NEXT:  SELECT t.y AS x,
-- CHECK-NEXT:      t.k
-- CHECK-NEXT:  FROM b t
-- CHECK-NEXT:  WHERE t.y > 0;
-- CHECK-LABEL: CREATE VIEW vx AS
-- CHECK-NEXT:  SELECT y AS x,
-- CHECK-NEXT:      b.k
-- CHECK-NEXT:  FROM b
-- CHECK-NEXT:  ORDER BY x;
-- CHECK-LABEL: CREATE VIEW vs AS
-- CHECK-NEXT:  SELECT s.x
-- CHECK-NEXT:  FROM (SELECT y AS x
-- CHECK-NEXT:      FROM b) s;
-- CHECK-LABEL: CREATE VIEW vkeep AS
-- CHECK-NEXT:  SELECT k
-- CHECK-NEXT:  FROM b;
-- CHECK-LABEL: CREATE VIEW vu AS
-- CHECK-NEXT:  SELECT m.x,
-- CHECK-NEXT:      n.w
-- CHECK-NEXT:  FROM m m(x)
-- CHECK-NEXT:      JOIN n USING (x);
