//===- SQLiteVocabulary.cpp - SQLite's tokens for the shared scanner ------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "SQLiteVocabulary.h"

#include "SQLiteParser.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace schemac;
using namespace schemac::sqlite;
using L = SQLiteLexer;

namespace {

/// The key words SQLite's parser falls back to identifiers (parse.y's
/// %fallback ID): the grammar's fallbackKeyword rule.
const char *const FallbackKeywords[] = {
    "abort",        "action",       "after",
    "always",       "analyze",      "asc",
    "attach",       "before",       "begin",
    "by",           "cascade",      "cast",
    "column",       "conflict",     "current",
    "current_date", "current_time", "current_timestamp",
    "database",     "deferred",     "desc",
    "detach",       "do",           "each",
    "end",          "exclude",      "exclusive",
    "explain",      "fail",         "first",
    "following",    "for",          "generated",
    "glob",         "groups",       "if",
    "ignore",       "immediate",    "initially",
    "instead",      "key",          "last",
    "like",         "match",        "materialized",
    "no",           "nulls",        "of",
    "offset",       "others",       "partition",
    "plan",         "pragma",       "preceding",
    "query",        "raise",        "range",
    "recursive",    "regexp",       "reindex",
    "release",      "rename",       "replace",
    "restrict",     "rollback",     "row",
    "rows",         "savepoint",    "temp",
    "temporary",    "ties",         "trigger",
    "unbounded",    "vacuum",       "view",
    "virtual",      "with",         "without",
    "filter",       "over",         "window",
    "indexed"};

/// The join key words: names in SQLite's grammar, but never the alias of a
/// table in FROM (FROM a LEFT JOIN b), as PostgreSQL's type and function
/// name key words.
const char *const JoinKeywords[] = {"cross",   "full",  "inner", "left",
                                    "natural", "outer", "right"};

const antlr4::dfa::Vocabulary &tokenVocabulary() {
  // Not from a parser object: making one builds the grammar's ATN.
  return SQLiteParser::staticVocabulary();
}

std::vector<std::pair<std::string, uint16_t>> makeKeywordTokens() {
  llvm::StringMap<uint16_t> BySymbol;
  const antlr4::dfa::Vocabulary &V = tokenVocabulary();
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T)
    BySymbol[V.getSymbolicName(T)] = static_cast<uint16_t>(T);
  std::vector<std::pair<std::string, uint16_t>> Words;
#define SQLITE_KEYWORD(Word)                                                   \
  if (auto It = BySymbol.find("K_" + llvm::StringRef(Word).upper());           \
      It != BySymbol.end())                                                    \
    Words.emplace_back(Word, It->second);
#include "SQLiteKeywords.def"
  return Words;
}

sql::ScannerVocabulary makeVocabulary() {
  sql::TokenKinds K;
  K.Eof = 0xFFFF;
  K.Ident = L::IDENT;
  K.QuotedIdent = L::QUOTED_IDENT;
  K.String = L::STRING;
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
      {"||", L::CONCAT},
      {"->>", L::JSON_GET_TEXT},
      {"->", L::JSON_GET},
      {"*", L::STAR},
      {"/", L::SLASH},
      {"%", L::PERCENT},
      {"+", L::PLUS},
      {"-", L::MINUS},
      {"<<", L::SHIFT_LEFT},
      {">>", L::SHIFT_RIGHT},
      {"&", L::AMP},
      {"|", L::PIPE},
      {"~", L::TILDE},
      {"<=", L::LESS_EQUALS},
      {">=", L::GREATER_EQUALS},
      {"!=", L::NOT_EQUALS},
      {"<>", L::NOT_EQUALS},
      {"<", L::LESS},
      {">", L::GREATER},
      {"==", L::EQUALS},
      {"=", L::EQUALS}};
  return sql::ScannerVocabulary(K, getKeywordTokens(), std::move(Symbols));
}

std::vector<sql::TokInfo> makeFastTokenInfos() {
  using sql::TokClass;
  std::vector<sql::TokInfo> Infos(tokenVocabulary().getMaxTokenType() + 1);
  llvm::StringMap<sql::Word> Words;
#define FAST_WORD(Name, Spelling) Words[Spelling] = sql::Word::Name;
#include "FastQueryWords.def"
  llvm::StringSet<> Fallback, Join;
  for (const char *W : FallbackKeywords)
    Fallback.insert(W);
  for (const char *W : JoinKeywords)
    Join.insert(W);
  for (const auto &[Word, Type] : getKeywordTokens()) {
    sql::TokInfo &I = Infos[Type];
    I.Class = TokClass::Keyword;
    auto It = Words.find(Word);
    I.W = It == Words.end() ? sql::Word::None : It->second;
    I.Category = Fallback.count(Word) ? KeywordCategory::Unreserved
                 : Join.count(Word)   ? KeywordCategory::TypeFuncName
                                      : KeywordCategory::Reserved;
  }
  Infos[L::IDENT].Class = TokClass::Ident;
  Infos[L::QUOTED_IDENT].Class = TokClass::QuotedIdent;
  Infos[L::STRING].Class = TokClass::String;
  Infos[L::INTEGER].Class = TokClass::Integer;
  Infos[L::NUMERIC].Class = TokClass::Numeric;
  for (size_t T :
       {L::CONCAT, L::SLASH, L::PERCENT, L::PLUS, L::MINUS, L::SHIFT_LEFT,
        L::SHIFT_RIGHT, L::AMP, L::PIPE, L::TILDE, L::LESS_EQUALS,
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
sqlite::getKeywordTokens() {
  static const std::vector<std::pair<std::string, uint16_t>> Words =
      makeKeywordTokens();
  return Words;
}

const sql::ScannerVocabulary &sqlite::getVocabulary() {
  static const sql::ScannerVocabulary V = makeVocabulary();
  return V;
}

llvm::ArrayRef<sql::TokInfo> sqlite::getFastTokenInfos() {
  static const std::vector<sql::TokInfo> Infos = makeFastTokenInfos();
  return Infos;
}

bool sqlite::isKeywordToken(uint16_t Type) {
  return getVocabulary().isKeyword(Type);
}

std::string sqlite::getTokenDisplayName(uint16_t Type) {
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
    return "string literal";
  case L::HEX_STRING:
    return "BLOB literal";
  case L::INTEGER:
    return "integer";
  case L::NUMERIC:
    return "number";
  case L::PARAM:
    return "parameter";
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
