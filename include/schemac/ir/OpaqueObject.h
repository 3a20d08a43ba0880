//===- OpaqueObject.h - Statements the IR does not model -------*- C++ -*-===//
//
// Part of schemac. Anything the IR does not model (functions, triggers,
// grants, extensions, policies, rules, data statements, psql meta-commands,
// ...) is kept as an OpaqueObject holding the statement's exact source text,
// so nothing the user gave us is lost. The frontend that read the text also
// records what a backend needs to place it: the name it defines (Name), the
// object it applies to (Target) and the other objects it mentions
// (References). Backends print Text only for its own dialect.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_OPAQUEOBJECT_H
#define SCHEMAC_IR_OPAQUEOBJECT_H

#include "schemac/ir/Object.h"

namespace schemac {

class OpaqueObject : public Object {
public:
  /// Lower-case statement kind: "function", "trigger", "extension", "grant",
  /// "insert", "psql meta-command", ... Used in messages and for placement.
  std::string ObjectType;
  /// The statement's source text, verbatim, including its terminator.
  std::string Text;
  /// Dialect of Text ("postgres", ...).
  std::string Dialect;
  /// The object the statement applies to (trigger ... ON t, GRANT ... ON t,
  /// INSERT INTO t, ALTER TABLE t ...); empty if none.
  QualifiedName Target;
  /// Names of other objects the text mentions (tables, types, functions).
  std::vector<QualifiedName> References;
  /// A data statement (INSERT, UPDATE, DELETE, COPY, ...).
  bool IsData = false;

  OpaqueObject(Location L, QualifiedName Name, std::string ObjectType,
               std::string Text, std::string Dialect)
      : Object(Kind::OpaqueObject, std::move(Name), L),
        ObjectType(std::move(ObjectType)), Text(std::move(Text)),
        Dialect(std::move(Dialect)) {}
  llvm::StringRef getDescription() const override { return ObjectType; }
  static bool classof(const Object *O) {
    return O->getKind() == Kind::OpaqueObject;
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_OPAQUEOBJECT_H
