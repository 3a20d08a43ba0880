//===- PassRegistry.h - Passes known by name -------------------*- C++ -*-===//
//
// Part of schemac. The PassRegistry maps pipeline names to pass factories,
// descriptions and declared options. It is an object, not a global: the
// driver owns one (inside plugins::Registry), registerBuiltinPasses() fills
// it from passes/PassRegistry.def, and plugins add their passes to the same
// registry.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_PASSREGISTRY_H
#define SCHEMAC_PASSES_PASSREGISTRY_H

#include "schemac/passes/Pass.h"

#include "llvm/Support/Error.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace schemac {

class PassRegistry {
public:
  using Factory = std::function<std::unique_ptr<Pass>(const PassOptions &)>;
  struct Entry {
    std::string Name;        ///< pipeline name, e.g. "name-constraints"
    std::string Description; ///< one line for --list-passes
    PassOptions Options;     ///< declared options with their defaults
    Factory Create;
  };

  /// Registers a pass; returns false if the name is taken.
  bool add(Entry E);

  /// Registers pass class \p PassT: its options come from
  /// PassT::declareOptions(), its factory is PassT(const PassOptions &).
  template <typename PassT>
  bool registerPass(llvm::StringRef Name, llvm::StringRef Description) {
    Entry E;
    E.Name = Name.str();
    E.Description = Description.str();
    PassT::declareOptions(E.Options);
    E.Create = [](const PassOptions &O) -> std::unique_ptr<Pass> {
      return std::make_unique<PassT>(O);
    };
    return add(std::move(E));
  }

  const Entry *lookup(llvm::StringRef Name) const;
  const std::map<std::string, Entry> &entries() const { return Entries; }

  /// Creates pass \p Name with options \p Options (a copy of the entry's
  /// options, set by the pipeline parser). The pass is named and remembers
  /// its options for printing.
  llvm::Expected<std::unique_ptr<Pass>>
  createPass(llvm::StringRef Name, const PassOptions &Options) const;
  /// Creates pass \p Name with its default options.
  llvm::Expected<std::unique_ptr<Pass>> createPass(llvm::StringRef Name) const;

  /// `unknown pass 'x'`, with a suggestion when a registered name is close.
  llvm::Error makeUnknownPassError(llvm::StringRef Name) const;

  /// Prints "  name - description" and the options of every pass.
  void printPasses(llvm::raw_ostream &OS) const;

private:
  std::map<std::string, Entry> Entries;
};

/// Registers every pass listed in passes/PassRegistry.def.
void registerBuiltinPasses(PassRegistry &R);

} // namespace schemac

#endif // SCHEMAC_PASSES_PASSREGISTRY_H
