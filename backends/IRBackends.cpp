//===- IRBackends.cpp - The IR itself as an output ------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/IRBackends.h"
#include "schemac/ir/IRJSON.h"
#include "schemac/ir/IRPrinter.h"

using namespace schemac;

namespace {
class TextIRBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS, DiagnosticEngine &,
                     const BackendOptions &Opts) override {
    IRPrintOptions P;
    P.PrintLocations = Opts.PrintLocations;
    printModule(M, OS, P);
    return success();
  }
};

class JSONIRBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS, DiagnosticEngine &,
                     const BackendOptions &Opts) override {
    IRPrintOptions P;
    P.PrintLocations = Opts.PrintLocations;
    printModuleJSON(M, OS, P);
    return success();
  }
};
} // namespace

void schemac::registerIRBackends(BackendRegistry &R) {
  R.add({"ir", "", "textual IR (.sir)",
         [] { return std::make_unique<TextIRBackend>(); }});
  R.add({"json", "", "JSON form of the IR",
         [] { return std::make_unique<JSONIRBackend>(); }});
}
