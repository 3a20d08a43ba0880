//===- StatementClassifierTest.cpp - Statement kinds by leading words -----===//
//
// Part of schemac. The shared classifier on a small table of a dialect that
// has no frontend yet: the longest match wins, optional groups and
// multi-word alternatives match, key word tokens match their word, and two
// classifiers do not share results.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/sql/StatementClassifier.h"
#include "schemac/frontend/sql/SQLScanner.h"

#include "TestDialects.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::sql;
using namespace schemac::frontendtest;

namespace {

enum Kind : unsigned { Table, Procedure, Select, Other };

const StatementClassifier::Pattern Patterns[] = {
    {"create [temporary] table", Table, "table", 1},
    {"create [or replace] [definer current_user] procedure", Procedure,
     "procedure", 2},
    {"create", Other, "object", 0},
    {"select", Select, "select", 0},
};

const std::vector<std::pair<std::string, uint16_t>> Keywords = {
    {"select", K_SELECT}, {"from", K_FROM}};

struct Classified {
  int Kind = -1;
  unsigned Tokens = 0;
  std::string Description;
};

Classified classify(const StatementClassifier &C, llvm::StringRef Text) {
  SQLScanner S(Text, mySQLTraits(), testVocabulary());
  std::vector<Token> Toks;
  Token T;
  while (S.next(T))
    Toks.push_back(T);
  Classified R;
  if (const StatementClassifier::Match *M =
          C.match(Text, Toks.data(), Toks.size(), R.Tokens)) {
    R.Kind = static_cast<int>(M->Kind);
    R.Description = M->Description.str();
  }
  return R;
}

TEST(StatementClassifier, LongestMatchWins) {
  StatementClassifier C(Patterns, Keywords, T_Ident);
  Classified P = classify(C, "CREATE OR REPLACE DEFINER CURRENT_USER "
                             "PROCEDURE p() BEGIN END");
  EXPECT_EQ(P.Kind, Procedure);
  EXPECT_EQ(P.Tokens, 6u);
  EXPECT_EQ(P.Description, "CREATE PROCEDURE");
  EXPECT_EQ(classify(C, "create procedure p()").Tokens, 2u);
  EXPECT_EQ(classify(C, "Create Temporary Table t (a int)").Kind, Table);
  // Only "create" matches.
  Classified O = classify(C, "CREATE VIEW v AS SELECT 1");
  EXPECT_EQ(O.Kind, Other);
  EXPECT_EQ(O.Tokens, 1u);
  // A key word token matches its word; a quoted name matches nothing.
  EXPECT_EQ(classify(C, "SELECT 1").Kind, Select);
  EXPECT_EQ(classify(C, "`create` table t").Kind, -1);
  EXPECT_EQ(classify(C, "drop table t").Kind, -1);
}

TEST(StatementClassifier, ClassifiersDoNotShareResults) {
  StatementClassifier A(Patterns, Keywords, T_Ident);
  const StatementClassifier::Pattern Other[] = {
      {"create table", Procedure, "x", 0}};
  StatementClassifier B(Other, Keywords, T_Ident);
  EXPECT_EQ(classify(A, "create table t").Kind, Table);
  EXPECT_EQ(classify(B, "create table t").Kind, Procedure);
  EXPECT_EQ(classify(A, "create table t").Kind, Table);
}

} // namespace
