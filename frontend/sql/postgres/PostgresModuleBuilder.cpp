//===- PostgresModuleBuilder.cpp - Apply statements to a module -----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PostgresModuleBuilder.h"
#include "PostgresOpaque.h"

#include "schemac/ir/Walk.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"

#include <algorithm>

using namespace schemac;
using namespace schemac::pg;

//===----------------------------------------------------------------------===//
// Mutable traversal of expressions and queries
//===----------------------------------------------------------------------===//

namespace {

/// The constraint's name, or for an unnamed one the name PostgreSQL would
/// generate (table_columns_fkey, ...), for messages.
std::string constraintName(const Object &Owner, const Constraint &C) {
  if (!C.Name.empty())
    return C.Name;
  std::string N = Owner.getName().Name;
  auto addColumns = [&](const std::vector<std::string> &Cols) {
    for (const std::string &Col : Cols)
      N += "_" + Col;
  };
  switch (C.K) {
  case Constraint::Kind::PrimaryKey:
    return N + "_pkey";
  case Constraint::Kind::Unique:
    addColumns(C.Columns);
    return N + "_key";
  case Constraint::Kind::ForeignKey:
    addColumns(C.Columns);
    return N + "_fkey";
  case Constraint::Kind::Check:
    if (!C.ColumnLevel.empty())
      N += "_" + C.ColumnLevel;
    return N + "_check";
  case Constraint::Kind::Exclusion:
    return N + "_excl";
  }
  return N;
}

void walkMutable(Expr &E, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel);

void walkMutable(Rel &R, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel) {
  OnRel(R);
  forEachChild(
      R, [&](ExprPtr &C) { walkMutable(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walkMutable(*C, OnExpr, OnRel); });
}

void walkMutable(Expr &E, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel) {
  OnExpr(E);
  forEachChild(
      E, [&](ExprPtr &C) { walkMutable(*C, OnExpr, OnRel); },
      [&](RelPtr &C) { walkMutable(*C, OnExpr, OnRel); });
}

void walkMutable(ExprPtr &E, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel) {
  if (E)
    walkMutable(*E, OnExpr, OnRel);
}

/// Calls \p Fn on every expression owned directly by \p O (defaults,
/// checks, generated columns, index keys and predicates, view bodies).
void forEachExprRoot(Object &O, llvm::function_ref<void(ExprPtr &)> OnExpr,
                     llvm::function_ref<void(RelPtr &)> OnRel) {
  if (auto *T = llvm::dyn_cast<Table>(&O)) {
    for (Column &C : T->Columns) {
      OnExpr(C.Default);
      if (C.Generation)
        OnExpr(C.Generation->Expression);
    }
    for (Constraint &K : T->Constraints) {
      OnExpr(K.Check);
      OnExpr(K.ExclusionWhere);
      for (ExclusionElement &X : K.Exclusions)
        OnExpr(X.Element.Expression);
    }
    if (T->PartitionBy)
      for (IndexElement &E : T->PartitionBy->Keys)
        OnExpr(E.Expression);
    if (T->Bound) {
      for (ExprPtr &E : T->Bound->In)
        OnExpr(E);
      for (ExprPtr &E : T->Bound->From)
        OnExpr(E);
      for (ExprPtr &E : T->Bound->To)
        OnExpr(E);
    }
  } else if (auto *I = llvm::dyn_cast<Index>(&O)) {
    for (IndexElement &E : I->Elements)
      OnExpr(E.Expression);
    OnExpr(I->Where);
  } else if (auto *V = llvm::dyn_cast<View>(&O)) {
    OnRel(V->Query);
  } else if (auto *D = llvm::dyn_cast<Domain>(&O)) {
    OnExpr(D->Default);
    for (DomainCheck &C : D->Checks)
      OnExpr(C.Check);
  }
}

void forEachExpr(Object &O, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel) {
  forEachExprRoot(
      O, [&](ExprPtr &E) { walkMutable(E, OnExpr, OnRel); },
      [&](RelPtr &R) {
        if (R)
          walkMutable(*R, OnExpr, OnRel);
      });
}

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

/// Parses a search_path value as written: public, "My Schema", 'x'.
std::vector<std::string> parseSearchPath(llvm::StringRef V) {
  std::vector<std::string> R;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  V.split(Parts, ',');
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.size() >= 2 && ((P.front() == '"' && P.back() == '"') ||
                          (P.front() == '\'' && P.back() == '\''))) {
      char Q = P.front();
      std::string S;
      llvm::StringRef Body = P.drop_front().drop_back();
      for (size_t I = 0; I < Body.size(); ++I) {
        S += Body[I];
        if (Body[I] == Q && I + 1 < Body.size() && Body[I + 1] == Q)
          ++I;
      }
      // A quoted list inside a string: 'a, b'.
      if (Q == '\'' && S.find(',') != std::string::npos) {
        for (std::string &X : parseSearchPath(S))
          R.push_back(std::move(X));
        continue;
      }
      R.push_back(S);
    } else if (!P.empty()) {
      R.push_back(P.lower());
    }
  }
  return R;
}

} // namespace

//===----------------------------------------------------------------------===//
// Builder basics
//===----------------------------------------------------------------------===//

PostgresModuleBuilder::PostgresModuleBuilder(Module &M, DiagnosticEngine &Diags,
                                             uint32_t File,
                                             llvm::StringRef Buffer)
    : M(M), Diags(Diags), File(File), Buffer(Buffer) {}

DiagnosticEngine::Builder PostgresModuleBuilder::report(Location L, DiagID ID) {
  if (getDefaultSeverity(ID) == Severity::Error)
    ++NumErrors;
  return Diags.report(L, ID);
}

void PostgresModuleBuilder::reportDuplicate(Location L, llvm::StringRef Kind,
                                            const QualifiedName &Name,
                                            const Object *Prev) {
  auto B = report(L, DiagID::err_duplicate_object);
  B << Kind << Name.str();
  if (Prev && Prev->Loc.isValid())
    B.note(Prev->Loc, DiagID::note_previous_definition);
}

void PostgresModuleBuilder::reportUnknown(Location L, llvm::StringRef Kind,
                                          const QualifiedName &Name) {
  report(L, DiagID::err_unknown_object) << Kind << Name.str();
}

Object *PostgresModuleBuilder::append(ObjectPtr O) {
  Object *Raw = O.get();
  M.append(std::move(O));
  if (!EmptySearchPath)
    Pending.insert(Raw);
  return Raw;
}

void PostgresModuleBuilder::notePossiblyUnqualified(const LoweredStatement &S) {
  // New objects are noted by append(); here the existing objects a
  // statement can give a new unqualified reference.
  auto note = [&](const QualifiedName &N) {
    if (N.empty())
      return;
    if (Object *O = M.lookupRelation(N))
      Pending.insert(O);
    else if (Object *T = M.lookupType(N))
      Pending.insert(T);
  };
  switch (S.Kind) {
  case StmtKind::Set:
  case StmtKind::Reset:
  case StmtKind::SetConfig:
  case StmtKind::Comment:
  case StmtKind::Drop:
  case StmtKind::DropOpaque:
  case StmtKind::Opaque:
  case StmtKind::Data:
  case StmtKind::MetaCommand:
  case StmtKind::Empty:
  case StmtKind::Unknown:
  case StmtKind::CreateSchema:
  case StmtKind::CreateTable:
  case StmtKind::CreateIndex:
  case StmtKind::CreateView:
  case StmtKind::CreateMatView:
  case StmtKind::CreateSequence:
  case StmtKind::CreateEnum:
  case StmtKind::CreateDomain:
  case StmtKind::AlterSchema: // a rename sets QualifyAll itself
    return;                   // creates (append()) or only removes references
  case StmtKind::AlterTable:
  case StmtKind::AlterIndex:
  case StmtKind::AlterView:
  case StmtKind::AlterSequence:
  case StmtKind::AlterType:
  case StmtKind::AlterDomain:
    note(S.Target.Name);
    for (const AlterCmd &C : S.Cmds)
      note(C.Other.Name); // ATTACH PARTITION: the partition's PartitionOf
    return;
  default:
    QualifyAll = true;
    return;
  }
}

std::string PostgresModuleBuilder::schemaOf(const Object &O) const {
  if (llvm::isa<SchemaDecl>(O))
    return O.getName().Name;
  if (O.getName().isQualified())
    return O.getName().Schema;
  if (auto *I = llvm::dyn_cast<Index>(&O))
    if (Object *T = M.lookupRelation(I->Table))
      return schemaOf(*T);
  return M.getDefaultSchema();
}

Column *PostgresModuleBuilder::findColumn(Table &T, llvm::StringRef Name) {
  return T.findColumn(Name);
}

