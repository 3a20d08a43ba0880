CREATE TABLE t (a int CHECK (INTERVAL '3' HOUR > '0'::interval));
