//===- PostgresScanner.cpp - Hand-written PostgreSQL scanner --------------===//
//
// Part of schemac. The lexical rules of PostgreSQL's scan.l, written as a
// byte-oriented loop. Keep in sync with grammars/PostgresLexer.g4; the
// differential unit test compares the two.
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"
#include "PostgresTables.h"

#include "PostgresLexer.h"
#include "PostgresParser.h"

#include "schemac/dialects/postgres/PostgresDialect.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringMap.h"

#include <cstring>

using namespace schemac;
using namespace schemac::pg;

namespace schemac {
namespace pg {
namespace tok {
const uint16_t Eof = static_cast<uint16_t>(antlr4::Token::EOF);
const uint16_t Ident = PostgresLexer::IDENT;
const uint16_t QuotedIdent = PostgresLexer::QUOTED_IDENT;
const uint16_t UnicodeQuotedIdent = PostgresLexer::UNICODE_QUOTED_IDENT;
const uint16_t String = PostgresLexer::STRING;
const uint16_t EscapeString = PostgresLexer::ESCAPE_STRING;
const uint16_t NationalString = PostgresLexer::NATIONAL_STRING;
const uint16_t UnicodeString = PostgresLexer::UNICODE_STRING;
const uint16_t BitString = PostgresLexer::BIT_STRING;
const uint16_t HexString = PostgresLexer::HEX_STRING;
const uint16_t DollarString = PostgresLexer::DOLLAR_STRING;
const uint16_t Integer = PostgresLexer::INTEGER;
const uint16_t Numeric = PostgresLexer::NUMERIC;
const uint16_t Param = PostgresLexer::PARAM;
const uint16_t Operator = PostgresLexer::OPERATOR;
const uint16_t Semi = PostgresLexer::SEMI;
const uint16_t Comma = PostgresLexer::COMMA;
const uint16_t Dot = PostgresLexer::DOT;
const uint16_t LParen = PostgresLexer::LPAREN;
const uint16_t RParen = PostgresLexer::RPAREN;
const uint16_t LBracket = PostgresLexer::LBRACKET;
const uint16_t RBracket = PostgresLexer::RBRACKET;
const uint16_t Colon = PostgresLexer::COLON;
const uint16_t Typecast = PostgresLexer::TYPECAST;
const uint16_t ErrorChar = PostgresLexer::ERROR_CHAR;
} // namespace tok
} // namespace pg
} // namespace schemac

const sql::TokenKinds &PostgresScanner::kinds() {
  static const sql::TokenKinds K = [] {
    sql::TokenKinds K;
    K.Eof = tok::Eof;
    K.Ident = tok::Ident;
    K.QuotedIdent = tok::QuotedIdent;
    K.UnicodeQuotedIdent = tok::UnicodeQuotedIdent;
    K.String = tok::String;
    K.EscapeString = tok::EscapeString;
    K.NationalString = tok::NationalString;
    K.UnicodeString = tok::UnicodeString;
    K.BitString = tok::BitString;
    K.HexString = tok::HexString;
    K.DollarString = tok::DollarString;
    K.Integer = tok::Integer;
    K.Numeric = tok::Numeric;
    K.Param = tok::Param;
    K.Operator = tok::Operator;
    K.Semi = tok::Semi;
    K.Comma = tok::Comma;
    K.Dot = tok::Dot;
    K.LParen = tok::LParen;
    K.RParen = tok::RParen;
    K.LBracket = tok::LBracket;
    K.RBracket = tok::RBracket;
    K.Colon = tok::Colon;
    K.Typecast = tok::Typecast;
    K.ErrorChar = tok::ErrorChar;
    return K;
  }();
  return K;
}

//===----------------------------------------------------------------------===//
// Keywords
//===----------------------------------------------------------------------===//

namespace {

/// The grammar's token names. The parser imports the lexer's tokens, so its
/// vocabulary is the lexer's; taking it from the parser keeps the generated
/// lexer out of the binary: its static initializer deserializes an ATN
/// (16 M instructions at every start) that the hand-written scanner never
/// uses.
const antlr4::dfa::Vocabulary &tokenVocabulary() {
  // Not from a parser object: making one builds the grammar's ATN, which
  // a file that the fast path takes whole never needs.
  return PostgresParser::staticVocabulary();
}

/// The scanner's key words: the rows of the dialect's key word table that
/// the grammar lexes as tokens (PostgresKeywords.def), each the token type
/// K_<WORD> of the vocabulary, generated at build time (PostgresTables.h).
/// FrontendTests' PostgresKeywordTable checks that the table and the
/// grammar agree.
const KeywordIndex &keywordIndex() {
  static const KeywordIndex Index(
      llvm::ArrayRef(tables::KeywordSlots, tables::NumKeywordSlots),
      tables::NumKeywordTokens, tables::KeywordMaxLength);
  return Index;
}

} // namespace

