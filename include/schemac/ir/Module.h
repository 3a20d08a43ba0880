//===- Module.h - The root of the schema IR --------------------*- C++ -*-===//
//
// Part of schemac. A Module is a catalog: an ordered list of top-level
// objects (in source order) plus the dialect they came from and the search
// path used to resolve unqualified names. It keeps a name index per
// namespace, so objects are added, removed and renamed through the module.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_MODULE_H
#define SCHEMAC_IR_MODULE_H

#include "schemac/ir/Domain.h"
#include "schemac/ir/EnumType.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/OpaqueObject.h"
#include "schemac/ir/SchemaDecl.h"
#include "schemac/ir/Sequence.h"
#include "schemac/ir/Setting.h"
#include "schemac/ir/Table.h"
#include "schemac/ir/View.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <memory>
#include <string>
#include <vector>

namespace schemac {

class Context;

/// The namespaces names live in (PostgreSQL's model: relations share one
/// namespace per schema; types and functions have their own).
enum class Namespace { Relation, Type, Function, Schema, Other };

/// The namespace an object's name is declared in. Tables and views also
/// declare a row type; lookupType() finds them.
Namespace getNamespace(const Object &O);

class Module {
public:
  explicit Module(Context &Ctx, std::string Name = "");
  Module(const Module &) = delete;
  Module &operator=(const Module &) = delete;
  ~Module();

  Context &getContext() const { return *Ctx; }

  /// A label for the module (usually the first input file name).
  std::string Name;
  /// Dialect the module's source was written in ("postgres", ...).
  std::string Dialect = "postgres";

  //===--- Objects --------------------------------------------------------===//
  const std::vector<ObjectPtr> &objects() const { return Objects; }
  size_t size() const { return Objects.size(); }
  bool empty() const { return Objects.empty(); }

  /// Appends \p O and returns it.
  template <typename T> T *append(std::unique_ptr<T> O) {
    T *Raw = O.get();
    appendImpl(ObjectPtr(std::move(O)));
    return Raw;
  }
  /// Inserts \p O before position \p Pos.
  Object *insert(size_t Pos, ObjectPtr O);
  /// Removes \p O from the module and returns it.
  ObjectPtr remove(Object *O);
  /// Renames \p O, keeping the name index valid.
  void rename(Object *O, QualifiedName NewName);
  /// Reorders the objects; \p NewOrder must be a permutation of objects().
  void reorder(const std::vector<Object *> &NewOrder);
  /// Position of \p O in objects(), or size() if absent. O(n).
  size_t indexOf(const Object *O) const;

  /// All objects of class T, in order.
  template <typename T> std::vector<T *> getObjects() const {
    std::vector<T *> R;
    for (const ObjectPtr &O : Objects)
      if (auto *X = llvm::dyn_cast<T>(O.get()))
        R.push_back(X);
    return R;
  }

  //===--- Names ----------------------------------------------------------===//
  /// Schemas searched for unqualified names, in order ("$user" and
  /// "pg_catalog" are skipped when choosing the default schema).
  const std::vector<std::string> &getSearchPath() const { return SearchPath; }
  void setSearchPath(std::vector<std::string> Path);
  /// The schema unqualified names are created in.
  std::string getDefaultSchema() const;
  /// \p N with its schema filled in from the default schema if empty.
  QualifiedName qualify(const QualifiedName &N) const;

  /// Finds an object by name in a namespace; unqualified names are looked up
  /// along the search path. Returns null if not found.
  Object *lookup(Namespace NS, const QualifiedName &N) const;
  /// Relations: tables, views, sequences, indexes, relation-like opaques.
  Object *lookupRelation(const QualifiedName &N) const {
    return lookup(Namespace::Relation, N);
  }
  Table *lookupTable(const QualifiedName &N) const;
  View *lookupView(const QualifiedName &N) const;
  Sequence *lookupSequence(const QualifiedName &N) const;
  Index *lookupIndex(const QualifiedName &N) const;
  SchemaDecl *lookupSchema(llvm::StringRef Name) const;
  /// Types: enums, domains, type-defining opaque objects, and the row types
  /// of tables and views.
  Object *lookupType(const QualifiedName &N) const;
  /// Functions: function-defining opaque objects.
  Object *lookupFunction(const QualifiedName &N) const;
  /// What a name found in SQL text most likely means: a relation, else a
  /// type, else a function, else (unqualified) a schema.
  Object *lookupReferenced(const QualifiedName &N) const;

  /// Indexes whose table resolves to \p T, in order.
  std::vector<Index *> getIndexes(const Table &T) const;

  /// Deep copy into a new module of the same context.
  std::unique_ptr<Module> clone() const;

private:
  void appendImpl(ObjectPtr O);
  void addToIndex(Object *O);
  void removeFromIndex(Object *O);
  void addToIndexAnywhere(Object *O);
  void rebuildIndex() const;

  Context *Ctx;
  std::vector<std::string> SearchPath = {"public"};
  std::vector<ObjectPtr> Objects;
  /// An indexed object: its namespace and the schema part of its name
  /// (empty for schemas, "\x01" for an unqualified name: the default
  /// schema, whatever that is when it is looked up). Only the first of
  /// objects with the same entry is indexed, like the database would;
  /// Shadowed says a later one exists, so that removing or renaming the
  /// first needs a rebuild to find the next.
  struct IndexEntry {
    Namespace NS;
    bool Shadowed = false;
    std::string Schema;
    Object *O = nullptr;
  };
  /// By the objects' unqualified names (a name keeps its key when its
  /// entries are removed): a name has few entries, and a look-up of a name
  /// that no object has, the most common one from SQL text, is one probe.
  mutable llvm::StringMap<llvm::SmallVector<IndexEntry, 1>> NameIndex;
  mutable bool IndexDirty = false;
};

} // namespace schemac

#endif // SCHEMAC_IR_MODULE_H
