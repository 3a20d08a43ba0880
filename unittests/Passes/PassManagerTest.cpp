//===- PassManagerTest.cpp - Running pipelines with instrumentation -------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/PassManager.h"
#include "schemac/ir/Module.h"
#include "schemac/passes/PassPipeline.h"
#include "schemac/passes/PassRegistry.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "PassTestUtil.h"

#include "gtest/gtest.h"

using schemac::test::DiagnosticCollector;

using namespace schemac;

namespace {

/// Appends its name to a shared log; fails if asked to.
class LogPass : public Pass {
public:
  static void declareOptions(PassOptions &O) {
    O.addBool("fail", false, "fail");
    O.addBool("report", false, "report an error before failing");
    O.addBool("duplicate", false, "leave a duplicate table behind");
  }
  explicit LogPass(const PassOptions &O)
      : Fail(O.getBool("fail")), Report(O.getBool("report")),
        Duplicate(O.getBool("duplicate")) {}
  PassResult run(Module &M, AnalysisManager &AM) override {
    Log->push_back(getName().str());
    if (Report)
      AM.getDiagnostics().report(
          Location(), getCustomDiagID(Severity::Error, "%0 says oops"))
          << getName();
    if (Fail)
      return PassResult::failure();
    if (Duplicate && !M.empty())
      M.append(M.objects().front()->clone());
    return PreservedAnalyses::all();
  }
  static std::vector<std::string> *Log;
  bool Fail, Report, Duplicate;
};
std::vector<std::string> *LogPass::Log = nullptr;

class RecordingInstrumentation : public PassInstrumentation {
public:
  explicit RecordingInstrumentation(std::vector<std::string> &Events)
      : Events(Events) {}
  void runBeforePass(const Pass &P, const Module &) override {
    Events.push_back("before " + P.getName().str());
  }
  void runAfterPass(const Pass &P, const Module &) override {
    Events.push_back("after " + P.getName().str());
  }
  void runAfterPassFailed(const Pass &P, const Module &) override {
    Events.push_back("failed " + P.getName().str());
  }
  void runSkippedPass(const Pass &P, const Module &) override {
    Events.push_back("skipped " + P.getName().str());
  }
  std::vector<std::string> &Events;
};

class PassManagerTest : public ::testing::Test {
protected:
  PassManagerTest() : Diags(Ctx), M(Ctx) {
    LogPass::Log = &Log;
    for (const char *Name : {"a", "b", "c"})
      R.registerPass<LogPass>(Name, "logs its name");
    auto C = std::make_unique<DiagnosticCollector>();
    Diags.setConsumer(std::move(C));
    M.append(std::make_unique<Table>(Location(), QualifiedName("public", "t")));
  }
  ~PassManagerTest() override { LogPass::Log = nullptr; }

  PassManager build(llvm::StringRef Text) {
    PassManager PM;
    llvm::Error E = parsePassPipeline(Text, R, PM);
    EXPECT_FALSE(bool(E)) << llvm::toString(std::move(E));
    return PM;
  }
  std::vector<Diagnostic> &seen() {
    return static_cast<DiagnosticCollector *>(Diags.getConsumer())->Seen;
  }

  PassRegistry R;
  Context Ctx;
  DiagnosticEngine Diags;
  Module M;
  std::vector<std::string> Log;
};

} // namespace

TEST_F(PassManagerTest, RunsPassesInOrder) {
  PassManager PM = build("a,b,c,a");
  AnalysisManager AM(Diags);
  EXPECT_TRUE(succeeded(PM.run(M, AM)));
  EXPECT_EQ(Log, (std::vector<std::string>{"a", "b", "c", "a"}));
  EXPECT_FALSE(Diags.hasErrors());
}

TEST_F(PassManagerTest, DisabledPassesAreSkipped) {
  PassManager PM = build("a,b,c,b");
  PM.disablePass("b");
  std::vector<std::string> Events;
  PM.addInstrumentation(std::make_unique<RecordingInstrumentation>(Events));
  AnalysisManager AM(Diags);
  EXPECT_TRUE(succeeded(PM.run(M, AM)));
  EXPECT_EQ(Log, (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(Events,
            (std::vector<std::string>{"before a", "after a", "skipped b",
                                      "before c", "after c", "skipped b"}));
}

TEST_F(PassManagerTest, FailureStopsThePipelineAndIsReportedOnce) {
  PassManager PM = build("a,b<fail>,c");
  std::vector<std::string> Events;
  PM.addInstrumentation(std::make_unique<RecordingInstrumentation>(Events));
  AnalysisManager AM(Diags);
  EXPECT_TRUE(failed(PM.run(M, AM)));
  EXPECT_EQ(Log, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Events, (std::vector<std::string>{"before a", "after a", "before b",
                                              "failed b"}));
  ASSERT_EQ(seen().size(), 1u);
  EXPECT_EQ(seen()[0].ID, DiagID::err_pass_failed);
  EXPECT_EQ(seen()[0].Message, "pass 'b' failed");
}

TEST_F(PassManagerTest, FailureWithItsOwnErrorAddsNothing) {
  PassManager PM = build("a<fail;report>,b");
  AnalysisManager AM(Diags);
  EXPECT_TRUE(failed(PM.run(M, AM)));
  ASSERT_EQ(seen().size(), 1u);
  EXPECT_EQ(seen()[0].Message, "a says oops");
}

TEST_F(PassManagerTest, PrintIRAfterAllUsesMLIRHeaders) {
  PassManager PM = build("a,b");
  std::string Dump;
  llvm::raw_string_ostream OS(Dump);
  PM.enableIRPrinting(OS, /*BeforeAll=*/true, /*AfterAll=*/true);
  AnalysisManager AM(Diags);
  ASSERT_TRUE(succeeded(PM.run(M, AM)));
  std::vector<std::string> Headers;
  llvm::SmallVector<llvm::StringRef> Lines;
  llvm::StringRef(OS.str()).split(Lines, '\n');
  for (llvm::StringRef L : Lines)
    if (L.startswith("// -----// IR Dump"))
      Headers.push_back(L.str());
  EXPECT_EQ(Headers, (std::vector<std::string>{
                         "// -----// IR Dump Before a //----- //",
                         "// -----// IR Dump After a //----- //",
                         "// -----// IR Dump Before b //----- //",
                         "// -----// IR Dump After b //----- //"}));
}

TEST_F(PassManagerTest, VerifyEachNamesThePassThatBrokeTheIR) {
  PassManager PM = build("a,b<duplicate>,c");
  AnalysisManager AM(Diags);
  EXPECT_TRUE(failed(PM.run(M, AM)));
  EXPECT_EQ(Log, (std::vector<std::string>{"a", "b"}));
  ASSERT_FALSE(seen().empty());
  EXPECT_EQ(seen().back().ID, DiagID::err_verifier_failed_after_pass);
  EXPECT_EQ(seen().back().Message, "IR is invalid after pass 'b'");

  // Without --verify-each the broken IR goes unnoticed by the manager.
  seen().clear();
  Log.clear();
  Module Fresh(Ctx);
  Fresh.append(
      std::make_unique<Table>(Location(), QualifiedName("public", "t")));
  PassManager Unverified = build("a,b<duplicate>,c");
  Unverified.setVerifyEach(false);
  AnalysisManager AM2(Diags);
  EXPECT_TRUE(succeeded(Unverified.run(Fresh, AM2)));
  EXPECT_EQ(Log, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(seen().empty());
}
