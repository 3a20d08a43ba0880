//===- Expr.cpp - Scalar expressions of the IR ----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Expr.h"
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
  if (Spelling == Spelling_)                                                   \
    return BinaryOpKind::Kind;
#include "schemac/ir/OperatorKinds.def"
  return BinaryOpKind::Other;
}

UnaryOpKind schemac::getNotationUnaryOpKind(llvm::StringRef Spelling) {
#define SCHEMAC_UNARY_SPELLING(Spelling_, Kind)                                \
  if (Spelling == Spelling_)                                                   \
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

SortKey SortKey::clone() const {
  SortKey K;
  K.Value = cloneExpr(Value);
  K.Direction = Direction;
  K.UsingOp = UsingOp;
  K.Nulls = Nulls;
  return K;
}

static std::vector<SortKey> cloneKeys(const std::vector<SortKey> &V) {
  std::vector<SortKey> R;
  R.reserve(V.size());
  for (const SortKey &K : V)
    R.push_back(K.clone());
  return R;
}

std::unique_ptr<WindowSpec> WindowSpec::clone() const {
  auto W = std::make_unique<WindowSpec>();
  W->RefName = RefName;
  W->PartitionBy = cloneExprs(PartitionBy);
  W->OrderBy = cloneKeys(OrderBy);
  W->Mode = Mode;
  W->Start.Kind = Start.Kind;
  W->Start.Offset = cloneExpr(Start.Offset);
  if (End) {
    W->End.emplace();
    W->End->Kind = End->Kind;
    W->End->Offset = cloneExpr(End->Offset);
  }
  W->Exclude = Exclude;
  return W;
}

ExprPtr Expr::clone() const {
  switch (K) {
  case Kind::ColumnRef: {
    auto &E = llvm::cast<ColumnRef>(*this);
    return std::make_unique<ColumnRef>(Loc, E.Path, E.Star);
  }
  case Kind::Literal: {
    auto &E = llvm::cast<Literal>(*this);
    return std::make_unique<Literal>(Loc, E.LK, E.Value);
  }
  case Kind::Param: {
    auto &E = llvm::cast<Param>(*this);
    return std::make_unique<Param>(Loc, E.Number, E.Name);
  }
  case Kind::UnaryOp: {
    auto &E = llvm::cast<UnaryOp>(*this);
    auto R = std::make_unique<UnaryOp>(Loc, E.Op, cloneExpr(E.Operand));
    R->OpSchema = E.OpSchema;
    R->OpKind = E.OpKind;
    return R;
  }
  case Kind::BinaryOp: {
    auto &E = llvm::cast<BinaryOp>(*this);
    auto R = std::make_unique<BinaryOp>(Loc, E.Op, cloneExpr(E.LHS),
                                        cloneExpr(E.RHS));
    R->OpSchema = E.OpSchema;
    R->Escape = cloneExpr(E.Escape);
    R->OpKind = E.OpKind;
    return R;
  }
  case Kind::FuncCall: {
    auto &E = llvm::cast<FuncCall>(*this);
    auto R = std::make_unique<FuncCall>(Loc, E.Name, cloneExprs(E.Args));
    R->ArgNames = E.ArgNames;
    R->Star = E.Star;
    R->Distinct = E.Distinct;
    R->Variadic = E.Variadic;
    R->OrderBy = cloneKeys(E.OrderBy);
    R->WithinGroup = E.WithinGroup;
    R->Filter = cloneExpr(E.Filter);
    if (E.Over)
      R->Over = E.Over->clone();
    R->Form = E.Form;
    R->TrimSpec = E.TrimSpec;
    return R;
  }
  case Kind::Cast: {
    auto &E = llvm::cast<Cast>(*this);
    return std::make_unique<Cast>(Loc, cloneExpr(E.Operand), E.Type, E.Form);
  }
  case Kind::Case: {
    auto &E = llvm::cast<Case>(*this);
    auto R = std::make_unique<Case>(Loc);
    R->Operand = cloneExpr(E.Operand);
    for (auto &W : E.Whens)
      R->Whens.emplace_back(cloneExpr(W.first), cloneExpr(W.second));
    R->Else = cloneExpr(E.Else);
    return R;
  }
  case Kind::SubqueryExpr: {
    auto &E = llvm::cast<SubqueryExpr>(*this);
    auto R = std::make_unique<SubqueryExpr>(Loc, E.SK, cloneRel(E.Query));
    R->LHS = cloneExpr(E.LHS);
    R->Op = E.Op;
    R->Negated = E.Negated;
    return R;
  }
  case Kind::InList: {
    auto &E = llvm::cast<InList>(*this);
    auto R = std::make_unique<InList>(Loc, cloneExpr(E.LHS));
    R->Items = cloneExprs(E.Items);
    R->Negated = E.Negated;
    return R;
  }
  case Kind::Between: {
    auto &E = llvm::cast<Between>(*this);
    auto R = std::make_unique<Between>(Loc, cloneExpr(E.Operand),
                                       cloneExpr(E.Low), cloneExpr(E.High));
    R->Negated = E.Negated;
    R->Symmetric = E.Symmetric;
    return R;
  }
  case Kind::IsTest: {
    auto &E = llvm::cast<IsTest>(*this);
    return std::make_unique<IsTest>(Loc, cloneExpr(E.Operand), E.What,
                                    E.Negated);
  }
  case Kind::Quantified: {
    auto &E = llvm::cast<Quantified>(*this);
    return std::make_unique<Quantified>(Loc, cloneExpr(E.LHS), E.Op, E.Q,
                                        cloneExpr(E.RHS));
  }
  case Kind::ArrayExpr: {
    auto &E = llvm::cast<ArrayExpr>(*this);
    auto R = std::make_unique<ArrayExpr>(Loc);
    R->Elements = cloneExprs(E.Elements);
    R->Keyword = E.Keyword;
    return R;
  }
  case Kind::RowExpr: {
    auto &E = llvm::cast<RowExpr>(*this);
    auto R = std::make_unique<RowExpr>(Loc);
    R->Fields = cloneExprs(E.Fields);
    R->Keyword = E.Keyword;
    return R;
  }
  case Kind::Subscript: {
    auto &E = llvm::cast<Subscript>(*this);
    auto R = std::make_unique<Subscript>(Loc, cloneExpr(E.Base));
    R->Lower = cloneExpr(E.Lower);
    R->Upper = cloneExpr(E.Upper);
    R->Slice = E.Slice;
    return R;
  }
  case Kind::FieldAccess: {
    auto &E = llvm::cast<FieldAccess>(*this);
    return std::make_unique<FieldAccess>(Loc, cloneExpr(E.Base), E.Field);
  }
  case Kind::CollateExpr: {
    auto &E = llvm::cast<CollateExpr>(*this);
    return std::make_unique<CollateExpr>(Loc, cloneExpr(E.Operand),
                                         E.Collation);
  }
  case Kind::GroupingSet: {
    auto &E = llvm::cast<GroupingSet>(*this);
    auto R = std::make_unique<GroupingSet>(Loc, E.SK);
    R->Items = cloneExprs(E.Items);
    return R;
  }
  }
  return nullptr;
}
