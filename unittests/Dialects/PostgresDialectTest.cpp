//===- PostgresDialectTest.cpp - The tables of dialects/postgres/ ---------===//
//
// Part of schemac. The tables of one dialect must be consistent with each
// other and with the neutral vocabularies: every TypeKind has a spelling or
// is written by name, canonical spellings read back as their kind, operator
// spellings round-trip through their kinds, statement patterns are well
// formed. (Key words against the grammar: FrontendTests'
// PostgresKeywordTable.)
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/postgres/PostgresDialect.h"

#include "llvm/ADT/StringExtras.h"

#include "gtest/gtest.h"

#include <set>

using namespace schemac;

namespace {

const SQLDialect &PG = getPostgresDialect();

std::vector<TypeKind> allTypeKinds() {
  return {
#define SCHEMAC_TYPE(Kind, IRName) TypeKind::Kind,
#include "schemac/ir/TypeKinds.def"
  };
}

TEST(PostgresDialect, EveryTypeKindIsWritten) {
  const TypeTable &T = PG.getTypes();
  for (TypeKind K : allTypeKinds()) {
    bool Spelled = T.getSpelling(K).has_value();
    EXPECT_NE(Spelled, T.hasNoSpelling(K))
        << getTypeKindName(K).str()
        << (Spelled ? " has a spelling and is marked as having none"
                    : " has no spelling and is not marked as having none");
  }
}

TEST(PostgresDialect, CanonicalSpellingsReadBack) {
  const TypeTable &T = PG.getTypes();
  size_t Canonical = 0;
  for (const TypeName &R : T.rows()) {
    if (!(R.Flags & typeflags::CANONICAL))
      continue;
    ++Canonical;
    if (R.Flags & typeflags::WRITE_ONLY)
      continue;
    const TypeName *Read = T.lookup(TypeTable::getReadName(R.Name));
    ASSERT_NE(Read, nullptr) << R.Name;
    EXPECT_EQ(Read->Kind, R.Kind) << R.Name;
    EXPECT_EQ(Read->Flags & typeflags::SERIAL, R.Flags & typeflags::SERIAL)
        << R.Name;
  }
  EXPECT_GT(Canonical, 30u);
  // Modifiers go where "()" says.
  auto S = T.getSpelling(TypeKind::TimestampTz);
  ASSERT_TRUE(S);
  EXPECT_EQ(S->Name.str(), "timestamp");
  EXPECT_EQ(S->Suffix.str(), " with time zone");
  auto Serial = T.getSpelling(TypeKind::BigInt, /*Serial=*/true);
  ASSERT_TRUE(Serial);
  EXPECT_EQ(Serial->Name.str(), "bigserial");
}

TEST(PostgresDialect, ReadingTypeNames) {
  const TypeTable &T = PG.getTypes();
  const TypeName *Int4 = T.lookup("int4");
  ASSERT_NE(Int4, nullptr);
  EXPECT_EQ(Int4->Kind, TypeKind::Integer);
  EXPECT_FALSE(Int4->Flags & typeflags::KEYWORD);
  const TypeName *Integer = T.lookup("integer");
  ASSERT_NE(Integer, nullptr);
  EXPECT_TRUE(Integer->Flags & typeflags::KEYWORD);
  EXPECT_EQ(T.lookup("timestamp with time zone")->Kind, TypeKind::TimestampTz);
  EXPECT_TRUE(T.lookup("serial8")->Flags & typeflags::SERIAL);
  // "unknown" is PostgreSQL's pseudo-type when read, the kind Unknown's
  // spelling when written.
  EXPECT_EQ(T.lookup("unknown")->Kind, TypeKind::DialectSpecific);
  EXPECT_EQ(T.getSpelling(TypeKind::Unknown)->Name.str(), "unknown");
  EXPECT_EQ(T.lookup("varchar(10)"), nullptr);
}

TEST(PostgresDialect, OperatorSpellingsRoundTrip) {
  const OperatorTable &O = PG.getOperators();
  for (const BinaryOperator &B : O.binaryRows()) {
    // The spelling means its kind; the kind is written with a spelling
    // that means the same kind, with the same precedence.
    EXPECT_EQ(O.getBinaryKind(B.Spelling), B.Kind) << B.Spelling;
    const BinaryOperator *W = O.getBinary(B.Kind);
    ASSERT_NE(W, nullptr) << B.Spelling;
    EXPECT_EQ(O.getBinaryKind(W->Spelling), B.Kind) << B.Spelling;
    EXPECT_EQ(W->Prec, B.Prec) << B.Spelling;
    EXPECT_EQ(W->Assoc, B.Assoc) << B.Spelling;
    // PostgreSQL's spellings mean what the IR's notation says.
    EXPECT_EQ(getNotationBinaryOpKind(B.Spelling), B.Kind) << B.Spelling;
  }
  for (const UnaryOperator &U : O.unaryRows()) {
    EXPECT_EQ(O.getUnaryKind(U.Spelling), U.Kind) << U.Spelling;
    const UnaryOperator *W = O.getUnary(U.Kind);
    ASSERT_NE(W, nullptr) << U.Spelling;
    EXPECT_EQ(O.getUnaryKind(W->Spelling), U.Kind) << U.Spelling;
    EXPECT_EQ(getNotationUnaryOpKind(U.Spelling), U.Kind) << U.Spelling;
  }
  EXPECT_STREQ(O.getBinary(BinaryOpKind::NotEq)->Spelling, "<>");
  EXPECT_STREQ(O.getBinary(BinaryOpKind::Concat)->Spelling, "||");
  // MySQL's XOR and DIV are not PostgreSQL operators.
  EXPECT_EQ(O.getBinary(BinaryOpKind::Xor), nullptr);
  EXPECT_EQ(O.getBinaryKind("XOR"), BinaryOpKind::Other);
  // Unlisted operators bind like any other operator.
  auto [P, A] = O.getBinaryPrecedence("@>");
  EXPECT_EQ(P, Precedence::OtherOp);
  EXPECT_EQ(A, Associativity::Left);
}

TEST(PostgresDialect, KeywordRows) {
  std::set<std::string> Seen;
  std::string Previous;
  for (const Keyword &K : PG.getKeywords().rows()) {
    std::string W = K.Word;
    EXPECT_EQ(llvm::StringRef(W).lower(), W) << W;
    EXPECT_TRUE(Seen.insert(W).second) << W << " is listed twice";
    if (!K.Since) {
      EXPECT_LT(Previous, W) << "not sorted at " << W;
      Previous = W;
    }
  }
  EXPECT_GT(Seen.size(), 450u);
  // Key words of later versions are not key words of PostgreSQL 15.
  EXPECT_EQ(PG.getKeywordCategory("system_user"), KeywordCategory::NotKeyword);
  EXPECT_EQ(PG.getKeywordCategory("user"), KeywordCategory::Reserved);
}

TEST(PostgresDialect, StatementPatterns) {
  size_t Patterns = 0;
  for (const StatementPattern &P : PG.getStatementPatterns()) {
    ++Patterns;
    std::string Text = P.Pattern;
    EXPECT_EQ(llvm::StringRef(Text).lower(), Text) << Text;
    EXPECT_NE(Text[0], '[') << Text << ": the first word is required";
    EXPECT_EQ(llvm::StringRef(Text).count('['),
              llvm::StringRef(Text).count(']'))
        << Text;
  }
  EXPECT_GT(Patterns, 100u);
}

TEST(PostgresDialect, Rules) {
  const DialectRules &R = PG.getRules();
  EXPECT_TRUE(R.isSystemSchema("pg_catalog"));
  EXPECT_TRUE(R.isSystemSchema("information_schema"));
  EXPECT_FALSE(R.isSystemSchema("public"));
  EXPECT_TRUE(R.isCatalogRelation("pg_class"));
  EXPECT_FALSE(R.isCatalogRelation("actor"));
  EXPECT_TRUE(R.isBuiltinOperatorSchema("pg_catalog"));
  EXPECT_TRUE(R.isBuiltinOperatorSchema(""));
  EXPECT_FALSE(R.isBuiltinOperatorSchema("public"));
}

TEST(PostgresDialect, Registry) {
  registerPostgresDialect();
  registerPostgresDialect();
  EXPECT_EQ(SQLDialect::lookup("postgres"), &PG);
  EXPECT_EQ(&SQLDialect::getPostgres(), &PG);
  EXPECT_EQ(SQLDialect::lookup("postgresql"), nullptr);
  EXPECT_EQ(&getDialectRules("postgres"), &PG.getRules());
  EXPECT_EQ(&getDialectRules("nosuch"), &DialectRules::getNeutral());
  EXPECT_FALSE(getDialectRules("nosuch").isSystemSchema("pg_catalog"));
}

} // namespace
