//===- StructuralEquality.h - Equality, hashing and differences -*- C++ -*-===//
//
// Part of schemac. Structural equality, a stable 64-bit hash and the first
// difference of two IR values, all driven by the field descriptions of
// NodeFields.h: every described field takes part, so a field added to a
// node is compared and hashed without further code.
//
// Options choose what counts: source locations (off by default) and
// presentation-only fields (on by default; a schema diff turns them off to
// compare meaning only: `x::t` equals CAST(x AS t)). Equal values have equal
// hashes under the same options.
//
// The hash is FNV-1a (64-bit) over a canonical byte stream of the compared
// fields in description order: integers as 8 little-endian bytes, strings
// as their length then their bytes, a kind name before every expression,
// relation and object, a presence byte before optional values and list
// lengths before lists. It uses no pointer values, no std::hash and no
// per-process seed, so it is the same across runs and machines for the same
// IR (locations hash their file name, not the file id, when a Context is
// known).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_STRUCTURALEQUALITY_H
#define SCHEMAC_IR_STRUCTURALEQUALITY_H

#include "schemac/ir/Module.h"

#include <cstdint>
#include <string>

namespace schemac {

class Context;

struct StructuralOptions {
  /// Compare source locations (and the module's name, its source file).
  bool CompareLocations = false;
  /// Compare presentation-only fields (FieldRole::Presentation): syntax
  /// choices that do not change the meaning, such as Cast::Form.
  bool ComparePresentation = true;
  /// Resolves the file ids of locations to names. Module comparisons use
  /// each module's context; without one, file ids are compared.
  const Context *Ctx = nullptr;
};

// The values the functions accept: whole modules, objects, expressions,
// relations and the structs of the IR.
#define SCHEMAC_STRUCTURAL_TYPES(X)                                            \
  X(Module)                                                                    \
  X(Object)                                                                    \
  X(Expr)                                                                      \
  X(Rel)                                                                       \
  X(Column)                                                                    \
  X(Constraint)                                                                \
  X(DataType)                                                                  \
  X(IndexElement)                                                              \
  X(ExclusionElement)                                                          \
  X(DomainCheck)                                                               \
  X(SequenceOptions)                                                           \
  X(PartitionSpec)                                                             \
  X(PartitionBound)                                                            \
  X(SortKey)                                                                   \
  X(WindowSpec)                                                                \
  X(SelectItem)                                                                \
  X(CommonTableExpr)

#define SCHEMAC_DECLARE_STRUCTURAL(T)                                          \
  /** True if every compared field of A and B is equal. */                     \
  bool structurallyEqual(const T &A, const T &B,                               \
                         const StructuralOptions &Opts = {});                  \
  /** A hash that is equal for structurally equal values. */                   \
  uint64_t structuralHash(const T &V, const StructuralOptions &Opts = {});     \
  /** "" if equal, else the path to the first difference and the two           \
      values: `table public.t / column x / default / (binary) / rhs / (lit)    \
      / value: "1" vs "2"`. */                                                 \
  std::string findFirstDifference(const T &A, const T &B,                      \
                                  const StructuralOptions &Opts = {});
SCHEMAC_STRUCTURAL_TYPES(SCHEMAC_DECLARE_STRUCTURAL)
#undef SCHEMAC_DECLARE_STRUCTURAL

} // namespace schemac

#endif // SCHEMAC_IR_STRUCTURALEQUALITY_H
