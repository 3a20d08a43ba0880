//===- ScannerBase.h - What every SQL scanner shares -----------*- C++ -*-===//
//
// Part of schemac. The state of a scanner (buffer, position, line, the
// first lexical error) and the lexical rules SQL dialects share: quoted
// bodies with doubled quotes and optional backslash escapes, string
// continuation across lines, numbers, dollar quotes, PostgreSQL-style
// operator runs, block comments, identifiers with the key word lookup whose
// hash is computed while folding. The trait-driven SQLScanner and
// hand-written scanners such as PostgresScanner derive from it and write
// their own next(); the rules that depend on character classes are
// templates over predicates, so each scanner's calls inline.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SCANNERBASE_H
#define SCHEMAC_FRONTEND_SQL_SCANNERBASE_H

#include "schemac/dialects/KeywordTable.h"
#include "schemac/frontend/sql/Token.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace schemac {
namespace sql {

class ScannerBase {
public:
  /// Scans \p Buffer from \p Offset (a UTF-8 BOM at offset 0 is skipped).
  ScannerBase(llvm::StringRef Buffer, uint32_t Offset);

  /// standard_conforming_strings (PostgreSQL): when false, backslashes are
  /// escapes in plain '...' strings.
  void setStandardConformingStrings(bool V) { StdStrings = V; }
  bool getStandardConformingStrings() const { return StdStrings; }

  bool hasError() const { return HasError; }
  /// The first error since the last clearError().
  const ScanError &getError() const { return Error; }
  void clearError() { HasError = false; }

  /// Current position (the start of the next token's whitespace).
  uint32_t getOffset() const { return Pos; }
  uint32_t getLine() const { return Line; }
  uint32_t getColumn() const { return Pos - LineStart + 1; }
  /// Moves to \p Offset, which must be at or after the current position;
  /// line numbers are kept up to date.
  void skipTo(uint32_t Offset);

  llvm::StringRef getBuffer() const { return Buf; }

protected:
  static bool isDigit(unsigned char C) { return C >= '0' && C <= '9'; }

  void error(DiagID ID, uint32_t Offset);
  void newline(uint32_t NewlineOffset) {
    ++Line;
    LineStart = NewlineOffset + 1;
  }

  /// Starts token \p T at Pos (and the position errors are reported at).
  /// Returns false at the end of the input, with T an \p Eof token there.
  bool startToken(Token &T, uint16_t Eof) {
    T.Line = StartLine = Line;
    T.Col = StartCol = Pos - LineStart + 1;
    T.Begin = Pos;
    if (Pos < Buf.size())
      return true;
    T.Type = Eof;
    T.End = Pos;
    return false;
  }

  /// Skips a block comment at Pos ("/*"), nested ones too if \p Nested.
  void skipBlockComment(bool Nested);
  /// Skips whitespace, line comments (where \p LineComment says one
  /// starts) and block comments; returns the offset of the next token.
  template <typename IsSpace, typename IsLineComment>
  uint32_t skipTrivia(IsSpace Space, IsLineComment LineComment,
                      bool NestedComments);

  /// A quoted body at Pos (the opening quote) up to the unescaped \p Close;
  /// a doubled close character stands for itself, and with \p Backslashes
  /// a backslash escapes the next character. \p Ident: an identifier (the
  /// errors say so, and it must not be empty).
  void scanQuoted(char Close, bool Backslashes, uint32_t Start, bool Ident);

  /// A string at Pos (the opening \p Quote). \p NoEscapes: B'..' and X'..'
  /// (no doubled quotes). \p Continuation: the SQL standard's 'a' <newline>
  /// 'b' is one string; \p DashComments: -- comments may stand between.
  template <typename IsSpace>
  void scanString(char Quote, bool Backslashes, uint32_t Start, bool NoEscapes,
                  bool Continuation, bool DashComments, IsSpace Space);

  /// Digits [. digits] [e[+-]digits] at Pos ("1..2" stops before ".."):
  /// true for a numeric (not integer) constant.
  bool scanNumber();

