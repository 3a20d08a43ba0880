//===- OptionalBoxTest.cpp - OptionalBox behaves like std::optional -------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/support/OptionalBox.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

using namespace schemac;

namespace {

struct Big {
  std::string Name;
  std::vector<int> Values;
  friend bool operator==(const Big &A, const Big &B) {
    return A.Name == B.Name && A.Values == B.Values;
  }
};

TEST(OptionalBox, EmptyIsOnePointer) {
  OptionalBox<Big> B;
  EXPECT_FALSE(B);
  EXPECT_FALSE(B.has_value());
  EXPECT_EQ(sizeof(B), sizeof(void *));
}

TEST(OptionalBox, CopiesAreDeepAndIndependent) {
  OptionalBox<Big> A = Big{"a", {1, 2}};
  OptionalBox<Big> B = A;
  ASSERT_TRUE(B);
  EXPECT_EQ(A, B);
  EXPECT_NE(&*A, &*B);
  B->Values.push_back(3);
  EXPECT_EQ(A->Values.size(), 2u);
  EXPECT_FALSE(A == B);
  A = B;
  EXPECT_EQ(A, B);
  EXPECT_NE(&*A, &*B);
}

TEST(OptionalBox, AssignEmplaceResetAndMove) {
  OptionalBox<Big> A;
  A.emplace().Name = "x";
  EXPECT_EQ(A->Name, "x");
  Big *Before = &*A;
  A = Big{"y", {}};
  EXPECT_EQ(&*A, Before) << "assigning a value reuses the box";
  EXPECT_EQ(A->Name, "y");
  OptionalBox<Big> M = std::move(A);
  EXPECT_EQ(M->Name, "y");
  EXPECT_EQ(&*M, Before);
  M = std::nullopt;
  EXPECT_FALSE(M);
  M = Big{"z", {}};
  M.reset();
  EXPECT_FALSE(M);
  OptionalBox<Big> Empty, AlsoEmpty;
  EXPECT_EQ(Empty, AlsoEmpty);
  Empty = AlsoEmpty;
  EXPECT_FALSE(Empty);
}

} // namespace
