//===- QualifyNamesTest.cpp - Schema-qualifying every name ----------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/QualifyNames.h"

#include "PassTestUtil.h"

using namespace schemac;
using namespace schemac::test;

namespace {
class QualifyNamesTest : public ::testing::Test {
protected:
  QualifyNamesTest() : M(Ctx) { M.setSearchPath({"$user", "app", "public"}); }
  Context Ctx;
  Module M;
};
} // namespace

TEST_F(QualifyNamesTest, DefinitionsGetTheDefaultSchema) {
  Table *T = addTable(M, QualifiedName("orders"), {"id"});
  Table *Q = addTable(M, QualifiedName("other", "items"), {"id"});
  auto E = std::make_unique<EnumType>(Location(), QualifiedName("mood"));
  EnumType *Enum = M.append(std::move(E));
  Index *I = addIndex(M, QualifiedName("other", "items"), {}, "items_idx");
  auto S = std::make_unique<SchemaDecl>(Location(), "app");
  SchemaDecl *Schema = M.append(std::move(S));
  runPipeline(M, "qualify-names");
  EXPECT_EQ(T->getName(), QualifiedName("app", "orders"));
  EXPECT_EQ(Q->getName(), QualifiedName("other", "items"));
  EXPECT_EQ(Enum->getName(), QualifiedName("app", "mood"));
  // An index lives in its table's schema.
  EXPECT_EQ(I->getName(), QualifiedName("other", "items_idx"));
  EXPECT_EQ(Schema->getName(), QualifiedName("app"));
  EXPECT_EQ(M.lookupTable(QualifiedName("app", "orders")), T);
}

TEST_F(QualifyNamesTest, ReferencesResolveAlongTheSearchPath) {
  addTable(M, QualifiedName("public", "customers"), {"id"});
  addTable(M, QualifiedName("app", "customers"), {"id"});
  addTable(M, QualifiedName("public", "regions"), {"id"});
  Table *T = addTable(M, QualifiedName("orders"), {"id", "cust", "region"});
  T->Constraints.push_back(foreignKey({"cust"}, QualifiedName("customers")));
  T->Constraints.push_back(foreignKey({"region"}, QualifiedName("regions")));
  // Not defined in the module: left as written.
  T->Constraints.push_back(foreignKey({"id"}, QualifiedName("elsewhere")));
  Index *I = addIndex(M, QualifiedName("regions"), {}, "r_idx");
  runPipeline(M, "qualify-names");
  EXPECT_EQ(T->Constraints[0].RefTable, QualifiedName("app", "customers"));
  EXPECT_EQ(T->Constraints[1].RefTable, QualifiedName("public", "regions"));
  EXPECT_EQ(T->Constraints[2].RefTable, QualifiedName("elsewhere"));
  EXPECT_EQ(I->Table, QualifiedName("public", "regions"));
  EXPECT_EQ(I->getName(), QualifiedName("public", "r_idx"));
}

TEST_F(QualifyNamesTest, TypesSequencesAndRegclassLiterals) {
  M.append(std::make_unique<EnumType>(Location(), QualifiedName("mood")));
  auto Seq = std::make_unique<Sequence>(Location(),
                                        QualifiedName("public", "Order Seq"));
  Seq->OwnedByTable = QualifiedName("orders");
  Seq->OwnedByColumn = "id";
  Sequence *S = M.append(std::move(Seq));
  M.append(std::make_unique<Sequence>(Location(), QualifiedName("plain_seq")));
  Table *T = addTable(M, QualifiedName("orders"), {"id", "n", "feeling"});
  T->Columns[0].Default = call(
      {"nextval"},
      args(cast(str("\"Order Seq\""), DataType(TypeKind::DialectSpecific))));
  llvm::cast<Cast>(*llvm::cast<FuncCall>(*T->Columns[0].Default).Args[0])
      .Type.Name = QualifiedName("regclass");
  T->Columns[1].Default = call({"nextval"}, args(str("PLAIN_SEQ")));
  T->Columns[2].Type = userType("mood");
  T->Columns[2].Type.ArrayDims = 1;
  T->Columns[2].Type.Spelling = "mood[]";
  runPipeline(M, "qualify-names");
  const auto &Arg = llvm::cast<Literal>(
      *llvm::cast<Cast>(*llvm::cast<FuncCall>(*T->Columns[0].Default).Args[0])
           .Operand);
  EXPECT_EQ(Arg.Value, "public.\"Order Seq\"");
  const auto &Plain = llvm::cast<Literal>(
      *llvm::cast<FuncCall>(*T->Columns[1].Default).Args[0]);
  EXPECT_EQ(Plain.Value, "app.plain_seq");
  EXPECT_EQ(T->Columns[2].Type.Name, QualifiedName("app", "mood"));
  EXPECT_EQ(T->Columns[2].Type.Spelling, "") << "rebuilt by the backend";
  EXPECT_EQ(T->Columns[2].Type.ArrayDims, 1u);
  EXPECT_EQ(S->OwnedByTable, QualifiedName("app", "orders"));
}

