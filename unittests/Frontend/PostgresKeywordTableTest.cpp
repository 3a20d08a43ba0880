//===- PostgresKeywordTableTest.cpp - Grammar vs. the key word table ------===//
//
// Part of schemac. The key words of PostgreSQL are written down twice: as
// K_ tokens of grammars/PostgresLexer.g4 (with the grammar's category rules
// unreservedKeyword, colNameKeyword, typeFuncNameKeyword, reservedKeyword)
// and as dialects/postgres/PostgresKeywords.def, which the backend quotes
// with. They must agree: every K_ token is a row marked Token with the
// category the grammar gives it, and every row marked Token is a K_ token.
// The tables schemac-pg-tblgen computes from them at build time
// (PostgresTables.h) are what the vocabulary and the tables give at run time.
//
//===----------------------------------------------------------------------===//

#include "PostgresClassifier.h"
#include "PostgresScanner.h"
#include "PostgresTables.h"

#include "PostgresLexer.h"
#include "PostgresParser.h"

#include "schemac/dialects/postgres/PostgresDialect.h"

#include "gtest/gtest.h"

#include <map>
#include <set>

using namespace schemac;
using namespace schemac::pg;

namespace {

/// The category the grammar's keyword rules give each K_ token type.
std::map<size_t, KeywordCategory> grammarCategories() {
  PostgresParser P(nullptr);
  const antlr4::atn::ATN &ATN = P.getATN();
  std::map<size_t, KeywordCategory> R;
  std::pair<size_t, KeywordCategory> Rules[] = {
      {PostgresParser::RuleUnreservedKeyword, KeywordCategory::Unreserved},
      {PostgresParser::RuleColNameKeyword, KeywordCategory::ColName},
      {PostgresParser::RuleTypeFuncNameKeyword, KeywordCategory::TypeFuncName},
      {PostgresParser::RuleReservedKeyword, KeywordCategory::Reserved}};
  for (auto [Rule, Category] : Rules)
    for (ssize_t T : ATN.nextTokens(ATN.ruleToStartState[Rule]).toList()) {
      EXPECT_FALSE(R.count(T)) << "token " << T << " is in two categories";
      R[T] = Category;
    }
  return R;
}

TEST(PostgresKeywordTable, GrammarTokensAreTableRows) {
  const KeywordTable &Table = getPostgresDialect().getKeywords();
  std::map<std::string, const Keyword *> Rows;
  for (const Keyword &K : Table.rows())
    Rows[K.Word] = &K;
  std::map<size_t, KeywordCategory> Categories = grammarCategories();
  PostgresLexer L(nullptr);
  const antlr4::dfa::Vocabulary &V = L.getVocabulary();
  size_t Tokens = 0;
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
    std::string Name = V.getSymbolicName(T);
    if (Name.rfind("K_", 0) != 0)
      continue;
    ++Tokens;
    std::string Word = llvm::StringRef(Name).drop_front(2).lower();
    auto It = Rows.find(Word);
    if (It == Rows.end()) {
      ADD_FAILURE() << Name << " is not in PostgresKeywords.def";
      continue;
    }
    EXPECT_TRUE(It->second->Token)
        << Word << " is a grammar token but its row says Ident";
    ASSERT_TRUE(Categories.count(T)) << Name << " is in no category rule";
    EXPECT_STREQ(getKeywordCategoryName(It->second->Category),
                 getKeywordCategoryName(Categories[T]))
        << "the grammar's category of " << Word << " differs from the table's";
  }
  EXPECT_GT(Tokens, 250u);
}

