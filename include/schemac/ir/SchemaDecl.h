//===- SchemaDecl.h - Schemas (namespaces) ---------------------*- C++ -*-===//
//
// Part of schemac. A schema created by the script (CREATE SCHEMA) or one
// that the script uses without creating it but says something about
// (ALTER SCHEMA public OWNER TO ..., COMMENT ON SCHEMA public): Implicit.
// Name.Schema is empty; Name.Name is the schema's name.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SCHEMADECL_H
#define SCHEMAC_IR_SCHEMADECL_H

#include "schemac/ir/Object.h"

namespace schemac {

class SchemaDecl : public Object {
public:
  bool Implicit = false; ///< Exists already; not created by the script.
  bool IfNotExists = false;
  std::string Authorization; ///< CREATE SCHEMA ... AUTHORIZATION role

  SchemaDecl(Location L, std::string Name)
      : Object(Kind::SchemaDecl, QualifiedName(std::move(Name)), L) {}
  llvm::StringRef getDescription() const override { return "schema"; }
  static bool classof(const Object *O) {
    return O->getKind() == Kind::SchemaDecl;
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_SCHEMADECL_H
