//===- OracleDialect.h - Oracle as an SQL dialect --------------*- C++ -*-===//
//
// Part of schemac. Oracle Database 19c: its tables (dialects/oracle/*.def),
// its lexical traits and feature flags, and the rules that read its
// declared types into neutral ones. Its frontend (frontend/sql/oracle/) and
// DDL backend (backends/ddl/oracle/) use it directly; everything else finds
// it by name once it is registered.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_ORACLE_ORACLEDIALECT_H
#define SCHEMAC_DIALECTS_ORACLE_ORACLEDIALECT_H

#include "schemac/dialects/SQLDialect.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac {

/// The dialect "oracle".
const SQLDialect &getOracleDialect();

/// Registers "oracle" (idempotent).
void registerOracleDialect();

namespace oracle {

/// What Oracle does not keep of a type kind (ORACLE_LOSSY_TYPE), or "".
llvm::StringRef getLossyTypeNote(TypeKind K);

/// A built-in function of Oracle that means what the function of the same
/// name means in PostgreSQL (OracleFunctions.def).
using Function = BuiltinFunction;
llvm::ArrayRef<Function> getFunctions();
/// The function named \p Name (lower case), or null.
const Function *findFunction(llvm::StringRef Name);
/// The neutral name of Oracle function \p Name (lower case) called with
/// \p Args arguments (NVL: coalesce), or "" if it has none.
llvm::StringRef getNeutralFunction(llvm::StringRef Name, unsigned Args);

/// True if \p Word (any case) is a reserved word of Oracle SQL.
bool isReservedWord(llvm::StringRef Word);

/// The neutral type of an Oracle declared type: \p Key is its words in
/// lower case, one space apart, without modifiers ("timestamp with time
/// zone"); \p Modifiers its numbers as written ("*" for NUMBER(*,0)).
/// NUMBER(p[,0]) is an integer type by precision, INTEGER is NUMBER(38),
/// DATE is timestamp(0), the other rows as OracleTypes.def says. Returns
/// false for a name Oracle does not have built in.
bool readType(llvm::StringRef Key, llvm::ArrayRef<std::string> Modifiers,
              DataType &Out);

} // namespace oracle
} // namespace schemac

#endif // SCHEMAC_DIALECTS_ORACLE_ORACLEDIALECT_H
