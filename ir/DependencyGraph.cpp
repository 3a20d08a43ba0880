//===- DependencyGraph.cpp - Dependencies between schema objects ----------===//
//
// Part of schemac. See DependencyGraph.h for what the graph contains. Edges
// point from a node to what it needs and are kept in one flat list (with
// their kind); cycles are found by Boost's strong_components on an
// adjacency_list built from the live edges and broken edge class by edge
// class; the order comes from Kahn's algorithm with a min-heap keyed by
// module position.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/DependencyGraph.h"
#include "schemac/ir/DialectRules.h"
#include "schemac/ir/Module.h"
#include "schemac/ir/References.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

/// Why an edge exists; decides whether and when it may be dropped.
enum class EdgeKind {
  Hard,       ///< Always kept (unless in an unbreakable cycle).
  ForeignKey, ///< An inline foreign key; broken by making the FK separate.
  Soft,       ///< From an opaque object's References; may be dropped.
};

struct Edge {
  unsigned From, To; ///< From needs To.
  EdgeKind Kind;
  int FK; ///< For ForeignKey edges: index into Builder::FKs.
  bool Removed = false;
};

/// For strong_components only; built from the live edges.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

/// The strongly connected components of the live edges over \p N nodes:
/// Comp[v] is v's component. Returns the number of components.
int components(const std::vector<Edge> &Edges, size_t N,
               std::vector<int> &Comp) {
  Graph G(N);
  for (const Edge &E : Edges)
    if (!E.Removed)
      boost::add_edge(E.From, E.To, G);
  Comp.assign(N, 0);
  return boost::strong_components(
      G, boost::make_iterator_property_map(Comp.begin(),
                                           boost::get(boost::vertex_index, G)));
}

/// Sort key of a node: (rank, module position, sub-kind, index). Objects
/// (rank 1) come out in module order where dependencies allow; the pieces
/// emitted on their own (rank 0) come out as soon as what they need exists,
/// ordered by their object's position. That placement depends only on the
/// order of the objects, so emitting, reading back and emitting again gives
/// the same script.
/// Packed into 64 bits, compared as one number: rank (bit 63), position
/// (bits 62..24), sub-kind (bits 23..21), index (bits 20..0).
using NodeKey = uint64_t;
NodeKey makeKey(unsigned Rank, size_t Pos, unsigned Sub, unsigned Index) {
  return (uint64_t(Rank) << 63) | (uint64_t(Pos) << 24) |
         (uint64_t(Sub & 7) << 21) | (Index & 0x1fffff);
}
NodeKey objectKey(size_t Pos) { return makeKey(1, Pos, 0, 0); }
NodeKey pieceKey(size_t Pos, unsigned Sub, unsigned Index) {
  return makeKey(0, Pos, Sub, Index);
}
size_t keyPosition(NodeKey K) { return (K >> 24) & ((uint64_t(1) << 39) - 1); }

bool isFunctionDefinition(const Object &O) {
  return isa<OpaqueObject>(O) && getNamespace(O) == Namespace::Function;
}

} // namespace

//===----------------------------------------------------------------------===//
// Builder
//===----------------------------------------------------------------------===//

class DependencyGraph::Builder {
public:
  Builder(const Module &M, const DependencyGraphOptions &Opts,
          DependencyGraph &Result)
      : M(M), Opts(Opts), R(Result) {}

  void build();

private:
  struct FKInfo {
    Table *T;
    unsigned Index;
    Object *Ref = nullptr;
    Object *RefIndex = nullptr;
    int Node = -1; ///< Separate node, once the FK is separate.
  };

  unsigned addNode(DependencyNode N, NodeKey K) {
    Nodes.push_back(N);
    Keys.push_back(K);
    return Nodes.size() - 1;
  }
  void addEdge(unsigned From, unsigned To, EdgeKind K, int FK = -1) {
    if (From == To)
      return;
    // Duplicates are harmless (Kahn's algorithm counts them both ways) and
    // cheaper to keep than to look up.
    Edges.push_back({From, To, K, FK});
  }
  void needs(unsigned From, const Object *To, EdgeKind K = EdgeKind::Hard,
             int FK = -1) {
    if (!To)
      return;
    auto It = NodeOf.find(To);
    if (It != NodeOf.end())
      addEdge(From, It->second, K, FK);
  }

  // Name resolution.
  Object *resolveAny(const QualifiedName &N) const;
  const Index *findReferencedIndex(const Table &Ref, const Constraint &C) const;

