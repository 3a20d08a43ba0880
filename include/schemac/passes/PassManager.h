//===- PassManager.h - Running a pipeline of passes ------------*- C++ -*-===//
//
// Part of schemac. The PassManager runs its passes in order on a Module,
// like LLVM's ModulePassManager with MLIR's instrumentation:
//  - the IR verifier after every pass (on by default, --verify-each); a
//    broken IR after pass X reports err_verifier_failed_after_pass naming X;
//  - IR dumps before/after every pass (--print-ir-before-all,
//    --print-ir-after-all) under an MLIR-style header
//    `// -----// IR Dump After <pass> //----- //`;
//  - disabled passes (--disable-pass=NAME), skipped like DuckDB's
//    disabled_optimizers;
//  - any number of PassInstrumentation callbacks.
// After each pass, analyses the pass did not preserve are invalidated.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_PASSMANAGER_H
#define SCHEMAC_PASSES_PASSMANAGER_H

#include "schemac/ir/IRPrinter.h"
#include "schemac/passes/Pass.h"
#include "schemac/support/LogicalResult.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <vector>

namespace schemac {

/// Callbacks around each pass run.
class PassInstrumentation {
public:
  virtual ~PassInstrumentation();
  virtual void runBeforePass(const Pass &P, const Module &M) {}
  virtual void runAfterPass(const Pass &P, const Module &M) {}
  virtual void runAfterPassFailed(const Pass &P, const Module &M) {}
  /// A pass skipped because it was disabled.
  virtual void runSkippedPass(const Pass &P, const Module &M) {}
};

class PassManager {
public:
  PassManager();
  PassManager(PassManager &&) noexcept;
  PassManager &operator=(PassManager &&) noexcept;
  ~PassManager();

  void addPass(std::unique_ptr<Pass> P);
  const std::vector<std::unique_ptr<Pass>> &getPasses() const { return Passes; }
  bool empty() const { return Passes.empty(); }
  size_t size() const { return Passes.size(); }

  /// The canonical pipeline text: `a,b<opt=1;flag>`.
  void printPipeline(llvm::raw_ostream &OS) const;

  //===--- Instrumentation ------------------------------------------------===//
  /// Run the verifier after each pass (default: on).
  void setVerifyEach(bool V) { VerifyEach = V; }
  bool getVerifyEach() const { return VerifyEach; }
  /// Skip every pass named \p Name.
  void disablePass(llvm::StringRef Name) { Disabled.insert(Name); }
  bool isDisabled(llvm::StringRef Name) const { return Disabled.count(Name); }
  /// Dump the IR to \p OS before and/or after every pass.
  void enableIRPrinting(llvm::raw_ostream &OS, bool BeforeAll, bool AfterAll,
                        IRPrintOptions Opts = {});
  void addInstrumentation(std::unique_ptr<PassInstrumentation> PI);

  /// Runs every pass on \p M. Stops at the first pass that fails or leaves
  /// an invalid IR; returns failure after reporting why.
  LogicalResult run(Module &M, AnalysisManager &AM);

private:
  std::vector<std::unique_ptr<Pass>> Passes;
  std::vector<std::unique_ptr<PassInstrumentation>> Instrumentations;
  llvm::StringSet<> Disabled;
  bool VerifyEach = true;
};

} // namespace schemac

#endif // SCHEMAC_PASSES_PASSMANAGER_H
