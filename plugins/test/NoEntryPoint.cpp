//===- NoEntryPoint.cpp - A plugin without schemacGetPluginInfo -----------===//
//
// Part of schemac. Loads fine but exports no entry point: the loader must
// report "plugin entry point 'schemacGetPluginInfo' not found in '...'".
//
//===----------------------------------------------------------------------===//

#include "schemac/plugins/PluginAPI.h"

extern "C" SCHEMAC_PLUGIN_EXPORT SchemacPluginInfo
schemacGetPluginInformation() {
  return {SCHEMAC_PLUGIN_API_VERSION, "misspelled-entry-point", "1.0", nullptr};
}
