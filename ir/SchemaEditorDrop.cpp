//===- SchemaEditorDrop.cpp - DROP and what depends on an object ----------===//
//
// Part of schemac. What depends on an object, as the database records it:
// a table's indexes, owned sequences, partitions and triggers go with it
// (automatic dependencies); inheritance children, views, foreign keys of
// other tables, columns of its type and defaults that use a sequence need
// CASCADE. DROP COLUMN and DROP CONSTRAINT have their own dependents.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "schemac/ir/References.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace schemac;

std::vector<SchemaEditor::Impl::Dependent>
SchemaEditor::Impl::findDependents(Object &O) {
  std::vector<Dependent> R;
  Namespace NS = getNamespace(O);
  bool IsRelation = NS == Namespace::Relation;
  bool IsFunction = NS == Namespace::Function;
  bool IsType = llvm::isa<EnumType>(O) || llvm::isa<Domain>(O) ||
                llvm::isa<Table>(O) || llvm::isa<View>(O);
  bool IsSequence = llvm::isa<Sequence>(O);
  /// Whether reference \p Ref of another object names O.
  auto NamesTarget = [&](const Reference &Ref) {
    const QualifiedName &N = Ref.getName();
    switch (Ref.Kind) {
    case ReferenceKind::Relation:
      return IsRelation && M.lookupRelation(N) == &O;
    case ReferenceKind::Sequence:
      return IsSequence && M.lookupRelation(N) == &O;
    case ReferenceKind::Type:
      return IsType && M.lookupType(N) == &O;
    case ReferenceKind::Function:
      return IsFunction && M.lookupFunction(N) == &O;
    case ReferenceKind::OpaqueTarget:
      return IsRelation   ? M.lookupRelation(N) == &O
             : IsFunction ? M.lookupFunction(N) == &O
                          : IsType && M.lookupType(N) == &O;
    default:
      return false;
    }
  };
  for (const ObjectPtr &P : M.objects()) {
    Object *X = P.get();
    if (X == &O)
      continue;
    if (auto *S = llvm::dyn_cast<SchemaDecl>(&O)) {
      if (!llvm::isa<SchemaDecl>(X) && schemaOf(*X) == S->getName().Name)
        R.push_back({X, nullptr, "", false});
      continue;
    }
    if (auto *T = llvm::dyn_cast<Table>(X)) {
      // The table as a whole (a partition goes with its parent, an
      // inheritance child needs CASCADE), then its foreign keys, then its
      // columns whose type is O or whose default uses sequence O.
      std::optional<Dependent> Whole;
      std::vector<Dependent> ForeignKeys, Columns;
      forEachReference(*T, [&](const Reference &Ref) {
        if (!NamesTarget(Ref))
          return;
        switch (Ref.Site) {
        case ReferenceSite::PartitionOf:
          Whole = Dependent{X, nullptr, "", /*Auto=*/true};
          break;
        case ReferenceSite::Inherits:
          if (!Whole)
            Whole = Dependent{X, nullptr, "", false};
          break;
        case ReferenceSite::ForeignKey:
          ForeignKeys.push_back(
              {X, &T->Constraints[Ref.ConstraintIndex], "", false});
          break;
        case ReferenceSite::ColumnType:
        case ReferenceSite::NameLiteral: {
          // A column of type O; nextval('O'::regclass) in a default.
          bool Default = Ref.Site == ReferenceSite::NameLiteral;
          if (!Ref.Col || (Default && Ref.Kind != ReferenceKind::Sequence))
            break;
          if (Columns.empty() || Columns.back().Column != Ref.Col->Name)
            Columns.push_back({X, nullptr, Ref.Col->Name, false});
          break;
        }
        default:
          break;
        }
      });
      if (Whole)
        R.push_back(*Whole);
      R.insert(R.end(), ForeignKeys.begin(), ForeignKeys.end());
      R.insert(R.end(), Columns.begin(), Columns.end());
      continue;
    }
    // Other objects depend as a whole.
    bool Uses = false, Auto = false;
    forEachReference(*X, [&](const Reference &Ref) {
      if (Uses || !NamesTarget(Ref))
        return;
      switch (Ref.Site) {
      case ReferenceSite::IndexTable:    // an index goes with its table,
      case ReferenceSite::SequenceOwner: // an owned sequence too
        Uses = Auto = true;
        break;
      case ReferenceSite::CastType:
      case ReferenceSite::Scan:
        Uses = llvm::isa<View>(X);
        break;
      case ReferenceSite::CallName:
        Uses = llvm::isa<View>(X) &&
               llvm::cast<FuncCall>(Ref.Node)->Name.size() <= 2;
        break;
      case ReferenceSite::DomainType:
        Uses = true;
        break;
      case ReferenceSite::OpaqueTarget:
        // Triggers, rules, policies, grants and comments on the object go
        // with it.
        Uses = Auto = !llvm::cast<OpaqueObject>(X)->IsData;
        break;
      default:
        break;
      }
    });
    auto *Opq = llvm::dyn_cast<OpaqueObject>(X);
    // An aggregate or operator is built from the functions it NamesTarget
    // (SFUNC = f, FUNCTION = f): the database records those dependencies.
    // Other opaque references are found by scanning text and only order
    // the output.
    if (!Uses && Opq && IsFunction &&
        (Opq->ObjectType == "aggregate" || Opq->ObjectType == "operator")) {
      auto It = Mentions.find(Opq);
      const std::vector<QualifiedName> &Names =
          It != Mentions.end() ? It->second : Opq->References;
      Uses = llvm::any_of(Names, [&](const QualifiedName &N) {
        return N != Opq->getName() && M.lookupFunction(N) == &O;
      });
    }
    if (Uses)
      R.push_back({X, nullptr, "", Auto});
  }
  return R;
}

