-- RUN: schemac %s | FileCheck %s
CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO t VALUES (1, 'x');
