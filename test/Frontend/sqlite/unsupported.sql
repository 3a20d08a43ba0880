-- What the IR does not model in a statement it parses keeps the whole
-- statement as an opaque object, with a warning naming it; nothing is lost.
-- RUN: schemac --from=sqlite --emit=ir %s --verify-diagnostics
-- RUN: schemac --from=sqlite --emit=ir -w %s | FileCheck %s
-- RUN: schemac --from=sqlite --target=sqlite -w %s | FileCheck %s --check-prefix=DDL

-- expected-warning@+1 {{ON CONFLICT is not modelled; the statement is kept as an opaque object}}
CREATE TABLE a (x INTEGER PRIMARY KEY ON CONFLICT REPLACE, y TEXT);
CREATE TABLE c (k INT, v TEXT);
-- expected-warning@+1 {{CREATE TABLE ... AS is not modelled; the statement is kept as an opaque object}}
CREATE TABLE d AS SELECT 1 AS one;
-- expected-warning@+1 {{the BLOB literal X'00ff' is not modelled; the statement is kept as an opaque object}}
CREATE TABLE e (b BLOB DEFAULT X'00ff');
-- expected-warning@+1 {{PRIMARY KEY DESC is not modelled; the statement is kept as an opaque object}}
CREATE TABLE f (id INTEGER PRIMARY KEY DESC);
-- expected-warning@+1 {{a key column with an order, a collation or an expression is not modelled; the statement is kept as an opaque object}}
CREATE TABLE g (a TEXT, b TEXT, PRIMARY KEY (a COLLATE NOCASE, b));
-- expected-warning@+1 {{MATCH FULL is not modelled; the statement is kept as an opaque object}}
CREATE TABLE h (a INT REFERENCES c (k) MATCH FULL);
-- expected-warning@+1 {{the query of view 'v' is not modelled; the statement is kept as an opaque object}}
CREATE VIEW v AS SELECT k FROM c WHERE v GLOB 'x*';

-- CHECK: opaque a object_type "create table" dialect sqlite text "CREATE TABLE a (x INTEGER PRIMARY KEY ON CONFLICT REPLACE, y TEXT);"
-- CHECK: opaque v object_type "create view" dialect sqlite text "CREATE VIEW v AS SELECT k FROM c WHERE v GLOB 'x*';"

-- DDL: CREATE TABLE a (x INTEGER PRIMARY KEY ON CONFLICT REPLACE, y TEXT);
-- DDL: CREATE TABLE d AS SELECT 1 AS one;
