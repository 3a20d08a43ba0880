-- Where MariaDB 10.11 and MySQL 8.0 differ, one backend writes each its
-- own way: MariaDB has UUID and INET6, sequences (mariadb-only.sql) and
-- literal defaults of LONGTEXT columns; MySQL has functional
-- index key parts and needs ('x') for a LONGTEXT default.
-- RUN: schemac --target=mariadb -Wno-lossy-conversion %s | FileCheck %s --check-prefix=MARIA
-- RUN: schemac --target=mysql -Wno-lossy-conversion %s | FileCheck %s --check-prefix=MYSQL

CREATE TABLE t (id uuid PRIMARY KEY, addr inet, note text DEFAULT 'x');
CREATE INDEX t_addr ON t (addr);

-- MARIA-LABEL: CREATE TABLE t (
-- MARIA-NEXT:     id uuid,
-- MARIA-NEXT:     addr inet6,
-- MARIA-NEXT:     note longtext DEFAULT 'x',
-- MARIA:      CREATE INDEX t_addr ON t (addr);

-- MYSQL-LABEL: CREATE TABLE t (
-- MYSQL-NEXT:     id char(36),
-- MYSQL-NEXT:     addr varchar(43),
-- MYSQL-NEXT:     note longtext DEFAULT ('x'),
