//===- SQLScanner.cpp - A scanner driven by a dialect's traits ------------===//
//
// Part of schemac. The rules are PostgreSQL's scan.l where the traits say
// PostgreSQL; the other settings follow MySQL, SQL Server and Oracle.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/SQLScanner.h"

#include <algorithm>
#include <cstring>

using namespace schemac;
using namespace schemac::sql;

//===----------------------------------------------------------------------===//
// Vocabulary
//===----------------------------------------------------------------------===//

ScannerVocabulary::ScannerVocabulary(
    TokenKinds Kinds, std::vector<std::pair<std::string, uint16_t>> Words,
    std::vector<std::pair<std::string, uint16_t>> Symbols)
    : Kinds(Kinds), Keywords(Words), ByFirst(256) {
  for (const auto &W : Words) {
    if (W.second >= IsKeyword.size())
      IsKeyword.resize(W.second + 1);
    IsKeyword[W.second] = 1;
  }
  for (auto &S : Symbols)
    if (!S.first.empty())
      ByFirst[static_cast<unsigned char>(S.first[0])].push_back(S);
  for (auto &List : ByFirst)
    std::stable_sort(List.begin(), List.end(),
                     [](const auto &A, const auto &B) {
                       return A.first.size() > B.first.size();
                     });
}

uint16_t ScannerVocabulary::findSymbol(llvm::StringRef Text) const {
  if (Text.empty())
    return 0;
  for (const auto &S : ByFirst[static_cast<unsigned char>(Text[0])])
    if (S.first == Text)
      return S.second;
  return 0;
}

std::pair<unsigned, uint16_t>
ScannerVocabulary::matchSymbol(llvm::StringRef Text) const {
  if (Text.empty())
    return {0, 0};
  for (const auto &S : ByFirst[static_cast<unsigned char>(Text[0])])
    if (Text.startswith(S.first))
      return {static_cast<unsigned>(S.first.size()), S.second};
  return {0, 0};
}

//===----------------------------------------------------------------------===//
// Scanner
//===----------------------------------------------------------------------===//

static bool isHexDigit(unsigned char C) {
  return (C >= '0' && C <= '9') || (C >= 'a' && C <= 'f') ||
         (C >= 'A' && C <= 'F');
}

SQLScanner::SQLScanner(llvm::StringRef Buffer, const LexicalTraits &Traits,
                       const ScannerVocabulary &Vocab, uint32_t Offset)
    : ScannerBase(Buffer, Offset), Traits(Traits), Vocab(Vocab) {
  std::memset(CloseOf, 0, sizeof(CloseOf));
  for (unsigned C = 0; C < 256; ++C) {
    bool Space = C == ' ' || C == '\t' || C == '\n' || C == '\r' || C == '\f' ||
                 C == '\v';
    bool Letter = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
    bool Start = Letter || C == '_' || C >= 0x80 ||
                 Traits.IdentifierStartChars.contains(static_cast<char>(C));
    bool Char = Start || isDigit(C) ||
                Traits.IdentifierChars.contains(static_cast<char>(C));
    bool Op =
        Traits.Operators == OperatorLexing::Postgres &&
        llvm::StringRef("~!@#^&|`?+-*/%<>=").contains(static_cast<char>(C)) &&
        !(C == '?' && Traits.Parameters == ParameterStyle::Question);
    Classes[C] =
        (Space ? CcSpace : 0) | (Start ? CcIdentStart : 0) |
        (Char ? CcIdentChar : 0) | (Op ? CcOpChar : 0) |
        (Traits.StringQuotes.contains(static_cast<char>(C)) ? CcStringQuote
                                                            : 0);
  }
  llvm::StringRef Q = Traits.IdentifierQuotes;
  for (size_t I = 0; I + 1 < Q.size(); I += 2) {
    Classes[static_cast<unsigned char>(Q[I])] |= CcIdentQuote;
    CloseOf[static_cast<unsigned char>(Q[I])] = Q[I + 1];
  }
}

bool SQLScanner::atLineComment(uint32_t P) const {
  uint32_t N = Buf.size();
  char C = Buf[P];
  if (C == '#')
    return Traits.HashComments;
  if (C != '-' || P + 1 >= N || Buf[P + 1] != '-' || !Traits.DashDashComments)
    return false;
  if (!Traits.DashDashNeedsSpace || P + 2 >= N)
    return true;
  unsigned char After = Buf[P + 2];
  return After <= ' ';
}

uint32_t SQLScanner::skipTrivia() {
  return ScannerBase::skipTrivia(
      [this](unsigned char C) { return is(C, CcSpace); },
      [this](uint32_t P) {
        return (Buf[P] == '-' || Buf[P] == '#') && atLineComment(P);
      },
      Traits.NestedBlockComments);
}

