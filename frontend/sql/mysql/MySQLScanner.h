//===- MySQLScanner.h - MySQL's scanner and client splitting ---*- C++ -*-===//
//
// Part of schemac. What the mysql client and server do with a script before
// the parser sees it:
//
//  - MySQLScanner: the shared SQLScanner under MySQL's lexical traits, plus
//    version comments. `/*!50013 DEFINER=... */` is code when the server's
//    version is at least the number (always without one); `/*M!100100 ...*/`
//    likewise, on MariaDB only; other comments are skipped. The scanner
//    reads the text inside as tokens and skips the closing `*/`.
//  - MySQLSplitter: the client's statement splitting: ';' or the current
//    delimiter ends a statement; `DELIMITER $$` on a line of its own changes
//    the delimiter (a command line of its own). The client finds the
//    delimiter anywhere outside strings and comments (END$$), so the scanner
//    ends a word before it.
//
// A statement that starts inside a version comment begins at the comment's
// `/*!NNNNN`, so that its text (kept for opaque objects) is balanced.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLSCANNER_H
#define SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLSCANNER_H

#include "MySQLVocabulary.h"

#include "schemac/frontend/sql/DialectSplitters.h"
#include "schemac/frontend/sql/SQLScanner.h"
#include "schemac/frontend/sql/StatementSplitter.h"

#include <string>

namespace schemac {
namespace mysql {

/// Whose version comments are code.
struct ServerVersion {
  /// /*!NNNNN ... */ is code when NNNNN <= Number.
  unsigned Number;
  /// /*M!NNNNNN ... */ is code (MariaDB).
  bool MariaDB;
};

class MySQLScanner : public sql::SQLScanner {
public:
  MySQLScanner(llvm::StringRef Buffer, const LexicalTraits &Traits,
               ServerVersion Version)
      : SQLScanner(Buffer, Traits, getVocabulary()), Version(Version) {}

  uint32_t skipTrivia();
  bool next(sql::Token &T);

  /// The delimiter the client ends statements with (";" by default).
  void setDelimiter(llvm::StringRef D) { Delimiter = D.str(); }
  /// The start of the version comment the scanner is in, or -1.
  int64_t versionCommentStart() const {
    return InVersion ? static_cast<int64_t>(VersionStart) : -1;
  }

private:
  /// At "/*": the length of a version comment's opening that is code, or
  /// 0 (then the comment is skipped).
  uint32_t versionOpening() const;

  ServerVersion Version;
  std::string Delimiter = ";";
  bool InVersion = false;
  uint32_t VersionStart = 0;
};

class MySQLSplitter
    : public sql::StatementSplitter<MySQLSplitter, MySQLScanner> {
  using Base = sql::StatementSplitter<MySQLSplitter, MySQLScanner>;

public:
  MySQLSplitter(llvm::StringRef Buffer, ServerVersion Version);

  static constexpr bool HasCustomTerminator = true;

  bool scanCommandLine(sql::RawStatement &S, uint32_t Offset);
  uint32_t terminatorAt(uint32_t Offset) {
    if (Delimiter == ";")
      return 0; // the ';' token ends statements
    return getBuffer().substr(Offset).startswith(Delimiter)
               ? static_cast<uint32_t>(Delimiter.size())
               : 0;
  }
  void beginStatement(sql::RawStatement &);
  void onWord(const sql::Token &T, unsigned ParenDepth);
  /// ';' ends a statement under the default delimiter, except inside the
  /// BEGIN ... END body of a trigger, routine or event (which a client
  /// sends with DELIMITER; sqldef and drivers send it whole).
  bool semicolonEnds();
  /// The statement's text ends before a delimiter other than ';' (the
  /// client does not send it).
  void afterStatement(sql::RawStatement &S, const sql::Token *) {
    if (S.Terminated && Delimiter != ";" && S.End >= Delimiter.size() &&
        getBuffer().substr(S.End - Delimiter.size()).startswith(Delimiter))
      S.End -= static_cast<uint32_t>(Delimiter.size());
  }

private:
  std::string Delimiter = ";";
  // The compound body of CREATE ... TRIGGER/PROCEDURE/FUNCTION/EVENT.
  unsigned Words = 0;
  bool Create = false, Routine = false, PendingEnd = false;
  /// Open BEGIN and CASE blocks.
  unsigned Depth = 0;
};

} // namespace mysql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_MYSQL_MYSQLSCANNER_H