llvm::ArrayRef<std::pair<std::string, uint16_t>> pg::getKeywordTokens() {
  static const std::vector<std::pair<std::string, uint16_t>> Entries = [] {
    std::vector<std::pair<std::string, uint16_t>> E;
    E.reserve(tables::NumKeywordTokens);
    for (size_t I = 0; I != tables::NumKeywordTokens; ++I)
      E.emplace_back(tables::KeywordTokens[I].Word,
                     tables::KeywordTokens[I].Type);
    return E;
  }();
  return Entries;
}

const sql::ScannerVocabulary &pg::getPostgresVocabulary() {
  static const sql::ScannerVocabulary V = [] {
    // The symbols are the tokens with a literal name: '(' is LPAREN.
    const antlr4::dfa::Vocabulary &L = tokenVocabulary();
    std::vector<std::pair<std::string, uint16_t>> Symbols;
    for (size_t T = 1; T <= L.getMaxTokenType(); ++T) {
      std::string Lit = L.getLiteralName(T);
      if (Lit.size() > 2 && Lit.front() == '\'' && Lit.back() == '\'')
        Symbols.emplace_back(Lit.substr(1, Lit.size() - 2),
                             static_cast<uint16_t>(T));
    }
    // NOT_EQUALS has two spellings, so no literal name.
    Symbols.emplace_back("<>", PostgresLexer::NOT_EQUALS);
    Symbols.emplace_back("!=", PostgresLexer::NOT_EQUALS);
    return sql::ScannerVocabulary(PostgresScanner::kinds(), getKeywordTokens(),
                                  std::move(Symbols));
  }();
  return V;
}

uint16_t pg::lookupKeyword(llvm::StringRef LowerWord) {
  return keywordIndex().lookup(LowerWord);
}

bool pg::isKeywordToken(uint16_t Type) {
  return Type <= tables::MaxTokenType &&
         (tables::TokenFlags[Type] & tables::IsKeyword);
}

bool pg::isReservedKeywordToken(uint16_t Type) {
  return Type <= tables::MaxTokenType &&
         (tables::TokenFlags[Type] & tables::IsReserved);
}

std::string pg::getTokenDisplayName(uint16_t Type) {
  if (Type == tok::Eof)
    return "end of input";
  if (isKeywordToken(Type)) {
    const antlr4::dfa::Vocabulary &V = tokenVocabulary();
    return V.getSymbolicName(Type).substr(2);
  }
  switch (Type) {
  case PostgresLexer::IDENT:
  case PostgresLexer::QUOTED_IDENT:
  case PostgresLexer::UNICODE_QUOTED_IDENT:
    return "identifier";
  case PostgresLexer::STRING:
  case PostgresLexer::ESCAPE_STRING:
  case PostgresLexer::NATIONAL_STRING:
  case PostgresLexer::UNICODE_STRING:
  case PostgresLexer::DOLLAR_STRING:
    return "string literal";
  case PostgresLexer::BIT_STRING:
  case PostgresLexer::HEX_STRING:
    return "bit string literal";
  case PostgresLexer::INTEGER:
    return "integer";
  case PostgresLexer::NUMERIC:
    return "number";
  case PostgresLexer::PARAM:
    return "parameter";
  case PostgresLexer::OPERATOR:
    return "operator";
  case PostgresLexer::NOT_EQUALS:
    return "'<>'";
  case PostgresLexer::ERROR_CHAR:
    return "invalid character";
  default:
    break;
  }
  const antlr4::dfa::Vocabulary &V = tokenVocabulary();
  std::string Lit = V.getLiteralName(Type);
  if (!Lit.empty())
    return Lit;
  return V.getSymbolicName(Type);
}

//===----------------------------------------------------------------------===//
// Character classes
//===----------------------------------------------------------------------===//

