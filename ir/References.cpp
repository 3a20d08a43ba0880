//===- References.cpp - The names an object refers to ---------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/References.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;

llvm::StringRef schemac::getReferenceKindName(ReferenceKind K) {
  switch (K) {
#define SCHEMAC_REFERENCE_KIND(Kind, Name)                                     \
  case ReferenceKind::Kind:                                                    \
    return Name;
#include "schemac/ir/ReferenceKinds.def"
  }
  return "";
}

llvm::StringRef schemac::getReferenceSiteName(ReferenceSite S) {
  switch (S) {
#define SCHEMAC_REFERENCE_SITE(Site, Name)                                     \
  case ReferenceSite::Site:                                                    \
    return Name;
#include "schemac/ir/ReferenceKinds.def"
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Name literals
//===----------------------------------------------------------------------===//

std::optional<std::vector<std::string>>
schemac::parseNameLiteral(llvm::StringRef S) {
  std::vector<std::string> Parts;
  size_t I = 0, E = S.size();
  auto SkipBlanks = [&] {
    while (I < E && llvm::isSpace(S[I]))
      ++I;
  };
  SkipBlanks();
  while (true) {
    std::string Part;
    if (I < E && S[I] == '"') {
      ++I;
      while (true) {
        if (I == E)
          return std::nullopt; // unterminated quote
        if (S[I] == '"') {
          if (I + 1 < E && S[I + 1] == '"') {
            Part += '"';
            I += 2;
            continue;
          }
          ++I;
          break;
        }
        Part += S[I++];
      }
      if (Part.empty())
        return std::nullopt;
    } else {
      size_t Start = I;
      while (I < E && S[I] != '.' && S[I] != '"' && !llvm::isSpace(S[I]))
        ++I;
      if (I == Start)
        return std::nullopt;
      Part = S.slice(Start, I).lower();
    }
    Parts.push_back(std::move(Part));
    SkipBlanks();
    if (I == E)
      break;
    if (S[I] != '.')
      return std::nullopt;
    ++I;
    SkipBlanks();
  }
  if (Parts.size() > 3)
    return std::nullopt;
  return Parts;
}

std::string schemac::quoteNameLiteralPart(llvm::StringRef Ident) {
  auto IsLower = [](char C) { return C >= 'a' && C <= 'z'; };
  bool Bare = !Ident.empty() && (IsLower(Ident[0]) || Ident[0] == '_');
  for (char C : Ident)
    Bare &= IsLower(C) || llvm::isDigit(C) || C == '_' || C == '$';
  if (Bare)
    return Ident.str();
  std::string Q = "\"";
  for (char C : Ident) {
    if (C == '"')
      Q += '"';
    Q += C;
  }
  return Q + "\"";
}

namespace {

/// The name a literal's parts denote (a catalog part is ignored).
QualifiedName nameOfParts(const std::vector<std::string> &Parts) {
  if (Parts.size() == 1)
    return QualifiedName(Parts[0]);
  return QualifiedName(Parts[Parts.size() - 2], Parts.back());
}

/// The name of a possibly qualified call.
QualifiedName nameOfPath(const std::vector<std::string> &Path) {
  if (Path.size() == 1)
    return QualifiedName(Path[0]);
  return QualifiedName(Path[Path.size() - 2], Path.back());
}

/// The catalog type a cast to which makes a string literal a name:
/// regclass, regtype, regproc or regprocedure; "" otherwise.
llvm::StringRef regTypeName(const DataType &T) {
  if (T.isArray())
    return "";
  llvm::StringRef N = T.Name.Name;
  if (N.empty())
    N = T.Spelling;
  if (N.size() > 11 && N.take_front(11).equals_insensitive("pg_catalog."))
    N = N.drop_front(11);
  for (llvm::StringRef R : {"regclass", "regtype", "regproc", "regprocedure"})
    if (N.equals_insensitive(R))
      return R;
  return "";
}

/// nextval('s'), currval('s'), setval('s', ...) of the system catalog.
bool takesSequenceName(const FuncCall &F) {
  llvm::StringRef Name = F.getFunctionName();
  bool System =
      F.Name.size() == 1 || (F.Name.size() == 2 && F.Name[0] == "pg_catalog");
  return System && (Name == "nextval" || Name == "currval" || Name == "setval");
}

/// Reports the references of objects, expressions and queries.
class ReferenceWalker {
public:
  ReferenceWalker(Object *Owner, ReferenceCallback Fn,
                  ConstTypeCallback OnType = nullptr)
      : Owner(Owner), Fn(Fn), OnType(OnType) {}

  void object(Object &O);
  void expr(Expr &E);
  void rel(Rel &R);

private:
  /// Fills in the context every reference shares and calls Fn.
  void emit(Reference &R, Location L) {
    R.Loc = L.isValid() || !Owner ? L : Owner->Loc;
    R.Owner = Owner;
    R.Col = Col;
    R.ConstraintIndex = ConstraintIndex;
    R.Element = Element;
    Fn(R);
  }
  void name(ReferenceKind K, ReferenceSite S, QualifiedName &N, Location L) {
    if (N.empty())
      return;
    Reference R(K, S, &N);
    emit(R, L);
  }
  void type(ReferenceSite S, DataType &T, Location L, Expr *Node = nullptr,
            Rel *RelNode = nullptr) {
    if (OnType)
      OnType(T, L.isValid() || !Owner ? L : Owner->Loc);
    if (T.Kind != TypeKind::UserDefined || T.Name.empty())
      return;
    // Not a QualifiedName field: the name is set through the type.
    Reference R(ReferenceKind::Type, S, QualifiedName(T.Name));
    R.Type = &T;
    R.Node = Node;
    R.RelNode = RelNode;
    emit(R, L);
  }
  void exprOpt(ExprPtr &E) {
    if (E)
      expr(*E);
  }
  void element(IndexElement &E) {
    IndexElement *Saved = Element;
    Element = &E;
    if (E.More) {
      name(ReferenceKind::Collation, ReferenceSite::ElementCollation,
           E.More->Collation, E.Loc);
      name(ReferenceKind::OperatorClass, ReferenceSite::ElementOpClass,
           E.More->OpClass, E.Loc);
    }
    exprOpt(E.Expression);
    Element = Saved;
  }
  void literal(ReferenceSite S, Expr &Node, Literal &L, llvm::StringRef Reg);
  void table(Table &T);

  Object *Owner;
  ReferenceCallback Fn;
  ConstTypeCallback OnType;
  // The context of the references being reported.
  Column *Col = nullptr;
  int ConstraintIndex = -1;
  IndexElement *Element = nullptr;
};

void ReferenceWalker::literal(ReferenceSite S, Expr &Node, Literal &L,
                              llvm::StringRef Reg) {
  if (L.LK != Literal::LitKind::String)
    return;
  llvm::StringRef Text = L.Value;
  ReferenceKind K = ReferenceKind::Sequence;
  if (Reg == "regtype") {
    K = ReferenceKind::Type;
  } else if (Reg == "regproc" || Reg == "regprocedure") {
    K = ReferenceKind::Function;
    Text = Text.split('(').first; // f(integer)
  }
  std::optional<std::vector<std::string>> Parts = parseNameLiteral(Text);
  if (!Parts)
    return;
  Reference R(K, S, nameOfParts(*Parts));
  R.Node = &Node;
  emit(R, Node.Loc);
}

void ReferenceWalker::expr(Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::Cast: {
    auto &C = llvm::cast<Cast>(E);
    type(ReferenceSite::CastType, C.Type, C.Loc, &C);
    llvm::StringRef Reg = regTypeName(C.Type);
    if (!Reg.empty())
      if (auto *L = llvm::dyn_cast_or_null<Literal>(C.Operand.get()))
        literal(ReferenceSite::NameLiteral, C, *L, Reg);
    break;
  }
  case Expr::Kind::FuncCall: {
    auto &F = llvm::cast<FuncCall>(E);
    // Decided before the callback may rewrite the call's name.
    bool SequenceArgument = takesSequenceName(F) && !F.Args.empty();
    if (!F.Name.empty()) {
      Reference R(ReferenceKind::Function, ReferenceSite::CallName, &F.Name);
      R.Node = &F;
      emit(R, F.Loc);
    }
    if (SequenceArgument)
      if (auto *L = llvm::dyn_cast_or_null<Literal>(F.Args[0].get()))
        literal(ReferenceSite::CallArgument, F, *L, "regclass");
    break;
  }
  case Expr::Kind::CollateExpr: {
    auto &C = llvm::cast<CollateExpr>(E);
    if (!C.Collation.empty()) {
      Reference R(ReferenceKind::Collation, ReferenceSite::CollateClause,
                  &C.Collation);
      R.Node = &C;
      emit(R, C.Loc);
    }
    break;
  }
  case Expr::Kind::UnaryOp:
  case Expr::Kind::BinaryOp: {
    std::string &S = llvm::isa<UnaryOp>(E) ? llvm::cast<UnaryOp>(E).OpSchema
                                           : llvm::cast<BinaryOp>(E).OpSchema;
    if (!S.empty()) {
      Reference R(ReferenceKind::Schema, ReferenceSite::OperatorSchema,
                  QualifiedName(S));
      R.Node = &E;
      emit(R, E.Loc);
    }
    break;
  }
  default:
    break;
  }
  forEachChild(
      E, [&](ExprPtr &C) { expr(*C); }, [&](RelPtr &C) { rel(*C); });
}

void ReferenceWalker::rel(Rel &R) {
  if (auto *S = llvm::dyn_cast<Scan>(&R)) {
    if (!S->IsCte && !S->Table.empty()) {
      Reference Ref(ReferenceKind::Relation, ReferenceSite::Scan, &S->Table);
      Ref.RelNode = S;
      emit(Ref, S->Loc);
    }
  } else if (auto *F = llvm::dyn_cast<FunctionScan>(&R)) {
    for (auto &Def : F->ColumnDefs)
      type(ReferenceSite::ColumnDefinition, Def.second, F->Loc, nullptr, F);
  } else if (auto *X = llvm::dyn_cast<XmlTable>(&R)) {
    for (XmlTableColumn &C : X->Columns)
      if (!C.ForOrdinality)
        type(ReferenceSite::ColumnDefinition, C.Type, C.Loc, nullptr, X);
  }
  forEachChild(
      R, [&](ExprPtr &C) { expr(*C); }, [&](RelPtr &C) { rel(*C); });
}

void ReferenceWalker::table(Table &T) {
  for (Column &C : T.Columns) {
    Col = &C;
    type(ReferenceSite::ColumnType, C.Type, C.Loc);
    if (C.More)
      name(ReferenceKind::Collation, ReferenceSite::ColumnCollation,
           C.More->Collation, C.Loc);
    exprOpt(C.Default);
    if (C.More && C.More->Generation)
      exprOpt(C.More->Generation->Expression);
    if (C.Ident && C.Ident->Options.AsType)
      type(ReferenceSite::IdentityType, *C.Ident->Options.AsType, C.Loc);
  }
  Col = nullptr;
  for (size_t I = 0; I != T.Constraints.size(); ++I) {
    Constraint &K = T.Constraints[I];
    ConstraintIndex = int(I);
    if (K.K == Constraint::Kind::ForeignKey)
      name(ReferenceKind::Relation, ReferenceSite::ForeignKey, K.RefTable,
           K.Loc);
    exprOpt(K.Check);
    for (ExclusionElement &X : K.Exclusions)
      element(X.Element);
    exprOpt(K.ExclusionWhere);
  }
  ConstraintIndex = -1;
  for (QualifiedName &P : T.Inherits)
    name(ReferenceKind::Relation, ReferenceSite::Inherits, P, T.Loc);
  name(ReferenceKind::Relation, ReferenceSite::PartitionOf, T.PartitionOf,
       T.Loc);
  name(ReferenceKind::Type, ReferenceSite::OfType, T.OfType, T.Loc);
  if (T.PartitionBy)
    for (IndexElement &E : T.PartitionBy->Keys)
      element(E);
  if (T.Bound)
    for (std::vector<ExprPtr> *List :
         {&T.Bound->In, &T.Bound->From, &T.Bound->To})
      for (ExprPtr &E : *List)
        exprOpt(E);
}

void ReferenceWalker::object(Object &O) {
  switch (O.getKind()) {
  case Object::Kind::Setting:
  case Object::Kind::SchemaDecl:
  case Object::Kind::EnumType:
    return;
  case Object::Kind::Table:
    return table(llvm::cast<Table>(O));
  case Object::Kind::Index: {
    auto &I = llvm::cast<Index>(O);
    name(ReferenceKind::Relation, ReferenceSite::IndexTable, I.Table, I.Loc);
    for (IndexElement &E : I.Elements)
      element(E);
    exprOpt(I.Where);
    return;
  }
  case Object::Kind::View:
    if (RelPtr &Q = llvm::cast<View>(O).Query)
      rel(*Q);
    return;
  case Object::Kind::Sequence: {
    auto &S = llvm::cast<Sequence>(O);
    name(ReferenceKind::Relation, ReferenceSite::SequenceOwner, S.OwnedByTable,
         S.Loc);
    if (S.Options.AsType)
      type(ReferenceSite::SequenceType, *S.Options.AsType, S.Loc);
    return;
  }
  case Object::Kind::Domain: {
    auto &D = llvm::cast<Domain>(O);
    type(ReferenceSite::DomainType, D.BaseType, D.Loc);
    name(ReferenceKind::Collation, ReferenceSite::DomainCollation, D.Collation,
         D.Loc);
    exprOpt(D.Default);
    for (DomainCheck &C : D.Checks)
      exprOpt(C.Check);
    return;
  }
  case Object::Kind::OpaqueObject: {
    auto &Op = llvm::cast<OpaqueObject>(O);
    name(ReferenceKind::OpaqueTarget, ReferenceSite::OpaqueTarget, Op.Target,
         Op.Loc);
    for (QualifiedName &N : Op.References)
      name(ReferenceKind::OpaqueReference, ReferenceSite::OpaqueReference, N,
           Op.Loc);
    return;
  }
  }
}

} // namespace

//===----------------------------------------------------------------------===//
// Reference
//===----------------------------------------------------------------------===//

void Reference::computePathName() const {
  Computed = nameOfPath(*Path);
  Path = nullptr;
}

void Reference::setName(const QualifiedName &N) {
  if (Type) {
    // A type's source spelling names the type as it was written; with
    // another name (qualified, renamed, moved) it would name another type.
    if (!(Type->Name == N))
      Type->Spelling.clear();
    Type->Name = N;
    Computed = N;
    return;
  }
  if (Stored) {
    *Stored = N;
    return;
  }
  Computed = N;
  Path = nullptr;
  switch (Site) {
  case ReferenceSite::CallName: {
    std::vector<std::string> &Path = llvm::cast<FuncCall>(Node)->Name;
    // The name replaces the schema and function parts of the path.
    size_t Keep = Path.size() >= 2 ? Path.size() - 2 : 0;
    Path.resize(Keep);
    if (N.isQualified())
      Path.push_back(N.Schema);
    Path.push_back(N.Name);
    return;
  }
  case ReferenceSite::NameLiteral:
  case ReferenceSite::CallArgument: {
    Literal *L = nullptr;
    if (auto *C = llvm::dyn_cast<Cast>(Node))
      L = llvm::cast<Literal>(C->Operand.get());
    else
      L = llvm::cast<Literal>(llvm::cast<FuncCall>(Node)->Args[0].get());
    // regproc literals keep their argument list.
    llvm::StringRef Args = llvm::StringRef(L->Value).split('(').second;
    std::string V;
    if (N.isQualified())
      V = quoteNameLiteralPart(N.Schema) + ".";
    V += quoteNameLiteralPart(N.Name);
    if (Kind == ReferenceKind::Function &&
        llvm::StringRef(L->Value).contains('(')) {
      V += '(';
      V += Args;
    }
    L->Value = std::move(V);
    return;
  }
  case ReferenceSite::OperatorSchema:
    if (auto *U = llvm::dyn_cast<UnaryOp>(Node))
      U->OpSchema = N.Name;
    else
      llvm::cast<BinaryOp>(Node)->OpSchema = N.Name;
    return;
  default:
    llvm_unreachable("reference without storage");
  }
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

void schemac::forEachReference(Object &O, ReferenceCallback Fn) {
  ReferenceWalker(&O, Fn).object(O);
}

void schemac::forEachReference(Expr &E, ReferenceCallback Fn) {
  ReferenceWalker(nullptr, Fn).expr(E);
}

void schemac::forEachReference(Rel &R, ReferenceCallback Fn) {
  ReferenceWalker(nullptr, Fn).rel(R);
}

void schemac::forEachReference(const Object &O, ConstReferenceCallback Fn) {
  forEachReference(const_cast<Object &>(O), [&](Reference &R) { Fn(R); });
}

void schemac::forEachReference(const Object &O, ConstReferenceCallback Fn,
                               ConstTypeCallback OnType) {
  auto &Mutable = const_cast<Object &>(O);
  ReferenceWalker(
      &Mutable, [&](Reference &R) { Fn(R); }, OnType)
      .object(Mutable);
}

void schemac::forEachReference(const Expr &E, ConstReferenceCallback Fn) {
  forEachReference(const_cast<Expr &>(E), [&](Reference &R) { Fn(R); });
}

void schemac::forEachReference(const Rel &R, ConstReferenceCallback Fn) {
  forEachReference(const_cast<Rel &>(R), [&](Reference &Ref) { Fn(Ref); });
}

Object *schemac::resolveReference(const Module &M, const Reference &R) {
  const QualifiedName &N = R.getName();
  if (N.empty())
    return nullptr;
  switch (R.Kind) {
  case ReferenceKind::Relation:
  case ReferenceKind::Sequence:
    return M.lookupRelation(N);
  case ReferenceKind::Type:
    return M.lookupType(N);
  case ReferenceKind::Function:
    return M.lookupFunction(N);
  case ReferenceKind::Schema:
    return M.lookupSchema(N.Name);
  case ReferenceKind::Collation:
  case ReferenceKind::OperatorClass: {
    auto *O =
        llvm::dyn_cast_or_null<OpaqueObject>(M.lookup(Namespace::Other, N));
    llvm::StringRef Want =
        R.Kind == ReferenceKind::Collation ? "collation" : "operator class";
    return O && O->ObjectType == Want ? O : nullptr;
  }
  case ReferenceKind::OpaqueTarget:
  case ReferenceKind::OpaqueReference:
    return M.lookupReferenced(N);
  }
  return nullptr;
}
