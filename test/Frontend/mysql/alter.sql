-- ALTER TABLE: ADD/DROP/MODIFY/CHANGE COLUMN (a column redefined in place,
-- FIRST/AFTER moving it), keys and indexes added and dropped by their
-- table's names, RENAME COLUMN/INDEX/TABLE; CREATE INDEX, DROP INDEX ... ON,
-- RENAME TABLE; DISABLE KEYS changes nothing.
-- RUN: schemac --from=mysql --emit=ir %s | FileCheck %s

CREATE TABLE t (a int NOT NULL, b varchar(10), c int, PRIMARY KEY (a), KEY ix (b));
CREATE TABLE u (x int PRIMARY KEY, y int, KEY ix (y));
ALTER TABLE t ADD COLUMN d date AFTER a, ADD e int FIRST, MODIFY b varchar(20) NOT NULL DEFAULT 'z', CHANGE COLUMN c cc bigint unsigned COMMENT 'renamed';
ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (e) REFERENCES u (x), ADD UNIQUE KEY uq (d), ADD INDEX ix2 (cc);
ALTER TABLE t DROP INDEX ix, RENAME INDEX ix2 TO ix3, DISABLE KEYS;
ALTER TABLE u RENAME INDEX ix TO ux;
CREATE UNIQUE INDEX ub ON t (b(5));
DROP INDEX uq ON t;
ALTER TABLE t DROP PRIMARY KEY, ALTER COLUMN b DROP DEFAULT, RENAME COLUMN d TO dd;
RENAME TABLE u TO v;
ALTER TABLE v RENAME TO w;
-- CHECK-LABEL: table t {
-- CHECK-NEXT:   column e : integer "int"
-- CHECK-NEXT:   column a : integer "int" not_null
-- CHECK-NEXT:   column dd : date "date"
-- CHECK-NEXT:   column b : varchar(20) "varchar(20)" not_null
-- CHECK-NEXT:   column cc : bigint "bigint unsigned" comment "renamed"
-- CHECK-NEXT:   constraint fk foreign_key [e] added_by_alter references w [x]
-- CHECK-NEXT: }
-- CHECK-NEXT: table w {
-- CHECK-NEXT:   column x : integer "int"
-- CHECK-NEXT:   column y : integer "int"
-- CHECK-NEXT:   constraint primary_key [x] column_level x
-- CHECK-NEXT: }
-- CHECK-NEXT: index u_ix on w [y] attributes ["mysql.name" = "ux"]
-- CHECK-NEXT: index ix3 on t [cc]
-- CHECK-NEXT: index ub on t unique [(call substr (col b) (lit int 1) (lit int 5))] attributes ["mysql.key_parts" = "(b(5))"]
