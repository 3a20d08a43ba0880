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
#include "schemac/support/OptionalBox.h"

namespace schemac {

/// One key of an index, an exclusion constraint or a partition key: a column
/// or an expression, with collation, operator class and ordering.
struct IndexElement {
  /// What few elements have, kept out of line (a schema has many more index
  /// elements than collated or operator-classed ones).
  struct Details {
    QualifiedName Collation;
    QualifiedName OpClass;
    StorageParams OpClassParams; ///< opclass (siglen = 32)
  };

  std::string Column; ///< Set for a plain column.
  ExprPtr Expression; ///< Set for an expression key.
  /// Null when every detail is empty. Read through collation(), opClass()
  /// and opClassParams() (empty values when absent); write through
  /// details(), which creates them.
  OptionalBox<Details> More;
  Location Loc;
  SortDirection Direction = SortDirection::Default; ///< Asc/Desc only.
  NullsOrder Nulls = NullsOrder::Default;

  const QualifiedName &collation() const { return detail(&Details::Collation); }
  const QualifiedName &opClass() const { return detail(&Details::OpClass); }
  const StorageParams &opClassParams() const {
    return detail(&Details::OpClassParams);
  }
  /// The details, to be set; creates them.
  Details &details() { return More.ensure(); }

  bool isExpression() const { return Expression != nullptr; }
  IndexElement clone() const;

private:
  template <class M> const M &detail(M Details::*P) const {
    return More.member(P);
  }
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