bool PostgresModuleBuilder::columnExists(const Table &T,
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

void PostgresModuleBuilder::apply(LoweredStatement &S) {
  for (Diagnostic &D : S.Diags) {
    if (getDefaultSeverity(D.ID) == Severity::Error)
      ++NumErrors;
    Diags.emit(std::move(D));
  }
  S.Diags.clear();
  if (S.Failed)
    return;
  if (!EmptySearchPath)
    notePossiblyUnqualified(S);
  switch (S.Kind) {
  case StmtKind::CreateSchema:
  case StmtKind::CreateTable:
  case StmtKind::CreateIndex:
  case StmtKind::CreateView:
  case StmtKind::CreateMatView:
  case StmtKind::CreateSequence:
  case StmtKind::CreateEnum:
  case StmtKind::CreateDomain:
    return applyCreate(S);
  case StmtKind::Set:
  case StmtKind::Reset:
  case StmtKind::SetConfig:
    return applySetting(S);
  case StmtKind::AlterTable:
  case StmtKind::AlterIndex:
  case StmtKind::AlterView:
  case StmtKind::AlterSequence:
  case StmtKind::AlterType:
  case StmtKind::AlterDomain:
  case StmtKind::AlterSchema:
    return applyAlter(S);
  case StmtKind::Comment:
    return applyComment(S);
  case StmtKind::Drop:
    return applyDrop(S);
  case StmtKind::DropOpaque:
    return applyDropOpaque(S);
  case StmtKind::Opaque:
  case StmtKind::Data:
  case StmtKind::MetaCommand: {
    if (!S.Object)
      return;
    auto *O = static_cast<OpaqueObject *>(append(std::move(S.Object)));
    if (!S.Candidates.empty())
      Candidates[O] = std::move(S.Candidates);
    return;
  }
  default:
    return;
  }
}

void PostgresModuleBuilder::keepOpaque(LoweredStatement &S, llvm::StringRef Why,
                                       DiagID Warning) {
  report(S.Loc, Warning) << Why;
  auto O = std::make_unique<OpaqueObject>(
      S.Loc, QualifiedName(), llvm::StringRef(S.Description).lower(),
      Buffer.slice(S.Begin, S.End).str(), "postgres");
  O->Target = S.Target.Name;
  auto *Raw = static_cast<OpaqueObject *>(append(std::move(O)));
  if (S.Candidates.empty() && S.Toks)
    collectNameCandidates(Buffer, S.Toks, S.NumTokens, false, S.Candidates);
  if (!S.Candidates.empty())
    Candidates[Raw] = std::move(S.Candidates);
}

void PostgresModuleBuilder::applySetting(LoweredStatement &S) {
  auto *Set = static_cast<Setting *>(append(std::move(S.Object)));
  if (Set->getParameter() == "search_path" && !Set->IsDefault) {
    std::vector<std::string> Path = parseSearchPath(Set->Value);
    bool NonEmpty =
        llvm::any_of(Path, [](const std::string &P) { return !P.empty(); });
    if (NonEmpty) {
      EmptySearchPath = false;
      changeSearchPath(std::move(Path));
    } else {
      // search_path = '' (pg_dump's first line): from here on nothing is
      // found or created by an unqualified name, and the backend emits the
      // settings first, so what was created before says where it went.
      EmptySearchPath = true;
      qualifyUnqualifiedNames(M.getDefaultSchema());
    }
  }
}

void PostgresModuleBuilder::changeSearchPath(std::vector<std::string> Path) {
  std::string Old = M.getDefaultSchema();
  M.setSearchPath(Path);
  std::string New = M.getDefaultSchema();
  M.setSearchPath(std::move(Path));
  if (Old == New)
    return;
  // Unqualified names in the module mean "in the default schema"; before
  // it changes, the names that meant the old one say so explicitly.
  std::vector<std::string> NewPath = M.getSearchPath();
  M.setSearchPath({Old});
  qualifyUnqualifiedNames(Old);
  M.setSearchPath(std::move(NewPath));
}

void PostgresModuleBuilder::qualifyUnqualifiedNames(const std::string &Old) {
  // A pass leaves no unqualified name that resolves; only the objects
  // created or altered since then under a non-empty search_path can have
  // one (pg_dump scripts set an empty search_path first and qualify
  // everything: nothing to do). Without that bookkeeping, a script that
  // switches search_path per schema would cost a walk of the whole module
  // per switch.
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
  // The references first, while they still resolve.
  for (Object *O : Work)
    forEachNameRefIn(*O, [&](QualifiedName &N, bool IsType) {
      if (N.isQualified())
        return;
      Object *X = IsType ? M.lookupType(N) : M.lookupRelation(N);
      if (X && !X->getName().isQualified())
        N.Schema = Old;
    });
  for (Object *O : Work)
    if (!O->getName().isQualified() && !O->getName().empty() &&
        !llvm::isa<SchemaDecl>(O) && !llvm::isa<Setting>(O))
      M.rename(O, QualifiedName(Old, O->getName().Name));
  for (Object *O : Work)
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
      if (!Opq->Target.empty() && !Opq->Target.isQualified())
        Opq->Target.Schema = Old;
}

//===----------------------------------------------------------------------===//
// CREATE
//===----------------------------------------------------------------------===//

void PostgresModuleBuilder::applyCreate(LoweredStatement &S) {
  Object &O = *S.Object;
  QualifiedName Qualified = M.qualify(O.getName());
  switch (O.getKind()) {
  case Object::Kind::SchemaDecl: {
    auto &SD = llvm::cast<SchemaDecl>(O);
    if (SchemaDecl *Prev = M.lookupSchema(SD.getName().Name)) {
      if (!SD.IfNotExists)
        reportDuplicate(SD.Loc, "schema", SD.getName(), Prev);
      return;
    }
    append(std::move(S.Object));
    return;
  }
  case Object::Kind::Table:
    return applyCreateTable(
        S, std::unique_ptr<Table>(static_cast<Table *>(S.Object.release())));
  case Object::Kind::Index: {
    auto &I = llvm::cast<Index>(O);
    Object *T = lookupRelation(I.Table);
    if (!T) {
      reportUnknown(I.Loc, "relation", I.Table);
      return;
    }
    auto *Tab = llvm::dyn_cast<Table>(T);
    auto *V = llvm::dyn_cast<View>(T);
    if (!Tab && !(V && V->Materialized) && !llvm::isa<OpaqueObject>(T)) {
      report(I.Loc, DiagID::err_wrong_object_kind)
          << I.Table.str() << T->getDescription() << "table";
      return;
    }
    if (Tab) {
      for (const IndexElement &E : I.Elements)
        if (!E.isExpression() && !columnExists(*Tab, E.Column)) {
          report(E.Loc, DiagID::err_unknown_column)
              << E.Column << "table" << I.Table.str();
          return;
        }
      for (const std::string &C : I.Include)
        if (!columnExists(*Tab, C)) {
          report(I.Loc, DiagID::err_unknown_column)
              << C << "table" << I.Table.str();
          return;
        }
    }
    if (I.isNamed()) {
      QualifiedName Key(I.getName().isQualified() ? I.getName().Schema
                                                  : schemaOf(*T),
                        I.getName().Name);
      if (Object *Prev = lookupRelation(Key)) {
        if (!I.IfNotExists)
          reportDuplicate(I.Loc, "relation", I.getName(), Prev);
        return;
      }
    }
    append(std::move(S.Object));
    return;
  }
  case Object::Kind::View: {
    auto &V = llvm::cast<View>(O);
    if (Object *Prev = lookupRelation(Qualified)) {
      auto *PV = llvm::dyn_cast<View>(Prev);
      if (V.IfNotExists)
        return;
      if (V.OrReplace && PV && !PV->Materialized) {
        // CREATE OR REPLACE VIEW: the new definition takes the old one's
        // place (PostgreSQL keeps the view's identity).
        size_t Pos = M.indexOf(PV);
        V.Owner = PV->Owner;
        V.Comment = PV->Comment;
        V.ColumnComments = PV->ColumnComments;
        removeObject(PV);
        if (!EmptySearchPath)
          Pending.insert(S.Object.get());
        M.insert(Pos, std::move(S.Object));
        return;
      }
      if (V.OrReplace && !PV) {
        report(V.Loc, DiagID::err_wrong_object_kind)
            << Qualified.str() << Prev->getDescription() << "view";
        return;
      }
      reportDuplicate(V.Loc, "relation", V.getName(), Prev);
      return;
    }
    if (Object *Prev = M.lookup(Namespace::Type, Qualified)) {
      reportDuplicate(V.Loc, "type", V.getName(), Prev);
      return;
    }
    append(std::move(S.Object));
    return;
  }
  case Object::Kind::Sequence: {
    auto &Seq = llvm::cast<Sequence>(O);
    if (Object *Prev = lookupRelation(Qualified)) {
      if (!Seq.IfNotExists)
        reportDuplicate(Seq.Loc, "relation", Seq.getName(), Prev);
      return;
    }
    if (S.OwnedBy) {
      Table *T = M.lookupTable(S.OwnedBy->Name);
      if (!T) {
        reportUnknown(S.OwnedBy->Loc, "table", S.OwnedBy->Name);
        return;
      }
      if (!columnExists(*T, S.OwnedByColumn)) {
        report(S.OwnedBy->Loc, DiagID::err_unknown_column)
            << S.OwnedByColumn << "table" << S.OwnedBy->Name.str();
        return;
      }
      Seq.OwnedByTable = S.OwnedBy->Name;
      Seq.OwnedByColumn = S.OwnedByColumn;
    }
    Seq.OwnedByNone = S.OwnedByNone;
    append(std::move(S.Object));
    return;
  }
  case Object::Kind::EnumType:
  case Object::Kind::Domain: {
    if (Object *Prev = M.lookupType(Qualified)) {
      reportDuplicate(O.Loc, "type", O.getName(), Prev);
      return;
    }
    append(std::move(S.Object));
    return;
  }
  default:
    append(std::move(S.Object));
    return;
  }
}

void PostgresModuleBuilder::applyCreateTable(LoweredStatement &S,
                                             std::unique_ptr<Table> T) {
  QualifiedName Qualified = M.qualify(T->getName());
  if (Object *Prev = lookupRelation(Qualified)) {
    if (!T->IfNotExists)
      reportDuplicate(T->Loc, "relation", T->getName(), Prev);
    return;
  }
  if (Object *Prev = M.lookup(Namespace::Type, Qualified)) {
    reportDuplicate(T->Loc, "type", T->getName(), Prev);
    return;
  }
  for (const QualifiedName &P : T->Inherits)
    if (!M.lookupTable(P)) {
      reportUnknown(T->Loc, "relation", P);
      return;
    }
  if (T->isPartition()) {
    Table *Parent = M.lookupTable(T->PartitionOf);
    if (!Parent) {
      reportUnknown(T->Loc, "relation", T->PartitionOf);
      return;
    }
    if (!Parent->PartitionBy) {
      report(T->Loc, DiagID::err_not_partitioned) << T->PartitionOf.str();
      return;
    }
  }
  // LIKE: copy the source's columns (and what INCLUDING asks for).
  size_t Inserted = 0;
  for (LikeClause &L : S.Likes) {
    Table *Src = M.lookupTable(L.Source.Name);
    if (!Src) {
      reportUnknown(L.Source.Loc, "table", L.Source.Name);
      return;
    }
    std::vector<Column> Copies;
    for (const Column &C : Src->Columns) {
      Column N(L.Source.Loc, C.Name, C.Type);
      N.NotNull = C.NotNull;
      N.Collation = C.Collation;
      if (L.Defaults)
        N.Default = cloneExpr(C.Default);
      if (L.Generated && C.Generation) {
        Column::Generated G;
        G.Expression = cloneExpr(C.Generation->Expression);
        G.Virtual = C.Generation->Virtual;
        N.Generation = std::move(G);
      }
      if (L.Identity && C.Ident) {
        N.Ident = Column::Identity();
        N.Ident->Always = C.Ident->Always;
        N.Ident->Options = C.Ident->Options;
        N.Ident->Options.SequenceName = QualifiedName();
      }
      if (L.Comments)
        N.Comment = C.Comment;
      if (L.Storage)
        N.Storage = C.Storage;
      if (L.Compression)
        N.Compression = C.Compression;
      if (C.Type.Serial) {
        // A serial column's sequence belongs to the source table.
        N.Type.Serial = false;
        if (!L.Defaults)
          N.Default.reset();
      }
      Copies.push_back(std::move(N));
    }
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
      Constraint C = K.clone();
      C.AddedByAlter = false;
      if (K.isKey() || K.K == Constraint::Kind::Exclusion)
        C.Name.clear(); // PostgreSQL generates new index names
      if (!L.Comments)
        C.Comment.reset();
      T->Constraints.push_back(std::move(C));
    }
  }
  for (size_t I = 0; I < T->Columns.size(); ++I)
    for (size_t J = 0; J < I; ++J)
      if (T->Columns[I].Name == T->Columns[J].Name) {
        report(T->Columns[I].Loc, DiagID::err_duplicate_object)
            << "column" << T->Columns[I].Name;
        return;
      }
  // Key columns must exist, and so must the referenced columns of tables
  // that exist (a self-reference included). A referenced table may also be
  // created later: schemac orders tables by their references, unlike
  // PostgreSQL, and the verifier reports references that never resolve.
  for (const Constraint &K : T->Constraints) {
    for (const std::string &C : K.Columns)
      if (!columnExists(*T, C)) {
        report(K.Loc, DiagID::err_unknown_column)
            << C << "table" << T->getName().str();
        return;
      }
    if (K.K != Constraint::Kind::ForeignKey)
      continue;
    const Table *Ref = M.qualify(K.RefTable) == Qualified
                           ? T.get()
                           : M.lookupTable(K.RefTable);
    if (!Ref)
      continue;
    for (const std::string &C : K.RefColumns)
      if (!columnExists(*Ref, C)) {
        report(K.Loc, DiagID::err_unknown_column)
            << C << "table" << K.RefTable.str();
        return;
      }
  }
  if (T->PartitionBy)
    for (const IndexElement &E : T->PartitionBy->Keys)
      if (!E.isExpression() && !columnExists(*T, E.Column)) {
        report(E.Loc, DiagID::err_unknown_column)
            << E.Column << "table" << T->getName().str();
        return;
      }
  // Indexes copied by LIKE ... INCLUDING INDEXES are created by the
  // constraints above; plain indexes of the source are copied unnamed.
  std::vector<ObjectPtr> IndexCopies;
  for (LikeClause &L : S.Likes) {
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
  append(std::move(T));
  for (ObjectPtr &I : IndexCopies)
    append(std::move(I));
}

//===----------------------------------------------------------------------===//
// References and renames
//===----------------------------------------------------------------------===//

void PostgresModuleBuilder::forEachNameRef(
    llvm::function_ref<void(QualifiedName &, bool IsType)> Fn) {
  for (const ObjectPtr &P : M.objects())
    forEachNameRefIn(*P, Fn);
}

void PostgresModuleBuilder::forEachNameRefIn(
    Object &O, llvm::function_ref<void(QualifiedName &, bool IsType)> Fn) {
  auto typeRef = [&](DataType &T) {
    if (T.Kind == TypeKind::UserDefined)
      Fn(T.Name, true);
  };
  if (auto *T = llvm::dyn_cast<Table>(&O)) {
    for (Constraint &K : T->Constraints)
      if (K.K == Constraint::Kind::ForeignKey)
        Fn(K.RefTable, false);
    for (QualifiedName &I : T->Inherits)
      Fn(I, false);
    if (!T->PartitionOf.empty())
      Fn(T->PartitionOf, false);
    if (!T->OfType.empty())
      Fn(T->OfType, true);
    for (Column &C : T->Columns)
      typeRef(C.Type);
  } else if (auto *I = llvm::dyn_cast<Index>(&O)) {
    Fn(I->Table, false);
  } else if (auto *S = llvm::dyn_cast<Sequence>(&O)) {
    if (S->isOwned())
      Fn(S->OwnedByTable, false);
    if (S->Options.AsType)
      typeRef(*S->Options.AsType);
  } else if (auto *D = llvm::dyn_cast<Domain>(&O)) {
    typeRef(D->BaseType);
  }
  forEachExpr(
      O,
      [&](Expr &E) {
        if (auto *C = llvm::dyn_cast<Cast>(&E))
          typeRef(C->Type);
      },
      [&](Rel &R) {
        if (auto *S = llvm::dyn_cast<Scan>(&R)) {
          if (!S->IsCte)
            Fn(S->Table, false);
        } else if (auto *F = llvm::dyn_cast<FunctionScan>(&R)) {
          for (auto &CD : F->ColumnDefs)
            typeRef(CD.second);
        }
      });
}

void PostgresModuleBuilder::renameObject(Object &O, QualifiedName NewName) {
  // Collect the references that resolve to O before the name changes.
  bool IsRelation = getNamespace(O) == Namespace::Relation;
  bool IsType = getNamespace(O) == Namespace::Type || llvm::isa<Table>(O) ||
                llvm::isa<View>(O);
  std::vector<QualifiedName *> Refs;
  forEachNameRef([&](QualifiedName &N, bool TypeRef) {
    Object *Target = TypeRef ? M.lookupType(N) : M.lookupRelation(N);
    if (Target == &O && ((TypeRef && IsType) || (!TypeRef && IsRelation)))
      Refs.push_back(&N);
  });
  std::string OldSchema = schemaOf(O);
  M.rename(&O, NewName);
  std::string NewSchema = schemaOf(O);
  for (QualifiedName *N : Refs) {
    N->Name = NewName.Name;
    if (N->isQualified() || NewSchema != M.getDefaultSchema())
      N->Schema = NewSchema;
    else
      QualifyAll = true; // the owner of the reference is not known here
  }
  Pending.insert(&O);
  // Indexes live in their table's schema.
  if (OldSchema != NewSchema && llvm::isa<Table>(O))
    for (Index *I : M.getIndexes(llvm::cast<Table>(O)))
      if (I->isNamed())
        M.rename(I, QualifiedName(NewSchema, I->getName().Name));
}

bool PostgresModuleBuilder::renameColumn(Table &T, const std::string &Old,
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
  C->Name = New;
  auto renameIn = [&](std::vector<std::string> &V) {
    for (std::string &S : V)
      if (S == Old)
        S = New;
  };
  // References to the column by name within the table's own expressions:
  // an unqualified or table-qualified column reference.
  auto renameRefs = [&](Object &O) {
    forEachExpr(
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
    renameIn(K.Columns);
    renameIn(K.Include);
    renameIn(K.OnDeleteColumns);
    for (ExclusionElement &X : K.Exclusions)
      if (X.Element.Column == Old)
        X.Element.Column = New;
    if (K.K == Constraint::Kind::ForeignKey && M.lookupTable(K.RefTable) == &T)
      renameIn(K.RefColumns);
    if (K.ColumnLevel == Old)
      K.ColumnLevel = New;
  }
  if (T.PartitionBy)
    for (IndexElement &E : T.PartitionBy->Keys)
      if (E.Column == Old)
        E.Column = New;
  renameRefs(T);
  for (Index *I : M.getIndexes(T)) {
    for (IndexElement &E : I->Elements)
      if (E.Column == Old)
        E.Column = New;
    renameIn(I->Include);
    renameRefs(*I);
  }
  for (const ObjectPtr &P : M.objects()) {
    if (auto *Other = llvm::dyn_cast<Table>(P.get())) {
      if (Other == &T)
        continue;
      for (Constraint &K : Other->Constraints)
        if (K.K == Constraint::Kind::ForeignKey &&
            M.lookupTable(K.RefTable) == &T)
          renameIn(K.RefColumns);
      // Inheritance children and attached partitions share the column.
      bool Child =
          (Other->isPartition() && M.lookupTable(Other->PartitionOf) == &T) ||
          llvm::any_of(Other->Inherits, [&](const QualifiedName &N) {
            return M.lookupTable(N) == &T;
          });
      if (Child && Other->findColumn(Old))
        renameColumn(*Other, Old, New, L);
    } else if (auto *S = llvm::dyn_cast<Sequence>(P.get())) {
      if (S->isOwned() && S->OwnedByColumn == Old &&
          M.lookupTable(S->OwnedByTable) == &T)
        S->OwnedByColumn = New;
    } else if (auto *V = llvm::dyn_cast<View>(P.get())) {
      if (!V->Query)
        continue;
      // Names under which the view's FROM clauses see T.
      std::vector<std::string> Names;
      unsigned Scans = 0;
      walk(*V->Query, nullptr, [&](const Rel &R) {
        if (auto *S = llvm::dyn_cast<Scan>(&R)) {
          ++Scans;
          if (!S->IsCte && M.lookupRelation(S->Table) == &T)
            Names.push_back(S->Alias.empty() ? S->Table.Name : S->Alias);
        }
      });
      if (Names.empty())
        continue;
      bool OnlyT = Scans == Names.size();
      // A renamed column keeps its place in the view's output under its old
      // name, as PostgreSQL shows it.
      walkMutable(
          *V->Query, [](Expr &) {},
          [&](Rel &R) {
            auto *Proj = llvm::dyn_cast<Project>(&R);
            if (!Proj)
              return;
            for (SelectItem &Item : Proj->Items)
              if (auto *CR = llvm::dyn_cast<ColumnRef>(Item.Value.get()))
                if (!CR->Star && !CR->Path.empty() && CR->Path.back() == Old &&
                    Item.Alias.empty())
                  Item.Alias = Old;
          });
      walkMutable(
          *V->Query,
          [&](Expr &E) {
            auto *R = llvm::dyn_cast<ColumnRef>(&E);
            if (!R || R->Star || R->Path.empty() || R->Path.back() != Old)
              return;
            if (R->Path.size() == 1
                    ? OnlyT
                    : llvm::is_contained(Names, R->Path[R->Path.size() - 2]))
              R->Path.back() = New;
          },
          [](Rel &) {});
    }
  }
  return true;
}

//===----------------------------------------------------------------------===//
// ALTER
//===----------------------------------------------------------------------===//

void PostgresModuleBuilder::applyAlter(LoweredStatement &S) {
  // An action the IR does not model keeps the whole statement opaque.
  for (const AlterCmd &C : S.Cmds)
    if (C.K == AlterCmd::Kind::Unsupported) {
      keepOpaque(S, C.Description, DiagID::warn_unsupported_clause);
      return;
    }
  if (S.Kind == StmtKind::AlterSchema)
    return applyAlterSchema(S);
  Object *O = nullptr;
  if (S.Kind == StmtKind::AlterType || S.Kind == StmtKind::AlterDomain)
    O = M.lookupType(S.Target.Name);
  else
    O = lookupRelation(S.Target.Name);
  if (!O) {
    if (S.IfExists)
      return;
    // The implicit sequence of a serial or identity column is not an
    // object of the IR; what is done to it is kept as written.
    if (S.Kind == StmtKind::AlterSequence) {
      llvm::StringRef N = S.Target.Name.Name;
      for (Table *T : M.getObjects<Table>())
        for (const Column &C : T->Columns)
          if ((C.Type.Serial || C.Ident) &&
              (N == T->getName().Name + "_" + C.Name + "_seq" ||
               (C.Ident && C.Ident->Options.SequenceName.Name == N))) {
            S.Target.Name = T->getName();
            keepOpaque(S, "ALTER SEQUENCE of an implicit sequence");
            return;
          }
    }
    reportUnknown(S.Target.Loc,
                  S.TargetKind == "table" ? "relation" : S.TargetKind,
                  S.Target.Name);
    return;
  }
  if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
    keepOpaque(S, S.Description + " of " + Opq->ObjectType + " '" +
                      S.Target.Name.str() + "'");
    return;
  }
  auto wrongKind = [&](llvm::StringRef Expected) {
    report(S.Target.Loc, DiagID::err_wrong_object_kind)
        << S.Target.Name.str() << O->getDescription() << Expected;
  };
  switch (S.Kind) {
  case StmtKind::AlterTable:
    if (auto *T = llvm::dyn_cast<Table>(O))
      return applyAlterTable(S, *T);
    return applyAlterRelation(S, *O);
  case StmtKind::AlterIndex:
    if (!llvm::isa<Index>(O))
      return wrongKind("index");
    return applyAlterRelation(S, *O);
  case StmtKind::AlterView: {
    auto *V = llvm::dyn_cast<View>(O);
    if (!V || V->Materialized != (S.TargetKind == "materialized view"))
      return wrongKind(S.TargetKind);
    return applyAlterRelation(S, *O);
  }
  case StmtKind::AlterSequence:
    if (auto *Seq = llvm::dyn_cast<Sequence>(O))
      return applyAlterSequence(S, *Seq);
    return wrongKind("sequence");
  case StmtKind::AlterType:
    if (auto *E = llvm::dyn_cast<EnumType>(O))
      return applyAlterEnum(S, *E);
    if (auto *D = llvm::dyn_cast<Domain>(O)) {
      for (const AlterCmd &C : S.Cmds)
        if (C.K == AlterCmd::Kind::AddEnumValue ||
            C.K == AlterCmd::Kind::RenameEnumValue)
          return wrongKind("enum");
      return applyAlterDomain(S, *D);
    }
    return wrongKind("type");
  case StmtKind::AlterDomain:
    if (auto *D = llvm::dyn_cast<Domain>(O))
      return applyAlterDomain(S, *D);
    return wrongKind("domain");
  default:
    return;
  }
}

/// OWNER TO, RENAME TO, SET SCHEMA, storage options: the actions every
/// relation kind shares.
void PostgresModuleBuilder::applyAlterRelation(LoweredStatement &S, Object &O) {
  for (AlterCmd &C : S.Cmds) {
    switch (C.K) {
    case AlterCmd::Kind::OwnerTo:
      O.Owner = C.NewName;
      break;
    case AlterCmd::Kind::Rename: {
      QualifiedName New(O.getName().Schema, C.NewName);
      QualifiedName Key(schemaOf(O), C.NewName);
      if (Object *Prev = lookupRelation(Key)) {
        reportDuplicate(C.Loc, "relation", Key, Prev);
        return;
      }
      renameObject(O, New);
      break;
    }
    case AlterCmd::Kind::SetSchema: {
      if (llvm::isa<Index>(O)) {
        report(C.Loc, DiagID::err_index_moves_with_table);
        return;
      }
      QualifiedName New(C.NewName, O.getName().Name);
      if (Object *Prev = lookupRelation(New)) {
        reportDuplicate(C.Loc, "relation", New, Prev);
        return;
      }
      renameObject(O, New);
      break;
    }
    case AlterCmd::Kind::SetTablespace:
      if (auto *I = llvm::dyn_cast<Index>(&O))
        I->Tablespace = C.NewName;
      else if (auto *V = llvm::dyn_cast<View>(&O))
        V->Tablespace = C.NewName;
      break;
    case AlterCmd::Kind::SetOptions:
    case AlterCmd::Kind::ResetOptions: {
      StorageParams *Params = nullptr;
      if (auto *I = llvm::dyn_cast<Index>(&O))
        Params = &I->With;
      else if (auto *V = llvm::dyn_cast<View>(&O))
        Params = &V->Options;
      if (!Params) {
        report(C.Loc, DiagID::err_wrong_object_kind)
            << O.getName().str() << O.getDescription() << "table";
        return;
      }
      for (auto &KV : C.Params) {
        auto It = llvm::find_if(
            *Params, [&](const auto &P) { return P.first == KV.first; });
        if (C.K == AlterCmd::Kind::ResetOptions) {
          if (It != Params->end())
            Params->erase(It);
        } else if (It != Params->end()) {
          It->second = KV.second;
        } else {
          Params->push_back(KV);
        }
      }
      break;
    }
    default:
      report(C.Loc, DiagID::err_wrong_object_kind)
          << O.getName().str() << O.getDescription() << "table";
      return;
    }
  }
}

bool PostgresModuleBuilder::addColumn(Table &T, AlterCmd &C) {
  if (T.findColumn(C.Col->Name)) {
    if (C.IfNotExists)
      return true;
    report(C.NameLoc, DiagID::err_duplicate_object) << "column" << C.Col->Name;
    return false;
  }
  T.Columns.push_back(std::move(*C.Col));
  for (Constraint &K : C.Constraints)
    if (!addConstraint(T, std::move(K), C.Loc))
      return false;
  return true;
}

bool PostgresModuleBuilder::addConstraint(Table &T, Constraint K, Location L) {
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
  if (K.K == Constraint::Kind::ForeignKey) {
    Table *Ref = M.lookupTable(K.RefTable);
    if (!Ref && !lookupRelation(K.RefTable)) {
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
  if (!K.Name.empty() && (K.isKey() || K.K == Constraint::Kind::Exclusion))
    if (Object *Prev = lookupRelation(QualifiedName(schemaOf(T), K.Name))) {
      reportDuplicate(K.Loc, "relation", QualifiedName(K.Name), Prev);
      return false;
    }
  // Tables get their keys one ALTER at a time in pg_dump output; grow by
  // little steps, constraints are large.
  if (T.Constraints.size() == T.Constraints.capacity())
    T.Constraints.reserve(T.Constraints.size() + T.Constraints.size() / 4 + 1);
  T.Constraints.push_back(std::move(K));
  return true;
}

bool PostgresModuleBuilder::addConstraintUsingIndex(Table &T, AlterCmd &C) {
  Constraint &K = C.Constraints.front();
  QualifiedName IdxName(schemaOf(T), C.Name);
  Index *I = M.lookupIndex(IdxName);
  if (!I) {
    reportUnknown(C.NameLoc, "index", QualifiedName(C.Name));
    return false;
  }
  if (M.lookupTable(I->Table) != &T) {
    report(C.NameLoc, DiagID::err_index_not_of_table)
        << C.Name << T.getName().str();
    return false;
  }
  if (!I->Unique) {
    report(C.NameLoc, DiagID::err_not_unique_index) << C.Name;
    return false;
  }
  if (I->Where || !I->Include.empty() ||
      llvm::any_of(I->Elements,
                   [](const IndexElement &E) { return E.isExpression(); })) {
    report(C.NameLoc, DiagID::err_index_cannot_back_constraint) << C.Name;
    return false;
  }
  for (const IndexElement &E : I->Elements)
    K.Columns.push_back(E.Column);
  K.NullsNotDistinct = I->NullsNotDistinct;
  K.IndexWith = I->With;
  K.IndexTablespace = I->Tablespace;
  // The index is renamed to the constraint's name and becomes part of it.
  if (K.Name.empty())
    K.Name = C.Name;
  Location L = C.Loc;
  removeObject(I);
  if (K.K == Constraint::Kind::PrimaryKey)
    for (const std::string &Col : K.Columns)
      if (Column *Co = T.findColumn(Col))
        Co->NotNull = true;
  return addConstraint(T, std::move(K), L);
}

bool PostgresModuleBuilder::dropColumn(Table &T, AlterCmd &C) {
  auto It = llvm::find_if(
      T.Columns, [&](const Column &Col) { return Col.Name == C.Name; });
  if (It == T.Columns.end()) {
    if (C.IfExists)
      return true;
    report(C.NameLoc, DiagID::err_unknown_column)
        << C.Name << "table" << T.getName().str();
    return false;
  }
  // Objects outside the table that use the column need CASCADE.
  std::vector<std::pair<Object *, Constraint *>> ForeignKeys;
  std::vector<View *> Views;
  for (const ObjectPtr &P : M.objects()) {
    if (auto *Other = llvm::dyn_cast<Table>(P.get())) {
      if (Other == &T)
        continue;
      for (Constraint &K : Other->Constraints)
        if (K.K == Constraint::Kind::ForeignKey &&
            M.lookupTable(K.RefTable) == &T &&
            (llvm::is_contained(K.RefColumns, C.Name) ||
             (K.RefColumns.empty() && T.getPrimaryKey() &&
              llvm::is_contained(T.getPrimaryKey()->Columns, C.Name))))
          ForeignKeys.emplace_back(Other, &K);
    } else if (auto *V = llvm::dyn_cast<View>(P.get())) {
      bool Uses = false, Scans = false;
      if (V->Query)
        walk(
            *V->Query,
            [&](const Expr &E) {
              if (auto *R = llvm::dyn_cast<ColumnRef>(&E))
                Uses |= !R->Star && R->getColumnName() == C.Name;
            },
            [&](const Rel &R) {
              if (auto *S = llvm::dyn_cast<Scan>(&R))
                Scans |= M.lookupRelation(S->Table) == &T;
            });
      if (Uses && Scans)
        Views.push_back(V);
    }
  }
  if ((!ForeignKeys.empty() || !Views.empty()) && !C.Cascade) {
    auto B = report(C.NameLoc, DiagID::err_drop_has_dependents);
    B << "column" << (T.getName().str() + "." + C.Name);
    for (auto &FK : ForeignKeys)
      B.note(FK.second->Loc, DiagID::note_dependent_object,
             {"constraint", constraintName(*FK.first, *FK.second), "column",
              C.Name});
    for (View *V : Views)
      B.note(V->Loc, DiagID::note_dependent_object,
             {V->getDescription().str(), V->getName().str(), "column", C.Name});
    return false;
  }
  for (auto &FK : ForeignKeys) {
    auto *Other = llvm::cast<Table>(FK.first);
    llvm::erase_if(Other->Constraints,
                   [&](const Constraint &K) { return &K == FK.second; });
  }
  for (View *V : Views)
    dropObject(*V, true, C.Loc);
  T.Columns.erase(It);
  // Constraints and indexes that involve the column go with it.
  llvm::erase_if(T.Constraints, [&](const Constraint &K) {
    if (K.ColumnLevel == C.Name || llvm::is_contained(K.Columns, C.Name) ||
        llvm::is_contained(K.Include, C.Name))
      return true;
    bool Uses = false;
    auto check = [&](const ExprPtr &E) {
      if (E)
        walk(*E, [&](const Expr &X) {
          if (auto *R = llvm::dyn_cast<ColumnRef>(&X))
            Uses |= R->getColumnName() == C.Name;
        });
    };
    check(K.Check);
    for (const ExclusionElement &X : K.Exclusions) {
      Uses |= X.Element.Column == C.Name;
      check(X.Element.Expression);
    }
    return Uses;
  });
  for (Index *I : M.getIndexes(T)) {
    bool Uses = llvm::is_contained(I->Include, C.Name);
    for (const IndexElement &E : I->Elements) {
      Uses |= E.Column == C.Name;
      if (E.Expression)
        walk(*E.Expression, [&](const Expr &X) {
          if (auto *R = llvm::dyn_cast<ColumnRef>(&X))
            Uses |= R->getColumnName() == C.Name;
        });
    }
    if (I->Where)
      walk(*I->Where, [&](const Expr &X) {
        if (auto *R = llvm::dyn_cast<ColumnRef>(&X))
          Uses |= R->getColumnName() == C.Name;
      });
    if (Uses)
      removeObject(I);
  }
  for (Sequence *S : M.getObjects<Sequence>())
    if (S->isOwned() && S->OwnedByColumn == C.Name &&
        M.lookupTable(S->OwnedByTable) == &T)
      removeObject(S);
  return true;
}

bool PostgresModuleBuilder::dropConstraint(Table &T, AlterCmd &C) {
  Constraint *K = T.findConstraint(C.Name);
  if (!K) {
    if (C.IfExists)
      return true;
    report(C.NameLoc, DiagID::err_unknown_object)
        << "constraint" << (C.Name + " of table " + T.getName().str());
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
    if (!FKs.empty() && !C.Cascade) {
      auto B = report(C.NameLoc, DiagID::err_drop_has_dependents);
      B << "constraint" << C.Name;
      for (auto &FK : FKs)
        B.note(FK.second->Loc, DiagID::note_dependent_object,
               {"constraint", constraintName(*FK.first, *FK.second),
                "constraint", C.Name});
      return false;
    }
    for (auto &FK : FKs)
      llvm::erase_if(FK.first->Constraints,
                     [&](const Constraint &X) { return &X == FK.second; });
  }
  llvm::erase_if(T.Constraints,
                 [&](const Constraint &X) { return X.Name == C.Name; });
  return true;
}

bool PostgresModuleBuilder::attachPartition(Table &Parent, AlterCmd &C) {
  if (!Parent.PartitionBy) {
    report(C.Loc, DiagID::err_not_partitioned) << Parent.getName().str();
    return false;
  }
  Object *O = lookupRelation(C.Other.Name);
  auto *Child = llvm::dyn_cast_or_null<Table>(O);
  if (!Child) {
    if (O)
      report(C.Other.Loc, DiagID::err_wrong_object_kind)
          << C.Other.Name.str() << O->getDescription() << "table";
    else
      reportUnknown(C.Other.Loc, "relation", C.Other.Name);
    return false;
  }
  if (Child->isPartition()) {
    report(C.Other.Loc, DiagID::err_already_partition) << C.Other.Name.str();
    return false;
  }
  Child->PartitionOf = Parent.getName();
  Child->Bound = std::move(*C.Bound);
  Child->AttachedLater = true;
  return true;
}

bool PostgresModuleBuilder::alterColumn(Table &T, AlterCmd &C) {
  Column *Col = T.findColumn(C.Name);
  if (!Col) {
    report(C.NameLoc, DiagID::err_unknown_column)
        << C.Name << "table" << T.getName().str();
    return false;
  }
  auto fail = [&](DiagID ID) {
    report(C.Loc, ID) << C.Name;
    return false;
  };
  switch (C.K) {
  case AlterCmd::Kind::AlterColumnType:
    Col->Type = std::move(*C.Type);
    if (!C.Collation.empty())
      Col->Collation = C.Collation;
    return true;
  case AlterCmd::Kind::SetDefault:
    if (Col->Ident || Col->Generation)
      return fail(DiagID::err_default_on_identity_or_generated);
    Col->Default = std::move(C.Expression);
    return true;
  case AlterCmd::Kind::DropDefault:
    Col->Default.reset();
    return true;
  case AlterCmd::Kind::SetNotNull:
    Col->NotNull = true;
    Col->ExplicitNull = false;
    return true;
  case AlterCmd::Kind::DropNotNull: {
    const Constraint *PK = T.getPrimaryKey();
    if (PK && llvm::is_contained(PK->Columns, C.Name))
      return fail(DiagID::err_column_in_primary_key);
    Col->NotNull = false;
    return true;
  }
  case AlterCmd::Kind::AddIdentity:
    if (Col->Ident)
      return fail(DiagID::err_column_already_identity);
    if (Col->Default)
      return fail(DiagID::err_column_already_has_default);
    Col->Ident = std::move(*C.Identity);
    Col->NotNull = true;
    return true;
  case AlterCmd::Kind::AlterIdentity:
    if (!Col->Ident)
      return fail(DiagID::err_column_not_identity);
    if (C.Always)
      Col->Ident->Always = *C.Always;
    mergeSequenceOptions(Col->Ident->Options, *C.SeqOptions);
    return true;
  case AlterCmd::Kind::DropIdentity:
    if (!Col->Ident && !C.IfExists)
      return fail(DiagID::err_column_not_identity);
    Col->Ident.reset();
    return true;
  case AlterCmd::Kind::DropExpression:
    if (!Col->Generation && !C.IfExists)
      return fail(DiagID::err_column_not_generated);
    Col->Generation.reset();
    return true;
  case AlterCmd::Kind::SetExpression:
    if (!Col->Generation)
      return fail(DiagID::err_column_not_generated);
    Col->Generation->Expression = std::move(C.Expression);
    return true;
  case AlterCmd::Kind::SetStorage:
    Col->Storage = C.NewName;
    return true;
  case AlterCmd::Kind::SetCompression:
    Col->Compression = C.NewName == "default" ? "" : C.NewName;
    return true;
  default:
    return false;
  }
}

void PostgresModuleBuilder::applyAlterTable(LoweredStatement &S, Table &T) {
  for (AlterCmd &C : S.Cmds) {
    bool Ok = true;
    switch (C.K) {
    case AlterCmd::Kind::AddColumn:
      Ok = addColumn(T, C);
      break;
    case AlterCmd::Kind::AddConstraint:
      Ok = addConstraint(T, std::move(C.Constraints.front()), C.Loc);
      break;
    case AlterCmd::Kind::AddConstraintUsingIndex:
      Ok = addConstraintUsingIndex(T, C);
      break;
    case AlterCmd::Kind::DropColumn:
      Ok = dropColumn(T, C);
      break;
    case AlterCmd::Kind::DropConstraint:
      Ok = dropConstraint(T, C);
      break;
    case AlterCmd::Kind::ValidateConstraint:
      if (Constraint *K = T.findConstraint(C.Name))
        K->NotValid = false;
      else {
        reportUnknown(C.NameLoc, "constraint", QualifiedName(C.Name));
        Ok = false;
      }
      break;
    case AlterCmd::Kind::AlterColumnType:
    case AlterCmd::Kind::SetDefault:
    case AlterCmd::Kind::DropDefault:
    case AlterCmd::Kind::SetNotNull:
    case AlterCmd::Kind::DropNotNull:
    case AlterCmd::Kind::AddIdentity:
    case AlterCmd::Kind::AlterIdentity:
    case AlterCmd::Kind::DropIdentity:
    case AlterCmd::Kind::DropExpression:
    case AlterCmd::Kind::SetExpression:
    case AlterCmd::Kind::SetStorage:
    case AlterCmd::Kind::SetCompression:
      Ok = alterColumn(T, C);
      break;
    case AlterCmd::Kind::RenameColumn:
      Ok = renameColumn(T, C.Name, C.NewName, C.NameLoc);
      break;
    case AlterCmd::Kind::RenameConstraint:
      if (Constraint *K = T.findConstraint(C.Name)) {
        if (T.findConstraint(C.NewName)) {
          report(C.Loc, DiagID::err_duplicate_object)
              << "constraint" << C.NewName;
          Ok = false;
        } else
          K->Name = C.NewName;
      } else {
        reportUnknown(C.NameLoc, "constraint", QualifiedName(C.Name));
        Ok = false;
      }
      break;
    case AlterCmd::Kind::AttachPartition:
      Ok = attachPartition(T, C);
      break;
    case AlterCmd::Kind::DetachPartition: {
      Table *Child = M.lookupTable(C.Other.Name);
      if (!Child || M.lookupTable(Child->PartitionOf) != &T) {
        report(C.Other.Loc, DiagID::err_not_partition_of)
            << C.Other.Name.str() << T.getName().str();
        Ok = false;
      } else {
        Child->PartitionOf = QualifiedName();
        Child->Bound.reset();
        Child->AttachedLater = false;
      }
      break;
    }
    case AlterCmd::Kind::EnableRowSecurity:
      T.RowSecurity = true;
      break;
    case AlterCmd::Kind::DisableRowSecurity:
      T.RowSecurity = false;
      break;
    case AlterCmd::Kind::ForceRowSecurity:
      T.ForceRowSecurity = true;
      break;
    case AlterCmd::Kind::NoForceRowSecurity:
      T.ForceRowSecurity = false;
      break;
    case AlterCmd::Kind::Inherit:
      if (!M.lookupTable(C.Other.Name)) {
        reportUnknown(C.Other.Loc, "relation", C.Other.Name);
        Ok = false;
      } else
        T.Inherits.push_back(C.Other.Name);
      break;
    case AlterCmd::Kind::NoInherit: {
      Table *P = M.lookupTable(C.Other.Name);
      auto It = llvm::find_if(T.Inherits, [&](const QualifiedName &N) {
        return P && M.lookupTable(N) == P;
      });
      if (It == T.Inherits.end()) {
        report(C.Other.Loc, DiagID::err_not_parent_of)
            << C.Other.Name.str() << T.getName().str();
        Ok = false;
      } else
        T.Inherits.erase(It);
      break;
    }
    case AlterCmd::Kind::SetOptions:
    case AlterCmd::Kind::ResetOptions:
      for (auto &KV : C.Params) {
        auto It = llvm::find_if(
            T.With, [&](const auto &P) { return P.first == KV.first; });
        if (C.K == AlterCmd::Kind::ResetOptions) {
          if (It != T.With.end())
            T.With.erase(It);
        } else if (It != T.With.end())
          It->second = KV.second;
        else
          T.With.push_back(KV);
      }
      break;
    case AlterCmd::Kind::SetTablespace:
      T.Tablespace = C.NewName;
      break;
    case AlterCmd::Kind::SetLogged:
      T.Persist = Table::Persistence::Permanent;
      break;
    case AlterCmd::Kind::SetUnlogged:
      T.Persist = Table::Persistence::Unlogged;
      break;
    case AlterCmd::Kind::OwnerTo:
    case AlterCmd::Kind::Rename:
    case AlterCmd::Kind::SetSchema: {
      LoweredStatement One;
      One.Cmds.push_back(std::move(C));
      applyAlterRelation(One, T);
      break;
    }
    default:
      report(C.Loc, DiagID::err_action_not_valid_for_table);
      Ok = false;
      break;
    }
    if (!Ok)
      return;
  }
}

void PostgresModuleBuilder::applyAlterSequence(LoweredStatement &S,
                                               Sequence &Seq) {
  for (AlterCmd &C : S.Cmds) {
    if (C.K != AlterCmd::Kind::SetSequenceOptions &&
        C.K != AlterCmd::Kind::SetLogged &&
        C.K != AlterCmd::Kind::SetUnlogged) {
      LoweredStatement One;
      One.Cmds.push_back(std::move(C));
      applyAlterRelation(One, Seq);
      continue;
    }
    if (C.K == AlterCmd::Kind::SetLogged) {
      Seq.Persist = Sequence::Persistence::Permanent;
      continue;
    }
    if (C.K == AlterCmd::Kind::SetUnlogged) {
      Seq.Persist = Sequence::Persistence::Unlogged;
      continue;
    }
    mergeSequenceOptions(Seq.Options, *C.SeqOptions);
    if (C.OwnedByNone) {
      Seq.OwnedByTable = QualifiedName();
      Seq.OwnedByColumn.clear();
      Seq.OwnedByNone = true;
    } else if (!C.Other.Name.empty()) {
      Table *T = M.lookupTable(C.Other.Name);
      if (!T) {
        reportUnknown(C.Other.Loc, "table", C.Other.Name);
        return;
      }
      if (!columnExists(*T, C.Name)) {
        report(C.Other.Loc, DiagID::err_unknown_column)
            << C.Name << "table" << C.Other.Name.str();
        return;
      }
      if (schemaOf(*T) != schemaOf(Seq)) {
        report(C.Other.Loc, DiagID::err_sequence_owner_schema);
        return;
      }
      Seq.OwnedByTable = C.Other.Name;
      Seq.OwnedByColumn = C.Name;
      Seq.OwnedByNone = false;
    }
  }
}

bool PostgresModuleBuilder::renameType(Object &T, const AlterCmd &C) {
  QualifiedName New = C.K == AlterCmd::Kind::Rename
                          ? QualifiedName(T.getName().Schema, C.NewName)
                          : QualifiedName(C.NewName, T.getName().Name);
  if (Object *Prev = M.lookupType(M.qualify(New))) {
    reportDuplicate(C.Loc, "type", New, Prev);
    return false;
  }
  renameObject(T, New);
  return true;
}

void PostgresModuleBuilder::applyAlterEnum(LoweredStatement &S, EnumType &E) {
  for (AlterCmd &C : S.Cmds) {
    switch (C.K) {
    case AlterCmd::Kind::AddEnumValue: {
      if (llvm::is_contained(E.Values, C.NewName)) {
        if (!C.IfNotExists)
          report(C.NameLoc, DiagID::err_duplicate_object)
              << "enum label" << C.NewName;
        return;
      }
      auto Pos = E.Values.end();
      if (!C.Other.Name.empty()) {
        auto It = llvm::find(E.Values, C.Other.Name.Name);
        if (It == E.Values.end()) {
          report(C.Other.Loc, DiagID::err_unknown_object)
              << "enum label" << C.Other.Name.Name;
          return;
        }
        Pos = C.Before ? It : It + 1;
      }
      E.Values.insert(Pos, C.NewName);
      break;
    }
    case AlterCmd::Kind::RenameEnumValue: {
      auto It = llvm::find(E.Values, C.Name);
      if (It == E.Values.end()) {
        report(C.NameLoc, DiagID::err_unknown_object) << "enum label" << C.Name;
        return;
      }
      if (llvm::is_contained(E.Values, C.NewName)) {
        report(C.Loc, DiagID::err_duplicate_object)
            << "enum label" << C.NewName;
        return;
      }
      *It = C.NewName;
      break;
    }
    case AlterCmd::Kind::OwnerTo:
      E.Owner = C.NewName;
      break;
    case AlterCmd::Kind::Rename:
    case AlterCmd::Kind::SetSchema:
      if (!renameType(E, C))
        return;
      break;
    default:
      break;
    }
  }
}

void PostgresModuleBuilder::applyAlterDomain(LoweredStatement &S, Domain &D) {
  for (AlterCmd &C : S.Cmds) {
    switch (C.K) {
    case AlterCmd::Kind::SetDefault:
      D.Default = std::move(C.Expression);
      break;
    case AlterCmd::Kind::DropDefault:
      D.Default.reset();
      break;
    case AlterCmd::Kind::SetNotNull:
    case AlterCmd::Kind::AddDomainNotNull:
      D.NotNull = true;
      D.ExplicitNull = false;
      break;
    case AlterCmd::Kind::DropNotNull:
      D.NotNull = false;
      break;
    case AlterCmd::Kind::AddDomainCheck:
      if (!C.Check->Name.empty())
        for (const DomainCheck &X : D.Checks)
          if (X.Name == C.Check->Name) {
            report(C.Loc, DiagID::err_duplicate_object)
                << "constraint" << C.Check->Name;
            return;
          }
      D.Checks.push_back(std::move(*C.Check));
      break;
    case AlterCmd::Kind::DropConstraint: {
      auto It = llvm::find_if(
          D.Checks, [&](const DomainCheck &X) { return X.Name == C.Name; });
      if (It == D.Checks.end()) {
        if (!C.IfExists)
          report(C.NameLoc, DiagID::err_unknown_object)
              << "constraint" << (C.Name + " of domain " + D.getName().str());
        if (!C.IfExists)
          return;
        break;
      }
      D.Checks.erase(It);
      break;
    }
    case AlterCmd::Kind::RenameConstraint:
    case AlterCmd::Kind::ValidateConstraint: {
      auto It = llvm::find_if(
          D.Checks, [&](const DomainCheck &X) { return X.Name == C.Name; });
      if (It == D.Checks.end()) {
        report(C.NameLoc, DiagID::err_unknown_object)
            << "constraint" << (C.Name + " of domain " + D.getName().str());
        return;
      }
      if (C.K == AlterCmd::Kind::RenameConstraint)
        It->Name = C.NewName;
      else
        It->NotValid = false;
      break;
    }
    case AlterCmd::Kind::OwnerTo:
      D.Owner = C.NewName;
      break;
    case AlterCmd::Kind::Rename:
    case AlterCmd::Kind::SetSchema:
      if (!renameType(D, C))
        return;
      break;
    default:
      break;
    }
  }
}

void PostgresModuleBuilder::applyAlterSchema(LoweredStatement &S) {
  const std::string &Name = S.Target.Name.Name;
  SchemaDecl *SD = M.lookupSchema(Name);
  if (!SD) {
    if (Name != "public") {
      reportUnknown(S.Target.Loc, "schema", S.Target.Name);
      return;
    }
    // The script says something about a schema it did not create.
    auto Implicit = std::make_unique<SchemaDecl>(S.Target.Loc, Name);
    Implicit->Implicit = true;
    SD = static_cast<SchemaDecl *>(append(std::move(Implicit)));
  }
  for (AlterCmd &C : S.Cmds) {
    if (C.K == AlterCmd::Kind::OwnerTo) {
      SD->Owner = C.NewName;
      continue;
    }
    if (M.lookupSchema(C.NewName)) {
      reportDuplicate(C.Loc, "schema", QualifiedName(C.NewName),
                      M.lookupSchema(C.NewName));
      return;
    }
    // Objects qualified with the old name move along.
    std::vector<std::pair<Object *, QualifiedName>> Moves;
    for (const ObjectPtr &P : M.objects())
      if (P.get() != SD && P->getName().Schema == Name)
        Moves.emplace_back(P.get(),
                           QualifiedName(C.NewName, P->getName().Name));
    forEachNameRef([&](QualifiedName &N, bool) {
      if (N.Schema == Name)
        N.Schema = C.NewName;
    });
    M.rename(SD, QualifiedName(C.NewName));
    for (auto &Mv : Moves)
      M.rename(Mv.first, Mv.second);
    QualifyAll = true; // rare: check every name at the next pass
  }
}

//===----------------------------------------------------------------------===//
// COMMENT
//===----------------------------------------------------------------------===//

void PostgresModuleBuilder::applyComment(LoweredStatement &S) {
  const std::optional<std::string> &Text = S.CommentText;
  switch (S.CommentKind) {
  case CommentTargetKind::Relation: {
    Object *O = lookupRelation(S.Target.Name);
    if (!O) {
      reportUnknown(S.Target.Loc, "relation", S.Target.Name);
      return;
    }
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
      keepOpaque(S, "COMMENT on " + Opq->ObjectType + " '" +
                        S.Target.Name.str() + "'");
      return;
    }
    llvm::StringRef Want = S.CommentObjectKind;
    bool Ok = (Want == "table" && llvm::isa<Table>(O)) ||
              (Want == "index" && llvm::isa<Index>(O)) ||
              (Want == "sequence" && llvm::isa<Sequence>(O)) ||
              (Want == "view" && llvm::isa<View>(O) &&
               !llvm::cast<View>(O)->Materialized) ||
              (Want == "materialized view" && llvm::isa<View>(O) &&
               llvm::cast<View>(O)->Materialized);
    if (!Ok) {
      report(S.Target.Loc, DiagID::err_wrong_object_kind)
          << S.Target.Name.str() << O->getDescription() << Want;
      return;
    }
    O->Comment = Text;
    return;
  }
  case CommentTargetKind::Type: {
    Object *O = M.lookupType(S.Target.Name);
    if (!O && S.Target.Name.Schema.empty()) {
      // A built-in type: kept as written.
      keepOpaque(S, "COMMENT on built-in type '" + S.Target.Name.str() + "'");
      return;
    }
    if (!O) {
      reportUnknown(S.Target.Loc, "type", S.Target.Name);
      return;
    }
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
      keepOpaque(S, "COMMENT on " + Opq->ObjectType + " '" +
                        S.Target.Name.str() + "'");
      return;
    }
    if (S.CommentObjectKind == "domain" && !llvm::isa<Domain>(O)) {
      report(S.Target.Loc, DiagID::err_wrong_object_kind)
          << S.Target.Name.str() << O->getDescription() << "domain";
      return;
    }
    if (!llvm::isa<EnumType>(O) && !llvm::isa<Domain>(O)) {
      report(S.Target.Loc, DiagID::err_wrong_object_kind)
          << S.Target.Name.str() << O->getDescription() << "type";
      return;
    }
    O->Comment = Text;
    return;
  }
  case CommentTargetKind::Schema: {
    SchemaDecl *SD = M.lookupSchema(S.Target.Name.Name);
    if (!SD) {
      if (S.Target.Name.Name != "public") {
        reportUnknown(S.Target.Loc, "schema", S.Target.Name);
        return;
      }
      auto Implicit =
          std::make_unique<SchemaDecl>(S.Target.Loc, S.Target.Name.Name);
      Implicit->Implicit = true;
      SD = static_cast<SchemaDecl *>(append(std::move(Implicit)));
    }
    SD->Comment = Text;
    return;
  }
  case CommentTargetKind::Column: {
    const std::string &Col = S.CommentNames.back();
    Object *O = lookupRelation(S.Target.Name);
    if (!O) {
      // COMMENT ON COLUMN of a composite type's attribute.
      if (Object *T = M.lookupType(S.Target.Name))
        if (llvm::isa<OpaqueObject>(T)) {
          keepOpaque(S, "COMMENT on an attribute of type '" +
                            S.Target.Name.str() + "'");
          return;
        }
      reportUnknown(S.Target.Loc, "relation", S.Target.Name);
      return;
    }
    if (auto *T = llvm::dyn_cast<Table>(O)) {
      Column *C = T->findColumn(Col);
      if (!C) {
        report(S.Target.Loc, DiagID::err_unknown_column)
            << Col << "table" << S.Target.Name.str();
        return;
      }
      C->Comment = Text;
      return;
    }
    if (auto *V = llvm::dyn_cast<View>(O)) {
      auto It = llvm::find_if(V->ColumnComments,
                              [&](const auto &P) { return P.first == Col; });
      if (!Text) {
        if (It != V->ColumnComments.end())
          V->ColumnComments.erase(It);
      } else if (It != V->ColumnComments.end()) {
        It->second = *Text;
      } else {
        V->ColumnComments.emplace_back(Col, *Text);
      }
      return;
    }
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
      keepOpaque(S, "COMMENT on a column of " + Opq->ObjectType + " '" +
                        S.Target.Name.str() + "'");
      return;
    }
    report(S.Target.Loc, DiagID::err_wrong_object_kind)
        << S.Target.Name.str() << O->getDescription() << "table";
    return;
  }
  case CommentTargetKind::Constraint: {
    if (S.OnDomain) {
      Object *O = M.lookupType(S.Target.Name);
      auto *D = llvm::dyn_cast_or_null<Domain>(O);
      if (!D) {
        reportUnknown(S.Target.Loc, "domain", S.Target.Name);
        return;
      }
      for (DomainCheck &C : D->Checks)
        if (C.Name == S.ConstraintName) {
          C.Comment = Text;
          return;
        }
      reportUnknown(S.Target.Loc, "constraint",
                    QualifiedName(S.ConstraintName));
      return;
    }
    Object *O = lookupRelation(S.Target.Name);
    auto *T = llvm::dyn_cast_or_null<Table>(O);
    if (!T) {
      if (O && llvm::isa<OpaqueObject>(O)) {
        keepOpaque(S,
                   "COMMENT on a constraint of '" + S.Target.Name.str() + "'");
        return;
      }
      reportUnknown(S.Target.Loc, "table", S.Target.Name);
      return;
    }
    Constraint *K = T->findConstraint(S.ConstraintName);
    if (!K) {
      reportUnknown(S.Target.Loc, "constraint",
                    QualifiedName(S.ConstraintName));
      return;
    }
    K->Comment = Text;
    return;
  }
  }
}

