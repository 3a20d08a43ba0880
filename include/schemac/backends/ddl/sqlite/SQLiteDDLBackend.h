//===- SQLiteDDLBackend.h - SQLite DDL from the IR -------------*- C++ -*-===//
//
// Part of schemac. A script that creates the module's tables, indexes and
// views in an SQLite database, ordered by the dependency graph. What SQLite
// cannot hold is an error; what it holds with less precision is a
// -Wlossy-conversion warning with a note saying what was written
// (docs/Dialects.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_DDL_SQLITE_SQLITEDDLBACKEND_H
#define SCHEMAC_BACKENDS_DDL_SQLITE_SQLITEDDLBACKEND_H

#include "schemac/backends/Backend.h"

namespace schemac {

class SQLiteDDLBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags,
                     const BackendOptions &Opts) override;
};

/// Registers ("ddl", "sqlite").
void registerSQLiteDDLBackend(BackendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_BACKENDS_DDL_SQLITE_SQLITEDDLBACKEND_H
