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
