//===- MySQLLowering.h - MySQL parse trees into the IR ---------*- C++ -*-===//
//
// Part of schemac. Lowers one parsed MySQL or MariaDB statement
// (MySQLParser.g4) into steps for the module, on a worker thread, without
// looking at the module: tables with their columns (MySQL's types read into
// neutral types, the declared text kept as the spelling; ENUM columns as
// enum types of their own), defaults, keys, indexes, checks, foreign keys,
// generated columns, AUTO_INCREMENT as identity; indexes; views (their
// queries through the shared query parser); ALTER TABLE, RENAME TABLE and
// DROP. Options the IR does not model (ENGINE, charsets, ON UPDATE, ...)
// become dialect attributes ("mysql.<option>"); what cannot be kept exactly
// makes the statement an opaque object with a warning; nothing is dropped.
//
// What needs the module is left to the frontend's applier: MODIFY and
// CHANGE COLUMN (a column replaced in place), FIRST/AFTER, and index names,
// which are a table's own in MySQL and a schema's in the IR.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLLOWERING_H
#define SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLLOWERING_H

#include "schemac/frontend/sql/Token.h"
#include "schemac/ir/Column.h"
#include "schemac/ir/Constraint.h"
#include "schemac/ir/DataType.h"
#include "schemac/ir/OpaqueObject.h"
#include "schemac/ir/SchemaChange.h"
#include "schemac/support/Diagnostic.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace antlr4 {
class ParserRuleContext;
} // namespace antlr4

namespace schemac {
class SQLDialect;
namespace mysql {

/// How the frontend treats a statement (MySQLStatementKinds.def); the
/// parsed kinds first, in the order of their grammar rules.
enum class StmtKind : unsigned {
  CreateTable,
  CreateIndex,
  CreateView,
  AlterTable,
  RenameTable,
  Drop,
  Opaque,     ///< Kept as an opaque object without parsing.
  Data,       ///< An opaque data statement (INSERT, ...).
  DropOpaque, ///< DROP of a kind kept opaque (DROP TRIGGER).
  Empty,
  Unknown,
};

inline bool isParsed(StmtKind K) { return K <= StmtKind::Drop; }

/// An ENUM(...) column's type, made (or given new values) before the step
/// that uses it: named <table>_<column>.
struct EnumDef {
  QualifiedName Name;
  std::vector<std::string> Values;
  Location Loc;
};

/// One thing a statement does, in order.
struct Step {
  /// A change for the schema editor; may be null.
  SchemaChangePtr Change;
  /// The enum types the change's columns use.
  std::vector<EnumDef> Enums;

  /// MODIFY / CHANGE COLUMN: column Name of Table becomes Col (renamed
  /// through the editor first if Col's name differs), with the keys and
  /// checks written in its definition.
  std::unique_ptr<Column> Redefine;
  std::vector<Constraint> RedefineConstraints;
  /// Table and column of a redefinition or of a move; the index of DROP
  /// INDEX / RENAME INDEX.
  NameRef Table;
  std::string Name;
  Location NameLoc;
  /// RENAME INDEX: the new name.
  std::string NewName;
  enum class IndexOp { None, Drop, Rename } OnIndex = IndexOp::None;
  bool IfExists = false;
  /// FIRST (empty) or AFTER column, for the column Name (or the added or
  /// redefined one).
  std::optional<std::string> MoveAfter;
};

/// The self-contained result of lowering one statement.
struct LoweredStatement {
  StmtKind Kind = StmtKind::Empty;
  uint32_t Begin = 0, End = 0;
  Location Loc;
  /// Upper-case leading words for messages ("CREATE TRIGGER").
  std::string Description;
  std::vector<Diagnostic> Diags;
  bool Failed = false;
  std::vector<Step> Steps;
  /// What the IR does not model in a parsed statement: it is kept as an
  /// opaque object instead, with a warning.
  std::string Unsupported;
  /// The name a statement kept opaque keeps (a table's, a view's).
  QualifiedName Name;
  /// DROP of kinds kept opaque: the statement, kept if the module does not
  /// have what it drops.
  std::unique_ptr<OpaqueObject> AsOpaque;
};

/// The value of an identifier token: unquoted text as written, or the
/// `quoted` body.
std::string identifierValue(llvm::StringRef Buffer, const sql::Token &T);
/// The value of a '...' or "..." string token, MySQL's escapes processed.
std::string stringValue(llvm::StringRef Buffer, const sql::Token &T);

class MySQLLowering {
public:
  MySQLLowering(const sql::StatementTokens &In, LoweredStatement &Out,
                const SQLDialect &Dialect)
      : In(In), Out(Out), Dialect(Dialect) {}

  /// Lowers the root context of a statement of kind \p K into Out.
  void lowerStatement(StmtKind K, antlr4::ParserRuleContext *Root);

  class Impl;

private:
  const sql::StatementTokens &In;
  LoweredStatement &Out;
  const SQLDialect &Dialect;
};

} // namespace mysql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLLOWERING_H