  // Collecting what an object needs.
  void needsFunction(unsigned From, const QualifiedName &N);
  void needsSchema(unsigned From, const Object &O);
  void collect(unsigned From, Object &O);
  void collectReference(unsigned From, Object &O, const Reference &R);

  void makeSeparate(unsigned FK);
  bool breakCycles();
  void finishCycles();
  void sort();

  const Module &M;
  const DependencyGraphOptions &Opts;
  DependencyGraph &R;

  std::vector<Edge> Edges;
  std::vector<DependencyNode> Nodes;
  std::vector<NodeKey> Keys;
  llvm::DenseMap<const Object *, unsigned> NodeOf;
  std::vector<FKInfo> FKs;
  std::vector<Object *> DataStatements;
  /// A node (not emitted) that needs every data statement; separate foreign
  /// keys need it, which keeps the edge count linear.
  int DataBarrier = -1;
  /// Indexes per table, in module order.
  llvm::DenseMap<const Object *, std::vector<const Index *>> IndexesOf;
  /// Function-defining opaque objects (all overloads) by qualified name.
  llvm::StringMap<std::vector<Object *>> Functions;
  /// Unqualified names of the function-defining opaque objects.
  llvm::StringSet<> FunctionNames;
  /// Schemas the module creates (not implicit ones), by name.
  llvm::StringMap<Object *> CreatedSchemas;
  /// CREATE EXTENSION statements: a type the module does not define is
  /// assumed to be one of theirs (the verifier's warning), so what uses it
  /// comes after them.
  std::vector<Object *> Extensions;
  std::string DefaultSchema;
};

Object *DependencyGraph::Builder::resolveAny(const QualifiedName &N) const {
  if (N.empty())
    return nullptr;
  if (Object *O = M.lookupReferenced(N))
    return O;
  Object *O = M.lookup(Namespace::Other, N);
  return O && !isa<Setting>(O) ? O : nullptr;
}

const Index *
DependencyGraph::Builder::findReferencedIndex(const Table &Ref,
                                              const Constraint &C) const {
  // An empty column list references the primary key, always a constraint.
  if (C.RefColumns.empty())
    return nullptr;
  std::vector<std::string> Want = C.RefColumns;
  llvm::sort(Want);
  auto SameColumns = [&](std::vector<std::string> Cols) {
    llvm::sort(Cols);
    return Cols == Want;
  };
  for (const Constraint &K : Ref.Constraints)
    if (K.isKey() && SameColumns(K.Columns))
      return nullptr;
  auto It = IndexesOf.find(&Ref);
  if (It == IndexesOf.end())
    return nullptr;
  for (const Index *I : It->second) {
    if (!I->Unique || I->Where)
      continue;
    std::vector<std::string> Cols;
    bool Plain = true;
    for (const IndexElement &E : I->Elements) {
      Plain &= !E.isExpression();
      Cols.push_back(E.Column);
    }
    if (Plain && SameColumns(Cols))
      return I;
  }
  return nullptr;
}

void DependencyGraph::Builder::needsFunction(unsigned From,
                                             const QualifiedName &N) {
  Object *F = M.lookupFunction(N);
  if (!F)
    return;
  // Depend on every overload: the call may resolve to any of them.
  auto It = Functions.find(M.qualify(F->getName()).str());
  if (It == Functions.end()) {
    needs(From, F);
    return;
  }
  for (Object *O : It->second)
    needs(From, O);
}

void DependencyGraph::Builder::needsSchema(unsigned From, const Object &O) {
  if (CreatedSchemas.empty() || isa<SchemaDecl>(O) || isa<Setting>(O) ||
      O.getName().empty())
    return;
  llvm::StringRef Schema = O.getName().Schema;
  if (auto *I = dyn_cast<Index>(&O))
    if (Object *T = M.lookupRelation(I->Table))
      Schema = T->getName().Schema;
  if (Schema.empty())
    Schema = DefaultSchema;
  auto It = CreatedSchemas.find(Schema);
  if (It != CreatedSchemas.end())
    needs(From, It->second);
}

