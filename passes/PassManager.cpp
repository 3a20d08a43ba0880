//===- PassManager.cpp - Running a pipeline of passes ---------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/passes/PassManager.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Verifier.h"
#include "schemac/support/Diagnostic.h"

#include <exception>

using namespace schemac;

PassInstrumentation::~PassInstrumentation() = default;

namespace {
/// --print-ir-before-all / --print-ir-after-all, with MLIR's dump header.
class IRPrinterInstrumentation : public PassInstrumentation {
public:
  IRPrinterInstrumentation(llvm::raw_ostream &OS, bool Before, bool After,
                           IRPrintOptions Opts)
      : OS(OS), Before(Before), After(After), Opts(Opts) {}

  void runBeforePass(const Pass &P, const Module &M) override {
    if (Before)
      dump("Before", P, M);
  }
  void runAfterPass(const Pass &P, const Module &M) override {
    if (After)
      dump("After", P, M);
  }
  void runAfterPassFailed(const Pass &P, const Module &M) override {
    if (After)
      dump("After", P, M, " Failed");
  }

private:
  void dump(llvm::StringRef When, const Pass &P, const Module &M,
            llvm::StringRef Suffix = "") {
    OS << "// -----// IR Dump " << When << ' ' << P.getName() << Suffix
       << " //----- //\n";
    printModule(M, OS, Opts);
    OS << '\n';
    OS.flush();
  }

  llvm::raw_ostream &OS;
  bool Before, After;
  IRPrintOptions Opts;
};
} // namespace

/// Runs \p P; an exception a (plugin) pass lets escape becomes an error
/// here instead of crossing into the driver.
static PassResult runGuarded(Pass &P, Module &M, AnalysisManager &AM) {
  try {
    return P.run(M, AM);
  } catch (const std::exception &E) {
    AM.getDiagnostics().report(Location(), DiagID::err_pass_threw)
        << P.getName() << E.what();
  } catch (...) {
    AM.getDiagnostics().report(Location(), DiagID::err_pass_threw_unknown)
        << P.getName();
  }
  return PassResult::failure();
}

PassManager::PassManager() = default;
PassManager::PassManager(PassManager &&) noexcept = default;
PassManager &PassManager::operator=(PassManager &&) noexcept = default;
PassManager::~PassManager() = default;

void PassManager::addPass(std::unique_ptr<Pass> P) {
  Passes.push_back(std::move(P));
}

void PassManager::printPipeline(llvm::raw_ostream &OS) const {
  for (size_t I = 0; I != Passes.size(); ++I) {
    if (I)
      OS << ',';
    Passes[I]->printPipeline(OS);
  }
}

void PassManager::enableIRPrinting(llvm::raw_ostream &OS, bool BeforeAll,
                                   bool AfterAll, IRPrintOptions Opts) {
  if (BeforeAll || AfterAll)
    addInstrumentation(std::make_unique<IRPrinterInstrumentation>(
        OS, BeforeAll, AfterAll, Opts));
}

void PassManager::addInstrumentation(std::unique_ptr<PassInstrumentation> PI) {
  Instrumentations.push_back(std::move(PI));
}

LogicalResult PassManager::run(Module &M, AnalysisManager &AM) {
  DiagnosticEngine &Diags = AM.getDiagnostics();
  for (const std::unique_ptr<Pass> &P : Passes) {
    if (isDisabled(P->getName())) {
      for (auto &PI : Instrumentations)
        PI->runSkippedPass(*P, M);
      continue;
    }
    for (auto &PI : Instrumentations)
      PI->runBeforePass(*P, M);

    unsigned ErrorsBefore = Diags.getNumErrors();
    PassResult R = runGuarded(*P, M, AM);
    if (R.failed()) {
      for (auto &PI : Instrumentations)
        PI->runAfterPassFailed(*P, M);
      // A pass fails after reporting why; make sure the user sees something.
      if (Diags.getNumErrors() == ErrorsBefore)
        Diags.report(Location(), DiagID::err_pass_failed) << P->getName();
      AM.clear();
      return failure();
    }
    AM.invalidate(M, R.getPreservedAnalyses());
    for (auto &PI : Instrumentations)
      PI->runAfterPass(*P, M);

    if (VerifyEach) {
      unsigned Before = Diags.getNumErrors();
      if (failed(verifyModule(M, Diags)) || Diags.getNumErrors() != Before) {
        Diags.report(Location(), DiagID::err_verifier_failed_after_pass)
            << P->getName();
        AM.clear();
        return failure();
      }
    }
  }
  return success();
}
