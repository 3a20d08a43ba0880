//===- MySQLDialect.h - MySQL and MariaDB as SQL dialects ------*- C++ -*-===//
//
// Part of schemac. MySQL 8.0 ("mysql") and MariaDB 10.11 ("mariadb", whose
// Base is mysql): their tables (dialects/mysql/*.def), lexical traits and
// feature flags, and the facts where the two engines differ, as data the
// DDL backend (backends/ddl/mysql/) asks. Everything else finds the
// dialects by name once they are registered.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_MYSQL_MYSQLDIALECT_H
#define SCHEMAC_DIALECTS_MYSQL_MYSQLDIALECT_H

#include "schemac/dialects/SQLDialect.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace schemac {

/// The dialect "mysql" (MySQL 8.0).
const SQLDialect &getMySQLDialect();
/// The dialect "mariadb" (MariaDB 10.11).
const SQLDialect &getMariaDBDialect();

/// Registers "mysql" and "mariadb" (idempotent).
void registerMySQLDialect();

namespace mysql {

/// What differs between the engines, beyond their tables.
struct EngineFacts {
  /// CREATE SEQUENCE and NEXTVAL(s) (MariaDB 10.3).
  bool Sequences;
  /// Columns of TEXT, BLOB and JSON types take literal defaults (MariaDB);
  /// MySQL takes only expression defaults, DEFAULT ('x').
  bool LiteralDefaultsOnBlobs;
  /// An index key part may be an expression (MySQL 8.0.13's functional key
  /// parts).
  bool ExpressionIndexes;
  /// A UNIQUE key on a TEXT or BLOB column without a prefix length
  /// (MariaDB 10.4's long unique keys, checked through a hash).
  bool LongUniqueKeys;
  /// The binary collation of utf8mb4 without trailing-space padding, which
  /// compares strings as PostgreSQL's deterministic collations do.
  llvm::StringRef BinaryCollation;
};
const EngineFacts &getEngineFacts(const SQLDialect &D);

/// What MySQL or MariaDB (\p D) does not keep of a type kind
/// (MYSQL_LOSSY_TYPE and the engine's own rows), or "".
llvm::StringRef getLossyTypeNote(const SQLDialect &D, TypeKind K);

/// A built-in function of MySQL and MariaDB that means what the function
/// of the same name means in PostgreSQL (MySQLFunctions.def), with its
/// argument counts.
using Function = BuiltinFunction;
llvm::ArrayRef<Function> getFunctions();
/// The function named \p Name (lower case), or null.
const Function *findFunction(llvm::StringRef Name);

} // namespace mysql
} // namespace schemac

#endif // SCHEMAC_DIALECTS_MYSQL_MYSQLDIALECT_H
