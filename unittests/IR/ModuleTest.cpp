//===- ModuleTest.cpp - The module's name index ---------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//
//
// The name index is kept up to date incrementally (append, insert, remove,
// rename) and does not depend on the search path, which only decides what
// an unqualified name means at lookup time.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Module.h"
#include "schemac/ir/OpaqueObject.h"
#include "schemac/ir/Table.h"
#include "schemac/support/Context.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

Table *table(Module &M, QualifiedName N) {
  return M.append(std::make_unique<Table>(Location(), std::move(N)));
}

TEST(ModuleIndex, UnqualifiedNamesMeanTheDefaultSchemaOfTheMoment) {
  Context Ctx;
  Module M(Ctx, "m");
  Table *T = table(M, QualifiedName("t"));
  EXPECT_EQ(M.lookupTable(QualifiedName("t")), T);
  EXPECT_EQ(M.lookupTable(QualifiedName("public", "t")), T);
  M.setSearchPath({"app"});
  EXPECT_EQ(M.lookupTable(QualifiedName("app", "t")), T);
  EXPECT_EQ(M.lookupTable(QualifiedName("public", "t")), nullptr);
  Table *Q = table(M, QualifiedName("public", "q"));
  M.setSearchPath({"app", "public"});
  EXPECT_EQ(M.lookupTable(QualifiedName("q")), Q);
  EXPECT_EQ(M.lookupTable(QualifiedName("t")), T);
}

TEST(ModuleIndex, RenameAndRemoveKeepTheIndexRight) {
  Context Ctx;
  Module M(Ctx, "m");
  Table *A = table(M, QualifiedName("s", "a"));
  Table *B = table(M, QualifiedName("s", "b"));
  M.rename(A, QualifiedName("s", "c"));
  EXPECT_EQ(M.lookupTable(QualifiedName("s", "a")), nullptr);
  EXPECT_EQ(M.lookupTable(QualifiedName("s", "c")), A);
  M.rename(B, QualifiedName("b"));
  EXPECT_EQ(M.lookupTable(QualifiedName("s", "b")), nullptr);
  EXPECT_EQ(M.lookupTable(QualifiedName("public", "b")), B);
  ObjectPtr Gone = M.remove(A);
  EXPECT_EQ(M.lookupTable(QualifiedName("s", "c")), nullptr);
  // Inserted before an object of the same name: the first one wins.
  Object *Early =
      M.insert(0, std::make_unique<Table>(Location(), QualifiedName("b")));
  EXPECT_EQ(M.lookupRelation(QualifiedName("b")), Early);
}

TEST(ModuleIndex, NamesDefinedTwiceFindTheNextOneWhenTheFirstGoes) {
  Context Ctx;
  Module M(Ctx, "m");
  auto AddFunction = [&](const char *Text) {
    return M.append(
        std::make_unique<OpaqueObject>(Location(), QualifiedName("public", "f"),
                                       "function", Text, "postgres"));
  };
  OpaqueObject *F1 = AddFunction("CREATE FUNCTION f(int) ...");
  OpaqueObject *F2 = AddFunction("CREATE FUNCTION f(text) ...");
  EXPECT_EQ(M.lookupFunction(QualifiedName("f")), F1);
  ObjectPtr Gone = M.remove(F1);
  EXPECT_EQ(M.lookupFunction(QualifiedName("f")), F2);
  M.rename(F2, QualifiedName("public", "g"));
  EXPECT_EQ(M.lookupFunction(QualifiedName("f")), nullptr);
  EXPECT_EQ(M.lookupFunction(QualifiedName("g")), F2);
}

} // namespace
