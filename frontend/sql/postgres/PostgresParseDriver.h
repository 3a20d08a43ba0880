//===- PostgresParseDriver.h - Parse a PostgreSQL statement ----*- C++ -*-===//
//
// Part of schemac. The shared ANTLR parse driver (AntlrParseDriver.h) set up
// for grammars/PostgresParser.g4: the rule each parsed statement kind
// enters, and how the grammar's tokens are named in syntax errors.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESPARSEDRIVER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESPARSEDRIVER_H

#include "AntlrParseDriver.h"
#include "PgRuleContext.h"
#include "PostgresClassifier.h"
#include "PostgresScanner.h"

namespace schemac {
namespace pg {

using PgAntlrToken = sql::AntlrToken;
using StatementTokens = sql::StatementTokens;

/// The PgToken behind a token of our token stream.
inline const PgToken &pgToken(antlr4::Token *T) { return sql::tokenOf(T); }

/// The ANTLR parser is made on the first statement that needs it: a
/// script whose statements the fast path takes or keeps as opaque objects
/// never pays for it.
class PostgresParseDriver {
public:
  PostgresParseDriver();
  ~PostgresParseDriver();

  /// Parses a statement of kind \p K (a parsed kind). Returns the root
  /// context, or null after adding a syntax error to \p Diags.
  antlr4::ParserRuleContext *parse(StmtKind K, const StatementTokens &In,
                                   std::vector<Diagnostic> &Diags);
  /// Frees the tree of the last parse.
  void release() {
    if (Driver)
      Driver->release();
  }

  /// Number of statements that needed the LL fallback (for benchmarks).
  unsigned getNumLLFallbacks() const {
    return Driver ? Driver->getNumLLFallbacks() : 0;
  }
  sql::AntlrParseDriver &getDriver();

private:
  std::unique_ptr<sql::AntlrParseDriver> Driver;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESPARSEDRIVER_H
