//===- Walk.h - Generic traversal of expressions and queries ---*- C++ -*-===//
//
// Part of schemac. walk() visits every expression and relational node below
// a root in pre-order, descending into subqueries, window specifications,
// sort keys and CTEs. Callbacks may be null.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_WALK_H
#define SCHEMAC_IR_WALK_H

#include "schemac/ir/Object.h"
#include "schemac/ir/Rel.h"

#include "llvm/ADT/STLFunctionalExtras.h"

namespace schemac {

using ExprCallback = llvm::function_ref<void(const Expr &)>;
using RelCallback = llvm::function_ref<void(const Rel &)>;

void walk(const Expr &E, ExprCallback OnExpr, RelCallback OnRel = nullptr);
void walk(const Rel &R, ExprCallback OnExpr, RelCallback OnRel = nullptr);
/// Every expression and relation owned by an object (defaults, checks,
/// generated columns, index and partition keys, bounds, view queries, ...).
void walk(const Object &O, ExprCallback OnExpr, RelCallback OnRel = nullptr);

/// Calls \p Fn on each direct child expression / relation of a node.
void forEachChild(Expr &E, llvm::function_ref<void(ExprPtr &)> OnExpr,
                  llvm::function_ref<void(RelPtr &)> OnRel);
void forEachChild(Rel &R, llvm::function_ref<void(ExprPtr &)> OnExpr,
                  llvm::function_ref<void(RelPtr &)> OnRel);
/// Calls the callbacks on each non-null root expression / relation an object
/// owns directly (a column default, a constraint's check, a view's query,
/// ...), in field description order. Walk.h's walk(Object) descends from
/// them.
void forEachChild(Object &O, llvm::function_ref<void(ExprPtr &)> OnExpr,
                  llvm::function_ref<void(RelPtr &)> OnRel);

} // namespace schemac

#endif // SCHEMAC_IR_WALK_H
