//===- EditorTestUtil.cpp - Helpers for the schema editor tests -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "EditorTestUtil.h"

using namespace schemac;
using namespace schemac::irtest;

ObjectPtr IRReader::object(const std::string &Text) {
  Errors.clear();
  std::unique_ptr<Module> M =
      parseFromString(Ctx, "module \"m\"\n" + Text, Errors, "piece.sir");
  if (!M || M->empty())
    return nullptr;
  return M->remove(M->objects().front().get());
}

Column IRReader::column(const std::string &Text) {
  auto T = object<Table>("table t {\n  " + Text + "\n}\n");
  if (!T || T->Columns.empty())
    return Column();
  return std::move(T->Columns.front());
}

Constraint IRReader::constraint(const std::string &Text) {
  auto T = object<Table>("table t {\n  " + Text + "\n}\n");
  if (!T || T->Constraints.empty())
    return Constraint();
  return std::move(T->Constraints.front());
}

ExprPtr IRReader::expr(const std::string &Text) {
  auto T = object<Table>("table t {\n  constraint k check " + Text + "\n}\n");
  if (!T || T->Constraints.empty())
    return nullptr;
  return std::move(T->Constraints.front().Check);
}

DataType IRReader::type(const std::string &Text) {
  return column("column c : " + Text).Type;
}

std::unique_ptr<CreateChange> irtest::createChange(IRReader &R,
                                                   const std::string &Text) {
  ObjectPtr O = R.object(Text);
  Location L = O ? O->Loc : Location();
  return std::make_unique<CreateChange>(L, std::move(O));
}

std::unique_ptr<AlterChange> irtest::alterChange(const QualifiedName &Target,
                                                 TargetKind TK) {
  return std::make_unique<AlterChange>(Location(), NameRef{Target, Location()},
                                       TK);
}
