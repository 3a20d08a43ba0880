CREATE TABLE t (a int);
-- -----
CREATE TABLE t (b text);
