//===- DDLWriterTest.cpp - The shared part of DDL backends ----------------===//
//
// Part of schemac. A second DDL backend, defined here only for a SQL
// Server-like dialect (brackets, no owners, comments as extended
// properties), is a handful of hooks on DDLWriter: the walk, the blocks,
// ownership and comments, opaque statements of other dialects and syntax the
// target lacks come from the base class.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/DDLWriter.h"
#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "ExprBuilders.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::backendtest;

namespace {

const SQLDialect &bracketDialect() {
  static const SQLDialect D([] {
    SQLDialect::Description Desc;
    Desc.Name = "test-brackets";
    Desc.DisplayName = "Brackets";
    Desc.Base = &getPostgresDialect();
    Desc.Traits.IdentifierQuotes = "[]";
    Desc.Traits.Folding = CaseFolding::None;
    Desc.Features.Owners = false;
    Desc.Features.DistinctOn = false;
    Desc.Features.Comments = CommentStyle::ExtendedProperties;
    Desc.Features.IfNotExistsKinds &=
        ~SQLFeatures::ifNotExists(Object::Kind::Table);
    return Desc;
  }());
  return D;
}

/// Tables, views and indexes in their plainest form; nothing else.
class BracketWriter : public DDLWriter {
public:
  BracketWriter(const Module &M, llvm::raw_ostream &OS, DiagnosticEngine &Diags)
      : DDLWriter(M, OS, Diags, bracketDialect()) {}

private:
  void writeSetting(const Setting &) override {}
  void writeSchema(const SchemaDecl &S) override {
    statement() += "CREATE SCHEMA ";
    ident(S.getName().Name);
    Out += ';';
    writeOwnerAndComment(S, "SCHEMA");
  }
  void writeEnum(const EnumType &) override {}
  void writeDomain(const Domain &) override {}
  void writeSequence(const Sequence &) override {}
  void writeTable(const Table &T) override {
    statement() += "CREATE TABLE ";
    ifNotExists(T, T.IfNotExists);
    name(T.getName());
    Out += " (";
    for (size_t I = 0; I != T.Columns.size(); ++I) {
      if (I)
        Out += ", ";
      ident(T.Columns[I].Name);
      Out += ' ';
      type(T.Columns[I].Type);
    }
    Out += ");";
    writeOwnerAndComment(T, "TABLE");
    for (const Column &C : T.Columns)
      if (C.comment())
        writeColumnComment(T, C.Name, *C.comment());
  }
  void writeView(const View &V) override {
    statement() += "CREATE VIEW ";
    name(V.getName());
    Out += " AS ";
    B.appendQuery(Out, *V.Query);
    Out += ';';
  }
  void writeIndex(const Index &I) override {
    statement() += "CREATE INDEX ";
    ident(I.getName().Name);
    Out += " ON ";
    name(I.Table);
    Out += ';';
    writeIndexComment(I);
  }
  void writeForeignKey(const Table &, unsigned) override {}
  void writeSequenceOwner(const Sequence &) override {}
  void writeAttachPartition(const Table &) override {}
};

class Collect : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &D) override { Texts.push_back(D.Message); }
  std::vector<std::string> Texts;
};

class DDLWriterTest : public ::testing::Test {
protected:
  DDLWriterTest() : Diags(Ctx), M(Ctx, "m") {
    Diags.setConsumer(std::make_unique<Collect>());
  }
  std::string write() {
    std::string S;
    llvm::raw_string_ostream OS(S);
    Failed = failed(BracketWriter(M, OS, Diags).write());
    return OS.str();
  }
  std::vector<std::string> &messages() {
    return static_cast<Collect *>(Diags.getConsumer())->Texts;
  }

  Context Ctx;
  DiagnosticEngine Diags;
  Module M;
  bool Failed = false;
};

TEST_F(DDLWriterTest, BlocksOwnersAndExtendedProperties) {
  auto *S = M.append(std::make_unique<SchemaDecl>(Location(), "sales"));
  S->Owner = "admin";
  S->Comment = "the sales";
  auto T = std::make_unique<Table>(Location(),
                                   QualifiedName("sales", "Order Items"));
  Column C;
  C.Name = "qty";
  C.Type = DataType(TypeKind::Integer);
  C.details().Comment = "how many";
  T->Columns.push_back(std::move(C));
  T->Owner = "admin";
  T->Comment = "it's ordered";
  M.append(std::move(T));
  auto I = std::make_unique<Index>(Location(), QualifiedName("ix_qty"),
                                   QualifiedName("sales", "Order Items"));
  I->Comment = "by quantity";
  M.append(std::move(I));

  EXPECT_EQ(write(),
            "CREATE SCHEMA sales;\n"
            "EXEC sys.sp_addextendedproperty @name = N'MS_Description', "
            "@value = N'the sales', @level0type = N'SCHEMA', @level0name = "
            "N'sales';\n"
            "\n"
            "CREATE TABLE sales.[Order Items] (qty integer);\n"
            "EXEC sys.sp_addextendedproperty @name = N'MS_Description', "
            "@value = N'it''s ordered', @level0type = N'SCHEMA', @level0name "
            "= N'sales', @level1type = N'TABLE', @level1name = N'Order "
            "Items';\n"
            "EXEC sys.sp_addextendedproperty @name = N'MS_Description', "
            "@value = N'how many', @level0type = N'SCHEMA', @level0name = "
            "N'sales', @level1type = N'TABLE', @level1name = N'Order Items', "
            "@level2type = N'COLUMN', @level2name = N'qty';\n"
            "\n"
            "CREATE INDEX ix_qty ON sales.[Order Items];\n"
            "EXEC sys.sp_addextendedproperty @name = N'MS_Description', "
            "@value = N'by quantity', @level0type = N'SCHEMA', @level0name = "
            "N'sales', @level1type = N'TABLE', @level1name = N'Order Items', "
            "@level2type = N'INDEX', @level2name = N'ix_qty';\n");
  EXPECT_FALSE(Failed);
  EXPECT_TRUE(messages().empty());
}

TEST_F(DDLWriterTest, ForeignDialectAndUnsupportedSyntax) {
  M.append(std::make_unique<OpaqueObject>(
      Location(), QualifiedName("f"), "function",
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';",
      "postgres"));
  auto Sc = std::make_unique<Scan>(Location(), QualifiedName("t"));
  auto P = std::make_unique<Project>(Location(), std::move(Sc));
  P->Items.push_back(SelectItem{col("a"), "", true});
  P->Distinct = Project::DistinctKind::On;
  P->DistinctOn.push_back(col("a"));
  auto V = std::make_unique<View>(Location(), QualifiedName("v"), false);
  V->Query = std::move(P);
  M.append(std::move(V));

  auto T = std::make_unique<Table>(Location(), QualifiedName("t"));
  T->IfNotExists = true;
  M.append(std::move(T));

  write();
  EXPECT_TRUE(Failed);
  ASSERT_EQ(messages().size(), 3u);
  EXPECT_EQ(messages()[0], "function 'f' is written in 'postgres' and cannot "
                           "be emitted as Brackets");
  EXPECT_EQ(messages()[1],
            "table 't' uses IF NOT EXISTS, which cannot be written in "
            "Brackets");
  EXPECT_EQ(messages()[2],
            "view 'v' uses DISTINCT ON, which cannot be written in Brackets");
}

} // namespace
