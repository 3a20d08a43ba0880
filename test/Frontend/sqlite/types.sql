-- Declared types: the names SQLite's type table knows and the rest by
-- SQLite's affinity rules, each kept as written; what they become in the
-- IR (and so in PostgreSQL, which the SQLite-to-PostgreSQL oracle checks
-- against its own reading of the rules).
-- RUN: schemac --from=sqlite --emit=ir %s | FileCheck %s

CREATE TABLE typed (
    a INT, b INTEGER, c TINYINT, d SMALLINT, e MEDIUMINT, f BIGINT,
    g UNSIGNED BIG INT, h INT2, i INT8, j INTEGER UNSIGNED,
    k CHARACTER(20), l VARCHAR(255), m VARYING CHARACTER(255), n NCHAR(55),
    o NATIVE CHARACTER(70), p NVARCHAR(100), q TEXT, r CLOB, s VARCHAR,
    t BLOB, u REAL, v DOUBLE, w DOUBLE PRECISION, x FLOAT,
    y NUMERIC, z DECIMAL(10,5), aa BOOLEAN, ab DATE, ac DATETIME,
    ad TIMESTAMP, ae STRING, af CHARINT, ag FLOATING POINT, ah "my type",
    ai JSON, aj UUID, ak TIME,
    al INTEGER NOT NULL DEFAULT 0 CHECK (al >= 0),
    am TEXT DEFAULT 'x' NOT NULL,
    an REAL GENERATED ALWAYS AS (u * 2) STORED,
    CONSTRAINT typed_pk PRIMARY KEY (b),
    UNIQUE (k, l)
);
-- CHECK-LABEL: table typed {
-- CHECK-NEXT:   column a : integer "INT"
-- CHECK-NEXT:   column b : integer "INTEGER"
-- CHECK-NEXT:   column c : smallint "TINYINT"
-- CHECK-NEXT:   column d : smallint "SMALLINT"
-- CHECK-NEXT:   column e : integer "MEDIUMINT"
-- CHECK-NEXT:   column f : bigint "BIGINT"
-- CHECK-NEXT:   column g : bigint "UNSIGNED BIG INT"
-- CHECK-NEXT:   column h : smallint "INT2"
-- CHECK-NEXT:   column i : bigint "INT8"
-- CHECK-NEXT:   column j : bigint "INTEGER UNSIGNED"
-- CHECK-NEXT:   column k : char(20) "CHARACTER(20)"
-- CHECK-NEXT:   column l : varchar(255) "VARCHAR(255)"
-- CHECK-NEXT:   column m : varchar(255) "VARYING CHARACTER(255)"
-- CHECK-NEXT:   column n : char(55) "NCHAR(55)"
-- CHECK-NEXT:   column o : char(70) "NATIVE CHARACTER(70)"
-- CHECK-NEXT:   column p : varchar(100) "NVARCHAR(100)"
-- CHECK-NEXT:   column q : text "TEXT"
-- CHECK-NEXT:   column r : text "CLOB"
-- CHECK-NEXT:   column s : varchar "VARCHAR"
-- CHECK-NEXT:   column t : binary "BLOB"
-- CHECK-NEXT:   column u : double "REAL"
-- CHECK-NEXT:   column v : double "DOUBLE"
-- CHECK-NEXT:   column w : double "DOUBLE PRECISION"
-- CHECK-NEXT:   column x : double "FLOAT"
-- CHECK-NEXT:   column y : decimal "NUMERIC"
-- CHECK-NEXT:   column z : decimal(10, 5) "DECIMAL(10,5)"
-- CHECK-NEXT:   column aa : boolean "BOOLEAN"
-- CHECK-NEXT:   column ab : date "DATE"
-- CHECK-NEXT:   column ac : timestamp "DATETIME"
-- CHECK-NEXT:   column ad : timestamp "TIMESTAMP"
-- CHECK-NEXT:   column ae : decimal "STRING"
-- CHECK-NEXT:   column af : bigint "CHARINT"
-- CHECK-NEXT:   column ag : bigint "FLOATING POINT"
-- CHECK-NEXT:   column ah : decimal "my type"
-- CHECK-NEXT:   column ai : json "JSON"
-- CHECK-NEXT:   column aj : uuid "UUID"
-- CHECK-NEXT:   column ak : time "TIME"

-- A string literal names a table too (SQLite's virtual tables make their
-- shadow tables so).
CREATE TABLE 'string name'(id INTEGER PRIMARY KEY, "x y" BLOB);
-- CHECK-LABEL: table "string name" {
-- CHECK-NEXT:   column id : integer "INTEGER"
-- CHECK-NEXT:   column "x y" : binary "BLOB"
