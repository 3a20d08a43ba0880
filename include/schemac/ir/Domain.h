//===- Domain.h - Domains --------------------------------------*- C++ -*-===//
//
// Part of schemac. CREATE DOMAIN name AS type [COLLATE c] [DEFAULT e]
// [NOT NULL] [CONSTRAINT n CHECK (...)]. In checks, VALUE is a ColumnRef with
// path {"value"}.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_DOMAIN_H
#define SCHEMAC_IR_DOMAIN_H

#include "schemac/ir/DataType.h"
#include "schemac/ir/Expr.h"
#include "schemac/ir/Object.h"

namespace schemac {

struct DomainCheck {
  std::string Name; ///< Empty if unnamed.
  ExprPtr Check;
  bool NotValid = false;
  Location Loc;
  /// COMMENT ON CONSTRAINT name ON DOMAIN d; nullopt if never set.
  std::optional<std::string> Comment;
  /// Name is the one the database generated when the check was added (it
  /// was written without one): it does not follow a rename of the domain.
  bool GeneratedName = false;

  DomainCheck clone() const;
};

class Domain : public Object {
public:
  DataType BaseType;
  QualifiedName Collation;
  ExprPtr Default;
  bool NotNull = false;
  bool ExplicitNull = false;
  std::vector<DomainCheck> Checks;

  Domain(Location L, QualifiedName Name, DataType Base)
      : Object(Kind::Domain, std::move(Name), L), BaseType(std::move(Base)) {}
  llvm::StringRef getDescription() const override { return "domain"; }
  static bool classof(const Object *O) { return O->getKind() == Kind::Domain; }
};

} // namespace schemac

#endif // SCHEMAC_IR_DOMAIN_H
