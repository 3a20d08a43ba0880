//===- SchemaEditor.cpp - Apply schema changes to a module ----------------===//
//
// Part of schemac. Applying a change as a transaction, reporting, names,
// settings and the search path, opaque statements and their references.
//
//===----------------------------------------------------------------------===//

#include "SchemaEditorImpl.h"

#include "schemac/ir/References.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"

using namespace schemac;

EditorRules::~EditorRules() = default;

void EditorRules::retypeDefault(Column &, const DataType &) const {}

std::unique_ptr<OpaqueObject>
EditorRules::makeSequenceState(const QualifiedName &, int64_t, Location) const {
  return nullptr;
}

SchemaEditor::SchemaEditor(Module &M, DiagnosticEngine &Diags,
                           const NameResolver &Names, const EditorRules &Rules)
    : P(std::make_unique<Impl>(M, Diags, Names, Rules)) {}

SchemaEditor::~SchemaEditor() = default;

ApplyResult SchemaEditor::apply(SchemaChange &C) { return P->apply(C); }

void SchemaEditor::finish() { P->finish(); }

void SchemaEditor::forget(Object *O) { P->forget(O); }

void SchemaEditor::Impl::forget(Object *O) {
  if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
    Mentions.erase(Opq);
  Pending.erase(O);
}

unsigned SchemaEditor::getNumErrors() const { return P->NumErrors; }

//===----------------------------------------------------------------------===//
// Walking the expressions of an object
//===----------------------------------------------------------------------===//

