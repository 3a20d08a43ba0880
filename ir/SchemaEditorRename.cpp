//===- SchemaEditorRename.cpp - Renames and the references that follow ----===//
//
// Part of schemac. The database refers to objects by identity, so what
// refers to a renamed object still refers to it: the relation and type
// references that resolved to it are rewritten; a renamed column is renamed
// in its table's constraints, indexes and expressions, in the foreign keys,
// sequences and views of other objects, and in inheritance children.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "schemac/ir/References.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"

using namespace schemac;

namespace {

/// A reference that follows a renamed or moved object: where its name is
/// stored, or the type it names, if it names one.
struct FollowedName {
  Object *Owner;
  QualifiedName *Name;
  DataType *Type;

  /// Calls \p Edit on the name, where it is stored.
  template <class Fn> void edit(Fn Edit) {
    if (Name) {
      Edit(*Name);
      return;
    }
    QualifiedName N = Type->Name;
    Edit(N);
    Type->Name = N;
  }
};

/// A type's source spelling says the name it was written with: once the
/// name changes, the type is printed from its name.
void forgetSpelling(DataType *T) {
  if (T)
    T->Spelling.clear();
}

/// A sequence named in a regclass literal (nextval('s')).
bool isSequenceLiteral(const Reference &R) {
  return R.Kind == ReferenceKind::Sequence && !R.getStorage();
}

} // namespace

ApplyResult SchemaEditor::Impl::applyRename(RenameChange &C) {
  if (C.TK == TargetKind::Schema)
    return renameSchema(C) ? ApplyResult() : ApplyResult::failed();
  if (!lookupTarget(C.TK, C.Target.Name) &&
      (C.TK == TargetKind::Index || C.TK == TargetKind::Relation))
    if (auto [T, K] = findConstraintIndex(C.Target.Name); K)
      return renameConstraintIndex(C, *T, *K);
  ApplyResult R;
  Object *O = resolveTarget(C.Target, C.TK, C.IfExists, R);
  if (!O)
    return R;
  // SET SCHEMA to a schema nothing creates: PostgreSQL refuses it there.
  if (!C.NewSchema.empty() && !schemaExists(C.NewSchema)) {
    reportUnknown(C.Loc, "schema", QualifiedName(C.NewSchema));
    return ApplyResult::failed();
  }
  bool Ok = llvm::isa<EnumType>(O) || llvm::isa<Domain>(O)
                ? renameType(C, *O)
                : renameRelation(C, *O);
  return Ok ? R : ApplyResult::failed();
}

bool SchemaEditor::Impl::renameRelation(RenameChange &C, Object &O) {
  if (!C.NewSchema.empty() && llvm::isa<Index>(O)) {
    report(C.Loc, DiagID::err_index_moves_with_table);
    return false;
  }
  QualifiedName New(C.NewSchema.empty() ? O.getName().Schema : C.NewSchema,
                    C.NewName.empty() ? O.getName().Name : C.NewName);
  QualifiedName Key(C.NewSchema.empty() ? schemaOf(O) : C.NewSchema, New.Name);
  // SET SCHEMA to the schema it is in changes nothing.
  if (C.NewName.empty() && Key.Schema == schemaOf(O))
    return true;
  if (isTaken(Key.Schema, Key.Name, /*Relation=*/true)) {
    reportDuplicate(C.Loc, "relation", Key, M.lookupRelation(Key));
    return false;
  }
  // An owned sequence stays in its table's schema.
  if (auto *S = llvm::dyn_cast<Sequence>(&O);
      S && S->isOwned() && Key.Schema != schemaOf(O)) {
    report(C.Loc, DiagID::err_sequence_owner_schema);
    return false;
  }
  // Tables and views have a row type of their name.
  if (llvm::isa<Table>(O) || llvm::isa<View>(O))
    if (Object *Prev = M.lookup(Namespace::Type, Key)) {
      reportDuplicate(C.Loc, "type", Key, Prev);
      return false;
    }
  // A table's indexes and owned sequences move with it.
  if (auto *T = llvm::dyn_cast<Table>(&O); T && Key.Schema != schemaOf(O))
    for (Object *X : movesWith(*T))
      if (Object *Prev =
              M.lookupRelation(QualifiedName(Key.Schema, X->getName().Name))) {
        reportDuplicate(C.Loc, "relation",
                        QualifiedName(Key.Schema, X->getName().Name), Prev);
        return false;
      }
  // The names the database generated when the table was created stay.
  if (auto *T = llvm::dyn_cast<Table>(&O); T && New.Name != O.getName().Name)
    keepSequenceNames(*T);
  renameObject(O, New);
  if (auto *T = llvm::dyn_cast<Table>(&O))
    claimNamesOf(*T);
  return true;
}

std::vector<Object *> SchemaEditor::Impl::movesWith(const Table &T) const {
  std::vector<Object *> R;
  for (Index *I : M.getIndexes(T))
    if (I->isNamed())
      R.push_back(I);
  for (Sequence *S : M.getObjects<Sequence>())
    if (S->isOwned() && M.lookupTable(S->OwnedByTable) == &T)
      R.push_back(S);
  return R;
}

