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

struct Column;
struct Constraint;
struct DomainCheck;
struct PartitionBound;

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

/// The first expression or relation, in walk order, nested deeper than
/// \p Limit levels, counting as the IR readers do: each expression and
/// relation node is a level, the roots an object owns (or \p E, \p R
/// itself) the first. Both null if there is none. Never recurses deeper
/// than the limit, however deep the IR is.
struct TooDeepNode {
  const Expr *E = nullptr;
  const Rel *R = nullptr;
  explicit operator bool() const { return E || R; }
  Location getLoc() const { return E ? E->Loc : R ? R->Loc : Location(); }
  /// "expression" or "query", for messages.
  const char *getNoun() const { return E ? "expression" : "query"; }
};
TooDeepNode findTooDeep(const Object &O, unsigned Limit);
/// The same for the parts of an object a schema change carries.
TooDeepNode findTooDeep(const Column &C, unsigned Limit);
TooDeepNode findTooDeep(const Constraint &C, unsigned Limit);
TooDeepNode findTooDeep(const DomainCheck &C, unsigned Limit);
TooDeepNode findTooDeep(const PartitionBound &B, unsigned Limit);
TooDeepNode findTooDeep(const Expr &E, unsigned Limit);
TooDeepNode findTooDeep(const Rel &R, unsigned Limit);

} // namespace schemac

#endif // SCHEMAC_IR_WALK_H
