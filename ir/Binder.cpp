//===- Binder.cpp - Scope resolution of queries and expressions -----------===//
//
// Part of schemac. The scopes follow PostgreSQL's parse analysis
// (parse_relation.c): a query level has a list of FROM items, each visible
// by name for qualified references (unless it is a join without alias) and
// by its columns for unqualified ones (unless it is part of a join: then
// the join's own item, with the merged USING columns once, stands for it).
// A name not found at one level is looked up in the enclosing levels
// (correlated subqueries). Subqueries in FROM and function calls see the
// items before them (LATERAL; PostgreSQL rejects the non-LATERAL case, the
// binder does not check that).
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Binder.h"
#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"
#include "schemac/ir/Walk.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <cstdint>

using namespace schemac;

const BoundColumn *RelShape::find(llvm::StringRef Name) const {
  for (const BoundColumn &C : Columns)
    if (C.Name == Name)
      return &C;
  return nullptr;
}

bool BindResult::usesColumn(const Object &Rel, llvm::StringRef Column) const {
  for (const auto &[Ref, B] : Refs) {
    if (B.K == ColumnBinding::Kind::WholeRow && B.Scanned == &Rel)
      return true;
    if (B.K == ColumnBinding::Kind::Column && B.Col.Source == &Rel &&
        B.Col.SourceColumn == Column)
      return true;
  }
  for (const auto &[Ref, Cols] : Stars)
    for (const StarColumn &S : Cols)
      if (S.Col.Source == &Rel && S.Col.SourceColumn == Column)
        return true;
  return false;
}

namespace {

/// Shapes are shared, not copied: a table's or view's shape is built once
/// per binder and every FROM item that scans it (and every join that
/// copies the item) points to it. A shape is never changed once shared;
/// aliases and joins make a new one.
using ShapeRef = std::shared_ptr<const RelShape>;

ShapeRef makeShape(RelShape S) {
  return std::make_shared<const RelShape>(std::move(S));
}

ShapeRef openShape() {
  static const ShapeRef Open = makeShape(RelShape{{}, true});
  return Open;
}

ShapeRef emptyShape() {
  static const ShapeRef Empty = makeShape(RelShape{});
  return Empty;
}

/// A FROM item of one query level. Its names point into the IR (aliases,
/// relation and function names), which outlives the binding.
struct RangeItem {
  /// The name qualified references use ("" if none: a join).
  llvm::StringRef Name;
  /// The relation's schema as written, for `s.t.c` (unaliased scans).
  llvm::StringRef Schema;
  /// The relation this item scans, if it is a scan of one.
  const Object *Scanned = nullptr;
  /// The written table name of an aliased scan (for the hint that the
  /// alias must be used).
  llvm::StringRef HiddenTableName;
  ShapeRef Shape = emptyShape();
  /// Per column: the qualifier that references it from outside the item
  /// (an inner item's name for the columns of a join).
  std::vector<llvm::StringRef> Qualifiers;
  /// Per column: as StarColumn::Scanned.
  std::vector<const Object *> ScannedBy;
  bool RelVisible = true;
  bool ColsVisible = true;
};

struct Scope {
  Scope *Parent = nullptr;
  std::vector<RangeItem> Items;
  /// Output columns for ORDER BY / GROUP BY / DISTINCT ON by name.
  const std::vector<BoundColumn> *Outputs = nullptr;
  /// How names in the current clause may use Outputs.
  enum class OutputUse { None, First, Fallback } Use = OutputUse::None;
};

/// The CTEs visible at a point of a query, innermost last.
struct CteEntry {
  llvm::StringRef Name;
  ShapeRef Shape;
};

ColumnBinding makeBinding(ColumnBinding::Kind K) {
  ColumnBinding B;
  B.K = K;
  return B;
}

} // namespace

class Binder::Impl {
public:
  Impl(const Module &M) : M(M), Rules(getDialectRules(M.Dialect)) {
    for (const ObjectPtr &O : M.objects())
      if (auto *Op = llvm::dyn_cast<OpaqueObject>(O.get()))
        if (!Op->Target.empty() &&
            llvm::StringRef(Op->ObjectType).startswith("alter"))
          if (const Object *T = M.lookupRelation(Op->Target))
            AlteredOpaquely.insert(T);
  }

  RelShape bindRel(const Rel &R, Scope *Outer);
  void bindExpr(const Expr *E, Scope *S);
  ShapeRef shapeOf(const Object &O, unsigned Depth = 0);
  ShapeRef tableShape(const Table &T, unsigned Depth);
  /// The shape of \p V from the output of its body.
  RelShape viewShape(const View &V, RelShape Body);

  const Module &M;
  const DialectRules &Rules;
  BindResult *Cur = nullptr;

  RelShape bindSelect(const Project &P, Scope *Outer,
                      const std::vector<SortKey> *Order);
  RelShape bindSetOp(const SetOp &S, Scope *Outer,
                     llvm::function_ref<void(const RelShape &)> AfterLeft);
  RelShape bindValues(const Values &V, Scope *Outer);
  void bindWith(const With &W, Scope *Outer);
  /// Adds the FROM item \p R to \p S; returns its index.
  size_t addFromItem(Scope &S, const Rel &R);
  RangeItem makeScanItem(const Scan &Sc);
  void applyAliases(RelShape &Shape, const std::vector<std::string> &Aliases);
  /// As above, on a copy of a shared shape (none if there are no aliases).
  void applyAliases(ShapeRef &Shape, const std::vector<std::string> &Aliases) {
    if (Aliases.empty())
      return;
    RelShape Copy = *Shape;
    applyAliases(Copy, Aliases);
    Shape = makeShape(std::move(Copy));
  }
  void bindSortKeys(const std::vector<SortKey> &Keys, Scope *S);
  void bindOutputRef(const Expr *E, Scope *S, Scope::OutputUse Use);

