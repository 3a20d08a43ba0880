//===- VerifierDialectTest.cpp - The verifier asks the module's dialect ---===//
//
// Part of schemac. What the database provides itself (system schemas,
// catalogs, the schema of built-in operators, system columns) comes from
// the rules of the module's dialect, and the verifier reasons about
// operators by their neutral kind: a dialect nobody registered has none of
// PostgreSQL's catalogs, and MySQL's `||` is a logical OR.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Verifier.h"
#include "schemac/ir/Walk.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::irtest;

namespace {

/// The errors of verifying \p Body in dialect \p Dialect, one per line;
/// \p Adjust may change the module first.
std::string verifyIn(llvm::StringRef Dialect, const std::string &Body,
                     llvm::function_ref<void(Module &)> Adjust = {}) {
  Context Ctx;
  std::string Errors;
  auto M = parseFromString(Ctx, "module\n" + Body, Errors);
  if (!M)
    return "parse error: " + Errors;
  M->Dialect = Dialect.str();
  if (Adjust)
    Adjust(*M);
  StringDiagnostics D(Ctx);
  (void)verifyModule(*M, D.Diags);
  std::string Out, All = D.text();
  for (llvm::StringRef Text = All; !Text.empty();) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    if (Line.contains(": error: "))
      Out += Line.str() + "\n";
  }
  return Out;
}

/// Sets the OpKind of every binary operator of the module to \p K, as a
/// frontend of a dialect that spells K that way would.
void setKinds(Module &M, BinaryOpKind K) {
  for (Table *T : M.getObjects<Table>())
    for (Constraint &C : T->Constraints)
      if (C.Check)
        walk(*C.Check, [&](const Expr &E) {
          if (auto *B = llvm::dyn_cast<BinaryOp>(&E))
            const_cast<BinaryOp *>(B)->OpKind = K;
        });
}

const char *const CatalogView = R"(view v {
  project [(col relname)]
    scan pg_class
}
)";

TEST(VerifierDialect, CatalogsAreTheDialects) {
  EXPECT_EQ(verifyIn("postgres", CatalogView), "");
  EXPECT_EQ(verifyIn("nowhere", CatalogView),
            "test.sir:4:5: error: view 'v' refers to unknown relation "
            "'pg_class'\n");
}

TEST(VerifierDialect, RegisteredRules) {
  static const char *const Schemas[] = {"sys"};
  static const char *const Columns[] = {"rowid"};
  DialectRules::Tables T;
  T.SystemSchemas = Schemas;
  T.CheckSystemColumns = Columns;
  static const DialectRules Rules("test-sys", T);
  registerDialectRules(Rules);
  EXPECT_EQ(&getDialectRules("test-sys"), &Rules);
  const char *Body = R"(table t {
  column a : integer
  constraint check (binary "<" (col rowid) (lit int 5))
  constraint foreign_key [a] references sys.objects [id]
}
)";
  EXPECT_EQ(verifyIn("test-sys", Body), "");
  EXPECT_NE(verifyIn("postgres", Body), "");
}

TEST(VerifierDialect, OperatorsByKind) {
  const char *Body = R"(table t {
  column a : text
  column b : text
  constraint check (binary "||" (col a) (col b))
}
)";
  // PostgreSQL's || concatenates: not a boolean condition.
  EXPECT_EQ(verifyIn("postgres", Body),
            "test.sir:5:20: error: argument of CHECK must be type boolean, "
            "not type 'text'\n");
  // MySQL's || is OR (of strings converted to numbers): a condition.
  EXPECT_EQ(
      verifyIn("mysql", Body, [](Module &M) { setKinds(M, BinaryOpKind::Or); }),
      "");
}

TEST(VerifierDialect, QualifiedOperators) {
  const char *Builtin = R"(table t {
  column a : integer
  constraint check (binary "+" (col a) (lit int 1) op_schema pg_catalog)
}
)";
  // OPERATOR(pg_catalog.+) is +: an integer, not a condition.
  EXPECT_EQ(verifyIn("postgres", Builtin),
            "test.sir:4:20: error: argument of CHECK must be type boolean, "
            "not type 'integer'\n");
  // Another schema's + may return anything; so may pg_catalog's where the
  // dialect has no such schema.
  std::string Other = Builtin;
  Other.replace(Other.find("pg_catalog"), 10, "ext");
  EXPECT_EQ(verifyIn("postgres", Other), "");
  EXPECT_EQ(verifyIn("nowhere", Builtin), "");
}

} // namespace
