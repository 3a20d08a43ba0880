-- Schemas, enums, domains, sequences, indexes, views, settings, owners and
-- comments: each object with its ALTER ... OWNER TO and COMMENT ON right
-- after it, settings first. The same catalog as the input on PostgreSQL 15
-- (see live.test).
-- RUN: schemac %s --emit=ddl -Wno-opaque | FileCheck %s
-- RUN: schemac %s --emit=ddl -Wno-opaque -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -Wno-opaque -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK-LABEL: SET statement_timeout = 0;
-- CHECK-NEXT:  SET LOCAL lock_timeout = '5s';
-- CHECK-NEXT:  SET client_min_messages TO DEFAULT;
-- CHECK-NEXT:  SELECT pg_catalog.set_config('search_path', 'public', false);

-- CHECK-LABEL: ALTER SCHEMA public OWNER TO pg_database_owner;
-- CHECK-NEXT:  COMMENT ON SCHEMA public IS 'standard public schema';

-- CHECK-LABEL: CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- CHECK-LABEL: CREATE SCHEMA IF NOT EXISTS sales AUTHORIZATION postgres;
-- CHECK-NEXT:  COMMENT ON SCHEMA sales IS 'Sales';

-- CHECK-LABEL: CREATE TYPE sales.status AS ENUM (
-- CHECK-NEXT:      'draft',
-- CHECK-NEXT:      'new',
-- CHECK-NEXT:      'paid',
-- CHECK-NEXT:      'shipped'
-- CHECK-NEXT:  );
-- CHECK-NEXT:  ALTER TYPE sales.status OWNER TO postgres;
-- CHECK-NEXT:  COMMENT ON TYPE sales.status IS 'order status';

-- CHECK-LABEL: CREATE DOMAIN sales.code AS character varying(8) COLLATE "C" DEFAULT 'none' NOT NULL
-- CHECK-NEXT:      CONSTRAINT code_upper CHECK (value = upper(value))
-- CHECK-NEXT:      CHECK (length(value) > 1);
-- CHECK-NEXT:  ALTER DOMAIN sales.code ADD CONSTRAINT code_no_x CHECK (value !~ 'X') NOT VALID;
-- CHECK-NEXT:  ALTER DOMAIN sales.code OWNER TO postgres;
-- CHECK-NEXT:  COMMENT ON DOMAIN sales.code IS 'a code';
-- CHECK-NEXT:  COMMENT ON CONSTRAINT code_upper ON DOMAIN sales.code IS 'upper case only';

-- CHECK-LABEL: CREATE DOMAIN sales.maybe AS integer NULL;

-- CHECK-LABEL: CREATE SEQUENCE sales.order_seq
-- CHECK-NEXT:      AS integer
-- CHECK-NEXT:      START WITH 10
-- CHECK-NEXT:      INCREMENT BY 2
-- CHECK-NEXT:      MINVALUE 10
-- CHECK-NEXT:      MAXVALUE 1000
-- CHECK-NEXT:      CACHE 5
-- CHECK-NEXT:      CYCLE;
-- CHECK-NEXT:  ALTER SEQUENCE sales.order_seq OWNER TO postgres;
-- CHECK-NEXT:  COMMENT ON SEQUENCE sales.order_seq IS 'orders';

-- CHECK-LABEL: CREATE UNLOGGED SEQUENCE IF NOT EXISTS sales.plain_seq
-- CHECK-NEXT:      NO MINVALUE
-- CHECK-NEXT:      NO MAXVALUE
-- CHECK-NEXT:      NO CYCLE;

-- CHECK-LABEL: CREATE TABLE sales.orders (
-- CHECK-NEXT:      id integer DEFAULT nextval('sales.order_seq'::regclass) NOT NULL,
-- CHECK-NEXT:      status sales.status DEFAULT 'new'::sales.status,
-- CHECK-NEXT:      code sales.code,
-- CHECK-NEXT:      title text
-- CHECK-NEXT:  );

-- CHECK-LABEL: ALTER SEQUENCE sales.order_seq OWNED BY sales.orders.id;

-- CHECK-LABEL: CREATE UNIQUE INDEX IF NOT EXISTS orders_id ON sales.orders USING btree (id DESC NULLS LAST) INCLUDE (status) NULLS NOT DISTINCT WITH (fillfactor = 80) TABLESPACE pg_default;
-- CHECK-NEXT:  COMMENT ON INDEX sales.orders_id IS 'by id';

-- CHECK-LABEL: CREATE INDEX ON sales.orders (title COLLATE "C" text_pattern_ops, lower(title));

-- CHECK-LABEL: CREATE INDEX orders_trgm ON sales.orders USING gin (title gin_trgm_ops) WHERE status <> 'draft';