namespace {

using ExprFn = llvm::function_ref<void(Expr &)>;
using RelFn = llvm::function_ref<void(Rel &)>;

void walkNodes(Rel &R, ExprFn OnExpr, RelFn OnRel);

void walkNodes(Expr &E, ExprFn OnExpr, RelFn OnRel) {
  OnExpr(E);
  forEachChild(
      E, [&](ExprPtr &C) { walkNodes(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walkNodes(*C, OnExpr, OnRel); });
}

void walkNodes(Rel &R, ExprFn OnExpr, RelFn OnRel) {
  OnRel(R);
  forEachChild(
      R, [&](ExprPtr &C) { walkNodes(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walkNodes(*C, OnExpr, OnRel); });
}

} // namespace

void schemac::forEachNode(Rel &R, ExprFn OnExpr, RelFn OnRel) {
  walkNodes(R, OnExpr, OnRel);
}

void schemac::forEachNode(Object &O, ExprFn OnExpr, RelFn OnRel) {
  forEachChild(
      O, [&](ExprPtr &E) { walkNodes(*E, OnExpr, OnRel); },
      [&](RelPtr &R) { walkNodes(*R, OnExpr, OnRel); });
}

//===----------------------------------------------------------------------===//
// Applying a change
//===----------------------------------------------------------------------===//

bool SchemaEditor::Impl::needsCopies(const SchemaChange &C) {
  // Each step checks what can fail before it changes anything; only a
  // change of several steps, or a step made of steps, can fail half done.
  if (auto *D = llvm::dyn_cast<DropChange>(&C))
    return D->Names.size() > 1;
  auto *A = llvm::dyn_cast<AlterChange>(&C);
  if (!A)
    return false;
  if (A->Actions.size() > 1)
    return true;
  return llvm::any_of(A->Actions, [](const AlterAction &X) {
    switch (X.K) {
    case AlterAction::Kind::AddColumn: // then its constraints
      return !X.Constraints.empty();
    case AlterAction::Kind::AddConstraintUsingIndex: // the index goes first
    case AlterAction::Kind::RenameColumn: // then in inheritance children
      return true;
    default:
      return false;
    }
  });
}

ApplyResult SchemaEditor::Impl::apply(SchemaChange &C) {
  Copies = needsCopies(C);
  unsigned ErrorsBefore = NumErrors;
  ApplyResult R;
  bool MovesPath = !RequestedPath.empty() && touchesSchemas(C);
  if (!DataUses.empty() && !checkDataStatements(C))
    return ApplyResult::failed(); // nothing changed yet
  switch (C.getKind()) {
  case SchemaChange::Kind::CreateChange:
    R = applyCreate(llvm::cast<CreateChange>(C));
    break;
  case SchemaChange::Kind::AlterChange:
    R = applyAlter(llvm::cast<AlterChange>(C));
    break;
  case SchemaChange::Kind::RenameChange:
    R = applyRename(llvm::cast<RenameChange>(C));
    break;
  case SchemaChange::Kind::DropChange:
    R = applyDrop(llvm::cast<DropChange>(C));
    break;
  case SchemaChange::Kind::CommentChange:
    R = applyComment(llvm::cast<CommentChange>(C));
    break;
  case SchemaChange::Kind::SettingChange:
    R = applySetting(llvm::cast<SettingChange>(C));
    break;
  case SchemaChange::Kind::OpaqueChange:
    R = applyOpaque(llvm::cast<OpaqueChange>(C));
    break;
  }
  // An error anywhere fails the whole change, as in the database.
  if (NumErrors != ErrorsBefore)
    R.S = ApplyResult::Status::Failed;
  if (R.S == ApplyResult::Status::Applied) {
    keepSequenceStates();
    if (MovesPath)
      followSearchPath(C.Loc);
  }
  NewStates.clear();
  if (R.S == ApplyResult::Status::Failed)
    rollback();
  else
    commit();
  return R;
}

//===----------------------------------------------------------------------===//
// Reporting
//===----------------------------------------------------------------------===//

DiagnosticEngine::Builder SchemaEditor::Impl::report(Location L, DiagID ID) {
  if (getDefaultSeverity(ID) == Severity::Error)
    ++NumErrors;
  return Diags.report(L, ID);
}

void SchemaEditor::Impl::reportDuplicate(Location L, llvm::StringRef Kind,
                                         const QualifiedName &Name,
                                         const Object *Prev) {
  auto B = report(L, DiagID::err_duplicate_object);
  B << Kind << Name.str();
  if (Prev && Prev->Loc.isValid())
    B.note(Prev->Loc, DiagID::note_previous_definition);
}

void SchemaEditor::Impl::reportUnknown(Location L, llvm::StringRef Kind,
                                       const QualifiedName &Name) {
  report(L, DiagID::err_unknown_object) << Kind << Name.str();
}

void SchemaEditor::Impl::reportWrongKind(const NameRef &N, const Object &O,
                                         llvm::StringRef Expected) {
  report(N.Loc, DiagID::err_wrong_object_kind)
      << N.Name.str() << O.getDescription() << Expected;
}

//===----------------------------------------------------------------------===//
// Transactions
//===----------------------------------------------------------------------===//

Object *SchemaEditor::Impl::append(ObjectPtr O) {
  Object *Raw = O.get();
  M.append(std::move(O));
  Undo.emplace_back(UndoEntry::Added, Raw);
  if (Copies)
    Fresh.insert(Raw);
  Pending.insert(Raw);
  return Raw;
}

Object *SchemaEditor::Impl::insert(size_t Pos, ObjectPtr O) {
  Object *Raw = M.insert(Pos, std::move(O));
  Undo.emplace_back(UndoEntry::Added, Raw);
  if (Copies)
    Fresh.insert(Raw);
  Pending.insert(Raw);
  return Raw;
}

void SchemaEditor::Impl::remove(Object *O) {
  UndoEntry E{UndoEntry::Removed, O};
  E.Pos = M.indexOf(O);
  assert(E.Pos != M.size() && "removing an object that is not there");
  if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
    auto It = Mentions.find(Opq);
    if (It != Mentions.end()) {
      E.Mentions = std::move(It->second);
      Mentions.erase(It);
    }
  }
  Pending.erase(O);
  E.Owned = M.remove(O);
  Undo.push_back(std::move(E));
}

void SchemaEditor::Impl::rename(Object *O, QualifiedName NewName) {
  // The copy of a touched object has the name it had before the change.
  touch(*O);
  UndoEntry E{UndoEntry::Renamed, O};
  E.OldName = O->getName();
  Undo.push_back(std::move(E));
  M.rename(O, std::move(NewName));
}

void SchemaEditor::Impl::touch(Object &O) {
  if (!Copies || !Fresh.insert(&O).second)
    return; // created by this change, or recorded already
  UndoEntry E{UndoEntry::Touched, &O};
  E.Owned = O.clone();
  Undo.push_back(std::move(E));
}

void SchemaEditor::Impl::commit() {
  Undo.clear();
  if (!Fresh.empty())
    Fresh.clear();
}

void SchemaEditor::Impl::rollback() {
  for (auto It = Undo.rbegin(), E = Undo.rend(); It != E; ++It) {
    UndoEntry &U = *It;
    switch (U.K) {
    case UndoEntry::Added:
      Pending.erase(U.O);
      if (auto *Opq = llvm::dyn_cast<OpaqueObject>(U.O))
        Mentions.erase(Opq);
      M.remove(U.O);
      break;
    case UndoEntry::Removed:
      if (U.Mentions)
        Mentions[llvm::cast<OpaqueObject>(U.O)] = std::move(*U.Mentions);
      M.insert(U.Pos, std::move(U.Owned));
      Pending.insert(U.O); // it may have been pending
      break;
    case UndoEntry::Renamed:
      M.rename(U.O, U.OldName);
      break;
    case UndoEntry::Touched: {
      // The copy takes the object's place; nothing earlier in the log
      // refers to the object (it was recorded at its first change).
      size_t Pos = M.indexOf(U.O);
      Object *Copy = U.Owned.get();
      ObjectPtr Changed = M.remove(U.O);
      M.insert(Pos, std::move(U.Owned));
      if (Pending.erase(U.O))
        Pending.insert(Copy);
      if (auto *Opq = llvm::dyn_cast<OpaqueObject>(U.O)) {
        auto MIt = Mentions.find(Opq);
        if (MIt != Mentions.end()) {
          std::vector<QualifiedName> Names = std::move(MIt->second);
          Mentions.erase(MIt);
          Mentions[llvm::cast<OpaqueObject>(Copy)] = std::move(Names);
        }
      }
      break;
    }
    }
  }
  commit();
}

//===----------------------------------------------------------------------===//
// Names
//===----------------------------------------------------------------------===//

std::string SchemaEditor::Impl::schemaOf(const Object &O) const {
  if (llvm::isa<SchemaDecl>(O))
    return O.getName().Name;
  if (O.getName().isQualified())
    return O.getName().Schema;
  // An index is in its table's schema; a name that finds another index (or
  // the index itself) is not a table, and would not end.
  if (auto *I = llvm::dyn_cast<Index>(&O))
    if (Object *T = M.lookupRelation(I->Table); T && !llvm::isa<Index>(T))
      return schemaOf(*T);
  return M.getDefaultSchema();
}

bool SchemaEditor::Impl::columnExists(const Table &T,
                                      llvm::StringRef Column) const {
  if (T.findColumn(Column))
    return true;
  // Partitions and typed tables get their columns from elsewhere.
  if (T.isPartition())
    if (auto *Parent = M.lookupTable(T.PartitionOf))
      if (Parent != &T && columnExists(*Parent, Column))
        return true;
  for (const QualifiedName &P : T.Inherits)
    if (auto *Parent = M.lookupTable(P))
      if (Parent != &T && columnExists(*Parent, Column))
        return true;
  if (!T.OfType.empty())
    return true; // the columns of a composite type are not modelled
  return false;
}

bool SchemaEditor::Impl::checkColumnRefs(const Table &T, const Expr *E) {
  const ColumnRef *Unknown = nullptr;
  if (E)
    walk(*E, [&](const Expr &X) {
      auto *R = llvm::dyn_cast<ColumnRef>(&X);
      // A column, or one qualified with the table's name; tableoid is a
      // system column.
      if (Unknown || !R || R->Star || R->Path.empty() || R->Path.size() > 2 ||
          (R->Path.size() == 2 && R->Path[0] != T.getName().Name) ||
          R->Path.back() == "tableoid")
        return;
      if (!columnExists(T, R->Path.back()))
        Unknown = R;
    });
  if (!Unknown)
    return true;
  report(Unknown->Loc, DiagID::err_unknown_column)
      << Unknown->Path.back() << "table" << T.getName().str();
  return false;
}

std::vector<std::pair<Table *, Constraint *>>
SchemaEditor::Impl::foreignKeysTo(const Table &T, bool OfItself) const {
  std::vector<std::pair<Table *, Constraint *>> R;
  for (Table *Other : M.getObjects<Table>())
    if (Other != &T || OfItself)
      for (Constraint &K : Other->Constraints)
        if (K.K == Constraint::Kind::ForeignKey &&
            M.lookupTable(K.RefTable) == &T)
          R.emplace_back(Other, &K);
  return R;
}

DataType SchemaEditor::Impl::storedType(const DataType &T) const {
  const DataType *Cur = &T;
  // A domain over a domain ends at a base type (the depth is bounded in
  // case the module is cyclic, which the verifier reports).
  for (unsigned Depth = 0; Depth != 64; ++Depth) {
    if (Cur->Kind != TypeKind::UserDefined || Cur->isArray())
      break;
    auto *D = llvm::dyn_cast_or_null<Domain>(M.lookupType(Cur->Name));
    if (!D)
      break;
    Cur = &D->BaseType;
  }
  return *Cur;
}

Object *SchemaEditor::Impl::lookupTarget(TargetKind TK,
                                         const QualifiedName &N) const {
  switch (TK) {
  case TargetKind::Type:
  case TargetKind::Domain:
    return M.lookupType(N);
  case TargetKind::Schema:
    return M.lookupSchema(N.Name);
  default:
    return M.lookupRelation(N);
  }
}

Object *SchemaEditor::Impl::resolveTarget(const NameRef &Target, TargetKind TK,
                                          bool IfExists, ApplyResult &R) {
  Object *O = lookupTarget(TK, Target.Name);
  if (!O) {
    // The implicit sequence of a serial column is made explicit; an
    // identity column's is not an object of the IR: what is done to it is
    // kept as written.
    if (TK == TargetKind::Sequence || TK == TargetKind::Relation)
      if (auto [T, Col] = findImplicitSequence(Target.Name); Col) {
        if (Col->Type.Serial) {
          O = makeSerialExplicit(*T, *Col);
        } else {
          R = ApplyResult::notModelled(ApplyResult::Reason::ImplicitSequence,
                                       Target.Name);
          R.Target = T->getName();
          return nullptr;
        }
      }
  }
  if (!O) {
    if (IfExists)
      return nullptr;
    reportUnknown(Target.Loc,
                  TK == TargetKind::Table ? "relation" : getTargetKindName(TK),
                  Target.Name);
    R = ApplyResult::failed();
    return nullptr;
  }
  if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
    R = ApplyResult::notModelled(ApplyResult::Reason::OpaqueTarget, Target.Name,
                                 Opq->ObjectType);
    return nullptr;
  }
  bool Ok = true;
  switch (TK) {
  case TargetKind::Table:
  case TargetKind::Relation:
    break; // other relations take the actions all relations have
  case TargetKind::Index:
    Ok = llvm::isa<Index>(O);
    break;
  case TargetKind::View:
  case TargetKind::MaterializedView: {
    auto *V = llvm::dyn_cast<View>(O);
    Ok = V && V->Materialized == (TK == TargetKind::MaterializedView);
    break;
  }
  case TargetKind::Sequence:
    Ok = llvm::isa<Sequence>(O);
    break;
  case TargetKind::Type:
    Ok = llvm::isa<EnumType>(O) || llvm::isa<Domain>(O);
    break;
  case TargetKind::Domain:
    Ok = llvm::isa<Domain>(O);
    break;
  case TargetKind::Schema:
  case TargetKind::Opaque:
    break;
  }
  if (!Ok) {
    reportWrongKind(Target, *O, getTargetKindName(TK));
    R = ApplyResult::failed();
    return nullptr;
  }
  return O;
}

