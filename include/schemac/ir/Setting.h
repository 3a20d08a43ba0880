//===- Setting.h - Session settings of a script ----------------*- C++ -*-===//
//
// Part of schemac. `SET name = value` and PostgreSQL's
// `SELECT pg_catalog.set_config('name', 'value', is_local)`: Name.Name is the
// parameter, Value the text of the value as written (`0`, `'UTF8'`, `on`,
// `public, pg_catalog`, `''`). For the set_config form, Value is the string
// literal's content and IsLocal its third argument.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SETTING_H
#define SCHEMAC_IR_SETTING_H

#include "schemac/ir/Object.h"

namespace schemac {

class Setting : public Object {
public:
  enum class Syntax { Set, SetConfig };
  std::string Value;
  bool IsLocal = false;   ///< SET LOCAL / set_config(..., true)
  bool IsDefault = false; ///< SET x TO DEFAULT
  Syntax Form = Syntax::Set;

  Setting(Location L, std::string Param, std::string Value)
      : Object(Kind::Setting, QualifiedName(std::move(Param)), L),
        Value(std::move(Value)) {}
  llvm::StringRef getParameter() const { return getName().Name; }
  llvm::StringRef getDescription() const override { return "setting"; }
  static bool classof(const Object *O) { return O->getKind() == Kind::Setting; }
};

} // namespace schemac

#endif // SCHEMAC_IR_SETTING_H
