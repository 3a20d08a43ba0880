-- Partitioned tables, PARTITION OF with every bound form, and partitions
-- created on their own and attached later (as pg_dump writes them).
-- RUN: schemac %s --emit=ddl | FileCheck %s
-- RUN: schemac %s --emit=ddl -o %t.1.sql
-- RUN: schemac %t.1.sql --emit=ddl -o %t.2.sql
-- RUN: diff %t.1.sql %t.2.sql

-- CHECK-LABEL: CREATE TABLE measurement (
-- CHECK-NEXT:      city_id integer NOT NULL,
-- CHECK-NEXT:      logdate date NOT NULL,
-- CHECK-NEXT:      peaktemp integer
-- CHECK-NEXT:  )
-- CHECK-NEXT:  PARTITION BY RANGE (logdate, city_id);
CREATE TABLE measurement (
  city_id integer NOT NULL,
  logdate date NOT NULL,
  peaktemp integer
) PARTITION BY RANGE (logdate, city_id);

-- CHECK-LABEL: CREATE TABLE m_old PARTITION OF measurement
-- CHECK-NEXT:  FOR VALUES FROM (MINVALUE, MINVALUE) TO ('2020-01-01', 0);
CREATE TABLE m_old PARTITION OF measurement FOR VALUES FROM (MINVALUE, MINVALUE) TO ('2020-01-01', 0);

-- Column options and constraints of a partition.
-- CHECK-LABEL: CREATE TABLE m_2020 PARTITION OF measurement (
-- CHECK-NEXT:      peaktemp WITH OPTIONS DEFAULT 0,
-- CHECK-NEXT:      CONSTRAINT m_2020_temp CHECK (peaktemp > -100)
-- CHECK-NEXT:  )
-- CHECK-NEXT:  FOR VALUES FROM ('2020-01-01', 0) TO (MAXVALUE, MAXVALUE);
CREATE TABLE m_2020 PARTITION OF measurement (
  peaktemp DEFAULT 0,
  CONSTRAINT m_2020_temp CHECK (peaktemp > -100)
) FOR VALUES FROM ('2020-01-01', 0) TO (MAXVALUE, MAXVALUE);

-- List and default partitions; a partition that is itself partitioned by an
-- expression with a collation and an operator class.
-- CHECK-LABEL: CREATE TABLE cities (
-- CHECK-NEXT:      name text,
-- CHECK-NEXT:      country text
-- CHECK-NEXT:  )
-- CHECK-NEXT:  PARTITION BY LIST (country);
-- CHECK-LABEL: CREATE TABLE cities_eu PARTITION OF cities
-- CHECK-NEXT:  FOR VALUES IN ('de', 'fr', NULL)
-- CHECK-NEXT:  PARTITION BY RANGE (lower(name) COLLATE "C" text_pattern_ops);
-- CHECK-LABEL: CREATE TABLE cities_other PARTITION OF cities
-- CHECK-NEXT:  DEFAULT;
CREATE TABLE cities (name text, country text) PARTITION BY LIST (country);
CREATE TABLE cities_eu PARTITION OF cities FOR VALUES IN ('de', 'fr', NULL)
  PARTITION BY RANGE ((lower(name)) COLLATE "C" text_pattern_ops);
CREATE TABLE cities_other PARTITION OF cities DEFAULT;

-- Hash partitioning.
-- CHECK-LABEL: CREATE TABLE h (
-- CHECK-NEXT:      id bigint
-- CHECK-NEXT:  )
-- CHECK-NEXT:  PARTITION BY HASH ((id + 1));
-- CHECK-LABEL: CREATE TABLE h0 PARTITION OF h
-- CHECK-NEXT:  FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE h (id bigint) PARTITION BY HASH ((id + 1));
CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0);

-- Created on its own and attached later: ATTACH PARTITION right after both
-- tables exist, indexes on the parent after that.
-- CHECK-LABEL: CREATE TABLE payment (
-- CHECK-NEXT:      id integer NOT NULL,
-- CHECK-NEXT:      paid timestamp with time zone NOT NULL
-- CHECK-NEXT:  )
-- CHECK-NEXT:  PARTITION BY RANGE (paid);
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE payment_2022 (
-- CHECK-NEXT:      id integer NOT NULL,
-- CHECK-NEXT:      paid timestamp with time zone NOT NULL
-- CHECK-NEXT:  );
-- CHECK-EMPTY:
-- CHECK-NEXT:  ALTER TABLE ONLY payment ATTACH PARTITION payment_2022 FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2023-01-01 00:00:00+00');
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE TABLE payment_rest (
-- CHECK:       ALTER TABLE ONLY payment ATTACH PARTITION payment_rest DEFAULT;
-- CHECK-EMPTY:
-- CHECK-NEXT:  CREATE INDEX payment_paid_idx ON ONLY payment (paid);
CREATE TABLE payment (id integer NOT NULL, paid timestamp with time zone NOT NULL) PARTITION BY RANGE (paid);
CREATE TABLE payment_2022 (id integer NOT NULL, paid timestamp with time zone NOT NULL);
CREATE TABLE payment_rest (id integer NOT NULL, paid timestamp with time zone NOT NULL);
ALTER TABLE ONLY payment ATTACH PARTITION payment_2022 FOR VALUES FROM ('2022-01-01 00:00:00+00') TO ('2023-01-01 00:00:00+00');
ALTER TABLE ONLY payment ATTACH PARTITION payment_rest DEFAULT;
CREATE INDEX payment_paid_idx ON ONLY payment (paid);