SchemaDecl *SchemaEditor::Impl::implicitSchema(const NameRef &N) {
  if (!Rules.isPredefinedSchema(N.Name.Name))
    return nullptr;
  // The script says something about a schema it did not create.
  auto Implicit = std::make_unique<SchemaDecl>(N.Loc, N.Name.Name);
  Implicit->Implicit = true;
  return llvm::cast<SchemaDecl>(append(std::move(Implicit)));
}

//===----------------------------------------------------------------------===//
// Settings and the search path
//===----------------------------------------------------------------------===//

namespace {

/// A search path as a setting's value: the schemas, quoted where needed.
std::string pathValue(llvm::ArrayRef<std::string> Path) {
  if (Path.empty())
    return "''";
  std::string V;
  for (const std::string &S : Path) {
    if (!V.empty())
      V += ", ";
    V += S == "$user" ? "\"$user\"" : quoteNameLiteralPart(S);
  }
  return V;
}

} // namespace

ApplyResult SchemaEditor::Impl::applySetting(SettingChange &C) {
  Setting *S = nullptr;
  if (C.Object)
    S = llvm::cast<Setting>(append(std::move(C.Object)));
  if (!C.SearchPath)
    return ApplyResult();
  SearchPathChange P = Names.changePath(M.getSearchPath(), *C.SearchPath);
  if (!P.None) {
    // Names go to the first schema of the path that exists, and are
    // looked up in those that exist; the setting says so, for the
    // statements kept as text (the output may create the schema earlier).
    if (Names.skipsMissingSchemas()) {
      RequestedPath = P.Path;
      P.Path = effectivePath(RequestedPath);
      if (S && P.Path != RequestedPath) {
        // (set_config takes the path as a string: '' is an empty one.)
        S->Value = S->Form == Setting::Syntax::SetConfig && P.Path.empty()
                       ? std::string()
                       : pathValue(P.Path);
        S->IsDefault = false;
      }
    }
    changeSearchPath(std::move(P.Path));
  } else {
    // No schema for unqualified names from here on (pg_dump's first
    // line), and the backend emits the settings first: what was created
    // before says where it went. (Unqualified names keep resolving in the
    // old default schema, as if the path had not changed.)
    qualifyUnqualifiedNames(M.getDefaultSchema());
  }
  return ApplyResult();
}

