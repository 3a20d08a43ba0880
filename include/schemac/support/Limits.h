//===- Limits.h - Limits schemac applies to its input -----------*- C++ -*-===//
//
// Part of schemac. The limits that more than one component applies, so that
// what one accepts the others accept too (docs/Limits.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_LIMITS_H
#define SCHEMAC_SUPPORT_LIMITS_H

namespace schemac {

/// The deepest nesting of expressions and queries, in levels. The IR
/// readers (textual and JSON) count every expression and relation node as a
/// level; the SQL frontends refuse brackets and CASE nested deeper than this
/// before parsing and any statement whose IR would be deeper after
/// lowering, so that every output reads back. Flat chains of binary
/// operators (`a + b + c`, OpChain) are one level, whatever their length.
inline constexpr unsigned MaxNestingDepth = 1000;

} // namespace schemac

#endif // SCHEMAC_SUPPORT_LIMITS_H
