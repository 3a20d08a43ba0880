//===- SchemaEditorAlter.cpp - ALTER actions ------------------------------===//
//
// Part of schemac. The actions of an AlterChange on tables (columns,
// constraints, partitions, inheritance, row security, storage), on every
// relation (owner, tablespace, storage options), sequences, enums, domains
// and schemas.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

using Act = AlterAction::Kind;

namespace {

/// ALTER SEQUENCE / ALTER COLUMN ... SET options: what is written replaces
/// what was there.
void mergeSequenceOptions(SequenceOptions &O, const SequenceOptions &N) {
  if (N.AsType)
    O.AsType = N.AsType;
  if (N.Start)
    O.Start = N.Start;
  if (N.Increment)
    O.Increment = N.Increment;
  if (N.MinValue || N.NoMinValue) {
    O.MinValue = N.MinValue;
    O.NoMinValue = N.NoMinValue;
  }
  if (N.MaxValue || N.NoMaxValue) {
    O.MaxValue = N.MaxValue;
    O.NoMaxValue = N.NoMaxValue;
  }
  if (N.Cache)
    O.Cache = N.Cache;
  if (N.Cycle)
    O.Cycle = N.Cycle;
}

/// smallint, integer or bigint, or a type whose kind the module does not
/// know (a domain, a type of the dialect).
bool isIdentityType(const DataType &T) {
  if (T.Kind == TypeKind::UserDefined || T.Kind == TypeKind::DialectSpecific ||
      T.Kind == TypeKind::Unknown)
    return true;
  return T.isIntegral() && !T.isArray();
}

/// SET (...) / RESET (...) of storage parameters.
void applyParams(StorageParams &Params, const AlterAction &A) {
  for (auto &KV : A.Params) {
    auto It = llvm::find_if(Params,
                            [&](const auto &P) { return P.first == KV.first; });
    if (A.K == Act::ResetOptions) {
      if (It != Params.end())
        Params.erase(It);
    } else if (It != Params.end()) {
      It->second = KV.second;
    } else {
      Params.push_back(KV);
    }
  }
}

} // namespace

ApplyResult SchemaEditor::Impl::applyAlter(AlterChange &C) {
  if (C.TK == TargetKind::Schema)
    return alterSchema(C) ? ApplyResult() : ApplyResult::failed();
  if (!lookupTarget(C.TK, C.Target.Name) &&
      (C.TK == TargetKind::Index || C.TK == TargetKind::Relation))
    if (auto [T, K] = findConstraintIndex(C.Target.Name); K)
      return alterConstraintIndex(C, *T, *K);
  ApplyResult R;
  Object *O = resolveTarget(C.Target, C.TK, C.IfExists, R);
  if (!O)
    return R;
  // The actions may give it unqualified references.
  Pending.insert(O);
  bool Ok = true;
  if (auto *T = llvm::dyn_cast<Table>(O)) {
    Ok = alterTable(C, *T);
  } else if (auto *S = llvm::dyn_cast<Sequence>(O)) {
    Ok = C.TK == TargetKind::Sequence ? alterSequence(C, *S)
                                      : llvm::all_of(C.Actions, [&](auto &A) {
                                          return alterRelation(A, *S);
                                        });
  } else if (auto *E = llvm::dyn_cast<EnumType>(O)) {
    Ok = alterEnum(C, *E);
  } else if (auto *D = llvm::dyn_cast<Domain>(O)) {
    if (C.TK == TargetKind::Type)
      for (const AlterAction &A : C.Actions)
        if (A.K == Act::AddEnumValue || A.K == Act::RenameEnumValue) {
          reportWrongKind(C.Target, *D, "enum");
          return ApplyResult::failed();
        }
    Ok = alterDomain(C, *D);
  } else {
    for (AlterAction &A : C.Actions)
      if (!(Ok = alterRelation(A, *O)))
        break;
  }
  return Ok ? R : ApplyResult::failed();
}