std::vector<std::string>
SchemaEditor::Impl::effectivePath(llvm::ArrayRef<std::string> Requested) const {
  std::vector<std::string> Path;
  for (const std::string &S : Requested)
    if (S == "$user" || schemaExists(S))
      Path.push_back(S);
  return Path;
}

bool SchemaEditor::Impl::touchesSchemas(const SchemaChange &C) {
  if (auto *X = llvm::dyn_cast<CreateChange>(&C))
    return X->Object && llvm::isa<SchemaDecl>(*X->Object);
  if (auto *X = llvm::dyn_cast<DropChange>(&C))
    return X->TK == TargetKind::Schema;
  if (auto *X = llvm::dyn_cast<RenameChange>(&C))
    return X->TK == TargetKind::Schema;
  if (auto *X = llvm::dyn_cast<OpaqueChange>(&C))
    return X->Object && X->Object->ObjectType == "schema";
  return false;
}

void SchemaEditor::Impl::followSearchPath(Location L) {
  std::vector<std::string> Path = effectivePath(RequestedPath);
  if (Path == M.getSearchPath())
    return;
  append(std::make_unique<Setting>(L, "search_path", pathValue(Path)));
  changeSearchPath(std::move(Path));
}

void SchemaEditor::Impl::changeSearchPath(std::vector<std::string> Path) {
  std::string Old = M.getDefaultSchema();
  std::vector<std::string> OldPath = M.getSearchPath();
  M.setSearchPath(Path);
  std::string New = M.getDefaultSchema();
  if (Old == New) {
    // Names still find what they found if the path only grew at its end;
    // otherwise an unqualified reference may now find something else.
    if (OldPath.size() <= Path.size() &&
        std::equal(OldPath.begin(), OldPath.end(), Path.begin()))
      return;
  }
  // Unqualified names in the module mean "in the default schema" and
  // unqualified references "along the path"; before that changes, the
  // names say explicitly what they meant.
  M.setSearchPath(std::move(OldPath));
  qualifyUnqualifiedNames(Old);
  M.setSearchPath(std::move(Path));
}

