//===- EnumType.h - Enumerated types ---------------------------*- C++ -*-===//
//
// Part of schemac. CREATE TYPE name AS ENUM ('a', 'b'); ALTER TYPE ... ADD
// VALUE appends or inserts into Values.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_ENUMTYPE_H
#define SCHEMAC_IR_ENUMTYPE_H

#include "schemac/ir/Object.h"

namespace schemac {

class EnumType : public Object {
public:
  std::vector<std::string> Values;

  EnumType(Location L, QualifiedName Name)
      : Object(Kind::EnumType, std::move(Name), L) {}
  llvm::StringRef getDescription() const override { return "type"; }
  static bool classof(const Object *O) {
    return O->getKind() == Kind::EnumType;
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_ENUMTYPE_H
