//===- PostgresKeywordTest.cpp - Keyword categories of the grammar --------===//
//
// Part of schemac. Every keyword token must be usable as a column label, and
// the categories (unreserved, column name, type/function name, reserved)
// must say where PostgreSQL accepts a keyword as a name.
//
//===----------------------------------------------------------------------===//

#include "PostgresScanner.h"

#include "PostgresLexer.h"
#include "PostgresParser.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::pg;

namespace {

enum class Rule { ColLabel, ColId, TypeFunctionName };

/// Parses the single token \p Type with \p R; true if accepted.
bool accepts(size_t Type, Rule R) {
  std::vector<std::unique_ptr<antlr4::Token>> Toks;
  Toks.push_back(std::make_unique<antlr4::CommonToken>(Type, "x"));
  Toks.push_back(std::make_unique<antlr4::CommonToken>(antlr4::Token::EOF, ""));
  antlr4::ListTokenSource Source(std::move(Toks));
  antlr4::CommonTokenStream Stream(&Source);
  PostgresParser P(&Stream);
  P.removeErrorListeners();
  P.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    switch (R) {
    case Rule::ColLabel:
      P.colLabel();
      break;
    case Rule::ColId:
      P.colId();
      break;
    case Rule::TypeFunctionName:
      P.typeFunctionName();
      break;
    }
  } catch (antlr4::ParseCancellationException &) {
    return false;
  }
  return P.getCurrentToken()->getType() == antlr4::Token::EOF;
}

TEST(PostgresKeywords, EveryKeywordIsALabel) {
  PostgresLexer L(nullptr);
  const antlr4::dfa::Vocabulary &V = L.getVocabulary();
  size_t Keywords = 0;
  for (size_t T = 1; T <= V.getMaxTokenType(); ++T) {
    std::string Name = V.getSymbolicName(T);
    if (Name.rfind("K_", 0) != 0)
      continue;
    ++Keywords;
    EXPECT_TRUE(isKeywordToken(static_cast<uint16_t>(T))) << Name;
    EXPECT_TRUE(accepts(T, Rule::ColLabel)) << Name << " is in no category";
    // The scanner finds the keyword from its lower-case text.
    std::string Word = llvm::StringRef(Name).drop_front(2).lower();
    EXPECT_EQ(lookupKeyword(Word), T) << Word;
  }
  EXPECT_GT(Keywords, 250u);
}

TEST(PostgresKeywords, Categories) {
  // Unreserved: a column name and a type or function name.
  EXPECT_TRUE(accepts(PostgresLexer::K_OWNER, Rule::ColId));
  EXPECT_TRUE(accepts(PostgresLexer::K_OWNER, Rule::TypeFunctionName));
  // Column name keywords: not a function or type name.
  EXPECT_TRUE(accepts(PostgresLexer::K_BETWEEN, Rule::ColId));
  EXPECT_FALSE(accepts(PostgresLexer::K_BETWEEN, Rule::TypeFunctionName));
  // Type and function name keywords: not a column name.
  EXPECT_FALSE(accepts(PostgresLexer::K_LEFT, Rule::ColId));
  EXPECT_TRUE(accepts(PostgresLexer::K_LEFT, Rule::TypeFunctionName));
  // Reserved: only a label.
  EXPECT_FALSE(accepts(PostgresLexer::K_SELECT, Rule::ColId));
  EXPECT_FALSE(accepts(PostgresLexer::K_SELECT, Rule::TypeFunctionName));
  EXPECT_TRUE(accepts(PostgresLexer::K_SELECT, Rule::ColLabel));
  // Identifiers are everything.
  EXPECT_TRUE(accepts(PostgresLexer::IDENT, Rule::ColId));
  EXPECT_TRUE(accepts(PostgresLexer::QUOTED_IDENT, Rule::TypeFunctionName));
}

} // namespace
