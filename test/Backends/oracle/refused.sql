-- What Oracle cannot hold is an error naming it, and nothing replaces -o.
-- RUN: rm -f %t.sql
-- RUN: not schemac --target=oracle --split-input-file %s -o %t.sql 2>&1 | FileCheck %s
-- RUN: not test -e %t.sql

CREATE DOMAIN posint AS integer CHECK (VALUE > 0);
-- CHECK: error: domain 'posint' uses CREATE DOMAIN, which cannot be written in Oracle

// -----
CREATE TABLE t (a integer[]);
-- CHECK: error: table 't' uses an array type (Oracle's VARRAY is an object type), which cannot be written in Oracle

// -----
CREATE TABLE r (id integer PRIMARY KEY);
CREATE TABLE u (a integer REFERENCES r ON UPDATE CASCADE);
-- CHECK: error: table 'u' uses ON UPDATE of a foreign key (Oracle has none), which cannot be written in Oracle

// -----
CREATE TABLE k (a varchar(5000) UNIQUE);
-- CHECK: error: table 'k' uses a key or index column of varchar(5000) (Oracle indexes strings of up to 4000 bytes), which cannot be written in Oracle

// -----
CREATE TABLE p (a integer);
CREATE INDEX p_a ON p (a) WHERE a > 0;
-- CHECK: error: index 'p_a' uses the index attribute 'where', which cannot be written in Oracle
