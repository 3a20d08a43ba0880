//===- PostgresDDLBackend.cpp - PostgreSQL DDL from the IR ----------------===//
//
// Part of schemac. (Stub: being written.)
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/ddl/postgres/PostgresDDLBackend.h"
#include "schemac/ir/Module.h"

using namespace schemac;

LogicalResult PostgresDDLBackend::emit(const Module &M, llvm::raw_ostream &OS,
                                       DiagnosticEngine &Diags,
                                       const BackendOptions &Opts) {
  Diags.report(Location(), DiagID::err_generic)
      << "PostgreSQL DDL backend not implemented yet";
  return failure();
}

void schemac::registerPostgresDDLBackend(BackendRegistry &R) {
  R.add({"ddl", "postgres", "PostgreSQL DDL script",
         [] { return std::make_unique<PostgresDDLBackend>(); }});
}
