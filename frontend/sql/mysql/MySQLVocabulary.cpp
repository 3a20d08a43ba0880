//===- MySQLVocabulary.cpp - MySQL's tokens for the shared scanner --------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "MySQLVocabulary.h"

#include "MySQLParser.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

using namespace schemac;
using namespace schemac::mysql;
using L = MySQLLexer;

namespace {

const antlr4::dfa::Vocabulary &tokenVocabulary() {
  // Not from a parser object: making one builds the grammar's ATN.
  return MySQLParser::staticVocabulary();
}

/// The tokens of the grammar's nonReserved rule.
const size_t NonReserved[] = {
    L::K_ACTION,  L::K_AFTER,          L::K_ALGORITHM, L::K_ALWAYS,
    L::K_ANY,     L::K_AUTO_INCREMENT, L::K_CASCADED,  L::K_CAST,
    L::K_CHARSET, L::K_COLUMNS,        L::K_COMMENT,   L::K_DATA,
    L::K_DEFINER, L::K_DIRECTORY,      L::K_DISABLE,   L::K_ENABLE,
    L::K_END,     L::K_ENFORCED,       L::K_ESCAPE,    L::K_EXTRACT,
    L::K_FIRST,   L::K_FULL,           L::K_IGNORED,   L::K_INVISIBLE,
    L::K_LAST,    L::K_LOCAL,          L::K_MODIFY,    L::K_NO,
    L::K_NULLS,   L::K_OFFLINE,        L::K_OFFSET,    L::K_ONLINE,
    L::K_PARSER,  L::K_PERSISTENT,     L::K_ROWS,      L::K_SECURITY,
    L::K_SERIAL,  L::K_SIGNED,         L::K_TEMPORARY, L::K_VALUE,
    L::K_VIEW,    L::K_VISIBLE,        L::K_TABLES};

std::vector<std::pair<std::string, uint16_t>> makeKeywordTokens() {
  std::vector<std::pair<std::string, uint16_t>> Words;
  const antlr4::dfa::Vocabulary &V = tokenVocabulary();
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
    std::string Name = V.getSymbolicName(T);
    if (llvm::StringRef(Name).startswith("K_"))
      Words.emplace_back(llvm::StringRef(Name).drop_front(2).lower(),
                         static_cast<uint16_t>(T));
  }
  return Words;
}

sql::ScannerVocabulary makeVocabulary() {
  sql::TokenKinds K;
  K.Eof = 0xFFFF;
  K.Ident = L::IDENT;
  K.QuotedIdent = L::QUOTED_IDENT;
  K.String = L::STRING;
  K.NationalString = L::NATIONAL_STRING;
  K.BitString = L::BIT_STRING;
  K.HexString = L::HEX_STRING;
  K.Integer = L::INTEGER;
  K.Numeric = L::NUMERIC;
  K.Param = L::PARAM;
  K.Operator = L::ERROR_CHAR;
  K.Semi = L::SEMI;
  K.Comma = L::COMMA;
  K.Dot = L::DOT;
  K.LParen = L::LPAREN;
  K.RParen = L::RPAREN;
  K.ErrorChar = L::ERROR_CHAR;
  std::vector<std::pair<std::string, uint16_t>> Symbols = {
      {"(", L::LPAREN},
      {")", L::RPAREN},
      {",", L::COMMA},
      {";", L::SEMI},
      {".", L::DOT},
      {"@@", L::AT_AT},
      {"@", L::AT},
      {":=", L::ASSIGN},
      {"<=>", L::NULL_SAFE_EQUALS},
      {"->>", L::JSON_GET_TEXT},
      {"->", L::JSON_GET},
      {"||", L::LOGICAL_OR},
      {"&&", L::LOGICAL_AND},
      {"*", L::STAR},
      {"/", L::SLASH},
      {"%", L::PERCENT},
      {"+", L::PLUS},
      {"-", L::MINUS},
      {"<<", L::SHIFT_LEFT},
      {">>", L::SHIFT_RIGHT},
      {"&", L::AMP},
      {"|", L::PIPE},
      {"^", L::CARET},
      {"~", L::TILDE},
      {"!=", L::NOT_EQUALS},
      {"!", L::BANG},
      {"<=", L::LESS_EQUALS},
      {">=", L::GREATER_EQUALS},
      {"<>", L::NOT_EQUALS},
      {"<", L::LESS},
      {">", L::GREATER},
      {"=", L::EQUALS}};
  return sql::ScannerVocabulary(K, getKeywordTokens(), std::move(Symbols));
}

