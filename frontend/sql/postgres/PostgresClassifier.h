//===- PostgresClassifier.h - Statement kinds by leading words -*- C++ -*-===//
//
// Part of schemac. Chooses how a statement is handled from its leading
// words: the shared classifier (StatementClassifier.h) matches the dialect's
// table (dialects/postgres/PostgresStatementKinds.def), and the refinements
// here decide what the leading words cannot (CREATE TABLE ... AS, CREATE
// TYPE ... AS ENUM, ...). Statements the IR models go to the ANTLR parser
// (whose rule is chosen here, so the parser skips the top-level
// prediction); everything else becomes an opaque object straight from its
// tokens.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESCLASSIFIER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESCLASSIFIER_H

#include "PostgresScanner.h"

#include "schemac/dialects/StatementPattern.h"

namespace schemac {
namespace pg {

enum class StmtKind {
  // Parsed with the ANTLR rule of the same name.
  CreateSchema,
  CreateTable,
  CreateIndex,
  CreateView,
  CreateMatView,
  CreateSequence,
  CreateEnum,
  CreateDomain,
  AlterTable,
  AlterIndex,
  AlterView,
  AlterSequence,
  AlterType,
  AlterDomain,
  AlterSchema,
  Comment,
  Drop,
  Set,
  Reset,
  // Recognized from tokens.
  SetConfig,  ///< SELECT pg_catalog.set_config('name', 'value', bool)
  Opaque,     ///< kept as an OpaqueObject
  Data,       ///< kept as an OpaqueObject with IsData
  DropOpaque, ///< DROP of an object kind kept opaque
  MetaCommand,
  Empty,   ///< just ';'
  Unknown, ///< not a PostgreSQL statement
  // Intermediate kinds of the table, refined by classifyStatement().
  CreateType,
  Select,
};

/// How to find an opaque statement's Name and Target (StatementPattern.h).
namespace opaque = ::schemac::opaque;

struct StmtClass {
  StmtKind Kind = StmtKind::Unknown;
  /// OpaqueObject::ObjectType for opaque statements; a description of the
  /// statement otherwise ("table", "alter table", ...).
  llvm::StringRef ObjectType;
  unsigned Flags = 0;
  /// Number of leading tokens the pattern matched.
  unsigned PatternTokens = 0;
  /// Upper-case leading words for messages ("CREATE FUNCTION").
  llvm::StringRef Description;

  bool isParsed() const { return Kind <= StmtKind::Reset; }
};

/// Classifies the statement made of \p N tokens at \p Toks (N > 0).
StmtClass classifyStatement(llvm::StringRef Buffer, const PgToken *Toks,
                            unsigned N);

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESCLASSIFIER_H
