//===- PostgresScanner.cpp - Hand-written PostgreSQL scanner --------------===//
//
// Part of schemac. The lexical rules of PostgreSQL's scan.l, written as a
// byte-oriented loop. Keep in sync with grammars/PostgresLexer.g4; the
// differential unit test compares the two.
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"

#include "PostgresLexer.h"

#include "schemac/dialects/postgres/PostgresDialect.h"

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

//===----------------------------------------------------------------------===//
// Keywords
//===----------------------------------------------------------------------===//

namespace {

/// The scanner's key words: the rows of the dialect's key word table that
/// the grammar lexes as tokens (PostgresKeywords.def), each the token type
/// K_<WORD> of the vocabulary. FrontendTests' PostgresKeywordTable checks
/// that the table and the grammar agree.
struct ScannerKeywords {
  KeywordIndex Index;             ///< Lower-case word -> token type.
  std::vector<uint8_t> IsKeyword; ///< By token type.

  ScannerKeywords() {
    const antlr4::dfa::Vocabulary &V = PostgresLexer(nullptr).getVocabulary();
    size_t Max = V.getMaxTokenType();
    llvm::StringMap<uint16_t> TypeOf;
    for (size_t T = 1; T <= Max; ++T)
      TypeOf[V.getSymbolicName(T)] = static_cast<uint16_t>(T);
    IsKeyword.assign(Max + 1, 0);
    std::vector<std::pair<std::string, uint16_t>> Entries;
    for (const Keyword &K : getPostgresDialect().getKeywords().rows()) {
      if (!K.Token)
        continue;
      uint16_t Type = TypeOf.lookup(("K_" + llvm::StringRef(K.Word).upper()));
      assert(Type && "a Token key word without a K_ token");
      if (!Type)
        continue;
      Entries.emplace_back(K.Word, Type);
      IsKeyword[Type] = 1;
    }
    Index = KeywordIndex(Entries);
  }
};

const ScannerKeywords &getKeywords() {
  static const ScannerKeywords Table;
  return Table;
}

} // namespace

uint16_t pg::lookupKeyword(llvm::StringRef LowerWord) {
  return getKeywords().Index.lookup(LowerWord);
}

bool pg::isKeywordToken(uint16_t Type) {
  const ScannerKeywords &K = getKeywords();
  return Type < K.IsKeyword.size() && K.IsKeyword[Type];
}

std::string pg::getTokenDisplayName(uint16_t Type) {
  if (Type == tok::Eof)
    return "end of input";
  if (isKeywordToken(Type)) {
    const antlr4::dfa::Vocabulary &V = PostgresLexer(nullptr).getVocabulary();
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
  const antlr4::dfa::Vocabulary &V = PostgresLexer(nullptr).getVocabulary();
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
  CC_Space = 1,
  CC_Digit = 2,
  CC_IdentStart = 4, ///< letters, '_', bytes >= 0x80
  CC_IdentChar = 8,  ///< IdentStart, digits, '$'
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
      Flags[C] = (Space ? CC_Space : 0) | (Digit ? CC_Digit : 0) |
                 (Start ? CC_IdentStart : 0) |
                 (Start || Digit || C == '$' ? CC_IdentChar : 0);
    }
  }
};
constexpr CharClassTable CharClasses;
} // namespace

static inline bool isSpace(unsigned char C) {
  return CharClasses.Flags[C] & CC_Space;
}
static inline bool isDigit(unsigned char C) { return C >= '0' && C <= '9'; }
static inline bool isIdentStart(unsigned char C) {
  return CharClasses.Flags[C] & CC_IdentStart;
}
static inline bool isIdentChar(unsigned char C) {
  return CharClasses.Flags[C] & CC_IdentChar;
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
/// Operator characters that are not in SQL's operators: an operator
/// containing one keeps a trailing + or -.
static inline bool isNonSQLOpChar(unsigned char C) {
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
  case '%':
    return true;
  default:
    return false;
  }
}

//===----------------------------------------------------------------------===//
// Scanner
//===----------------------------------------------------------------------===//

PostgresScanner::PostgresScanner(llvm::StringRef Buffer, uint32_t Offset)
    : Buf(Buffer), Pos(Offset) {
  if (Offset == 0 && Buffer.startswith("\xEF\xBB\xBF"))
    Pos = 3;
  // Count the lines before the start offset.
  for (uint32_t I = 0; I < Offset && I < Buf.size(); ++I)
    if (Buf[I] == '\n')
      newline(I);
}

