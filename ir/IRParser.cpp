//===- IRParser.cpp - Reading the textual IR ------------------------------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRParser.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

using namespace schemac;

std::unique_ptr<Module> schemac::parseIRModule(Context &Ctx, uint32_t File,
                                               DiagnosticEngine &Diags) {
  Diags.report(Location(File, 1, 1), DiagID::err_ir_parse)
      << "textual IR parser not implemented yet";
  return nullptr;
}
