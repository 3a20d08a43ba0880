//===- IntrospectorRegistryTest.cpp - Database URLs and connectors --------===//
//
// Part of schemac. Database URLs never show their password, and connectors
// are found by scheme; no server is needed (the connectors themselves are
// tested by the lit tests under test/Frontend/introspect/).
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/introspect/Introspector.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

TEST(DatabaseURL, LooksLikeURL) {
  EXPECT_TRUE(DatabaseURL::looksLikeURL("postgresql://h/db"));
  EXPECT_TRUE(DatabaseURL::looksLikeURL("sqlite:app.db"));
  EXPECT_TRUE(DatabaseURL::looksLikeURL("my-sql+x.y://h"));
  // Input language names have no scheme.
  EXPECT_FALSE(DatabaseURL::looksLikeURL("postgres"));
  EXPECT_FALSE(DatabaseURL::looksLikeURL(""));
  EXPECT_FALSE(DatabaseURL::looksLikeURL("1pg://h"));
  EXPECT_FALSE(DatabaseURL::looksLikeURL("./a:b"));
}

TEST(DatabaseURL, RedactsPasswords) {
  EXPECT_EQ(DatabaseURL::redact("postgresql://u:secret@h:5432/db"),
            "postgresql://u@h:5432/db");
  EXPECT_EQ(DatabaseURL::redact("postgres://:secret@/db"), "postgres://@/db");
  // A password with '@' or '/' in it, unencoded, is cut off whole.
  EXPECT_EQ(DatabaseURL::redact("postgresql://u:p@ss/w@h/db"),
            "postgresql://u@h/db");
  EXPECT_EQ(DatabaseURL::redact(
                "postgresql://u@h/db?sslmode=require&password=x&port=1"),
            "postgresql://u@h/db?sslmode=require&port=1");
  EXPECT_EQ(DatabaseURL::redact("postgresql:///db?PassWord=x"),
            "postgresql:///db");
  EXPECT_EQ(DatabaseURL::redact("postgresql://u@h/db"), "postgresql://u@h/db");
  EXPECT_EQ(DatabaseURL::redact("sqlite:app.db"), "sqlite:app.db");
  EXPECT_EQ(DatabaseURL::redact("not a url"), "not a url");
}

TEST(DatabaseURL, Parse) {
  llvm::Expected<DatabaseURL> U =
      DatabaseURL::parse("PostgreSQL://u:secret@h/db");
  ASSERT_TRUE(bool(U));
  EXPECT_EQ(U->getScheme(), "postgresql");
  EXPECT_EQ(U->getText(), "PostgreSQL://u:secret@h/db");
  EXPECT_EQ(U->getDisplayName(), "PostgreSQL://u@h/db");
  llvm::Expected<DatabaseURL> Bad = DatabaseURL::parse("postgresql:");
  ASSERT_FALSE(bool(Bad));
  EXPECT_EQ(llvm::toString(Bad.takeError()),
            "invalid database URL 'postgresql:'; expected 'scheme:...', e.g. "
            "'postgresql://user@host:5432/database'");
}

class FakeIntrospector : public Introspector {
public:
  llvm::Expected<IntrospectedSchema>
  introspect(const DatabaseURL &URL) override {
    return IntrospectedSchema{"-- " + URL.getDisplayName() + "\n", "postgres",
                              nullptr};
  }
};

TEST(IntrospectorRegistry, SchemesAreClaimedOnce) {
  IntrospectorRegistry R;
  auto Make = [] { return std::make_unique<FakeIntrospector>(); };
  ASSERT_TRUE(R.add({"fake", "test", {"Fake", "fk"}, Make}));
  EXPECT_FALSE(R.add({"other", "test", {"other", "fake"}, Make}));
  EXPECT_EQ(R.lookup("other"), nullptr);
  ASSERT_NE(R.lookup("FAKE"), nullptr);
  EXPECT_EQ(R.lookup("fk")->Name, "fake");
  EXPECT_EQ(R.getSchemes(), (std::vector<std::string>{"fake", "fk"}));

  llvm::Expected<DatabaseURL> URL = DatabaseURL::parse("fake://u:pw@h/db");
  ASSERT_TRUE(bool(URL));
  llvm::Expected<IntrospectedSchema> S = R.introspect(*URL);
  ASSERT_TRUE(bool(S));
  EXPECT_EQ(S->Text, "-- fake://u@h/db\n");

  llvm::Expected<DatabaseURL> Unknown = DatabaseURL::parse("mysql://u:pw@h");
  ASSERT_TRUE(bool(Unknown));
  llvm::Expected<IntrospectedSchema> E = R.introspect(*Unknown);
  ASSERT_FALSE(bool(E));
  EXPECT_EQ(llvm::toString(E.takeError()),
            "no connector for database URLs of scheme 'mysql' in "
            "'mysql://u@h'; expected one of 'fake', 'fk'");
}

} // namespace