bool SchemaEditor::Impl::alterRelation(AlterAction &A, Object &O) {
  touch(O);
  switch (A.K) {
  case Act::OwnerTo:
    O.Owner = A.Value;
    return true;
  case Act::SetTablespace:
    if (auto *I = llvm::dyn_cast<Index>(&O))
      I->Tablespace = A.Value;
    else if (auto *V = llvm::dyn_cast<View>(&O))
      V->Tablespace = A.Value;
    return true;
  case Act::SetOptions:
  case Act::ResetOptions:
    if (auto *I = llvm::dyn_cast<Index>(&O)) {
      applyParams(I->With, A);
      return true;
    }
    if (auto *V = llvm::dyn_cast<View>(&O)) {
      applyParams(V->Options, A);
      return true;
    }
    break;
  default:
    break;
  }
  report(A.Loc, DiagID::err_wrong_object_kind)
      << O.getName().str() << O.getDescription() << "table";
  return false;
}

bool SchemaEditor::Impl::addColumn(Table &T, AlterAction &A) {
  if (T.findColumn(A.Col->Name)) {
    if (A.IfNotExists)
      return true;
    report(A.NameLoc, DiagID::err_duplicate_object) << "column" << A.Col->Name;
    return false;
  }
  if (A.Col->generation() &&
      !checkColumnRefs(T, A.Col->generation()->Expression.get()))
    return false;
  expandStarsOver(T);
  T.Columns.push_back(std::move(*A.Col));
  nameImplicitSequence(T, T.Columns.back());
  for (Constraint &K : A.Constraints)
    if (!addConstraint(T, std::move(K)))
      return false;
  return true;
}

bool SchemaEditor::Impl::addConstraint(Table &T, Constraint K) {
  K.AddedByAlter = true;
  if (!K.Name.empty() && T.findConstraint(K.Name)) {
    report(K.Loc, DiagID::err_duplicate_object) << "constraint" << K.Name;
    return false;
  }
  if (K.K == Constraint::Kind::PrimaryKey && T.getPrimaryKey()) {
    report(K.Loc, DiagID::err_multiple_primary_keys) << T.getName().str();
    return false;
  }
  for (const std::string &Col : K.Columns)
    if (!columnExists(T, Col)) {
      report(K.Loc, DiagID::err_unknown_column)
          << Col << "table" << T.getName().str();
      return false;
    }
  // The columns CHECK and EXCLUDE use exist too.
  if (!checkColumnRefs(T, K.Check.get()) ||
      !checkColumnRefs(T, K.ExclusionWhere.get()))
    return false;
  for (const ExclusionElement &X : K.Exclusions) {
    if (!checkColumnRefs(T, X.Element.Expression.get()))
      return false;
    if (!X.Element.isExpression() && !columnExists(T, X.Element.Column)) {
      report(K.Loc, DiagID::err_unknown_column)
          << X.Element.Column << "table" << T.getName().str();
      return false;
    }
  }
  if (K.K == Constraint::Kind::ForeignKey) {
    Table *Ref = M.lookupTable(K.RefTable);
    if (!Ref && !M.lookupRelation(K.RefTable)) {
      reportUnknown(K.Loc, "relation", K.RefTable);
      return false;
    }
    for (const std::string &Col : K.RefColumns)
      if (Ref && !columnExists(*Ref, Col)) {
        report(K.Loc, DiagID::err_unknown_column)
            << Col << "table" << K.RefTable.str();
        return false;
      }
  }
  // Index-backed constraints create an index of their name.
  if (!K.Name.empty() && K.isIndexBacked() &&
      Rules.constraintNamesAreRelations() &&
      isTaken(schemaOf(T), K.Name, /*Relation=*/true)) {
    reportDuplicate(K.Loc, "relation", QualifiedName(K.Name),
                    M.lookupRelation(QualifiedName(schemaOf(T), K.Name)));
    return false;
  }
  nameAddedConstraint(T, K);
  touch(T);
  // Tables get their keys one ALTER at a time in pg_dump output; grow by
  // little steps, constraints are large.
  if (T.Constraints.size() == T.Constraints.capacity())
    T.Constraints.reserve(T.Constraints.size() + T.Constraints.size() / 4 + 1);
  T.Constraints.push_back(std::move(K));
  return true;
}

