//===- IRJSON.cpp - JSON form of the IR for tools -------------------------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRJSON.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Diagnostic.h"

#include <nlohmann/json.hpp>

using namespace schemac;

nlohmann::json schemac::moduleToJSON(const Module &M, const IRPrintOptions &) {
  return nlohmann::json::object();
}
void schemac::printModuleJSON(const Module &M, llvm::raw_ostream &OS,
                              const IRPrintOptions &Opts) {
  OS << moduleToJSON(M, Opts).dump(2) << '\n';
}
std::unique_ptr<Module> schemac::moduleFromJSON(Context &Ctx,
                                                const nlohmann::json &,
                                                uint32_t File,
                                                DiagnosticEngine &Diags) {
  Diags.report(Location(File, 1, 1), DiagID::err_ir_parse)
      << "JSON reader not implemented yet";
  return nullptr;
}
