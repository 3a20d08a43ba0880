//===- ScannerBase.cpp - What every SQL scanner shares --------------------===//
//
// Part of schemac. The lexical rules are PostgreSQL's scan.l, which follows
// the SQL standard where the standard has a rule.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/ScannerBase.h"

#include <cstring>

using namespace schemac;
using namespace schemac::sql;

ScannerBase::ScannerBase(llvm::StringRef Buffer, uint32_t Offset)
    : Buf(Buffer), Pos(Offset) {
  if (Offset == 0 && Buffer.startswith("\xEF\xBB\xBF"))
    Pos = 3;
  // Count the lines before the start offset.
  for (uint32_t I = 0; I < Offset && I < Buf.size(); ++I)
    if (Buf[I] == '\n')
      newline(I);
}

void ScannerBase::error(DiagID ID, uint32_t Offset) {
  if (HasError)
    return;
  HasError = true;
  Error.ID = ID;
  Error.Offset = Offset;
  Error.Line = StartLine;
  Error.Col = StartCol;
  Error.Arg.clear();
}

void ScannerBase::skipTo(uint32_t Offset) {
  uint32_t End = std::min<uint32_t>(Offset, Buf.size());
  const char *Data = Buf.data();
  while (Pos < End) {
    const void *NL = std::memchr(Data + Pos, '\n', End - Pos);
    if (!NL) {
      Pos = End;
      break;
    }
    uint32_t At = static_cast<const char *>(NL) - Data;
    newline(At);
    Pos = At + 1;
  }
}

void ScannerBase::skipBlockComment(bool Nested) {
  uint32_t Start = Pos;
  StartLine = Line;
  StartCol = Pos - LineStart + 1;
  unsigned Depth = 0;
  uint32_t N = Buf.size();
  while (Pos < N) {
    char C = Buf[Pos];
    if (C == '/' && Pos + 1 < N && Buf[Pos + 1] == '*' &&
        (Depth == 0 || Nested)) {
      ++Depth;
      Pos += 2;
    } else if (C == '*' && Pos + 1 < N && Buf[Pos + 1] == '/') {
      Pos += 2;
      if (--Depth == 0)
        return;
    } else {
      if (C == '\n')
        newline(Pos);
      ++Pos;
    }
  }
  error(DiagID::err_unterminated_comment, Start);
}

void ScannerBase::scanQuoted(char Close, bool Backslashes, uint32_t Start,
                             bool Ident) {
  uint32_t N = Buf.size();
  uint32_t BodyStart = ++Pos;
  while (Pos < N) {
    char C = Buf[Pos];
    if (C == Close) {
      if (Pos + 1 < N && Buf[Pos + 1] == Close) {
        Pos += 2;
        continue;
      }
      if (Pos == BodyStart && Ident)
        error(DiagID::err_empty_identifier, Start);
      ++Pos;
      return;
    }
    if (C == '\\' && Backslashes && Pos + 1 < N) {
      if (Buf[Pos + 1] == '\n')
        newline(Pos + 1);
      Pos += 2;
      continue;
    }
    if (C == '\n')
      newline(Pos);
    ++Pos;
  }
  error(Ident ? DiagID::err_unterminated_identifier
              : DiagID::err_unterminated_string,
        Start);
}

bool ScannerBase::scanNumber() {
  uint32_t N = Buf.size();
  bool IsNumeric = false;
  while (Pos < N && isDigit(Buf[Pos]))
    ++Pos;
  if (Pos < N && Buf[Pos] == '.') {
    if (Pos + 1 < N && Buf[Pos + 1] == '.')
      return false; // "1..2": an integer followed by "..".
    IsNumeric = true;
    ++Pos;
    while (Pos < N && isDigit(Buf[Pos]))
      ++Pos;
  }
  if (Pos < N && (Buf[Pos] == 'e' || Buf[Pos] == 'E')) {
    uint32_t P = Pos + 1;
    if (P < N && (Buf[P] == '+' || Buf[P] == '-'))
      ++P;
    if (P < N && isDigit(Buf[P])) {
      Pos = P;
      while (Pos < N && isDigit(Buf[Pos]))
        ++Pos;
      IsNumeric = true;
    }
  }
  return IsNumeric;
}
