//===- References.h - The names an object refers to ------------*- C++ -*-===//
//
// Part of schemac. forEachReference() reports every name reference an object
// holds: the relations that foreign keys, indexes, sequence owners,
// partitions, inheritance and view scans name; the types of columns,
// domains, sequences, casts and column definition lists; collations;
// operator classes; functions called in expressions; relations, types and
// functions named by regclass/regtype/regproc literals (nextval('s'),
// 's'::regclass); the schemas of OPERATOR(s.op); and the target (hard) and
// references (soft) of opaque objects.
//
// Each reference comes with its kind (what it names), its site (where it is
// held), its location, the name as written (unresolved; rewritable through
// setName()) and the context a consumer needs: the owning column,
// constraint, index element and expression or relation node. The schema
// editor (renames, DROP dependents, search path changes), the QualifyNames
// pass, the dependency graph and the verifier all read references through
// here, so a reference field added to the IR is added in one place.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_REFERENCES_H
#define SCHEMAC_IR_REFERENCES_H

#include "schemac/ir/Module.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>

namespace schemac {

/// What a reference names; decides which namespace it is resolved in.
enum class ReferenceKind {
#define SCHEMAC_REFERENCE_KIND(Kind, Name) Kind,
#include "schemac/ir/ReferenceKinds.def"
};

/// Where a reference is held.
enum class ReferenceSite {
#define SCHEMAC_REFERENCE_SITE(Site, Name) Site,
#include "schemac/ir/ReferenceKinds.def"
};

llvm::StringRef getReferenceKindName(ReferenceKind K);
llvm::StringRef getReferenceSiteName(ReferenceSite S);

/// One name reference. References are handed to a callback and are valid
/// only during the call; setName() writes through to the IR.
class Reference {
public:
  ReferenceKind Kind;
  ReferenceSite Site;
  /// Where the name is written: the node's location, else its owner's.
  Location Loc;
  /// The object holding the reference (null when walking a bare expression
  /// or query).
  Object *Owner = nullptr;
  /// The column whose type, collation, default, generated expression or
  /// identity holds the reference.
  Column *Col = nullptr;
  /// The owner table's constraint holding the reference, or -1.
  int ConstraintIndex = -1;
  /// The index element (of an index, exclusion constraint or partition key)
  /// holding the reference.
  IndexElement *Element = nullptr;
  /// The expression node holding the reference (Cast, FuncCall,
  /// CollateExpr, UnaryOp or BinaryOp), for expression sites.
  Expr *Node = nullptr;
  /// The relation node holding the reference (Scan, FunctionScan).
  Rel *RelNode = nullptr;
  /// For type sites: the type whose Name this is.
  DataType *Type = nullptr;

  /// The name as written: unresolved, possibly unqualified.
  const QualifiedName &getName() const {
    if (Stored)
      return *Stored;
    if (Path)
      computePathName();
    return Computed;
  }
  /// Rewrites the name where the IR holds it (a field, a type's name, the
  /// path of a call, the text of a literal, an operator's schema).
  void setName(const QualifiedName &N);
  /// The field holding the name where the IR stores it as a QualifiedName
  /// (relations, types, collations, operator classes, opaque targets and
  /// references), valid as long as the object; null for names inside calls,
  /// literals and operators.
  QualifiedName *getStorage() const { return Stored; }

  Reference(ReferenceKind K, ReferenceSite S, QualifiedName *Stored)
      : Kind(K), Site(S), Stored(Stored) {}
  Reference(ReferenceKind K, ReferenceSite S, QualifiedName Computed)
      : Kind(K), Site(S), Computed(std::move(Computed)) {}

  /// A call's name, computed from \p Path when asked for.
  Reference(ReferenceKind K, ReferenceSite S,
            const std::vector<std::string> *Path)
      : Kind(K), Site(S), Path(Path) {}

private:
  void computePathName() const;
  QualifiedName *Stored = nullptr;
  mutable const std::vector<std::string> *Path = nullptr;
  mutable QualifiedName Computed;
};

using ReferenceCallback = llvm::function_ref<void(Reference &)>;

/// Calls \p Fn on every reference \p O holds, in a fixed order: the
/// object's own fields (columns with their types, collations and
/// expressions; constraints; inheritance and partitioning; ...) with the
/// references of each expression in pre-order.
void forEachReference(Object &O, ReferenceCallback Fn);
/// The references inside one expression or query (Owner is null).
void forEachReference(Expr &E, ReferenceCallback Fn);
void forEachReference(Rel &R, ReferenceCallback Fn);

/// Read-only forms (the callback must not call setName()).
using ConstReferenceCallback = llvm::function_ref<void(const Reference &)>;
void forEachReference(const Object &O, ConstReferenceCallback Fn);
void forEachReference(const Expr &E, ConstReferenceCallback Fn);
void forEachReference(const Rel &R, ConstReferenceCallback Fn);

/// Like the read-only forEachReference(Object) and in the same walk, also
/// calls \p OnType on every type the object holds, built-in or not (column
/// and domain types, casts, function and table-function column types), with
/// the location of the site.
using ConstTypeCallback = llvm::function_ref<void(const DataType &, Location)>;
void forEachReference(const Object &O, ConstReferenceCallback Fn,
                      ConstTypeCallback OnType);

/// The object a reference resolves to in \p M, or null (opaque targets and
/// references: a relation, else a type, else a function).
Object *resolveReference(const Module &M, const Reference &R);

/// Splits the text of a regclass-style literal ('s.t', ' "My"."T" ') into
/// its one to three parts, folding unquoted parts to lower case; nullopt if
/// it is not a name.
std::optional<std::vector<std::string>> parseNameLiteral(llvm::StringRef Text);
/// An identifier as a name literal writes it: bare if it is lower case
/// letters, digits, '_' and '$' (not starting with a digit), else quoted.
std::string quoteNameLiteralPart(llvm::StringRef Ident);

} // namespace schemac

#endif // SCHEMAC_IR_REFERENCES_H
