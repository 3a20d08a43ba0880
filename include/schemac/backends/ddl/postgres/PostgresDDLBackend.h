//===- PostgresDDLBackend.h - PostgreSQL DDL from the IR -------*- C++ -*-===//
//
// Part of schemac. Deterministic PostgreSQL DDL, ordered by the dependency
// graph of the module.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_DDL_POSTGRES_POSTGRESDDLBACKEND_H
#define SCHEMAC_BACKENDS_DDL_POSTGRES_POSTGRESDDLBACKEND_H

#include "schemac/backends/Backend.h"

namespace schemac {

class PostgresDDLBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags,
                     const BackendOptions &Opts) override;
};

/// Registers ("ddl", "postgres").
void registerPostgresDDLBackend(BackendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_BACKENDS_DDL_POSTGRES_POSTGRESDDLBACKEND_H
