//===- RequirePrimaryKey.cpp - Example plugin: tables need a key ----------===//
//
// Part of schemac. An example plugin that adds the pass
//
//   require-primary-key[<error;ignore-partitions>]
//
// which reports every table without a primary key: a warning (group
// -Wmissing-primary-key) by default, an error with the `error` option.
// Both are the plugin's own diagnostics, with ids from getCustomDiagID().
// A partition whose partitioned parent has a primary key has one too
// (PostgreSQL creates it); `ignore-partitions` skips partitions entirely.
//
// The plugin also shows a command-line flag defined by a plugin:
// --require-primary-key-exempt=t1,s.t2 names tables that may lack a primary
// key. Like every plugin flag it is only known once the plugin is loaded, so
// it must come after --load-plugin on the command line.
//
// Like every schemac plugin it links no LLVM and no schemac library; the
// symbols it uses resolve against the schemac executable that loads it.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Module.h"
#include "schemac/passes/Pass.h"
#include "schemac/plugins/PluginAPI.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/Support/CommandLine.h"

#include <set>

using namespace schemac;

static llvm::cl::OptionCategory
    PluginCategory("require-primary-key plugin options");

static llvm::cl::list<std::string> ExemptTables(
    "require-primary-key-exempt", llvm::cl::CommaSeparated,
    llvm::cl::desc("Tables (name or schema.name) that may lack a primary key "
                   "(a plugin flag: put it after --load-plugin)"),
    llvm::cl::value_desc("table"), llvm::cl::cat(PluginCategory));

namespace {

/// The plugin's diagnostic: a plugin cannot add entries to schemac's
/// DiagnosticKinds.def, so it asks for ids for its own texts. The same
/// arguments give the same id every time.
DiagID getMissingPrimaryKeyDiag(bool AsError) {
  const char *Text = "table '%0' has no primary key";
  return AsError
             ? getCustomDiagID(Severity::Error, Text)
             : getCustomDiagID(Severity::Warning, Text, "missing-primary-key");
}

class RequirePrimaryKeyPass : public Pass {
public:
  static void declareOptions(PassOptions &O) {
    O.addBool("error", false, "report an error instead of a warning");
    O.addBool("ignore-partitions", false, "do not check partitions");
  }

  explicit RequirePrimaryKeyPass(const PassOptions &O)
      : AsError(O.getBool("error")),
        MissingKey(getMissingPrimaryKeyDiag(AsError)),
        IgnorePartitions(O.getBool("ignore-partitions")),
        Exempt(ExemptTables.begin(), ExemptTables.end()) {}

  PassResult run(Module &M, AnalysisManager &AM) override {
    DiagnosticEngine &Diags = AM.getDiagnostics();
    bool ReportedError = false;
    for (Table *T : M.getObjects<Table>()) {
      if (IgnorePartitions && T->isPartition())
        continue;
      if (Exempt.count(T->getName().Name) ||
          Exempt.count(M.qualify(T->getName()).str()))
        continue;
      if (hasPrimaryKey(M, *T))
        continue;
      Diags.report(T->Loc, MissingKey) << T->getName().str();
      ReportedError |= AsError;
    }
    if (ReportedError)
      return PassResult::failure();
    // Only reads the module.
    return PreservedAnalyses::all();
  }

private:
  /// A table has a primary key if it declares one or if it is a partition
  /// of a table that has one.
  static bool hasPrimaryKey(const Module &M, const Table &T) {
    std::set<const Table *> Seen;
    for (const Table *Cur = &T; Cur && Seen.insert(Cur).second;) {
      if (Cur->getPrimaryKey())
        return true;
      if (!Cur->isPartition())
        return false;
      Cur = M.lookupTable(Cur->PartitionOf);
    }
    return false;
  }

  bool AsError;
  DiagID MissingKey;
  bool IgnorePartitions;
  std::set<std::string> Exempt;
};

void registerRequirePrimaryKey(Registry &R) {
  // Makes -Wmissing-primary-key (and -Wno-, -Werror=) known as soon as the
  // plugin is loaded, before the driver reads the -W options.
  getMissingPrimaryKeyDiag(/*AsError=*/false);
  R.Passes.registerPass<RequirePrimaryKeyPass>(
      "require-primary-key", "report tables that have no primary key");
}

} // namespace

extern "C" SCHEMAC_PLUGIN_EXPORT SchemacPluginInfo schemacGetPluginInfo() {
  return {SCHEMAC_PLUGIN_API_VERSION, "require-primary-key", "1.0",
          registerRequirePrimaryKey};
}