bool SchemaEditor::Impl::dropObject(Object &O, bool Cascade, Location L) {
  std::vector<Dependent> Deps = findDependents(O);
  std::vector<Dependent> Normal;
  for (const Dependent &D : Deps)
    if (!D.Auto)
      Normal.push_back(D);
  if (!Normal.empty() && !Cascade) {
    auto B = report(L, DiagID::err_drop_has_dependents);
    B << O.getDescription() << O.getName().str();
    unsigned Shown = 0;
    for (const Dependent &D : Normal) {
      if (++Shown > 5)
        break;
      if (D.Con)
        B.note(D.Con->Loc, DiagID::note_dependent_object,
               {"constraint", constraintName(*D.O, *D.Con),
                O.getDescription().str(), O.getName().str()});
      else if (!D.Column.empty())
        B.note(D.O->Loc, DiagID::note_dependent_object,
               {"column", D.O->getName().str() + "." + D.Column,
                O.getDescription().str(), O.getName().str()});
      else
        B.note(D.O->Loc, DiagID::note_dependent_object,
               {D.O->getDescription().str(), D.O->getName().str(),
                O.getDescription().str(), O.getName().str()});
    }
    return false;
  }
  // Parts of other objects first (their owners stay), then whole objects,
  // recursively.
  std::vector<std::pair<Table *, Constraint *>> ForeignKeys;
  for (const Dependent &D : Deps)
    if (D.Con)
      ForeignKeys.emplace_back(llvm::cast<Table>(D.O), D.Con);
  eraseConstraints(ForeignKeys);
  std::vector<Object *> Whole;
  for (const Dependent &D : Deps) {
    if (D.Con) {
      continue;
    } else if (!D.Column.empty()) {
      // A default that uses the sequence goes; a column of the type goes
      // with what uses the column.
      auto *T = llvm::cast<Table>(D.O);
      Column *C = T->findColumn(D.Column);
      if (C && llvm::isa<Sequence>(O)) {
        touch(*T);
        C->Default.reset();
      } else if (C) {
        removeColumn(*T, D.Column, L);
      }
    } else if (!llvm::is_contained(Whole, D.O)) {
      Whole.push_back(D.O);
    }
  }
  // Remove the object first so that dependents' lookups no longer find it.
  remove(&O);
  for (Object *X : Whole) {
    if (M.indexOf(X) == M.size())
      continue; // already removed as a dependent of another one
    dropObject(*X, /*Cascade=*/true, L);
  }
  return true;
}

