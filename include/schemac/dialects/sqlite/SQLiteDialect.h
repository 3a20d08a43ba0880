//===- SQLiteDialect.h - SQLite as an SQL dialect --------------*- C++ -*-===//
//
// Part of schemac. SQLite 3.40: its tables (dialects/sqlite/*.def), its
// lexical traits and feature flags. Its DDL backend (backends/ddl/sqlite/)
// uses it directly; everything else finds it by name once it is
// registered.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_SQLITE_SQLITEDIALECT_H
#define SCHEMAC_DIALECTS_SQLITE_SQLITEDIALECT_H

#include "schemac/dialects/SQLDialect.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace schemac {

/// The dialect "sqlite".
const SQLDialect &getSQLiteDialect();

/// Registers "sqlite" (idempotent).
void registerSQLiteDialect();

namespace sqlite {

/// A column's type affinity (https://sqlite.org/datatype3.html, 3), and None,
/// which expressions other than columns and casts have.
enum class Affinity { None, Text, Numeric, Integer, Real, Blob };
/// The affinity SQLite gives declared type \p Declared (any case), by the
/// rules of datatype3.html 3.1, in their order; an empty one is Blob.
Affinity getAffinity(llvm::StringRef Declared);

/// What SQLite does not keep of a type kind (SQLITE_LOSSY_TYPE), or "".
llvm::StringRef getLossyTypeNote(TypeKind K);

/// A built-in function of SQLite that means what the function of the same
/// name means in PostgreSQL (SQLiteFunctions.def), with its argument
/// counts.
using Function = BuiltinFunction;
llvm::ArrayRef<Function> getFunctions();
/// The function named \p Name (lower case), or null.
const Function *findFunction(llvm::StringRef Name);

/// The collations every SQLite database has (binary, nocase, rtrim).
bool isBuiltinCollation(llvm::StringRef Name);

} // namespace sqlite
} // namespace schemac

#endif // SCHEMAC_DIALECTS_SQLITE_SQLITEDIALECT_H
