//===- Registry.cpp - What the driver and plugins register into -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/plugins/Registry.h"
#include "schemac/backends/IRBackends.h"
#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/frontend/sql/postgres/PostgresFrontend.h"

using namespace schemac;

void schemac::registerAllBuiltins(Registry &R) {
  registerPostgresFrontend(R.Frontends);
  registerIRBackends(R.Backends);
  registerPostgresDDLBackend(R.Backends);
  registerBuiltinPasses(R.Passes);
}
