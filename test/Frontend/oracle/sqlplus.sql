-- SQL*Plus conventions: REM and PROMPT are comments, other commands are
-- kept as opaque objects, '/' ends PL/SQL units (semicolons inside them do
-- not end them) and is nothing after a statement ended by ';', CONNECT
-- says whose schema unqualified names are in, and a BEFORE INSERT trigger
-- that fills a key from a sequence makes it an identity column.
-- RUN: schemac --from=oracle --emit=ir %s 2>%t.err | FileCheck %s
-- RUN: FileCheck %s --check-prefix=DIAG < %t.err
REM A remark
rem another
PROMPT Creating tables ...
SET ECHO OFF
SET DEFINE OFF
WHENEVER SQLERROR EXIT SQL.SQLCODE
CONNECT hr/hr@localhost:1521/FREEPDB1
exit;

CREATE TABLE actor (
  actor_id NUMBER(10) NOT NULL,
  last_update DATE,
  CONSTRAINT pk_actor PRIMARY KEY (actor_id)
);
/
CREATE SEQUENCE actor_sequence START WITH 5 INCREMENT BY 2 NOCACHE NOCYCLE;
/
CREATE OR REPLACE TRIGGER actor_before_trigger
BEFORE INSERT ON actor FOR EACH ROW
BEGIN
  IF (:NEW.actor_id IS NULL) THEN
    SELECT actor_sequence.nextval INTO :NEW.actor_id
    FROM DUAL;
  END IF;
  :NEW.last_update := current_date;
END;
/
CREATE OR REPLACE PROCEDURE touch (p IN NUMBER) IS
BEGIN
  UPDATE actor SET last_update = SYSDATE WHERE actor_id = p;
END touch;
/
CREATE TYPE phone_list_typ AS VARRAY(5) OF VARCHAR2(25);
/
INSERT INTO actor (actor_id) VALUES (1);
COMMIT;

-- CHECK: module "{{.*}}sqlplus.sql" dialect oracle search_path [HR, ""]
-- CHECK: opaque "" object_type "sqlplus command" dialect oracle text "SET ECHO OFF"
-- CHECK: opaque "" object_type "sqlplus command" dialect oracle text "SET DEFINE OFF"
-- CHECK: opaque "" object_type "sqlplus command" dialect oracle text "WHENEVER SQLERROR EXIT SQL.SQLCODE"
-- CHECK: opaque "" object_type "sqlplus command" dialect oracle text "exit;"
-- CHECK: table ACTOR {
-- CHECK-NEXT:   column ACTOR_ID : bigint "NUMBER(10)" not_null identity by_default (start 5 increment 2)
-- CHECK: sequence ACTOR_SEQUENCE start 5 increment 2 cache 1 no_cycle
-- CHECK: opaque ACTOR_BEFORE_TRIGGER object_type "trigger" dialect oracle target ACTOR text
-- CHECK: opaque TOUCH object_type "procedure"
-- CHECK: opaque PHONE_LIST_TYP object_type "type"
-- CHECK: opaque "" object_type "insert" dialect oracle target ACTOR {{.*}}is_data
-- CHECK: opaque "" object_type "transaction control"
-- CHECK-NOT: REM
-- CHECK-NOT: PROMPT

-- DIAG: warning: trigger 'ACTOR_BEFORE_TRIGGER' fills column 'ACTOR_ID' of 'ACTOR' from sequence 'ACTOR_SEQUENCE'; the column is read as an identity column [-Wsequence-trigger]
-- DIAG: note: the trigger is kept as Oracle text; targets with identity or auto-increment columns number the column themselves
