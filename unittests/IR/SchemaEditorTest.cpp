//===- SchemaEditorTest.cpp - Applying schema changes ---------------------===//
//
// Part of schemac. The editor's transactions, reference following, DROP
// dependents, and the three name resolvers (PostgreSQL's search_path,
// MySQL's current database, SQL Server's default schema).
//
//===----------------------------------------------------------------------===//

#include "EditorTestUtil.h"

#include "schemac/ir/NameResolver.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::irtest;

namespace {

using Act = AlterAction::Kind;

/// PostgreSQL's rules, with the schema each database provides from the
/// start: PostgreSQL's public, SQL Server's dbo; a MySQL database (its
/// schema) exists once CREATE DATABASE made it.
class DialectTestRules : public TestRules {
public:
  explicit DialectTestRules(llvm::StringRef Dialect) : Dialect(Dialect) {}
  bool isPredefinedSchema(llvm::StringRef Name) const override {
    if (Dialect == "sqlserver")
      return Name == "dbo";
    if (Dialect == "mysql")
      return false;
    return TestRules::isPredefinedSchema(Name);
  }

private:
  std::string Dialect;
};

/// A module with an editor of a dialect's name resolution.
struct Fixture {
  Context Ctx;
  Module M{Ctx, "m"};
  StringDiagnostics D{Ctx};
  DialectTestRules Rules;
  std::unique_ptr<NameResolver> Names;
  SchemaEditor Editor;
  IRReader R{Ctx};

  explicit Fixture(llvm::StringRef Dialect = "postgres")
      : Rules(Dialect), Names(createNameResolver(Dialect)),
        Editor(M, D.Diags, *Names, Rules) {
    M.Dialect = Dialect.str();
    M.setSearchPath(Names->initialPath());
  }

