//===- NodeFieldsTest.cpp - Guards for the field descriptions -------------===//
//
// Part of schemac. A field added to a node but not to its description in
// NodeFields.h would be silently dropped by the printer, parser, JSON,
// equality, hashing and copies. These guards catch it:
//   - every node type has the size its description was written for;
//   - every described field has a non-default value somewhere in the
//     kitchen-sink module (so the round-trip and mutation tests exercise
//     it).
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/NodeFields.h"

#include "gtest/gtest.h"

#include <map>
#include <set>

using namespace schemac;
using namespace schemac::irtest;
using namespace schemac::fielddetail;

namespace {

// The sizes (x86-64, libstdc++) of every described type. When a size
// changes, a member was added or removed: update the type's description in
// NodeFields.h (and the kitchen-sink module in IRTestUtil.cpp), then the
// number here.
#define SCHEMAC_NODE_SIZES(X)                                                  \
  X(Object, 192)                                                               \
  X(Expr, 24)                                                                  \
  X(Rel, 24)                                                                   \
  X(Setting, 232)                                                              \
  X(SchemaDecl, 224)                                                           \
  X(EnumType, 216)                                                             \
  X(Domain, 336)                                                               \
  X(Sequence, 496)                                                             \
  X(Table, 680)                                                                \
  X(View, 392)                                                                 \
  X(Index, 408)                                                                \
  X(OpaqueObject, 384)                                                         \
  X(ColumnRef, 56)                                                             \
  X(Literal, 64)                                                               \
  X(Param, 64)                                                                 \
  X(UnaryOp, 104)                                                              \
  X(BinaryOp, 120)                                                             \
  X(OpChain, 56)                                                               \
  X(ChainLink, 56)                                                             \
  X(FuncCall, 192)                                                             \
  X(Cast, 80)                                                                  \
  X(Case, 64)                                                                  \
  X(SubqueryExpr, 88)                                                          \
  X(InList, 64)                                                                \
  X(Between, 56)                                                               \
  X(IsTest, 72)                                                                \
  X(Quantified, 80)                                                            \
  X(ArrayExpr, 56)                                                             \
  X(RowExpr, 56)                                                               \
  X(Subscript, 56)                                                             \
  X(FieldAccess, 64)                                                           \
  X(CollateExpr, 96)                                                           \
  X(GroupingSet, 56)                                                           \
  X(Scan, 152)                                                                 \
  X(SubqueryScan, 96)                                                          \
  X(FunctionScan, 120)                                                         \
  X(XmlTable, 152)                                                             \
  X(Values, 104)                                                               \
  X(Filter, 40)                                                                \
  X(Project, 112)                                                              \
  X(Join, 80)                                                                  \
  X(Aggregate, 64)                                                             \
  X(Sort, 56)                                                                  \
  X(Limit, 56)                                                                 \
  X(SetOp, 48)                                                                 \
  X(With, 64)                                                                  \
  X(DataType, 40)                                                              \
  X(SequenceOptions, 200)                                                      \
  X(IndexElement, 72)                                                          \
  X(IndexElement::Details, 152)                                                \
  X(ExclusionElement, 104)                                                     \
  X(Column::Generated, 16)                                                     \
  X(Column::Identity, 208)                                                     \
  X(Column, 112)                                                               \
  X(Column::Details, 216)                                                      \
  X(Constraint, 488)                                                           \
  X(DomainCheck, 104)                                                          \
  X(PartitionSpec, 32)                                                         \
  X(PartitionBound, 96)                                                        \
  X(SortKey, 56)                                                               \
  X(WindowSpec::Bound, 16)                                                     \
  X(WindowSpec, 136)                                                           \
  X(SelectItem, 48)                                                            \
  X(CommonTableExpr, 80)                                                       \
  X(XmlNamespace, 40)                                                          \
  X(XmlTableColumn, 112)

#if defined(__x86_64__) && defined(__GLIBCXX__)
#define SCHEMAC_CHECK_SIZE(T, N)                                               \
  static_assert(sizeof(T) == (N),                                              \
                #T " changed size: describe the new member in its "            \
                   "NodeFields<" #T "> entry (include/schemac/ir/"             \
                   "NodeFields.h), set it in the kitchen-sink module "         \
                   "(unittests/IR/IRTestUtil.cpp), then update the size in "   \
                   "NodeFieldsTest.cpp");
SCHEMAC_NODE_SIZES(SCHEMAC_CHECK_SIZE)
#undef SCHEMAC_CHECK_SIZE
#endif

TEST(NodeFields, EveryDescribedTypeHasASizeCheck) {
  std::set<std::string> Sized = {
#define SCHEMAC_NAME(T, N) #T,
      SCHEMAC_NODE_SIZES(SCHEMAC_NAME)
#undef SCHEMAC_NAME
  };
  forEachDescribedType([&]<class T>(const char *Name) {
    EXPECT_TRUE(Sized.count(Name)) << Name << " has no size check";
  });
}

/// Records, per described type, the fields seen with a non-default value.
class Coverage {
public:
  std::map<std::string, std::set<std::string>> Seen;

