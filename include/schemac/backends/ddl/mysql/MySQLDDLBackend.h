//===- MySQLDDLBackend.h - MySQL and MariaDB DDL from the IR ---*- C++ -*-===//
//
// Part of schemac. A script that creates the module's tables, indexes, views
// and (MariaDB) sequences in a MySQL 8.0 or MariaDB 10.11 database, ordered
// by the dependency graph. One backend serves both targets; where the
// engines differ it asks the dialect's facts (MySQLDialect.h). What the
// target cannot hold is an error; what it holds with less precision is a
// -Wlossy-conversion warning with a note saying what was written
// (docs/Dialects.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_DDL_MYSQL_MYSQLDDLBACKEND_H
#define SCHEMAC_BACKENDS_DDL_MYSQL_MYSQLDDLBACKEND_H

#include "schemac/backends/Backend.h"

namespace schemac {

class SQLDialect;

class MySQLDDLBackend : public Backend {
public:
  explicit MySQLDDLBackend(const SQLDialect &Target) : Target(Target) {}
  LogicalResult emit(const Module &M, llvm::raw_ostream &OS,
                     DiagnosticEngine &Diags,
                     const BackendOptions &Opts) override;

private:
  const SQLDialect &Target;
};

/// Registers ("ddl", "mysql") and ("ddl", "mariadb").
void registerMySQLDDLBackend(BackendRegistry &R);

} // namespace schemac

#endif // SCHEMAC_BACKENDS_DDL_MYSQL_MYSQLDDLBACKEND_H
