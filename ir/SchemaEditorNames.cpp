//===- SchemaEditorNames.cpp - The names the database generates -----------===//
//
// Part of schemac. The database names what a script leaves unnamed when it
// creates it: constraints, the indexes of keys, CREATE INDEX without a
// name, the sequences of serial and identity columns. The name is fixed
// then; renaming the table or a column later does not change it. The
// editor does the same, through the dialect's naming scheme (EditorRules),
// and records that a name was generated (Constraint::GeneratedName,
// Index::GeneratedName) so that a backend may leave it to the database
// when the database would give the same name.
//
// A serial column stays sugar for its sequence, default and OWNED BY as
// long as the sugar says the same thing: while its sequence has the name
// the table's and column's names give. Before a rename would change that
// name, or when the sequence, the default or NOT NULL is altered, the
// column is made explicit, as the database has it.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "llvm/ADT/STLExtras.h"

using namespace schemac;

static std::string claimKey(llvm::StringRef Schema, llvm::StringRef Name) {
  return (Schema + "\x1F" + Name).str();
}

void SchemaEditor::Impl::claim(llvm::StringRef Schema, llvm::StringRef Name) {
  if (!Name.empty())
    Claimed.insert(claimKey(Schema, Name));
}

void SchemaEditor::Impl::claimNamesOf(const Table &T) {
  std::string Schema = schemaOf(T);
  for (const Constraint &K : T.Constraints)
    claim(Schema, K.Name);
  for (const Column &C : T.Columns)
    claim(Schema, implicitSequenceName(T, C));
}

void SchemaEditor::Impl::claimNamesOf(const Domain &D) {
  std::string Schema = schemaOf(D);
  for (const DomainCheck &C : D.Checks)
    claim(Schema, C.Name);
}

bool SchemaEditor::Impl::isTaken(llvm::StringRef Schema, llvm::StringRef Name,
                                 bool Relation) const {
  if (Relation && M.lookupRelation(QualifiedName(Schema.str(), Name.str())))
    return true;
  if (!Claimed.count(claimKey(Schema, Name)))
    return false;
  for (const ObjectPtr &O : M.objects()) {
    if (auto *T = llvm::dyn_cast<Table>(O.get())) {
      if (schemaOf(*T) != Schema)
        continue;
      for (const Constraint &K : T->Constraints)
        if (K.Name == Name &&
            (!Relation ||
             (K.isIndexBacked() && Rules.constraintNamesAreRelations())))
          return true;
      if (Relation)
        for (const Column &C : T->Columns)
          if ((C.Type.Serial || C.Ident) && implicitSequenceName(*T, C) == Name)
            return true;
    } else if (auto *D = llvm::dyn_cast<Domain>(O.get())) {
      if (!Relation && schemaOf(*D) == Schema &&
          llvm::any_of(D->Checks,
                       [&](const DomainCheck &C) { return C.Name == Name; }))
        return true;
    }
  }
  return false;
}

std::string SchemaEditor::Impl::constraintName(const Object &Owner,
                                               const Constraint &C) const {
  if (!C.Name.empty() || !llvm::isa<Table>(Owner))
    return C.Name;
  return Rules.nameConstraint(llvm::cast<Table>(Owner), C,
                              [](llvm::StringRef, bool) { return false; });
}

std::string SchemaEditor::Impl::implicitSequenceName(const Table &T,
                                                     const Column &C) const {
  if (C.Ident && !C.Ident->Options.SequenceName.empty())
    return C.Ident->Options.SequenceName.Name;
  if (!C.Type.Serial && !C.Ident)
    return std::string();
  return Rules.nameImplicitSequence(
      T.getName().Name, C.Name, [](llvm::StringRef, bool) { return false; });
}

