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

bool schemac::isChainPrefix(const Expr &E) {
  if (llvm::isa<OpChain>(E))
    return true;
  const auto *B = llvm::dyn_cast<BinaryOp>(&E);
  return B && B->OpSchema.empty() && !B->Escape;
}

ExprPtr schemac::extendChain(std::unique_ptr<BinaryOp> B) {
  assert(B->LHS && isChainPrefix(*B->LHS) && B->OpSchema.empty() &&
         !B->Escape && "not a link of a chain");
  ChainLink Link(B->Loc, std::move(B->Op), std::move(B->RHS));
  Link.OpKind = B->OpKind;
  ExprPtr Prefix = std::move(B->LHS);
  if (auto *C = llvm::dyn_cast<OpChain>(Prefix.get())) {
    C->Loc = Link.Loc;
    C->Links.push_back(std::move(Link));
    return Prefix;
  }
  auto &First = llvm::cast<BinaryOp>(*Prefix);
  auto C = std::make_unique<OpChain>(Link.Loc, std::move(First.LHS));
  C->Links.reserve(2);
  C->Links.emplace_back(First.Loc, std::move(First.Op), std::move(First.RHS));
  C->Links.back().OpKind = First.OpKind;
  C->Links.push_back(std::move(Link));
  return C;
}

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

const DataType *schemac::getXmlFormType(const FuncCall &F) {
  static const DataType Xml(TypeKind::Xml), Boolean(TypeKind::Boolean);
  switch (F.Form) {
  case FuncCall::Syntax::XmlElement:
  case FuncCall::Syntax::XmlForest:
  case FuncCall::Syntax::XmlParse:
  case FuncCall::Syntax::XmlPi:
  case FuncCall::Syntax::XmlRoot:
    return &Xml;
  case FuncCall::Syntax::XmlExists:
    return &Boolean;
  case FuncCall::Syntax::XmlSerialize:
    if (F.Args.size() == 2)
      if (auto *C = llvm::dyn_cast_or_null<Cast>(F.Args[1].get()))
        return &C->Type;
    return nullptr;
  case FuncCall::Syntax::Normal:
    return F.Name.size() == 1 && F.Name[0] == "xmlconcat" ? &Xml : nullptr;
  default:
    return nullptr;
  }
}
