-- ALTER SCHEMA ... RENAME moves the schema's sequences, and the defaults
-- that call nextval() on them follow: PostgreSQL stores the sequence, not
-- its name. The literals kept the old schema, and the DDL did not load
-- (found by the verifier's check that such sequences exist, through the
-- editor's property test).
-- RUN: schemac --emit=ddl %s | FileCheck %s

CREATE SCHEMA s1;
CREATE SEQUENCE s1.q;
CREATE TABLE s1.t (
    id serial,
    a int DEFAULT nextval('s1.q'),
    b int DEFAULT nextval('s1.q'::regclass)
);
-- The serial's sequence is written down once the table is renamed.
ALTER TABLE s1.t RENAME TO r;
ALTER SCHEMA s1 RENAME TO s2;
SET search_path = s2, public;
CREATE TABLE u (c int DEFAULT nextval('q'));
ALTER SCHEMA s2 RENAME TO s3;

-- CHECK-LABEL: CREATE TABLE s3.r (
-- CHECK-NEXT:      id integer DEFAULT nextval('s3.t_id_seq'::regclass) NOT NULL,
-- CHECK-NEXT:      a int DEFAULT nextval('s3.q'),
-- CHECK-NEXT:      b int DEFAULT nextval('s3.q'::regclass)
-- CHECK-NEXT:  );
-- CHECK-LABEL: CREATE TABLE s3.u (
-- CHECK-NEXT:      c int DEFAULT nextval('s3.q')
-- CHECK-NEXT:  );
