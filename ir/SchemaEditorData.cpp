//===- SchemaEditorData.cpp - Data statements and later changes -----------===//
//
// Part of schemac. A data statement (INSERT, UPDATE, COPY, ...) is kept as
// text, and the backend emits it against the final module: after the
// objects it uses, with their final definitions. That runs it as written
// only if nothing it uses changed in a way that reads differently after
// it. So once a data statement uses an object, a later change of that
// object's shape is an error that names both statements:
//
//   - dropping or renaming the object (also moving it to another schema);
//   - ALTER actions on it that change its columns as rows see them:
//     dropping, renaming or retyping a column, defaults, identity and
//     generated expressions, detaching a partition, forced row security, a
//     NOT VALID constraint (its rows are not checked; the backend creates
//     it with the table);
//   - adding a column, unless every statement using the object writes rows
//     into it by INSERT, UPDATE, DELETE or MERGE (positional values fill the
//     leading columns; the new column is last and gets its default as it
//     did in the database).
//
// Constraints, indexes, NOT NULL, owners, storage and comments may change:
// the rows met them in the database, so they meet them in the output.
// docs/DataStatements.md describes the semantics.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "schemac/ir/Module.h"
#include "schemac/ir/OpaqueObject.h"

using namespace schemac;

void SchemaEditor::Impl::recordDataStatement(
    OpaqueObject &O, const std::vector<QualifiedName> &Mentions) {
  bool Writes = O.ObjectType == "insert" || O.ObjectType == "update" ||
                O.ObjectType == "delete" || O.ObjectType == "merge";
  auto Use = [&](const QualifiedName &N, bool AsTarget) {
    Object *X = M.lookupReferenced(N);
    if (!X || X == &O)
      return;
    auto Ins = DataUses.try_emplace(X, DataUse{&O, AsTarget && Writes});
    if (!Ins.second && !(AsTarget && Writes))
      Ins.first->second.OnlyTarget = false;
  };
  if (!O.Target.empty())
    Use(O.Target, true);
  for (const QualifiedName &N : Mentions)
    if (N != O.Target)
      Use(N, false);
}

namespace {

/// Whether \p A keeps rows written earlier valid and meaning the same.
bool keepsRows(const AlterAction &A, bool OnlyTarget) {
  using K = AlterAction::Kind;
  switch (A.K) {
  case K::AddColumn:
    return OnlyTarget;
  case K::AddConstraint:
    return A.Constraints.empty() || !A.Constraints[0].NotValid;
  case K::SetNotNull:
  case K::DropNotNull:
  case K::SetStorage:
  case K::SetCompression:
  case K::AddConstraintUsingIndex:
  case K::AddDomainCheck:
  case K::AddDomainNotNull:
  case K::DropConstraint:
  case K::ValidateConstraint:
  case K::RenameConstraint:
  case K::OwnerTo:
  case K::SetTablespace:
  case K::SetOptions:
  case K::ResetOptions:
  case K::SetLogged:
  case K::SetUnlogged:
  case K::AttachPartition:
  case K::EnableRowSecurity:
  case K::DisableRowSecurity:
  case K::NoForceRowSecurity:
  case K::Inherit:
  case K::NoInherit:
  case K::SetSequenceOptions:
  case K::AddEnumValue:
    return true;
  default:
    return false;
  }
}

} // namespace

bool SchemaEditor::Impl::checkDataStatements(const SchemaChange &C) {
  auto Refuse = [&](Location L, llvm::StringRef Verb, const Object &O,
                    const DataUse &U) {
    auto B = report(L.isValid() ? L : C.Loc, DiagID::err_change_after_data);
    B << Verb << O.getDescription() << O.getName().str();
    B.note(U.Stmt->Loc, DiagID::note_data_statement_here);
    return false;
  };
  if (auto *A = llvm::dyn_cast<AlterChange>(&C)) {
    Object *O = lookupTarget(A->TK, A->Target.Name);
    auto It = O ? DataUses.find(O) : DataUses.end();
    if (It == DataUses.end())
      return true;
    for (const AlterAction &X : A->Actions)
      if (!keepsRows(X, It->second.OnlyTarget))
        return Refuse(X.Loc.isValid() ? X.Loc : A->Target.Loc, "alter", *O,
                      It->second);
    return true;
  }
  if (auto *R = llvm::dyn_cast<RenameChange>(&C)) {
    Object *O = lookupTarget(R->TK, R->Target.Name);
    auto It = O ? DataUses.find(O) : DataUses.end();
    if (It != DataUses.end())
      return Refuse(R->Target.Loc, "rename", *O, It->second);
    return true;
  }
  if (auto *D = llvm::dyn_cast<DropChange>(&C)) {
    for (const NameRef &N : D->Names) {
      Object *O = lookupTarget(D->TK, N.Name);
      auto It = O ? DataUses.find(O) : DataUses.end();
      if (It != DataUses.end())
        return Refuse(N.Loc, "drop", *O, It->second);
    }
  }
  return true;
}
