//===- PostgresKeywordTableTest.cpp - Grammar vs. the key word table ------===//
//
// Part of schemac. The key words of PostgreSQL are written down twice: as
// K_ tokens of grammars/PostgresLexer.g4 (with the grammar's category rules
// unreservedKeyword, colNameKeyword, typeFuncNameKeyword, reservedKeyword)
// and as dialects/postgres/PostgresKeywords.def, which the backend quotes
// with. They must agree: every K_ token is a row marked Token with the
// category the grammar gives it, and every row marked Token is a K_ token.
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"

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

const char *categoryName(KeywordCategory C) {
  switch (C) {
  case KeywordCategory::NotKeyword:
    return "not a key word";
  case KeywordCategory::Unreserved:
    return "Unreserved";
  case KeywordCategory::ColName:
    return "ColName";
  case KeywordCategory::TypeFuncName:
    return "TypeFuncName";
  case KeywordCategory::Reserved:
    return "Reserved";
  }
  return "?";
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
    EXPECT_STREQ(categoryName(It->second->Category),
                 categoryName(Categories[T]))
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
        << K.Word << " is " << categoryName(K.Category)
        << " but the grammar reads it as an identifier";
    EXPECT_EQ(lookupKeyword(K.Word), 0) << K.Word;
  }
  EXPECT_GT(Idents, 0u);
}

} // namespace