bool SchemaEditor::Impl::addConstraintUsingIndex(Table &T, AlterAction &A) {
  Constraint &K = A.Constraints.front();
  QualifiedName IdxName(schemaOf(T), A.Name);
  Index *I = M.lookupIndex(IdxName);
  if (!I) {
    reportUnknown(A.NameLoc, "index", QualifiedName(A.Name));
    return false;
  }
  if (M.lookupTable(I->Table) != &T) {
    report(A.NameLoc, DiagID::err_index_not_of_table)
        << A.Name << T.getName().str();
    return false;
  }
  if (!I->Unique) {
    report(A.NameLoc, DiagID::err_not_unique_index) << A.Name;
    return false;
  }
  if (I->Where || !I->Include.empty() ||
      llvm::any_of(I->Elements,
                   [](const IndexElement &E) { return E.isExpression(); })) {
    report(A.NameLoc, DiagID::err_index_cannot_back_constraint) << A.Name;
    return false;
  }
  for (const IndexElement &E : I->Elements)
    K.Columns.push_back(E.Column);
  K.NullsNotDistinct = I->NullsNotDistinct;
  K.IndexWith = I->With;
  K.IndexTablespace = I->Tablespace;
  // The index is renamed to the constraint's name and becomes part of it.
  if (K.Name.empty())
    K.Name = A.Name;
  remove(I);
  touch(T);
  if (K.K == Constraint::Kind::PrimaryKey)
    for (const std::string &Col : K.Columns)
      if (Column *Co = T.findColumn(Col))
        Co->NotNull = true;
  return addConstraint(T, std::move(K));
}

bool SchemaEditor::Impl::attachPartition(Table &Parent, AlterAction &A) {
  if (!Parent.PartitionBy) {
    report(A.Loc, DiagID::err_not_partitioned) << Parent.getName().str();
    return false;
  }
  Object *O = M.lookupRelation(A.Relation.Name);
  auto *Child = llvm::dyn_cast_or_null<Table>(O);
  if (!Child) {
    if (O)
      report(A.Relation.Loc, DiagID::err_wrong_object_kind)
          << A.Relation.Name.str() << O->getDescription() << "table";
    else
      reportUnknown(A.Relation.Loc, "relation", A.Relation.Name);
    return false;
  }
  if (Child->isPartition()) {
    report(A.Relation.Loc, DiagID::err_already_partition)
        << A.Relation.Name.str();
    return false;
  }
  touch(*Child);
  Pending.insert(Child);
  Child->PartitionOf = Parent.getName();
  Child->Bound = std::move(*A.Bound);
  Child->AttachedLater = true;
  return true;
}

bool SchemaEditor::Impl::detachPartition(Table &Parent, AlterAction &A) {
  Table *Child = M.lookupTable(A.Relation.Name);
  if (!Child || M.lookupTable(Child->PartitionOf) != &Parent) {
    report(A.Relation.Loc, DiagID::err_not_partition_of)
        << A.Relation.Name.str() << Parent.getName().str();
    return false;
  }
  touch(*Child);
  Child->PartitionOf = QualifiedName();
  Child->Bound.reset();
  Child->AttachedLater = false;
  return true;
}

