//===- SQLDialectTest.cpp - Dialects described by traits and tables -------===//
//
// Part of schemac. Quoting and key words follow a dialect's traits, a
// dialect based on another takes the tables it does not give, and the key
// word index finds words in any case.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/SQLDialect.h"
#include "schemac/dialects/postgres/PostgresDialect.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

const Keyword SmallKeywords[] = {
    {"select", KeywordCategory::Reserved, false, true},
    {"key", KeywordCategory::Reserved, true, true},
    {"status", KeywordCategory::Unreserved, true, false},
};

/// A dialect with PostgreSQL's types and operators, the small key word
/// table and the given lexical traits.
SQLDialect::Description describe(llvm::StringRef Name, llvm::StringRef Quotes,
                                 CaseFolding Folding,
                                 BackslashEscapes Backslashes) {
  SQLDialect::Description Desc;
  Desc.Name = Name;
  Desc.Base = &getPostgresDialect();
  Desc.Keywords = SmallKeywords;
  Desc.Traits.IdentifierQuotes = Quotes;
  Desc.Traits.Folding = Folding;
  Desc.Traits.Backslashes = Backslashes;
  return Desc;
}

/// MySQL-like: backticks, no folding, backslashes always escape.
const SQLDialect &backtickDialect() {
  static const SQLDialect D(describe(
      "test-backtick", "``\"\"", CaseFolding::None, BackslashEscapes::Always));
  return D;
}

/// Oracle-like: upper case folding, no backslash escapes, # in names.
const SQLDialect &upperDialect() {
  static const SQLDialect D([] {
    SQLDialect::Description Desc = describe(
        "test-upper", "\"\"", CaseFolding::Upper, BackslashEscapes::Never);
    Desc.Traits.IdentifierChars = "$#";
    return Desc;
  }());
  return D;
}

/// SQL Server-like: brackets.
const SQLDialect &bracketDialect() {
  static const SQLDialect D(describe(
      "test-bracket", "[]\"\"", CaseFolding::None, BackslashEscapes::Never));
  return D;
}

TEST(SQLDialect, QuotesByTraits) {
  const SQLDialect &B = backtickDialect();
  EXPECT_EQ(B.quoteIdentifier("actor"), "actor");
  EXPECT_EQ(B.quoteIdentifier("Actor"), "Actor"); // no folding
  EXPECT_EQ(B.quoteIdentifier("key"), "`key`");   // reserved
  EXPECT_EQ(B.quoteIdentifier("status"), "status");
  EXPECT_EQ(B.quoteIdentifier("a`b"), "`a``b`");
  EXPECT_EQ(B.quoteIdentifier("two words"), "`two words`");

  const SQLDialect &U = upperDialect();
  EXPECT_EQ(U.quoteIdentifier("ACTOR"), "ACTOR");
  EXPECT_EQ(U.quoteIdentifier("actor"), "\"actor\"");
  EXPECT_EQ(U.quoteIdentifier("A#1"), "A#1");

  const SQLDialect &K = bracketDialect();
  EXPECT_EQ(K.quoteIdentifier("Order Details"), "[Order Details]");
  EXPECT_EQ(K.quoteIdentifier("a]b"), "[a]]b]");
  EXPECT_EQ(K.quoteIdentifier("select"), "[select]");
}

TEST(SQLDialect, StringsByBackslashRule) {
  // PostgreSQL: E'' when a backslash is in the value.
  EXPECT_EQ(getPostgresDialect().quoteString("a\\b'c"), "E'a\\\\b''c'");
  EXPECT_EQ(getPostgresDialect().quoteString("it's"), "'it''s'");
  // Always escapes: doubled, no prefix.
  EXPECT_EQ(backtickDialect().quoteString("a\\b'c"), "'a\\\\b''c'");
  // Never: as is.
  EXPECT_EQ(upperDialect().quoteString("a\\b'c"), "'a\\b''c'");
}

TEST(SQLDialect, BaseTables) {
  const SQLDialect &B = backtickDialect();
  // Types, operators and statement kinds come from the base.
  EXPECT_EQ(B.getTypes().getSpelling(TypeKind::Integer)->Name.str(), "integer");
  EXPECT_EQ(B.getOperators().getBinaryKind("||"), BinaryOpKind::Concat);
  EXPECT_EQ(B.getStatementPatterns().size(),
            getPostgresDialect().getStatementPatterns().size());
  EXPECT_TRUE(B.getRules().isSystemSchema("pg_catalog"));
  EXPECT_EQ(&B.getNamingScheme(), &NamingScheme::getPostgres());
  // Key words are its own.
  EXPECT_EQ(B.getKeywordCategory("user"), KeywordCategory::NotKeyword);
  EXPECT_EQ(B.getKeywordCategory("KEY"), KeywordCategory::Reserved);
  EXPECT_FALSE(B.isBareLabel("select"));
}

TEST(SQLDialect, KeywordIndex) {
  KeywordIndex I({{"create", 7}, {"table", 9}});
  EXPECT_EQ(I.lookup("create"), 7);
  EXPECT_EQ(I.lookup("CREATE"), 0); // lookup() wants lower case
  EXPECT_EQ(I.lookupFolded("CrEaTe"), 7);
  EXPECT_EQ(I.lookupFolded("tables"), 0);
  EXPECT_EQ(I.lookupFolded(""), 0);
  uint32_t H = KeywordIndex::Seed;
  for (char C : llvm::StringRef("table"))
    H = KeywordIndex::step(H, C);
  EXPECT_EQ(I.find("table", 5, H), 9);
  EXPECT_EQ(I.getMaxLength(), 6u);
  KeywordIndex Empty;
  EXPECT_EQ(Empty.lookupFolded("x"), 0);
}

TEST(SQLDialect, NamingSchemes) {
  EXPECT_EQ(NamingScheme::lookup("mysql"), &NamingScheme::getMySQL());
  EXPECT_EQ(NamingScheme::lookup("sqlserver")->MaxLength, 128u);
  EXPECT_EQ(NamingScheme::lookup("oracle"), nullptr);
}

} // namespace
