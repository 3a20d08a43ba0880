//===- Module.cpp - The root of the schema IR -----------------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/Module.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSwitch.h"

#include <algorithm>
#include <cassert>

using namespace schemac;

Namespace schemac::getNamespace(const Object &O) {
  switch (O.getKind()) {
  case Object::Kind::Table:
  case Object::Kind::View:
  case Object::Kind::Sequence:
  case Object::Kind::Index:
    return Namespace::Relation;
  case Object::Kind::EnumType:
  case Object::Kind::Domain:
    return Namespace::Type;
  case Object::Kind::SchemaDecl:
    return Namespace::Schema;
  case Object::Kind::Setting:
    return Namespace::Other;
  case Object::Kind::OpaqueObject:
    return llvm::StringSwitch<Namespace>(llvm::cast<OpaqueObject>(O).ObjectType)
        .Cases("function", "procedure", "aggregate", Namespace::Function)
        .Cases("type", "composite type", "range type", "base type",
               Namespace::Type)
        .Cases("foreign table", "table", "view", "materialized view",
               Namespace::Relation)
        .Default(Namespace::Other);
  }
  return Namespace::Other;
}

Module::Module(Context &Ctx, std::string Name)
    : Name(std::move(Name)), Ctx(&Ctx) {}
Module::~Module() = default;

void Module::setSearchPath(std::vector<std::string> Path) {
  // The index keys unqualified names by DefaultSchemaKey, not by the
  // default schema, so it stays valid.
  SearchPath = std::move(Path);
}

/// The default schema of \p SearchPath, without a copy.
static llvm::StringRef defaultSchemaOf(const std::vector<std::string> &Path) {
  for (const std::string &S : Path)
    if (!S.empty() && S != "$user" && S != "pg_catalog" && S != "pg_temp")
      return S;
  return "public";
}

std::string Module::getDefaultSchema() const {
  return defaultSchemaOf(SearchPath).str();
}

QualifiedName Module::qualify(const QualifiedName &N) const {
  if (N.isQualified())
    return N;
  return QualifiedName(getDefaultSchema(), N.Name);
}

/// The schema part of the index entry of an unqualified name: it means the
/// default schema, whatever that is when it is looked up.
static constexpr llvm::StringLiteral DefaultSchemaKey("\x01");

/// The schema part of the index entry of \p N in \p NS.
static llvm::StringRef indexSchema(Namespace NS, const QualifiedName &N) {
  if (NS == Namespace::Schema)
    return llvm::StringRef();
  return N.isQualified() ? llvm::StringRef(N.Schema)
                         : llvm::StringRef(DefaultSchemaKey);
}

template <typename EntryT>
static EntryT *findEntry(llvm::MutableArrayRef<EntryT> Entries, Namespace NS,
                         llvm::StringRef Schema) {
  for (EntryT &E : Entries)
    if (E.NS == NS && E.Schema == Schema)
      return &E;
  return nullptr;
}

void Module::addToIndex(Object *O) {
  const QualifiedName &N = O->getName();
  if (N.empty())
    return;
  // The first definition wins, like the database would (a second one is an
  // error the frontend or the verifier reports; overloaded functions share
  // a name legitimately).
  Namespace NS = getNamespace(*O);
  llvm::StringRef Schema = indexSchema(NS, N);
  llvm::SmallVector<IndexEntry, 1> &Entries = NameIndex[N.Name];
  if (IndexEntry *E = findEntry<IndexEntry>(Entries, NS, Schema)) {
    E->Shadowed = true;
    return;
  }
  Entries.push_back({NS, false, Schema.str(), O});
}

void Module::removeFromIndex(Object *O) {
  const QualifiedName &N = O->getName();
  if (IndexDirty || N.empty())
    return;
  auto It = NameIndex.find(N.Name);
  if (It == NameIndex.end())
    return;
  Namespace NS = getNamespace(*O);
  IndexEntry *E = findEntry<IndexEntry>(It->second, NS, indexSchema(NS, N));
  if (!E)
    return;
  // Another object of the same name would take its place: only a rebuild
  // knows which comes first.
  if (E->Shadowed) {
    IndexDirty = true;
    return;
  }
  if (E->O == O)
    It->second.erase(E);
}

void Module::addToIndexAnywhere(Object *O) {
  const QualifiedName &N = O->getName();
  if (IndexDirty || N.empty())
    return;
  // Not at the end: if the name is taken, which one is first depends on
  // the positions; let a rebuild decide.
  Namespace NS = getNamespace(*O);
  llvm::StringRef Schema = indexSchema(NS, N);
  llvm::SmallVector<IndexEntry, 1> &Entries = NameIndex[N.Name];
  if (findEntry<IndexEntry>(Entries, NS, Schema))
    IndexDirty = true;
  else
    Entries.push_back({NS, false, Schema.str(), O});
}

void Module::rebuildIndex() const {
  NameIndex.clear();
  for (const ObjectPtr &O : Objects)
    const_cast<Module *>(this)->addToIndex(O.get());
  IndexDirty = false;
}

/// A table's lists mostly stop growing when it enters the module: the spare
/// capacity of lists grown by doubling (up to half their memory) goes back.
static void trimCapacity(Object *O) {
  if (auto *T = llvm::dyn_cast<Table>(O)) {
    T->Columns.shrink_to_fit();
    T->Constraints.shrink_to_fit();
  }
}

void Module::appendImpl(ObjectPtr O) {
  Object *Raw = O.get();
  trimCapacity(Raw);
  Objects.push_back(std::move(O));
  if (!IndexDirty)
    addToIndex(Raw);
}

