//===- SQLServerSplitter.h - T-SQL scripts into statements -----*- C++ -*-===//
//
// Part of schemac. Cuts a script into statements as sqlcmd and SSMS send
// them and as SQL Server's parser reads a batch:
//
//   1. a line holding only `GO [count]` ends a batch (a command of its own);
//   2. inside a batch, ';' ends a statement, except inside BEGIN ... END
//      blocks and in the bodies of CREATE [OR ALTER] / ALTER PROCEDURE,
//      FUNCTION and TRIGGER, which run to the end of their batch (T-SQL
//      requires them to be alone in it; a view is one query, which its ';'
//      ends);
//   3. the ';' is optional in T-SQL: a statement also ends where the next
//      one begins, at depth 0, by its first word (CREATE, ALTER, DROP, SET
//      @v / SET ANSI_NULLS, EXEC, INSERT, PRINT, IF, ...), with the rules
//      that tell such a word from the same word inside a statement
//      (ALTER COLUMN, ON DELETE SET NULL, GRANT CREATE TABLE, WITH GRANT
//      OPTION, IF's own body, BEGIN TRY ... END TRY BEGIN CATCH).
//
// Step 3 runs over each statement of steps 1-2 (SQLServerSplitter.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERSPLITTER_H
#define SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERSPLITTER_H

#include "schemac/frontend/sql/DialectSplitters.h"
#include "schemac/frontend/sql/SQLScanner.h"
#include "schemac/frontend/sql/StatementSplitter.h"

#include <deque>

namespace schemac {
namespace sqlserver {

/// Steps 1 and 2: batches at GO lines, statements at ';' outside blocks and
/// bodies.
class BatchSplitter
    : public sql::StatementSplitter<BatchSplitter, sql::SQLScanner> {
  using Base = sql::StatementSplitter<BatchSplitter, sql::SQLScanner>;

public:
  explicit BatchSplitter(llvm::StringRef Buffer);

  static constexpr bool HasSeparatorLines = true;
  bool isSeparatorLine(uint32_t Offset) const;
  bool scanCommandLine(sql::RawStatement &S, uint32_t Offset) {
    if (!isSeparatorLine(Offset))
      return false;
    takeCommandLine(S, Offset);
    return true;
  }
  void beginStatement(sql::RawStatement &) {
    Words = 0;
    Create = Body = PendingBegin = false;
    Blocks = Cases = 0;
  }
  void onWord(const sql::Token &T, unsigned ParenDepth);
  bool semicolonEnds() const { return !Body && !Blocks && !PendingBegin; }

private:
  unsigned Words = 0;
  bool Create = false, Body = false, PendingBegin = false;
  unsigned Blocks = 0, Cases = 0;
};

/// Step 3 on top of BatchSplitter: the statement splitter of the frontend.
class SQLServerSplitter {
public:
  explicit SQLServerSplitter(llvm::StringRef Buffer) : Inner(Buffer) {}

  /// The next statement (tokens appended to \p Tokens); false at the end.
  bool next(sql::RawStatement &S, std::vector<sql::Token> &Tokens);

private:
  /// Cuts the statement in Scratch into Pending.
  void split(const sql::RawStatement &S);
  bool word(unsigned I, llvm::StringRef Lower) const;
  bool isWordAt(unsigned I) const;
  bool startsStatement(unsigned I, unsigned Start, bool Grant,
                       bool InsertHead) const;

  BatchSplitter Inner;
  std::vector<sql::Token> Scratch;
  std::deque<sql::RawStatement> Pending;
};

} // namespace sqlserver
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLSERVER_SQLSERVERSPLITTER_H
