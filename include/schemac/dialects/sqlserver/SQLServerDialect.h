//===- SQLServerDialect.h - SQL Server as an SQL dialect -------*- C++ -*-===//
//
// Part of schemac. SQL Server 2022 (Transact-SQL): its tables
// (dialects/sqlserver/*.def), its lexical traits and feature flags, shared
// by the frontend (frontend/sql/sqlserver/) and the DDL backend
// (backends/ddl/sqlserver/).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_SQLSERVER_SQLSERVERDIALECT_H
#define SCHEMAC_DIALECTS_SQLSERVER_SQLSERVERDIALECT_H

#include "schemac/dialects/SQLDialect.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace schemac {

/// The dialect "sqlserver".
const SQLDialect &getSQLServerDialect();

/// Registers "sqlserver" (idempotent).
void registerSQLServerDialect();

namespace sqlserver {

/// What SQL Server does not keep of a type kind (SQLSERVER_LOSSY_TYPE), or
/// "".
llvm::StringRef getLossyTypeNote(TypeKind K);

/// True if \p Name (lower case) is a type of SQL Server's own that the IR
/// keeps by name (SQLSERVER_SPECIFIC_TYPE: geography, hierarchyid, ...).
bool isSpecificType(llvm::StringRef Name);

/// A built-in function of SQL Server that means what the function of the
/// same name means in PostgreSQL (SQLServerFunctions.def).
using Function = BuiltinFunction;
llvm::ArrayRef<Function> getFunctions();
/// The function named \p Name (lower case), or null.
const Function *findFunction(llvm::StringRef Name);

/// A function of SQL Server's own and the neutral function it means
/// (SQLSERVER_RENAMED_FUNCTION: getdate() is localtimestamp).
struct RenamedFunction {
  const char *Name;    ///< SQL Server's, lower case.
  const char *Neutral; ///< The IR's (PostgreSQL's) name.
  int Args;
};
/// The row for SQL Server's function \p Name (lower case), or null.
const RenamedFunction *findRenamedFunction(llvm::StringRef Name);
/// The SQL Server function for the neutral function \p Neutral taking
/// \p Args arguments, or null.
const RenamedFunction *findFunctionFor(llvm::StringRef Neutral, int Args);

/// The longest name SQL Server takes (sysname: nvarchar(128)).
constexpr unsigned MaxNameLength = 128;

} // namespace sqlserver
} // namespace schemac

#endif // SCHEMAC_DIALECTS_SQLSERVER_SQLSERVERDIALECT_H
