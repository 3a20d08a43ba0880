//===- IRPrinter.h - Textual form of the IR --------------------*- C++ -*-===//
//
// Part of schemac. The textual IR (.sir) is printed by printModule() and read
// back by parseIRModule() (IRParser.h); print(parse(print(M))) is byte for
// byte print(M). Source locations are printed only when asked, like MLIR's
// -mlir-print-debuginfo.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRPRINTER_H
#define SCHEMAC_IR_IRPRINTER_H

#include "llvm/Support/raw_ostream.h"

namespace schemac {

class Module;
class Object;
class Expr;
class Rel;

struct IRPrintOptions {
  /// Print loc("file":line:col) on every node that has one.
  bool PrintLocations = false;
};

void printModule(const Module &M, llvm::raw_ostream &OS,
                 const IRPrintOptions &Opts = {});
/// Prints one object as it appears inside a module (for debugging and
/// --print-ir-after-all style dumps of a single object).
void printObject(const Module &M, const Object &O, llvm::raw_ostream &OS,
                 const IRPrintOptions &Opts = {});
void printExpr(const Module &M, const Expr &E, llvm::raw_ostream &OS,
               const IRPrintOptions &Opts = {});
void printRel(const Module &M, const Rel &R, llvm::raw_ostream &OS,
              const IRPrintOptions &Opts = {});

} // namespace schemac

#endif // SCHEMAC_IR_IRPRINTER_H
