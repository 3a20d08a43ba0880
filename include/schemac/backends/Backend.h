//===- Backend.h - Outputs generated from the IR ---------------*- C++ -*-===//
//
// Part of schemac. A Backend writes a Module in some output form. Backends
// are registered by (emit kind, target) in a BackendRegistry shared by the
// driver and plugins: ("ddl", "postgres"), ("ir", ""), ("json", ""), ...
// The driver picks one from --emit= and --target=.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_BACKEND_H
#define SCHEMAC_BACKENDS_BACKEND_H

#include "schemac/support/Diagnostic.h"
#include "schemac/support/LogicalResult.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace schemac {

class Module;

struct BackendOptions {
  /// Print source locations where the output form supports them.
  bool PrintLocations = false;
  /// Statements kept as text of another dialect (opaque objects: triggers,
  /// functions, data) are left out of DDL with a warning each, instead of
  /// an error (--foreign-opaque=skip).
  bool SkipForeignOpaque = false;
};

class Backend {
public:
  virtual ~Backend();
  /// Writes \p M to \p OS. Returns failure if an error was reported.
  virtual LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                             DiagnosticEngine &Diags,
                             const BackendOptions &Opts) = 0;
};

class BackendRegistry {
public:
  using Factory = std::function<std::unique_ptr<Backend>()>;
  struct Entry {
    std::string Emit;   ///< --emit= value: "ddl", "ir", "json", ...
    std::string Target; ///< --target= value; "" if the output has no target
    std::string Description;
    Factory Create;
  };

  /// Registers a backend; returns false if (Emit, Target) is taken.
  bool add(Entry E);
  /// Finds the backend for (Emit, Target); a backend registered with an
  /// empty target serves every target.
  const Entry *lookup(llvm::StringRef Emit, llvm::StringRef Target) const;
  const std::map<std::pair<std::string, std::string>, Entry> &entries() const {
    return Entries;
  }

private:
  std::map<std::pair<std::string, std::string>, Entry> Entries;
};

} // namespace schemac

#endif // SCHEMAC_BACKENDS_BACKEND_H
