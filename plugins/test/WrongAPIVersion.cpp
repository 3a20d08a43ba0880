//===- WrongAPIVersion.cpp - A plugin built for another API version -------===//
//
// Part of schemac. Claims an API version this schemac does not support: the
// loader must refuse it before calling its register callback.
//
//===----------------------------------------------------------------------===//

#include "schemac/plugins/PluginAPI.h"

#include <cstdlib>

static void registerNothing(schemac::Registry &) {
  // Never called: the version check comes first.
  std::abort();
}

extern "C" SCHEMAC_PLUGIN_EXPORT SchemacPluginInfo schemacGetPluginInfo() {
  return {SCHEMAC_PLUGIN_API_VERSION + 6, "from-the-future", "7.0",
          registerNothing};
}
