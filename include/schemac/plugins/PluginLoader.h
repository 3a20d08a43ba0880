//===- PluginLoader.h - Loading plugins ------------------------*- C++ -*-===//
//
// Part of schemac. The PluginLoader loads plugins with
// llvm::sys::DynamicLibrary (they stay loaded until the process exits),
// finds their schemacGetPluginInfo() entry point, checks the API version and
// lets them register into the Registry. Errors read like LLVM's:
//
//   could not load library 'x.so': x.so: cannot open shared object file ...
//   plugin entry point 'schemacGetPluginInfo' not found in 'x.so'
//   plugin 'x.so' has API version 7, but this schemac supports version 1
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PLUGINS_PLUGINLOADER_H
#define SCHEMAC_PLUGINS_PLUGINLOADER_H

#include "schemac/plugins/PluginAPI.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem/UniqueID.h"

#include <string>
#include <vector>

namespace schemac {

/// A plugin that was loaded and registered.
/// What makes two plugin paths one plugin: the same file, or the same
/// bytes.
struct PluginIdentity {
  llvm::sys::fs::UniqueID File;
  uint64_t Size = 0;
  uint64_t Hash = 0;
};

struct LoadedPlugin {
  std::string Path;
  std::string Name;
  std::string Version;
  PluginIdentity Identity;
};

class PluginLoader {
public:
  explicit PluginLoader(Registry &R) : R(R) {}

  /// Loads the plugin at \p Path (relative to the working directory) and
  /// calls its register callback. Loading the same plugin again (the same
  /// file by any name, or a copy of it) does nothing.
  llvm::Error load(llvm::StringRef Path);

  /// The plugins loaded so far, in order.
  const std::vector<LoadedPlugin> &getPlugins() const { return Loaded; }

private:
  Registry &R;
  std::vector<LoadedPlugin> Loaded;
};

} // namespace schemac

#endif // SCHEMAC_PLUGINS_PLUGINLOADER_H