  ColumnBinding lookup(const ColumnRef &R, Scope *S);
  /// The FROM item named \p Name visible from \p S, or null.
  const RangeItem *findItem(llvm::StringRef Name, Scope *S) const {
    for (Scope *Sc = S; Sc; Sc = Sc->Parent)
      for (const RangeItem &I : Sc->Items)
        if (I.RelVisible && I.Name == Name)
          return &I;
    return nullptr;
  }
  ColumnBinding lookupUnqualified(llvm::StringRef Name, Scope *S);
  void record(const ColumnRef &R, ColumnBinding B);
  void problem(BindProblem::Kind K, Location L, std::string Name,
               std::string Hint = "");
  std::optional<DataType> inferType(const Expr &E);
  std::vector<StarColumn> expandStar(const ColumnRef &R, Scope &S, bool &Open);

  std::vector<CteEntry> Ctes;
  /// Shapes of views (memoized) and the views being bound (cycles).
  llvm::DenseMap<const Object *, ShapeRef> ViewShapes;
  llvm::DenseSet<const Object *> InProgress;
  /// Shapes of tables (memoized: a view body scans the same few tables
  /// again and again, and building a shape looks its columns up by name).
  /// Emptied when it holds more than MaxCachedColumns columns: a module of
  /// many views over many tables would otherwise hold a second copy of
  /// their columns.
  llvm::DenseMap<const Table *, ShapeRef> TableShapes;
  size_t CachedColumns = 0;
  static constexpr size_t MaxCachedColumns = size_t(1) << 14;
  /// The tables whose shapes are being built (inheritance cycles).
  llvm::DenseSet<const Table *> TablesInProgress;
  /// Deeper inheritance than this is taken as open (bounds the stack).
  static constexpr unsigned MaxInheritanceDepth = 1000;
  /// Set when a binding met a view that was being bound (a cycle): what it
  /// computed depends on where the cycle was entered, so it is not kept.
  bool MetCycle = false;
  /// Scalar subqueries' outputs, for the names of their columns.
  llvm::DenseMap<const Rel *, std::string> FirstColumnNames;
  /// Tables altered by statements kept as opaque objects: their columns
  /// may differ from what the module shows.
  llvm::DenseSet<const Object *> AlteredOpaquely;
};

//===----------------------------------------------------------------------===//
// Relations of the module
//===----------------------------------------------------------------------===//

ShapeRef Binder::Impl::tableShape(const Table &T, unsigned Depth) {
  // Memoized at every depth: tables may inherit from several parents that
  // share ancestors, and walking the inheritance graph as a tree takes time
  // exponential in its depth.
  auto It = TableShapes.find(&T);
  if (It != TableShapes.end())
    return It->second;
  // Emptied only between top-level look-ups, so that one look-up never
  // walks a shared ancestor twice.
  if (Depth == 0 && CachedColumns > MaxCachedColumns) {
    TableShapes.clear();
    CachedColumns = 0;
  }
  RelShape S;
  // A cycle (which PostgreSQL refuses) or an absurd depth: the columns
  // found so far, open.
  if (Depth > MaxInheritanceDepth || !TablesInProgress.insert(&T).second)
    return openShape();
  if (!T.OfType.empty() || AlteredOpaquely.count(&T))
    S.Open = true;
  std::vector<QualifiedName> Parents;
  if (T.isPartition())
    Parents.push_back(T.PartitionOf);
  llvm::append_range(Parents, T.Inherits);
  for (const QualifiedName &P : Parents) {
    const Table *PT = M.lookupTable(P);
    if (!PT) {
      S.Open = true;
      continue;
    }
    ShapeRef Up = tableShape(*PT, Depth + 1);
    S.Open |= Up->Open;
    for (const BoundColumn &C : Up->Columns)
      if (!S.find(C.Name))
        S.Columns.push_back(C);
  }
  S.Columns.reserve(S.Columns.size() + T.Columns.size());
  for (const Column &C : T.Columns)
    if (!S.find(C.Name)) {
      DataType Ty = C.Type;
      Ty.Serial = false;
      S.Columns.push_back({C.Name, Ty, &T, C.Name});
    }
  TablesInProgress.erase(&T);
  CachedColumns += S.Columns.size();
  ShapeRef Shared = makeShape(std::move(S));
  TableShapes[&T] = Shared;
  return Shared;
}

ShapeRef Binder::Impl::shapeOf(const Object &O, unsigned Depth) {
  if (auto *T = llvm::dyn_cast<Table>(&O))
    return tableShape(*T, Depth);
  auto *V = llvm::dyn_cast<View>(&O);
  if (!V)
    return openShape();
  auto It = ViewShapes.find(V);
  if (It != ViewShapes.end())
    return It->second;
  if (!V->Query || !InProgress.insert(V).second) {
    MetCycle |= V->Query != nullptr;
    return openShape();
  }
  // The view's own problems are reported when it is bound itself.
  BindResult Scratch;
  BindResult *Saved = std::exchange(Cur, &Scratch);
  std::vector<CteEntry> SavedCtes = std::exchange(Ctes, {});
  RelShape S = bindRel(*V->Query, nullptr);
  Ctes = std::move(SavedCtes);
  Cur = Saved;
  InProgress.erase(V);
  ShapeRef Shared = makeShape(viewShape(*V, std::move(S)));
  ViewShapes[V] = Shared;
  return Shared;
}

RelShape Binder::Impl::viewShape(const View &V, RelShape Body) {
  applyAliases(Body, V.ColumnNames);
  // Its columns are the view's own now.
  for (BoundColumn &C : Body.Columns) {
    C.Source = &V;
    C.SourceColumn = C.Name;
  }
  return Body;
}