//===----------------------------------------------------------------------===//
// DROP
//===----------------------------------------------------------------------===//

void PostgresModuleBuilder::removeObject(Object *O) {
  if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O))
    Candidates.erase(Opq);
  Pending.erase(O);
  ObjectPtr Owned = M.remove(O);
  (void)Owned;
}

std::vector<PostgresModuleBuilder::Dependent>
PostgresModuleBuilder::findDependents(Object &O) {
  std::vector<Dependent> R;
  Namespace NS = getNamespace(O);
  bool IsRelation = NS == Namespace::Relation;
  bool IsFunction = NS == Namespace::Function;
  bool IsType = llvm::isa<EnumType>(O) || llvm::isa<Domain>(O) ||
                llvm::isa<Table>(O) || llvm::isa<View>(O);
  auto refersTo = [&](const QualifiedName &N, bool TypeRef) {
    if (N.empty())
      return false;
    return TypeRef ? M.lookupType(N) == &O : M.lookupRelation(N) == &O;
  };
  auto refersToFunction = [&](const QualifiedName &N) {
    return IsFunction && !N.empty() && M.lookupFunction(N) == &O;
  };
  auto callsFunction = [&](const FuncCall &F) {
    if (!IsFunction || F.Name.empty() || F.Name.size() > 2)
      return false;
    return refersToFunction(F.Name.size() == 1
                                ? QualifiedName(F.Name[0])
                                : QualifiedName(F.Name[0], F.Name[1]));
  };
  auto typeRefers = [&](const DataType &T) {
    return T.Kind == TypeKind::UserDefined && IsType && refersTo(T.Name, true);
  };
  std::string SeqName;
  if (llvm::isa<Sequence>(O))
    SeqName = O.getName().str();
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
      if (IsRelation) {
        if (refersTo(T->PartitionOf, false))
          R.push_back({X, nullptr, "", /*Auto=*/true});
        else if (llvm::any_of(T->Inherits, [&](const QualifiedName &N) {
                   return refersTo(N, false);
                 }))
          R.push_back({X, nullptr, "", false});
        for (Constraint &K : T->Constraints)
          if (K.K == Constraint::Kind::ForeignKey &&
              refersTo(K.RefTable, false))
            R.push_back({X, &K, "", false});
      }
      for (Column &C : T->Columns) {
        if (typeRefers(C.Type))
          R.push_back({X, nullptr, C.Name, false});
        else if (!SeqName.empty() && C.Default) {
          // nextval('seq'::regclass) in a default depends on the sequence.
          bool Uses = false;
          walk(*C.Default, [&](const Expr &E) {
            if (auto *Cs = llvm::dyn_cast<Cast>(&E))
              if (auto *L = llvm::dyn_cast<Literal>(Cs->Operand.get()))
                if (Cs->Type.Kind == TypeKind::DialectSpecific &&
                    Cs->Type.Name.Name == "regclass") {
                  QualifiedName Q;
                  llvm::StringRef V = L->Value;
                  size_t Dot = V.find('.');
                  Q = Dot == llvm::StringRef::npos
                          ? QualifiedName(V.str())
                          : QualifiedName(V.substr(0, Dot).str(),
                                          V.substr(Dot + 1).str());
                  Uses |= M.lookupRelation(Q) == &O;
                }
          });
          if (Uses)
            R.push_back({X, nullptr, C.Name, false});
        }
      }
    } else if (auto *I = llvm::dyn_cast<Index>(X)) {
      if (IsRelation && refersTo(I->Table, false))
        R.push_back({X, nullptr, "", true});
    } else if (auto *S = llvm::dyn_cast<Sequence>(X)) {
      if (IsRelation && S->isOwned() && refersTo(S->OwnedByTable, false))
        R.push_back({X, nullptr, "", true});
    } else if (auto *V = llvm::dyn_cast<View>(X)) {
      bool Uses = false;
      if (V->Query)
        walk(
            *V->Query,
            [&](const Expr &E) {
              if (auto *C = llvm::dyn_cast<Cast>(&E))
                Uses |= typeRefers(C->Type);
              else if (auto *F = llvm::dyn_cast<FuncCall>(&E))
                Uses |= callsFunction(*F);
            },
            [&](const Rel &Rl) {
              if (auto *Sc = llvm::dyn_cast<Scan>(&Rl))
                Uses |= IsRelation && !Sc->IsCte && refersTo(Sc->Table, false);
            });
      if (Uses)
        R.push_back({X, nullptr, "", false});
    } else if (auto *D = llvm::dyn_cast<Domain>(X)) {
      if (typeRefers(D->BaseType))
        R.push_back({X, nullptr, "", false});
    } else if (auto *Opq = llvm::dyn_cast<OpaqueObject>(X)) {
      // Triggers, rules, policies, grants and comments on the object go
      // with it.
      if (!Opq->Target.empty() && !Opq->IsData &&
          (IsRelation   ? refersTo(Opq->Target, false)
           : IsFunction ? refersToFunction(Opq->Target)
                        : (IsType && refersTo(Opq->Target, true)))) {
        R.push_back({X, nullptr, "", true});
        continue;
      }
      // An aggregate or operator is built from the functions it names
      // (SFUNC = f, FUNCTION = f): PostgreSQL records those dependencies.
      // Other opaque references are found by scanning text and only order
      // the output.
      if (IsFunction &&
          (Opq->ObjectType == "aggregate" || Opq->ObjectType == "operator")) {
        auto It = Candidates.find(Opq);
        const std::vector<QualifiedName> &Names =
            It != Candidates.end() ? It->second : Opq->References;
        if (llvm::any_of(Names, [&](const QualifiedName &N) {
              return N != Opq->getName() && refersToFunction(N);
            }))
          R.push_back({X, nullptr, "", false});
      }
    }
  }
  return R;
}