bool SchemaEditor::Impl::renameType(RenameChange &C, Object &T) {
  QualifiedName New(C.NewSchema.empty() ? T.getName().Schema : C.NewSchema,
                    C.NewName.empty() ? T.getName().Name : C.NewName);
  if (Object *Prev = M.lookupType(M.qualify(New))) {
    reportDuplicate(C.Loc, "type", New, Prev);
    return false;
  }
  renameObject(T, New);
  return true;
}

void SchemaEditor::Impl::renameObject(Object &O, QualifiedName NewName) {
  // Collect the references that resolve to O before the name changes.
  bool IsRelation = getNamespace(O) == Namespace::Relation;
  bool IsType = getNamespace(O) == Namespace::Type || llvm::isa<Table>(O) ||
                llvm::isa<View>(O);
  std::vector<FollowedName> Refs;
  // nextval('s'): the database stores the sequence, not its name.
  SequenceLiterals Literals;
  bool IsSequence = llvm::isa<Sequence>(O);
  for (const ObjectPtr &P : M.objects())
    forEachReference(*P, [&](Reference &R) {
      if (IsSequence && isSequenceLiteral(R) &&
          M.lookupRelation(R.getName()) == &O)
        Literals.emplace_back(P.get(), R.Node);
      if (!isFollowedReference(R))
        return;
      bool TypeRef = R.Kind == ReferenceKind::Type;
      if (TypeRef ? !IsType : !IsRelation)
        return;
      Object *Target =
          TypeRef ? M.lookupType(R.getName()) : M.lookupRelation(R.getName());
      if (Target == &O)
        Refs.push_back({P.get(), R.getStorage(), R.Type});
    });
  if ((llvm::isa<Table>(O) || llvm::isa<View>(O)) &&
      NewName.Name != O.getName().Name)
    renameRangeInViews(O, NewName);
  std::string OldSchema = schemaOf(O);
  rename(&O, NewName);
  std::string NewSchema = schemaOf(O);
  for (FollowedName &F : Refs) {
    touch(*F.Owner);
    forgetSpelling(F.Type);
    F.edit([&](QualifiedName &N) {
      N.Name = NewName.Name;
      if (N.isQualified() || NewSchema != M.getDefaultSchema())
        N.Schema = NewSchema;
      else
        QualifyAll = true; // the owner of the reference is not known here
    });
  }
  renameSequenceLiterals(Literals, [&](const QualifiedName &Old) {
    return QualifiedName(Old.isQualified() || NewSchema != M.getDefaultSchema()
                             ? NewSchema
                             : std::string(),
                         NewName.Name);
  });
  Pending.insert(&O);
  // An identity column's sequence moves with its table.
  if (auto *T = llvm::dyn_cast<Table>(&O); T && OldSchema != NewSchema)
    for (Column &C : T->Columns)
      if (C.Ident && C.Ident->Options.SequenceName.Schema == OldSchema) {
        touch(*T);
        C.Ident->Options.SequenceName.Schema = NewSchema;
      }
  // Indexes live in their table's schema; owned sequences move along.
  if (OldSchema != NewSchema && llvm::isa<Table>(O))
    for (Object *X : movesWith(llvm::cast<Table>(O))) {
      if (llvm::isa<Index>(X))
        rename(X, QualifiedName(NewSchema, X->getName().Name));
      else
        renameObject(*X, QualifiedName(NewSchema, X->getName().Name));
    }
}

void SchemaEditor::Impl::renameSequenceLiterals(
    const SequenceLiterals &Literals,
    llvm::function_ref<QualifiedName(const QualifiedName &)> Rename) {
  for (auto &[Owner, Node] : Literals) {
    touch(*Owner);
    forEachReference(*Owner, [&, Node = Node](Reference &R) {
      if (R.Node == Node && isSequenceLiteral(R))
        R.setName(Rename(R.getName()));
    });
  }
}

