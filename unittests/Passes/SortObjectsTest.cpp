//===- SortObjectsTest.cpp - dependency-order and sort-objects ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/SortObjects.h"
#include "schemac/passes/DependencyOrder.h"

#include "PassTestUtil.h"

using namespace schemac;
using namespace schemac::test;

namespace {

std::vector<std::string> objectNames(const Module &M) {
  std::vector<std::string> Names;
  for (const ObjectPtr &O : M.objects())
    Names.push_back(O->getName().str());
  return Names;
}

View *addView(Module &M, std::string Name, std::string Scanned) {
  auto V = std::make_unique<View>(Location(), QualifiedName(Name), false);
  V->Query = std::make_unique<Project>(
      Location(), std::make_unique<Scan>(Location(), QualifiedName(Scanned)));
  return M.append(std::move(V));
}

struct Harness {
  Harness(Module &M) : Diags(M.getContext()), AM(Diags) {
    auto C = std::make_unique<DiagnosticCollector>();
    Col = C.get();
    Diags.setConsumer(std::move(C));
    PassRegistry R;
    registerBuiltinPasses(R);
    llvm::Error E = parsePassPipeline("sort-objects", R, PM);
    EXPECT_FALSE(bool(E)) << llvm::toString(std::move(E));
    PM.setVerifyEach(false);
  }
  DiagnosticEngine Diags;
  AnalysisManager AM;
  PassManager PM;
  DiagnosticCollector *Col;
};

} // namespace

TEST(SortObjects, MovesOnlyWhatMustMove) {
  Context Ctx;
  Module M(Ctx);
  addView(M, "v", "t"); // written before its table
  addTable(M, QualifiedName("a"), {"x"});
  addTable(M, QualifiedName("t"), {"x"});
  addTable(M, QualifiedName("z"), {"x"});
  Harness H(M);
  ASSERT_TRUE(succeeded(H.PM.run(M, H.AM)));
  EXPECT_EQ(objectNames(M), (std::vector<std::string>{"a", "t", "v", "z"}));
  EXPECT_EQ(H.AM.getNumComputed(), 1u);
  // The order changed: the cached graph was dropped.
  EXPECT_EQ(H.AM.getCachedResult<DependencyOrderAnalysis>(M), nullptr);

  // Sorted already: nothing moves and the graph stays cached.
  ASSERT_TRUE(succeeded(H.PM.run(M, H.AM)));
  EXPECT_EQ(objectNames(M), (std::vector<std::string>{"a", "t", "v", "z"}));
  EXPECT_NE(H.AM.getCachedResult<DependencyOrderAnalysis>(M), nullptr);
}

TEST(SortObjects, ForeignKeysAndIndexes) {
  Context Ctx;
  Module M(Ctx);
  addIndex(M, QualifiedName("child"), {}, "child_p_idx")
      ->Elements.push_back(colElem("p"));
  Table *Child = addTable(M, QualifiedName("child"), {"p"});
  Child->Constraints.push_back(foreignKey({"p"}, QualifiedName("parent")));
  Table *Parent = addTable(M, QualifiedName("parent"), {"id"});
  Parent->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"id"}));
  Harness H(M);
  ASSERT_TRUE(succeeded(H.PM.run(M, H.AM)));
  EXPECT_EQ(objectNames(M),
            (std::vector<std::string>{"parent", "child", "child_p_idx"}));
  EXPECT_TRUE(H.Col->Seen.empty());
}

TEST(SortObjects, NameConstraintsPreservesTheGraph) {
  Context Ctx;
  Module M(Ctx);
  Table *T = addTable(M, QualifiedName("t"), {"x"});
  T->Constraints.push_back(key(Constraint::Kind::PrimaryKey, {"x"}));
  DiagnosticEngine Diags(Ctx);
  AnalysisManager AM(Diags);
  AM.getResult<DependencyOrderAnalysis>(M);
  PassRegistry R;
  registerBuiltinPasses(R);
  PassManager PM;
  ASSERT_FALSE(bool(parsePassPipeline("name-constraints", R, PM)));
  ASSERT_TRUE(succeeded(PM.run(M, AM)));
  EXPECT_EQ(T->Constraints[0].Name, "t_pkey");
  EXPECT_NE(AM.getCachedResult<DependencyOrderAnalysis>(M), nullptr);
}
