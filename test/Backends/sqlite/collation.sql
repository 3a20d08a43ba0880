-- SQLite's own collations (binary, nocase, rtrim) are written; any other,
-- PostgreSQL's "C" included, is refused (refused.sql): SQLite has no other
-- collation unless the application registers one.
-- RUN: schemac --target=sqlite %s -o %t.sql
-- RUN: FileCheck %s < %t.sql
-- RUN: rm -f %t.db && sqlite3 -bail %t.db < %t.sql
-- ORACLE: skip "nocase" and "rtrim" are SQLite's collations, not PostgreSQL's

CREATE TABLE t (a text COLLATE "nocase", b text COLLATE rtrim);
CREATE INDEX t_a ON t (a COLLATE "binary" DESC);
-- CHECK:      a text COLLATE nocase,
-- CHECK-NEXT: b text COLLATE rtrim
-- CHECK:      CREATE INDEX t_a ON t (a COLLATE binary DESC);