-- CHECK-LABEL: CREATE VIEW sales.open_orders AS
-- CHECK-NEXT:  SELECT id,
-- CHECK-NEXT:      title
-- CHECK-NEXT:  FROM sales.orders
-- CHECK-NEXT:  WHERE status = 'new';
-- CHECK-NEXT:  ALTER VIEW sales.open_orders OWNER TO postgres;
-- CHECK-NEXT:  COMMENT ON VIEW sales.open_orders IS 'open';
-- CHECK-NEXT:  COMMENT ON COLUMN sales.open_orders.title IS 'the title';

-- CHECK-LABEL: CREATE MATERIALIZED VIEW sales.stats
-- CHECK-NEXT:  USING heap
-- CHECK-NEXT:  WITH (fillfactor = 90)
-- CHECK-NEXT:  TABLESPACE pg_default AS
-- CHECK-NEXT:  SELECT status,
-- CHECK-NEXT:      count(*) AS n
-- CHECK-NEXT:  FROM sales.orders
-- CHECK-NEXT:  GROUP BY status
-- CHECK-NEXT:  WITH DATA;
-- CHECK-NEXT:  ALTER MATERIALIZED VIEW sales.stats OWNER TO postgres;
-- CHECK-NEXT:  COMMENT ON MATERIALIZED VIEW sales.stats IS 'stats';

-- CHECK-LABEL: CREATE UNIQUE INDEX stats_status ON sales.stats (status);

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
SET statement_timeout = 0;
SET LOCAL lock_timeout = '5s';
SET client_min_messages TO DEFAULT;
SELECT pg_catalog.set_config('search_path', 'public', false);
ALTER SCHEMA public OWNER TO pg_database_owner;
COMMENT ON SCHEMA public IS 'standard public schema';
CREATE SCHEMA IF NOT EXISTS sales AUTHORIZATION postgres;
COMMENT ON SCHEMA sales IS 'Sales';
CREATE TYPE sales.status AS ENUM ('new', 'paid');
ALTER TYPE sales.status ADD VALUE 'shipped' AFTER 'paid';
ALTER TYPE sales.status ADD VALUE 'draft' BEFORE 'new';
ALTER TYPE sales.status OWNER TO postgres;
COMMENT ON TYPE sales.status IS 'order status';
CREATE DOMAIN sales.code AS character varying(8) COLLATE "C" DEFAULT 'none' NOT NULL
  CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CHECK (length(VALUE) > 1);
ALTER DOMAIN sales.code ADD CONSTRAINT code_no_x CHECK (VALUE !~ 'X') NOT VALID;
ALTER DOMAIN sales.code OWNER TO postgres;
COMMENT ON DOMAIN sales.code IS 'a code';
COMMENT ON CONSTRAINT code_upper ON DOMAIN sales.code IS 'upper case only';
CREATE DOMAIN sales.maybe AS integer NULL;
CREATE SEQUENCE sales.order_seq AS integer INCREMENT BY 2 MINVALUE 10 MAXVALUE 1000 START WITH 10 CACHE 5 CYCLE;
CREATE UNLOGGED SEQUENCE IF NOT EXISTS sales.plain_seq NO MINVALUE NO MAXVALUE NO CYCLE;
ALTER SEQUENCE sales.order_seq OWNER TO postgres;
COMMENT ON SEQUENCE sales.order_seq IS 'orders';
CREATE TABLE sales.orders (
  id integer DEFAULT nextval('sales.order_seq'::regclass) NOT NULL,
  status sales.status DEFAULT 'new'::sales.status,
  code sales.code,
  title text
);
ALTER SEQUENCE sales.order_seq OWNED BY sales.orders.id;
CREATE UNIQUE INDEX IF NOT EXISTS orders_id ON sales.orders USING btree (id DESC NULLS LAST) INCLUDE (status)
  NULLS NOT DISTINCT WITH (fillfactor = 80) TABLESPACE pg_default;
CREATE INDEX ON sales.orders (title COLLATE "C" text_pattern_ops, (lower(title)));
CREATE INDEX orders_trgm ON sales.orders USING gin (title gin_trgm_ops) WHERE status <> 'draft';
COMMENT ON INDEX sales.orders_id IS 'by id';
CREATE VIEW sales.open_orders AS SELECT id, title FROM sales.orders WHERE status = 'new';
ALTER VIEW sales.open_orders OWNER TO postgres;
COMMENT ON VIEW sales.open_orders IS 'open';
COMMENT ON COLUMN sales.open_orders.title IS 'the title';
CREATE MATERIALIZED VIEW sales.stats USING heap WITH (fillfactor = 90) TABLESPACE pg_default AS
  SELECT status, count(*) AS n FROM sales.orders GROUP BY status WITH DATA;
ALTER MATERIALIZED VIEW sales.stats OWNER TO postgres;
COMMENT ON MATERIALIZED VIEW sales.stats IS 'stats';
CREATE UNIQUE INDEX stats_status ON sales.stats (status);
