//===- Walk.cpp - Generic traversal of expressions and queries ------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Walk.h"

using namespace schemac;

using ExprFn = llvm::function_ref<void(ExprPtr &)>;
using RelFn = llvm::function_ref<void(RelPtr &)>;

static void visitOpt(ExprPtr &E, ExprFn F) {
  if (E)
    F(E);
}

static void visitWindow(WindowSpec &W, ExprFn F) {
  for (ExprPtr &E : W.PartitionBy)
    visitOpt(E, F);
  for (SortKey &K : W.OrderBy)
    visitOpt(K.Value, F);
  visitOpt(W.Start.Offset, F);
  if (W.End)
    visitOpt(W.End->Offset, F);
}

void schemac::forEachChild(Expr &E, ExprFn OnExpr, RelFn OnRel) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef:
  case Expr::Kind::Literal:
  case Expr::Kind::Param:
    return;
  case Expr::Kind::UnaryOp:
    visitOpt(llvm::cast<UnaryOp>(E).Operand, OnExpr);
    return;
  case Expr::Kind::BinaryOp: {
    auto &B = llvm::cast<BinaryOp>(E);
    visitOpt(B.LHS, OnExpr);
    visitOpt(B.RHS, OnExpr);
    visitOpt(B.Escape, OnExpr);
    return;
  }
  case Expr::Kind::FuncCall: {
    auto &C = llvm::cast<FuncCall>(E);
    for (ExprPtr &A : C.Args)
      visitOpt(A, OnExpr);
    for (SortKey &K : C.OrderBy)
      visitOpt(K.Value, OnExpr);
    visitOpt(C.Filter, OnExpr);
    if (C.Over)
      visitWindow(*C.Over, OnExpr);
    return;
  }
  case Expr::Kind::Cast:
    visitOpt(llvm::cast<Cast>(E).Operand, OnExpr);
    return;
  case Expr::Kind::Case: {
    auto &C = llvm::cast<Case>(E);
    visitOpt(C.Operand, OnExpr);
    for (auto &W : C.Whens) {
      visitOpt(W.first, OnExpr);
      visitOpt(W.second, OnExpr);
    }
    visitOpt(C.Else, OnExpr);
    return;
  }
  case Expr::Kind::SubqueryExpr: {
    auto &S = llvm::cast<SubqueryExpr>(E);
    visitOpt(S.LHS, OnExpr);
    if (S.Query)
      OnRel(S.Query);
    return;
  }
  case Expr::Kind::InList: {
    auto &I = llvm::cast<InList>(E);
    visitOpt(I.LHS, OnExpr);
    for (ExprPtr &X : I.Items)
      visitOpt(X, OnExpr);
    return;
  }
  case Expr::Kind::Between: {
    auto &B = llvm::cast<Between>(E);
    visitOpt(B.Operand, OnExpr);
    visitOpt(B.Low, OnExpr);
    visitOpt(B.High, OnExpr);
    return;
  }
  case Expr::Kind::IsTest:
    visitOpt(llvm::cast<IsTest>(E).Operand, OnExpr);
    return;
  case Expr::Kind::Quantified: {
    auto &Q = llvm::cast<Quantified>(E);
    visitOpt(Q.LHS, OnExpr);
    visitOpt(Q.RHS, OnExpr);
    return;
  }
  case Expr::Kind::ArrayExpr:
    for (ExprPtr &X : llvm::cast<ArrayExpr>(E).Elements)
      visitOpt(X, OnExpr);
    return;
  case Expr::Kind::RowExpr:
    for (ExprPtr &X : llvm::cast<RowExpr>(E).Fields)
      visitOpt(X, OnExpr);
    return;
  case Expr::Kind::Subscript: {
    auto &S = llvm::cast<Subscript>(E);
    visitOpt(S.Base, OnExpr);
    visitOpt(S.Lower, OnExpr);
    visitOpt(S.Upper, OnExpr);
    return;
  }
  case Expr::Kind::FieldAccess:
    visitOpt(llvm::cast<FieldAccess>(E).Base, OnExpr);
    return;
  case Expr::Kind::CollateExpr:
    visitOpt(llvm::cast<CollateExpr>(E).Operand, OnExpr);
    return;
  case Expr::Kind::GroupingSet:
    for (ExprPtr &X : llvm::cast<GroupingSet>(E).Items)
      visitOpt(X, OnExpr);
    return;
  }
}

void schemac::forEachChild(Rel &R, ExprFn OnExpr, RelFn OnRel) {
  auto Input = [&](RelPtr &P) {
    if (P)
      OnRel(P);
  };
  switch (R.getKind()) {
  case Rel::Kind::Scan:
    return;
  case Rel::Kind::SubqueryScan:
    Input(llvm::cast<SubqueryScan>(R).Input);
    return;
  case Rel::Kind::FunctionScan:
    visitOpt(llvm::cast<FunctionScan>(R).Call, OnExpr);
    return;
  case Rel::Kind::Values:
    for (auto &Row : llvm::cast<Values>(R).Rows)
      for (ExprPtr &E : Row)
        visitOpt(E, OnExpr);
    return;
  case Rel::Kind::Filter: {
    auto &F = llvm::cast<Filter>(R);
    Input(F.Input);
    visitOpt(F.Condition, OnExpr);
    return;
  }
  case Rel::Kind::Project: {
    auto &P = llvm::cast<Project>(R);
    Input(P.Input);
    for (SelectItem &I : P.Items)
      visitOpt(I.Value, OnExpr);
    for (ExprPtr &E : P.DistinctOn)
      visitOpt(E, OnExpr);
    for (auto &W : P.Windows)
      if (W.second)
        visitWindow(*W.second, OnExpr);
    return;
  }
  case Rel::Kind::Join: {
    auto &J = llvm::cast<Join>(R);
    Input(J.Left);
    Input(J.Right);
    visitOpt(J.Condition, OnExpr);
    return;
  }
  case Rel::Kind::Aggregate: {
    auto &A = llvm::cast<Aggregate>(R);
    Input(A.Input);
    for (ExprPtr &E : A.GroupBy)
      visitOpt(E, OnExpr);
    return;
  }
  case Rel::Kind::Sort: {
    auto &S = llvm::cast<Sort>(R);
    Input(S.Input);
    for (SortKey &K : S.Keys)
      visitOpt(K.Value, OnExpr);
    return;
  }
  case Rel::Kind::Limit: {
    auto &L = llvm::cast<Limit>(R);
    Input(L.Input);
    visitOpt(L.Count, OnExpr);
    visitOpt(L.Offset, OnExpr);
    return;
  }
  case Rel::Kind::SetOp: {
    auto &S = llvm::cast<SetOp>(R);
    Input(S.Left);
    Input(S.Right);
    return;
  }
  case Rel::Kind::With: {
    auto &W = llvm::cast<With>(R);
    for (CommonTableExpr &C : W.Ctes)
      Input(C.Query);
    Input(W.Body);
    return;
  }
  }
}

void schemac::walk(const Expr &E, ExprCallback OnExpr, RelCallback OnRel) {
  if (OnExpr)
    OnExpr(E);
  forEachChild(
      const_cast<Expr &>(E), [&](ExprPtr &C) { walk(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walk(*C, OnExpr, OnRel); });
}

void schemac::walk(const Rel &R, ExprCallback OnExpr, RelCallback OnRel) {
  if (OnRel)
    OnRel(R);
  forEachChild(
      const_cast<Rel &>(R), [&](ExprPtr &C) { walk(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walk(*C, OnExpr, OnRel); });
}
