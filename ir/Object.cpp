//===- Object.cpp - Schema objects: kinds, copies and lookups -------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Module.h"

using namespace schemac;

Object::~Object() = default;

llvm::StringRef Object::getKindName() const {
  switch (K) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Kind::Class:                                                            \
    return IRName;
#include "schemac/ir/ObjectKinds.def"
  }
  return "?";
}

llvm::StringRef Object::getDescription() const { return getKindName(); }

//===----------------------------------------------------------------------===//
// Deep copies
//===----------------------------------------------------------------------===//

IndexElement IndexElement::clone() const {
  IndexElement E;
  E.Column = Column;
  E.Expression = cloneExpr(Expression);
  E.Collation = Collation;
  E.OpClass = OpClass;
  E.OpClassParams = OpClassParams;
  E.Direction = Direction;
  E.Nulls = Nulls;
  E.Loc = Loc;
  return E;
}

ExclusionElement ExclusionElement::clone() const {
  return ExclusionElement{Element.clone(), Operator};
}

Constraint Constraint::clone() const {
  Constraint C;
  C.K = K;
  C.Name = Name;
  C.Loc = Loc;
  C.ColumnLevel = ColumnLevel;
  C.AddedByAlter = AddedByAlter;
  C.Columns = Columns;
  C.Include = Include;
  C.NullsNotDistinct = NullsNotDistinct;
  C.WithoutOverlaps = WithoutOverlaps;
  C.IndexWith = IndexWith;
  C.IndexTablespace = IndexTablespace;
  C.RefTable = RefTable;
  C.RefColumns = RefColumns;
  C.OnDelete = OnDelete;
  C.OnUpdate = OnUpdate;
  C.OnDeleteColumns = OnDeleteColumns;
  C.Match = Match;
  C.Period = Period;
  C.Check = cloneExpr(Check);
  C.NoInherit = NoInherit;
  C.ExclusionMethod = ExclusionMethod;
  for (const ExclusionElement &E : Exclusions)
    C.Exclusions.push_back(E.clone());
  C.ExclusionWhere = cloneExpr(ExclusionWhere);
  C.Deferrable = Deferrable;
  C.InitiallyDeferred = InitiallyDeferred;
  C.NotValid = NotValid;
  C.Comment = Comment;
  return C;
}

llvm::StringRef Constraint::getKindDescription() const {
  switch (K) {
  case Kind::PrimaryKey:
    return "primary key";
  case Kind::Unique:
    return "unique constraint";
  case Kind::ForeignKey:
    return "foreign key";
  case Kind::Check:
    return "check constraint";
  case Kind::Exclusion:
    return "exclusion constraint";
  }
  return "constraint";
}

llvm::StringRef schemac::getForeignKeyActionName(ForeignKeyAction A) {
  switch (A) {
  case ForeignKeyAction::Unspecified:
    return "";
  case ForeignKeyAction::NoAction:
    return "NO ACTION";
  case ForeignKeyAction::Restrict:
    return "RESTRICT";
  case ForeignKeyAction::Cascade:
    return "CASCADE";
  case ForeignKeyAction::SetNull:
    return "SET NULL";
  case ForeignKeyAction::SetDefault:
    return "SET DEFAULT";
  }
  return "";
}

Column Column::clone() const {
  Column C(Loc, Name, Type);
  C.NotNull = NotNull;
  C.ExplicitNull = ExplicitNull;
  C.Default = cloneExpr(Default);
  if (Generation)
    C.Generation =
        Generated{cloneExpr(Generation->Expression), Generation->Virtual};
  C.Ident = Ident;
  C.Collation = Collation;
  C.Storage = Storage;
  C.Compression = Compression;
  C.Comment = Comment;
  return C;
}

DomainCheck DomainCheck::clone() const {
  return DomainCheck{Name, cloneExpr(Check), NotValid, Loc, Comment};
}

PartitionSpec PartitionSpec::clone() const {
  PartitionSpec S;
  S.Strat = Strat;
  for (const IndexElement &E : Keys)
    S.Keys.push_back(E.clone());
  return S;
}

PartitionBound PartitionBound::clone() const {
  PartitionBound B;
  B.BK = BK;
  B.In = cloneExprs(In);
  B.From = cloneExprs(From);
  B.To = cloneExprs(To);
  B.Modulus = Modulus;
  B.Remainder = Remainder;
  return B;
}

