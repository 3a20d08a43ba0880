//===- FrontendRegistryTest.cpp - Extension claims of frontends -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/frontend/Frontend.h"

#include "gtest/gtest.h"

using namespace schemac;

namespace {

FrontendRegistry::Entry entry(std::string Name, std::vector<std::string> Exts) {
  return {std::move(Name), "test", std::move(Exts), nullptr};
}

TEST(FrontendRegistry, ExtensionsAreClaimedOnce) {
  FrontendRegistry R;
  ASSERT_TRUE(R.add(entry("postgres", {".sql", ".psql"})));
  EXPECT_TRUE(R.takeConflicts().empty());
  // A second claim on .sql is refused whatever the name sorts like, and the
  // frontend is not registered at all.
  EXPECT_FALSE(R.add(entry("aaa", {".mysql", ".SQL"})));
  std::vector<std::string> C = R.takeConflicts();
  ASSERT_EQ(C.size(), 1u);
  EXPECT_EQ(C[0], "frontend 'aaa' claims extension '.sql', which is already "
                  "claimed by 'postgres'");
  EXPECT_EQ(R.lookup("aaa"), nullptr);
  EXPECT_EQ(R.lookupLanguageByExtension("x.mysql"), "");
  EXPECT_EQ(R.lookupLanguageByExtension("dir/x.sql"), "postgres");
  EXPECT_EQ(R.lookupLanguageByExtension("X.SQL"), "postgres");
  EXPECT_TRUE(R.takeConflicts().empty());
}

TEST(FrontendRegistry, LongestExtensionWins) {
  FrontendRegistry R;
  ASSERT_TRUE(R.add(entry("postgres", {".sql"})));
  ASSERT_TRUE(R.add(entry("mysql", {".my.sql", "mysql"})));
  EXPECT_EQ(R.lookupLanguageByExtension("a.my.sql"), "mysql");
  EXPECT_EQ(R.lookupLanguageByExtension("a.mysql"), "mysql");
  EXPECT_EQ(R.lookupLanguageByExtension("a.sql"), "postgres");
  EXPECT_EQ(R.lookupLanguageByExtension("sql"), "");
}

TEST(FrontendRegistry, NamesAndDriverClaims) {
  FrontendRegistry R;
  ASSERT_TRUE(R.claimExtension(".sir", "ir"));
  EXPECT_TRUE(R.claimExtension(".sir", "ir")); // the same claim again
  EXPECT_FALSE(R.add(entry("other", {".sir"})));
  EXPECT_EQ(R.takeConflicts().size(), 1u);
  ASSERT_TRUE(R.add(entry("postgres", {})));
  EXPECT_FALSE(R.add(entry("postgres", {".pg"})));
  EXPECT_EQ(
      R.takeConflicts(),
      std::vector<std::string>{"frontend 'postgres' is already registered"});
  EXPECT_EQ(R.lookupLanguageByExtension("a.pg"), "");
  EXPECT_FALSE(R.claimExtension("sir", "json"));
  EXPECT_EQ(R.lookupLanguageByExtension("a.sir"), "ir");
}

} // namespace