bool schemac::isFollowedReference(const Reference &R) {
  return R.Kind == ReferenceKind::Relation ||
         (R.Kind == ReferenceKind::Type &&
          R.Site != ReferenceSite::NameLiteral);
}

void SchemaEditor::Impl::qualifyUnqualifiedNames(const std::string &Old) {
  // A pass leaves no unqualified name that resolves; only the objects
  // created or altered since then can have one. Without that bookkeeping,
  // a script that switches search_path per schema would cost a walk of the
  // whole module per switch. Settings never fail, so this is not recorded
  // for undo.
  if (!QualifyAll && Pending.empty())
    return;
  // The order does not matter: references are qualified before any object
  // is renamed, and neither step depends on another object's result.
  std::vector<Object *> Work;
  if (QualifyAll)
    for (const ObjectPtr &O : M.objects())
      Work.push_back(O.get());
  else
    Work.assign(Pending.begin(), Pending.end());
  QualifyAll = false;
  Pending.clear();
  // The references first, while they still resolve (along the old path,
  // to an object of the default schema or of a schema later on the path).
  for (Object *O : Work)
    forEachReference(*O, [&](Reference &R) {
      // nextval('s'): the database stores the sequence, not its name.
      bool SequenceLiteral =
          R.Kind == ReferenceKind::Sequence && !R.getStorage();
      if ((!isFollowedReference(R) && !SequenceLiteral) ||
          R.getName().isQualified())
        return;
      if (Object *X = resolveReference(M, R))
        R.setName(QualifiedName(schemaOf(*X), R.getName().Name));
    });
  // The objects' own names: in the old default schema, or an index in its
  // table's. Names that do not live in a schema (settings, schemas,
  // triggers, policies, extensions, ...) stay as they are.
  std::vector<std::pair<Object *, QualifiedName>> Renames;
  for (Object *O : Work)
    if (!O->getName().isQualified() && !O->getName().empty() &&
        !llvm::isa<SchemaDecl>(O) && !llvm::isa<Setting>(O) &&
        (!llvm::isa<OpaqueObject>(O) || getNamespace(*O) != Namespace::Other))
      Renames.emplace_back(
          O, QualifiedName(llvm::isa<Index>(O) ? schemaOf(*O) : Old,
                           O->getName().Name));
  for (auto &[O, N] : Renames)
    M.rename(O, std::move(N));
  for (Object *O : Work)
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
      if (!Opq->Target.empty() && !Opq->Target.isQualified())
        Opq->Target.Schema = Old;
}

