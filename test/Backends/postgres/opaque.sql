-- Statements the IR does not model are printed exactly as written, placed
-- after what they name (their target hard, other mentioned names soft).
-- RUN: schemac %s --emit=ddl -Wno-opaque -Wno-data | FileCheck %s --strict-whitespace
-- RUN: schemac %s --emit=ddl -Wno-opaque -Wno-data -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -Wno-opaque -Wno-data -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK-LABEL: CREATE EXTENSION IF NOT EXISTS pgcrypto;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE accounts (
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric, owner_name text);

-- The text keeps its layout, comments and dollar quotes.
-- CHECK-LABEL: CREATE FUNCTION credit(acc integer, amount numeric) RETURNS void
-- CHECK-NEXT:      LANGUAGE plpgsql
-- CHECK-NEXT:      AS $body$
-- CHECK-NEXT:  BEGIN
-- CHECK-NEXT:    -- a comment inside the body; 'quotes' stay as they are
-- CHECK-NEXT:    UPDATE accounts SET balance = balance + amount WHERE id = acc;
-- CHECK-NEXT:  END
-- CHECK-NEXT:  $body$;
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER FUNCTION credit(acc integer, amount numeric) OWNER TO postgres;
-- CHECK-EMPTY:
-- CHECK-NEXT:  COMMENT ON FUNCTION credit(acc integer, amount numeric) IS 'adds money';
CREATE FUNCTION credit(acc integer, amount numeric) RETURNS void
    LANGUAGE plpgsql
    AS $body$
BEGIN
  -- a comment inside the body; 'quotes' stay as they are
  UPDATE accounts SET balance = balance + amount WHERE id = acc;
END
$body$;
ALTER FUNCTION credit(acc integer, amount numeric) OWNER TO postgres;
COMMENT ON FUNCTION credit(acc integer, amount numeric) IS 'adds money';

-- Policies, rules and grants after their table.
-- CHECK-LABEL: CREATE POLICY own_rows ON accounts USING (owner_name = CURRENT_USER);
-- CHECK-EMPTY:
-- CHECK-NEXT:  GRANT SELECT, UPDATE ON TABLE accounts TO PUBLIC;
-- CHECK-EMPTY:
-- CHECK-NEXT:  REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE POLICY own_rows ON accounts USING (owner_name = CURRENT_USER);
GRANT SELECT, UPDATE ON TABLE accounts TO PUBLIC;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

-- Data statements stay where they were, after their table.
-- CHECK-LABEL: INSERT INTO accounts VALUES (1, 0, 'alice');
-- CHECK-EMPTY:
-- CHECK-NEXT:  SELECT pg_catalog.setval('accounts_seq', 1, false);
CREATE SEQUENCE accounts_seq;
INSERT INTO accounts VALUES (1, 0, 'alice');
SELECT pg_catalog.setval('accounts_seq', 1, false);
