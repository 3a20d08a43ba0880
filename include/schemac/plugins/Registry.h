//===- Registry.h - What the driver and plugins register into --*- C++ -*-===//
//
// Part of schemac. One Registry holds every frontend, pass and backend the
// tool knows. The driver creates it, registerAllBuiltins() fills it with the
// built-ins, and each plugin's register callback adds to the very same
// object, so plugin passes, frontends and backends are used exactly like
// built-in ones (-passes=, --from=, --emit=/--target=, --list-passes).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PLUGINS_REGISTRY_H
#define SCHEMAC_PLUGINS_REGISTRY_H

#include "schemac/backends/Backend.h"
#include "schemac/frontend/Frontend.h"
#include "schemac/frontend/introspect/Introspector.h"
#include "schemac/passes/PassRegistry.h"

namespace schemac {

struct Registry {
  PassRegistry Passes;
  FrontendRegistry Frontends;
  BackendRegistry Backends;
  /// Connectors to live databases by URL scheme (--from=postgresql://...).
  IntrospectorRegistry Introspectors;
};

/// Registers the built-in dialects (postgres, in their own registry:
/// SQLDialect::registerDialect()), frontends (postgres), backends (ir,
/// json, ddl/postgres), passes (passes/PassRegistry.def) and database
/// connectors (postgresql://).
void registerAllBuiltins(Registry &R);

} // namespace schemac

#endif // SCHEMAC_PLUGINS_REGISTRY_H
