//===- View.h - Views and materialized views -------------------*- C++ -*-===//
//
// Part of schemac. The body is lowered into relational algebra (Rel.h).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_VIEW_H
#define SCHEMAC_IR_VIEW_H

#include "schemac/ir/Object.h"
#include "schemac/ir/Rel.h"

namespace schemac {

class View : public Object {
public:
  bool Materialized = false;
  bool OrReplace = false;
  bool Temporary = false;
  bool Recursive = false;
  bool IfNotExists = false;
  std::vector<std::string> ColumnNames; ///< CREATE VIEW v (a, b) AS ...
  RelPtr Query;
  std::string CheckOption; ///< "", "LOCAL" or "CASCADED"; "" also for none.
  bool WithCheckOption = false;
  StorageParams Options;        ///< WITH (security_barrier = true)
  std::optional<bool> WithData; ///< Materialized: WITH [NO] DATA
  std::string AccessMethod;
  std::string Tablespace;
  /// COMMENT ON COLUMN view.col
  std::vector<std::pair<std::string, std::string>> ColumnComments;

  View(Location L, QualifiedName Name, bool Materialized)
      : Object(Kind::View, std::move(Name), L), Materialized(Materialized) {}
  llvm::StringRef getDescription() const override {
    return Materialized ? "materialized view" : "view";
  }
  static bool classof(const Object *O) { return O->getKind() == Kind::View; }
};

} // namespace schemac

#endif // SCHEMAC_IR_VIEW_H
