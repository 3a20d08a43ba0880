//===- OperatorTable.cpp - Operators of a dialect -------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/dialects/OperatorTable.h"

#include <cassert>

using namespace schemac;

namespace {
constexpr size_t NumBinaryKinds = 0
// Counts the rows (a sum, not an expression to parenthesize).
// NOLINTNEXTLINE(bugprone-macro-parentheses)
#define SCHEMAC_BINARY_OP(Kind, IRName) +1
#include "schemac/ir/OperatorKinds.def"
    ;
constexpr size_t NumUnaryKinds = 0
// NOLINTNEXTLINE(bugprone-macro-parentheses)
#define SCHEMAC_UNARY_OP(Kind, IRName) +1
#include "schemac/ir/OperatorKinds.def"
    ;
} // namespace

namespace {
/// Indexes \p Rows by spelling and by kind (the first row of a kind). A
/// spelling may be listed again for another kind (T-SQL's `+` adds and
/// concatenates): it is read as its first row and written for both kinds.
template <typename Row, typename KindT>
void indexRows(llvm::ArrayRef<Row> Rows,
               llvm::StringMap<const Row *> &BySpelling,
               std::vector<const Row *> &ByKind) {
  for (const Row &R : Rows) {
    auto [It, New] = BySpelling.try_emplace(R.Spelling, &R);
    assert((New || It->second->Kind != R.Kind) &&
           "an operator spelling is listed once per kind");
    (void)It;
    (void)New;
    const Row *&K = ByKind[static_cast<size_t>(R.Kind)];
    if (!K && R.Kind != KindT::Other)
      K = &R;
  }
}
} // namespace

OperatorTable::OperatorTable(llvm::ArrayRef<BinaryOperator> Binary,
                             llvm::ArrayRef<UnaryOperator> Unary,
                             llvm::ArrayRef<OperatorFunction> Functions)
    : Binary(Binary), Unary(Unary), Functions(Functions),
      BinaryByKind(NumBinaryKinds), UnaryByKind(NumUnaryKinds) {
  indexRows<BinaryOperator, BinaryOpKind>(Binary, BinaryBySpelling,
                                          BinaryByKind);
  indexRows<UnaryOperator, UnaryOpKind>(Unary, UnaryBySpelling, UnaryByKind);
}

const BinaryOperator *
OperatorTable::findBinary(llvm::StringRef Spelling) const {
  auto It = BinaryBySpelling.find(Spelling);
  return It == BinaryBySpelling.end() ? nullptr : It->second;
}

const UnaryOperator *OperatorTable::findUnary(llvm::StringRef Spelling) const {
  auto It = UnaryBySpelling.find(Spelling);
  return It == UnaryBySpelling.end() ? nullptr : It->second;
}

const BinaryOperator *OperatorTable::getBinary(BinaryOpKind K) const {
  return BinaryByKind[static_cast<size_t>(K)];
}

const UnaryOperator *OperatorTable::getUnary(UnaryOpKind K) const {
  return UnaryByKind[static_cast<size_t>(K)];
}

const char *OperatorTable::getFunction(BinaryOpKind K) const {
  for (const OperatorFunction &F : Functions)
    if (F.Kind == K)
      return F.Function;
  return nullptr;
}