void Binder::Impl::applyAliases(RelShape &Shape,
                                const std::vector<std::string> &Aliases) {
  for (size_t I = 0; I < Aliases.size(); ++I) {
    if (I < Shape.Columns.size())
      Shape.Columns[I].Name = Aliases[I];
    else if (Shape.Open)
      Shape.Columns.push_back({Aliases[I], std::nullopt, nullptr, ""});
  }
}

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

RelShape Binder::Impl::bindRel(const Rel &R, Scope *Outer) {
  switch (R.getKind()) {
  case Rel::Kind::With: {
    auto &W = llvm::cast<With>(R);
    size_t Mark = Ctes.size();
    bindWith(W, Outer);
    RelShape S = W.Body ? bindRel(*W.Body, Outer) : RelShape{{}, true};
    Ctes.resize(Mark);
    return S;
  }
  case Rel::Kind::Limit: {
    auto &L = llvm::cast<Limit>(R);
    Scope Empty;
    Empty.Parent = Outer;
    bindExpr(L.Count.get(), &Empty);
    bindExpr(L.Offset.get(), &Empty);
    return L.Input ? bindRel(*L.Input, Outer) : RelShape{{}, true};
  }
  case Rel::Kind::Sort: {
    auto &So = llvm::cast<Sort>(R);
    if (auto *P = llvm::dyn_cast_or_null<Project>(So.Input.get()))
      return bindSelect(*P, Outer, &So.Keys);
    RelShape S = So.Input ? bindRel(*So.Input, Outer) : RelShape{{}, true};
    // ORDER BY of a set operation or VALUES: output columns only.
    Scope OutScope;
    OutScope.Parent = Outer;
    OutScope.Outputs = &S.Columns;
    OutScope.Use = Scope::OutputUse::First;
    RangeItem Result;
    Result.RelVisible = false;
    Result.Shape = makeShape(S);
    OutScope.Items.push_back(std::move(Result));
    bindSortKeys(So.Keys, &OutScope);
    return S;
  }
  case Rel::Kind::Project:
    return bindSelect(llvm::cast<Project>(R), Outer, nullptr);
  case Rel::Kind::SetOp:
    return bindSetOp(llvm::cast<SetOp>(R), Outer, nullptr);
  case Rel::Kind::Values:
    return bindValues(llvm::cast<Values>(R), Outer);
  default: {
    // A FROM tree used as a query: its visible columns.
    Scope S;
    S.Parent = Outer;
    addFromItem(S, R);
    RelShape Out;
    for (const RangeItem &I : S.Items)
      if (I.ColsVisible) {
        llvm::append_range(Out.Columns, I.Shape->Columns);
        Out.Open |= I.Shape->Open;
      }
    return Out;
  }
  }
}

void Binder::Impl::bindWith(const With &W, Scope *Outer) {
  for (const CommonTableExpr &C : W.Ctes) {
    if (!C.Query) {
      Ctes.push_back({C.Name, openShape()});
      continue;
    }
    if (!W.Recursive) {
      RelShape S = bindRel(*C.Query, Outer);
      applyAliases(S, C.ColumnNames);
      Ctes.push_back({C.Name, makeShape(std::move(S))});
      continue;
    }
    // WITH RECURSIVE: the CTE's columns are known from its non-recursive
    // term, which comes first, before the recursive term refers to them.
    size_t Slot = Ctes.size();
    RelShape Provisional;
    Provisional.Open = true;
    applyAliases(Provisional, C.ColumnNames);
    Ctes.push_back({C.Name, makeShape(std::move(Provisional))});
    RelShape S;
    if (auto *SO = llvm::dyn_cast<SetOp>(C.Query.get())) {
      S = bindSetOp(*SO, Outer, [&](const RelShape &Left) {
        RelShape Known = Left;
        applyAliases(Known, C.ColumnNames);
        Ctes[Slot].Shape = makeShape(std::move(Known));
      });
    } else {
      S = bindRel(*C.Query, Outer);
    }
    applyAliases(S, C.ColumnNames);
    Ctes[Slot].Shape = makeShape(std::move(S));
  }
}

RelShape
Binder::Impl::bindSetOp(const SetOp &SO, Scope *Outer,
                        llvm::function_ref<void(const RelShape &)> AfterLeft) {
  RelShape L = SO.Left ? bindRel(*SO.Left, Outer) : RelShape{{}, true};
  if (AfterLeft)
    AfterLeft(L);
  RelShape Rt = SO.Right ? bindRel(*SO.Right, Outer) : RelShape{{}, true};
  RelShape Out;
  Out.Open = L.Open;
  for (size_t I = 0; I < L.Columns.size(); ++I) {
    BoundColumn C;
    C.Name = L.Columns[I].Name;
    if (I < Rt.Columns.size() && L.Columns[I].Type && Rt.Columns[I].Type &&
        *L.Columns[I].Type == *Rt.Columns[I].Type)
      C.Type = L.Columns[I].Type;
    Out.Columns.push_back(std::move(C));
  }
  return Out;
}

RelShape Binder::Impl::bindValues(const Values &V, Scope *Outer) {
  Scope S;
  S.Parent = Outer;
  RelShape Out;
  for (const std::vector<ExprPtr> &Row : V.Rows)
    for (const ExprPtr &E : Row)
      bindExpr(E.get(), &S);
  if (!V.Rows.empty())
    for (size_t I = 0; I < V.Rows.front().size(); ++I) {
      BoundColumn C;
      C.Name = "column" + std::to_string(I + 1);
      if (const Expr *E = V.Rows.front()[I].get())
        C.Type = inferType(*E);
      Out.Columns.push_back(std::move(C));
    }
  return Out;
}

