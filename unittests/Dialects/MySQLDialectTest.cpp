//===- MySQLDialectTest.cpp - The tables of dialects/mysql/ ---------------===//
//
// Part of schemac. The tables of dialects/mysql/ for both engines: every
// type kind is written or refused, canonical spellings read back as their
// kind, the reserved words of each engine are quoted and only those, the
// operators round-trip through their kinds (PostgreSQL's concatenation is
// CONCAT(), MySQL's || is OR), MariaDB takes what it does not give from
// MySQL, and names too long for the target are shortened the same way
// every time. (The MariaDB oracle, scripts/mariadb-oracle.py, checks the
// spellings against a running server.)
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/mysql/MySQLDialect.h"

#include "gtest/gtest.h"

#include <set>
#include <string>

using namespace schemac;

namespace {

const SQLDialect &My = getMySQLDialect();
const SQLDialect &Maria = getMariaDBDialect();

std::vector<TypeKind> allTypeKinds() {
  return {
#define SCHEMAC_TYPE(Kind, IRName) TypeKind::Kind,
#include "schemac/ir/TypeKinds.def"
  };
}

TEST(MySQLDialect, RegisteredByName) {
  registerMySQLDialect();
  EXPECT_EQ(SQLDialect::lookup("mysql"), &My);
  EXPECT_EQ(SQLDialect::lookup("mariadb"), &Maria);
  EXPECT_EQ(My.getTraits().MaxIdentifierLength, 64u);
  EXPECT_EQ(Maria.getTraits().IdentifierQuotes, "``");
}

TEST(MySQLDialect, EveryKindIsWrittenOrRefused) {
  for (const SQLDialect *D : {&My, &Maria})
    for (TypeKind K : allTypeKinds()) {
      std::optional<TypeTable::Spelling> S = D->getTypes().getSpelling(K);
      EXPECT_TRUE(S || D->getTypes().hasNoSpelling(K))
          << D->getName().str() << " " << getTypeKindName(K).str();
    }
}

TEST(MySQLDialect, CanonicalSpellingsReadBack) {
  for (const SQLDialect *D : {&My, &Maria})
    for (const TypeName &T : D->getTypes().rows()) {
      if ((T.Flags & typeflags::WRITE_ONLY) ||
          !(T.Flags & typeflags::CANONICAL))
        continue;
      const TypeName *R = D->getTypes().lookup(TypeTable::getReadName(T.Name));
      ASSERT_TRUE(R) << T.Name;
      EXPECT_EQ(R->Kind, T.Kind) << T.Name;
    }
}

TEST(MySQLDialect, EnginesDifferInTheirOwnTypes) {
  EXPECT_EQ(My.getTypes().getSpelling(TypeKind::Uuid)->Name, "char(36)");
  EXPECT_EQ(Maria.getTypes().getSpelling(TypeKind::Uuid)->Name, "uuid");
  EXPECT_EQ(Maria.getTypes().getSpelling(TypeKind::Inet)->Name, "inet6");
  EXPECT_EQ(My.getTypes().getSpelling(TypeKind::Text)->Name, "longtext");
  EXPECT_FALSE(mysql::getLossyTypeNote(My, TypeKind::Uuid).empty());
  EXPECT_TRUE(mysql::getLossyTypeNote(Maria, TypeKind::Uuid).empty());
  // MySQL normalizes JSON as jsonb; MariaDB keeps the text as json does.
  EXPECT_FALSE(mysql::getLossyTypeNote(My, TypeKind::Json).empty());
  EXPECT_TRUE(mysql::getLossyTypeNote(My, TypeKind::Jsonb).empty());
  EXPECT_TRUE(mysql::getLossyTypeNote(Maria, TypeKind::Json).empty());
  EXPECT_FALSE(mysql::getLossyTypeNote(Maria, TypeKind::Jsonb).empty());
  EXPECT_FALSE(mysql::getLossyTypeNote(My, TypeKind::TimestampTz).empty());
  for (const SQLDialect *D : {&My, &Maria}) {
    for (TypeKind K : allTypeKinds()) {
      if (!mysql::getLossyTypeNote(*D, K).empty()) {
        EXPECT_TRUE(D->getTypes().getSpelling(K)) << getTypeKindName(K).str();
      }
    }
  }
}

TEST(MySQLDialect, ReservedWordsOfEachEngine) {
  for (const SQLDialect *D : {&My, &Maria}) {
    std::set<std::string> Seen;
    for (const Keyword &K : D->getKeywords().rows()) {
      EXPECT_TRUE(Seen.insert(K.Word).second) << K.Word;
      // Reserved words that name functions (IF(), LEFT()) are written bare
      // as function names, quoted as any other name.
      EXPECT_TRUE(K.Category == KeywordCategory::Reserved ||
                  K.Category == KeywordCategory::TypeFuncName)
          << K.Word;
      EXPECT_TRUE(D->needsQuotes(K.Word)) << K.Word;
      EXPECT_EQ(llvm::StringRef(K.Word).lower(), K.Word);
    }
    EXPECT_EQ(D->quoteIdentifier("order"), "`order`");
    EXPECT_EQ(D->quoteIdentifier("author_id"), "author_id");
    EXPECT_EQ(D->quoteIdentifier("CamelCase"), "CamelCase");
    EXPECT_EQ(D->quoteIdentifier("a`b"), "`a``b`");
  }
  // RETURNING is MariaDB's, window functions' names MySQL 8's.
  EXPECT_TRUE(Maria.needsQuotes("returning"));
  EXPECT_FALSE(My.needsQuotes("returning"));
  EXPECT_TRUE(My.needsQuotes("rank"));
  EXPECT_FALSE(Maria.needsQuotes("rank"));
}

TEST(MySQLDialect, StringsEscapeBackslashes) {
  EXPECT_EQ(My.quoteString("it's a\\b"), "'it''s a\\\\b'");
}

TEST(MySQLDialect, OperatorsRoundTripThroughTheirKinds) {
  const OperatorTable &Ops = My.getOperators();
  for (const BinaryOperator &Op : Ops.binaryRows()) {
    const BinaryOperator *R = Ops.getBinary(Op.Kind);
    ASSERT_TRUE(R) << Op.Spelling;
    EXPECT_EQ(Ops.getBinaryKind(R->Spelling), Op.Kind) << Op.Spelling;
  }
  EXPECT_EQ(Ops.getBinaryKind("||"), BinaryOpKind::Or);
  EXPECT_FALSE(Ops.getBinary(BinaryOpKind::Concat));
  EXPECT_STREQ(Ops.getFunction(BinaryOpKind::Concat), "CONCAT");
  // ^ is a bit XOR in MySQL, a power in PostgreSQL: neither is listed.
  EXPECT_FALSE(Ops.findBinary("^"));
  // MariaDB's come from its Base.
  EXPECT_EQ(Maria.getOperators().binaryRows().data(), Ops.binaryRows().data());
  EXPECT_STREQ(Maria.getOperators().getFunction(BinaryOpKind::Concat),
               "CONCAT");
}

TEST(MySQLDialect, FunctionsAreUniqueAndLowerCase) {
  std::set<std::string> Seen;
  for (const mysql::Function &F : mysql::getFunctions()) {
    EXPECT_TRUE(Seen.insert(F.Name).second) << F.Name;
    EXPECT_EQ(llvm::StringRef(F.Name).lower(), F.Name);
    EXPECT_TRUE(F.MaxArgs < 0 || F.MaxArgs >= F.MinArgs) << F.Name;
  }
  EXPECT_TRUE(mysql::findFunction("coalesce"));
  // Bytes in MySQL, characters in PostgreSQL.
  EXPECT_FALSE(mysql::findFunction("length"));
}

TEST(MySQLDialect, EngineFacts) {
  EXPECT_FALSE(mysql::getEngineFacts(My).Sequences);
  EXPECT_TRUE(mysql::getEngineFacts(Maria).Sequences);
  EXPECT_TRUE(mysql::getEngineFacts(My).ExpressionIndexes);
  EXPECT_FALSE(mysql::getEngineFacts(Maria).ExpressionIndexes);
  EXPECT_TRUE(Maria.getFeatures().supportsIfNotExists(Object::Kind::Index));
  EXPECT_FALSE(My.getFeatures().supportsIfNotExists(Object::Kind::Index));
}

TEST(MySQLDialect, LongNamesAreShortenedDeterministically) {
  std::string A(70, 'a'), B = A + "b";
  EXPECT_EQ(shortenName("short", 64), "short");
  EXPECT_EQ(shortenName(A.substr(0, 64), 64), A.substr(0, 64));
  std::string SA = shortenName(A, 64), SB = shortenName(B, 64);
  EXPECT_EQ(SA.size(), 64u);
  EXPECT_EQ(SA, shortenName(A, 64));
  EXPECT_NE(SA, SB);
  EXPECT_EQ(SA.substr(0, 55), A.substr(0, 55));
  EXPECT_EQ(SA[55], '_');
  // Characters, not bytes: a multi-byte character is kept whole.
  std::string U;
  for (int I = 0; I != 70; ++I)
    U += "\xc3\xa9";
  std::string SU = shortenName(U, 64);
  EXPECT_EQ(SU.size(), 55u * 2 + 9);
  EXPECT_EQ(shortenName(U.substr(0, 128), 64), U.substr(0, 128));
}

} // namespace