void DependencyGraph::Builder::collectReference(unsigned From, Object &O,
                                                const Reference &R) {
  const QualifiedName &N = R.getName();
  switch (R.Kind) {
  case ReferenceKind::Relation:
    switch (R.Site) {
    case ReferenceSite::ForeignKey: {
      // Inline or separate: decided once every object is collected.
      auto &T = cast<Table>(O);
      FKInfo FK{&T, unsigned(R.ConstraintIndex)};
      FK.Ref = M.lookupRelation(N);
      if (auto *RefT = dyn_cast_or_null<Table>(FK.Ref))
        FK.RefIndex = const_cast<Index *>(
            findReferencedIndex(*RefT, T.Constraints[R.ConstraintIndex]));
      FKs.push_back(FK);
      return;
    }
    case ReferenceSite::SequenceOwner:
      return; // a node of its own (build())
    case ReferenceSite::PartitionOf:
      // A partition attached later is attached by a node of its own.
      if (cast<Table>(O).AttachedLater)
        return;
      break;
    default:
      break;
    }
    needs(From, M.lookupRelation(N));
    return;
  case ReferenceKind::Type:
    if (Object *T = resolveReference(M, R)) {
      needs(From, T);
    } else if (R.Site != ReferenceSite::NameLiteral &&
               !getDialectRules(M.Dialect).isSystemSchema(N.Schema)) {
      for (Object *E : Extensions)
        if (E != &O)
          needs(From, E);
    }
    return;
  case ReferenceKind::Sequence:
  case ReferenceKind::Collation:
  case ReferenceKind::OperatorClass:
    needs(From, resolveReference(M, R));
    return;
  case ReferenceKind::Function:
    // Most calls are to built-in functions: look up only names the module
    // defines.
    if (R.Site != ReferenceSite::CallName || FunctionNames.contains(N.Name))
      needsFunction(From, N);
    return;
  case ReferenceKind::Schema:
    return; // OPERATOR(s.op): operators are not ordered
  case ReferenceKind::OpaqueTarget:
    needs(From, resolveAny(N));
    return;
  case ReferenceKind::OpaqueReference:
    needs(From, resolveAny(N), EdgeKind::Soft);
    return;
  }
}

void DependencyGraph::Builder::collect(unsigned From, Object &O) {
  needsSchema(From, O);
  // A DROP refers to what exists before it (DROP DATABASE IF EXISTS d;
  // CREATE DATABASE d): it must not move after a later definition.
  if (auto *Op = dyn_cast<OpaqueObject>(&O))
    if (llvm::StringRef(Op->ObjectType).startswith("drop"))
      return;
  forEachReference(O,
                   [&](const Reference &R) { collectReference(From, O, R); });
}

/// Turns foreign key \p FK into its own node, placed after both tables (and
/// after the data statements when asked).
void DependencyGraph::Builder::makeSeparate(unsigned FKIndex) {
  FKInfo &FK = FKs[FKIndex];
  if (FK.Node >= 0)
    return;
  unsigned Owner = NodeOf[FK.T];
  for (Edge &E : Edges)
    if (E.From == Owner && E.Kind == EdgeKind::ForeignKey &&
        E.FK == int(FKIndex))
      E.Removed = true;
  unsigned N = addNode({DependencyNode::Kind::ForeignKey, FK.T, FK.Index},
                       pieceKey(keyPosition(Keys[Owner]), 2, FK.Index));
  FK.Node = N;
  addEdge(N, Owner, EdgeKind::Hard);
  needs(N, FK.Ref);
  needs(N, FK.RefIndex);
  if (Opts.ForeignKeysAfterData && !DataStatements.empty()) {
    if (DataBarrier < 0) {
      DataBarrier = addNode(
          {DependencyNode::Kind::Object, nullptr, 0},
          pieceKey(keyPosition(Keys[NodeOf[DataStatements.back()]]), 3, 0));
      for (Object *D : DataStatements)
        needs(DataBarrier, D);
    }
    addEdge(N, DataBarrier, EdgeKind::Hard);
  }
  R.SeparateFKs.insert({FK.T, FK.Index});
}

