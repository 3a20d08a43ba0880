//===- OracleLowering.h - Oracle parse trees into the IR -------*- C++ -*-===//
//
// Part of schemac. Lowers one parsed Oracle statement (OracleParser.g4) into
// a SchemaChange, on a worker thread, without looking at the module: tables
// with their columns (declared types read by oracle::readType), defaults,
// identity and virtual columns, constraints with their states; indexes;
// sequences; views; comments; ALTER TABLE and DROP. Expressions and view
// queries go through the shared query parser (FastQueryParser.h) with
// Oracle's hooks. Options the IR does not model are kept as dialect
// attributes (oracle.<option>, the clause as written); a clause the IR
// cannot hold keeps the statement as an opaque object with a warning.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ORACLE_ORACLELOWERING_H
#define SCHEMAC_FRONTEND_SQL_ORACLE_ORACLELOWERING_H

#include "schemac/frontend/sql/Token.h"
#include "schemac/ir/DataType.h"
#include "schemac/ir/Expr.h"
#include "schemac/ir/OpaqueObject.h"
#include "schemac/ir/SchemaChange.h"
#include "schemac/support/Diagnostic.h"

#include <string>
#include <vector>

namespace antlr4 {
class ParserRuleContext;
} // namespace antlr4

namespace schemac {
namespace oracle {

/// How the frontend treats a statement (OracleStatementKinds.def); the
/// parsed kinds first, in the order of their grammar rules.
enum class StmtKind : unsigned {
  CreateTable,
  CreateIndex,
  CreateView,
  CreateSequence,
  AlterTable,
  Comment,
  Drop,
  Opaque,        ///< Kept as an opaque object without parsing.
  Data,          ///< An opaque data statement (INSERT, ...).
  Command,       ///< A SQL*Plus command line (SET, DEFINE, @file, ...).
  CurrentSchema, ///< ALTER SESSION SET CURRENT_SCHEMA = name.
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
  /// DROP TABLE ... CASCADE CONSTRAINTS: the foreign keys of other tables
  /// that reference it go too (its views stay, invalid, in Oracle).
  bool CascadeConstraints = false;
};

/// The value of an identifier token: unquoted text in upper case (Oracle
/// folds it), a "quoted" one as written.
std::string identifierValue(llvm::StringRef Buffer, const sql::Token &T);
/// The value of a '...' or N'...' string token.
std::string stringValue(llvm::StringRef Buffer, const sql::Token &T);

/// Reads a declared type from tokens [\p I, \p End) of \p In: its words,
/// modifiers in parentheses (TIMESTAMP(3) WITH TIME ZONE, VARCHAR2(10
/// CHAR), NUMBER(*,0)), or a user-defined type name ([schema.]name, REF
/// name). Advances \p I past it; false if no type starts at \p I.
bool readType(const sql::StatementTokens &In, unsigned &I, unsigned End,
              DataType &Out);

class OracleLowering {
public:
  OracleLowering(const sql::StatementTokens &In, LoweredStatement &Out)
      : In(In), Out(Out) {}

  /// Lowers the root context of a statement of kind \p K into Out.
  void lowerStatement(StmtKind K, antlr4::ParserRuleContext *Root);

  class Impl;

private:
  const sql::StatementTokens &In;
  LoweredStatement &Out;
};

} // namespace oracle
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ORACLE_ORACLELOWERING_H
