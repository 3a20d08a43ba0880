//===- MySQLScanner.cpp - MySQL's scanner and client splitting ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "MySQLScanner.h"

#include "schemac/dialects/mysql/MySQLDialect.h"

using namespace schemac;
using namespace schemac::mysql;

uint32_t MySQLScanner::versionOpening() const {
  uint32_t N = Buf.size();
  uint32_t P = Pos + 2;
  bool MariaDBOnly = P < N && Buf[P] == 'M';
  if (MariaDBOnly)
    ++P;
  if (P >= N || Buf[P] != '!')
    return 0;
  ++P;
  uint32_t Digits = 0;
  unsigned Number = 0;
  while (P + Digits < N && Digits < 6 && isDigit(Buf[P + Digits])) {
    Number = Number * 10 + (Buf[P + Digits] - '0');
    ++Digits;
  }
  // MySQL's numbers have 5 digits, MariaDB's 5 or 6.
  if (Digits == 6 && !Version.MariaDB) {
    Number /= 10;
    Digits = 5;
  }
  if (Digits != 0 && Digits < 5)
    Digits = 0, Number = 0;
  if (MariaDBOnly && !Version.MariaDB)
    return 0;
  if (Digits && Number > Version.Number)
    return 0;
  // MariaDB runs no MySQL 5.7 and 8.0 version comments (50700 to 99999):
  // those are MySQL's own.
  if (Version.MariaDB && !MariaDBOnly && Digits == 5 && Number >= 50700)
    return 0;
  return P + Digits - Pos;
}

uint32_t MySQLScanner::skipTrivia() {
  uint32_t N = Buf.size();
  while (Pos < N) {
    unsigned char C = Buf[Pos];
    unsigned char C1 = Pos + 1 < N ? Buf[Pos + 1] : 0;
    if (C == '\n') {
      newline(Pos);
      ++Pos;
    } else if (C == ' ' || C == '\t' || C == '\r' || C == '\f' || C == '\v') {
      ++Pos;
    } else if (C == '#' || (C == '-' && C1 == '-' &&
                            (Pos + 2 >= N || static_cast<unsigned char>(
                                                 Buf[Pos + 2]) <= ' '))) {
      while (Pos < N && Buf[Pos] != '\n')
        ++Pos;
    } else if (C == '/' && C1 == '*') {
      uint32_t Open = InVersion ? 0 : versionOpening();
      if (!Open) {
        skipBlockComment(/*Nested=*/false);
        continue;
      }
      InVersion = true;
      VersionStart = Pos;
      Pos += Open;
    } else if (C == '*' && C1 == '/' && InVersion) {
      InVersion = false;
      Pos += 2;
    } else {
      break;
    }
  }
  return Pos;
}

bool MySQLScanner::next(sql::Token &T) {
  skipTrivia();
  if (!SQLScanner::next(T))
    return false;
  // The client ends a statement at its delimiter even inside a word
  // (END$$).
  if (Delimiter != ";" && (T.Type == kinds().Ident || isKeyword(T.Type) ||
                           T.Type == kinds().Integer)) {
    llvm::StringRef Text = Buf.slice(T.Begin, T.End);
    size_t At = Text.find(Delimiter);
    if (At != llvm::StringRef::npos && At > 0) {
      T.End = T.Begin + static_cast<uint32_t>(At);
      Pos = T.End;
      if (T.Type != kinds().Integer) {
        uint16_t K = findKeywordToken(Text.take_front(At).lower());
        T.Type = K ? K : kinds().Ident;
      }
    }
  }
  return true;
}

MySQLSplitter::MySQLSplitter(llvm::StringRef Buffer, ServerVersion Version)
    : Base(MySQLScanner(Buffer, getMySQLDialect().getTraits(), Version)) {}

bool MySQLSplitter::scanCommandLine(sql::RawStatement &S, uint32_t Offset) {
  int64_t VersionStart = Scan.versionCommentStart();
  if (VersionStart >= 0) {
    S.Begin = static_cast<uint32_t>(VersionStart);
    return false;
  }
  auto [Word, Rest] = sql::splitCommandLine(lineAt(Offset).first);
  if (!Word.equals_insensitive("delimiter") || Rest.empty())
    return false;
  Delimiter = sql::splitCommandLine(Rest).first.str();
  Scan.setDelimiter(Delimiter);
  takeCommandLine(S, Offset);
  return true;
}

void MySQLSplitter::beginStatement(sql::RawStatement &) {
  Words = 0;
  Create = Routine = PendingEnd = false;
  Depth = 0;
}

void MySQLSplitter::onWord(const sql::Token &T, unsigned ParenDepth) {
  ++Words;
  if (Words == 1) {
    Create = isWord(T, "create");
    return;
  }
  if (Create && !Routine) {
    // CREATE [OR REPLACE] [DEFINER=...] [AGGREGATE] TRIGGER|PROCEDURE|...
    Routine = isWord(T, "trigger") || isWord(T, "procedure") ||
              isWord(T, "function") || isWord(T, "event");
    return;
  }
  if (!Routine || ParenDepth)
    return;
  if (PendingEnd) {
    // END IF, END LOOP, ... close blocks not counted; END CASE and END
    // close a CASE or a BEGIN.
    PendingEnd = false;
    if (isWord(T, "if") || isWord(T, "loop") || isWord(T, "repeat") ||
        isWord(T, "while"))
      return;
    if (Depth)
      --Depth;
    if (isWord(T, "case"))
      return;
  }
  if (isWord(T, "begin") || isWord(T, "case"))
    ++Depth;
  else if (isWord(T, "end") && Depth)
    PendingEnd = true;
}

bool MySQLSplitter::semicolonEnds() {
  if (Delimiter != ";")
    return false;
  if (PendingEnd) {
    PendingEnd = false;
    if (Depth)
      --Depth;
  }
  return Depth == 0;
}
