//===- PostgresSplitter.h - Split a script into statements -----*- C++ -*-===//
//
// Part of schemac. The shared statement splitter (StatementSplitter.h) with
// psql's hooks: a psql meta-command (a line starting with a backslash) is a
// statement of its own that ends at the end of the line; the data lines of
// COPY ... FROM stdin (up to `\.`) belong to the COPY statement; the
// BEGIN ... END body of a CREATE FUNCTION or PROCEDURE written with a
// SQL-standard body does not end at its semicolons (psql's heuristic); SET
// standard_conforming_strings changes how later statements are scanned.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSPLITTER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSPLITTER_H

#include "PostgresScanner.h"

#include "schemac/frontend/sql/StatementSplitter.h"

#include <optional>
#include <vector>

namespace schemac {
namespace pg {

struct RawStatement : sql::RawStatement {
  /// standard_conforming_strings while the statement was scanned.
  bool StdStrings = true;
  /// COPY ... FROM stdin followed by its data.
  bool HasCopyData = false;
};

class PostgresSplitter
    : public sql::StatementSplitter<PostgresSplitter, PostgresScanner,
                                    RawStatement> {
public:
  explicit PostgresSplitter(llvm::StringRef Buffer)
      : StatementSplitter(PostgresScanner(Buffer)) {}

  // Hooks.
  void beginStatement(RawStatement &S);
  bool scanCommandLine(RawStatement &S, uint32_t Offset);
  void onWord(const PgToken &T, unsigned ParenDepth);
  bool semicolonEnds() const { return BeginDepth == 0; }
  void afterStatement(RawStatement &S, const PgToken *Toks);

private:
  void followSettings(const RawStatement &S, const PgToken *Toks);
  void skipCopyData(RawStatement &S);

  // psql's heuristic for SQL-standard function bodies.
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