TEST(PostgresKeywordTable, TokenRowsAreGrammarTokens) {
  PostgresLexer L(nullptr);
  const antlr4::dfa::Vocabulary &V = L.getVocabulary();
  std::set<std::string> GrammarWords;
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
    std::string Name = V.getSymbolicName(T);
    if (llvm::StringRef(Name).startswith("K_"))
      GrammarWords.insert(llvm::StringRef(Name).drop_front(2).lower());
  }
  size_t Idents = 0;
  for (const Keyword &K : getPostgresDialect().getKeywords().rows()) {
    if (K.Token) {
      EXPECT_TRUE(GrammarWords.count(K.Word))
          << K.Word << " is marked Token but the grammar has no K_ token";
      // The scanner finds the row's token from the word.
      EXPECT_NE(lookupKeyword(K.Word), 0) << K.Word;
      continue;
    }
    ++Idents;
    EXPECT_FALSE(GrammarWords.count(K.Word))
        << K.Word << " is a grammar token but marked Ident";
    // A word the grammar reads as an identifier must be one wherever the
    // grammar accepts it: unreserved, or a function name of special syntax
    // the grammar does not model (the XML functions).
    EXPECT_TRUE(K.Category == KeywordCategory::Unreserved ||
                llvm::StringRef(K.Word).startswith("xml"))
        << K.Word << " is " << getKeywordCategoryName(K.Category)
        << " but the grammar reads it as an identifier";
    EXPECT_EQ(lookupKeyword(K.Word), 0) << K.Word;
  }
  EXPECT_GT(Idents, 0u);
}

/// The key word tokens from the grammar's vocabulary and the table, without
/// the generated tables: (lower-case word, token type), in table order.
std::vector<std::pair<std::string, uint16_t>> vocabularyKeywords() {
  PostgresLexer L(nullptr);
  const antlr4::dfa::Vocabulary &V = L.getVocabulary();
  std::map<std::string, uint16_t> Types;
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
    std::string Name = V.getSymbolicName(T);
    if (llvm::StringRef(Name).startswith("K_"))
      Types[llvm::StringRef(Name).drop_front(2).lower()] =
          static_cast<uint16_t>(T);
  }
  std::vector<std::pair<std::string, uint16_t>> R;
  for (const Keyword &K : getPostgresDialect().getKeywords().rows())
    if (K.Token && Types.count(K.Word))
      R.emplace_back(K.Word, Types[K.Word]);
  return R;
}

TEST(PostgresKeywordTable, GeneratedTablesAgreeWithTheGrammar) {
  std::vector<std::pair<std::string, uint16_t>> Expected = vocabularyKeywords();
  ASSERT_EQ(tables::NumKeywordTokens, Expected.size());
  const KeywordTable &Table = getPostgresDialect().getKeywords();
  std::set<uint16_t> KeywordTypes;
  for (size_t I = 0; I != Expected.size(); ++I) {
    const tables::KeywordToken &K = tables::KeywordTokens[I];
    EXPECT_EQ(K.Word, Expected[I].first);
    EXPECT_EQ(K.Type, Expected[I].second) << K.Word;
    EXPECT_EQ(K.Category, Table.getCategory(K.Word)) << K.Word;
    const Keyword *Row = Table.find(K.Word);
    bool Reserved = Row && Row->Category == KeywordCategory::Reserved;
    EXPECT_EQ(isReservedKeywordToken(K.Type), Reserved) << K.Word;
    EXPECT_TRUE(isKeywordToken(K.Type)) << K.Word;
    EXPECT_EQ(lookupKeyword(K.Word), K.Type) << K.Word;
    KeywordTypes.insert(K.Type);
  }
  for (uint16_t T = 0; T <= tables::MaxTokenType + 1; ++T) {
    if (!KeywordTypes.count(T)) {
      EXPECT_FALSE(isKeywordToken(T)) << "token " << T;
    }
  }
  EXPECT_EQ(lookupKeyword("nosuchword"), 0);
}

TEST(PostgresKeywordTable, GeneratedClassifierIsTheTableCompiled) {
  using namespace schemac::opaque;
  static const sql::StatementClassifier::Pattern Patterns[] = {
#define PG_STATEMENT(Pattern, Kind, ObjectType, Flags)                         \
  {Pattern, static_cast<unsigned>(StmtKind::Kind), ObjectType, Flags},
#include "PostgresStatementKinds.def"
  };
  sql::StatementClassifier Compiled(Patterns, vocabularyKeywords(), tok::Ident);
  sql::StatementClassifier Generated(tables::ClassifierTables, tok::Ident);
  // Written out, both are the same table.
  std::string A, B;
  llvm::raw_string_ostream OA(A), OB(B);
  Compiled.writeTables(OA, "T");
  Generated.writeTables(OB, "T");
  EXPECT_EQ(OA.str(), OB.str());
  EXPECT_GT(tables::ClassifierTables.Patterns.size(), 100u);
}

} // namespace
