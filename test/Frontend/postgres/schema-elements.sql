-- CREATE SCHEMA with schema elements (issue 6, defect 1): each element is
-- created in the new schema, in the order PostgreSQL 15 runs them
-- (sequences, tables, views, indexes), and the elements' unqualified names
-- of relations created by the statement refer to the new schema.
-- RUN: schemac --emit=ddl -Wno-opaque %S/Inputs/schema-elements.sql | FileCheck %s
-- RUN: schemac --emit=ir -o /dev/null --verify-diagnostics %s

-- CHECK:      CREATE SCHEMA s;
-- CHECK:      CREATE SEQUENCE s.q;
-- CHECK:      CREATE TABLE s.t (
-- CHECK-NEXT:     id int PRIMARY KEY,
-- CHECK-NEXT:     p int REFERENCES s.t,
-- CHECK-NEXT:     n int DEFAULT nextval('s.q')
-- CHECK:      CREATE VIEW s.v AS
-- CHECK-NEXT: SELECT id,
-- CHECK-NEXT:     p
-- CHECK-NEXT: FROM s.t
-- CHECK:      CREATE INDEX t_p_idx ON s.t (p);
-- The schema s2's view reads s2.u and the t of the search path.
-- CHECK:      CREATE SCHEMA s2;
-- CHECK:      CREATE TABLE s2.u (
-- CHECK:      CREATE VIEW s2.w AS
-- CHECK-NEXT: SELECT a,
-- CHECK-NEXT:     x
-- CHECK-NEXT: FROM s2.u, t;

-- expected-error@+1 {{CREATE specifies a schema ('public') different from the one being created ('e1')}}
CREATE SCHEMA e1 CREATE TABLE public.t (id int);

-- expected-error@+1 {{CREATE SCHEMA IF NOT EXISTS cannot include schema elements}}
CREATE SCHEMA IF NOT EXISTS e2 CREATE TABLE t (id int);

-- expected-error@+1 {{GRANT is not allowed as a schema element of CREATE SCHEMA}}
CREATE SCHEMA e3 CREATE TABLE t (id int) GRANT SELECT ON t TO public;

-- expected-error@+1 {{CREATE DOMAIN is not allowed as a schema element of CREATE SCHEMA}}
CREATE SCHEMA e4 CREATE DOMAIN d AS int;

-- An element with an error fails the whole statement.
-- expected-error@+1 {{syntax error at or near 'int'}}
CREATE SCHEMA e5 CREATE TABLE t (id int int);
