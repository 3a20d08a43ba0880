//===- StructuralEqualityTest.cpp - Equality, hashing, copies and walks ---===//
//
// Part of schemac. Property tests over the kitchen-sink module: a clone is
// equal and hashes equal; changing any single field (found through the
// field descriptions) makes the modules unequal and changes the hash,
// unless the options ignore that field.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/NodeFields.h"
#include "schemac/ir/StructuralEquality.h"
#include "schemac/ir/Walk.h"

#include "gtest/gtest.h"

#include <limits>

using namespace schemac;
using namespace schemac::irtest;
using namespace schemac::fielddetail;

namespace {

/// Visits every described field value in a module ("sites") and can change
/// the one with a given number.
class Mutator {
public:
  /// Changes site \p Target (counting from 0); -1 only counts.
  explicit Mutator(long Target) : Target(Target) {}

  long Count = 0;
  /// The role and key of the changed site.
  FieldRole Role = FieldRole::Semantic;
  std::string Key;

  void module(Module &M) {
    for (const ObjectPtr &O : M.objects())
      object(*O);
  }

private:
  void object(Object &O) {
    visitNode(O, [&](const auto &X) {
      using T = std::decay_t<decltype(X)>;
      fields<Object>(O, FieldRole::Semantic);
      fields<T>(const_cast<T &>(X), FieldRole::Semantic);
    });
  }
  void expr(Expr &E) {
    visitNode(E, [&](const auto &X) {
      using T = std::decay_t<decltype(X)>;
      fields<T>(const_cast<T &>(X), Cur);
    });
    fields<Expr>(E, Cur);
  }
  void rel(Rel &R) {
    visitNode(R, [&](const auto &X) {
      using T = std::decay_t<decltype(X)>;
      fields<T>(const_cast<T &>(X), Cur);
    });
    fields<Rel>(R, Cur);
  }

  template <class T> void fields(T &N, FieldRole Outer) {
    forEachField<T>([&](const auto &F) {
      FieldRole Saved = Cur;
      // A field inside a presentation-only field is presentation-only.
      Cur = Outer != FieldRole::Semantic ? Outer : F.Role;
      CurKey = F.Key;
      value(F.mut(N), F);
      Cur = Saved;
    });
  }

  bool hit() {
    if (Count++ != Target)
      return false;
    Role = Cur;
    Key = CurKey;
    return true;
  }

  template <class FieldT> void value(bool &V, const FieldT &) {
    if (hit())
      V = !V;
  }
  template <class FieldT> void value(std::string &V, const FieldT &) {
    if (hit())
      V += "x";
  }
  template <class FieldT> void value(QualifiedName &V, const FieldT &) {
    if (hit())
      V.Name += "x";
  }
  template <class FieldT> void value(InternedString &V, const FieldT &) {
    if (hit())
      V += "x";
  }
  template <class FieldT> void value(InternedStringList &V, const FieldT &) {
    if (hit())
      V.push_back("x");
  }
  template <class FieldT> void value(InternedName &V, const FieldT &) {
    if (hit())
      V.Name += "x";
  }
  template <class FieldT> void value(Location &V, const FieldT &) {
    if (hit())
      V.Line += 1000;
  }
  template <class FieldT> void value(ExprPtr &V, const FieldT &) {
    if (hit()) {
      V = V ? nullptr : std::make_unique<Param>(Location(), 99);
      return;
    }
    if (V)
      expr(*V);
  }
  template <class FieldT> void value(RelPtr &V, const FieldT &) {
    if (hit()) {
      V = V ? nullptr : std::make_unique<Values>(Location());
      return;
    }
    if (V)
      rel(*V);
  }
  template <class X, class FieldT>
  void value(std::unique_ptr<X> &V, const FieldT &F) {
    if (hit()) {
      V = V ? nullptr : std::make_unique<X>();
      return;
    }
    if (V)
      value(*V, F);
  }
  template <class X, class FieldT>
  void value(std::vector<X> &V, const FieldT &F) {
    if (hit()) {
      if (V.empty())
        V.emplace_back();
      else
        V.pop_back();
      return;
    }
    for (X &E : V)
      value(E, F);
  }
  template <class X, class Y, class FieldT>
  void value(std::pair<X, Y> &V, const FieldT &F) {
    value(V.first, F);
    value(V.second, F);
  }
  /// std::optional and OptionalBox.
  template <class X, class FieldT>
  std::enable_if_t<IsOptional<X>::value> value(X &V, const FieldT &F) {
    if (hit()) {
      if (V)
        V.reset();
      else
        V = typename X::value_type{};
      return;
    }
    if (V)
      value(*V, F);
  }
  template <class X, class FieldT>
  std::enable_if_t<!IsOptional<X>::value> value(X &V, const FieldT &F) {
    if constexpr (Described<X>) {
      fields(V, Cur);
    } else if constexpr (std::is_enum_v<X>) {
      if (hit())
        V = X(int(V) == 0 ? 1 : 0);
    } else if constexpr (std::is_same_v<X, bool>) {
      if (hit())
        V = !V;
    } else {
      // Step away from the value without overflowing (a field may hold the
      // type's maximum, e.g. a sequence's MAXVALUE).
      if (hit())
        V = V == std::numeric_limits<X>::max() ? X(V - 1) : X(V + 1);
    }
  }