/// One round of cycle breaking. Returns false when the graph is acyclic.
/// In each cyclic component, the first non-empty class of edges inside the
/// component is removed: foreign keys that point forward in the module,
/// then any foreign keys, then soft edges that point forward, then any soft
/// edges. A component without such edges is left to finishCycles().
bool DependencyGraph::Builder::breakCycles() {
  std::vector<int> Comp;
  int NumComps = components(Edges, Nodes.size(), Comp);
  std::vector<unsigned> Size(NumComps);
  for (int C : Comp)
    ++Size[C];
  if (llvm::all_of(Size, [](unsigned S) { return S < 2; }))
    return false;

  enum { FKForward, FKAny, SoftForward, SoftAny, None };
  auto ClassOf = [&](const Edge &E) {
    if (E.Removed || Comp[E.From] != Comp[E.To] || Size[Comp[E.From]] < 2)
      return int(None);
    bool Forward = Keys[E.To] > Keys[E.From];
    switch (E.Kind) {
    case EdgeKind::ForeignKey:
      return Forward ? int(FKForward) : int(FKAny);
    case EdgeKind::Soft:
      return Forward ? int(SoftForward) : int(SoftAny);
    case EdgeKind::Hard:
      return int(None);
    }
    return int(None);
  };
  // The cheapest breakable class per component.
  std::vector<int> Best(NumComps, None);
  for (const Edge &E : Edges) {
    int &B = Best[Comp[E.From]];
    B = std::min(B, ClassOf(E));
  }
  if (llvm::none_of(Best, [](int B) { return B != None; })) {
    finishCycles();
    return false;
  }
  std::vector<unsigned> ToSeparate;
  for (Edge &E : Edges) {
    int C = ClassOf(E);
    if (C == None || C != Best[Comp[E.From]])
      continue;
    if (E.Kind == EdgeKind::ForeignKey)
      ToSeparate.push_back(E.FK);
    else
      E.Removed = true;
  }
  llvm::sort(ToSeparate);
  for (unsigned FK : ToSeparate)
    makeSeparate(FK);
  return true;
}

/// Records the components that are still cyclic and removes the edges
/// inside them, so that their objects come out in module order.
void DependencyGraph::Builder::finishCycles() {
  std::vector<int> Comp;
  int NumComps = components(Edges, Nodes.size(), Comp);
  std::vector<std::vector<unsigned>> Members(NumComps);
  for (unsigned V = 0; V != Comp.size(); ++V)
    Members[Comp[V]].push_back(V);
  std::vector<std::vector<Object *>> Found;
  for (std::vector<unsigned> &C : Members) {
    if (C.size() < 2)
      continue;
    llvm::sort(C, [&](unsigned A, unsigned B) { return Keys[A] < Keys[B]; });
    std::vector<Object *> Objs;
    Objs.reserve(C.size());
    for (unsigned V : C)
      Objs.push_back(Nodes[V].Obj);
    Found.push_back(std::move(Objs));
  }
  llvm::sort(Found, [&](const auto &A, const auto &B) {
    return Keys[NodeOf[A.front()]] < Keys[NodeOf[B.front()]];
  });
  R.Cycles = std::move(Found);
  for (Edge &E : Edges)
    if (Comp[E.From] == Comp[E.To])
      E.Removed = true;
}

void DependencyGraph::Builder::sort() {
  size_t N = Nodes.size();
  // Who waits for each node, as one array indexed by offsets (CSR).
  std::vector<unsigned> Pending(N, 0), Offset(N + 1, 0);
  for (const Edge &E : Edges)
    if (!E.Removed) {
      ++Pending[E.From];
      ++Offset[E.To + 1];
    }
  for (size_t V = 0; V != N; ++V)
    Offset[V + 1] += Offset[V];
  std::vector<unsigned> Waiting(Offset[N]);
  std::vector<unsigned> Fill(Offset.begin(), Offset.end() - 1);
  for (const Edge &E : Edges)
    if (!E.Removed)
      Waiting[Fill[E.To]++] = E.From;

  using Item = std::pair<NodeKey, unsigned>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> Ready;
  for (unsigned V = 0; V != N; ++V)
    if (Pending[V] == 0)
      Ready.push({Keys[V], V});
  R.Order.reserve(N);
  while (!Ready.empty()) {
    unsigned V = Ready.top().second;
    Ready.pop();
    if (Nodes[V].Obj)
      R.Order.push_back(Nodes[V]);
    for (unsigned I = Offset[V]; I != Offset[V + 1]; ++I)
      if (--Pending[Waiting[I]] == 0)
        Ready.push({Keys[Waiting[I]], Waiting[I]});
  }
  assert(R.Order.size() == N - (DataBarrier >= 0) &&
         "cycles must have been removed");

  // Direct dependencies between objects (nodes 0..size-1), sorted, for
  // getDependencies().
  for (const Edge &E : Edges)
    if (!E.Removed && E.From < M.size() && E.To < M.size())
      R.ObjectDeps.push_back({E.From, E.To});
  llvm::sort(R.ObjectDeps);
  R.ObjectDeps.erase(std::unique(R.ObjectDeps.begin(), R.ObjectDeps.end()),
                     R.ObjectDeps.end());
}

