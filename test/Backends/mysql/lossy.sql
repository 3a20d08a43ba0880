-- What MariaDB and MySQL keep with less precision is written and reported
-- once per kind of loss (-Wlossy-conversion), with a note saying what was
-- written and how many other uses there are; -Werror=lossy-conversion
-- refuses it. The MariaDB diagnostics are verified below; MySQL's differ
-- where the engines do (uuid, inet, json, jsonb).
-- RUN: schemac --target=mariadb %s -o %t.sql --verify-diagnostics
-- RUN: not schemac --target=mariadb -Werror=lossy-conversion %s -o %t.sql
-- RUN: schemac --target=mariadb -Wno-lossy-conversion %s -o %t.sql 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET
-- RUN: schemac --target=mysql %s -o %t.sql 2>&1 | FileCheck %s --check-prefix=MYSQL

-- expected-warning@+2 {{setting 'timezone' uses a session setting, which MariaDB does not keep exactly}}
-- expected-note@+1 {{in the MariaDB output: not written: the PostgreSQL setting means nothing to MariaDB}}
SET TIME ZONE 'UTC';
-- expected-warning@+2 {{table 'account' uses storage parameters or a tablespace, which MariaDB does not keep exactly}}
-- expected-note@+1 {{in the MariaDB output: not written: InnoDB has no storage parameters or tablespaces of PostgreSQL's kind}}
CREATE TABLE account (
  -- expected-warning@+3 {{column 'balance' of table 'account' uses numeric without a precision, which MariaDB does not keep exactly}}
  -- expected-note@+2 {{in the MariaDB output: written as DECIMAL(65,30): values are rounded to 30 decimals and hold at most 35 integer digits (MariaDB's DECIMAL alone is DECIMAL(10,0))}}
  -- expected-note@+1 {{1 more uses of numeric without a precision are written the same way}}
  balance numeric,
  credit numeric,
  -- expected-warning@+3 {{column 'opened' of table 'account' uses the type timestamptz, which MariaDB does not keep exactly}}
  -- expected-note@+2 {{in the MariaDB output: written as DATETIME: the zone is lost, values are kept as the session wrote them, not as instants (TIMESTAMP would end in 2038)}}
  -- expected-note@+1 {{1 more uses of the type timestamptz are written the same way}}
  opened timestamptz DEFAULT '2024-01-02 10:00:00+00',
  closed timestamptz,
  -- expected-warning@+2 {{column 'flag' of table 'account' uses the type boolean, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as BOOLEAN, which is TINYINT(1): other small integers than 0 and 1 are accepted too}}
  flag boolean,
  -- expected-warning@+2 {{column 'tags' of table 'account' uses an array type, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as LONGTEXT: MariaDB has no arrays; values are PostgreSQL's array text}}
  tags text[],
  -- expected-warning@+2 {{column 'code' of table 'account' uses the type varchar, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as LONGTEXT: MariaDB's VARCHAR needs a length of at most 16383, and PostgreSQL's length is unlimited}}
  code varchar,
  -- expected-warning@+2 {{column 'span' of table 'account' uses the type interval, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as VARCHAR(100): intervals are text, without interval arithmetic}}
  span interval,
  -- expected-warning@+2 {{column 'addr' of table 'account' uses the type inet, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as INET6: a netmask is not kept, and IPv4 addresses are kept as IPv4-mapped IPv6 addresses}}
  addr inet,
  id uuid,
  -- expected-warning@+2 {{column 'doc' of table 'account' uses the type jsonb, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as JSON, which MariaDB keeps as written text (LONGTEXT with a JSON_VALID check): documents are not normalized}}
  doc jsonb,
  raw json,
  -- expected-warning@+2 {{column 'bits' of table 'account' uses the type bit(3), which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as BIT(n): values are numbers, compared and shown as such, not strings of 0s and 1s}}
  bits bit(3) DEFAULT B'101',
  -- expected-warning@+2 {{table 'account' uses the time of the transaction, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as the time of the statement: MariaDB reads the clock when each statement starts}}
  stamp timestamp DEFAULT CURRENT_TIMESTAMP
)
WITH (fillfactor = 70);
-- expected-warning@+2 {{table 'scratch' uses UNLOGGED, which MariaDB does not keep exactly}}
-- expected-note@+1 {{in the MariaDB output: written as an ordinary table, which InnoDB logs}}
CREATE UNLOGGED TABLE scratch (
  -- expected-warning@+2 {{column 'n' of table 'scratch' uses GENERATED ALWAYS AS IDENTITY, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: written as AUTO_INCREMENT, which takes explicit values too}}
  n bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- expected-warning@+2 {{column 'note' of table 'scratch' uses a key on a column of type text, which MariaDB does not keep exactly}}
  -- expected-note@+1 {{in the MariaDB output: the column is written as VARCHAR(255): InnoDB keys hold at most 3072 bytes, so longer values are refused}}
  note text UNIQUE);
-- expected-warning@+2 {{view 'ordered' uses ORDER BY, which MariaDB does not keep exactly}}
-- expected-note@+1 {{in the MariaDB output: written as is: MariaDB sorts NULLs first in ascending order, PostgreSQL last}}
CREATE VIEW ordered AS SELECT n FROM scratch ORDER BY n LIMIT 5;

-- QUIET-NOT: warning

-- MYSQL-DAG: warning: column 'id' of table 'account' uses the type uuid, which MySQL does not keep exactly
-- MYSQL-DAG: note: in the MySQL output: written as CHAR(36): values are not checked and compare as text
-- MYSQL-DAG: note: in the MySQL output: written as VARCHAR(43): addresses are not checked and compare as text
-- MYSQL-DAG: warning: column 'raw' of table 'account' uses the type json, which MySQL does not keep exactly
-- MYSQL-DAG: note: in the MySQL output: written as JSON, which MySQL normalizes as PostgreSQL's jsonb does: key order, white space and duplicate keys of the text are not kept
-- MYSQL-NOT: uses the type jsonb
