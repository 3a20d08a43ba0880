//===- OracleDialectTest.cpp - The tables of dialects/oracle/ -------------===//
//
// Part of schemac. The tables of dialects/oracle/: every row of
// OracleKeywords.def has its token in grammars/OracleLexer.g4 and the lexer
// has no key word the table lacks, reserved words are quoted and only those
// (with upper-case names bare, as Oracle folds), every type kind is written
// or refused, canonical spellings read back as their kind, NUMBER(p,s) reads
// by precision, and the functions Oracle renames read as the neutral ones.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/oracle/OracleDialect.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <set>
#include <string>

using namespace schemac;

namespace {

const SQLDialect &Ora = getOracleDialect();

TEST(OracleDialect, RegisteredByName) {
  registerOracleDialect();
  EXPECT_EQ(SQLDialect::lookup("oracle"), &Ora);
  EXPECT_EQ(Ora.getTraits().MaxIdentifierLength, 128u);
  EXPECT_EQ(Ora.getTraits().Folding, CaseFolding::Upper);
  EXPECT_EQ(Ora.getTraits().BatchSeparator, "/");
}

TEST(OracleDialect, KeywordsAreTheLexersTokens) {
  auto Buf = llvm::MemoryBuffer::getFile(SCHEMAC_SOURCE_DIR
                                         "/grammars/OracleLexer.g4");
  ASSERT_TRUE(bool(Buf));
  std::set<std::string> Tokens;
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n');
  for (llvm::StringRef L : Lines)
    if (L.startswith("K_"))
      Tokens.insert(L.drop_front(2).split(' ').first.lower());
  std::set<std::string> Words;
#define ORACLE_RESERVED(W) Words.insert(W);
#define ORACLE_KEYWORD(W) Words.insert(W);
#include "../../dialects/oracle/OracleKeywords.def"
  EXPECT_EQ(Tokens, Words);
}

TEST(OracleDialect, ReservedWordsAreQuoted) {
  EXPECT_EQ(Ora.quoteIdentifier("SIZE"), "\"SIZE\"");
  EXPECT_EQ(Ora.quoteIdentifier("LEVEL"), "\"LEVEL\"");
  EXPECT_EQ(Ora.quoteIdentifier("TABLESPACE"), "TABLESPACE");
  EXPECT_EQ(Ora.quoteIdentifier("REGIONS"), "REGIONS");
  EXPECT_EQ(Ora.quoteIdentifier("regions"), "\"regions\"");
  EXPECT_EQ(Ora.quoteIdentifier("EMP#NO"), "EMP#NO");
  EXPECT_TRUE(oracle::isReservedWord("varchar2"));
  EXPECT_FALSE(oracle::isReservedWord("primary"));
}

TEST(OracleDialect, EveryKindIsWrittenOrRefused) {
  for (TypeKind K : {
#define SCHEMAC_TYPE(Kind, IRName) TypeKind::Kind,
#include "schemac/ir/TypeKinds.def"
       }) {
    std::optional<TypeTable::Spelling> S = Ora.getTypes().getSpelling(K);
    EXPECT_TRUE(S || Ora.getTypes().hasNoSpelling(K))
        << getTypeKindName(K).str();
  }
}

TEST(OracleDialect, CanonicalSpellingsReadBack) {
  for (const TypeName &T : Ora.getTypes().rows()) {
    if ((T.Flags & typeflags::WRITE_ONLY) || !(T.Flags & typeflags::CANONICAL))
      continue;
    const TypeName *R = Ora.getTypes().lookup(TypeTable::getReadName(T.Name));
    ASSERT_TRUE(R) << T.Name;
    EXPECT_EQ(R->Kind, T.Kind) << T.Name;
  }
}

DataType read(llvm::StringRef Key, std::vector<std::string> Mods) {
  DataType T;
  EXPECT_TRUE(oracle::readType(Key, Mods, T)) << Key.str();
  return T;
}

TEST(OracleDialect, NumbersReadByPrecision) {
  EXPECT_EQ(read("number", {"4"}).Kind, TypeKind::SmallInt);
  EXPECT_EQ(read("number", {"9", "0"}).Kind, TypeKind::Integer);
  EXPECT_EQ(read("number", {"10"}).Kind, TypeKind::BigInt);
  EXPECT_EQ(read("number", {"18"}).Kind, TypeKind::BigInt);
  DataType Big = read("number", {"19"});
  EXPECT_EQ(Big.Kind, TypeKind::Decimal);
  EXPECT_EQ(Big.Modifiers.size(), 2u);
  EXPECT_EQ(read("number", {"8", "2"}).Kind, TypeKind::Decimal);
  EXPECT_EQ(read("number", {}).Kind, TypeKind::Decimal);
  EXPECT_EQ(read("number", {}).Modifiers.size(), 0u);
  DataType Star = read("number", {"*", "0"});
  ASSERT_EQ(Star.Modifiers.size(), 2u);
  EXPECT_EQ(std::string(Star.Modifiers[0]), "38");
  DataType Int = read("integer", {});
  EXPECT_EQ(Int.Kind, TypeKind::Decimal);
  EXPECT_EQ(std::string(Int.Modifiers[0]), "38");
  // DATE has a time of day.
  DataType Date = read("date", {});
  EXPECT_EQ(Date.Kind, TypeKind::Timestamp);
  EXPECT_EQ(std::string(Date.Modifiers[0]), "0");
  EXPECT_EQ(read("varchar2", {"10"}).Kind, TypeKind::Varchar);
  EXPECT_EQ(read("timestamp with local time zone", {}).Kind,
            TypeKind::TimestampTz);
  DataType T;
  EXPECT_FALSE(oracle::readType("sdo_geometry", {}, T));
}

TEST(OracleDialect, FunctionsAndLossyNotes) {
  EXPECT_EQ(oracle::getNeutralFunction("nvl", 2), "coalesce");
  EXPECT_EQ(oracle::getNeutralFunction("nvl", 3), "");
  EXPECT_NE(oracle::findFunction("upper"), nullptr);
  EXPECT_EQ(oracle::findFunction("greatest"), nullptr);
  EXPECT_FALSE(oracle::getLossyTypeNote(TypeKind::Boolean).empty());
  EXPECT_TRUE(oracle::getLossyTypeNote(TypeKind::Varchar).empty());
}

} // namespace
