//===- SchemaEditorCreate.cpp - CREATE ------------------------------------===//
//
// Part of schemac. New objects: duplicate names, the objects they need
// (an index's table, a partition's parent, LIKE sources, a sequence's
// owner) and the columns they name.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "schemac/ir/References.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace schemac;

ApplyResult SchemaEditor::Impl::applyCreate(CreateChange &C) {
  Object &O = *C.Object;
  QualifiedName Qualified = M.qualify(O.getName());
  // A name the statement qualifies (an unqualified one goes to the first
  // schema of the search path that exists, PostgreSQL's rule).
  if (O.getName().isQualified() && !llvm::isa<SchemaDecl>(O) &&
      !llvm::isa<Setting>(O) && !llvm::isa<OpaqueObject>(O) &&
      !schemaExists(Qualified.Schema))
    MissingSchemas.emplace_back(O.Loc, Qualified.Schema);
  // A path of schemas none of which exists leaves nowhere to create in.
  if (!O.getName().isQualified() && !RequestedPath.empty() &&
      !llvm::isa<SchemaDecl>(O) && !llvm::isa<Setting>(O) &&
      !llvm::isa<OpaqueObject>(O) && !llvm::isa<Index>(O) &&
      !llvm::is_contained(M.getSearchPath(), M.getDefaultSchema())) {
    report(O.Loc, DiagID::err_no_schema_selected);
    return ApplyResult::failed();
  }
  bool Ok = true;
  switch (O.getKind()) {
  case Object::Kind::SchemaDecl: {
    auto &SD = llvm::cast<SchemaDecl>(O);
    if (SchemaDecl *Prev = M.lookupSchema(SD.getName().Name)) {
      if (!SD.IfNotExists)
        reportDuplicate(SD.Loc, "schema", SD.getName(), Prev);
      break;
    }
    append(std::move(C.Object));
    break;
  }
  case Object::Kind::Table:
    Ok = createTable(
        C, std::unique_ptr<Table>(llvm::cast<Table>(C.Object.release())));
    break;
  case Object::Kind::Index:
    Ok = createIndex(C);
    break;
  case Object::Kind::View:
    if (replacesIntoCycle(llvm::cast<View>(O)))
      return ApplyResult::notModelled(ApplyResult::Reason::ViewCycle,
                                      Qualified);
    Ok = createView(C);
    break;
  case Object::Kind::Sequence:
    Ok = createSequence(C);
    break;
  case Object::Kind::EnumType:
  case Object::Kind::Domain:
    if (Object *Prev = M.lookupType(Qualified)) {
      reportDuplicate(O.Loc, "type", O.getName(), Prev);
      Ok = false;
      break;
    }
    if (auto *D = llvm::dyn_cast<Domain>(&O))
      nameDomainChecks(*D);
    append(std::move(C.Object));
    break;
  case Object::Kind::Setting:
  case Object::Kind::OpaqueObject:
    append(std::move(C.Object));
    break;
  }
  return Ok ? ApplyResult() : ApplyResult::failed();
}

bool SchemaEditor::Impl::schemaExists(llvm::StringRef Schema) const {
  if (Schema.empty() || Rules.isPredefinedSchema(Schema) ||
      Rules.isSystemSchema(Schema) || M.lookupSchema(Schema.str()))
    return true;
  // A schema made by a statement the IR keeps as text.
  return llvm::any_of(M.objects(), [&](const ObjectPtr &O) {
    auto *Opq = llvm::dyn_cast<OpaqueObject>(O.get());
    return Opq && Opq->ObjectType == "schema" && Opq->getName().Name == Schema;
  });
}

void SchemaEditor::Impl::checkSequenceLiterals(const Table &T) {
  std::string Schema = M.qualify(T.getName()).Schema;
  forEachReference(const_cast<Table &>(T), [&](Reference &R) {
    if (R.Kind != ReferenceKind::Sequence)
      return;
    const QualifiedName &N = R.getName();
    if (sequenceExists(N))
      return;
    // Its own serial columns create their sequences first.
    for (const Column &C : T.Columns)
      if (N.Schema.empty() || N.Schema == Schema)
        if (implicitSequenceName(T, C) == N.Name)
          return;
    MissingSequences.emplace_back(R.Loc, N);
  });
}