void SQLScanner::scanString(char Quote, bool Backslashes, uint32_t Start,
                            bool NoEscapes) {
  ScannerBase::scanString(Quote, Backslashes, Start, NoEscapes,
                          Traits.StringContinuation, Traits.DashDashComments,
                          [this](unsigned char C) { return is(C, CcSpace); });
}

bool SQLScanner::backslashesInPlainStrings() const {
  switch (Traits.Backslashes) {
  case BackslashEscapes::Never:
    return false;
  case BackslashEscapes::Setting:
    return !StdStrings;
  case BackslashEscapes::Always:
    return true;
  }
  return false;
}

bool SQLScanner::next(Token &T) {
  skipTrivia();
  const TokenKinds &K = kinds();
  if (!startToken(T, K.Eof))
    return false;
  uint32_t N = Buf.size();
  uint32_t Start = Pos;
  unsigned char C = Buf[Pos];
  unsigned char C1 = Pos + 1 < N ? Buf[Pos + 1] : 0;
  unsigned char C2 = Pos + 2 < N ? Buf[Pos + 2] : 0;
  char Lower = (C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C;
  uint16_t Type;
  if (C1 == '\'' && Lower == 'e' && Traits.EscapeStrings) {
    ++Pos;
    scanString('\'', /*Backslashes=*/true, Start);
    Type = K.EscapeString;
  } else if (C1 == '\'' && Lower == 'n' && Traits.NationalStrings) {
    ++Pos;
    scanString('\'', backslashesInPlainStrings(), Start);
    Type = K.NationalString;
  } else if (C1 == '\'' &&
             (((Lower == 'b' || Lower == 'x') && Traits.BitStrings) ||
              (Lower == 'x' && Traits.BlobLiterals))) {
    ++Pos;
    scanString('\'', false, Start, /*NoEscapes=*/true);
    Type = Lower == 'b' ? K.BitString : K.HexString;
  } else if (Lower == 'u' && C1 == '&' && (C2 == '\'' || C2 == '"') &&
             Traits.UnicodeStrings) {
    Pos += 2;
    if (C2 == '\'') {
      scanString('\'', backslashesInPlainStrings(), Start);
      Type = K.UnicodeString;
    } else {
      scanQuoted('"', false, Start, /*Ident=*/true);
      Type = K.UnicodeQuotedIdent;
    }
  } else if (C == '0' && (C1 == 'x' || C1 == 'X') && isHexDigit(C2) &&
             Traits.HexNumbers) {
    Pos += 2;
    while (Pos < N && isHexDigit(Buf[Pos]))
      ++Pos;
    Type = K.HexString;
  } else if (is(C, CcIdentQuote)) {
    scanQuoted(CloseOf[C], false, Start, /*Ident=*/true);
    Type = K.QuotedIdent;
  } else if (is(C, CcStringQuote)) {
    scanString(static_cast<char>(C), backslashesInPlainStrings(), Start);
    Type = K.String;
  } else if (C == '$' && isDigit(C1) &&
             Traits.Parameters == ParameterStyle::Dollar) {
    ++Pos;
    while (Pos < N && isDigit(Buf[Pos]))
      ++Pos;
    Type = K.Param;
  } else if (C == '$' && Traits.DollarQuotes &&
             scanDollarQuote(
                 [this](unsigned char X) {
                   return is(X, CcIdentStart) && X != '$';
                 },
                 [this](unsigned char X) {
                   return (is(X, CcIdentStart) && X != '$') || isDigit(X);
                 })) {
    Type = K.DollarString;
  } else if (C == '?' && Traits.Parameters == ParameterStyle::Question) {
    ++Pos;
    Type = K.Param;
  } else if (C == ':' && Traits.Parameters == ParameterStyle::Colon &&
             (is(C1, CcIdentStart) || isDigit(C1))) {
    ++Pos;
    while (Pos < N && is(Buf[Pos], CcIdentChar))
      ++Pos;
    Type = K.Param;
  } else if (isDigit(C) || (C == '.' && isDigit(C1))) {
    Type = scanNumber() ? K.Numeric : K.Integer;
  } else if (is(C, CcIdentStart)) {
    Type = scanWord(
        Start, Vocab.keywords(),
        [this](unsigned char X) { return is(X, CcIdentChar); }, K.Ident);
  } else if (is(C, CcOpChar)) {
    uint32_t Len = postgresOperatorLength(
        Start, [this](unsigned char X) { return is(X, CcOpChar); });
    Pos = Start + Len;
    uint16_t Symbol = Vocab.findSymbol(Buf.substr(Start, Len));
    Type = Symbol ? Symbol : K.Operator;
  } else if (auto [Len, Symbol] = Vocab.matchSymbol(Buf.substr(Pos)); Len) {
    Pos += Len;
    Type = Symbol;
  } else {
    ++Pos;
    Type = K.ErrorChar;
  }
  T.Type = Type;
  T.End = Pos;
  return true;
}