  /// A dollar quote at Pos ('$' not followed by a digit): $tag$...$tag$.
  /// Returns false, leaving Pos, if this is not one.
  template <typename IsTagStart, typename IsTagChar>
  bool scanDollarQuote(IsTagStart TagStart, IsTagChar TagChar);

  /// The length of the PostgreSQL operator at \p Start: the longest run of
  /// operator characters, cut before "--" or "/*", losing trailing + and -
  /// unless it has one of ~ ! @ # ^ & | ` ? %.
  template <typename IsOpChar>
  uint32_t postgresOperatorLength(uint32_t Start, IsOpChar OpChar) const;

  /// An identifier or key word whose first bytes [Start, Pos) were read:
  /// reads the rest, folding to lower case and hashing for \p Keywords in
  /// the same pass. Returns the key word's type, or \p Ident.
  template <typename IsIdentChar>
  uint16_t scanWord(uint32_t Start, const KeywordIndex &Keywords,
                    IsIdentChar IdentChar, uint16_t Ident);

  llvm::StringRef Buf;
  uint32_t Pos = 0;
  uint32_t Line = 1;
  uint32_t LineStart = 0;
  bool StdStrings = true;
  bool HasError = false;
  /// Line and column of the token (or comment) being scanned.
  uint32_t StartLine = 1, StartCol = 1;
  ScanError Error;

private:
  template <typename IsSpace>
  bool tryQuoteContinuation(char Quote, bool DashComments, IsSpace Space);
};

//===----------------------------------------------------------------------===//
// Templates
//===----------------------------------------------------------------------===//

template <typename IsSpace>
bool ScannerBase::tryQuoteContinuation(char Quote, bool DashComments,
                                       IsSpace Space) {
  // After a closing quote: whitespace with a newline followed by another
  // quote continues the string constant. Leaves Pos at the new opening
  // quote and returns true, or leaves Pos.
  uint32_t N = Buf.size();
  uint32_t P = Pos;
  auto Dash = [&](uint32_t At) {
    return DashComments && At + 1 < N && Buf[At] == '-' && Buf[At + 1] == '-';
  };
  // Horizontal whitespace and -- comments.
  while (P < N) {
    char C = Buf[P];
    if (C == ' ' || C == '\t' || C == '\f') {
      ++P;
    } else if (Dash(P)) {
      while (P < N && Buf[P] != '\n' && Buf[P] != '\r')
        ++P;
    } else {
      break;
    }
  }
  if (P >= N || (Buf[P] != '\n' && Buf[P] != '\r'))
    return false;
  ++P;
  // Any whitespace, and -- comments that end with a newline.
  while (P < N) {
    if (Space(static_cast<unsigned char>(Buf[P]))) {
      ++P;
    } else if (Dash(P)) {
      uint32_t Q = P;
      while (Q < N && Buf[Q] != '\n' && Buf[Q] != '\r')
        ++Q;
      if (Q >= N)
        return false;
      P = Q + 1;
    } else {
      break;
    }
  }
  if (P >= N || Buf[P] != Quote)
    return false;
  skipTo(P);
  return true;
}

template <typename IsSpace, typename IsLineComment>
uint32_t ScannerBase::skipTrivia(IsSpace Space, IsLineComment LineComment,
                                 bool NestedComments) {
  uint32_t N = Buf.size();
  while (Pos < N) {
    unsigned char C = Buf[Pos];
    if (C == '\n') {
      newline(Pos);
      ++Pos;
    } else if (Space(C)) {
      ++Pos;
    } else if (LineComment(Pos)) {
      const void *NL = std::memchr(Buf.data() + Pos, '\n', N - Pos);
      Pos = NL ? static_cast<const char *>(NL) - Buf.data() : N;
    } else if (C == '/' && Pos + 1 < N && Buf[Pos + 1] == '*') {
      skipBlockComment(NestedComments);
    } else {
      break;
    }
  }
  return Pos;
}

template <typename IsSpace>
void ScannerBase::scanString(char Quote, bool Backslashes, uint32_t Start,
                             bool NoEscapes, bool Continuation,
                             bool DashComments, IsSpace Space) {
  while (true) {
    if (NoEscapes) {
      uint32_t N = Buf.size();
      ++Pos;
      while (Pos < N && Buf[Pos] != Quote) {
        if (Buf[Pos] == '\n')
          newline(Pos);
        ++Pos;
      }
      if (Pos >= N) {
        error(DiagID::err_unterminated_string, Start);
        return;
      }
      ++Pos;
    } else {
      scanQuoted(Quote, Backslashes, Start, /*Ident=*/false);
      if (HasError && Pos >= Buf.size())
        return;
    }
    if (!Continuation || !tryQuoteContinuation(Quote, DashComments, Space))
      return;
  }
}

template <typename IsTagStart, typename IsTagChar>
bool ScannerBase::scanDollarQuote(IsTagStart TagStart, IsTagChar TagChar) {
  uint32_t Start = Pos;
  uint32_t N = Buf.size();
  uint32_t P = Start + 1;
  if (P < N && TagStart(static_cast<unsigned char>(Buf[P]))) {
    ++P;
    while (P < N && TagChar(static_cast<unsigned char>(Buf[P])))
      ++P;
  }
  if (P >= N || Buf[P] != '$')
    return false;
  ++P;
  llvm::StringRef Tag = Buf.slice(Start, P);
  size_t Close = Buf.find(Tag, P);
  if (Close == llvm::StringRef::npos) {
    error(DiagID::err_unterminated_dollar_quote, Start);
    skipTo(N);
    return true;
  }
  skipTo(Close + Tag.size());
  return true;
}

template <typename IsOpChar>
uint32_t ScannerBase::postgresOperatorLength(uint32_t Start,
                                             IsOpChar OpChar) const {
  uint32_t N = Buf.size();
  uint32_t End = Start;
  while (End < N && OpChar(static_cast<unsigned char>(Buf[End])))
    ++End;
  for (uint32_t I = Start + 1; I + 1 < End; ++I) {
    if ((Buf[I] == '-' && Buf[I + 1] == '-') ||
        (Buf[I] == '/' && Buf[I + 1] == '*')) {
      End = I;
      break;
    }
  }
  uint32_t Len = End - Start;
  if (Len > 1 && (Buf[End - 1] == '+' || Buf[End - 1] == '-')) {
    bool NonSQL = false;
    for (uint32_t I = Start; I + 1 < End && !NonSQL; ++I)
      NonSQL = llvm::StringRef("~!@#^&|`?%").contains(Buf[I]);
    if (!NonSQL) {
      do
        --Len;
      while (Len > 1 &&
             (Buf[Start + Len - 1] == '+' || Buf[Start + Len - 1] == '-'));
    }
  }
  return Len;
}

template <typename IsIdentChar>
uint16_t ScannerBase::scanWord(uint32_t Start, const KeywordIndex &Keywords,
                               IsIdentChar IdentChar, uint16_t Ident) {
  const char *D = Buf.data();
  uint32_t N = Buf.size();
  char Lower[64];
  static_assert(sizeof(Lower) > 32, "longer than any keyword");
  uint32_t Max = std::min<uint32_t>(Keywords.getMaxLength(), sizeof(Lower));
  uint32_t H = KeywordIndex::Seed;
  uint32_t Len = 0;
  bool MaybeKeyword = true;
  auto Add = [&](unsigned char C) {
    // Key words are ASCII and at most Max bytes long.
    if (C >= 0x80 || Len == Max) {
      MaybeKeyword = false;
      return;
    }
    C = (C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C;
    Lower[Len++] = static_cast<char>(C);
    H = KeywordIndex::step(H, static_cast<char>(C));
  };
  for (uint32_t I = Start; I < Pos; ++I)
    Add(D[I]);
  while (Pos < N) {
    unsigned char C = D[Pos];
    if (!IdentChar(C))
      break;
    if (MaybeKeyword)
      Add(C);
    ++Pos;
  }
  if (!MaybeKeyword)
    return Ident;
  uint16_t Type = Keywords.find(Lower, Len, H);
  return Type ? Type : Ident;
}

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SCANNERBASE_H