RelShape Binder::Impl::bindSelect(const Project &P, Scope *Outer,
                                  const std::vector<SortKey> *Order) {
  // Project [Filter(HAVING)] [Aggregate] [Filter(WHERE)] FROM-tree
  std::vector<const Expr *> Conditions;
  const Aggregate *Agg = nullptr;
  const Rel *From = P.Input.get();
  while (From) {
    if (auto *F = llvm::dyn_cast<Filter>(From)) {
      Conditions.push_back(F->Condition.get());
      From = F->Input.get();
    } else if (auto *A = llvm::dyn_cast<Aggregate>(From); A && !Agg) {
      Agg = A;
      From = A->Input.get();
    } else {
      break;
    }
  }
  Scope S;
  S.Parent = Outer;
  if (From)
    addFromItem(S, *From);
  for (const Expr *C : Conditions)
    bindExpr(C, &S);

  RelShape Out;
  for (const SelectItem &I : P.Items) {
    const Expr *E = I.Value.get();
    if (!E)
      continue;
    auto *CR = llvm::dyn_cast<ColumnRef>(E);
    if (CR && CR->Star) {
      bool Open = false;
      std::vector<StarColumn> Cols = expandStar(*CR, S, Open);
      for (const StarColumn &SC : Cols)
        Out.Columns.push_back(SC.Col);
      if (Open)
        Out.Open = true;
      else
        Cur->Stars[CR] = std::move(Cols);
      continue;
    }
    bindExpr(E, &S);
    BoundColumn C;
    C.Name = I.Alias.empty() ? Binder::figureColumnName(*E, Rules) : I.Alias;
    if (auto *Sub = llvm::dyn_cast<SubqueryExpr>(E);
        Sub && I.Alias.empty() && Sub->SK == SubqueryExpr::SubKind::Scalar) {
      auto It = FirstColumnNames.find(Sub->Query.get());
      if (It != FirstColumnNames.end() && !It->second.empty())
        C.Name = It->second;
    }
    C.Type = inferType(*E);
    if (CR)
      if (const ColumnBinding *B = Cur->lookup(*CR);
          B && B->K == ColumnBinding::Kind::Column && B->Depth == 0) {
        C.Source = B->Col.Source;
        C.SourceColumn = B->Col.SourceColumn;
      }
    Out.Columns.push_back(std::move(C));
  }

  // Clauses that may name output columns.
  S.Outputs = &Out.Columns;
  if (Agg)
    for (const ExprPtr &G : Agg->GroupBy)
      bindOutputRef(G.get(), &S, Scope::OutputUse::Fallback);
  for (const ExprPtr &D : P.DistinctOn)
    bindOutputRef(D.get(), &S, Scope::OutputUse::First);
  if (Order)
    bindSortKeys(*Order, &S);
  for (const auto &W : P.Windows)
    if (W.second) {
      for (const ExprPtr &E : W.second->PartitionBy)
        bindExpr(E.get(), &S);
      for (const SortKey &K : W.second->OrderBy)
        bindExpr(K.Value.get(), &S);
    }
  S.Outputs = nullptr;
  return Out;
}

void Binder::Impl::bindSortKeys(const std::vector<SortKey> &Keys, Scope *S) {
  for (const SortKey &K : Keys)
    bindOutputRef(K.Value.get(), S, Scope::OutputUse::First);
}

void Binder::Impl::bindOutputRef(const Expr *E, Scope *S,
                                 Scope::OutputUse Use) {
  // Only a bare name may be an output column (ORDER BY x, GROUP BY x);
  // names inside an expression are the input's.
  if (!llvm::isa_and_nonnull<ColumnRef>(E))
    Use = Scope::OutputUse::None;
  Scope::OutputUse Saved = std::exchange(S->Use, Use);
  bindExpr(E, S);
  S->Use = Saved;
}

//===----------------------------------------------------------------------===//
// FROM items
//===----------------------------------------------------------------------===//

RangeItem Binder::Impl::makeScanItem(const Scan &Sc) {
  RangeItem I;
  I.Name = Sc.Alias.empty() ? llvm::StringRef(Sc.Table.Name)
                            : llvm::StringRef(Sc.Alias);
  const CteEntry *Cte = nullptr;
  if (!Sc.Table.isQualified())
    for (auto It = Ctes.rbegin(); It != Ctes.rend() && !Cte; ++It)
      if (It->Name == Sc.Table.Name)
        Cte = &*It;
  if (Cte) {
    I.Shape = Cte->Shape;
  } else if (const Object *O =
                 Sc.IsCte ? nullptr : M.lookupRelation(Sc.Table)) {
    I.Shape = shapeOf(*O);
    I.Scanned = O;
    if (Sc.Alias.empty())
      I.Schema = Sc.Table.Schema;
    else
      I.HiddenTableName = Sc.Table.Name;
  } else {
    I.Shape = openShape(); // unknown, a catalog, or reported elsewhere
  }
  applyAliases(I.Shape, Sc.ColumnAliases);
  return I;
}