TEST_F(QualifyNamesTest, ViewScansButNotCtes) {
  addTable(M, QualifiedName("public", "t"), {"a"});
  auto V = std::make_unique<View>(Location(), QualifiedName("v"), false);
  auto Cte = std::make_unique<Scan>(Location(), QualifiedName("c"));
  Cte->IsCte = true;
  auto Join = std::make_unique<schemac::Join>(
      Location(), schemac::Join::JoinKind::Cross, std::move(Cte),
      std::make_unique<Scan>(Location(), QualifiedName("t")));
  auto Body = std::make_unique<Project>(Location(), std::move(Join));
  auto W = std::make_unique<With>(Location(), std::move(Body));
  CommonTableExpr CE;
  CE.Name = "c";
  CE.Query = std::make_unique<Project>(
      Location(),
      std::make_unique<Scan>(Location(), QualifiedName("pg_class")));
  W->Ctes.push_back(std::move(CE));
  V->Query = std::move(W);
  View *View = M.append(std::move(V));
  runPipeline(M, "qualify-names");
  auto &Wi = llvm::cast<With>(*View->Query);
  auto &J = llvm::cast<schemac::Join>(*llvm::cast<Project>(*Wi.Body).Input);
  EXPECT_EQ(llvm::cast<Scan>(*J.Left).Table, QualifiedName("c"));
  EXPECT_EQ(llvm::cast<Scan>(*J.Right).Table, QualifiedName("public", "t"));
  // A system catalog is not in the module: untouched.
  EXPECT_EQ(
      llvm::cast<Scan>(*llvm::cast<Project>(*Wi.Ctes[0].Query).Input).Table,
      QualifiedName("pg_class"));
  EXPECT_EQ(View->getName(), QualifiedName("app", "v"));
}

TEST_F(QualifyNamesTest, FunctionsAndIdentitySequences) {
  auto F =
      std::make_unique<OpaqueObject>(Location(), QualifiedName("f"), "function",
                                     "CREATE FUNCTION f() ...", "postgres");
  OpaqueObject *Fn = M.append(std::move(F));
  Table *T = addTable(M, QualifiedName("other", "t"), {"a", "b"});
  T->Columns[0].Default = call({"f"}, {});
  T->Columns[1].Default = call({"now"}, {});
  T->Columns[1].Ident.emplace();
  T->Columns[1].Ident->Options.SequenceName = QualifiedName("t_b_seq");
  Table *T2 = addTable(M, QualifiedName("t2"), {"a"});
  T2->Columns[0].Default = call({"f"}, {});
  runPipeline(M, "qualify-names");
  EXPECT_EQ(llvm::cast<FuncCall>(*T->Columns[0].Default).Name,
            (std::vector<std::string>{"app", "f"}));
  EXPECT_EQ(llvm::cast<FuncCall>(*T->Columns[1].Default).Name,
            (std::vector<std::string>{"now"}));
  // SEQUENCE NAME without a schema is created in the table's schema.
  EXPECT_EQ(T->Columns[1].Ident->Options.SequenceName,
            QualifiedName("other", "t_b_seq"));
  EXPECT_EQ(Fn->getName(), QualifiedName("app", "f"));

  runPipeline(M, "qualify-names<no-functions>");
  // Nothing new: the pass is idempotent.
  EXPECT_EQ(llvm::cast<FuncCall>(*T2->Columns[0].Default).Name,
            (std::vector<std::string>{"app", "f"}));
}

TEST_F(QualifyNamesTest, NoFunctionsOption) {
  M.append(std::make_unique<OpaqueObject>(Location(), QualifiedName("f"),
                                          "function", "", "postgres"));
  Table *T = addTable(M, QualifiedName("t"), {"a"});
  T->Columns[0].Default = call({"f"}, {});
  runPipeline(M, "qualify-names<no-functions>");
  EXPECT_EQ(llvm::cast<FuncCall>(*T->Columns[0].Default).Name,
            (std::vector<std::string>{"f"}));
}

TEST(QualifiedNameLiterals, SplitAndQuote) {
  using pgnames::splitQualifiedNameLiteral;
  EXPECT_EQ(*splitQualifiedNameLiteral("Public.Seq"),
            (std::vector<std::string>{"public", "seq"}));
  EXPECT_EQ(*splitQualifiedNameLiteral(" \"My\"\"Seq\" "),
            (std::vector<std::string>{"My\"Seq"}));
  EXPECT_EQ(*splitQualifiedNameLiteral("a . \"b.c\""),
            (std::vector<std::string>{"a", "b.c"}));
  EXPECT_FALSE(splitQualifiedNameLiteral(""));
  EXPECT_FALSE(splitQualifiedNameLiteral("a."));
  EXPECT_FALSE(splitQualifiedNameLiteral("\"unterminated"));
  EXPECT_FALSE(splitQualifiedNameLiteral("a b"));
  EXPECT_FALSE(splitQualifiedNameLiteral("a.b.c.d"));
  EXPECT_EQ(pgnames::quoteIdentifierIfNeeded("abc_1$"), "abc_1$");
  EXPECT_EQ(pgnames::quoteIdentifierIfNeeded("Abc"), "\"Abc\"");
  EXPECT_EQ(pgnames::quoteIdentifierIfNeeded("1a"), "\"1a\"");
  EXPECT_EQ(pgnames::quoteIdentifierIfNeeded("a\"b"), "\"a\"\"b\"");
}
