//===- PostgresSplitter.h - Split a script into statements -----*- C++ -*-===//
//
// Part of schemac. Splits a PostgreSQL script into statements the way psql
// does: at a ';' outside parentheses, strings, identifiers, comments and
// dollar quotes, and outside the BEGIN ... END body of a CREATE FUNCTION or
// PROCEDURE written with a SQL-standard body. A psql meta-command (a line
// starting with a backslash) is a statement of its own that ends at the end
// of the line; the data lines of COPY ... FROM stdin (up to `\.`) belong to
// the COPY statement. A statement without a final ';' at the end of the
// input is still a statement.
//
// The splitter also follows SET standard_conforming_strings, which changes
// how later statements are scanned.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSPLITTER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSPLITTER_H

#include "PostgresScanner.h"

#include <optional>
#include <vector>

namespace schemac {
namespace pg {

struct RawStatement {
  /// The statement's source text: from its first token to its terminator
  /// (';' included), the end of a meta-command line, or the `\.` line that
  /// ends COPY data.
  uint32_t Begin = 0, End = 0;
  /// Line and column of the first token.
  uint32_t Line = 0, Col = 0;
  /// The statement's tokens in the token vector passed to next(), the
  /// terminating ';' included (no EOF token).
  uint32_t FirstToken = 0, NumTokens = 0;
  /// standard_conforming_strings while the statement was scanned.
  bool StdStrings = true;
  /// A psql meta-command line (`\c db`); it has no tokens.
  bool MetaCommand = false;
  /// Ended by ';' (rather than by the end of the input).
  bool Terminated = false;
  /// COPY ... FROM stdin followed by its data.
  bool HasCopyData = false;
  /// A lexical error inside the statement (unterminated string, ...).
  std::optional<ScanError> LexError;
};

class PostgresSplitter {
public:
  explicit PostgresSplitter(llvm::StringRef Buffer) : Scan(Buffer) {}

  /// Scans the next statement, appending its tokens to \p Tokens. Returns
  /// false when the input has no further statement.
  bool next(RawStatement &S, std::vector<PgToken> &Tokens);

  llvm::StringRef getBuffer() const { return Scan.getBuffer(); }

private:
  void trackWord(const PgToken &T);
  void afterStatement(const RawStatement &S, const PgToken *Toks);
  void skipCopyData(RawStatement &S);

  PostgresScanner Scan;
  // psql's heuristic for SQL-standard function bodies.
  unsigned ParenDepth = 0;
  unsigned BeginDepth = 0;
  unsigned WordCount = 0;
  char Words[4] = {0, 0, 0, 0};
};

/// The lower-case word of an identifier or keyword token, or "" for other
/// tokens (quoted identifiers are not words).
llvm::StringRef getWord(llvm::StringRef Buffer, const PgToken &T,
                        llvm::SmallVectorImpl<char> &Storage);

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSPLITTER_H
