-- COMMENT ON every modelled kind sets the Comment fields: schema (an
-- implicit one for public), type, domain and domain constraint, table,
-- column, table constraint, index, sequence, view and view column,
-- materialized view; IS NULL removes a comment. Comments on objects the IR
-- does not model stay opaque with the object as their target.
-- RUN: schemac --emit=ir -Wno-opaque %s | FileCheck %s

CREATE SCHEMA sales;
CREATE TYPE sales.status AS ENUM ('new', 'done');
CREATE DOMAIN sales.code AS text CONSTRAINT code_len CHECK (length(VALUE) > 1);
CREATE TABLE sales.orders (id int CONSTRAINT orders_pk PRIMARY KEY, status sales.status);
CREATE INDEX orders_status ON sales.orders (status);
CREATE SEQUENCE sales.order_seq;
CREATE VIEW sales.open AS SELECT id FROM sales.orders;
CREATE MATERIALIZED VIEW sales.counts AS SELECT count(*) AS n FROM sales.orders;

COMMENT ON SCHEMA public IS 'standard public schema';
COMMENT ON SCHEMA sales IS 'Sales';
COMMENT ON TYPE sales.status IS 'order status';
COMMENT ON DOMAIN sales.code IS 'a code';
COMMENT ON CONSTRAINT code_len ON DOMAIN sales.code IS 'long enough';
COMMENT ON TABLE sales.orders IS 'Orders';
COMMENT ON COLUMN sales.orders.status IS 'where it is';
COMMENT ON CONSTRAINT orders_pk ON sales.orders IS 'the key';
COMMENT ON INDEX sales.orders_status IS 'by status';
COMMENT ON SEQUENCE sales.order_seq IS 'numbers';
COMMENT ON VIEW sales.open IS 'open orders';
COMMENT ON COLUMN sales.open.id IS 'order id';
COMMENT ON MATERIALIZED VIEW sales.counts IS E'counts\nper day';
COMMENT ON TABLE sales.orders IS NULL;

-- Comments on objects the IR does not model stay as written.
CREATE FUNCTION sales.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
COMMENT ON FUNCTION sales.f() IS 'a function';
COMMENT ON EXTENSION plpgsql IS 'procedural language';

-- CHECK-LABEL: schema sales comment "Sales"
-- CHECK-LABEL: enum sales.status ["new", "done"] comment "order status"
-- CHECK-LABEL: domain sales.code : text "text" comment "a code" {
-- CHECK-NEXT:    check code_len (binary ">" (call length (col value)) (lit int 1)) comment "long enough"
-- CHECK-NEXT:  }
-- CHECK-LABEL: table sales.orders {
-- CHECK-NEXT:    column id : integer "int"
-- CHECK-NEXT:    column status : user<sales.status> "sales.status" comment "where it is"
-- CHECK-NEXT:    constraint orders_pk primary_key [id] column_level id comment "the key"
-- CHECK-NEXT:  }
-- CHECK-LABEL: index sales.orders_status on sales.orders [status] comment "by status"
-- CHECK-LABEL: sequence sales.order_seq comment "numbers"
-- CHECK-LABEL: view sales.open column_comments [id = "order id"] comment "open orders" {
-- CHECK-NEXT:    project [(col id)]
-- CHECK-NEXT:      scan sales.orders
-- CHECK-NEXT:  }
-- CHECK-LABEL: view sales.counts materialized comment "counts\nper day" {
-- CHECK-NEXT:    project [(call count *) as n]
-- CHECK-NEXT:      scan sales.orders
-- CHECK-NEXT:  }
-- CHECK-LABEL: schema public implicit comment "standard public schema"
-- CHECK-LABEL: opaque sales.f object_type "function" dialect postgres references [sales] text "CREATE FUNCTION sales.f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
-- CHECK-LABEL: opaque "" object_type "comment" dialect postgres target sales.f references [sales] text "COMMENT ON FUNCTION sales.f() IS 'a function';"
-- CHECK-LABEL: opaque "" object_type "comment" dialect postgres target plpgsql text "COMMENT ON EXTENSION plpgsql IS 'procedural language';"
