//===- Verifier.cpp - Structural and semantic checks of the IR ------------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Verifier.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Diagnostic.h"

using namespace schemac;

LogicalResult schemac::verifyModule(const Module &M, DiagnosticEngine &Diags) {
  return success();
}