bool SchemaEditor::Impl::sequenceExists(const QualifiedName &N) {
  if (M.lookupRelation(N) || findImplicitSequence(N).second)
    return true;
  // regclass input looks along the whole search path: only names that
  // nothing in the module has are missing.
  return !N.isQualified() && llvm::any_of(M.objects(), [&](const ObjectPtr &O) {
    return O->getName().Name == N.Name;
  });
}

void SchemaEditor::Impl::reportMissing() {
  for (auto &[L, Schema] : MissingSchemas)
    if (!schemaExists(Schema))
      reportUnknown(L, "schema", QualifiedName(Schema));
  for (auto &[L, N] : MissingSequences)
    if (!sequenceExists(N))
      reportUnknown(L, "relation", N);
  MissingSchemas.clear();
  MissingSequences.clear();
}

bool SchemaEditor::Impl::createIndex(CreateChange &C) {
  auto &I = llvm::cast<Index>(*C.Object);
  Object *T = M.lookupRelation(I.Table);
  if (!T) {
    reportUnknown(I.Loc, "relation", I.Table);
    return false;
  }
  auto *Tab = llvm::dyn_cast<Table>(T);
  auto *V = llvm::dyn_cast<View>(T);
  if (!Tab && !(V && V->Materialized) && !llvm::isa<OpaqueObject>(T)) {
    report(I.Loc, DiagID::err_wrong_object_kind)
        << I.Table.str() << T->getDescription() << "table";
    return false;
  }
  if (Tab) {
    for (const IndexElement &E : I.Elements)
      if (!E.isExpression() && !columnExists(*Tab, E.Column)) {
        report(E.Loc, DiagID::err_unknown_column)
            << E.Column << "table" << I.Table.str();
        return false;
      }
    for (const std::string &Col : I.Include)
      if (!columnExists(*Tab, Col)) {
        report(I.Loc, DiagID::err_unknown_column)
            << Col << "table" << I.Table.str();
        return false;
      }
  }
  QualifiedName Key(I.getName().isQualified() ? I.getName().Schema
                                              : schemaOf(*T),
                    I.getName().Name);
  if (I.isNamed() && isTaken(Key.Schema, Key.Name, /*Relation=*/true)) {
    if (I.IfNotExists)
      return true;
    reportDuplicate(I.Loc, "relation", I.getName(), M.lookupRelation(Key));
    return false;
  }
  auto *New = llvm::cast<Index>(append(std::move(C.Object)));
  if (!New->isNamed())
    nameNewIndex(*New, *T, Key.Schema);
  // An index lives in its table's schema; unqualified, its name would mean
  // the default schema.
  else if (!New->getName().isQualified() && Key.Schema != M.getDefaultSchema())
    rename(New, Key);
  return true;
}

bool SchemaEditor::Impl::createView(CreateChange &C) {
  auto &V = llvm::cast<View>(*C.Object);
  QualifiedName Qualified = M.qualify(V.getName());
  if (Object *Prev = M.lookupRelation(Qualified)) {
    auto *PV = llvm::dyn_cast<View>(Prev);
    if (V.IfNotExists)
      return true;
    if (V.OrReplace && PV && !PV->Materialized) {
      // CREATE OR REPLACE VIEW: the new definition takes the old one's
      // place (the database keeps the view's identity). Views over it keep
      // the columns they had.
      expandStarsOver(*PV);
      size_t Pos = M.indexOf(PV);
      V.Owner = PV->Owner;
      V.Comment = PV->Comment;
      V.ColumnComments = PV->ColumnComments;
      remove(PV);
      insert(Pos, std::move(C.Object));
      return true;
    }
    if (V.OrReplace && !PV) {
      report(V.Loc, DiagID::err_wrong_object_kind)
          << Qualified.str() << Prev->getDescription() << "view";
      return false;
    }
    reportDuplicate(V.Loc, "relation", V.getName(), Prev);
    return false;
  }
  if (Object *Prev = M.lookup(Namespace::Type, Qualified)) {
    reportDuplicate(V.Loc, "type", V.getName(), Prev);
    return false;
  }
  if (!checkSelfReference(V))
    return false;
  append(std::move(C.Object));
  return true;
}

