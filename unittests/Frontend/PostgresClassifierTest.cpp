//===- PostgresClassifierTest.cpp - Statement classification --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresClassifier.h"

#include "gtest/gtest.h"

#include <vector>

using namespace schemac;
using namespace schemac::pg;

namespace {

StmtClass classify(llvm::StringRef Text) {
  PostgresScanner S(Text);
  std::vector<PgToken> Toks;
  PgToken T;
  while (S.next(T))
    Toks.push_back(T);
  return classifyStatement(Text, Toks.data(), Toks.size());
}

TEST(PostgresClassifier, ModelledStatements) {
  EXPECT_EQ(classify("CREATE TABLE t (a int);").Kind, StmtKind::CreateTable);
  EXPECT_EQ(classify("create unlogged table t ();").Kind,
            StmtKind::CreateTable);
  EXPECT_EQ(classify("CREATE GLOBAL TEMPORARY TABLE t ();").Kind,
            StmtKind::CreateTable);
  EXPECT_EQ(classify("CREATE UNIQUE INDEX i ON t (a);").Kind,
            StmtKind::CreateIndex);
  EXPECT_EQ(classify("CREATE OR REPLACE TEMP RECURSIVE VIEW v (a) AS ...").Kind,
            StmtKind::CreateView);
  EXPECT_EQ(classify("CREATE MATERIALIZED VIEW v AS ...").Kind,
            StmtKind::CreateMatView);
  EXPECT_EQ(classify("CREATE TYPE e AS ENUM ('a');").Kind,
            StmtKind::CreateEnum);
  EXPECT_EQ(classify("ALTER TABLE ONLY t OWNER TO x;").Kind,
            StmtKind::AlterTable);
  EXPECT_EQ(classify("ALTER TYPE e ADD VALUE 'b';").Kind, StmtKind::AlterType);
  EXPECT_EQ(classify("COMMENT ON COLUMN t.a IS 'x';").Kind, StmtKind::Comment);
  EXPECT_EQ(classify("DROP MATERIALIZED VIEW v;").Kind, StmtKind::Drop);
  EXPECT_EQ(classify("SET search_path = public;").Kind, StmtKind::Set);
  EXPECT_EQ(
      classify("SELECT pg_catalog.set_config('search_path', '', false);").Kind,
      StmtKind::SetConfig);
}

TEST(PostgresClassifier, OpaqueStatements) {
  StmtClass F = classify("CREATE OR REPLACE FUNCTION f() RETURNS int ...");
  EXPECT_EQ(F.Kind, StmtKind::Opaque);
  EXPECT_EQ(F.ObjectType, "function");
  EXPECT_EQ(F.Description, "CREATE FUNCTION");
  EXPECT_EQ(classify("CREATE TABLE t AS SELECT 1;").ObjectType, "table");
  EXPECT_EQ(classify("CREATE TABLE t AS SELECT 1;").Kind, StmtKind::Opaque);
  EXPECT_EQ(classify("CREATE TYPE c AS (a int);").ObjectType, "composite type");
  EXPECT_EQ(classify("CREATE TYPE r AS RANGE (subtype = int4);").ObjectType,
            "range type");
  EXPECT_EQ(classify("CREATE TYPE b (input = f);").ObjectType, "base type");
  EXPECT_EQ(classify("CREATE TYPE s;").ObjectType, "type");
  EXPECT_EQ(classify("ALTER TYPE c ADD ATTRIBUTE x int;").ObjectType,
            "alter type");
  EXPECT_EQ(classify("COMMENT ON FUNCTION f() IS 'x';").Kind, StmtKind::Opaque);
  EXPECT_EQ(
      classify("CREATE CONSTRAINT TRIGGER t AFTER INSERT ON x ...").ObjectType,
      "trigger");
  EXPECT_EQ(classify("GRANT ALL ON SCHEMA public TO PUBLIC;").ObjectType,
            "grant");
  EXPECT_EQ(classify("BEGIN;").ObjectType, "transaction control");
  EXPECT_EQ(classify("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;").Kind,
            StmtKind::Opaque);
}

TEST(PostgresClassifier, DataStatements) {
  EXPECT_EQ(classify("INSERT INTO t VALUES (1);").Kind, StmtKind::Data);
  EXPECT_EQ(classify("SELECT 1;").Kind, StmtKind::Data);
  // set_config() is only a setting in its exact form.
  EXPECT_EQ(classify("SELECT set_config('a', 'b', false), 1;").Kind,
            StmtKind::Data);
  EXPECT_EQ(classify("WITH x AS (SELECT 1) DELETE FROM t;").Kind,
            StmtKind::Data);
}

TEST(PostgresClassifier, DropOfOpaqueKinds) {
  StmtClass D = classify("DROP FUNCTION IF EXISTS f(int);");
  EXPECT_EQ(D.Kind, StmtKind::DropOpaque);
  EXPECT_EQ(D.ObjectType, "function");
}

TEST(PostgresClassifier, Unknown) {
  EXPECT_EQ(classify("CRATE TABLE t ();").Kind, StmtKind::Unknown);
  EXPECT_EQ(classify("\"create\" table t ();").Kind, StmtKind::Unknown);
  EXPECT_EQ(classify(";").Kind, StmtKind::Empty);
}

} // namespace