Object *Module::insert(size_t Pos, ObjectPtr O) {
  assert(Pos <= Objects.size() && "insert position out of range");
  Object *Raw = O.get();
  trimCapacity(Raw);
  Objects.insert(Objects.begin() + Pos, std::move(O));
  addToIndexAnywhere(Raw);
  return Raw;
}

ObjectPtr Module::remove(Object *O) {
  auto It = std::find_if(Objects.begin(), Objects.end(),
                         [&](const ObjectPtr &P) { return P.get() == O; });
  if (It == Objects.end())
    return nullptr;
  removeFromIndex(O);
  ObjectPtr Owned = std::move(*It);
  Objects.erase(It);
  return Owned;
}

void Module::rename(Object *O, QualifiedName NewName) {
  removeFromIndex(O);
  O->Name = std::move(NewName);
  addToIndexAnywhere(O);
}

void Module::reorder(const std::vector<Object *> &NewOrder) {
  assert(NewOrder.size() == Objects.size() && "not a permutation");
  std::vector<ObjectPtr> Old = std::move(Objects);
  llvm::DenseMap<Object *, size_t> Pos;
  for (size_t I = 0; I != Old.size(); ++I)
    Pos[Old[I].get()] = I;
  Objects.clear();
  Objects.reserve(Old.size());
  for (Object *O : NewOrder) {
    auto It = Pos.find(O);
    assert(It != Pos.end() && Old[It->second] && "not a permutation");
    Objects.push_back(std::move(Old[It->second]));
  }
  IndexDirty = true;
}

size_t Module::indexOf(const Object *O) const {
  for (size_t I = 0; I != Objects.size(); ++I)
    if (Objects[I].get() == O)
      return I;
  return Objects.size();
}

Object *Module::lookup(Namespace NS, const QualifiedName &N) const {
  if (IndexDirty)
    rebuildIndex();
  // One probe by the unqualified name: most names looked up in SQL text
  // (function bodies, view columns) are no object at all.
  auto It = NameIndex.find(N.Name);
  if (It == NameIndex.end())
    return nullptr;
  llvm::ArrayRef<IndexEntry> Entries = It->second;
  auto Get = [&](llvm::StringRef Schema) -> Object * {
    for (const IndexEntry &E : Entries)
      if (E.NS == NS && E.Schema == Schema)
        return E.O;
    return nullptr;
  };
  if (NS == Namespace::Schema)
    return Get("");
  // Unqualified objects are in the default schema.
  llvm::StringRef Default = defaultSchemaOf(SearchPath);
  auto Find = [&](llvm::StringRef Schema) -> Object * {
    if (Object *O = Get(Schema))
      return O;
    return Schema == Default ? Get(DefaultSchemaKey) : nullptr;
  };
  if (N.isQualified())
    return Find(N.Schema);
  bool TriedDefault = false;
  for (const std::string &S : SearchPath) {
    if (S.empty() || S == "$user")
      continue;
    if (Object *O = Find(S))
      return O;
    TriedDefault |= S == Default;
  }
  return TriedDefault ? nullptr : Find(Default);
}

Table *Module::lookupTable(const QualifiedName &N) const {
  return llvm::dyn_cast_or_null<Table>(lookupRelation(N));
}
View *Module::lookupView(const QualifiedName &N) const {
  return llvm::dyn_cast_or_null<View>(lookupRelation(N));
}
Sequence *Module::lookupSequence(const QualifiedName &N) const {
  return llvm::dyn_cast_or_null<Sequence>(lookupRelation(N));
}
Index *Module::lookupIndex(const QualifiedName &N) const {
  return llvm::dyn_cast_or_null<Index>(lookupRelation(N));
}
SchemaDecl *Module::lookupSchema(llvm::StringRef SchemaName) const {
  return llvm::dyn_cast_or_null<SchemaDecl>(
      lookup(Namespace::Schema, QualifiedName(SchemaName.str())));
}

Object *Module::lookupType(const QualifiedName &N) const {
  if (Object *O = lookup(Namespace::Type, N))
    return O;
  Object *R = lookupRelation(N);
  if (R &&
      (llvm::isa<Table>(R) || llvm::isa<View>(R) || llvm::isa<OpaqueObject>(R)))
    return R;
  return nullptr;
}

Object *Module::lookupFunction(const QualifiedName &N) const {
  return lookup(Namespace::Function, N);
}

Object *Module::lookupReferenced(const QualifiedName &N) const {
  if (N.empty())
    return nullptr;
  if (Object *O = lookupRelation(N))
    return O;
  // lookupType() without its second look-up of the relation.
  if (Object *O = lookup(Namespace::Type, N))
    return O;
  if (Object *O = lookupFunction(N))
    return O;
  if (!N.isQualified())
    return lookupSchema(N.Name);
  return nullptr;
}

std::vector<Index *> Module::getIndexes(const Table &T) const {
  std::vector<Index *> R;
  for (const ObjectPtr &O : Objects)
    if (auto *I = llvm::dyn_cast<Index>(O.get()))
      if (lookupTable(I->Table) == &T)
        R.push_back(I);
  return R;
}

std::unique_ptr<Module> Module::clone() const {
  auto M = std::make_unique<Module>(*Ctx, Name);
  M->Dialect = Dialect;
  M->SearchPath = SearchPath;
  for (const ObjectPtr &O : Objects)
    M->appendImpl(O->clone());
  return M;
}