std::vector<sql::TokInfo> makeFastTokenInfos() {
  using sql::TokClass;
  std::vector<sql::TokInfo> Infos(tokenVocabulary().getMaxTokenType() + 1);
  llvm::StringMap<sql::Word> Words;
#define FAST_WORD(Name, Spelling) Words[Spelling] = sql::Word::Name;
#include "FastQueryWords.def"
  for (const auto &[Word, Type] : getKeywordTokens()) {
    sql::TokInfo &I = Infos[Type];
    I.Class = TokClass::Keyword;
    auto It = Words.find(Word);
    I.W = It == Words.end() ? sql::Word::None : It->second;
    I.Category = isNonReservedToken(Type) ? KeywordCategory::Unreserved
                                          : KeywordCategory::Reserved;
  }
  // The clocks: MySQL writes them with and without parentheses; the
  // frontend reads both (MySQLLowering.cpp), not the shared parser.
  for (size_t T : {L::K_CURRENT_TIMESTAMP, L::K_CURRENT_DATE, L::K_CURRENT_TIME,
                   L::K_LOCALTIME, L::K_LOCALTIMESTAMP, L::K_CURRENT_USER})
    Infos[T].W = sql::Word::None;
  Infos[L::IDENT].Class = TokClass::Ident;
  Infos[L::QUOTED_IDENT].Class = TokClass::QuotedIdent;
  Infos[L::STRING].Class = TokClass::String;
  Infos[L::INTEGER].Class = TokClass::Integer;
  Infos[L::NUMERIC].Class = TokClass::Numeric;
  for (size_t T :
       {L::SLASH, L::PERCENT, L::PLUS, L::MINUS, L::SHIFT_LEFT, L::SHIFT_RIGHT,
        L::AMP, L::PIPE, L::CARET, L::TILDE, L::LESS_EQUALS, L::GREATER_EQUALS,
        L::NOT_EQUALS, L::LESS, L::GREATER, L::EQUALS, L::NULL_SAFE_EQUALS})
    Infos[T].Class = TokClass::Operator;
  Infos[L::STAR].Class = TokClass::Star;
  Infos[L::COMMA].Class = TokClass::Comma;
  Infos[L::DOT].Class = TokClass::Dot;
  Infos[L::LPAREN].Class = TokClass::LParen;
  Infos[L::RPAREN].Class = TokClass::RParen;
  Infos[L::SEMI].Class = TokClass::Semi;
  return Infos;
}

} // namespace

const std::vector<std::pair<std::string, uint16_t>> &mysql::getKeywordTokens() {
  static const std::vector<std::pair<std::string, uint16_t>> Words =
      makeKeywordTokens();
  return Words;
}

uint16_t mysql::findKeywordToken(llvm::StringRef LowerWord) {
  static const llvm::StringMap<uint16_t> ByWord = [] {
    llvm::StringMap<uint16_t> M;
    for (const auto &[Word, Type] : getKeywordTokens())
      M[Word] = Type;
    return M;
  }();
  auto It = ByWord.find(LowerWord);
  return It == ByWord.end() ? 0 : It->second;
}

const sql::ScannerVocabulary &mysql::getVocabulary() {
  static const sql::ScannerVocabulary V = makeVocabulary();
  return V;
}

llvm::ArrayRef<sql::TokInfo> mysql::getFastTokenInfos() {
  static const std::vector<sql::TokInfo> Infos = makeFastTokenInfos();
  return Infos;
}

bool mysql::isKeywordToken(uint16_t Type) {
  return getVocabulary().isKeyword(Type);
}

bool mysql::isNonReservedToken(uint16_t Type) {
  for (size_t T : NonReserved)
    if (T == Type)
      return true;
  return false;
}

std::string mysql::getTokenDisplayName(uint16_t Type) {
  if (Type == 0xFFFF)
    return "end of input";
  const antlr4::dfa::Vocabulary &V = tokenVocabulary();
  if (isKeywordToken(Type))
    return V.getSymbolicName(Type).substr(2);
  switch (Type) {
  case L::IDENT:
  case L::QUOTED_IDENT:
    return "identifier";
  case L::STRING:
  case L::NATIONAL_STRING:
    return "string literal";
  case L::HEX_STRING:
    return "hexadecimal literal";
  case L::BIT_STRING:
    return "bit literal";
  case L::INTEGER:
    return "integer";
  case L::NUMERIC:
    return "number";
  case L::PARAM:
    return "parameter";
  case L::NOT_EQUALS:
    return "'<>'";
  case L::ERROR_CHAR:
    return "invalid character";
  default:
    break;
  }
  std::string Lit = V.getLiteralName(Type);
  if (!Lit.empty())
    return Lit;
  return V.getSymbolicName(Type);
}
