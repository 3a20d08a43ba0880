//===- Pass.h - Base class of IR passes ------------------------*- C++ -*-===//
//
// Part of schemac. A pass transforms or checks a Module:
//
//   class MyPass : public Pass {
//   public:
//     static void declareOptions(PassOptions &O) {
//       O.addBool("x", true, "..");
//     }
//     explicit MyPass(const PassOptions &O) : X(O.getBool("x")) {}
//     PassResult run(Module &M, AnalysisManager &AM) override;
//   };
//
// run() returns what it preserved (PreservedAnalyses), or
// PassResult::failure() after reporting an error through
// AM.getDiagnostics(). Passes never print and keep no global state; the
// PassRegistry creates them from pipeline text and names them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_PASS_H
#define SCHEMAC_PASSES_PASS_H

#include "schemac/passes/AnalysisManager.h"
#include "schemac/passes/PassOptions.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace schemac {

class Module;

/// The outcome of running a pass: failed, or succeeded with the set of
/// analyses it kept valid.
class [[nodiscard]] PassResult {
public:
  /// Success.
  PassResult(PreservedAnalyses PA) : PA(std::move(PA)) {}
  /// The pass reported an error; the pipeline stops.
  static PassResult failure() {
    PassResult R(PreservedAnalyses::none());
    R.Failed = true;
    return R;
  }
  bool failed() const { return Failed; }
  bool succeeded() const { return !Failed; }
  const PreservedAnalyses &getPreservedAnalyses() const { return PA; }

private:
  PreservedAnalyses PA;
  bool Failed = false;
};

class Pass {
public:
  virtual ~Pass();

  /// Runs the pass on \p M.
  virtual PassResult run(Module &M, AnalysisManager &AM) = 0;

  /// Passes without options inherit this.
  static void declareOptions(PassOptions &) {}

  /// The pipeline name ("name-constraints") given by the registry.
  llvm::StringRef getName() const { return Name; }
  /// The options the pass was created with.
  const PassOptions &getOptions() const { return Options; }
  /// `name` or `name<options>`, re-parseable.
  void printPipeline(llvm::raw_ostream &OS) const;

protected:
  Pass() = default;

private:
  friend class PassRegistry;
  std::string Name = "<unnamed>";
  PassOptions Options;
};

} // namespace schemac

#endif // SCHEMAC_PASSES_PASS_H