bool SchemaEditor::Impl::createSequence(CreateChange &C) {
  auto &Seq = llvm::cast<Sequence>(*C.Object);
  if (Object *Prev = M.lookupRelation(M.qualify(Seq.getName()))) {
    if (Seq.IfNotExists)
      return true;
    reportDuplicate(Seq.Loc, "relation", Seq.getName(), Prev);
    return false;
  }
  if (Seq.isOwned()) {
    Table *T = M.lookupTable(Seq.OwnedByTable);
    if (!T) {
      reportUnknown(C.OwnedByLoc, "table", Seq.OwnedByTable);
      return false;
    }
    if (!columnExists(*T, Seq.OwnedByColumn)) {
      report(C.OwnedByLoc, DiagID::err_unknown_column)
          << Seq.OwnedByColumn << "table" << Seq.OwnedByTable.str();
      return false;
    }
  }
  append(std::move(C.Object));
  return true;
}

/// The columns of \p Src that LIKE \p L copies, as it copies them.
static std::vector<Column> copyColumns(const Table &Src, const LikeClause &L) {
  std::vector<Column> Copies;
  for (const Column &C : Src.Columns) {
    Column N(L.Source.Loc, C.Name, C.Type);
    N.NotNull = C.NotNull;
    if (!C.collation().empty())
      N.details().Collation = C.collation();
    if (L.Defaults)
      N.Default = cloneExpr(C.Default);
    if (L.Generated && C.generation()) {
      Column::Generated G;
      G.Expression = cloneExpr(C.generation()->Expression);
      G.Virtual = C.generation()->Virtual;
      N.details().Generation = std::move(G);
    }
    if (L.Identity && C.Ident) {
      N.Ident = Column::Identity();
      N.Ident->Always = C.Ident->Always;
      N.Ident->Options = C.Ident->Options;
      N.Ident->Options.SequenceName = QualifiedName();
    }
    if (L.Comments && C.comment())
      N.details().Comment = C.comment();
    if (L.Storage && !C.storage().empty())
      N.details().Storage = C.storage();
    if (L.Compression && !C.compression().empty())
      N.details().Compression = C.compression();
    if (C.Type.Serial) {
      // A serial column's sequence belongs to the source table.
      N.Type.Serial = false;
      if (!L.Defaults)
        N.Default.reset();
    }
    Copies.push_back(std::move(N));
  }
  return Copies;
}