void DependencyGraph::Builder::build() {
  const auto &Objs = M.objects();
  DefaultSchema = M.getDefaultSchema();
  // Object nodes first, so that node i is the object at module position i.
  for (size_t I = 0; I != Objs.size(); ++I) {
    Object *O = Objs[I].get();
    NodeOf[O] = addNode({DependencyNode::Kind::Object, O, 0}, objectKey(I));
    R.Objects.push_back(O);
    if (auto *Op = dyn_cast<OpaqueObject>(O)) {
      if (Op->IsData)
        DataStatements.push_back(O);
      if (Op->ObjectType == "extension")
        Extensions.push_back(O);
      if (isFunctionDefinition(*O)) {
        Functions[M.qualify(O->getName()).str()].push_back(O);
        FunctionNames.insert(O->getName().Name);
      }
    } else if (auto *Ix = dyn_cast<Index>(O)) {
      if (Object *T = M.lookupRelation(Ix->Table))
        IndexesOf[T].push_back(Ix);
    } else if (auto *S = dyn_cast<SchemaDecl>(O); S && !S->Implicit) {
      CreatedSchemas.try_emplace(S->getName().Name, O);
    }
  }
  for (size_t I = 0; I != Objs.size(); ++I)
    collect(I, *Objs[I]);

  // Pieces emitted on their own.
  for (size_t I = 0; I != Objs.size(); ++I) {
    Object *O = Objs[I].get();
    if (auto *S = dyn_cast<Sequence>(O); S && S->isOwned()) {
      unsigned N = addNode({DependencyNode::Kind::SequenceOwner, O, 0},
                           pieceKey(I, 1, 0));
      addEdge(N, I, EdgeKind::Hard);
      needs(N, M.lookupRelation(S->OwnedByTable));
    } else if (auto *T = dyn_cast<Table>(O);
               T && T->isPartition() && T->AttachedLater) {
      unsigned N = addNode({DependencyNode::Kind::AttachPartition, O, 0},
                           pieceKey(I, 1, 0));
      addEdge(N, I, EdgeKind::Hard);
      needs(N, M.lookupRelation(T->PartitionOf));
    }
  }

  // Foreign keys: inline edges, or separate nodes from the start.
  bool AllSeparate = Opts.ForeignKeysAfterData && !DataStatements.empty();
  for (unsigned I = 0; I != FKs.size(); ++I) {
    FKInfo &FK = FKs[I];
    const Constraint &C = FK.T->Constraints[FK.Index];
    if (AllSeparate || C.NotValid) {
      makeSeparate(I);
      continue;
    }
    unsigned Owner = NodeOf[FK.T];
    needs(Owner, FK.Ref, EdgeKind::ForeignKey, I);
    needs(Owner, FK.RefIndex, EdgeKind::ForeignKey, I);
  }

  while (breakCycles()) {
  }
  sort();
}

//===----------------------------------------------------------------------===//
// DependencyGraph
//===----------------------------------------------------------------------===//

DependencyGraph::DependencyGraph(const Module &M,
                                 const DependencyGraphOptions &Opts) {
  Builder(M, Opts, *this).build();
}

DependencyGraph::~DependencyGraph() = default;

std::vector<Object *> DependencyGraph::getObjectOrder() const {
  std::vector<Object *> R;
  R.reserve(Objects.size());
  for (const DependencyNode &N : Order)
    if (N.K == DependencyNode::Kind::Object)
      R.push_back(N.Obj);
  return R;
}

bool DependencyGraph::isSeparateForeignKey(const Table &T,
                                           unsigned ConstraintIndex) const {
  return SeparateFKs.contains({&T, ConstraintIndex});
}

std::vector<Object *> DependencyGraph::getDependencies(const Object &O) const {
  std::vector<Object *> R;
  auto It = llvm::find(Objects, &O);
  if (It == Objects.end())
    return R;
  unsigned U = It - Objects.begin();
  auto Range = std::equal_range(
      ObjectDeps.begin(), ObjectDeps.end(), std::make_pair(U, 0u),
      [](const auto &A, const auto &B) { return A.first < B.first; });
  for (auto D = Range.first; D != Range.second; ++D)
    R.push_back(Objects[D->second]);
  return R;
}

static std::string describe(const Object &O) {
  if (O.getName().empty())
    return (O.getDescription() + " statement").str();
  return (O.getDescription() + " '" + O.getName().str() + "'").str();
}

void DependencyGraph::reportCycles(DiagnosticEngine &Diags) const {
  for (const std::vector<Object *> &C : Cycles) {
    std::string Names;
    for (const Object *O : C) {
      if (!Names.empty())
        Names += ", ";
      Names += describe(*O);
    }
    Diags.report(C.front()->Loc, DiagID::warn_dependency_cycle) << Names;
  }
}
