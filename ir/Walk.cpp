//===- Walk.cpp - Generic traversal of expressions and queries ------------===//
//
// Part of schemac. Driven by the field descriptions of NodeFields.h: the
// children of a node are the expressions and relations in its described
// fields, in description order; a relation's inputs come first.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Walk.h"
#include "schemac/ir/NodeFields.h"

using namespace schemac;
using namespace schemac::fielddetail;

using ExprFn = llvm::function_ref<void(ExprPtr &)>;
using RelFn = llvm::function_ref<void(RelPtr &)>;

namespace {

bool isInput(TextForm F) {
  return F == TextForm::Child || F == TextForm::ChildLines;
}

struct ChildVisitor {
  ExprFn OnExpr;
  RelFn OnRel;

  /// The fields of T that own nodes; with \p Inputs, only (or, without,
  /// all but) the inputs of a relation.
  template <class T> void fields(T &N, std::optional<bool> Inputs = {}) {
    forEachField<T>([&](const auto &F) {
      using M = typename std::decay_t<decltype(F)>::Member;
      if constexpr (ownsNodes<M>())
        if (!Inputs || *Inputs == isInput(F.Form))
          if (auto *V = F.find(N))
            value(*V);
    });
  }

  template <class M> void value(M &V) {
    if constexpr (!ownsNodes<M>()) {
      return;
    } else if constexpr (std::is_same_v<M, ExprPtr>) {
      if (V)
        OnExpr(V);
    } else if constexpr (std::is_same_v<M, RelPtr>) {
      if (V)
        OnRel(V);
    } else if constexpr (IsUniquePtr<M>::value || IsOptional<M>::value) {
      if (V)
        value(*V);
    } else if constexpr (IsVector<M>::value) {
      for (auto &X : V)
        value(X);
    } else if constexpr (IsPair<M>::value) {
      value(V.first);
      value(V.second);
    } else {
      fields(V);
    }
  }
};

template <class N> N &mut(const N &X) { return const_cast<N &>(X); }

} // namespace

void schemac::forEachChild(Expr &E, ExprFn OnExpr, RelFn OnRel) {
  visitNode(E, [&](const auto &X) {
    ChildVisitor{OnExpr, OnRel}.fields(mut(X));
  });
}

void schemac::forEachChild(Rel &R, ExprFn OnExpr, RelFn OnRel) {
  visitNode(R, [&](const auto &X) {
    ChildVisitor V{OnExpr, OnRel};
    V.fields(mut(X), /*Inputs=*/true);
    V.fields(mut(X), /*Inputs=*/false);
  });
}

void schemac::forEachChild(Object &O, ExprFn OnExpr, RelFn OnRel) {
  visitNode(O, [&](const auto &X) {
    ChildVisitor{OnExpr, OnRel}.fields(mut(X));
  });
}

void schemac::walk(const Expr &E, ExprCallback OnExpr, RelCallback OnRel) {
  if (OnExpr)
    OnExpr(E);
  forEachChild(
      mut(E), [&](ExprPtr &C) { walk(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walk(*C, OnExpr, OnRel); });
}

void schemac::walk(const Rel &R, ExprCallback OnExpr, RelCallback OnRel) {
  if (OnRel)
    OnRel(R);
  forEachChild(
      mut(R), [&](ExprPtr &C) { walk(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walk(*C, OnExpr, OnRel); });
}

void schemac::walk(const Object &O, ExprCallback OnExpr, RelCallback OnRel) {
  forEachChild(
      mut(O), [&](ExprPtr &C) { walk(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walk(*C, OnExpr, OnRel); });
}

namespace {

struct DeepFinder {
  unsigned Limit;
  TooDeepNode Found;

  template <class N> void node(const N &X, unsigned Depth) {
    if (Found)
      return;
    if (Depth > Limit) {
      if constexpr (std::is_same_v<N, Expr>)
        Found.E = &X;
      else
        Found.R = &X;
      return;
    }
    forEachChild(
        mut(X), [&](ExprPtr &C) { node<Expr>(*C, Depth + 1); },
        [&](RelPtr &C) { node<Rel>(*C, Depth + 1); });
  }
};

} // namespace

TooDeepNode schemac::findTooDeep(const Object &O, unsigned Limit) {
  DeepFinder F{Limit, {}};
  forEachChild(
      mut(O), [&](ExprPtr &C) { F.node<Expr>(*C, 1); },
      [&](RelPtr &C) { F.node<Rel>(*C, 1); });
  return F.Found;
}

template <class T>
static TooDeepNode findTooDeepIn(const T &N, unsigned Limit) {
  DeepFinder F{Limit, {}};
  ChildVisitor{[&](ExprPtr &C) { F.node<Expr>(*C, 1); },
               [&](RelPtr &C) { F.node<Rel>(*C, 1); }}
      .fields(mut(N));
  return F.Found;
}

TooDeepNode schemac::findTooDeep(const Column &C, unsigned Limit) {
  return findTooDeepIn(C, Limit);
}
TooDeepNode schemac::findTooDeep(const Constraint &C, unsigned Limit) {
  return findTooDeepIn(C, Limit);
}
TooDeepNode schemac::findTooDeep(const DomainCheck &C, unsigned Limit) {
  return findTooDeepIn(C, Limit);
}
TooDeepNode schemac::findTooDeep(const PartitionBound &B, unsigned Limit) {
  return findTooDeepIn(B, Limit);
}

TooDeepNode schemac::findTooDeep(const Expr &E, unsigned Limit) {
  DeepFinder F{Limit, {}};
  F.node<Expr>(E, 1);
  return F.Found;
}

TooDeepNode schemac::findTooDeep(const Rel &R, unsigned Limit) {
  DeepFinder F{Limit, {}};
  F.node<Rel>(R, 1);
  return F.Found;
}