/// Whether \p O is of the kind a DROP of \p TK names.
static bool isDropKind(const Object &O, TargetKind TK) {
  llvm::StringRef Kind = getTargetKindName(TK);
  if (auto *Opq = llvm::dyn_cast<OpaqueObject>(&O))
    return Opq->ObjectType == Kind ||
           (TK == TargetKind::Type && getNamespace(*Opq) == Namespace::Type);
  switch (TK) {
  case TargetKind::Table:
    return llvm::isa<Table>(O);
  case TargetKind::View:
  case TargetKind::MaterializedView: {
    auto *V = llvm::dyn_cast<View>(&O);
    return V && V->Materialized == (TK == TargetKind::MaterializedView);
  }
  case TargetKind::Index:
    return llvm::isa<Index>(O);
  case TargetKind::Sequence:
    return llvm::isa<Sequence>(O);
  case TargetKind::Type:
    return llvm::isa<EnumType>(O);
  case TargetKind::Domain:
    return llvm::isa<Domain>(O);
  case TargetKind::Schema:
    return llvm::isa<SchemaDecl>(O);
  case TargetKind::Relation:
    return getNamespace(O) == Namespace::Relation;
  case TargetKind::Opaque:
    return false;
  }
  return false;
}

ApplyResult SchemaEditor::Impl::applyDrop(DropChange &C) {
  if (C.TK == TargetKind::Opaque)
    return applyDropOpaque(C);
  bool Ok = true;
  for (NameRef &N : C.Names) {
    Object *O = lookupTarget(C.TK, N.Name);
    if (!O && (C.TK == TargetKind::Index || C.TK == TargetKind::Sequence)) {
      // The index of a constraint goes with the constraint only; the
      // implicit sequence of a serial column is made explicit first.
      if (auto [T, K] = findConstraintIndex(N.Name);
          K && C.TK == TargetKind::Index) {
        report(N.Loc, DiagID::err_drop_constraint_index)
            << N.Name.str() << K->Name << T->getName().str();
        Ok = false;
        continue;
      }
      if (auto [T, Col] = findImplicitSequence(N.Name);
          Col && Col->Type.Serial && C.TK == TargetKind::Sequence)
        O = makeSerialExplicit(*T, *Col);
    }
    if (!O) {
      if (!C.IfExists) {
        reportUnknown(N.Loc, getTargetKindName(C.TK), N.Name);
        Ok = false;
      }
      continue;
    }
    if (!isDropKind(*O, C.TK)) {
      reportWrongKind(N, *O, getTargetKindName(C.TK));
      Ok = false;
      continue;
    }
    Ok &= dropObject(*O, C.Cascade, N.Loc);
  }
  return Ok ? ApplyResult() : ApplyResult::failed();
}

ApplyResult SchemaEditor::Impl::applyDropOpaque(DropChange &C) {
  // DROP FUNCTION f(...), DROP TRIGGER t ON tab, ...: remove the opaque
  // object the change names if the module has it.
  bool Removed = false;
  for (NameRef &N : C.Names) {
    OpaqueObject *Match = nullptr;
    for (OpaqueObject *O : M.getObjects<OpaqueObject>()) {
      if (O->ObjectType != C.OpaqueKind || O->getName().Name != N.Name.Name)
        continue;
      if (N.Name.isQualified() && O->getName().isQualified() &&
          N.Name.Schema != O->getName().Schema)
        continue;
      if (N.Name.isQualified() != O->getName().isQualified() &&
          M.qualify(N.Name) != M.qualify(O->getName()))
        continue;
      if (!C.On.Name.empty() &&
          M.lookupRelation(C.On.Name) != M.lookupRelation(O->Target))
        continue;
      Match = O;
      break;
    }
    if (!Match)
      continue;
    if (!dropObject(*Match, C.Cascade, N.Loc))
      return ApplyResult::failed(); // dependents without CASCADE: reported
    Removed = true;
  }
  if (Removed && C.Names.size() == 1)
    return ApplyResult();
  // The statement is kept as written: the module does not have (all) the
  // objects it drops.
  ApplyResult R = ApplyResult::notModelled(
      ApplyResult::Reason::UnknownOpaque,
      C.Names.empty() ? QualifiedName() : C.Names.front().Name, C.OpaqueKind);
  return R;
}

