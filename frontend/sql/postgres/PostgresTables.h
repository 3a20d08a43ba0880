//===- PostgresTables.h - Tables generated at build time -------*- C++ -*-===//
//
// Part of schemac. The PostgreSQL frontend's per-process tables, computed by
// schemac-pg-tblgen (PostgresTableGen.cpp) from the grammar's token types
// (PostgresLexer.tokens), the dialect's key word table and the statement kind
// table, and compiled in (generated/PostgresTables.cpp), so that no process
// builds them: they cost about 0.8 M instructions at the first statement of
// every process when they were built at run time (docs/Parsing.md, Step 6).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESTABLES_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESTABLES_H

#include "FastQueryParser.h"

#include "schemac/dialects/KeywordTable.h"
#include "schemac/frontend/sql/StatementClassifier.h"

#include <cstddef>
#include <cstdint>

namespace schemac {
namespace pg {
namespace tables {

/// A key word the grammar lexes as a token of its own (K_<WORD>).
struct KeywordToken {
  const char *Word; ///< Lower case.
  uint16_t Type;
  /// Its category for PostgreSQL 15 (NotKeyword for key words of later
  /// versions that the grammar accepts).
  KeywordCategory Category;
  /// A reserved key word of PostgreSQL 15: unquoted, it never names a table,
  /// type or function.
  bool Reserved;
  /// The fast parser's word for it (FastQueryWords.def), or None.
  sql::Word FastWord;
};

/// The key word tokens, in the key word table's order.
extern const KeywordToken KeywordTokens[];
extern const size_t NumKeywordTokens;
/// The largest token type of the grammar.
extern const uint16_t MaxTokenType;
/// By token type (MaxTokenType + 1 of them): IsKeyword | IsReserved.
enum : uint8_t { IsKeyword = 1, IsReserved = 2 };
extern const uint8_t TokenFlags[];
/// The key word tokens' lookup table (lower-case word -> token type).
extern const KeywordIndex::Slot KeywordSlots[];
extern const size_t NumKeywordSlots;
extern const size_t KeywordMaxLength;
/// The statement kind table (PostgresStatementKinds.def), compiled.
extern const sql::StatementClassifier::Tables ClassifierTables;

} // namespace tables
} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESTABLES_H
