-- Generated names keep the table and column names of their creation
-- (issue 6, defect 3).
CREATE TABLE a (id serial PRIMARY KEY, x int UNIQUE, y int REFERENCES a (id),
                n int CHECK (n > 0), g int GENERATED ALWAYS AS IDENTITY);
CREATE INDEX ON a (n);
ALTER TABLE a RENAME TO b;
ALTER TABLE b RENAME COLUMN x TO z;
ALTER TABLE b RENAME COLUMN n TO m;
ALTER TABLE b ADD UNIQUE (m);