std::vector<ObjectPtr>
SchemaEditor::Impl::nameNewTable(Table &T, const std::string &Schema) {
  // Names this CREATE TABLE takes before the table is in the module.
  llvm::StringSet<> Rels, Cons;
  auto Taken = [&](llvm::StringRef Name, bool Relation) {
    return (Relation ? Rels : Cons).count(Name) ||
           isTaken(Schema, Name, Relation);
  };
  for (const Constraint &K : T.Constraints) {
    if (K.Name.empty())
      continue;
    Cons.insert(K.Name);
    if (K.isIndexBacked() && Rules.constraintNamesAreRelations())
      Rels.insert(K.Name);
  }
  for (const Column &C : T.Columns)
    if (C.Ident && !C.Ident->Options.SequenceName.empty())
      Rels.insert(C.Ident->Options.SequenceName.Name);

  // The sequences of serial and identity columns come first.
  std::vector<ObjectPtr> Sequences;
  for (Column &C : T.Columns) {
    if (!C.Type.Serial && !(C.Ident && C.Ident->Options.SequenceName.empty()))
      continue;
    std::string Name =
        Rules.nameImplicitSequence(T.getName().Name, C.Name, Taken);
    Rels.insert(Name);
    if (Name == implicitSequenceName(T, C))
      continue;
    // Another name than the sugar says: write it down.
    QualifiedName Q(T.getName().Schema, Name);
    if (C.Ident)
      C.Ident->Options.SequenceName = Q;
    else
      Sequences.push_back(Rules.makeSerialExplicit(T, C, Q));
  }

  auto NameIt = [&](Constraint &K) {
    K.Name = Rules.nameConstraint(T, K, Taken);
    // A dialect that names no unnamed constraints (SQLite) leaves it empty.
    K.GeneratedName = !K.Name.empty();
    if (K.Name.empty())
      return;
    Cons.insert(K.Name);
    if (K.isIndexBacked() && Rules.constraintNamesAreRelations())
      Rels.insert(K.Name);
  };
  for (Constraint &K : T.Constraints)
    if (K.Name.empty() && K.K == Constraint::Kind::Check)
      NameIt(K);

  // The index constraints, the primary key first. One with the same index
  // as an earlier one is merged into it (its name goes to the earlier one
  // if that has none), as the database does.
  std::vector<size_t> Order;
  for (size_t I = 0; I != T.Constraints.size(); ++I)
    if (T.Constraints[I].K == Constraint::Kind::PrimaryKey) {
      Order.push_back(I);
      break;
    }
  for (size_t I = 0; I != T.Constraints.size(); ++I)
    if (T.Constraints[I].isIndexBacked() && (Order.empty() || I != Order[0]))
      Order.push_back(I);
  std::vector<size_t> Kept;
  std::vector<bool> Merged(T.Constraints.size());
  for (size_t I : Order) {
    Constraint &K = T.Constraints[I];
    auto Prior = llvm::find_if(
        Kept, [&](size_t P) { return T.Constraints[P].hasSameIndexAs(K); });
    if (Prior == Kept.end()) {
      Kept.push_back(I);
      continue;
    }
    Constraint &P = T.Constraints[*Prior];
    if (P.Name.empty())
      P.Name = K.Name;
    if (!P.Comment)
      P.Comment = K.Comment;
    Merged[I] = true;
  }
  for (size_t I : Kept)
    if (T.Constraints[I].Name.empty())
      NameIt(T.Constraints[I]);
  for (Constraint &K : T.Constraints)
    if (K.Name.empty() && K.K == Constraint::Kind::ForeignKey)
      NameIt(K);
  if (llvm::is_contained(Merged, true)) {
    size_t I = 0;
    llvm::erase_if(T.Constraints,
                   [&](const Constraint &) { return Merged[I++]; });
  }
  return Sequences;
}

void SchemaEditor::Impl::nameAddedConstraint(const Table &T, Constraint &K) {
  std::string Schema = schemaOf(T);
  if (K.Name.empty()) {
    K.Name =
        Rules.nameConstraint(T, K, [&](llvm::StringRef Name, bool Relation) {
          return isTaken(Schema, Name, Relation);
        });
    K.GeneratedName = !K.Name.empty();
    if (K.Name.empty())
      return;
  }
  claim(Schema, K.Name);
}

void SchemaEditor::Impl::nameDomainChecks(Domain &D) {
  std::string Schema = schemaOf(D);
  for (DomainCheck &C : D.Checks) {
    if (C.Name.empty()) {
      // Constraint names are unique in a schema: among the domain's own
      // checks too, which it may not have claimed yet.
      C.Name = Rules.nameDomainCheck(
          D.getName().Name, [&](llvm::StringRef Name, bool Relation) {
            return isTaken(Schema, Name, Relation) ||
                   llvm::any_of(D.Checks, [&](const DomainCheck &X) {
                     return X.Name == Name;
                   });
          });
      C.GeneratedName = true;
    }
    claim(Schema, C.Name);
  }
}

void SchemaEditor::Impl::nameImplicitSequence(Table &T, Column &C) {
  if (!C.Type.Serial && !(C.Ident && C.Ident->Options.SequenceName.empty()))
    return;
  std::string Schema = schemaOf(T);
  std::string Name = Rules.nameImplicitSequence(
      T.getName().Name, C.Name, [&](llvm::StringRef Name, bool Relation) {
        return isTaken(Schema, Name, Relation);
      });
  claim(Schema, Name);
  if (Name == implicitSequenceName(T, C))
    return;
  QualifiedName Q(T.getName().Schema, Name);
  if (C.Ident) {
    C.Ident->Options.SequenceName = Q;
    return;
  }
  insert(M.indexOf(&T), Rules.makeSerialExplicit(T, C, Q));
}

void SchemaEditor::Impl::nameNewIndex(Index &I, const Object &T,
                                      const std::string &Schema) {
  std::string Name = Rules.nameIndex(T.getName().Name, I,
                                     [&](llvm::StringRef Name, bool Relation) {
                                       return isTaken(Schema, Name, Relation);
                                     });
  I.GeneratedName = true;
  // An index lives in its table's schema; unqualified, its name would mean
  // the default schema.
  rename(&I, QualifiedName(I.getName().isQualified() ||
                                   Schema != M.getDefaultSchema()
                               ? Schema
                               : std::string(),
                           Name));
}

