//===- ExprBuilders.h - Small IR expressions for backend tests --*- C++ -*-===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_BACKENDS_EXPRBUILDERS_H
#define SCHEMAC_UNITTESTS_BACKENDS_EXPRBUILDERS_H

#include "schemac/ir/Expr.h"

#include <memory>
#include <string>

namespace schemac {
namespace backendtest {

inline ExprPtr col(const std::string &C) {
  return std::make_unique<ColumnRef>(Location(), std::vector<std::string>{C});
}
inline ExprPtr num(const std::string &V) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::Integer, V);
}
inline ExprPtr str(const std::string &V) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::String, V);
}
inline ExprPtr bin(const std::string &Op, ExprPtr L, ExprPtr R) {
  return std::make_unique<BinaryOp>(Location(), Op, std::move(L), std::move(R));
}

} // namespace backendtest
} // namespace schemac

#endif // SCHEMAC_UNITTESTS_BACKENDS_EXPRBUILDERS_H
