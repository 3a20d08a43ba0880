-- A search_path none of whose schemas exists leaves nowhere to create an
-- unqualified object in, as on PostgreSQL (issue 6); a qualified name and
-- an index (which goes to its table's schema) are fine.
-- RUN: schemac --verify-diagnostics %s -o /dev/null

CREATE TABLE t (id int);
SET search_path = nosuch, other;
-- expected-error@+1 {{no schema has been selected to create in}}
CREATE TABLE u (id int);
CREATE TABLE public.w (id int);
CREATE INDEX w_i ON public.w (id);

-- SET SCHEMA to a schema nothing creates is refused where it is written, as
-- PostgreSQL refuses it (the table and its serial's sequence stayed; the
-- DDL written put them in a schema it never created).
SET search_path = public;
CREATE TABLE m (id serial PRIMARY KEY);
-- expected-error@+1 {{schema 'q' does not exist}}
ALTER TABLE m SET SCHEMA q;
-- expected-error@+1 {{schema 'q' does not exist}}
ALTER SEQUENCE m_id_seq SET SCHEMA q;