std::pair<Table *, Column *>
SchemaEditor::Impl::findImplicitSequence(const QualifiedName &N) {
  std::string Schema = M.qualify(N).Schema;
  if (!Claimed.count(claimKey(Schema, N.Name)))
    return {nullptr, nullptr};
  for (Table *T : M.getObjects<Table>())
    if (schemaOf(*T) == Schema)
      for (Column &C : T->Columns)
        if ((C.Type.Serial || C.Ident) && implicitSequenceName(*T, C) == N.Name)
          return {T, &C};
  return {nullptr, nullptr};
}

std::pair<Table *, Constraint *>
SchemaEditor::Impl::findConstraintIndex(const QualifiedName &N) {
  std::string Schema = M.qualify(N).Schema;
  if (!Rules.constraintNamesAreRelations() ||
      !Claimed.count(claimKey(Schema, N.Name)))
    return {nullptr, nullptr};
  for (Table *T : M.getObjects<Table>())
    if (schemaOf(*T) == Schema)
      for (Constraint &K : T->Constraints)
        if (K.isIndexBacked() && K.Name == N.Name)
          return {T, &K};
  return {nullptr, nullptr};
}

Sequence *SchemaEditor::Impl::makeSerialExplicit(Table &T, Column &C) {
  // The change may still fail after this: keep a copy to roll back to.
  bool Copying = Copies;
  Copies = true;
  touch(T);
  Copies = Copying;
  QualifiedName Name(T.getName().Schema, implicitSequenceName(T, C));
  auto S = Rules.makeSerialExplicit(T, C, Name);
  return llvm::cast<Sequence>(insert(M.indexOf(&T), std::move(S)));
}

void SchemaEditor::Impl::keepSequenceNames(Table &T, llvm::StringRef Column) {
  for (schemac::Column &C : T.Columns) {
    if (!Column.empty() && C.Name != Column)
      continue;
    if (C.Type.Serial) {
      makeSerialExplicit(T, C);
    } else if (C.Ident && C.Ident->Options.SequenceName.empty()) {
      bool Copying = Copies;
      Copies = true;
      touch(T);
      Copies = Copying;
      C.Ident->Options.SequenceName =
          QualifiedName(T.getName().Schema, implicitSequenceName(T, C));
    }
  }
}

//===----------------------------------------------------------------------===//
// The index of a constraint
//===----------------------------------------------------------------------===//

ApplyResult SchemaEditor::Impl::alterConstraintIndex(AlterChange &C, Table &T,
                                                     Constraint &K) {
  for (AlterAction &A : C.Actions)
    if (A.K != AlterAction::Kind::SetTablespace &&
        A.K != AlterAction::Kind::SetOptions &&
        A.K != AlterAction::Kind::ResetOptions) {
      // What else ALTER INDEX does to it is not modelled.
      ApplyResult R = ApplyResult::notModelled(
          ApplyResult::Reason::ConstraintIndex, C.Target.Name);
      R.Target = T.getName();
      return R;
    }
  touch(T);
  for (AlterAction &A : C.Actions) {
    switch (A.K) {
    case AlterAction::Kind::SetTablespace:
      K.IndexTablespace = A.Value;
      break;
    case AlterAction::Kind::SetOptions:
    case AlterAction::Kind::ResetOptions:
      for (auto &KV : A.Params) {
        auto It = llvm::find_if(
            K.IndexWith, [&](const auto &P) { return P.first == KV.first; });
        if (A.K == AlterAction::Kind::ResetOptions) {
          if (It != K.IndexWith.end())
            K.IndexWith.erase(It);
        } else if (It != K.IndexWith.end()) {
          It->second = KV.second;
        } else {
          K.IndexWith.push_back(KV);
        }
      }
      break;
    default:
      break;
    }
  }
  return ApplyResult();
}

ApplyResult SchemaEditor::Impl::renameConstraintIndex(RenameChange &C, Table &T,
                                                      Constraint &K) {
  if (!C.NewSchema.empty()) {
    report(C.Loc, DiagID::err_index_moves_with_table);
    return ApplyResult::failed();
  }
  std::string Schema = schemaOf(T);
  // The index and its constraint are renamed together.
  if (isTaken(Schema, C.NewName, /*Relation=*/true) ||
      T.findConstraint(C.NewName)) {
    reportDuplicate(C.Loc, "relation", QualifiedName(C.NewName),
                    M.lookupRelation(QualifiedName(Schema, C.NewName)));
    return ApplyResult::failed();
  }
  touch(T);
  K.Name = C.NewName;
  K.GeneratedName = false;
  claim(Schema, K.Name);
  return ApplyResult();
}
