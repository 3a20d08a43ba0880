//===- IRParser.h - Reading the textual IR ---------------------*- C++ -*-===//
//
// Part of schemac. Parses the textual IR printed by IRPrinter.h. Errors are
// reported as diagnostics at their line and column in the .sir buffer.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRPARSER_H
#define SCHEMAC_IR_IRPARSER_H

#include <cstdint>
#include <memory>

namespace schemac {

class Context;
class DiagnosticEngine;
class Module;

/// Parses the buffer of \p File (a Context file id). Returns null after
/// reporting an error.
std::unique_ptr<Module> parseIRModule(Context &Ctx, uint32_t File,
                                      DiagnosticEngine &Diags);

} // namespace schemac

#endif // SCHEMAC_IR_IRPARSER_H
