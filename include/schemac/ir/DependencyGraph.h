//===- DependencyGraph.h - Dependencies between schema objects -*- C++ -*-===//
//
// Part of schemac. The dependency graph of a module answers "in which order
// can these objects be created?". Its nodes are the module's top-level
// objects plus the pieces that may have to be emitted on their own:
//
//   - a foreign key added after both tables exist (ALTER TABLE ... ADD
//     CONSTRAINT), when it is part of a cycle, NOT VALID, or the module has
//     data statements (then every foreign key comes after the data, as
//     pg_dump does);
//   - a sequence's OWNED BY (ALTER SEQUENCE ... OWNED BY t.c), once the
//     table exists;
//   - a partition attached later (ALTER TABLE parent ATTACH PARTITION c).
//
// An edge "A needs B" comes from everything A references: column, domain and
// cast types; collations; sequences named in regclass literals (nextval);
// functions called in expressions; INHERITS and PARTITION OF parents;
// foreign-key targets (and the unique index providing the referenced key);
// relations scanned by views; index tables; a schema the module creates;
// opaque objects' Target (hard) and References (soft: the frontend found the
// names by scanning text, so these may be dropped to break a cycle). DROP
// statements need nothing: they refer to what exists before them.
//
// The order is a stable topological sort: Kahn's algorithm that always picks
// the available node that comes first in the module, so a module that is
// already in a valid order keeps it, and only necessary moves happen.
// Cycles are broken, in this order, by turning foreign keys into separate
// nodes (first those that reference an object later in the module), then by
// dropping soft edges (forward ones first); what is still cyclic is
// reported (warn_dependency_cycle) and emitted in module order. Separate
// nodes come out as soon as everything they need exists, so their place
// depends only on the order of the objects: emitting a module, reading the
// script back and emitting again gives the same script.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_DEPENDENCYGRAPH_H
#define SCHEMAC_IR_DEPENDENCYGRAPH_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"

#include <memory>
#include <vector>

namespace schemac {

class DiagnosticEngine;
class Module;
class Object;
class Table;

struct DependencyGraphOptions {
  /// If the module has data statements (OpaqueObject::IsData), every
  /// foreign key becomes a separate node placed after all of them, so that
  /// loading the data cannot violate a constraint.
  bool ForeignKeysAfterData = true;
};

/// One unit of emission.
struct DependencyNode {
  enum class Kind {
    Object,          ///< A top-level object (Obj).
    ForeignKey,      ///< Obj is the table; Constraint indexes its Constraints.
    SequenceOwner,   ///< Obj is the sequence; its OWNED BY.
    AttachPartition, ///< Obj is the partition (Table::AttachedLater).
  };
  Kind K = Kind::Object;
  Object *Obj = nullptr;
  unsigned Constraint = 0;
};

class DependencyGraph {
public:
  /// Builds the graph of \p M and computes the order. \p M must outlive the
  /// graph and must not change while it is used.
  explicit DependencyGraph(const Module &M,
                           const DependencyGraphOptions &Opts = {});
  ~DependencyGraph();
  DependencyGraph(const DependencyGraph &) = delete;
  DependencyGraph &operator=(const DependencyGraph &) = delete;

  /// Every node in emission order: each node comes after all it needs,
  /// except inside the cycles reported by getCycles().
  llvm::ArrayRef<DependencyNode> getOrder() const { return Order; }

  /// The module's objects in emission order (a permutation of
  /// Module::objects(), suitable for Module::reorder()).
  std::vector<Object *> getObjectOrder() const;

  /// True if foreign key \p ConstraintIndex of \p T is emitted as its own
  /// node (ALTER TABLE ... ADD CONSTRAINT) rather than inside CREATE TABLE.
  bool isSeparateForeignKey(const Table &T, unsigned ConstraintIndex) const;

  /// The objects the graph could not order, one list per cycle, each in
  /// module order. They are emitted in module order.
  llvm::ArrayRef<std::vector<Object *>> getCycles() const { return Cycles; }

  /// Reports each remaining cycle as warning warn_dependency_cycle at its
  /// first object.
  void reportCycles(DiagnosticEngine &Diags) const;

  /// The objects \p O directly needs (after cycle breaking), in module
  /// order, without duplicates.
  std::vector<Object *> getDependencies(const Object &O) const;

private:
  class Builder;
  std::vector<DependencyNode> Order;
  std::vector<std::vector<Object *>> Cycles;
  llvm::DenseSet<std::pair<const Table *, unsigned>> SeparateFKs;
  /// For getDependencies(): (position, position it needs), sorted.
  std::vector<std::pair<unsigned, unsigned>> ObjectDeps;
  std::vector<Object *> Objects;
};

} // namespace schemac

#endif // SCHEMAC_IR_DEPENDENCYGRAPH_H
