-- SET search_path TO DEFAULT and RESET search_path go back to the path a
-- script starts with ("$user", public: public), as PostgreSQL does; they
-- kept the path before (found by the fuzzer: the DDL writer emits TO
-- DEFAULT before an object created under it, and reading that output back
-- created the second t and p in s again: "relation 't' already exists").
-- RUN: schemac -Wno-opaque %s | FileCheck %s
-- RUN: schemac -Wno-opaque %s -o %t.sql && schemac -Wno-opaque %t.sql | FileCheck %s

SET search_path = s, public;
CREATE SCHEMA s;
CREATE TABLE t (a int);
CREATE TYPE p;
SET search_path TO DEFAULT;
CREATE TABLE t (b int);
CREATE TYPE p;
SET search_path = s;
CREATE TABLE u (c int);
RESET search_path;
CREATE TABLE u (d int);

-- CHECK-LABEL: CREATE TABLE s.t (
-- CHECK-NEXT:      a int
-- CHECK-LABEL: CREATE TABLE {{(public\.)?}}t (
-- CHECK-NEXT:      b int
-- CHECK-LABEL: CREATE TABLE s.u (
-- CHECK-NEXT:      c int
-- CHECK-LABEL: CREATE TABLE {{(public\.)?}}u (
-- CHECK-NEXT:      d int
