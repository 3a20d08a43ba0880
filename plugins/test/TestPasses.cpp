//===- TestPasses.cpp - Passes for testing the pass manager ---------------===//
//
// Part of schemac. Test-only passes, kept out of the product like MLIR's
// test passes:
//   test-break-ir<kind=duplicate-table|dangling-fk>  leaves an invalid IR, so
//       --verify-each must report err_verifier_failed_after_pass;
//   test-fail<error;throw>  fails, silently (the pass manager reports
//       err_pass_failed), after reporting an error of its own (a custom
//       diagnostic id asked for while the pass runs), or by throwing an
//       exception (which must not crash the driver).
// It also defines a command-line flag, as plugins may: loading the plugin
// a second time would register the flag again, which LLVM aborts on.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Module.h"
#include "schemac/passes/Pass.h"
#include "schemac/plugins/PluginAPI.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/Support/CommandLine.h"

#include <stdexcept>

using namespace schemac;

namespace {

llvm::cl::opt<bool> TestPassesFlag("test-passes-flag",
                                   llvm::cl::desc("test only: a plugin's flag"),
                                   llvm::cl::Hidden);

class BreakIRPass : public Pass {
public:
  static void declareOptions(PassOptions &O) {
    O.addEnum("kind", "duplicate-table", {"duplicate-table", "dangling-fk"},
              "how to break the IR");
  }
  explicit BreakIRPass(const PassOptions &O) : Kind(O.getString("kind")) {}

  PassResult run(Module &M, AnalysisManager &AM) override {
    std::vector<Table *> Tables = M.getObjects<Table>();
    if (Tables.empty())
      return PreservedAnalyses::all();
    if (Kind == "duplicate-table") {
      // A second table of the same name.
      M.append(Tables.front()->clone());
    } else {
      Constraint FK;
      FK.K = Constraint::Kind::ForeignKey;
      FK.Loc = Tables.front()->Loc;
      FK.Columns = {Tables.front()->Columns.empty()
                        ? std::string("id")
                        : Tables.front()->Columns.front().Name};
      FK.RefTable = QualifiedName("no_such_table");
      Tables.front()->Constraints.push_back(std::move(FK));
    }
    return PreservedAnalyses::none();
  }

private:
  std::string Kind;
};

class FailPass : public Pass {
public:
  static void declareOptions(PassOptions &O) {
    O.addBool("error", false, "report an error before failing");
    O.addBool("throw", false, "throw an exception instead");
  }
  explicit FailPass(const PassOptions &O)
      : WithError(O.getBool("error")), Throw(O.getBool("throw")) {}

  PassResult run(Module &M, AnalysisManager &AM) override {
    if (Throw)
      throw std::runtime_error("test-fail was asked to throw");
    if (WithError)
      AM.getDiagnostics().report(
          Location(),
          getCustomDiagID(Severity::Error, "test-fail reports an error"));
    return PassResult::failure();
  }

private:
  bool WithError;
  bool Throw;
};

void registerTestPasses(Registry &R) {
  R.Passes.registerPass<BreakIRPass>("test-break-ir",
                                     "test only: leave an invalid IR");
  R.Passes.registerPass<FailPass>("test-fail", "test only: fail");
}

} // namespace

extern "C" SCHEMAC_PLUGIN_EXPORT SchemacPluginInfo schemacGetPluginInfo() {
  return {SCHEMAC_PLUGIN_API_VERSION, "test-passes", "1.0", registerTestPasses};
}
