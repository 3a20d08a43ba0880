//===- QualifiedName.h - Possibly schema-qualified names -------*- C++ -*-===//
//
// Part of schemac. Names in the IR are the identifiers themselves (already
// case-folded by the frontend's dialect rules, quotes removed); backends
// decide how to quote them. An empty Schema means the source did not qualify
// the name; Module::resolve() applies the search path.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_QUALIFIEDNAME_H
#define SCHEMAC_IR_QUALIFIEDNAME_H

#include <string>
#include <tuple>

namespace schemac {

struct QualifiedName {
  std::string Schema; ///< Empty if unqualified.
  std::string Name;

  QualifiedName() = default;
  QualifiedName(std::string Name) : Name(std::move(Name)) {}
  QualifiedName(std::string Schema, std::string Name)
      : Schema(std::move(Schema)), Name(std::move(Name)) {}

  bool empty() const { return Name.empty(); }
  bool isQualified() const { return !Schema.empty(); }
  /// "schema.name" or "name", unquoted; for messages and map keys.
  std::string str() const {
    return Schema.empty() ? Name : Schema + "." + Name;
  }

  friend bool operator==(const QualifiedName &A, const QualifiedName &B) {
    return A.Schema == B.Schema && A.Name == B.Name;
  }
  friend bool operator!=(const QualifiedName &A, const QualifiedName &B) {
    return !(A == B);
  }
  friend bool operator<(const QualifiedName &A, const QualifiedName &B) {
    return std::tie(A.Schema, A.Name) < std::tie(B.Schema, B.Name);
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_QUALIFIEDNAME_H
