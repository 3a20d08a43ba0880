//===- PostgresFrontend.cpp - PostgreSQL DDL into the IR ------------------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/postgres/PostgresFrontend.h"
#include "schemac/ir/Module.h"

using namespace schemac;

LogicalResult PostgresFrontend::lower(uint32_t File, Module &M,
                                      DiagnosticEngine &Diags,
                                      const FrontendOptions &Opts) {
  Diags.report(Location(File, 1, 1), DiagID::err_generic)
      << "PostgreSQL frontend not implemented yet";
  return failure();
}

void schemac::registerPostgresFrontend(FrontendRegistry &R) {
  R.add({"postgres", "PostgreSQL scripts (pg_dump schema dumps, DDL)",
         {".sql", ".psql", ".pgsql"},
         [] { return std::make_unique<PostgresFrontend>(); }});
}