//===----------------------------------------------------------------------===//
// Opaque statements
//===----------------------------------------------------------------------===//

ApplyResult SchemaEditor::Impl::applyOpaque(OpaqueChange &C) {
  auto *O = llvm::cast<OpaqueObject>(append(std::move(C.Object)));
  if (O->IsData)
    recordDataStatement(*O, C.Mentions);
  if (!C.Mentions.empty())
    Mentions[O] = std::move(C.Mentions);
  return ApplyResult();
}

void SchemaEditor::Impl::finish() {
  reportMissing();
  // Function bodies mention the same few names over and over; the module
  // does not change here, so each name is looked up once.
  llvm::StringMap<Object *> Resolved;
  llvm::SmallString<64> Key;
  auto Resolve = [&](const QualifiedName &N) -> Object * {
    Key = N.Schema;
    Key.push_back('\0');
    Key += N.Name;
    auto Ins = Resolved.try_emplace(Key, nullptr);
    if (Ins.second)
      Ins.first->second = M.lookupReferenced(N);
    return Ins.first->second;
  };
  // Earlier inputs: drop references to objects that are gone.
  for (OpaqueObject *O : M.getObjects<OpaqueObject>())
    if (!Mentions.count(O))
      llvm::erase_if(O->References,
                     [&](const QualifiedName &N) { return !Resolve(N); });
  for (auto &KV : Mentions) {
    OpaqueObject *O = KV.first;
    Object *TargetObj = O->Target.empty() ? nullptr : Resolve(O->Target);
    llvm::SmallPtrSet<Object *, 8> Seen;
    for (const QualifiedName &N : KV.second) {
      // The name the statement defines is not a reference (a trigger named
      // like the function it calls is not that function).
      if (N == O->getName())
        continue;
      Object *X = Resolve(N);
      if (!X || X == O || X == TargetObj || !Seen.insert(X).second)
        continue;
      O->References.push_back(N);
    }
  }
  Mentions.clear();
}
