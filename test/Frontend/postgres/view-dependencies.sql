-- Changes that PostgreSQL refuses because a view reads the column (found by
-- the binder, also through `*`), and a view that reads itself (it does not
-- exist yet when it is created). Checked against PostgreSQL 15.
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %s
CREATE TABLE c (x int, y int);
CREATE VIEW vc AS SELECT x FROM c;
CREATE VIEW vcs AS SELECT * FROM c;
-- expected-error@+3 {{cannot alter type of a column used by a view or rule}}
-- expected-note@-3 {{view 'vc' depends on column 'x'}}
-- expected-note@-3 {{view 'vcs' depends on column 'x'}}
ALTER TABLE c ALTER COLUMN x TYPE text;
-- expected-error@+2 {{cannot drop column 'c.y' because other objects depend on it}}
-- expected-note@-6 {{view 'vcs' depends on column 'y'}}
ALTER TABLE c DROP COLUMN y;
-- expected-error@+1 {{relation 'vself' does not exist}}
CREATE VIEW vself AS SELECT * FROM vself;