size_t Binder::Impl::addFromItem(Scope &S, const Rel &R) {
  RangeItem I;
  switch (R.getKind()) {
  case Rel::Kind::Scan:
    I = makeScanItem(llvm::cast<Scan>(R));
    break;
  case Rel::Kind::SubqueryScan: {
    auto &SQ = llvm::cast<SubqueryScan>(R);
    I.Name = SQ.Alias;
    I.Shape = SQ.Input ? makeShape(bindRel(*SQ.Input, &S)) : openShape();
    applyAliases(I.Shape, SQ.ColumnAliases);
    break;
  }
  case Rel::Kind::FunctionScan: {
    auto &F = llvm::cast<FunctionScan>(R);
    bindExpr(F.Call.get(), &S);
    llvm::StringRef FnName;
    if (auto *Call = llvm::dyn_cast_or_null<FuncCall>(F.Call.get()))
      FnName = Call->getFunctionName();
    I.Name = F.Alias.empty() ? FnName : llvm::StringRef(F.Alias);
    RelShape Shape;
    if (!F.ColumnDefs.empty()) {
      for (const auto &[Name, Ty] : F.ColumnDefs)
        Shape.Columns.push_back({Name, Ty, nullptr, ""});
    } else {
      // What the function returns is unknown: a scalar (one column named
      // after the alias or the function) or a row of any columns.
      Shape.Open = true;
      if (F.ColumnAliases.empty())
        Shape.Columns.push_back({I.Name.str(), std::nullopt, nullptr, ""});
    }
    applyAliases(Shape, F.ColumnAliases);
    if (F.WithOrdinality && !Shape.Open)
      Shape.Columns.push_back(
          {"ordinality", DataType(TypeKind::BigInt), nullptr, ""});
    I.Shape = makeShape(std::move(Shape));
    break;
  }
  case Rel::Kind::XmlTable: {
    // Its expressions see the FROM items before it, as a function's do.
    auto &X = llvm::cast<XmlTable>(R);
    for (const XmlNamespace &N : X.Namespaces)
      bindExpr(N.Uri.get(), &S);
    bindExpr(X.RowExpr.get(), &S);
    bindExpr(X.Document.get(), &S);
    RelShape Shape;
    for (const XmlTableColumn &C : X.Columns) {
      bindExpr(C.Path.get(), &S);
      bindExpr(C.Default.get(), &S);
      Shape.Columns.push_back({C.Name, C.Type, nullptr, ""});
    }
    I.Name = X.Alias.empty() ? llvm::StringRef("xmltable")
                             : llvm::StringRef(X.Alias);
    I.Shape = makeShape(std::move(Shape));
    applyAliases(I.Shape, X.ColumnAliases);
    break;
  }
  case Rel::Kind::Values: {
    auto &V = llvm::cast<Values>(R);
    I.Name = V.Alias;
    I.Shape = makeShape(bindValues(V, &S));
    applyAliases(I.Shape, V.ColumnAliases);
    break;
  }
  case Rel::Kind::Filter: {
    auto &F = llvm::cast<Filter>(R);
    size_t Idx = F.Input ? addFromItem(S, *F.Input) : S.Items.size();
    bindExpr(F.Condition.get(), &S);
    if (Idx < S.Items.size())
      return Idx;
    break;
  }
  case Rel::Kind::Join: {
    auto &J = llvm::cast<Join>(R);
    if (!J.Left || !J.Right) {
      I.Shape = openShape();
      break;
    }
    size_t L = addFromItem(S, *J.Left);
    size_t Rt = addFromItem(S, *J.Right);
    // Copies: the vector grows below (the shapes are shared, not copied).
    RangeItem Left = S.Items[L], Right = S.Items[Rt];
    S.Items[L].ColsVisible = S.Items[Rt].ColsVisible = false;
    auto QualifiersOf = [](RangeItem &X) {
      if (X.Qualifiers.size() != X.Shape->Columns.size())
        X.Qualifiers.assign(X.Shape->Columns.size(), X.Name);
      if (X.ScannedBy.size() != X.Shape->Columns.size())
        X.ScannedBy.assign(X.Shape->Columns.size(), X.Scanned);
    };
    QualifiersOf(Left);
    QualifiersOf(Right);
    const RelShape &LS = *Left.Shape, &RS = *Right.Shape;
    RelShape Shape;
    std::vector<std::string> Using = J.Using;
    if (J.Natural) {
      if (LS.Open || RS.Open) {
        Shape.Open = true;
      } else {
        for (const BoundColumn &C : LS.Columns)
          if (RS.find(C.Name) && !llvm::is_contained(Using, C.Name))
            Using.push_back(C.Name);
      }
    }
    size_t Width = LS.Columns.size() + RS.Columns.size();
    Shape.Columns.reserve(Width);
    I.Qualifiers.reserve(Width);
    I.ScannedBy.reserve(Width);
    llvm::StringSet<> Merged;
    for (const std::string &U : Using) {
      auto Find = [&](RangeItem &X, llvm::StringRef Side) -> int {
        int Found = -1;
        for (size_t K = 0; K < X.Shape->Columns.size(); ++K)
          if (X.Shape->Columns[K].Name == U) {
            if (Found >= 0) {
              problem(BindProblem::Kind::DuplicateCommonColumn, J.Loc, U,
                      Side.str());
              break;
            }
            Found = int(K);
          }
        if (Found < 0 && !X.Shape->Open)
          problem(BindProblem::Kind::UnknownUsingColumn, J.Loc, U, Side.str());
        return Found;
      };
      // The database stops at the first side that lacks the column.
      int LK = Find(Left, "left");
      int RK = LK >= 0 || LS.Open ? Find(Right, "right") : -1;
      Merged.insert(U);
      BoundColumn C;
      C.Name = U;
      llvm::StringRef Qual;
      const Object *Scanned = nullptr;
      const BoundColumn *LC = LK >= 0 ? &LS.Columns[LK] : nullptr;
      const BoundColumn *RC = RK >= 0 ? &RS.Columns[RK] : nullptr;
      if (LC && RC && LC->Type && RC->Type && *LC->Type == *RC->Type)
        C.Type = LC->Type;
      // The merged column is the left one, the right one of a RIGHT JOIN,
      // and COALESCE of both for a FULL JOIN.
      if (J.JK == Join::JoinKind::Right && RC) {
        C = *RC;
        Qual = Right.Qualifiers[RK];
        Scanned = Right.ScannedBy[RK];
      } else if (J.JK != Join::JoinKind::Full && LC) {
        C = *LC;
        Qual = Left.Qualifiers[LK];
        Scanned = Left.ScannedBy[LK];
      }
      C.Name = U;
      Shape.Columns.push_back(std::move(C));
      I.Qualifiers.push_back(Qual);
      I.ScannedBy.push_back(Scanned);
    }
    for (RangeItem *Side : {&Left, &Right}) {
      const RelShape &SS = *Side->Shape;
      for (size_t K = 0; K < SS.Columns.size(); ++K) {
        if (!Merged.empty() && Merged.count(SS.Columns[K].Name))
          continue;
        Shape.Columns.push_back(SS.Columns[K]);
        I.Qualifiers.push_back(Side->Qualifiers[K]);
        I.ScannedBy.push_back(Side->ScannedBy[K]);
      }
      Shape.Open |= SS.Open;
    }
    I.Shape = makeShape(std::move(Shape));
    I.RelVisible = false;
    S.Items.push_back(std::move(I));
    size_t Idx = S.Items.size() - 1;
    bindExpr(J.Condition.get(), &S);
    return Idx;
  }
  default:
    // A query in FROM without a SubqueryScan.
    I.Name = "";
    I.Shape = makeShape(bindRel(R, &S));
    break;
  }
  S.Items.push_back(std::move(I));
  return S.Items.size() - 1;
}

