//===- PluginLoader.h - Loading plugins ------------------------*- C++ -*-===//
//
// Part of schemac. Loads a plugin with llvm::sys::DynamicLibrary (it stays
// loaded until the process exits), finds its schemacGetPluginInfo() entry
// point and checks the API version. Errors read like LLVM's:
//
//   could not load library 'x.so': x.so: cannot open shared object file ...
//   plugin entry point 'schemacGetPluginInfo' not found in 'x.so'
//   plugin 'x' has API version 7, but this schemac supports version 1
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PLUGINS_PLUGINLOADER_H
#define SCHEMAC_PLUGINS_PLUGINLOADER_H

#include "schemac/plugins/PluginAPI.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace schemac {

class Plugin {
public:
  /// Loads the plugin at \p Path and reads its info; does not register it.
  static llvm::Expected<Plugin> load(llvm::StringRef Path);

  llvm::StringRef getPath() const { return Path; }
  llvm::StringRef getName() const { return Info.PluginName; }
  llvm::StringRef getVersion() const { return Info.PluginVersion; }
  uint32_t getAPIVersion() const { return Info.APIVersion; }

  /// Calls the plugin's register callback.
  void registerInto(Registry &R) const { Info.RegisterCallback(R); }

private:
  Plugin(std::string Path, SchemacPluginInfo Info)
      : Path(std::move(Path)), Info(Info) {}
  std::string Path;
  SchemacPluginInfo Info;
};

} // namespace schemac

#endif // SCHEMAC_PLUGINS_PLUGINLOADER_H
