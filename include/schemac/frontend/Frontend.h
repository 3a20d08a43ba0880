//===- Frontend.h - Input languages lowered into the IR --------*- C++ -*-===//
//
// Part of schemac. A Frontend reads one source buffer (already registered in
// the Context) and appends what it describes to a Module, reporting problems
// through the DiagnosticEngine. Several inputs may be lowered into the same
// module in order: later scripts alter what earlier ones created.
//
// Frontends are registered by name in a FrontendRegistry, which the driver
// and plugins share; the driver picks one with --from= or by file extension.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_FRONTEND_H
#define SCHEMAC_FRONTEND_FRONTEND_H

#include "schemac/support/Diagnostic.h"
#include "schemac/support/LogicalResult.h"

#include "llvm/ADT/StringRef.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace schemac {

class Module;

struct FrontendOptions {
  /// Worker threads for frontends that parse in parallel; 0 picks one per
  /// hardware thread.
  unsigned Threads = 0;
};

class Frontend {
public:
  virtual ~Frontend();
  /// Lowers the buffer of \p File (a Context file id) into \p M. Returns
  /// failure if an error was reported.
  virtual LogicalResult lower(uint32_t File, Module &M, DiagnosticEngine &Diags,
                              const FrontendOptions &Opts) = 0;
};

class FrontendRegistry {
public:
  using Factory = std::function<std::unique_ptr<Frontend>()>;
  struct Entry {
    std::string Name;                    ///< --from= value, e.g. "postgres"
    std::string Description;             ///< one line for --help
    std::vector<std::string> Extensions; ///< e.g. {".sql"}; may be empty
    Factory Create;
  };

  /// Registers a frontend; returns false if the name is taken.
  bool add(Entry E);
  const Entry *lookup(llvm::StringRef Name) const;
  /// The frontend whose extensions match \p FileName, or null.
  const Entry *lookupByExtension(llvm::StringRef FileName) const;
  const std::map<std::string, Entry> &entries() const { return Entries; }

private:
  std::map<std::string, Entry> Entries;
};

} // namespace schemac

#endif // SCHEMAC_FRONTEND_FRONTEND_H