//===----------------------------------------------------------------------===//
// Column references
//===----------------------------------------------------------------------===//

void Binder::Impl::problem(BindProblem::Kind K, Location L, std::string Name,
                           std::string Hint) {
  Cur->Problems.push_back({K, L, std::move(Name), std::move(Hint)});
}

void Binder::Impl::record(const ColumnRef &R, ColumnBinding B) {
  std::string Written = llvm::join(R.Path, ".");
  if (B.K == ColumnBinding::Kind::Unknown)
    problem(BindProblem::Kind::UnknownColumn, R.Loc, Written);
  else if (B.K == ColumnBinding::Kind::Ambiguous)
    problem(BindProblem::Kind::AmbiguousColumn, R.Loc, Written);
  Cur->Refs[&R] = std::move(B);
}

ColumnBinding Binder::Impl::lookupUnqualified(llvm::StringRef Name, Scope *S) {
  unsigned Depth = 0;
  for (Scope *Sc = S; Sc; Sc = Sc->Parent, ++Depth) {
    const BoundColumn *OutMatch = nullptr;
    if (Sc->Outputs && Sc->Use != Scope::OutputUse::None) {
      unsigned N = 0;
      for (const BoundColumn &C : *Sc->Outputs)
        if (C.Name == Name) {
          OutMatch = &C;
          ++N;
        }
      if (N > 1)
        OutMatch = nullptr; // ambiguous output names: leave it be
      if (OutMatch && Sc->Use == Scope::OutputUse::First) {
        ColumnBinding B = makeBinding(ColumnBinding::Kind::Output);
        B.Col = *OutMatch;
        return B;
      }
      if (N > 1)
        return makeBinding(ColumnBinding::Kind::Unknowable);
    }
    unsigned Matches = 0;
    bool Open = false, AnyTable = false;
    ColumnBinding Found = makeBinding(ColumnBinding::Kind::Column);
    Found.Depth = Depth;
    for (const RangeItem &I : Sc->Items) {
      AnyTable |= I.Scanned && llvm::isa<Table>(I.Scanned);
      if (!I.ColsVisible)
        continue;
      Open |= I.Shape->Open;
      const std::vector<BoundColumn> &Cols = I.Shape->Columns;
      for (size_t K = 0; K < Cols.size(); ++K)
        if (Cols[K].Name == Name) {
          ++Matches;
          Found.Col = Cols[K];
          Found.Scanned = K < I.ScannedBy.size() ? I.ScannedBy[K] : I.Scanned;
        }
    }
    if (Matches == 1)
      return Found;
    if (Matches > 1)
      return makeBinding(ColumnBinding::Kind::Ambiguous);
    if (Open)
      return makeBinding(ColumnBinding::Kind::Unknowable);
    if (OutMatch) {
      ColumnBinding B = makeBinding(ColumnBinding::Kind::Output);
      B.Col = *OutMatch;
      return B;
    }
    // A whole row: `SELECT t FROM t`.
    for (const RangeItem &I : Sc->Items)
      if (I.RelVisible && I.Name == Name) {
        ColumnBinding B = makeBinding(ColumnBinding::Kind::WholeRow);
        B.Depth = Depth;
        B.Scanned = I.Scanned;
        return B;
      }
    if (AnyTable && Rules.isSystemColumn(Name))
      return makeBinding(ColumnBinding::Kind::Unknowable);
  }
  return makeBinding(ColumnBinding::Kind::Unknown);
}

