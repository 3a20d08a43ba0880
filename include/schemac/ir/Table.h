//===- Table.h - Tables ----------------------------------------*- C++ -*-===//
//
// Part of schemac. A table with its columns and constraints. ALTER TABLE
// statements of the source are applied to the table by the frontend, so the
// IR describes the resulting state; indexes are separate objects.
//
// Partitions: a table created with PARTITION OF has PartitionOf and Bound and
// usually no columns of its own. A table created with its own columns and
// attached later (ALTER TABLE parent ATTACH PARTITION child FOR VALUES ...,
// as pg_dump writes it) has columns, PartitionOf, Bound and AttachedLater.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_TABLE_H
#define SCHEMAC_IR_TABLE_H

#include "schemac/ir/Column.h"
#include "schemac/ir/Constraint.h"

namespace schemac {

struct PartitionSpec {
  enum class Strategy { Range, List, Hash };
  Strategy Strat = Strategy::Range;
  std::vector<IndexElement> Keys;

  PartitionSpec clone() const;
};

/// FOR VALUES IN (...) | FROM (...) TO (...) | WITH (MODULUS m, REMAINDER r)
/// | DEFAULT. MINVALUE/MAXVALUE in range bounds are ColumnRefs named
/// "minvalue"/"maxvalue", as in PostgreSQL's own parser.
struct PartitionBound {
  enum class BoundKind { In, Range, Hash, Default };
  BoundKind BK = BoundKind::Default;
  std::vector<ExprPtr> In, From, To;
  int64_t Modulus = 0, Remainder = 0;

  PartitionBound clone() const;
};

class Table : public Object {
public:
  enum class Persistence { Permanent, Temporary, Unlogged };

  std::vector<Column> Columns;
  std::vector<Constraint> Constraints;
  Persistence Persist = Persistence::Permanent;
  bool IfNotExists = false;
  std::vector<QualifiedName> Inherits;
  std::optional<PartitionSpec> PartitionBy;
  QualifiedName PartitionOf;
  std::optional<PartitionBound> Bound;
  bool AttachedLater = false;
  QualifiedName OfType;     ///< CREATE TABLE t OF type
  std::string AccessMethod; ///< USING heap
  StorageParams With;
  std::string Tablespace;
  std::string OnCommit;     ///< PRESERVE ROWS | DELETE ROWS | DROP
  bool RowSecurity = false; ///< ENABLE ROW LEVEL SECURITY
  bool ForceRowSecurity = false;

  Table(Location L, QualifiedName Name)
      : Object(Kind::Table, std::move(Name), L) {}

  Column *findColumn(llvm::StringRef Name);
  const Column *findColumn(llvm::StringRef Name) const;
  Constraint *findConstraint(llvm::StringRef Name);
  const Constraint *findConstraint(llvm::StringRef Name) const;
  const Constraint *getPrimaryKey() const;
  bool isPartition() const { return !PartitionOf.empty(); }

  llvm::StringRef getDescription() const override { return "table"; }
  static bool classof(const Object *O) { return O->getKind() == Kind::Table; }
};

} // namespace schemac

#endif // SCHEMAC_IR_TABLE_H