bool PostgresModuleBuilder::dropObject(Object &O, bool Cascade, Location L) {
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
  std::vector<Object *> Whole;
  for (const Dependent &D : Deps) {
    if (D.Con) {
      auto *T = llvm::cast<Table>(D.O);
      llvm::erase_if(T->Constraints,
                     [&](const Constraint &K) { return &K == D.Con; });
    } else if (!D.Column.empty()) {
      auto *T = llvm::cast<Table>(D.O);
      Column *C = T->findColumn(D.Column);
      if (C && llvm::isa<Sequence>(O))
        C->Default.reset();
      else
        llvm::erase_if(T->Columns,
                       [&](const Column &X) { return X.Name == D.Column; });
    } else if (!llvm::is_contained(Whole, D.O)) {
      Whole.push_back(D.O);
    }
  }
  // Remove the object first so that dependents' lookups no longer find it.
  std::vector<Object *> Pending = Whole;
  removeObject(&O);
  for (Object *X : Pending) {
    if (M.indexOf(X) == M.size())
      continue; // already removed as a dependent of another one
    dropObject(*X, /*Cascade=*/true, L);
  }
  return true;
}

void PostgresModuleBuilder::applyDrop(LoweredStatement &S) {
  llvm::StringRef Kind = S.DropKind;
  for (NameRef &N : S.DropNames) {
    Object *O = nullptr;
    if (Kind == "schema")
      O = M.lookupSchema(N.Name.Name);
    else if (Kind == "type" || Kind == "domain")
      O = M.lookupType(N.Name);
    else
      O = lookupRelation(N.Name);
    if (!O) {
      if (!S.IfExists)
        reportUnknown(N.Loc, Kind, N.Name);
      continue;
    }
    bool Ok = false;
    if (auto *Opq = llvm::dyn_cast<OpaqueObject>(O)) {
      Ok = Opq->ObjectType == Kind ||
           (Kind == "type" && getNamespace(*Opq) == Namespace::Type) ||
           (Kind == "table" && Opq->ObjectType == "table");
    } else if (Kind == "table") {
      Ok = llvm::isa<Table>(O);
    } else if (Kind == "view") {
      Ok = llvm::isa<View>(O) && !llvm::cast<View>(O)->Materialized;
    } else if (Kind == "materialized view") {
      Ok = llvm::isa<View>(O) && llvm::cast<View>(O)->Materialized;
    } else if (Kind == "index") {
      Ok = llvm::isa<Index>(O);
    } else if (Kind == "sequence") {
      Ok = llvm::isa<Sequence>(O);
    } else if (Kind == "type") {
      Ok = llvm::isa<EnumType>(O);
    } else if (Kind == "domain") {
      Ok = llvm::isa<Domain>(O);
    } else if (Kind == "schema") {
      Ok = llvm::isa<SchemaDecl>(O);
    }
    if (!Ok) {
      report(N.Loc, DiagID::err_wrong_object_kind)
          << N.Name.str() << O->getDescription() << Kind;
      continue;
    }
    dropObject(*O, S.Cascade, N.Loc);
  }
}

