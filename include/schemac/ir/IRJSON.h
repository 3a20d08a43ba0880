//===- IRJSON.h - JSON form of the IR for tools ----------------*- C++ -*-===//
//
// Part of schemac. A JSON document with the same content as the textual IR,
// for tools written in other languages. moduleFromJSON() reads it back.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRJSON_H
#define SCHEMAC_IR_IRJSON_H

#include "schemac/ir/IRPrinter.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <nlohmann/json_fwd.hpp>

namespace schemac {

class Context;
class DiagnosticEngine;
class Module;

nlohmann::json moduleToJSON(const Module &M, const IRPrintOptions &Opts = {});
void printModuleJSON(const Module &M, llvm::raw_ostream &OS,
                     const IRPrintOptions &Opts = {});
/// Reads a document printed by moduleToJSON(). Returns null after reporting
/// an error (at \p File, the buffer the JSON came from).
std::unique_ptr<Module> moduleFromJSON(Context &Ctx, const nlohmann::json &J,
                                       uint32_t File, DiagnosticEngine &Diags);
/// Parses the JSON text in the buffer of \p File (a Context file id) and
/// reads it with moduleFromJSON(). JSON syntax errors are reported at their
/// line and column. Returns null after reporting an error.
std::unique_ptr<Module> parseIRModuleJSON(Context &Ctx, uint32_t File,
                                          DiagnosticEngine &Diags);

} // namespace schemac

#endif // SCHEMAC_IR_IRJSON_H
