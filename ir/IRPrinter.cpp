//===- IRPrinter.cpp - Textual form of the IR -----------------------------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/Module.h"

using namespace schemac;

void schemac::printModule(const Module &M, llvm::raw_ostream &OS,
                          const IRPrintOptions &Opts) {
  OS << "// textual IR printer not implemented yet\n";
}
void schemac::printObject(const Module &, const Object &, llvm::raw_ostream &,
                          const IRPrintOptions &) {}
void schemac::printExpr(const Module &, const Expr &, llvm::raw_ostream &,
                        const IRPrintOptions &) {}
void schemac::printRel(const Module &, const Rel &, llvm::raw_ostream &,
                       const IRPrintOptions &) {}