void PostgresScanner::error(DiagID ID, uint32_t Offset, std::string Arg) {
  if (HasError)
    return;
  HasError = true;
  Error.ID = ID;
  Error.Offset = Offset;
  Error.Line = StartLine;
  Error.Col = StartCol;
  Error.Arg = std::move(Arg);
}

void PostgresScanner::skipTo(uint32_t Offset) {
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

void PostgresScanner::skipBlockComment(uint32_t Start) {
  // Pos is at "/*".
  StartLine = Line;
  StartCol = Pos - LineStart + 1;
  unsigned Depth = 0;
  uint32_t N = Buf.size();
  while (Pos < N) {
    char C = Buf[Pos];
    if (C == '/' && Pos + 1 < N && Buf[Pos + 1] == '*') {
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

uint32_t PostgresScanner::skipTrivia() {
  uint32_t N = Buf.size();
  while (Pos < N) {
    unsigned char C = Buf[Pos];
    if (C == '\n') {
      newline(Pos);
      ++Pos;
    } else if (isSpace(C)) {
      ++Pos;
    } else if (C == '-' && Pos + 1 < N && Buf[Pos + 1] == '-') {
      const void *NL = std::memchr(Buf.data() + Pos, '\n', N - Pos);
      Pos = NL ? static_cast<const char *>(NL) - Buf.data() : N;
    } else if (C == '/' && Pos + 1 < N && Buf[Pos + 1] == '*') {
      skipBlockComment(Pos);
    } else {
      break;
    }
  }
  return Pos;
}

uint16_t PostgresScanner::scanIdentifierOrKeyword(uint32_t Start) {
  // One pass: find the end, fold to lower case and hash for the keyword
  // table (keywords are ASCII and at most K.getMaxLength() bytes long).
  const KeywordIndex &K = getKeywords().Index;
  const char *D = Buf.data();
  uint32_t N = Buf.size();
  char Lower[64];
  static_assert(sizeof(Lower) > 32, "longer than any keyword");
  uint32_t Max = std::min<uint32_t>(K.getMaxLength(), sizeof(Lower));
  uint32_t H = KeywordIndex::Seed;
  uint32_t Len = 0;
  bool MaybeKeyword = true;
  auto add = [&](unsigned char C) {
    if (C >= 0x80 || Len == Max) {
      MaybeKeyword = false;
      return;
    }
    C = (C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C;
    Lower[Len++] = static_cast<char>(C);
    H = KeywordIndex::step(H, static_cast<char>(C));
  };
  for (uint32_t I = Start; I < Pos; ++I)
    add(D[I]);
  while (Pos < N) {
    unsigned char C = D[Pos];
    if (!isIdentChar(C))
      break;
    if (MaybeKeyword)
      add(C);
    ++Pos;
  }
  if (!MaybeKeyword)
    return PostgresLexer::IDENT;
  uint16_t Type = K.find(Lower, Len, H);
  return Type ? Type : uint16_t(PostgresLexer::IDENT);
}

/// Scans a "..." identifier body; Pos is at the opening quote.
void PostgresScanner::scanQuoted(char Quote, bool Backslashes, uint32_t Start) {
  uint32_t N = Buf.size();
  uint32_t BodyStart = ++Pos;
  while (Pos < N) {
    char C = Buf[Pos];
    if (C == Quote) {
      if (Pos + 1 < N && Buf[Pos + 1] == Quote) {
        Pos += 2;
        continue;
      }
      if (Pos == BodyStart && Quote == '"')
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
  error(Quote == '"' ? DiagID::err_unterminated_identifier
                     : DiagID::err_unterminated_string,
        Start);
}

/// After a closing quote: whitespace with a newline followed by another
/// quote continues the string constant ('foo'\n'bar' is 'foobar'). Leaves
/// Pos at the new opening quote and returns true, or restores Pos.
bool PostgresScanner::tryQuoteContinuation() {
  uint32_t N = Buf.size();
  uint32_t P = Pos;
  // Horizontal whitespace and -- comments.
  while (P < N) {
    char C = Buf[P];
    if (C == ' ' || C == '\t' || C == '\f') {
      ++P;
    } else if (C == '-' && P + 1 < N && Buf[P + 1] == '-') {
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
    unsigned char C = Buf[P];
    if (isSpace(C)) {
      ++P;
    } else if (C == '-' && P + 1 < N && Buf[P + 1] == '-') {
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
  if (P >= N || Buf[P] != '\'')
    return false;
  skipTo(P);
  return true;
}

void PostgresScanner::scanStringWithContinuation(bool Backslashes,
                                                 uint32_t Start,
                                                 bool NoEscapes) {
  // Pos is at the opening quote.
  while (true) {
    if (NoEscapes) {
      // B'..' and X'..': no doubled quotes inside.
      uint32_t N = Buf.size();
      ++Pos;
      while (Pos < N && Buf[Pos] != '\'') {
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
      scanQuoted('\'', Backslashes, Start);
      if (HasError && Pos >= Buf.size())
        return;
    }
    if (!tryQuoteContinuation())
      return;
  }
}

uint16_t PostgresScanner::scanNumber(uint32_t Start) {
  uint32_t N = Buf.size();
  bool IsNumeric = false;
  while (Pos < N && isDigit(Buf[Pos]))
    ++Pos;
  if (Pos < N && Buf[Pos] == '.') {
    if (Pos + 1 < N && Buf[Pos + 1] == '.') {
      // "1..2": an integer followed by "..".
      return PostgresLexer::INTEGER;
    }
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
  return IsNumeric ? PostgresLexer::NUMERIC : PostgresLexer::INTEGER;
}

uint16_t PostgresScanner::scanOperator(uint32_t Start) {
  uint32_t N = Buf.size();
  uint32_t End = Start;
  while (End < N && isOpChar(Buf[End]))
    ++End;
  // The operator stops before an embedded comment start.
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
    for (uint32_t I = Start; I + 1 < End; ++I)
      if (isNonSQLOpChar(Buf[I])) {
        NonSQL = true;
        break;
      }
    if (!NonSQL) {
      do
        --Len;
      while (Len > 1 &&
             (Buf[Start + Len - 1] == '+' || Buf[Start + Len - 1] == '-'));
    }
  }
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

/// Pos is at '$' not followed by a digit. Returns false if this is not a
/// dollar quote (then Pos is unchanged).
bool PostgresScanner::scanDollarQuote(uint32_t Start) {
  uint32_t N = Buf.size();
  uint32_t P = Start + 1;
  if (P < N && isIdentStart(Buf[P])) {
    ++P;
    while (P < N && isDollarTagChar(Buf[P]))
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

bool PostgresScanner::next(PgToken &T) {
  skipTrivia();
  uint32_t N = Buf.size();
  T.Line = StartLine = Line;
  T.Col = StartCol = Pos - LineStart + 1;
  T.Begin = Pos;
  if (Pos >= N) {
    T.Type = tok::Eof;
    T.End = Pos;
    return false;
  }
  uint32_t Start = Pos;
  unsigned char C = Buf[Pos];
  unsigned char C1 = Pos + 1 < N ? Buf[Pos + 1] : 0;
  uint16_t Type;
  switch (C) {
  case 'e':
  case 'E':
    if (C1 == '\'') {
      ++Pos;
      scanStringWithContinuation(/*Backslashes=*/true, Start);
      Type = PostgresLexer::ESCAPE_STRING;
      break;
    }
    Type = scanIdentifierOrKeyword(Start);
    break;
  case 'n':
  case 'N':
    if (C1 == '\'') {
      ++Pos;
      scanStringWithContinuation(!StdStrings, Start);
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
      scanStringWithContinuation(false, Start, /*NoEscapes=*/true);
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
        scanStringWithContinuation(!StdStrings, Start);
        Type = PostgresLexer::UNICODE_STRING;
      } else {
        scanQuoted('"', false, Start);
        Type = PostgresLexer::UNICODE_QUOTED_IDENT;
      }
      break;
    }
    Type = scanIdentifierOrKeyword(Start);
    break;
  case '"':
    scanQuoted('"', false, Start);
    Type = PostgresLexer::QUOTED_IDENT;
    break;
  case '\'':
    scanStringWithContinuation(!StdStrings, Start);
    Type = PostgresLexer::STRING;
    break;
  case '$':
    if (isDigit(C1)) {
      ++Pos;
      while (Pos < N && isDigit(Buf[Pos]))
        ++Pos;
      Type = PostgresLexer::PARAM;
    } else if (scanDollarQuote(Start)) {
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
    Type = scanNumber(Start);
    break;
  case '.':
    if (isDigit(C1)) {
      Type = scanNumber(Start);
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