ColumnBinding Binder::Impl::lookup(const ColumnRef &R, Scope *S) {
  const std::vector<std::string> &P = R.Path;
  if (P.empty())
    return makeBinding(ColumnBinding::Kind::Unknowable);
  if (P.size() == 1)
    return lookupUnqualified(P[0], S);
  if (P.size() > 3)
    return makeBinding(ColumnBinding::Kind::Unknowable);
  // t.c or s.t.c: the FROM item first.
  llvm::StringRef Schema = P.size() == 3 ? llvm::StringRef(P[0]) : "";
  llvm::StringRef Rel = P[P.size() - 2], Col = P.back();
  llvm::StringRef Alias;
  unsigned Depth = 0;
  for (Scope *Sc = S; Sc; Sc = Sc->Parent, ++Depth) {
    for (const RangeItem &I : Sc->Items) {
      if (!I.RelVisible || I.Name != Rel) {
        if (I.HiddenTableName == Rel && Alias.empty())
          Alias = I.Name;
        continue;
      }
      if (!Schema.empty()) {
        std::string Actual =
            I.Scanned ? M.qualify(I.Scanned->getName()).Schema : I.Schema.str();
        if (I.Schema != Schema && Actual != Schema)
          continue;
      }
      unsigned Matches = 0;
      ColumnBinding Found = makeBinding(ColumnBinding::Kind::Column);
      Found.Depth = Depth;
      const std::vector<BoundColumn> &Cols = I.Shape->Columns;
      for (size_t K = 0; K < Cols.size(); ++K)
        if (Cols[K].Name == Col) {
          ++Matches;
          Found.Col = Cols[K];
          Found.Scanned = I.Scanned;
        }
      if (Matches == 1)
        return Found;
      if (Matches > 1)
        return makeBinding(ColumnBinding::Kind::Ambiguous);
      if (I.Shape->Open || (I.Scanned && llvm::isa<Table>(I.Scanned) &&
                            Rules.isSystemColumn(Col)))
        return makeBinding(ColumnBinding::Kind::Unknowable);
      return makeBinding(ColumnBinding::Kind::Unknown);
    }
  }
  // Not a FROM item: a field of a composite column (`c.f`, `t.c.f`).
  ColumnBinding Base = P.size() == 2
                           ? lookupUnqualified(P[0], S)
                           : makeBinding(ColumnBinding::Kind::Unknown);
  if (P.size() == 3 && Base.K == ColumnBinding::Kind::Unknown) {
    ColumnRef Inner(R.Loc, {P[0], P[1]});
    Base = lookup(Inner, S);
  }
  if (Base.K != ColumnBinding::Kind::Unknown)
    return makeBinding(ColumnBinding::Kind::Unknowable);
  if (P.size() == 3)
    return makeBinding(ColumnBinding::Kind::Unknowable);
  if (!Alias.empty())
    problem(BindProblem::Kind::InvalidFromEntry, R.Loc, Rel.str(), Alias.str());
  else
    problem(BindProblem::Kind::MissingFromEntry, R.Loc, Rel.str());
  return makeBinding(ColumnBinding::Kind::Unknowable);
}

std::vector<StarColumn> Binder::Impl::expandStar(const ColumnRef &R, Scope &S,
                                                 bool &Open) {
  std::vector<StarColumn> Cols;
  auto Add = [&](const RangeItem &I) {
    Open |= I.Shape->Open;
    const std::vector<BoundColumn> &Shape = I.Shape->Columns;
    Cols.reserve(Cols.size() + Shape.size());
    for (size_t K = 0; K < Shape.size(); ++K)
      Cols.push_back(
          {(K < I.Qualifiers.size() ? I.Qualifiers[K] : I.Name).str(), Shape[K],
           K < I.ScannedBy.size() ? I.ScannedBy[K] : I.Scanned});
  };
  if (R.Path.empty()) {
    for (const RangeItem &I : S.Items)
      if (I.ColsVisible)
        Add(I);
    return Cols;
  }
  ColumnRef Whole(R.Loc, R.Path);
  for (const RangeItem &I : S.Items)
    if (I.RelVisible && I.Name == R.Path.back()) {
      ColumnBinding B = makeBinding(ColumnBinding::Kind::WholeRow);
      B.Scanned = I.Scanned;
      Cur->Refs[&R] = B;
      Add(I);
      return Cols;
    }
  // An outer level's item, or a missing one.
  ColumnBinding B = lookup(Whole, S.Parent);
  Open = true;
  if (B.K == ColumnBinding::Kind::Unknown) {
    B = makeBinding(ColumnBinding::Kind::Unknowable);
    problem(BindProblem::Kind::MissingFromEntry, R.Loc, R.Path.back());
  }
  Cur->Refs[&R] = B;
  return Cols;
}

void Binder::Impl::bindExpr(const Expr *E, Scope *S) {
  if (!E)
    return;
  if (auto *R = llvm::dyn_cast<ColumnRef>(E)) {
    if (R->Star) {
      // `t.*` outside a select list: a whole row.
      ColumnBinding B = makeBinding(ColumnBinding::Kind::Unknowable);
      if (!R->Path.empty())
        if (const RangeItem *I = findItem(R->Path.back(), S)) {
          B = makeBinding(ColumnBinding::Kind::WholeRow);
          B.Scanned = I->Scanned;
        }
      Cur->Refs[R] = B;
      return;
    }
    record(*R, lookup(*R, S));
    return;
  }
  if (auto *Sub = llvm::dyn_cast<SubqueryExpr>(E)) {
    bindExpr(Sub->LHS.get(), S);
    if (Sub->Query) {
      RelShape Shape = bindRel(*Sub->Query, S);
      if (!Shape.Columns.empty())
        FirstColumnNames[Sub->Query.get()] = Shape.Columns.front().Name;
    }
    return;
  }
  forEachChild(
      const_cast<Expr &>(*E), [&](ExprPtr &C) { bindExpr(C.get(), S); },
      [&](RelPtr &Q) {
        if (Q)
          bindRel(*Q, S);
      });
}

//===----------------------------------------------------------------------===//
// Output names and types
//===----------------------------------------------------------------------===//