bool SchemaEditor::Impl::dropColumn(Table &T, AlterAction &A) {
  if (!T.findColumn(A.Name)) {
    if (A.IfExists)
      return true;
    report(A.NameLoc, DiagID::err_unknown_column)
        << A.Name << "table" << T.getName().str();
    return false;
  }
  // The partition key cannot lose a column.
  if (T.PartitionBy)
    for (const IndexElement &E : T.PartitionBy->Keys) {
      bool Uses = E.Column == A.Name;
      if (E.Expression)
        walk(*E.Expression, [&](const Expr &X) {
          if (auto *R = llvm::dyn_cast<ColumnRef>(&X))
            Uses |= R->getColumnName() == A.Name;
        });
      if (Uses) {
        report(A.NameLoc, DiagID::err_drop_partition_key_column)
            << A.Name << T.getName().str();
        return false;
      }
    }
  if (Rules.dropColumnRefusesKeysAndIndexes() && !refuseIndexedColumn(T, A))
    return false;
  // Objects outside the table that use the column, and generated columns
  // computed from it, need CASCADE.
  ColumnUsers Users = columnUsers(T, A.Name);
  if ((!Users.ForeignKeys.empty() || !Users.Views.empty() ||
       !Users.Generated.empty()) &&
      !A.Cascade) {
    auto B = report(A.NameLoc, DiagID::err_drop_has_dependents);
    B << "column" << (T.getName().str() + "." + A.Name);
    for (const std::string &G : Users.Generated)
      B.note(T.findColumn(G)->Loc, DiagID::note_dependent_object,
             {"column", T.getName().str() + "." + G, "column", A.Name});
    for (auto &FK : Users.ForeignKeys)
      B.note(FK.second->Loc, DiagID::note_dependent_object,
             {"constraint", constraintName(*FK.first, *FK.second), "column",
              A.Name});
    for (View *V : Users.Views)
      B.note(V->Loc, DiagID::note_dependent_object,
             {V->getDescription().str(), V->getName().str(), "column", A.Name});
    return false;
  }
  removeColumn(T, A.Name, A.Loc);
  return true;
}

/// Whether \p E (may be null) refers to a column named \p Name.
static bool usesColumn(const ExprPtr &E, llvm::StringRef Name) {
  bool Uses = false;
  if (E)
    walk(*E, [&](const Expr &X) {
      if (auto *R = llvm::dyn_cast<ColumnRef>(&X))
        Uses |= R->getColumnName() == Name;
    });
  return Uses;
}

bool SchemaEditor::Impl::refuseIndexedColumn(Table &T, AlterAction &A) {
  const std::string &Name = A.Name;
  auto ExprUses = [&](const ExprPtr &E) { return usesColumn(E, Name); };
  struct User {
    Location Loc;
    std::string Kind, Name;
  };
  std::vector<User> Users;
  for (const Constraint &K : T.Constraints)
    if (llvm::is_contained(K.Columns, Name) ||
        (K.ColumnLevel != Name && ExprUses(K.Check)))
      Users.push_back(
          {K.Loc,
           K.getKindDescription().str() + (K.Name.empty() ? " of table" : ""),
           K.Name.empty() ? T.getName().str() : K.Name});
  for (Index *I : M.getIndexes(T)) {
    bool Uses = ExprUses(I->Where);
    for (const IndexElement &E : I->Elements)
      Uses |= E.Column == Name || ExprUses(E.Expression);
    if (Uses)
      Users.push_back({I->Loc, "index", I->getName().str()});
  }
  if (Users.empty())
    return true;
  auto B = report(A.NameLoc, DiagID::err_drop_has_dependents);
  B << "column" << (T.getName().str() + "." + Name);
  for (const User &U : Users)
    B.note(U.Loc, DiagID::note_dependent_object,
           {U.Kind, U.Name, "column", Name});
  return false;
}

SchemaEditor::Impl::ColumnUsers
SchemaEditor::Impl::columnUsers(Table &T, const std::string &Name) {
  ColumnUsers U;
  // Foreign keys referencing the column (also the table's own, unless they
  // go with the column anyway).
  for (auto &FK : foreignKeysTo(T, /*OfItself=*/true)) {
    const Constraint &K = *FK.second;
    if (FK.first == &T && llvm::is_contained(K.Columns, Name))
      continue;
    if (llvm::is_contained(K.RefColumns, Name) ||
        (K.RefColumns.empty() && T.getPrimaryKey() &&
         llvm::is_contained(T.getPrimaryKey()->Columns, Name)))
      U.ForeignKeys.push_back(FK);
  }
  for (const Column &C : T.Columns)
    if (C.Name != Name && C.generation() && C.generation()->Expression) {
      bool Uses = false;
      walk(*C.generation()->Expression, [&](const Expr &X) {
        if (auto *R = llvm::dyn_cast<ColumnRef>(&X))
          Uses |= R->getColumnName() == Name;
      });
      if (Uses)
        U.Generated.push_back(C.Name);
    }
  U.Views = viewsReading(T, Name);
  return U;
}

