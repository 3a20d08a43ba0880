//===- SQLServerDDLBackend.h - SQL Server DDL from the IR ------*- C++ -*-===//
//
// Part of schemac. A T-SQL script (`--target=sqlserver`) that creates the
// module's schemas, alias types, sequences, tables, indexes and views in a
// SQL Server 2022 database, ordered by the dependency graph, one statement
// per batch (GO after each: CREATE VIEW, CREATE SCHEMA and procedures must
// begin a batch). What SQL Server cannot hold is an error; what it holds
// with less precision is a -Wlossy-conversion warning with a note saying
// what was written (docs/Dialects.md); names longer than 128 characters are
// shortened with a warning. Options kept as "sqlserver.*" attributes by the
// SQL Server frontend are written back.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_DDL_SQLSERVER_SQLSERVERDDLBACKEND_H
#define SCHEMAC_BACKENDS_DDL_SQLSERVER_SQLSERVERDDLBACKEND_H

#include "schemac/backends/Backend.h"

namespace schemac {

class SQLServerDDLBackend : public Backend {
public:
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags,
                     const BackendOptions &Opts) override;
};

/// Registers ("ddl", "sqlserver").
void registerSQLServerDDLBackend(BackendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_BACKENDS_DDL_SQLSERVER_SQLSERVERDDLBACKEND_H
