-- Settings come first, one line per parameter with its last value; a
-- statement kept as text runs under the settings in effect at its position
-- (issue 6, defect 10: a function written under another search_path landed
-- in the wrong schema), set before it and set back before the next object
-- the IR describes. The semantic oracle (test/Oracle) applies this file and
-- the output to PostgreSQL and compares the catalogs.
-- RUN: schemac %s --emit=ddl -Wno-opaque -Wno-data | FileCheck %s
-- RUN: schemac %s --emit=ddl -Wno-opaque -Wno-data -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -Wno-opaque -Wno-data -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK:      SET check_function_bodies = false;
-- CHECK-NEXT: SET statement_timeout = 0;
-- CHECK-NEXT: SET search_path = public;
-- CHECK-EMPTY:

-- Before the first SET, the default search_path.
-- CHECK:      SET search_path TO DEFAULT;
-- CHECK-NEXT: CREATE FUNCTION before_any() RETURNS int LANGUAGE sql AS $$ SELECT 0 $$;
SET check_function_bodies = false;
CREATE FUNCTION before_any() RETURNS int LANGUAGE sql AS $$ SELECT 0 $$;

SET statement_timeout = 0;
CREATE SCHEMA s;
SET search_path = s;
CREATE TABLE t (id int, h text);
-- CHECK:      SET search_path = s;
-- CHECK-NEXT: CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
-- Consecutive statements under the same path need no switch.
-- CHECK-EMPTY:
-- CHECK-NEXT: CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
-- CHECK:      CREATE TRIGGER t_check BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_check BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg();
INSERT INTO t VALUES (1, 'x');
SET search_path = public;
-- Objects of the IR are written under the first block's settings.
-- CHECK:      SET search_path = public;
-- CHECK-NEXT: CREATE TABLE u (
CREATE TABLE u (k int DEFAULT s.f());
CREATE FUNCTION h() RETURNS int LANGUAGE sql AS $$ SELECT 3 $$;