void PostgresModuleBuilder::applyDropOpaque(LoweredStatement &S) {
  // DROP FUNCTION f(...), DROP TRIGGER t ON tab, ...: remove the opaque
  // object the statement names if the module has it.
  bool Removed = false;
  for (NameRef &N : S.DropNames) {
    OpaqueObject *Match = nullptr;
    for (OpaqueObject *O : M.getObjects<OpaqueObject>()) {
      if (O->ObjectType != S.OpaqueKind || O->getName().Name != N.Name.Name)
        continue;
      if (N.Name.isQualified() && O->getName().isQualified() &&
          N.Name.Schema != O->getName().Schema)
        continue;
      if (N.Name.isQualified() != O->getName().isQualified() &&
          M.qualify(N.Name) != M.qualify(O->getName()))
        continue;
      if (!S.Target.Name.empty() &&
          M.lookupRelation(S.Target.Name) != M.lookupRelation(O->Target))
        continue;
      Match = O;
      break;
    }
    if (Match && dropObject(*Match, S.Cascade, N.Loc))
      Removed = true;
    else if (Match)
      return; // dependents without CASCADE: reported
  }
  if (Removed && S.DropNames.size() == 1)
    return;
  if (!Removed || S.DropNames.size() > 1) {
    report(S.Loc, DiagID::warn_opaque_statement) << S.Description;
    append(std::move(S.Object));
  }
}

//===----------------------------------------------------------------------===//
// References of opaque objects
//===----------------------------------------------------------------------===//

void PostgresModuleBuilder::finish() {
  // Function bodies mention the same few names over and over; the module
  // does not change here, so each name is looked up once.
  llvm::StringMap<Object *> Resolved;
  llvm::SmallString<64> Key;
  auto resolve = [&](const QualifiedName &N) -> Object * {
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
    if (!Candidates.count(O))
      llvm::erase_if(O->References,
                     [&](const QualifiedName &N) { return !resolve(N); });
  for (auto &KV : Candidates) {
    OpaqueObject *O = KV.first;
    Object *TargetObj = O->Target.empty() ? nullptr : resolve(O->Target);
    llvm::SmallPtrSet<Object *, 8> Seen;
    for (const QualifiedName &N : KV.second) {
      // The name the statement defines is not a reference (a trigger named
      // like the function it calls is not that function).
      if (N == O->getName())
        continue;
      Object *X = resolve(N);
      if (!X || X == O || X == TargetObj || !Seen.insert(X).second)
        continue;
      O->References.push_back(N);
    }
  }
  Candidates.clear();
}