bool SchemaEditor::Impl::alterColumn(Table &T, AlterAction &A) {
  Column *Col = T.findColumn(A.Name);
  if (!Col) {
    report(A.NameLoc, DiagID::err_unknown_column)
        << A.Name << "table" << T.getName().str();
    return false;
  }
  auto Fail = [&](DiagID ID) {
    report(A.Loc, ID) << A.Name;
    return false;
  };
  // A serial column is sugar for a sequence, a default and NOT NULL, which
  // these actions change apart.
  if (Col->Type.Serial &&
      (A.K == Act::AlterColumnType || A.K == Act::SetDefault ||
       A.K == Act::DropDefault || A.K == Act::DropNotNull))
    makeSerialExplicit(T, *Col);
  switch (A.K) {
  case Act::AlterColumnType:
    if (!checkTypeChangeOfViewColumn(T, A.Name, A.Loc))
      return false;
    if (Col->Default)
      Rules.retypeDefault(*Col, storedType(Col->Type));
    Col->Type = std::move(*A.Type);
    if (!A.Collation.empty())
      Col->details().Collation = A.Collation;
    return true;
  case Act::SetDefault:
    if (Col->Ident || Col->generation())
      return Fail(DiagID::err_default_on_identity_or_generated);
    Col->Default = std::move(A.Expression);
    return true;
  case Act::DropDefault:
    Col->Default.reset();
    return true;
  case Act::SetNotNull:
    Col->NotNull = true;
    Col->ExplicitNull = false;
    return true;
  case Act::DropNotNull: {
    const Constraint *PK = T.getPrimaryKey();
    if (PK && llvm::is_contained(PK->Columns, A.Name))
      return Fail(DiagID::err_column_in_primary_key);
    Col->NotNull = false;
    return true;
  }
  case Act::AddIdentity:
    if (Col->Ident)
      return Fail(DiagID::err_column_already_identity);
    if (Col->generation())
      return Fail(DiagID::err_identity_and_generation);
    if (!isIdentityType(Col->Type)) {
      report(A.Loc, DiagID::err_verify_identity_type);
      return false;
    }
    // A serial column has the default of its sequence.
    if (Col->Default || Col->Type.Serial)
      return Fail(DiagID::err_column_already_has_default);
    Col->Ident = std::move(*A.Identity);
    Col->NotNull = true;
    nameImplicitSequence(T, *Col);
    return true;
  case Act::AlterIdentity:
    if (!Col->Ident)
      return Fail(DiagID::err_column_not_identity);
    if (A.Always)
      Col->Ident->Always = *A.Always;
    mergeSequenceOptions(Col->Ident->Options, *A.SeqOptions);
    if (A.Restart)
      restartSequence(T,
                      QualifiedName(schemaOf(T), implicitSequenceName(T, *Col)),
                      Col->Ident->Options, A, Col);
    return true;
  case Act::DropIdentity:
    if (!Col->Ident && !A.IfExists)
      return Fail(DiagID::err_column_not_identity);
    Col->Ident.reset();
    return true;
  case Act::DropExpression:
    if (!Col->generation() && !A.IfExists)
      return Fail(DiagID::err_column_not_generated);
    Col->details().Generation.reset();
    return true;
  case Act::SetExpression:
    if (!Col->generation())
      return Fail(DiagID::err_column_not_generated);
    if (!checkColumnRefs(T, A.Expression.get()))
      return false;
    Col->details().Generation->Expression = std::move(A.Expression);
    return true;
  case Act::SetStorage:
    Col->details().Storage = A.Value;
    return true;
  case Act::SetCompression:
    Col->details().Compression = A.Value;
    return true;
  default:
    return false;
  }
}

