-- DROP removes objects. CASCADE also removes what depends on them the way
-- PostgreSQL does (foreign keys of other tables, inheritance children,
-- views over views, columns of a dropped type or domain, a schema's
-- objects); indexes, owned sequences and triggers go with their table even
-- without CASCADE. DROP FUNCTION removes the opaque function. (RESTRICT
-- with dependents is an error: see errors.sql.)
-- RUN: schemac --emit=ir -Wno-opaque %s | FileCheck %s

CREATE TYPE kind AS ENUM ('a', 'b');
CREATE DOMAIN pos AS int CHECK (VALUE > 0);
CREATE TABLE parent (id int PRIMARY KEY, k kind);
CREATE TABLE child (id int, parent_id int REFERENCES parent, p pos);
CREATE TABLE heir (extra int) INHERITS (parent);
CREATE SEQUENCE parent_seq OWNED BY parent.id;
CREATE INDEX parent_k ON parent (k);
CREATE VIEW v AS SELECT id FROM parent;
CREATE VIEW vv AS SELECT id FROM v;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER parent_touch BEFORE UPDATE ON parent FOR EACH ROW EXECUTE FUNCTION touch();
CREATE SCHEMA scratch;
CREATE TABLE scratch.tmp (x int);
CREATE TABLE lonely (x int);

-- CASCADE takes the foreign key of child, the inheritance child, the views
-- and the column of type kind along; the index, the owned sequence and the
-- trigger go with the table anyway.
DROP TABLE parent CASCADE;
DROP TYPE kind;
DROP DOMAIN pos CASCADE;
DROP SCHEMA scratch CASCADE;
DROP TABLE IF EXISTS lonely, nowhere;
DROP VIEW IF EXISTS v;
DROP FUNCTION touch();
DROP INDEX IF EXISTS parent_k;

-- CHECK-LABEL: table child {
-- CHECK-NEXT:    column id : integer "int"
-- CHECK-NEXT:    column parent_id : integer "int"
-- CHECK-NEXT:  }
-- CHECK-NOT: {{^(table|view|index|sequence|enum|domain|schema|opaque)}}
