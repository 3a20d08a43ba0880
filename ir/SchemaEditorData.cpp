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

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

void SchemaEditor::Impl::recordDataStatement(
    OpaqueObject &O, const std::vector<QualifiedName> &Mentions) {
  bool Writes = O.ObjectType == "insert" || O.ObjectType == "update" ||
                O.ObjectType == "delete" || O.ObjectType == "merge";
  auto Use = [&](const QualifiedName &N, bool AsTarget) {
    Object *X = M.lookupReferenced(N);
    if (!X || X == &O)
      return;
    auto Ins =
        DataUses.try_emplace(X, DataUse{&O, AsTarget && Writes, false, {}});
    Ins.first->second.OnlyState = false;
    if (!Ins.second && !(AsTarget && Writes))
      Ins.first->second.OnlyTarget = false;
  };
  if (!O.Target.empty())
    Use(O.Target, true);
  for (const QualifiedName &N : Mentions)
    if (N != O.Target)
      Use(N, false);
}

void SchemaEditor::Impl::restartSequence(Object &Used, const QualifiedName &Seq,
                                         const SequenceOptions &Opts,
                                         const AlterAction &A,
                                         const Column *Identity) {
  // RESTART without a value goes back to the start value, whose default
  // is the minimum of an ascending sequence and the maximum of a
  // descending one (1 and -1 unless given).
  int64_t Value;
  if (A.RestartWith)
    Value = *A.RestartWith;
  else if (Opts.Start)
    Value = *Opts.Start;
  else if (Opts.Increment.value_or(1) < 0)
    Value = Opts.NoMaxValue ? -1 : Opts.MaxValue.value_or(-1);
  else
    Value = Opts.NoMinValue ? 1 : Opts.MinValue.value_or(1);
  std::unique_ptr<OpaqueObject> Stmt =
      Rules.makeSequenceState(Seq, Value, A.Loc);
  if (!Stmt) {
    report(A.Loc, DiagID::warn_sequence_restart_not_kept)
        << (Identity ? "the identity of column '" + Identity->Name + "'"
                     : "sequence '" + Used.getName().str() + "'");
    return;
  }
  // An identity's sequence is not an object: the statement comes after
  // the table.
  if (Identity)
    Stmt->References.push_back(
        QualifiedName(schemaOf(Used), Used.getName().Name));
  NewStates.push_back(
      {&Used, std::move(Stmt), Identity ? Seq.Name : std::string()});
}

void SchemaEditor::Impl::keepSequenceStates() {
  for (SequenceState &S : NewStates) {
    auto *O = llvm::cast<OpaqueObject>(append(std::move(S.Stmt)));
    auto Ins = DataUses.try_emplace(S.Used, DataUse{O, true, true, {}});
    if (!S.IdentitySequence.empty())
      Ins.first->second.IdentitySequences.push_back(S.IdentitySequence);
  }
  NewStates.clear();
}

namespace {

/// Whether \p A keeps rows written earlier valid and meaning the same.
bool keepsRows(const AlterAction &A, bool OnlyTarget) {
  using K = AlterAction::Kind;
  switch (A.K) {
  case K::AddColumn:
    return OnlyTarget;
  // RESTART alone: the value is set at its position (a data statement of
  // its own); other options would number earlier rows differently.
  case K::AlterIdentity:
    return !A.Always && (!A.SeqOptions || A.SeqOptions->empty());
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

bool SchemaEditor::Impl::keepsState(const Object &O, const AlterAction &A,
                                    const DataUse &U) const {
  auto *T = llvm::dyn_cast<Table>(&O);
  if (!T || (A.K != AlterAction::Kind::DropColumn &&
             A.K != AlterAction::Kind::DropIdentity))
    return true;
  const Column *C = T->findColumn(A.Name);
  return !C || !C->Ident ||
         !llvm::is_contained(U.IdentitySequences, implicitSequenceName(*T, *C));
}

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
      if (It->second.OnlyState ? !keepsState(*O, X, It->second)
                               : !keepsRows(X, It->second.OnlyTarget))
        return Refuse(X.Loc.isValid() ? X.Loc : A->Target.Loc, "alter", *O,
                      It->second);
    return true;
  }
  if (auto *R = llvm::dyn_cast<RenameChange>(&C)) {
    Object *O = lookupTarget(R->TK, R->Target.Name);
    auto It = O ? DataUses.find(O) : DataUses.end();
    // An identity's sequence keeps its name when its table is renamed.
    if (It != DataUses.end() &&
        !(It->second.OnlyState && llvm::isa<Table>(O) &&
          (R->NewSchema.empty() || R->NewSchema == schemaOf(*O))))
      return Refuse(R->Target.Loc, "rename", *O, It->second);
    // A table moves its owned sequences along.
    if (auto *T = llvm::dyn_cast_or_null<Table>(O); T && !R->NewSchema.empty())
      for (Object *X : movesWith(*T))
        if (auto XIt = DataUses.find(X); XIt != DataUses.end())
          return Refuse(R->Target.Loc, "rename", *X, XIt->second);
    return true;
  }
  if (auto *D = llvm::dyn_cast<DropChange>(&C)) {
    for (const NameRef &N : D->Names) {
      Object *O = lookupTarget(D->TK, N.Name);
      auto It = O ? DataUses.find(O) : DataUses.end();
      if (It != DataUses.end())
        return Refuse(N.Loc, "drop", *O, It->second);
      // A table drops its owned sequences.
      if (auto *T = llvm::dyn_cast_or_null<Table>(O))
        for (Object *X : movesWith(*T))
          if (auto XIt = DataUses.find(X); XIt != DataUses.end())
            return Refuse(N.Loc, "drop", *X, XIt->second);
    }
  }
  return true;
}