ObjectPtr Object::clone() const {
  ObjectPtr R;
  switch (K) {
  case Kind::Setting: {
    auto &S = llvm::cast<Setting>(*this);
    auto N = std::make_unique<Setting>(Loc, S.getName().Name, S.Value);
    N->IsLocal = S.IsLocal;
    N->IsDefault = S.IsDefault;
    N->Form = S.Form;
    R = std::move(N);
    break;
  }
  case Kind::SchemaDecl: {
    auto &S = llvm::cast<SchemaDecl>(*this);
    auto N = std::make_unique<SchemaDecl>(Loc, S.getName().Name);
    N->Implicit = S.Implicit;
    N->IfNotExists = S.IfNotExists;
    N->Authorization = S.Authorization;
    R = std::move(N);
    break;
  }
  case Kind::EnumType: {
    auto &E = llvm::cast<EnumType>(*this);
    auto N = std::make_unique<EnumType>(Loc, E.getName());
    N->Values = E.Values;
    R = std::move(N);
    break;
  }
  case Kind::Domain: {
    auto &D = llvm::cast<Domain>(*this);
    auto N = std::make_unique<Domain>(Loc, D.getName(), D.BaseType);
    N->Collation = D.Collation;
    N->Default = cloneExpr(D.Default);
    N->NotNull = D.NotNull;
    N->ExplicitNull = D.ExplicitNull;
    for (const DomainCheck &C : D.Checks)
      N->Checks.push_back(C.clone());
    R = std::move(N);
    break;
  }
  case Kind::Sequence: {
    auto &S = llvm::cast<Sequence>(*this);
    auto N = std::make_unique<Sequence>(Loc, S.getName());
    N->Options = S.Options;
    N->OwnedByTable = S.OwnedByTable;
    N->OwnedByColumn = S.OwnedByColumn;
    N->OwnedByNone = S.OwnedByNone;
    N->IfNotExists = S.IfNotExists;
    N->Persist = S.Persist;
    R = std::move(N);
    break;
  }
  case Kind::Table: {
    auto &T = llvm::cast<Table>(*this);
    auto N = std::make_unique<Table>(Loc, T.getName());
    for (const Column &C : T.Columns)
      N->Columns.push_back(C.clone());
    for (const Constraint &C : T.Constraints)
      N->Constraints.push_back(C.clone());
    N->Persist = T.Persist;
    N->IfNotExists = T.IfNotExists;
    N->Inherits = T.Inherits;
    if (T.PartitionBy)
      N->PartitionBy = T.PartitionBy->clone();
    N->PartitionOf = T.PartitionOf;
    if (T.Bound)
      N->Bound = T.Bound->clone();
    N->AttachedLater = T.AttachedLater;
    N->OfType = T.OfType;
    N->AccessMethod = T.AccessMethod;
    N->With = T.With;
    N->Tablespace = T.Tablespace;
    N->OnCommit = T.OnCommit;
    N->RowSecurity = T.RowSecurity;
    N->ForceRowSecurity = T.ForceRowSecurity;
    R = std::move(N);
    break;
  }
  case Kind::View: {
    auto &V = llvm::cast<View>(*this);
    auto N = std::make_unique<View>(Loc, V.getName(), V.Materialized);
    N->OrReplace = V.OrReplace;
    N->Temporary = V.Temporary;
    N->Recursive = V.Recursive;
    N->IfNotExists = V.IfNotExists;
    N->ColumnNames = V.ColumnNames;
    N->Query = cloneRel(V.Query);
    N->CheckOption = V.CheckOption;
    N->WithCheckOption = V.WithCheckOption;
    N->Options = V.Options;
    N->WithData = V.WithData;
    N->AccessMethod = V.AccessMethod;
    N->Tablespace = V.Tablespace;
    N->ColumnComments = V.ColumnComments;
    R = std::move(N);
    break;
  }
  case Kind::Index: {
    auto &I = llvm::cast<Index>(*this);
    auto N = std::make_unique<Index>(Loc, I.getName(), I.Table);
    N->Unique = I.Unique;
    N->Concurrently = I.Concurrently;
    N->IfNotExists = I.IfNotExists;
    N->Only = I.Only;
    N->NullsNotDistinct = I.NullsNotDistinct;
    N->Method = I.Method;
    for (const IndexElement &E : I.Elements)
      N->Elements.push_back(E.clone());
    N->Include = I.Include;
    N->Where = cloneExpr(I.Where);
    N->With = I.With;
    N->Tablespace = I.Tablespace;
    R = std::move(N);
    break;
  }
  case Kind::OpaqueObject: {
    auto &O = llvm::cast<OpaqueObject>(*this);
    auto N = std::make_unique<OpaqueObject>(Loc, O.getName(), O.ObjectType,
                                            O.Text, O.Dialect);
    N->Target = O.Target;
    N->References = O.References;
    N->IsData = O.IsData;
    R = std::move(N);
    break;
  }
  }
  R->Owner = Owner;
  R->Comment = Comment;
  return R;
}

//===----------------------------------------------------------------------===//
// Table lookups
//===----------------------------------------------------------------------===//

Column *Table::findColumn(llvm::StringRef N) {
  for (Column &C : Columns)
    if (C.Name == N)
      return &C;
  return nullptr;
}
const Column *Table::findColumn(llvm::StringRef N) const {
  return const_cast<Table *>(this)->findColumn(N);
}
Constraint *Table::findConstraint(llvm::StringRef N) {
  for (Constraint &C : Constraints)
    if (!C.Name.empty() && C.Name == N)
      return &C;
  return nullptr;
}
const Constraint *Table::findConstraint(llvm::StringRef N) const {
  return const_cast<Table *>(this)->findConstraint(N);
}
const Constraint *Table::getPrimaryKey() const {
  for (const Constraint &C : Constraints)
    if (C.K == Constraint::Kind::PrimaryKey)
      return &C;
  return nullptr;
}
