//===- PluginLoader.cpp - Loading plugins ---------------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/plugins/PluginLoader.h"

#include "llvm/Support/DynamicLibrary.h"

using namespace schemac;

llvm::Error PluginLoader::load(llvm::StringRef Path) {
  for (const LoadedPlugin &P : Loaded)
    if (P.Path == Path)
      return llvm::Error::success();

  std::string Err;
  llvm::sys::DynamicLibrary Lib =
      llvm::sys::DynamicLibrary::getPermanentLibrary(Path.str().c_str(), &Err);
  if (!Lib.isValid())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "could not load library '%s': %s",
                                   Path.str().c_str(), Err.c_str());

  void *Sym = Lib.getAddressOfSymbol(SCHEMAC_PLUGIN_ENTRY_POINT);
  if (!Sym)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "plugin entry point '" SCHEMAC_PLUGIN_ENTRY_POINT "' not found in '%s'",
        Path.str().c_str());

  using EntryPoint = SchemacPluginInfo (*)();
  SchemacPluginInfo Info = reinterpret_cast<EntryPoint>(Sym)();
  if (Info.APIVersion != SCHEMAC_PLUGIN_API_VERSION)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "plugin '%s' has API version %u, but this schemac supports version %u",
        Path.str().c_str(), unsigned(Info.APIVersion),
        unsigned(SCHEMAC_PLUGIN_API_VERSION));
  if (!Info.RegisterCallback)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "plugin '%s' has no register callback",
                                   Path.str().c_str());

  Info.RegisterCallback(R);
  // A plugin may not silently take a language or an extension away from
  // another frontend: the first claim stays, and the plugin is an error.
  std::vector<std::string> Conflicts = R.Frontends.takeConflicts();
  if (!Conflicts.empty()) {
    std::string Msg;
    for (const std::string &C : Conflicts)
      Msg += (Msg.empty() ? "" : "; ") + C;
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "plugin '%s': %s", Path.str().c_str(),
                                   Msg.c_str());
  }
  Loaded.push_back({Path.str(), Info.PluginName ? Info.PluginName : "",
                    Info.PluginVersion ? Info.PluginVersion : ""});
  return llvm::Error::success();
}
