//===- Expr.cpp - Scalar expressions of the IR ----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Expr.h"
#include "FieldCopy.h"
#include "schemac/ir/Rel.h"

using namespace schemac;

Expr::~Expr() = default;

llvm::StringRef Expr::getKindName() const {
  switch (K) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Kind::Class:                                                            \
    return IRName;
#include "schemac/ir/ExprKinds.def"
  }
  return "?";
}

llvm::StringRef schemac::getBinaryOpKindName(BinaryOpKind K) {
  switch (K) {
#define SCHEMAC_BINARY_OP(Kind, IRName)                                        \
  case BinaryOpKind::Kind:                                                     \
    return IRName;
#include "schemac/ir/OperatorKinds.def"
  }
  return "?";
}

llvm::StringRef schemac::getUnaryOpKindName(UnaryOpKind K) {
  switch (K) {
#define SCHEMAC_UNARY_OP(Kind, IRName)                                         \
  case UnaryOpKind::Kind:                                                      \
    return IRName;
#include "schemac/ir/OperatorKinds.def"
  }
  return "?";
}

BinaryOpKind schemac::getNotationBinaryOpKind(llvm::StringRef Spelling) {
#define SCHEMAC_BINARY_SPELLING(Spelling_, Kind)                               \
  if (Spelling == (Spelling_))                                                 \
    return BinaryOpKind::Kind;
#include "schemac/ir/OperatorKinds.def"
  return BinaryOpKind::Other;
}

UnaryOpKind schemac::getNotationUnaryOpKind(llvm::StringRef Spelling) {
#define SCHEMAC_UNARY_SPELLING(Spelling_, Kind)                                \
  if (Spelling == (Spelling_))                                                 \
    return UnaryOpKind::Kind;
#include "schemac/ir/OperatorKinds.def"
  return UnaryOpKind::Other;
}

SubqueryExpr::SubqueryExpr(Location L, SubKind SK, RelPtr Query)
    : Expr(Kind::SubqueryExpr, L), SK(SK), Query(std::move(Query)) {}
SubqueryExpr::~SubqueryExpr() = default;

ExprPtr schemac::cloneExpr(const ExprPtr &E) {
  return E ? E->clone() : nullptr;
}
RelPtr schemac::cloneRel(const RelPtr &R) { return R ? R->clone() : nullptr; }
std::vector<ExprPtr> schemac::cloneExprs(const std::vector<ExprPtr> &V) {
  std::vector<ExprPtr> R;
  R.reserve(V.size());
  for (const ExprPtr &E : V)
    R.push_back(cloneExpr(E));
  return R;
}

SortKey SortKey::clone() const { return fieldcopy::cloneStruct(*this); }

std::unique_ptr<WindowSpec> WindowSpec::clone() const {
  auto W = std::make_unique<WindowSpec>();
  fieldcopy::copyFields(*this, *W);
  return W;
}

ExprPtr Expr::clone() const {
  return visitNode(
      *this, [](const auto &E) -> ExprPtr { return fieldcopy::cloneNode(E); });
}