  void module(const Module &M) {
    for (const ObjectPtr &O : M.objects())
      visitNode(*O, [&](const auto &X) {
        fields<Object>(*O, "Object");
        fields(X, nameOf(X));
      });
  }

private:
  template <class T> static const char *nameOf(const T &) {
    const char *R = "";
    forEachDescribedType([&]<class U>(const char *Name) {
      if (std::is_same_v<T, U>)
        R = Name;
    });
    return R;
  }

  template <class T> void fields(const T &N, const char *Name) {
    forEachField<T>([&](const auto &F) {
      if (!isDefault(F, N))
        Seen[Name].insert(F.Key);
      value(F.get(N));
    });
  }

  void value(const ExprPtr &E) {
    if (!E)
      return;
    visitNode(*E, [&](const auto &X) { fields(X, nameOf(X)); });
    fields<Expr>(*E, "Expr");
  }
  void value(const RelPtr &R) {
    if (!R)
      return;
    visitNode(*R, [&](const auto &X) { fields(X, nameOf(X)); });
    fields<Rel>(*R, "Rel");
  }
  template <class X> void value(const std::unique_ptr<X> &P) {
    if (P)
      value(*P);
  }
  template <class X> void value(const std::vector<X> &V) {
    for (const X &E : V)
      value(E);
  }
  template <class X, class Y> void value(const std::pair<X, Y> &P) {
    value(P.first);
    value(P.second);
  }
  template <class X> void value(const X &V) {
    if constexpr (IsOptional<X>::value) {
      if (V)
        value(*V);
    } else if constexpr (Described<X>) {
      fields(V, nameOf(V));
    }
  }
};

TEST(NodeFields, EveryFieldIsSetInTheKitchenSinkModule) {
  Context Ctx;
  auto M = buildEveryNodeModule(Ctx);
  Coverage C;
  C.module(*M);
  unsigned Fields = 0;
  forEachDescribedType([&]<class T>(const char *Name) {
    forEachField<T>([&](const auto &F) {
      ++Fields;
      EXPECT_TRUE(C.Seen[Name].count(F.Key))
          << Name << "::" << F.Key
          << " has its default value everywhere in the kitchen-sink module; "
             "set it somewhere in buildEveryNodeModule()";
    });
  });
  EXPECT_GT(Fields, 250u);
}

TEST(NodeFields, KeysAreUniquePerNode) {
  forEachDescribedType([&]<class T>(const char *Name) {
    std::set<std::string> Keys;
    if constexpr (!std::is_same_v<CommonBase<T>, void>)
      forEachField<CommonBase<T>>([&](const auto &F) { Keys.insert(F.Key); });
    constexpr bool IsBase = std::is_same_v<CommonBase<T>, T>;
    forEachField<T>([&](const auto &F) {
      EXPECT_TRUE(Keys.insert(F.Key).second || IsBase)
          << Name << " has two fields with the key '" << F.Key << "'";
    });
  });
}

} // namespace
