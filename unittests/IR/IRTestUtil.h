//===- IRTestUtil.h - Helpers for the IR unit tests ------------*- C++ -*-===//
//
// Part of schemac. A module that uses every object, expression and relation
// kind with every field set to a non-default value somewhere (hand-written
// data, checked by the NodeFields guards), and helpers around it.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_IR_IRTESTUTIL_H
#define SCHEMAC_UNITTESTS_IR_IRTESTUTIL_H

#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace schemac {
namespace irtest {

/// Builds the kitchen-sink module. Every node gets a distinct location in
/// the file "input.sql" (registered in \p Ctx).
std::unique_ptr<Module> buildEveryNodeModule(Context &Ctx);

/// Compares two modules field by field (findFirstDifference() of
/// StructuralEquality.h). Returns "" if equal, otherwise the path of the
/// first difference and the two values. Locations are compared only when
/// \p CompareLocations is set.
std::string compareModules(const Module &A, const Module &B,
                           bool CompareLocations);

/// Prints \p M to a string.
std::string printToString(const Module &M, bool PrintLocations = false);

/// A diagnostic engine whose text output goes to a string.
struct StringDiagnostics {
  StringDiagnostics(Context &Ctx);
  ~StringDiagnostics();
  /// Everything printed so far.
  std::string text();
  DiagnosticEngine Diags;

private:
  std::string Buffer;
  std::unique_ptr<llvm::raw_string_ostream> OS;
};

/// Registers \p Text as a buffer named \p Name; returns its file id.
uint32_t addTestBuffer(Context &Ctx, llvm::StringRef Text,
                       llvm::StringRef Name);

/// Parses \p Text (registered as buffer \p Name) and returns the module, or
/// null; diagnostics are appended to \p Errors as printed text.
std::unique_ptr<Module> parseFromString(Context &Ctx, llvm::StringRef Text,
                                        std::string &Errors,
                                        llvm::StringRef Name = "test.sir");

} // namespace irtest
} // namespace schemac

#endif // SCHEMAC_UNITTESTS_IR_IRTESTUTIL_H
