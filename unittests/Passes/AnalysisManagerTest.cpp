//===- AnalysisManagerTest.cpp - Caching and invalidation of analyses -----===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/AnalysisManager.h"
#include "schemac/ir/Module.h"
#include "schemac/passes/PassManager.h"
#include "schemac/passes/PassRegistry.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

/// Counts tables; records how often it ran.
struct TableCount {
  using Result = size_t;
  static AnalysisKey Key;
  static llvm::StringRef name() { return "table-count"; }
  Result run(Module &M, AnalysisManager &) {
    return M.getObjects<Table>().size();
  }
};
AnalysisKey TableCount::Key;

/// Another analysis, to check that invalidation is per analysis.
struct ObjectCount {
  using Result = size_t;
  static AnalysisKey Key;
  static llvm::StringRef name() { return "object-count"; }
  Result run(Module &M, AnalysisManager &AM) { return M.size(); }
};
AnalysisKey ObjectCount::Key;

class AnalysisTest : public ::testing::Test {
protected:
  AnalysisTest() : Diags(Ctx), M(Ctx), AM(Diags) {}
  void addTable(const char *Name) {
    M.append(std::make_unique<Table>(Location(), QualifiedName(Name)));
  }
  Context Ctx;
  DiagnosticEngine Diags;
  Module M;
  AnalysisManager AM;
};

} // namespace

TEST_F(AnalysisTest, ResultsAreComputedOnceAndCached) {
  addTable("a");
  EXPECT_EQ(AM.getCachedResult<TableCount>(M), nullptr);
  EXPECT_EQ(AM.getResult<TableCount>(M), 1u);
  addTable("b");
  // Cached: the stale value stays until someone invalidates it.
  EXPECT_EQ(AM.getResult<TableCount>(M), 1u);
  EXPECT_EQ(AM.getNumComputed(), 1u);
  ASSERT_NE(AM.getCachedResult<TableCount>(M), nullptr);
  EXPECT_EQ(*AM.getCachedResult<TableCount>(M), 1u);
}

TEST_F(AnalysisTest, InvalidateDropsWhatIsNotPreserved) {
  addTable("a");
  AM.getResult<TableCount>(M);
  AM.getResult<ObjectCount>(M);
  EXPECT_EQ(AM.getNumCached(), 2u);

  AM.invalidate(M, PreservedAnalyses::all());
  EXPECT_EQ(AM.getNumCached(), 2u);

  PreservedAnalyses PA = PreservedAnalyses::none();
  PA.preserve<ObjectCount>();
  AM.invalidate(M, PA);
  EXPECT_EQ(AM.getCachedResult<TableCount>(M), nullptr);
  EXPECT_NE(AM.getCachedResult<ObjectCount>(M), nullptr);

  addTable("b");
  EXPECT_EQ(AM.getResult<TableCount>(M), 2u);
  AM.invalidate(M, PreservedAnalyses::none());
  EXPECT_EQ(AM.getNumCached(), 0u);
}

TEST_F(AnalysisTest, ResultsArePerModule) {
  Module Other(Ctx);
  addTable("a");
  EXPECT_EQ(AM.getResult<TableCount>(M), 1u);
  EXPECT_EQ(AM.getResult<TableCount>(Other), 0u);
  AM.invalidate(Other, PreservedAnalyses::none());
  EXPECT_NE(AM.getCachedResult<TableCount>(M), nullptr);
  EXPECT_EQ(AM.getCachedResult<TableCount>(Other), nullptr);
}

TEST(PreservedAnalysesTest, Intersect) {
  PreservedAnalyses A = PreservedAnalyses::none();
  A.preserve<TableCount>().preserve<ObjectCount>();
  PreservedAnalyses B = PreservedAnalyses::none();
  B.preserve<TableCount>();
  A.intersect(B);
  EXPECT_TRUE(A.isPreserved<TableCount>());
  EXPECT_FALSE(A.isPreserved<ObjectCount>());

  PreservedAnalyses All = PreservedAnalyses::all();
  EXPECT_TRUE(All.isPreserved<ObjectCount>());
  All.intersect(B);
  EXPECT_FALSE(All.areAllPreserved());
  EXPECT_FALSE(All.isPreserved<ObjectCount>());
  EXPECT_TRUE(All.isPreserved<TableCount>());
}

namespace {
/// Adds a table and preserves only what it is told to.
class AddTablePass : public Pass {
public:
  explicit AddTablePass(const PassOptions &) {}
  PassResult run(Module &M, AnalysisManager &AM) override {
    Seen.push_back(AM.getResult<TableCount>(M));
    M.append(std::make_unique<Table>(
        Location(), QualifiedName("t" + std::to_string(M.size()))));
    if (PreserveCount)
      return PreservedAnalyses::none().preserve<TableCount>();
    return PreservedAnalyses::none();
  }
  bool PreserveCount = false;
  std::vector<size_t> Seen;
};
} // namespace

TEST_F(AnalysisTest, PassManagerInvalidatesAfterEachPass) {
  PassRegistry R;
  R.registerPass<AddTablePass>("add-table", "");
  PassManager PM;
  PM.setVerifyEach(false);
  auto First = R.createPass("add-table");
  auto Second = R.createPass("add-table");
  ASSERT_TRUE(First && Second);
  auto *P1 = static_cast<AddTablePass *>(First->get());
  auto *P2 = static_cast<AddTablePass *>(Second->get());
  PM.addPass(std::move(*First));
  PM.addPass(std::move(*Second));

  ASSERT_TRUE(succeeded(PM.run(M, AM)));
  // The first pass's change invalidated the count the second one sees.
  EXPECT_EQ(P1->Seen, std::vector<size_t>{0});
  EXPECT_EQ(P2->Seen, std::vector<size_t>{1});
  EXPECT_EQ(AM.getNumComputed(), 2u);

  // A pass that (wrongly) claims to preserve the count keeps it cached.
  P1->PreserveCount = P2->PreserveCount = true;
  AnalysisManager AM2(Diags);
  ASSERT_TRUE(succeeded(PM.run(M, AM2)));
  EXPECT_EQ(P1->Seen.back(), 2u);
  EXPECT_EQ(P2->Seen.back(), 2u);
  EXPECT_EQ(AM2.getNumComputed(), 1u);
}
