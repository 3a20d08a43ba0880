//===- IRJSON.h - JSON form of the IR for tools ----------------*- C++ -*-===//
//
// Part of schemac. A JSON document with the same content as the textual IR,
// for tools written in other languages. moduleFromJSON() reads it back.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRJSON_H
#define SCHEMAC_IR_IRJSON_H

#include "schemac/ir/IRPrinter.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace schemac {

class Context;
class DiagnosticEngine;
class Module;

nlohmann::json moduleToJSON(const Module &M, const IRPrintOptions &Opts = {});
/// Writes the text of moduleToJSON() (indented by 2, then a newline).
void printModuleJSON(const Module &M, llvm::raw_ostream &OS,
                     const IRPrintOptions &Opts = {});
/// Sees each part of the document (the name, each object, ...) with its
/// JSON pointer before it is written; false stops the writing.
using JSONPartCheck =
    llvm::function_ref<bool(const nlohmann::json &, const std::string &)>;
/// printModuleJSON() one part at a time, never holding the whole document
/// (in memory or as text): each object is built, checked by \p Check (if
/// given), written and dropped. Returns false if \p Check refused a part;
/// what was written before it stays written.
bool writeModuleJSON(const Module &M, llvm::raw_ostream &OS,
                     const IRPrintOptions &Opts, JSONPartCheck Check = nullptr);
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