bool SchemaEditor::Impl::alterTable(AlterChange &C, Table &T) {
  // Most actions change the table itself.
  touch(T);
  for (AlterAction &A : C.Actions) {
    bool Ok = true;
    switch (A.K) {
    case Act::AddColumn:
      Ok = addColumn(T, A);
      break;
    case Act::AddConstraint:
      Ok = addConstraint(T, std::move(A.Constraints.front()));
      break;
    case Act::AddConstraintUsingIndex:
      Ok = addConstraintUsingIndex(T, A);
      break;
    case Act::DropColumn:
      Ok = dropColumn(T, A);
      break;
    case Act::DropConstraint:
      Ok = dropConstraint(T, A);
      break;
    case Act::ValidateConstraint:
      if (Constraint *K = T.findConstraint(A.Name)) {
        K->NotValid = false;
      } else {
        reportUnknown(A.NameLoc, "constraint", QualifiedName(A.Name));
        Ok = false;
      }
      break;
    case Act::AlterColumnType:
    case Act::SetDefault:
    case Act::DropDefault:
    case Act::SetNotNull:
    case Act::DropNotNull:
    case Act::AddIdentity:
    case Act::AlterIdentity:
    case Act::DropIdentity:
    case Act::DropExpression:
    case Act::SetExpression:
    case Act::SetStorage:
    case Act::SetCompression:
      Ok = alterColumn(T, A);
      break;
    case Act::RenameColumn:
      Ok = renameColumn(T, A.Name, A.NewName, A.NameLoc);
      break;
    case Act::RenameConstraint:
      if (Constraint *K = T.findConstraint(A.Name)) {
        if (T.findConstraint(A.NewName)) {
          report(A.Loc, DiagID::err_duplicate_object)
              << "constraint" << A.NewName;
          Ok = false;
        } else {
          K->Name = A.NewName;
          K->GeneratedName = false;
          claim(schemaOf(T), K->Name);
        }
      } else {
        reportUnknown(A.NameLoc, "constraint", QualifiedName(A.Name));
        Ok = false;
      }
      break;
    case Act::AttachPartition:
      Ok = attachPartition(T, A);
      break;
    case Act::DetachPartition:
      Ok = detachPartition(T, A);
      break;
    case Act::EnableRowSecurity:
      T.RowSecurity = true;
      break;
    case Act::DisableRowSecurity:
      T.RowSecurity = false;
      break;
    case Act::ForceRowSecurity:
      T.ForceRowSecurity = true;
      break;
    case Act::NoForceRowSecurity:
      T.ForceRowSecurity = false;
      break;
    case Act::Inherit:
      if (Table *P = M.lookupTable(A.Relation.Name); !P) {
        reportUnknown(A.Relation.Loc, "relation", A.Relation.Name);
        Ok = false;
      } else if (P->PartitionBy) {
        report(A.Relation.Loc, DiagID::err_verify_inherit_partitioned)
            << A.Relation.Name.str();
        Ok = false;
      } else {
        T.Inherits.push_back(A.Relation.Name);
      }
      break;
    case Act::NoInherit: {
      Table *P = M.lookupTable(A.Relation.Name);
      auto It = llvm::find_if(T.Inherits, [&](const QualifiedName &N) {
        return P && M.lookupTable(N) == P;
      });
      if (It == T.Inherits.end()) {
        report(A.Relation.Loc, DiagID::err_not_parent_of)
            << A.Relation.Name.str() << T.getName().str();
        Ok = false;
      } else {
        T.Inherits.erase(It);
      }
      break;
    }
    case Act::SetOptions:
    case Act::ResetOptions:
      applyParams(T.With, A);
      break;
    case Act::SetTablespace:
      T.Tablespace = A.Value;
      break;
    case Act::SetLogged:
      T.Persist = Table::Persistence::Permanent;
      break;
    case Act::SetUnlogged:
      T.Persist = Table::Persistence::Unlogged;
      break;
    case Act::OwnerTo:
      T.Owner = A.Value;
      break;
    default:
      report(A.Loc, DiagID::err_action_not_valid_for_table);
      Ok = false;
      break;
    }
    if (!Ok)
      return false;
  }
  return true;
}

bool SchemaEditor::Impl::alterSequence(AlterChange &C, Sequence &Seq) {
  for (AlterAction &A : C.Actions) {
    if (A.K != Act::SetSequenceOptions && A.K != Act::SetLogged &&
        A.K != Act::SetUnlogged) {
      if (!alterRelation(A, Seq))
        return false;
      continue;
    }
    touch(Seq);
    if (A.K == Act::SetLogged) {
      Seq.Persist = Sequence::Persistence::Permanent;
      continue;
    }
    if (A.K == Act::SetUnlogged) {
      Seq.Persist = Sequence::Persistence::Unlogged;
      continue;
    }
    bool OwnedBy = !A.OwnedByNone && !A.Relation.Name.empty();
    if (OwnedBy) {
      Table *T = M.lookupTable(A.Relation.Name);
      if (!T) {
        reportUnknown(A.Relation.Loc, "table", A.Relation.Name);
        return false;
      }
      if (!columnExists(*T, A.Name)) {
        report(A.Relation.Loc, DiagID::err_unknown_column)
            << A.Name << "table" << A.Relation.Name.str();
        return false;
      }
      if (schemaOf(*T) != schemaOf(Seq)) {
        report(A.Relation.Loc, DiagID::err_sequence_owner_schema);
        return false;
      }
    }
    if (A.SeqOptions)
      mergeSequenceOptions(Seq.Options, *A.SeqOptions);
    if (A.Restart)
      restartSequence(Seq, QualifiedName(schemaOf(Seq), Seq.getName().Name),
                      Seq.Options, A, nullptr);
    if (A.OwnedByNone) {
      Seq.OwnedByTable = QualifiedName();
      Seq.OwnedByColumn.clear();
      Seq.OwnedByNone = true;
    } else if (OwnedBy) {
      Seq.OwnedByTable = A.Relation.Name;
      Seq.OwnedByColumn = A.Name;
      Seq.OwnedByNone = false;
    }
  }
  return true;
}