namespace {
enum CharClass : uint8_t {
  CcSpace = 1,
  CcDigit = 2,
  CcIdentStart = 4, ///< letters, '_', bytes >= 0x80
  CcIdentChar = 8,  ///< IdentStart, digits, '$'
};

struct CharClassTable {
  uint8_t Flags[256] = {};
  constexpr CharClassTable() {
    for (unsigned C = 0; C < 256; ++C) {
      bool Space = C == ' ' || C == '\t' || C == '\n' || C == '\r' ||
                   C == '\f' || C == '\v';
      bool Digit = C >= '0' && C <= '9';
      bool Start = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
                   C == '_' || C >= 0x80;
      Flags[C] = (Space ? CcSpace : 0) | (Digit ? CcDigit : 0) |
                 (Start ? CcIdentStart : 0) |
                 (Start || Digit || C == '$' ? CcIdentChar : 0);
    }
  }
};
constexpr CharClassTable CharClasses;
} // namespace

static inline bool isSpace(unsigned char C) {
  return CharClasses.Flags[C] & CcSpace;
}
static inline bool isDigit(unsigned char C) { return C >= '0' && C <= '9'; }
static inline bool isIdentStart(unsigned char C) {
  return CharClasses.Flags[C] & CcIdentStart;
}
static inline bool isIdentChar(unsigned char C) {
  return CharClasses.Flags[C] & CcIdentChar;
}
static inline bool isDollarTagChar(unsigned char C) {
  return isIdentStart(C) || isDigit(C);
}
static inline bool isOpChar(unsigned char C) {
  switch (C) {
  case '~':
  case '!':
  case '@':
  case '#':
  case '^':
  case '&':
  case '|':
  case '`':
  case '?':
  case '+':
  case '-':
  case '*':
  case '/':
  case '%':
  case '<':
  case '>':
  case '=':
    return true;
  default:
    return false;
  }
}
//===----------------------------------------------------------------------===//
// Scanner
//===----------------------------------------------------------------------===//

PostgresScanner::PostgresScanner(llvm::StringRef Buffer, uint32_t Offset)
    : ScannerBase(Buffer, Offset) {}

uint32_t PostgresScanner::skipTrivia() {
  return ScannerBase::skipTrivia(
      isSpace,
      [this](uint32_t P) {
        return Buf[P] == '-' && P + 1 < Buf.size() && Buf[P + 1] == '-';
      },
      /*NestedComments=*/true);
}

uint16_t PostgresScanner::scanIdentifierOrKeyword(uint32_t Start) {
  return scanWord(Start, keywordIndex(), isIdentChar, PostgresLexer::IDENT);
}

void PostgresScanner::scanString(bool Backslashes, uint32_t Start,
                                 bool NoEscapes) {
  // Pos is at the opening quote.
  ScannerBase::scanString('\'', Backslashes, Start, NoEscapes,
                          /*Continuation=*/true, /*DashComments=*/true,
                          isSpace);
}

uint16_t PostgresScanner::number() {
  return scanNumber() ? PostgresLexer::NUMERIC : PostgresLexer::INTEGER;
}

uint16_t PostgresScanner::scanOperator(uint32_t Start) {
  uint32_t Len = postgresOperatorLength(Start, isOpChar);
  Pos = Start + Len;
  char C0 = Buf[Start];
  if (Len == 1) {
    switch (C0) {
    case '+':
      return PostgresLexer::PLUS;
    case '-':
      return PostgresLexer::MINUS;
    case '*':
      return PostgresLexer::STAR;
    case '/':
      return PostgresLexer::SLASH;
    case '%':
      return PostgresLexer::PERCENT;
    case '^':
      return PostgresLexer::CARET;
    case '<':
      return PostgresLexer::LT;
    case '>':
      return PostgresLexer::GT;
    case '=':
      return PostgresLexer::EQ;
    default:
      return PostgresLexer::OPERATOR;
    }
  }
  if (Len == 2) {
    char C1 = Buf[Start + 1];
    if (C0 == '=' && C1 == '>')
      return PostgresLexer::EQUALS_GREATER;
    if (C0 == '>' && C1 == '=')
      return PostgresLexer::GREATER_EQUALS;
    if (C0 == '<' && C1 == '=')
      return PostgresLexer::LESS_EQUALS;
    if ((C0 == '<' && C1 == '>') || (C0 == '!' && C1 == '='))
      return PostgresLexer::NOT_EQUALS;
  }
  return PostgresLexer::OPERATOR;
}