void SchemaEditor::Impl::removeColumn(Table &T, const std::string &Name,
                                      Location L) {
  ColumnUsers Users = columnUsers(T, Name);
  if (!Users.Generated.empty()) {
    for (const std::string &G : Users.Generated)
      if (T.findColumn(G))
        removeColumn(T, G, L);
    Users = columnUsers(T, Name); // what those took along is gone
  }
  eraseConstraints(Users.ForeignKeys);
  for (View *V : Users.Views)
    if (M.indexOf(V) != M.size())
      dropObject(*V, true, L);
  touch(T);
  llvm::erase_if(T.Columns, [&](const Column &C) { return C.Name == Name; });
  // Constraints and indexes that involve the column go with it.
  auto ExprUses = [&](const ExprPtr &E) { return usesColumn(E, Name); };
  llvm::erase_if(T.Constraints, [&](const Constraint &K) {
    if (K.ColumnLevel == Name || llvm::is_contained(K.Columns, Name) ||
        llvm::is_contained(K.Include, Name) || ExprUses(K.Check))
      return true;
    return llvm::any_of(K.Exclusions, [&](const ExclusionElement &X) {
      return X.Element.Column == Name || ExprUses(X.Element.Expression);
    });
  });
  for (Index *I : M.getIndexes(T)) {
    bool Uses = llvm::is_contained(I->Include, Name) || ExprUses(I->Where);
    for (const IndexElement &E : I->Elements)
      Uses |= E.Column == Name || ExprUses(E.Expression);
    if (Uses)
      remove(I);
  }
  for (Sequence *S : M.getObjects<Sequence>())
    if (S->isOwned() && S->OwnedByColumn == Name &&
        M.lookupTable(S->OwnedByTable) == &T)
      remove(S);
}

void SchemaEditor::Impl::eraseConstraints(
    const std::vector<std::pair<Table *, Constraint *>> &Cons) {
  // Per table in one pass: erasing one moves the others.
  for (size_t I = 0; I != Cons.size(); ++I) {
    Table *T = Cons[I].first;
    if (llvm::any_of(llvm::make_range(Cons.begin(), Cons.begin() + I),
                     [&](auto &C) { return C.first == T; }))
      continue; // done with an earlier one
    llvm::SmallPtrSet<const Constraint *, 4> Gone;
    for (auto &C : Cons)
      if (C.first == T)
        Gone.insert(C.second);
    touch(*T);
    llvm::erase_if(T->Constraints,
                   [&](const Constraint &K) { return Gone.count(&K); });
  }
}

bool SchemaEditor::Impl::dropConstraint(Table &T, AlterAction &A) {
  Constraint *K = T.findConstraint(A.Name);
  if (!K) {
    if (A.IfExists)
      return true;
    report(A.NameLoc, DiagID::err_unknown_object)
        << "constraint" << (A.Name + " of table " + T.getName().str());
    return false;
  }
  if (K->isKey()) {
    // Foreign keys of other tables may rely on this key.
    std::vector<std::pair<Table *, Constraint *>> FKs;
    for (Table *Other : M.getObjects<Table>())
      for (Constraint &F : Other->Constraints)
        if (F.K == Constraint::Kind::ForeignKey && &F != K &&
            M.lookupTable(F.RefTable) == &T &&
            (F.RefColumns.empty() ? K->K == Constraint::Kind::PrimaryKey
                                  : F.RefColumns == K->Columns))
          FKs.emplace_back(Other, &F);
    if (!FKs.empty() && !A.Cascade) {
      auto B = report(A.NameLoc, DiagID::err_drop_has_dependents);
      B << "constraint" << A.Name;
      for (auto &FK : FKs)
        B.note(FK.second->Loc, DiagID::note_dependent_object,
               {"constraint", constraintName(*FK.first, *FK.second),
                "constraint", A.Name});
      return false;
    }
    // The NOT NULL a primary key gave its columns stays (PostgreSQL 15).
    if (K->K == Constraint::Kind::PrimaryKey)
      for (const std::string &Name : K->Columns)
        if (Column *C = T.findColumn(Name)) {
          C->NotNull = true;
          C->ExplicitNull = false;
        }
    FKs.emplace_back(&T, K); // the key itself, in the same pass
    eraseConstraints(FKs);
    return true;
  }
  llvm::erase_if(T.Constraints,
                 [&](const Constraint &X) { return X.Name == A.Name; });
  return true;
}
