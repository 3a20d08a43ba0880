-- Partitioned tables (RANGE, LIST with an expression key and COLLATE, HASH
-- with an operator class), PARTITION OF with FOR VALUES FROM/TO (MINVALUE is
-- a column reference named minvalue, as in PostgreSQL), IN, WITH (MODULUS,
-- REMAINDER) and DEFAULT, sub-partitioning, column options of a partition
-- (a column of unknown type with its default), and pg_dump's ATTACH
-- PARTITION of a table with its own columns; DETACH PARTITION.
-- RUN: schemac --emit=ir %s | FileCheck %s

CREATE TABLE public.payment (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    payment_date timestamp with time zone NOT NULL,
    PRIMARY KEY (payment_date, payment_id)
)
PARTITION BY RANGE (payment_date);

-- pg_dump: a table with its own columns, attached later.
CREATE TABLE public.payment_p2022_01 (
    payment_id integer NOT NULL,
    amount numeric(5,2) NOT NULL,
    payment_date timestamp with time zone NOT NULL
);
ALTER TABLE ONLY public.payment ATTACH PARTITION public.payment_p2022_01 FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2022-02-01 00:00:00+00');

-- PARTITION OF with bounds, MINVALUE/MAXVALUE, DEFAULT, column options.
CREATE TABLE payment_old PARTITION OF payment (amount DEFAULT 0)
    FOR VALUES FROM (MINVALUE) TO ('2022-01-01');
CREATE TABLE payment_rest PARTITION OF payment DEFAULT;

CREATE TABLE list_parent (region text, n int) PARTITION BY LIST (lower(region) COLLATE "C");
CREATE TABLE list_eu PARTITION OF list_parent FOR VALUES IN ('de', 'fr') PARTITION BY RANGE (n);
CREATE TABLE list_eu_small PARTITION OF list_eu FOR VALUES FROM (MINVALUE) TO (10);

CREATE TABLE hashed (k int) PARTITION BY HASH (k int4_ops);
CREATE TABLE hashed_0 PARTITION OF hashed FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE hashed_1 (k int);
ALTER TABLE hashed ATTACH PARTITION hashed_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
ALTER TABLE hashed DETACH PARTITION hashed_1;

-- CHECK-LABEL: table public.payment partition_by range [payment_date] {
-- CHECK-NEXT:    column payment_id : integer "integer" not_null
-- CHECK-NEXT:    column amount : decimal(5, 2) "numeric(5,2)" not_null
-- CHECK-NEXT:    column payment_date : timestamptz "timestamp with time zone" not_null
-- CHECK-NEXT:    constraint payment_pkey primary_key generated_name [payment_date, payment_id]
-- CHECK-NEXT:  }
-- CHECK-LABEL: table public.payment_p2022_01 partition_of public.payment bound range from [(lit str "2022-01-01 00:00:00+00")] to [(lit str "2022-02-01 00:00:00+00")] attached_later {
-- CHECK-NEXT:    column payment_id : integer "integer" not_null
-- CHECK-NEXT:    column amount : decimal(5, 2) "numeric(5,2)" not_null
-- CHECK-NEXT:    column payment_date : timestamptz "timestamp with time zone" not_null
-- CHECK-NEXT:  }
-- CHECK-LABEL: table payment_old partition_of payment bound range from [(col "minvalue")] to [(lit str "2022-01-01")] {
-- CHECK-NEXT:    column amount : unknown default (lit int 0)
-- CHECK-NEXT:  }
-- CHECK-LABEL: table payment_rest partition_of payment bound default
-- CHECK-LABEL: table list_parent partition_by list [(call lower (col region)) collate C] {
-- CHECK-NEXT:    column region : text "text"
-- CHECK-NEXT:    column n : integer "int"
-- CHECK-NEXT:  }
-- CHECK-LABEL: table list_eu partition_of list_parent bound in [(lit str "de"), (lit str "fr")] partition_by range [n]
-- CHECK-LABEL: table list_eu_small partition_of list_eu bound range from [(col "minvalue")] to [(lit int 10)]
-- CHECK-LABEL: table hashed partition_by hash [k opclass int4_ops] {
-- CHECK-NEXT:    column k : integer "int"
-- CHECK-NEXT:  }
-- CHECK-LABEL: table hashed_0 partition_of hashed bound hash modulus 2 remainder 0
-- CHECK-LABEL: table hashed_1 {
-- CHECK-NEXT:    column k : integer "int"
-- CHECK-NEXT:  }
