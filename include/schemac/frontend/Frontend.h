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

/// Frontends by name, and the file extensions each one claims. Which
/// frontend reads a file never depends on the order of registration: an
/// extension belongs to exactly one language, and a second claim on it (or on
/// a name) is refused and recorded as a conflict, which the plugin loader
/// reports as an error.
class FrontendRegistry {
public:
  using Factory = std::function<std::unique_ptr<Frontend>()>;
  struct Entry {
    std::string Name;                    ///< --from= value, e.g. "postgres"
    std::string Description;             ///< one line for --help
    std::vector<std::string> Extensions; ///< e.g. {".sql"}; may be empty
    Factory Create;
  };

  /// Registers a frontend and claims its extensions. Returns false, and
  /// registers nothing, if the name or one of the extensions is taken; the
  /// reason is added to the conflicts.
  bool add(Entry E);
  /// Claims \p Extension for \p Language without a frontend entry (the
  /// driver's own readers: ".sir" is "ir"). Same rules as add().
  bool claimExtension(llvm::StringRef Extension, llvm::StringRef Language);

  const Entry *lookup(llvm::StringRef Name) const;
  /// The language whose claimed extension ends \p FileName (compared without
  /// regard to case; the longest claimed extension wins, so ".pg.sql" could
  /// be claimed apart from ".sql"), or "" if none.
  llvm::StringRef lookupLanguageByExtension(llvm::StringRef FileName) const;
  const std::map<std::string, Entry> &entries() const { return Entries; }
  /// Extension (lower case, with the dot) -> language, in order.
  const std::map<std::string, std::string> &extensions() const {
    return Extensions;
  }

  /// Conflicting registrations since the last call, one message each
  /// ("extension '.sql' is already claimed by 'postgres'").
  std::vector<std::string> takeConflicts() { return std::move(Conflicts); }

private:
  std::map<std::string, Entry> Entries;
  std::map<std::string, std::string> Extensions;
  std::vector<std::string> Conflicts;
};

} // namespace schemac

#endif // SCHEMAC_FRONTEND_FRONTEND_H
