-- A SQLite module written for MariaDB: a column without a declared type
-- holds values of any type in SQLite; MariaDB's is LONGTEXT (VARCHAR(255) in
-- a key), with a warning. Declared types map by their neutral kind.
-- RUN: schemac --from=sqlite --target=mariadb %s --verify-diagnostics
-- RUN: schemac --from=sqlite --target=mariadb -w %s -o - | FileCheck %s

-- expected-warning@+4 {{column 'misc' of table 't' uses a column without a declared type, which MariaDB does not keep exactly}}
-- expected-note@+3 {{in the MariaDB output: written as LONGTEXT: SQLite keeps values of any type in it, MariaDB text only}}
-- expected-warning@+2 {{column 'k' of table 't' uses a key on a column of type unknown, which MariaDB does not keep exactly}}
-- expected-note@+1 {{in the MariaDB output: the column is written as VARCHAR(255): InnoDB keys hold at most 3072 bytes, so longer values are refused}}
CREATE TABLE t (id INTEGER PRIMARY KEY, misc, k, n NVARCHAR(20), UNIQUE (k));
-- CHECK:      CREATE TABLE t (
-- CHECK-NEXT:     id int,
-- CHECK-NEXT:     misc longtext,
-- CHECK-NEXT:     k varchar(255),
-- CHECK-NEXT:     n varchar(20),
