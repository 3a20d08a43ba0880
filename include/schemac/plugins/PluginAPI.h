//===- PluginAPI.h - The entry point of schemac plugins --------*- C++ -*-===//
//
// Part of schemac. A plugin is a shared library that exports one C entry
// point, like LLVM's pass plugins:
//
//   #include "schemac/plugins/PluginAPI.h"
//
//   static void registerMyPlugin(schemac::Registry &R) {
//     R.Passes.registerPass<MyPass>("my-pass", "what it does");
//   }
//
//   extern "C" SCHEMAC_PLUGIN_EXPORT SchemacPluginInfo schemacGetPluginInfo() {
//     return {SCHEMAC_PLUGIN_API_VERSION, "my-plugin", "1.0",
//             registerMyPlugin};
//   }
//
// The driver loads it with --load-plugin=path/to/lib.so, checks that
// APIVersion equals the SCHEMAC_PLUGIN_API_VERSION it was built with, and
// calls RegisterCallback with the Registry the built-ins are in. Plugins
// link no LLVM and no schemac library: every symbol they use resolves
// against the schemac executable, so a plugin must be built against the
// headers of the same schemac version (find_package(schemac); see
// docs/PluginAuthors.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PLUGINS_PLUGINAPI_H
#define SCHEMAC_PLUGINS_PLUGINAPI_H

#include "schemac/Config.h"
#include "schemac/plugins/Registry.h"

#include <cstdint>

#define SCHEMAC_PLUGIN_EXPORT __attribute__((visibility("default")))

extern "C" {

/// What schemacGetPluginInfo() returns.
struct SchemacPluginInfo {
  /// Must be SCHEMAC_PLUGIN_API_VERSION of the headers the plugin was built
  /// with; the driver refuses any other version.
  uint32_t APIVersion;
  /// A short name for messages, e.g. "require-primary-key".
  const char *PluginName;
  /// The plugin's own version string.
  const char *PluginVersion;
  /// Registers the plugin's passes (and frontends, backends) into the
  /// driver's registry.
  void (*RegisterCallback)(schemac::Registry &R);
};
}

/// The name of the entry point the loader looks up.
#define SCHEMAC_PLUGIN_ENTRY_POINT "schemacGetPluginInfo"

#endif // SCHEMAC_PLUGINS_PLUGINAPI_H
