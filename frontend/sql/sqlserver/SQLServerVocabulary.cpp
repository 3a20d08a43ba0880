//===- SQLServerVocabulary.cpp - T-SQL tokens for the shared scanner ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "SQLServerVocabulary.h"

#include "SQLServerParser.h"

#include "llvm/ADT/StringMap.h"

using namespace schemac;
using namespace schemac::sqlserver;
using L = SQLServerLexer;

namespace {

const antlr4::dfa::Vocabulary &tokenVocabulary() {
  // Not from a parser object: making one builds the grammar's ATN.
  return SQLServerParser::staticVocabulary();
}

std::vector<std::pair<std::string, uint16_t>> makeKeywordTokens() {
  llvm::StringMap<uint16_t> BySymbol;
  const antlr4::dfa::Vocabulary &V = tokenVocabulary();
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T)
    BySymbol[V.getSymbolicName(T)] = static_cast<uint16_t>(T);
  std::vector<std::pair<std::string, uint16_t>> Words;
#define SQLSERVER_KEYWORD(Word, Category)                                      \
  if (auto It = BySymbol.find("K_" + llvm::StringRef(Word).upper());           \
      It != BySymbol.end())                                                    \
    Words.emplace_back(Word, It->second);
#include "SQLServerKeywords.def"
  return Words;
}

sql::ScannerVocabulary makeVocabulary() {
  sql::TokenKinds K;
  K.Eof = 0xFFFF;
  K.Ident = L::IDENT;
  K.QuotedIdent = L::QUOTED_IDENT;
  K.String = L::STRING;
  K.NationalString = L::NATIONAL_STRING;
  K.HexString = L::HEX_STRING;
  K.Integer = L::INTEGER;
  K.Numeric = L::NUMERIC;
  K.Param = L::IDENT;
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
      {"::", L::DOUBLE_COLON},
      {"*", L::STAR},
      {"/", L::SLASH},
      {"%", L::PERCENT},
      {"+", L::PLUS},
      {"-", L::MINUS},
      {"&", L::AMP},
      {"|", L::PIPE},
      {"^", L::CARET},
      {"~", L::TILDE},
      {"<=", L::LESS_EQUALS},
      {">=", L::GREATER_EQUALS},
      {"!=", L::NOT_EQUALS},
      {"<>", L::NOT_EQUALS},
      {"!<", L::NOT_LESS},
      {"!>", L::NOT_GREATER},
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
  llvm::StringMap<KeywordCategory> Categories;
#define SQLSERVER_KEYWORD(Word, Category)                                      \
  Categories[Word] = KeywordCategory::Category;
#include "SQLServerKeywords.def"
  for (const auto &[Word, Type] : getKeywordTokens()) {
    sql::TokInfo &I = Infos[Type];
    I.Class = TokClass::Keyword;
    auto It = Words.find(Word);
    I.W = It == Words.end() ? sql::Word::None : It->second;
    I.Category = Categories.lookup(Word);
  }
  // Reserved words that name built-in functions (LEFT(s, n), COALESCE).
  for (uint16_t T : {L::K_LEFT, L::K_RIGHT})
    Infos[T].Category = KeywordCategory::TypeFuncName;
  Infos[L::IDENT].Class = TokClass::Ident;
  Infos[L::QUOTED_IDENT].Class = TokClass::QuotedIdent;
  Infos[L::STRING].Class = TokClass::String;
  Infos[L::NATIONAL_STRING].Class = TokClass::String;
  Infos[L::INTEGER].Class = TokClass::Integer;
  Infos[L::NUMERIC].Class = TokClass::Numeric;
  for (size_t T :
       {L::SLASH, L::PERCENT, L::PLUS, L::MINUS, L::AMP, L::PIPE, L::CARET,
        L::TILDE, L::LESS_EQUALS, L::GREATER_EQUALS, L::NOT_EQUALS, L::NOT_LESS,
        L::NOT_GREATER, L::LESS, L::GREATER, L::EQUALS})
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

const std::vector<std::pair<std::string, uint16_t>> &
sqlserver::getKeywordTokens() {
  static const std::vector<std::pair<std::string, uint16_t>> Words =
      makeKeywordTokens();
  return Words;
}

const sql::ScannerVocabulary &sqlserver::getVocabulary() {
  static const sql::ScannerVocabulary V = makeVocabulary();
  return V;
}

llvm::ArrayRef<sql::TokInfo> sqlserver::getFastTokenInfos() {
  static const std::vector<sql::TokInfo> Infos = makeFastTokenInfos();
  return Infos;
}

bool sqlserver::isKeywordToken(uint16_t Type) {
  return getVocabulary().isKeyword(Type);
}

std::string sqlserver::getTokenDisplayName(uint16_t Type) {
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
    return "binary constant";
  case L::INTEGER:
    return "integer";
  case L::NUMERIC:
    return "number";
  case L::EQUALS:
    return "'='";
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