bool PostgresScanner::next(PgToken &T) {
  skipTrivia();
  if (!startToken(T, tok::Eof))
    return false;
  uint32_t N = Buf.size();
  uint32_t Start = Pos;
  unsigned char C = Buf[Pos];
  unsigned char C1 = Pos + 1 < N ? Buf[Pos + 1] : 0;
  uint16_t Type;
  switch (C) {
  case 'e':
  case 'E':
    if (C1 == '\'') {
      ++Pos;
      scanString(/*Backslashes=*/true, Start);
      Type = PostgresLexer::ESCAPE_STRING;
      break;
    }
    Type = scanIdentifierOrKeyword(Start);
    break;
  case 'n':
  case 'N':
    if (C1 == '\'') {
      ++Pos;
      scanString(!StdStrings, Start);
      Type = PostgresLexer::NATIONAL_STRING;
      break;
    }
    Type = scanIdentifierOrKeyword(Start);
    break;
  case 'b':
  case 'B':
  case 'x':
  case 'X':
    if (C1 == '\'') {
      ++Pos;
      scanString(false, Start, /*NoEscapes=*/true);
      Type = (C == 'b' || C == 'B') ? PostgresLexer::BIT_STRING
                                    : PostgresLexer::HEX_STRING;
      break;
    }
    Type = scanIdentifierOrKeyword(Start);
    break;
  case 'u':
  case 'U':
    if (C1 == '&' && Pos + 2 < N &&
        (Buf[Pos + 2] == '\'' || Buf[Pos + 2] == '"')) {
      Pos += 2;
      if (Buf[Pos] == '\'') {
        scanString(!StdStrings, Start);
        Type = PostgresLexer::UNICODE_STRING;
      } else {
        scanQuoted('"', false, Start, /*Ident=*/true);
        Type = PostgresLexer::UNICODE_QUOTED_IDENT;
      }
      break;
    }
    Type = scanIdentifierOrKeyword(Start);
    break;
  case '"':
    scanQuoted('"', false, Start, /*Ident=*/true);
    Type = PostgresLexer::QUOTED_IDENT;
    break;
  case '\'':
    scanString(!StdStrings, Start);
    Type = PostgresLexer::STRING;
    break;
  case '$':
    if (isDigit(C1)) {
      ++Pos;
      while (Pos < N && isDigit(Buf[Pos]))
        ++Pos;
      Type = PostgresLexer::PARAM;
    } else if (scanDollarQuote(isIdentStart, isDollarTagChar)) {
      Type = PostgresLexer::DOLLAR_STRING;
    } else {
      ++Pos;
      Type = PostgresLexer::ERROR_CHAR;
    }
    break;
  case '0':
  case '1':
  case '2':
  case '3':
  case '4':
  case '5':
  case '6':
  case '7':
  case '8':
  case '9':
    Type = number();
    break;
  case '.':
    if (isDigit(C1)) {
      Type = number();
    } else if (C1 == '.') {
      Pos += 2;
      Type = PostgresLexer::DOT_DOT;
    } else {
      ++Pos;
      Type = PostgresLexer::DOT;
    }
    break;
  case ':':
    if (C1 == ':') {
      Pos += 2;
      Type = PostgresLexer::TYPECAST;
    } else if (C1 == '=') {
      Pos += 2;
      Type = PostgresLexer::COLON_EQUALS;
    } else {
      ++Pos;
      Type = PostgresLexer::COLON;
    }
    break;
  case ',':
    ++Pos;
    Type = PostgresLexer::COMMA;
    break;
  case ';':
    ++Pos;
    Type = PostgresLexer::SEMI;
    break;
  case '(':
    ++Pos;
    Type = PostgresLexer::LPAREN;
    break;
  case ')':
    ++Pos;
    Type = PostgresLexer::RPAREN;
    break;
  case '[':
    ++Pos;
    Type = PostgresLexer::LBRACKET;
    break;
  case ']':
    ++Pos;
    Type = PostgresLexer::RBRACKET;
    break;
  default:
    if (isIdentStart(C)) {
      Type = scanIdentifierOrKeyword(Start);
    } else if (isOpChar(C)) {
      Type = scanOperator(Start);
    } else {
      ++Pos;
      Type = PostgresLexer::ERROR_CHAR;
    }
    break;
  }
  T.Type = Type;
  T.End = Pos;
  return true;
}
