//===- InternedStringTest.cpp - Interned strings are shared and immutable -===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/InternedString.h"

#include "gtest/gtest.h"

#include <string>
#include <thread>
#include <vector>

using namespace schemac;

namespace {

TEST(InternedString, IsOnePointer) {
  static_assert(sizeof(InternedString) == sizeof(void *));
}

TEST(InternedString, EqualStringsShareTheirCharacters) {
  std::string A = "timestamp with time zone";
  InternedString X(A), Y(std::string("timestamp with time ") + "zone");
  EXPECT_EQ(X, Y);
  EXPECT_EQ(X.data(), Y.data());
  EXPECT_EQ(X.size(), A.size());
  EXPECT_EQ(X.str(), A);
  EXPECT_STREQ(X.c_str(), A.c_str());
  EXPECT_NE(X, InternedString("timestamp"));
}

TEST(InternedString, EmptyIsTheDefault) {
  InternedString E;
  EXPECT_TRUE(E.empty());
  EXPECT_EQ(E.size(), 0u);
  EXPECT_STREQ(E.c_str(), "");
  EXPECT_EQ(E, InternedString(""));
  InternedString S("x");
  S.clear();
  EXPECT_EQ(S, E);
}

TEST(InternedString, ComparesAndAppendsLikeAString) {
  InternedString S("int");
  EXPECT_TRUE(S == "int");
  EXPECT_TRUE(S == std::string("int"));
  EXPECT_TRUE(S == llvm::StringRef("int"));
  EXPECT_TRUE(S != "integer");
  EXPECT_TRUE(InternedString("a") < InternedString("b"));
  S += "[]";
  EXPECT_EQ(S, "int[]");
  EXPECT_EQ(S + "[]", "int[][]");
  std::string Copy = S;
  EXPECT_EQ(Copy, "int[]");
}

TEST(InternedString, InternsFromSeveralThreads) {
  std::vector<std::thread> Threads;
  std::vector<const char *> Data(4);
  for (unsigned I = 0; I != Data.size(); ++I)
    Threads.emplace_back([&Data, I] {
      for (unsigned J = 0; J != 1000; ++J)
        (void)InternedString("t" + std::to_string(J));
      Data[I] = InternedString("shared").data();
    });
  for (std::thread &T : Threads)
    T.join();
  for (const char *D : Data)
    EXPECT_EQ(D, Data[0]);
}

} // namespace
