//===- SQLServerLowering.h - T-SQL parse trees into the IR -----*- C++ -*-===//
//
// Part of schemac. Lowers one parsed SQL Server statement
// (SQLServerParser.g4) into a SchemaChange, on a worker thread, without
// looking at the module: tables with their columns (types read through the
// dialect's type table, IDENTITY(seed, increment) as identity columns,
// computed columns as generated ones), named DEFAULT constraints, keys,
// checks and foreign keys; indexes (INCLUDE, filtered); views (their
// queries through the shared query parser); ALTER TABLE; schemas,
// sequences, alias types (as domains); sp_addextendedproperty
// MS_Description as comments. Options the IR does not model (CLUSTERED,
// ON [filegroup], WITH (...), ROWGUIDCOL, SPARSE, ...) are kept as dialect
// attributes "sqlserver.<option>"; what cannot be kept that way makes the
// statement an opaque object with a warning; nothing is dropped.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERLOWERING_H
#define SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERLOWERING_H

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
namespace sqlserver {

/// How the frontend treats a statement (SQLServerStatementKinds.def); the
/// parsed kinds first, in the order of their grammar rules.
enum class StmtKind : unsigned {
  CreateTable,
  CreateIndex,
  CreateView,
  AlterTable,
  Drop,
  CreateSchema,
  CreateSequence,
  CreateType,
  Exec,
  Opaque, ///< Kept as an opaque object without parsing.
  Data,   ///< An opaque data statement (INSERT, ...).
  Empty,
  Unknown,
};

inline bool isParsed(StmtKind K) { return K <= StmtKind::Exec; }

/// The self-contained result of lowering one statement.
struct LoweredStatement {
  StmtKind Kind = StmtKind::Empty;
  uint32_t Begin = 0, End = 0;
  Location Loc;
  /// Upper-case leading words for messages ("CREATE PROCEDURE").
  std::string Description;
  /// The kind of object of the statement's row (SQLServerStatementKinds.def:
  /// "table", "alter table"), for the opaque object kept instead of it.
  std::string ObjectType;
  std::vector<Diagnostic> Diags;
  bool Failed = false;
  /// What the statement does; null if nothing.
  SchemaChangePtr Change;
  /// Further changes of the same statement (ALTER TABLE ... ADD a, b),
  /// applied after Change.
  std::vector<SchemaChangePtr> More;
  /// What the IR does not model in a parsed statement: it is kept as an
  /// opaque object instead, with a warning.
  std::string Unsupported;
  /// The name the statement creates or targets, for the opaque object kept
  /// instead of it.
  QualifiedName OpaqueName, OpaqueTarget;
};

/// The value of an identifier token: unquoted text as written, or the
/// [bracketed] or "quoted" body.
std::string identifierValue(llvm::StringRef Buffer, const sql::Token &T);
/// The value of a '...' or N'...' string token.
std::string stringValue(llvm::StringRef Buffer, const sql::Token &T);

/// The neutral type of SQL Server type \p Name (\p Schema: its schema, if
/// written) with arguments \p Args as written ("max", "50", ...).
DataType readType(llvm::StringRef Schema, llvm::StringRef Name,
                  llvm::ArrayRef<std::string> Args);

/// BIT's literals are 0 and 1: \p E, a 0 or 1, as the boolean a BIT
/// column means (other expressions unchanged).
ExprPtr bitLiteral(ExprPtr E);

class SQLServerLowering {
public:
  SQLServerLowering(const sql::StatementTokens &In, LoweredStatement &Out)
      : In(In), Out(Out) {}

  /// Lowers the root context of a statement of kind \p K into Out.
  void lowerStatement(StmtKind K, antlr4::ParserRuleContext *Root);

  class Impl;

private:
  const sql::StatementTokens &In;
  LoweredStatement &Out;
};

} // namespace sqlserver
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERLOWERING_H
