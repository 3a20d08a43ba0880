//===- PostgresModuleBuilder.h - Apply statements to a module --*- C++ -*-===//
//
// Part of schemac. Applies lowered statements to the module in source order,
// on one thread: creates objects (checking for duplicates), applies ALTER
// actions, comments and drops to the objects they name (resolving names
// through the module's search path), and keeps the IR consistent the way
// PostgreSQL's catalog would: a renamed table or column is renamed in the
// foreign keys, indexes, sequences and views that refer to it; DROP ...
// CASCADE removes what depends on the object, RESTRICT refuses to.
//
// Semantic errors point at the name in the statement. Statements that turn
// out to act on something the IR does not model (an ALTER TABLE with an
// action such as CLUSTER ON, a COMMENT on a composite type) are kept whole
// as opaque objects.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESMODULEBUILDER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESMODULEBUILDER_H

#include "PostgresStatement.h"

#include "schemac/ir/Module.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace schemac {
namespace pg {

class PostgresModuleBuilder {
public:
  PostgresModuleBuilder(Module &M, DiagnosticEngine &Diags, uint32_t File,
                        llvm::StringRef Buffer);

  /// Applies one statement (emitting its buffered diagnostics first).
  void apply(LoweredStatement &S);
  /// Resolves the names opaque objects mention into their References and
  /// drops References that no longer resolve.
  void finish();

  /// Number of errors reported by apply().
  unsigned getNumErrors() const { return NumErrors; }

private:
  // Reporting.
  DiagnosticEngine::Builder report(Location L, DiagID ID);
  void reportDuplicate(Location L, llvm::StringRef Kind,
                       const QualifiedName &Name, const Object *Prev);
  void reportUnknown(Location L, llvm::StringRef Kind,
                     const QualifiedName &Name);

  // Statements.
  void applyCreate(LoweredStatement &S);
  void applyCreateTable(LoweredStatement &S, std::unique_ptr<Table> T);
  void applyAlter(LoweredStatement &S);
  void applyAlterTable(LoweredStatement &S, Table &T);
  void applyAlterRelation(LoweredStatement &S, Object &O);
  void applyAlterSequence(LoweredStatement &S, Sequence &Seq);
  void applyAlterEnum(LoweredStatement &S, EnumType &E);
  void applyAlterDomain(LoweredStatement &S, Domain &D);
  void applyAlterSchema(LoweredStatement &S);
  /// ALTER TYPE/DOMAIN ... RENAME TO / SET SCHEMA.
  bool renameType(Object &T, const AlterCmd &C);
  void applyComment(LoweredStatement &S);
  void applyDrop(LoweredStatement &S);
  void applyDropOpaque(LoweredStatement &S);
  void applySetting(LoweredStatement &S);
  /// SET search_path: names that were unqualified keep their meaning.
  void changeSearchPath(std::vector<std::string> Path);
  /// Qualifies the unqualified names and references of the objects created
  /// or altered since the last call (Pending) with \p Old, the schema they
  /// were created in.
  void qualifyUnqualifiedNames(const std::string &Old);
  /// Notes the existing objects \p S may give an unqualified reference.
  void notePossiblyUnqualified(const LoweredStatement &S);
  /// Objects created or altered under a non-empty search_path since the
  /// last qualifyUnqualifiedNames(); QualifyAll: every object (at first,
  /// since earlier inputs may have left unqualified names).
  llvm::DenseSet<Object *> Pending;
  bool QualifyAll = true;
  bool EmptySearchPath = false;
  void keepOpaque(LoweredStatement &S, llvm::StringRef Why,
                  DiagID Warning = DiagID::warn_opaque_statement);
  Object *append(ObjectPtr O);

  // Table actions.
  bool addColumn(Table &T, AlterCmd &C);
  bool addConstraint(Table &T, Constraint K, Location L);
  bool addConstraintUsingIndex(Table &T, AlterCmd &C);
  bool dropColumn(Table &T, AlterCmd &C);
  /// ALTER COLUMN actions.
  bool alterColumn(Table &T, AlterCmd &C);
  bool dropConstraint(Table &T, AlterCmd &C);
  bool renameColumn(Table &T, const std::string &Old, const std::string &New,
                    Location L);
  bool attachPartition(Table &Parent, AlterCmd &C);

  // Names and references.
  Object *lookupRelation(const QualifiedName &N) const {
    return M.lookupRelation(N);
  }
  /// The schema \p O's name lives in.
  std::string schemaOf(const Object &O) const;
  /// Calls \p Fn on every name in the module that refers to a relation or
  /// type (foreign keys, index tables, view scans, column types, casts, ...).
  void
  forEachNameRef(llvm::function_ref<void(QualifiedName &, bool IsType)> Fn);
  void
  forEachNameRefIn(Object &O,
                   llvm::function_ref<void(QualifiedName &, bool IsType)> Fn);
  void renameObject(Object &O, QualifiedName NewName);
  bool columnExists(const Table &T, llvm::StringRef Column) const;
  Column *findColumn(Table &T, llvm::StringRef Column);

  // DROP.
  struct Dependent {
    Object *O; ///< The dependent object (or the table owning the part).
    Constraint *Con = nullptr; ///< A foreign key of another table.
    std::string Column;        ///< A column whose type or default depends.
    bool Auto = false; ///< Dropped with the object even without CASCADE.
  };
  std::vector<Dependent> findDependents(Object &O);
  bool dropObject(Object &O, bool Cascade, Location L);
  void removeObject(Object *O);

  Module &M;
  DiagnosticEngine &Diags;
  uint32_t File;
  llvm::StringRef Buffer;
  unsigned NumErrors = 0;
  /// Opaque objects of this input and the names their text mentions.
  llvm::DenseMap<OpaqueObject *, std::vector<QualifiedName>> Candidates;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESMODULEBUILDER_H