  ApplyResult apply(SchemaChange &C) { return Editor.apply(C); }
  ApplyResult apply(std::unique_ptr<SchemaChange> C) { return apply(*C); }
  ApplyResult create(const std::string &Text) {
    return apply(createChange(R, Text));
  }
  ApplyResult setPath(std::vector<std::string> Path) {
    SettingChange C(Location(), nullptr);
    C.SearchPath = std::move(Path);
    return apply(C);
  }
  std::string text() { return printToString(M); }
};

TEST(SchemaEditor, CreatesAndReportsDuplicates) {
  Fixture F;
  EXPECT_TRUE(F.create("schema s").applied());
  EXPECT_TRUE(F.create("table s.t {\n  column a : integer\n}").applied());
  std::string Before = F.text();
  ApplyResult R = F.create("table s.t {\n  column b : integer\n}");
  EXPECT_EQ(R.S, ApplyResult::Status::Failed);
  EXPECT_NE(F.D.text().find("relation 's.t' already exists"), std::string::npos)
      << F.D.text();
  EXPECT_EQ(F.text(), Before);
}

TEST(SchemaEditor, ATableNeedsItsSchemaByTheEnd) {
  Fixture F;
  // A script may create the schema later (the backend orders the output);
  // one that is never created is an error at the table.
  EXPECT_TRUE(F.create("table later.t {\n  column a : integer\n}").applied());
  EXPECT_TRUE(F.create("table nosuch.t {\n  column a : integer\n}").applied());
  EXPECT_TRUE(F.create("schema later").applied());
  EXPECT_TRUE(F.D.text().empty()) << F.D.text();
  F.Editor.finish();
  EXPECT_NE(F.D.text().find("schema 'nosuch' does not exist"),
            std::string::npos)
      << F.D.text();
  EXPECT_EQ(F.D.text().find("'later'"), std::string::npos) << F.D.text();
}

TEST(SchemaEditor, AFailingChangeLeavesTheModuleAsItWas) {
  Fixture F;
  F.create("table t {\n  column a : integer\n  column b : integer\n  "
           "constraint t_pkey primary_key [a]\n}");
  F.create("index t_b on t [b]");
  F.create("view v {\n  project [(col b)]\n    scan t\n}");
  F.create("table u {\n  column x : integer\n}");
  std::string Before = F.text();
  // Each action succeeds on its own; the last one fails, so none stays.
  auto A = alterChange(QualifiedName("t"));
  A->Actions.emplace_back(Act::DropColumn, Location());
  A->Actions.back().Name = "b";
  A->Actions.back().Cascade = true; // drops t_b and v
  A->Actions.emplace_back(Act::AddColumn, Location());
  A->Actions.back().Col = std::make_unique<Column>(
      F.R.column("column c : text default (lit str \"x\")"));
  A->Actions.emplace_back(Act::RenameColumn, Location());
  A->Actions.back().Name = "a";
  A->Actions.back().NewName = "id";
  A->Actions.emplace_back(Act::AddConstraint, Location());
  A->Actions.back().Constraints.push_back(
      F.R.constraint("constraint k unique [nope]"));
  ApplyResult R = F.apply(std::move(A));
  EXPECT_EQ(R.S, ApplyResult::Status::Failed);
  EXPECT_NE(F.D.text().find("column 'nope' of table 't' does not exist"),
            std::string::npos);
  EXPECT_EQ(F.text(), Before);
  // The name index is still right: everything is found under its name.
  EXPECT_TRUE(F.M.lookupIndex(QualifiedName("t_b")));
  EXPECT_TRUE(F.M.lookupView(QualifiedName("v")));
  EXPECT_EQ(F.M.lookupTable(QualifiedName("t"))->Columns.size(), 2u);
  // A DROP of several names fails whole, too.
  auto Drop = std::make_unique<DropChange>(Location(), TargetKind::Table);
  Drop->Names = {{QualifiedName("u"), Location()},
                 {QualifiedName("nope"), Location()}};
  EXPECT_EQ(F.apply(std::move(Drop)).S, ApplyResult::Status::Failed);
  EXPECT_EQ(F.text(), Before);
}

TEST(SchemaEditor, RenamesAreFollowedByReferences) {
  Fixture F;
  F.create("schema s");
  F.create("table s.p {\n  column id : integer\n  constraint p_pkey "
           "primary_key [id]\n}");
  F.create("table s.c {\n  column p : integer\n  constraint c_p_fkey "
           "foreign_key [p] references s.p [id]\n}");
  F.create("index s.p_i on s.p [id]");
  F.create("view s.v {\n  project [(col p.id)]\n    scan s.p as p\n}");
  auto Ren = std::make_unique<RenameChange>(
      Location(), NameRef{QualifiedName("s", "p"), Location()},
      TargetKind::Table);
  Ren->NewName = "q";
  ASSERT_TRUE(F.apply(std::move(Ren)).applied());
  Table *C = F.M.lookupTable(QualifiedName("s", "c"));
  EXPECT_EQ(C->Constraints[0].RefTable, QualifiedName("s", "q"));
  EXPECT_EQ(F.M.lookupIndex(QualifiedName("s", "p_i"))->Table,
            QualifiedName("s", "q"));
  EXPECT_NE(F.text().find("scan s.q as p"), std::string::npos) << F.text();
  // A column rename reaches the foreign keys and views.
  auto A = alterChange(QualifiedName("s", "q"));
  A->Actions.emplace_back(Act::RenameColumn, Location());
  A->Actions.back().Name = "id";
  A->Actions.back().NewName = "key";
  ASSERT_TRUE(F.apply(std::move(A)).applied());
  EXPECT_EQ(C->Constraints[0].RefColumns, std::vector<std::string>{"key"});
  EXPECT_NE(F.text().find("(col p.key) as id"), std::string::npos) << F.text();
}

TEST(SchemaEditor, DropNeedsCascadeForDependents) {
  Fixture F;
  F.create("table p {\n  column id : integer\n  constraint p_pkey "
           "primary_key [id]\n}");
  F.create("table c {\n  column p : integer\n  constraint c_fk foreign_key "
           "[p] references p [id]\n}");
  F.create("index p_i on p [id]");
  F.create("view v {\n  project [(col id)]\n    scan p\n}");
  auto Drop = [&](bool Cascade) {
    auto D = std::make_unique<DropChange>(Location(), TargetKind::Table);
    D->Names = {{QualifiedName("p"), Location()}};
    D->Cascade = Cascade;
    return F.apply(std::move(D));
  };
  std::string Before = F.text();
  EXPECT_EQ(Drop(false).S, ApplyResult::Status::Failed);
  EXPECT_NE(F.D.text().find("cannot drop table 'p' because other objects "
                            "depend on it"),
            std::string::npos);
  EXPECT_EQ(F.text(), Before);
  ASSERT_TRUE(Drop(true).applied());
  // The index goes with the table, the view and the foreign key with
  // CASCADE; table c stays.
  EXPECT_EQ(F.M.size(), 1u);
  EXPECT_TRUE(F.M.lookupTable(QualifiedName("c"))->Constraints.empty());
}

TEST(SchemaEditor, WhatTheIRCannotExpressIsNotModelled) {
  Fixture F;
  auto O = F.R.object<OpaqueObject>(
      "opaque s.ft object_type \"foreign table\" text \"CREATE FOREIGN TABLE "
      "...\"");
  OpaqueChange Opq(Location(), std::move(O));
  ASSERT_TRUE(F.apply(Opq).applied());
  std::string Before = F.text();
  auto A = alterChange(QualifiedName("s", "ft"));
  A->Actions.emplace_back(Act::OwnerTo, Location());
  A->Actions.back().Value = "bob";
  ApplyResult R = F.apply(std::move(A));
  EXPECT_EQ(R.S, ApplyResult::Status::NotModelled);
  EXPECT_EQ(R.Why, ApplyResult::Reason::OpaqueTarget);
  EXPECT_EQ(R.ObjectType, "foreign table");
  EXPECT_EQ(F.text(), Before);
}

//===----------------------------------------------------------------------===//
// Name resolvers
//===----------------------------------------------------------------------===//

TEST(NameResolvers, PostgresSearchPath) {
  Fixture F("postgres");
  EXPECT_EQ(F.M.getSearchPath(), std::vector<std::string>{"public"});
  F.create("schema a");
  F.create("schema b");
  F.setPath({"a", "public"});
  F.create("table t {\n  column x : integer\n}");
  F.create("view v {\n  project [(col x)]\n    scan t\n}");
  EXPECT_EQ(F.M.lookupTable(QualifiedName("t"))->getName(), QualifiedName("t"));
  // Switching: what meant "a" says so; unqualified names now mean "b".
  F.setPath({"b"});
  Table *AT = F.M.lookupTable(QualifiedName("a", "t"));
  ASSERT_TRUE(AT);
  EXPECT_EQ(AT->getName(), QualifiedName("a", "t"));
  EXPECT_NE(F.text().find("scan a.t"), std::string::npos) << F.text();
  EXPECT_FALSE(F.M.lookupTable(QualifiedName("t")));
  F.create("table t {\n  column y : integer\n}");
  EXPECT_EQ(F.M.lookupTable(QualifiedName("t"))->Columns[0].Name, "y");
  // search_path = '' qualifies what was created before it.
  F.setPath({""});
  EXPECT_TRUE(F.M.lookupTable(QualifiedName("b", "t")));
  EXPECT_TRUE(F.D.text().empty()) << F.D.text();
}

TEST(NameResolvers, MySQLCurrentDatabase) {
  Fixture F("mysql");
  F.create("schema shop"); // CREATE DATABASE shop
  F.create("schema crm");
  F.setPath({"shop"}); // USE shop
  EXPECT_EQ(F.M.getSearchPath(), std::vector<std::string>{"shop"});
  F.create("table orders {\n  column id : integer\n}");
  F.create("table items {\n  column id : integer\n}");
  F.setPath({"crm"}); // USE crm
  F.create("table customers {\n  column id : integer\n}");
  // Only the current database is searched; the others need qualifying.
  EXPECT_FALSE(F.M.lookupTable(QualifiedName("orders")));
  EXPECT_TRUE(F.M.lookupTable(QualifiedName("shop", "orders")));
  EXPECT_EQ(F.M.lookupTable(QualifiedName("customers"))->getName(),
            QualifiedName("customers"));
  // Creating and renaming in the current database.
  auto Ren = std::make_unique<RenameChange>(
      Location(), NameRef{QualifiedName("shop", "items"), Location()},
      TargetKind::Table);
  Ren->NewSchema = "crm";
  ASSERT_TRUE(F.apply(std::move(Ren)).applied());
  EXPECT_TRUE(F.M.lookupTable(QualifiedName("items")));
  // USE without a database changes nothing.
  F.setPath({});
  EXPECT_EQ(F.M.getSearchPath(), std::vector<std::string>{"crm"});
  EXPECT_TRUE(F.D.text().empty()) << F.D.text();
}

TEST(NameResolvers, SQLServerDefaultSchema) {
  Fixture F("sqlserver");
  EXPECT_EQ(F.M.getSearchPath(), std::vector<std::string>{"dbo"});
  F.create("table t {\n  column id : integer\n}");
  F.create("table lookup {\n  column id : integer\n}");
  F.create("schema sales");
  // A user with default schema sales: unqualified names resolve in sales,
  // then in dbo; new objects go to sales.
  F.setPath({"sales"});
  EXPECT_EQ(F.M.getSearchPath(), (std::vector<std::string>{"sales", "dbo"}));
  EXPECT_EQ(F.M.lookupTable(QualifiedName("t"))->getName(),
            QualifiedName("dbo", "t"));
  F.create("table t {\n  column region : text\n}");
  EXPECT_EQ(F.M.lookupTable(QualifiedName("t"))->Columns[0].Name, "region");
  EXPECT_TRUE(F.M.lookupTable(QualifiedName("lookup")));
  F.create("view v {\n  project [(col id)]\n    scan lookup\n}");
  // Back to dbo: the view still scans dbo.lookup and sales' t says so.
  F.setPath({});
  EXPECT_EQ(F.M.getSearchPath(), std::vector<std::string>{"dbo"});
  EXPECT_NE(F.text().find("scan dbo.lookup"), std::string::npos) << F.text();
  EXPECT_TRUE(F.M.lookupTable(QualifiedName("sales", "t")));
  EXPECT_EQ(F.M.lookupTable(QualifiedName("t"))->Columns[0].Name, "id");
  EXPECT_TRUE(F.D.text().empty()) << F.D.text();
}

} // namespace
