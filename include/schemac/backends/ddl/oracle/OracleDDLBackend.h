//===- OracleDDLBackend.h - Oracle DDL from the IR -------------*- C++ -*-===//
//
// Part of schemac. A SQL*Plus script that creates the module's tables,
// sequences, indexes, views and comments in an Oracle Database 19c schema,
// ordered by the dependency graph. What Oracle cannot hold is an error; what
// it holds with less precision is a -Wlossy-conversion warning with a note
// saying what was written (docs/Dialects.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_DDL_ORACLE_ORACLEDDLBACKEND_H
#define SCHEMAC_BACKENDS_DDL_ORACLE_ORACLEDDLBACKEND_H

#include "schemac/backends/Backend.h"

namespace schemac {

class OracleDDLBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags,
                     const BackendOptions &Opts) override;
};

/// Registers ("ddl", "oracle").
void registerOracleDDLBackend(BackendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_BACKENDS_DDL_ORACLE_ORACLEDDLBACKEND_H