bool SchemaEditor::Impl::alterEnum(AlterChange &C, EnumType &E) {
  touch(E);
  for (AlterAction &A : C.Actions) {
    switch (A.K) {
    case Act::AddEnumValue: {
      if (llvm::is_contained(E.Values, A.Name)) {
        if (A.IfNotExists)
          break;
        report(A.NameLoc, DiagID::err_duplicate_object)
            << "enum label" << A.Name;
        return false;
      }
      auto Pos = E.Values.end();
      if (!A.Neighbour.empty()) {
        auto It = llvm::find(E.Values, A.Neighbour);
        if (It == E.Values.end()) {
          report(A.NeighbourLoc, DiagID::err_unknown_object)
              << "enum label" << A.Neighbour;
          return false;
        }
        Pos = A.Before ? It : It + 1;
      }
      E.Values.insert(Pos, A.Name);
      break;
    }
    case Act::RenameEnumValue: {
      auto It = llvm::find(E.Values, A.Name);
      if (It == E.Values.end()) {
        report(A.NameLoc, DiagID::err_unknown_object) << "enum label" << A.Name;
        return false;
      }
      if (llvm::is_contained(E.Values, A.NewName)) {
        report(A.Loc, DiagID::err_duplicate_object)
            << "enum label" << A.NewName;
        return false;
      }
      *It = A.NewName;
      break;
    }
    case Act::OwnerTo:
      E.Owner = A.Value;
      break;
    default:
      break;
    }
  }
  return true;
}

bool SchemaEditor::Impl::alterDomain(AlterChange &C, Domain &D) {
  touch(D);
  auto FindCheck = [&](const std::string &Name) {
    return llvm::find_if(D.Checks,
                         [&](const DomainCheck &X) { return X.Name == Name; });
  };
  auto UnknownCheck = [&](const AlterAction &A) {
    report(A.NameLoc, DiagID::err_unknown_object)
        << "constraint" << (A.Name + " of domain " + D.getName().str());
  };
  for (AlterAction &A : C.Actions) {
    switch (A.K) {
    case Act::SetDefault:
      D.Default = std::move(A.Expression);
      break;
    case Act::DropDefault:
      D.Default.reset();
      break;
    case Act::SetNotNull:
    case Act::AddDomainNotNull:
      D.NotNull = true;
      D.ExplicitNull = false;
      break;
    case Act::DropNotNull:
      D.NotNull = false;
      break;
    case Act::AddDomainCheck:
      if (!A.Check->Name.empty() &&
          FindCheck(A.Check->Name) != D.Checks.end()) {
        report(A.Loc, DiagID::err_duplicate_object)
            << "constraint" << A.Check->Name;
        return false;
      }
      D.Checks.push_back(std::move(*A.Check));
      nameDomainChecks(D);
      break;
    case Act::DropConstraint: {
      auto It = FindCheck(A.Name);
      if (It == D.Checks.end()) {
        if (A.IfExists)
          break;
        UnknownCheck(A);
        return false;
      }
      D.Checks.erase(It);
      break;
    }
    case Act::RenameConstraint:
    case Act::ValidateConstraint: {
      auto It = FindCheck(A.Name);
      if (It == D.Checks.end()) {
        UnknownCheck(A);
        return false;
      }
      if (A.K == Act::RenameConstraint) {
        It->Name = A.NewName;
        It->GeneratedName = false;
        claim(schemaOf(D), A.NewName);
      } else
        It->NotValid = false;
      break;
    }
    case Act::OwnerTo:
      D.Owner = A.Value;
      break;
    default:
      break;
    }
  }
  return true;
}

bool SchemaEditor::Impl::alterSchema(AlterChange &C) {
  SchemaDecl *SD = M.lookupSchema(C.Target.Name.Name);
  if (!SD && !(SD = implicitSchema(C.Target))) {
    reportUnknown(C.Target.Loc, "schema", C.Target.Name);
    return false;
  }
  touch(*SD);
  for (AlterAction &A : C.Actions)
    if (A.K == Act::OwnerTo)
      SD->Owner = A.Value;
  return true;
}
