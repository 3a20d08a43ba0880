//===- PluginLoader.cpp - Loading plugins ---------------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/plugins/PluginLoader.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/xxhash.h"

using namespace schemac;

llvm::Error PluginLoader::load(llvm::StringRef Path) {
  if (Path.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "could not load library '': empty path");
  // A relative path names a file below the working directory, never one on
  // the dynamic loader's search path.
  llvm::SmallString<256> Absolute(Path);
  if (std::error_code EC = llvm::sys::fs::make_absolute(Absolute))
    return llvm::createStringError(EC, "could not load library '%s': %s",
                                   Path.str().c_str(), EC.message().c_str());
  // A plugin loads once, whatever names it is given: the same file through
  // another path or link, or a copy of it (loading a copy would register
  // its command-line options a second time, which LLVM aborts on). A path
  // that cannot be read goes on to the dynamic loader, which says why.
  PluginIdentity Identity;
  bool Known = !llvm::sys::fs::getUniqueID(Absolute, Identity.File);
  if (Known) {
    if (auto Buf = llvm::MemoryBuffer::getFile(Absolute)) {
      Identity.Size = (*Buf)->getBufferSize();
      Identity.Hash = llvm::xxHash64((*Buf)->getBuffer());
    }
  }
  for (const LoadedPlugin &P : Loaded)
    if (P.Path == Path ||
        (Known && (P.Identity.File == Identity.File ||
                   (P.Identity.Size == Identity.Size && Identity.Size &&
                    P.Identity.Hash == Identity.Hash))))
      return llvm::Error::success();

  std::string Err;
  llvm::sys::DynamicLibrary Lib =
      llvm::sys::DynamicLibrary::getPermanentLibrary(Absolute.c_str(), &Err);
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
                    Info.PluginVersion ? Info.PluginVersion : "", Identity});
  return llvm::Error::success();
}
