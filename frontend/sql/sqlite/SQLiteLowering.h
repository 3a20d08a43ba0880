//===- SQLiteLowering.h - SQLite parse trees into the IR -------*- C++ -*-===//
//
// Part of schemac. Lowers one parsed SQLite statement (SQLiteParser.g4) into
// a SchemaChange, on a worker thread, without looking at the module: tables
// with their columns, declared types (read by SQLite's affinity rules into
// neutral types, the declared text kept as the spelling), defaults, checks,
// keys and generated columns; indexes; views (their queries through the
// shared hand-written query parser); ALTER TABLE and DROP. What the IR does
// not model (ON CONFLICT clauses, WITHOUT ROWID, ...) makes the statement
// an opaque object with a warning; nothing is dropped.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLITE_SQLITELOWERING_H
#define SCHEMAC_FRONTEND_SQL_SQLITE_SQLITELOWERING_H

#include "schemac/frontend/sql/Token.h"
#include "schemac/ir/DataType.h"
#include "schemac/ir/Expr.h"
#include "schemac/ir/OpaqueObject.h"
#include "schemac/ir/SchemaChange.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"

#include <string>
#include <vector>

namespace antlr4 {
class ParserRuleContext;
} // namespace antlr4

namespace schemac {
class Module;
namespace sqlite {

/// How the frontend treats a statement (SQLiteStatementKinds.def); the
/// parsed kinds first, in the order of their grammar rules.
enum class StmtKind : unsigned {
  CreateTable,
  CreateIndex,
  CreateView,
  AlterTable,
  Drop,
  Opaque,     ///< Kept as an opaque object without parsing.
  Data,       ///< An opaque data statement (INSERT, ...).
  DropOpaque, ///< DROP of a kind kept opaque (DROP TRIGGER).
  Empty,
  Unknown,
};

inline bool isParsed(StmtKind K) { return K <= StmtKind::Drop; }

/// The self-contained result of lowering one statement.
struct LoweredStatement {
  StmtKind Kind = StmtKind::Empty;
  uint32_t Begin = 0, End = 0;
  Location Loc;
  /// Upper-case leading words for messages ("CREATE TRIGGER").
  std::string Description;
  std::vector<Diagnostic> Diags;
  bool Failed = false;
  /// What the statement does; null if nothing.
  SchemaChangePtr Change;
  /// What the IR does not model in a parsed statement: it is kept as an
  /// opaque object instead, with a warning.
  std::string Unsupported;
  /// DROP of kinds kept opaque: the statement, kept if the module does not
  /// have what it drops.
  std::unique_ptr<OpaqueObject> AsOpaque;
};

/// The neutral type of a declared SQLite type: the dialect's type table for
/// the names it knows, else SQLite's affinity rules (docs/Dialects.md).
/// \p Words are the type's words, \p Modifiers its numbers as written.
DataType readDeclaredType(llvm::ArrayRef<std::string> Words,
                          llvm::ArrayRef<std::string> Modifiers,
                          std::string Spelling);

/// Makes SQLite's conversions of literals before comparisons explicit in
/// the views and CHECK constraints of \p M (SQLiteAffinity.cpp).
void applyComparisonAffinities(Module &M);

/// The value of an identifier token: unquoted text as written, or the
/// "quoted", [bracketed] or `quoted` body.
std::string identifierValue(llvm::StringRef Buffer, const sql::Token &T);
/// The value of a '...' string token.
std::string stringValue(llvm::StringRef Buffer, const sql::Token &T);

class SQLiteLowering {
public:
  SQLiteLowering(const sql::StatementTokens &In, LoweredStatement &Out)
      : In(In), Out(Out) {}

  /// Lowers the root context of a statement of kind \p K into Out.
  void lowerStatement(StmtKind K, antlr4::ParserRuleContext *Root);

  class Impl;

private:
  const sql::StatementTokens &In;
  LoweredStatement &Out;
};

} // namespace sqlite
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLITE_SQLITELOWERING_H
