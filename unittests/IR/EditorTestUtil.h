//===- EditorTestUtil.h - Helpers for the schema editor tests --*- C++ -*-===//
//
// Part of schemac. Schema changes for tests, with their objects written in
// the textual IR, and editor rules that answer as PostgreSQL does.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_UNITTESTS_IR_EDITORTESTUTIL_H
#define SCHEMAC_UNITTESTS_IR_EDITORTESTUTIL_H

#include "IRTestUtil.h"

#include "PostgresEditorRules.h"
#include "schemac/ir/SchemaEditor.h"

namespace schemac {
namespace irtest {

/// PostgreSQL's answers.
class TestRules : public pg::PostgresEditorRules {};

/// Reads objects, columns, constraints, expressions and types from the
/// textual IR (each piece gets a location in a buffer of its own).
class IRReader {
public:
  explicit IRReader(Context &Ctx) : Ctx(Ctx) {}

  /// The one object \p Text defines ("table s.t { ... }").
  ObjectPtr object(const std::string &Text);
  template <typename T> std::unique_ptr<T> object(const std::string &Text) {
    return std::unique_ptr<T>(llvm::cast<T>(object(Text).release()));
  }
  /// A column definition ("column a : integer not_null").
  Column column(const std::string &Text);
  /// A table constraint ("constraint k primary_key [a]").
  Constraint constraint(const std::string &Text);
  /// An expression ("(lit int 1)").
  ExprPtr expr(const std::string &Text);
  /// A type ("integer", "user<s.mood>").
  DataType type(const std::string &Text);

  /// Errors of the last read, as printed.
  std::string Errors;

private:
  Context &Ctx;
};

/// A change that creates the object \p Text defines.
std::unique_ptr<CreateChange> createChange(IRReader &R,
                                           const std::string &Text);

/// An ALTER of \p Target (of kind \p TK) with the actions added to it.
std::unique_ptr<AlterChange> alterChange(const QualifiedName &Target,
                                         TargetKind TK = TargetKind::Table);

} // namespace irtest
} // namespace schemac

#endif // SCHEMAC_UNITTESTS_IR_EDITORTESTUTIL_H
