//===- Visitor.h - CRTP visitors over expressions and queries --*- C++ -*-===//
//
// Part of schemac. Dispatch expands from ExprKinds.def and RelKinds.def:
//
//   struct Printer : ExprVisitor<Printer, std::string> {
//     std::string visitLiteral(const Literal &L) { ... }
//     std::string visitExpr(const Expr &E) { ... } // fallback
//   };
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_VISITOR_H
#define SCHEMAC_IR_VISITOR_H

#include "schemac/ir/Rel.h"

namespace schemac {

template <typename Derived, typename RetTy = void> class ExprVisitor {
public:
  RetTy visit(const Expr &E) {
    switch (E.getKind()) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    return static_cast<Derived *>(this)->visit##Class(                         \
        static_cast<const Class &>(E));
#include "schemac/ir/ExprKinds.def"
    }
    return RetTy();
  }
  RetTy visitExpr(const Expr &) { return RetTy(); }
#define SCHEMAC_EXPR(Class, IRName)                                            \
  RetTy visit##Class(const Class &E) {                                         \
    return static_cast<Derived *>(this)->visitExpr(E);                         \
  }
#include "schemac/ir/ExprKinds.def"
};

template <typename Derived, typename RetTy = void> class RelVisitor {
public:
  RetTy visit(const Rel &R) {
    switch (R.getKind()) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    return static_cast<Derived *>(this)->visit##Class(                         \
        static_cast<const Class &>(R));
#include "schemac/ir/RelKinds.def"
    }
    return RetTy();
  }
  RetTy visitRel(const Rel &) { return RetTy(); }
#define SCHEMAC_REL(Class, IRName)                                             \
  RetTy visit##Class(const Class &R) {                                         \
    return static_cast<Derived *>(this)->visitRel(R);                          \
  }
#include "schemac/ir/RelKinds.def"
};

} // namespace schemac

#endif // SCHEMAC_IR_VISITOR_H