bool SchemaEditor::Impl::createTable(CreateChange &C,
                                     std::unique_ptr<Table> T) {
  QualifiedName Qualified = M.qualify(T->getName());
  if (Object *Prev = M.lookupRelation(Qualified)) {
    if (T->IfNotExists)
      return true;
    reportDuplicate(T->Loc, "relation", T->getName(), Prev);
    return false;
  }
  if (Object *Prev = M.lookup(Namespace::Type, Qualified)) {
    reportDuplicate(T->Loc, "type", T->getName(), Prev);
    return false;
  }
  for (const QualifiedName &P : T->Inherits)
    if (!M.lookupTable(P)) {
      reportUnknown(T->Loc, "relation", P);
      return false;
    }
  if (T->isPartition()) {
    Table *Parent = M.lookupTable(T->PartitionOf);
    if (!Parent) {
      reportUnknown(T->Loc, "relation", T->PartitionOf);
      return false;
    }
    if (!Parent->PartitionBy) {
      report(T->Loc, DiagID::err_not_partitioned) << T->PartitionOf.str();
      return false;
    }
  }
  // LIKE: copy the source's columns (and what INCLUDING asks for).
  size_t Inserted = 0;
  for (LikeClause &L : C.Likes) {
    Table *Src = M.lookupTable(L.Source.Name);
    if (!Src) {
      reportUnknown(L.Source.Loc, "table", L.Source.Name);
      return false;
    }
    std::vector<Column> Copies = copyColumns(*Src, L);
    size_t Pos = std::min(L.ColumnPosition + Inserted, T->Columns.size());
    Inserted += Copies.size();
    T->Columns.insert(T->Columns.begin() + Pos,
                      std::make_move_iterator(Copies.begin()),
                      std::make_move_iterator(Copies.end()));
    for (const Constraint &K : Src->Constraints) {
      bool Copy = (K.K == Constraint::Kind::Check && L.Constraints) ||
                  (K.isKey() && L.Indexes) ||
                  (K.K == Constraint::Kind::Exclusion && L.Indexes);
      if (!Copy)
        continue;
      Constraint N = K.clone();
      N.AddedByAlter = false;
      if (K.isKey() || K.K == Constraint::Kind::Exclusion)
        N.Name.clear(); // the database generates new index names
      if (!L.Comments)
        N.Comment.reset();
      T->Constraints.push_back(std::move(N));
    }
  }
  llvm::StringSet<> ColumnNames; // a set: wide tables stay linear
  for (const Column &Col : T->Columns)
    if (!ColumnNames.insert(Col.Name).second) {
      report(Col.Loc, DiagID::err_duplicate_object) << "column" << Col.Name;
      return false;
    }
  // Key columns must exist, and so must the referenced columns of tables
  // that exist (a self-reference included). A referenced table may also be
  // created later: schemac orders tables by their references, unlike the
  // database, and the verifier reports references that never resolve.
  for (const Constraint &K : T->Constraints) {
    for (const std::string &Col : K.Columns)
      if (!columnExists(*T, Col)) {
        report(K.Loc, DiagID::err_unknown_column)
            << Col << "table" << T->getName().str();
        return false;
      }
    if (K.K != Constraint::Kind::ForeignKey)
      continue;
    const Table *Ref = M.qualify(K.RefTable) == Qualified
                           ? T.get()
                           : M.lookupTable(K.RefTable);
    if (!Ref)
      continue;
    for (const std::string &Col : K.RefColumns)
      if (!columnExists(*Ref, Col)) {
        report(K.Loc, DiagID::err_unknown_column)
            << Col << "table" << K.RefTable.str();
        return false;
      }
  }
  if (T->PartitionBy)
    for (const IndexElement &E : T->PartitionBy->Keys)
      if (!E.isExpression() && !columnExists(*T, E.Column)) {
        report(E.Loc, DiagID::err_unknown_column)
            << E.Column << "table" << T->getName().str();
        return false;
      }
  // Indexes copied by LIKE ... INCLUDING INDEXES are created by the
  // constraints above; plain indexes of the source are copied unnamed.
  std::vector<ObjectPtr> IndexCopies;
  for (LikeClause &L : C.Likes) {
    if (!L.Indexes)
      continue;
    Table *Src = M.lookupTable(L.Source.Name);
    for (Index *I : M.getIndexes(*Src)) {
      auto Copy = std::make_unique<Index>(
          L.Source.Loc, QualifiedName(T->getName().Schema, ""), T->getName());
      Copy->Unique = I->Unique;
      Copy->NullsNotDistinct = I->NullsNotDistinct;
      Copy->Method = I->Method;
      for (const IndexElement &E : I->Elements)
        Copy->Elements.push_back(E.clone());
      Copy->Include = I->Include;
      Copy->Where = cloneExpr(I->Where);
      Copy->With = I->With;
      IndexCopies.push_back(std::move(Copy));
    }
  }
  checkSequenceLiterals(*T);
  for (ObjectPtr &S : nameNewTable(*T, Qualified.Schema))
    append(std::move(S));
  Table *New = llvm::cast<Table>(append(std::move(T)));
  claimNamesOf(*New);
  for (ObjectPtr &I : IndexCopies)
    nameNewIndex(*llvm::cast<Index>(append(std::move(I))), *New,
                 Qualified.Schema);
  return true;
}
