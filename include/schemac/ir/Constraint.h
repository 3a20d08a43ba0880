//===- Constraint.h - Table constraints ------------------------*- C++ -*-===//
//
// Part of schemac. Primary key, unique, foreign key, check and exclusion
// constraints of a table, whether written in a column definition (ColumnLevel
// names the column), in the table's element list, or added later with ALTER
// TABLE ... ADD CONSTRAINT (AddedByAlter). NOT NULL and DEFAULT are column
// properties, not constraints.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_CONSTRAINT_H
#define SCHEMAC_IR_CONSTRAINT_H

#include "schemac/ir/Index.h"

namespace schemac {

enum class ForeignKeyAction {
  Unspecified,
  NoAction,
  Restrict,
  Cascade,
  SetNull,
  SetDefault
};
enum class ForeignKeyMatch { Unspecified, Simple, Full, Partial };

llvm::StringRef getForeignKeyActionName(ForeignKeyAction A);

struct ExclusionElement {
  IndexElement Element;
  std::string Operator; ///< WITH && ; may be OPERATOR(schema.op) text.

  ExclusionElement clone() const;
};

struct Constraint {
  enum class Kind { PrimaryKey, Unique, ForeignKey, Check, Exclusion };

  Kind K = Kind::Check;
  std::string Name; ///< Empty if unnamed (the database generates one).
  /// Name is the one the database generated when the constraint was
  /// created (it was written without one): it does not follow later
  /// renames of the table or its columns.
  bool GeneratedName = false;
  Location Loc;
  /// The column whose definition contained the constraint; empty for table
  /// constraints.
  std::string ColumnLevel;
  /// Added by ALTER TABLE ... ADD CONSTRAINT rather than in CREATE TABLE.
  bool AddedByAlter = false;

  // PRIMARY KEY, UNIQUE, FOREIGN KEY: the constrained columns.
  std::vector<std::string> Columns;
  std::vector<std::string> Include; ///< INCLUDE (...)
  bool NullsNotDistinct = false;    ///< UNIQUE NULLS NOT DISTINCT
  bool WithoutOverlaps = false;     ///< last key column WITHOUT OVERLAPS
  StorageParams IndexWith;          ///< WITH (...) of the index
  std::string IndexTablespace;      ///< USING INDEX TABLESPACE

  // FOREIGN KEY
  QualifiedName RefTable;
  std::vector<std::string> RefColumns; ///< Empty: the referenced primary key.
  ForeignKeyAction OnDelete = ForeignKeyAction::Unspecified;
  ForeignKeyAction OnUpdate = ForeignKeyAction::Unspecified;
  std::vector<std::string> OnDeleteColumns; ///< ON DELETE SET NULL (cols)
  ForeignKeyMatch Match = ForeignKeyMatch::Unspecified;
  bool Period = false; ///< last columns are PERIOD (temporal foreign key)

  // CHECK
  ExprPtr Check;
  bool NoInherit = false;

  // EXCLUDE
  std::string ExclusionMethod;
  std::vector<ExclusionElement> Exclusions;
  ExprPtr ExclusionWhere;

  // Common attributes.
  std::optional<bool> Deferrable;        ///< [NOT] DEFERRABLE
  std::optional<bool> InitiallyDeferred; ///< INITIALLY DEFERRED / IMMEDIATE
  bool NotValid = false;
  std::optional<std::string> Comment;
  /// Options of one dialect the IR does not model (see DialectAttributes):
  /// SQL Server's CLUSTERED, Oracle's USING INDEX storage, ...
  DialectAttributes Attributes;

  bool isKey() const { return K == Kind::PrimaryKey || K == Kind::Unique; }
  /// Primary key, unique and exclusion constraints create an index of
  /// their name.
  bool isIndexBacked() const { return isKey() || K == Kind::Exclusion; }
  /// Whether \p B's index is the same as this one's (both index-backed):
  /// the comparison of PostgreSQL's transformIndexConstraints(), which
  /// merges such constraints when one CREATE TABLE has both. Exclusion
  /// elements that are expressions are never the same.
  bool hasSameIndexAs(const Constraint &B) const;
  Constraint clone() const;
  /// "primary key", "foreign key", ... for messages.
  llvm::StringRef getKindDescription() const;
};

} // namespace schemac

#endif // SCHEMAC_IR_CONSTRAINT_H
