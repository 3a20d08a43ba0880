//===- Index.h - Indexes and index elements --------------------*- C++ -*-===//
//
// Part of schemac. CREATE [UNIQUE] INDEX is a top-level object that names
// its table; an unnamed index (PostgreSQL generates the name) has an empty
// Name.Name. Its schema is always its table's schema.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_INDEX_H
#define SCHEMAC_IR_INDEX_H

#include "schemac/ir/Expr.h"
#include "schemac/ir/Object.h"

namespace schemac {

/// One key of an index, an exclusion constraint or a partition key: a column
/// or an expression, with collation, operator class and ordering.
struct IndexElement {
  std::string Column; ///< Set for a plain column.
  ExprPtr Expression; ///< Set for an expression key.
  QualifiedName Collation;
  QualifiedName OpClass;
  StorageParams OpClassParams;                      ///< opclass (siglen = 32)
  SortDirection Direction = SortDirection::Default; ///< Asc/Desc only.
  NullsOrder Nulls = NullsOrder::Default;
  Location Loc;

  bool isExpression() const { return Expression != nullptr; }
  IndexElement clone() const;
};

class Index : public Object {
public:
  QualifiedName Table;
  /// The name is the one the database generated when the index was created
  /// (CREATE INDEX without a name).
  bool GeneratedName = false;
  bool Unique = false;
  bool Concurrently = false;
  bool IfNotExists = false;
  bool Only = false; ///< ON ONLY parent (partitioned tables)
  bool NullsNotDistinct = false;
  std::string Method; ///< USING method; empty if not written.
  std::vector<IndexElement> Elements;
  std::vector<std::string> Include;
  ExprPtr Where;
  StorageParams With;
  std::string Tablespace;

  Index(Location L, QualifiedName Name, QualifiedName Table)
      : Object(Kind::Index, std::move(Name), L), Table(std::move(Table)) {}
  bool isNamed() const { return !getName().Name.empty(); }
  llvm::StringRef getDescription() const override { return "index"; }
  static bool classof(const Object *O) { return O->getKind() == Kind::Index; }
};

} // namespace schemac

#endif // SCHEMAC_IR_INDEX_H