bool SchemaEditor::Impl::renameSchema(RenameChange &C) {
  const std::string &Name = C.Target.Name.Name;
  SchemaDecl *SD = M.lookupSchema(Name);
  if (!SD) {
    if (C.IfExists)
      return true;
    if (!(SD = implicitSchema(C.Target))) {
      reportUnknown(C.Target.Loc, "schema", C.Target.Name);
      return false;
    }
  }
  if (SchemaDecl *Prev = M.lookupSchema(C.NewName)) {
    reportDuplicate(C.Loc, "schema", QualifiedName(C.NewName), Prev);
    return false;
  }
  // The schema's objects move along: those qualified with its name, and
  // the unqualified ones if it is the default schema. References to them
  // follow: qualified ones get the new name, unqualified ones are
  // qualified with it.
  std::vector<std::pair<Object *, QualifiedName>> Moves;
  llvm::DenseSet<const Object *> Moving;
  for (const ObjectPtr &P : M.objects())
    if (P.get() != SD && !llvm::isa<SchemaDecl>(*P) &&
        !llvm::isa<Setting>(*P) && !P->getName().empty() &&
        schemaOf(*P) == Name) {
      Moves.emplace_back(P.get(), QualifiedName(C.NewName, P->getName().Name));
      Moving.insert(P.get());
    }
  std::vector<FollowedName> Refs;
  // nextval('s1.q'): the database stores the sequence, not its name.
  SequenceLiterals Literals;
  for (const ObjectPtr &P : M.objects())
    forEachReference(*P, [&](Reference &R) {
      bool Literal = isSequenceLiteral(R);
      if (!Literal && !isFollowedReference(R))
        return;
      const QualifiedName &N = R.getName();
      if (N.Schema != Name &&
          (N.isQualified() || !Moving.count(resolveReference(M, R))))
        return;
      if (Literal)
        Literals.emplace_back(P.get(), R.Node);
      else
        Refs.push_back({P.get(), R.getStorage(), R.Type});
    });
  for (FollowedName &F : Refs) {
    touch(*F.Owner);
    forgetSpelling(F.Type);
    F.edit([&](QualifiedName &N) { N.Schema = C.NewName; });
  }
  renameSequenceLiterals(Literals, [&](const QualifiedName &Old) {
    return QualifiedName(C.NewName, Old.Name);
  });
  rename(SD, QualifiedName(C.NewName));
  for (auto &Mv : Moves)
    rename(Mv.first, Mv.second);
  QualifyAll = true; // rare: check every name at the next search path change
  for (Table *T : M.getObjects<Table>())
    claimNamesOf(*T);
  for (Domain *D : M.getObjects<Domain>())
    claimNamesOf(*D);
  return true;
}

bool SchemaEditor::Impl::renameColumn(Table &T, const std::string &Old,
                                      const std::string &New, Location L) {
  Column *C = T.findColumn(Old);
  if (!C) {
    report(L, DiagID::err_unknown_column)
        << Old << "table" << T.getName().str();
    return false;
  }
  if (T.findColumn(New)) {
    report(L, DiagID::err_duplicate_object) << "column" << New;
    return false;
  }
  keepSequenceNames(T, Old);
  renameColumnInViews(T, Old, New);
  C = T.findColumn(Old);
  touch(T);
  C->Name = New;
  auto RenameIn = [&](std::vector<std::string> &V) {
    for (std::string &S : V)
      if (S == Old)
        S = New;
  };
  // References to the column by name within the table's own expressions:
  // an unqualified or table-qualified column reference.
  auto RenameRefs = [&](Object &O) {
    forEachNode(
        O,
        [&](Expr &E) {
          auto *R = llvm::dyn_cast<ColumnRef>(&E);
          if (!R || R->Star || R->Path.empty() || R->Path.back() != Old)
            return;
          if (R->Path.size() == 1 ||
              (R->Path.size() >= 2 &&
               R->Path[R->Path.size() - 2] == T.getName().Name))
            R->Path.back() = New;
        },
        [](Rel &) {});
  };
  for (Constraint &K : T.Constraints) {
    RenameIn(K.Columns);
    RenameIn(K.Include);
    RenameIn(K.OnDeleteColumns);
    for (ExclusionElement &X : K.Exclusions)
      if (X.Element.Column == Old)
        X.Element.Column = New;
    if (K.K == Constraint::Kind::ForeignKey && M.lookupTable(K.RefTable) == &T)
      RenameIn(K.RefColumns);
    if (K.ColumnLevel == Old)
      K.ColumnLevel = New;
  }
  if (T.PartitionBy)
    for (IndexElement &E : T.PartitionBy->Keys)
      if (E.Column == Old)
        E.Column = New;
  RenameRefs(T);
  for (Index *I : M.getIndexes(T)) {
    touch(*I);
    for (IndexElement &E : I->Elements)
      if (E.Column == Old)
        E.Column = New;
    RenameIn(I->Include);
    RenameRefs(*I);
  }
  for (auto &[Other, K] : foreignKeysTo(T))
    if (llvm::is_contained(K->RefColumns, Old)) {
      touch(*Other);
      RenameIn(K->RefColumns);
    }
  bool Ok = true;
  for (const ObjectPtr &P : M.objects()) {
    if (auto *Other = llvm::dyn_cast<Table>(P.get())) {
      if (Other == &T)
        continue;
      // Inheritance children and attached partitions share the column.
      bool Child =
          (Other->isPartition() && M.lookupTable(Other->PartitionOf) == &T) ||
          llvm::any_of(Other->Inherits, [&](const QualifiedName &N) {
            return M.lookupTable(N) == &T;
          });
      if (Child && Other->findColumn(Old))
        Ok &= renameColumn(*Other, Old, New, L);
    } else if (auto *S = llvm::dyn_cast<Sequence>(P.get())) {
      if (S->isOwned() && S->OwnedByColumn == Old &&
          M.lookupTable(S->OwnedByTable) == &T) {
        touch(*S);
        S->OwnedByColumn = New;
      }
    }
  }
  return Ok;
}