  long Target;
  FieldRole Cur = FieldRole::Semantic;
  const char *CurKey = "";
};

StructuralOptions everything() {
  StructuralOptions O;
  O.CompareLocations = true;
  return O;
}

TEST(StructuralEquality, CloneIsEqualAndHashesEqual) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  auto C = M->clone();
  EXPECT_TRUE(structurallyEqual(*M, *C, everything()));
  EXPECT_EQ(findFirstDifference(*M, *C, everything()), "");
  EXPECT_EQ(structuralHash(*M, everything()), structuralHash(*C, everything()));
  EXPECT_EQ(printToString(*M, true), printToString(*C, true));
}

TEST(StructuralEquality, HashIsStable) {
  // The same module built in another context hashes the same: no pointers,
  // no file ids, no seeds.
  Context Ctx1, Ctx2;
  Ctx2.getOrAddFileName("shifts the file ids");
  auto A = buildEveryNodeModule(Ctx1);
  auto B = buildEveryNodeModule(Ctx2);
  EXPECT_TRUE(structurallyEqual(*A, *B, everything()));
  EXPECT_EQ(structuralHash(*A, everything()), structuralHash(*B, everything()));
  EXPECT_EQ(structuralHash(*A), structuralHash(*B));
}

TEST(StructuralEquality, EverySingleChangeIsNoticed) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  Mutator Counter(-1);
  Counter.module(*M);
  ASSERT_GT(Counter.Count, 1000);
  StructuralOptions Meaning;
  Meaning.ComparePresentation = false;
  uint64_t Hash = structuralHash(*M, everything());
  uint64_t MeaningHash = structuralHash(*M, Meaning);
  unsigned Presentation = 0;
  for (long I = 0; I != Counter.Count; ++I) {
    auto C = M->clone();
    Mutator Change(I);
    Change.module(*C);
    ASSERT_GT(Change.Count, I);
    std::string Where = "site " + std::to_string(I) + " (" + Change.Key + ")";
    EXPECT_FALSE(structurallyEqual(*M, *C, everything())) << Where;
    EXPECT_NE(findFirstDifference(*M, *C, everything()), "") << Where;
    EXPECT_NE(structuralHash(*C, everything()), Hash) << Where;
    bool Meaningful = Change.Role == FieldRole::Semantic;
    EXPECT_EQ(structurallyEqual(*M, *C, Meaning), !Meaningful) << Where;
    if (Meaningful)
      EXPECT_NE(structuralHash(*C, Meaning), MeaningHash) << Where;
    else
      EXPECT_EQ(structuralHash(*C, Meaning), MeaningHash) << Where;
    Presentation += !Meaningful;
  }
  EXPECT_GT(Presentation, 10u);
}

TEST(StructuralEquality, FirstDifferenceHasAPath) {
  Context Ctx;
  auto A = buildEveryNodeModule(Ctx);
  auto B = A->clone();
  Table *T = B->lookupTable(QualifiedName("app", "t"));
  ASSERT_TRUE(T);
  auto &Gen = *T->Columns[2].details().Generation;
  llvm::cast<Literal>(*llvm::cast<BinaryOp>(*Gen.Expression).RHS).Value = "3";
  EXPECT_EQ(findFirstDifference(*A, *B),
            "table app.t / columns / column c3 / generated / expression / "
            "(binary) / rhs / (lit) / value: \"2\" vs \"3\"");
  T->Columns[2].details().Generation.reset();
  EXPECT_EQ(findFirstDifference(*A, *B),
            "table app.t / columns / column c3 / generated: set vs none");
  T->Constraints[0].OnDelete = ForeignKeyAction::Cascade;
  EXPECT_EQ(findFirstDifference(
                A->lookupTable(QualifiedName("app", "t"))->Constraints[0],
                T->Constraints[0]),
            "on_delete: unspecified vs cascade");
}

TEST(StructuralEquality, PresentationOnlyFields) {
  Context Ctx;
  auto M = std::make_unique<Module>(Ctx);
  auto Lit = [] {
    return std::make_unique<Literal>(Location(), Literal::LitKind::String, "1");
  };
  Cast A(Location(), Lit(), DataType(TypeKind::Integer),
         Cast::Syntax::DoubleColon);
  Cast B(Location(), Lit(), DataType(TypeKind::Integer),
         Cast::Syntax::CastFunction);
  B.Type.Spelling = "int4";
  StructuralOptions Meaning;
  Meaning.ComparePresentation = false;
  EXPECT_FALSE(structurallyEqual(A, B));
  EXPECT_TRUE(structurallyEqual(A, B, Meaning));
  EXPECT_EQ(structuralHash(A, Meaning), structuralHash(B, Meaning));
  B.Type.Kind = TypeKind::BigInt;
  EXPECT_FALSE(structurallyEqual(A, B, Meaning));
}

TEST(Walk, ObjectRootsAndChildrenInOrder) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  // Every expression of the table is reached from its roots.
  Table *T = M->lookupTable(QualifiedName("app", "t"));
  unsigned Roots = 0, All = 0;
  forEachChild(
      *T, [&](ExprPtr &) { ++Roots; }, [&](RelPtr &) { ++Roots; });
  walk(
      *T, [&](const Expr &) { ++All; }, nullptr);
  EXPECT_EQ(Roots, 6u);
  EXPECT_GT(All, Roots);
  // A relation's inputs come before its expressions.
  View *V = M->lookupView(QualifiedName("app", "v"));
  std::vector<std::string> Order;
  walk(
      *V, [&](const Expr &E) { Order.push_back(E.getKindName().str()); },
      [&](const Rel &R) { Order.push_back(R.getKindName().str()); });
  ASSERT_GT(Order.size(), 3u);
  EXPECT_EQ(Order[0], "with");
  EXPECT_EQ(Order[1], "values"); // the first CTE, before the body
}

} // namespace
