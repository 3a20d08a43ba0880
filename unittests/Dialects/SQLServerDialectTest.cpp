//===- SQLServerDialectTest.cpp - SQL Server's tables ---------------------===//
//
// Part of schemac. The SQL Server dialect's tables agree with themselves and
// with the grammar: every kind is spelled or marked as written by name, each
// canonical spelling reads back as its kind, reserved words are quoted,
// names are quoted with brackets, and every key word is a token of
// grammars/SQLServerLexer.g4 (generated from the table by
// scripts/gen-sqlserver-lexer.py).
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/sqlserver/SQLServerDialect.h"

#include "llvm/ADT/StringExtras.h"

#include "gtest/gtest.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace schemac;

namespace {

const SQLDialect &MS = getSQLServerDialect();

TEST(SQLServerDialectTest, EveryKindIsSpelledOrNamed) {
  for (unsigned K = 0; K <= unsigned(TypeKind::UserDefined); ++K) {
    TypeKind Kind = static_cast<TypeKind>(K);
    EXPECT_TRUE(MS.getTypes().getSpelling(Kind) ||
                MS.getTypes().hasNoSpelling(Kind))
        << getTypeKindName(Kind).str();
  }
}

TEST(SQLServerDialectTest, CanonicalSpellingsReadBack) {
  for (const TypeName &Row : MS.getTypes().rows()) {
    if (!(Row.Flags & typeflags::CANONICAL) ||
        (Row.Flags & typeflags::WRITE_ONLY))
      continue;
    const TypeName *Read =
        MS.getTypes().lookup(TypeTable::getReadName(Row.Name));
    ASSERT_NE(Read, nullptr) << Row.Name;
    EXPECT_EQ(Read->Kind, Row.Kind) << Row.Name;
  }
}

TEST(SQLServerDialectTest, TypesBothWays) {
  auto Kind = [](const char *N) {
    const TypeName *R = MS.getTypes().lookup(N);
    return R ? R->Kind : TypeKind::Unknown;
  };
  EXPECT_EQ(Kind("nvarchar(max)"), TypeKind::Text);
  EXPECT_EQ(Kind("varchar(max)"), TypeKind::Text);
  EXPECT_EQ(Kind("varbinary(max)"), TypeKind::Binary);
  EXPECT_EQ(Kind("datetime2"), TypeKind::Timestamp);
  EXPECT_EQ(Kind("datetimeoffset"), TypeKind::TimestampTz);
  EXPECT_EQ(Kind("bit"), TypeKind::Boolean);
  EXPECT_EQ(Kind("uniqueidentifier"), TypeKind::Uuid);
  EXPECT_EQ(Kind("money"), TypeKind::Money);
  EXPECT_EQ(Kind("xml"), TypeKind::Xml);
  EXPECT_EQ(Kind("image"), TypeKind::Binary);
  EXPECT_EQ(Kind("ntext"), TypeKind::Text);
  EXPECT_TRUE(sqlserver::isSpecificType("geography"));
  EXPECT_TRUE(sqlserver::isSpecificType("hierarchyid"));
  EXPECT_TRUE(sqlserver::isSpecificType("rowversion"));
  EXPECT_EQ(MS.getTypes().getSpelling(TypeKind::Json)->Name, "nvarchar(max)");
  EXPECT_EQ(MS.getTypes().getSpelling(TypeKind::TimestampTz)->Name,
            "datetimeoffset");
  EXPECT_FALSE(sqlserver::getLossyTypeNote(TypeKind::Json).empty());
  EXPECT_TRUE(sqlserver::getLossyTypeNote(TypeKind::Uuid).empty());
}

TEST(SQLServerDialectTest, QuotingAndLimits) {
  EXPECT_EQ(MS.quoteIdentifier("select"), "[select]");
  EXPECT_EQ(MS.quoteIdentifier("a]b"), "[a]]b]");
  EXPECT_EQ(MS.quoteIdentifier("Album"), "Album");
  EXPECT_EQ(MS.quoteIdentifier("max"), "max"); // not reserved
  EXPECT_EQ(MS.getTraits().MaxIdentifierLength, 128u);
  EXPECT_EQ(MS.getTraits().BatchSeparator, "GO");
  EXPECT_EQ(MS.getKeywordCategory("clustered"), KeywordCategory::Reserved);
  EXPECT_EQ(MS.getKeywordCategory("persisted"), KeywordCategory::Unreserved);
}

TEST(SQLServerDialectTest, ConcatenationIsPlus) {
  const BinaryOperator *C = MS.getOperators().getBinary(BinaryOpKind::Concat);
  ASSERT_NE(C, nullptr);
  EXPECT_STREQ(C->Spelling, "+");
  const BinaryOperator *A = MS.getOperators().getBinary(BinaryOpKind::Add);
  ASSERT_NE(A, nullptr);
  EXPECT_STREQ(A->Spelling, "+");
}

TEST(SQLServerDialectTest, RenamedFunctions) {
  const sqlserver::RenamedFunction *F =
      sqlserver::findRenamedFunction("getdate");
  ASSERT_NE(F, nullptr);
  EXPECT_STREQ(F->Neutral, "localtimestamp");
  EXPECT_EQ(sqlserver::findFunctionFor("gen_random_uuid", 0)->Name,
            std::string("newid"));
}

TEST(SQLServerDialectTest, KeywordsAreLexerTokens) {
  std::ifstream In(std::string(SCHEMAC_SOURCE_DIR) +
                   "/grammars/SQLServerLexer.g4");
  ASSERT_TRUE(In.good());
  std::stringstream S;
  S << In.rdbuf();
  std::string Text = S.str();
  std::set<std::string> Tokens;
  std::regex Rule(R"(\nK_([A-Z_0-9]+) :)");
  for (auto It = std::sregex_iterator(Text.begin(), Text.end(), Rule);
       It != std::sregex_iterator(); ++It)
    Tokens.insert(llvm::StringRef((*It)[1].str()).lower());
  std::set<std::string> Words;
  for (const Keyword &K : MS.getKeywords().rows())
    Words.insert(K.Word);
  EXPECT_EQ(Tokens, Words);
}

} // namespace