namespace {
/// PostgreSQL's FigureColnameInternal: a name and its strength (2: a
/// column's or function's name, 1: a type's or `case`, 0: none).
std::pair<std::string, int> figure(const Expr &E, const DialectRules &R) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef: {
    auto &C = llvm::cast<ColumnRef>(E);
    if (C.Star || C.Path.empty())
      return {"", 0};
    return {C.Path.back(), 2};
  }
  case Expr::Kind::FieldAccess: {
    auto &F = llvm::cast<FieldAccess>(E);
    if (F.Field == "*")
      return {"", 0};
    return {F.Field, 2};
  }
  case Expr::Kind::Subscript:
    if (auto *B = llvm::cast<Subscript>(E).Base.get())
      return figure(*B, R);
    return {"", 0};
  case Expr::Kind::FuncCall: {
    auto &F = llvm::cast<FuncCall>(E);
    if (F.Form == FuncCall::Syntax::Trim) {
      llvm::StringRef Spec = F.TrimSpec;
      return {Spec.equals_insensitive("leading")    ? "ltrim"
              : Spec.equals_insensitive("trailing") ? "rtrim"
                                                    : "btrim",
              2};
    }
    return {F.getFunctionName().lower(), 2};
  }
  case Expr::Kind::Cast: {
    auto &C = llvm::cast<Cast>(E);
    std::pair<std::string, int> Inner{"", 0};
    if (C.Operand)
      Inner = figure(*C.Operand, R);
    if (Inner.second <= 1)
      return {R.castColumnName(C.Type), 1};
    return Inner;
  }
  case Expr::Kind::CollateExpr:
    if (auto *O = llvm::cast<CollateExpr>(E).Operand.get())
      return figure(*O, R);
    return {"", 0};
  case Expr::Kind::Case:
    return {"case", 1};
  case Expr::Kind::ArrayExpr:
    return {"array", 2};
  case Expr::Kind::RowExpr:
    return {"row", 2};
  case Expr::Kind::SubqueryExpr: {
    auto &S = llvm::cast<SubqueryExpr>(E);
    if (S.SK == SubqueryExpr::SubKind::Exists)
      return {"exists", 2};
    if (S.SK == SubqueryExpr::SubKind::Array)
      return {"array", 2};
    return {"", 0};
  }
  case Expr::Kind::BinaryOp:
  case Expr::Kind::OpChain: {
    // A chain is named by its last operator, the outermost BinaryOp's.
    const auto *C = llvm::dyn_cast<OpChain>(&E);
    if (C && C->Links.empty())
      return {"", 0};
    llvm::StringRef N = R.operatorColumnName(C ? C->Links.back().Op
                                               : llvm::cast<BinaryOp>(E).Op);
    if (!N.empty())
      return {N.str(), 2};
    return {"", 0};
  }
  default:
    return {"", 0};
  }
}
} // namespace

std::string Binder::figureColumnName(const Expr &E, const DialectRules &R) {
  std::pair<std::string, int> N = figure(E, R);
  return N.second ? N.first : R.getUnnamedColumn().str();
}

std::optional<DataType> Binder::Impl::inferType(const Expr &E) {
  switch (E.getKind()) {
  case Expr::Kind::ColumnRef: {
    const ColumnBinding *B = Cur->lookup(llvm::cast<ColumnRef>(E));
    if (B && (B->K == ColumnBinding::Kind::Column ||
              B->K == ColumnBinding::Kind::Output))
      return B->Col.Type;
    return std::nullopt;
  }
  case Expr::Kind::Cast: {
    DataType T = llvm::cast<Cast>(E).Type;
    T.Serial = false;
    return T;
  }
  case Expr::Kind::CollateExpr:
    if (auto *O = llvm::cast<CollateExpr>(E).Operand.get())
      return inferType(*O);
    return std::nullopt;
  case Expr::Kind::IsTest:
    return DataType(TypeKind::Boolean);
  case Expr::Kind::FuncCall: {
    const DataType *T = getXmlFormType(llvm::cast<FuncCall>(E));
    if (!T)
      return std::nullopt;
    DataType R = *T;
    R.Serial = false;
    return R;
  }
  case Expr::Kind::Literal: {
    auto &L = llvm::cast<Literal>(E);
    switch (L.LK) {
    case Literal::LitKind::Boolean:
      return DataType(TypeKind::Boolean);
    case Literal::LitKind::Integer: {
      long long V = 0;
      if (llvm::StringRef(L.Value).getAsInteger(10, V))
        return DataType(TypeKind::Decimal);
      if (V >= INT32_MIN && V <= INT32_MAX)
        return DataType(TypeKind::Integer);
      return DataType(TypeKind::BigInt);
    }
    case Literal::LitKind::Numeric:
      return DataType(TypeKind::Decimal);
    case Literal::LitKind::String:
      return DataType(TypeKind::Text);
    default:
      return std::nullopt;
    }
  }
  default:
    return std::nullopt;
  }
}

//===----------------------------------------------------------------------===//
// Binder
//===----------------------------------------------------------------------===//

Binder::Binder(const Module &M) : P(std::make_unique<Impl>(M)) {}
Binder::~Binder() = default;

BindResult Binder::bindQuery(const Rel &Query) {
  BindResult R;
  P->Cur = &R;
  R.Output = P->bindRel(Query, nullptr);
  P->Cur = nullptr;
  return R;
}

BindResult Binder::bindView(const View &V) {
  BindResult R;
  if (!V.Query) {
    R.Output.Open = true;
    return R;
  }
  bool Fresh = P->InProgress.insert(&V).second;
  bool OuterCycle = std::exchange(P->MetCycle, false);
  P->Cur = &R;
  R.Output = P->bindRel(*V.Query, nullptr);
  P->Cur = nullptr;
  if (Fresh) {
    P->InProgress.erase(&V);
    // Views that scan V later take its shape from this binding instead of
    // binding its body again (the verifier binds every view: each body is
    // bound once). Not after a cycle, whose result depends on where it was
    // entered.
    if (!P->MetCycle && P->Ctes.empty())
      P->ViewShapes.try_emplace(&V, makeShape(P->viewShape(V, R.Output)));
  }
  P->MetCycle |= OuterCycle;
  for (size_t I = 0; I < V.ColumnNames.size() && I < R.Output.Columns.size();
       ++I)
    R.Output.Columns[I].Name = V.ColumnNames[I];
  return R;
}

BindResult Binder::bindTableExpr(const Table &T, const Expr &E) {
  BindResult R;
  P->Cur = &R;
  Scope S;
  RangeItem I;
  I.Name = T.getName().Name;
  I.Scanned = &T;
  I.Shape = P->tableShape(T, 0);
  S.Items.push_back(std::move(I));
  P->bindExpr(&E, &S);
  R.Output = *S.Items.front().Shape;
  P->Cur = nullptr;
  return R;
}

RelShape Binder::shapeOf(const Object &Relation) {
  return *P->shapeOf(Relation);
}
