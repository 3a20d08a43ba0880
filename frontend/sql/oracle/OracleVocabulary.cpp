//===- OracleVocabulary.cpp - Oracle's tokens for the shared scanner ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "OracleVocabulary.h"

#include "OracleParser.h"

#include "schemac/dialects/oracle/OracleDialect.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using namespace schemac::oracle;
using L = OracleLexer;

namespace {

const antlr4::dfa::Vocabulary &tokenVocabulary() {
  // Not from a parser object: making one builds the grammar's ATN.
  return OracleParser::staticVocabulary();
}

std::vector<std::pair<std::string, uint16_t>> makeKeywordTokens() {
  llvm::StringMap<uint16_t> BySymbol;
  const antlr4::dfa::Vocabulary &V = tokenVocabulary();
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T)
    BySymbol[V.getSymbolicName(T)] = static_cast<uint16_t>(T);
  std::vector<std::pair<std::string, uint16_t>> Words;
  auto Add = [&](llvm::StringRef Word) {
    if (auto It = BySymbol.find("K_" + Word.upper()); It != BySymbol.end())
      Words.emplace_back(Word.str(), It->second);
  };
#define ORACLE_RESERVED(Word) Add(Word);
#define ORACLE_KEYWORD(Word) Add(Word);
#include "OracleKeywords.def"
  return Words;
}

sql::ScannerVocabulary makeVocabulary() {
  sql::TokenKinds K;
  K.Eof = 0xFFFF;
  K.Ident = L::IDENT;
  K.QuotedIdent = L::QUOTED_IDENT;
  K.String = L::STRING;
  K.NationalString = L::NATIONAL_STRING;
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
      {"(", L::LPAREN},      {")", L::RPAREN},       {",", L::COMMA},
      {";", L::SEMI},        {".", L::DOT},          {"||", L::CONCAT},
      {"*", L::STAR},        {"/", L::SLASH},        {"+", L::PLUS},
      {"-", L::MINUS},       {"<=", L::LESS_EQUALS}, {">=", L::GREATER_EQUALS},
      {"!=", L::NOT_EQUALS}, {"<>", L::NOT_EQUALS},  {"^=", L::NOT_EQUALS},
      {"<", L::LESS},        {">", L::GREATER},      {"=", L::EQUALS},
      {":=", L::ASSIGN},     {"=>", L::ARROW},       {"%", L::PERCENT},
      {"@", L::AT_SIGN}};
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
    I.Category = oracle::isReservedWord(Word) ? KeywordCategory::Reserved
                                              : KeywordCategory::Unreserved;
  }
  // Oracle's clock functions are the dialect's (FastParseHooks::primary):
  // SYSDATE and CURRENT_DATE are a date with a time of day.
  for (size_t T : {L::K_SYSDATE, L::K_SYSTIMESTAMP, L::K_CURRENT_DATE,
                   L::K_CURRENT_TIMESTAMP, L::K_LOCALTIMESTAMP}) {
    Infos[T].W = sql::Word::None;
    Infos[T].Category = KeywordCategory::Reserved;
  }
  Infos[L::IDENT].Class = TokClass::Ident;
  Infos[L::QUOTED_IDENT].Class = TokClass::QuotedIdent;
  Infos[L::STRING].Class = TokClass::String;
  Infos[L::NATIONAL_STRING].Class = TokClass::String;
  Infos[L::INTEGER].Class = TokClass::Integer;
  Infos[L::NUMERIC].Class = TokClass::Numeric;
  for (size_t T :
       {L::CONCAT, L::SLASH, L::PLUS, L::MINUS, L::LESS_EQUALS,
        L::GREATER_EQUALS, L::NOT_EQUALS, L::LESS, L::GREATER, L::EQUALS})
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
oracle::getKeywordTokens() {
  static const std::vector<std::pair<std::string, uint16_t>> Words =
      makeKeywordTokens();
  return Words;
}

const sql::ScannerVocabulary &oracle::getVocabulary() {
  static const sql::ScannerVocabulary V = makeVocabulary();
  return V;
}

llvm::ArrayRef<sql::TokInfo> oracle::getFastTokenInfos() {
  static const std::vector<sql::TokInfo> Infos = makeFastTokenInfos();
  return Infos;
}

bool oracle::isKeywordToken(uint16_t Type) {
  return getVocabulary().isKeyword(Type);
}

std::string oracle::getTokenDisplayName(uint16_t Type) {
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
  case L::INTEGER:
    return "integer";
  case L::NUMERIC:
    return "number";
  case L::PARAM:
    return "bind variable";
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
