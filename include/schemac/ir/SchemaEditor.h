//===- SchemaEditor.h - Apply schema changes to a module -------*- C++ -*-===//
//
// Part of schemac. The SchemaEditor applies SchemaChanges to a Module, one
// at a time and in order, the way a database applies DDL to its catalog:
//
//   - creates objects, checking for duplicates and for the objects they
//     need (a LIKE source, an index's table, a partition's parent, ...);
//   - alters them action by action;
//   - renames them and keeps what refers to them consistent: a renamed
//     table or column is renamed in the foreign keys, indexes, sequences
//     and views that refer to it;
//   - drops them; without CASCADE, objects that depend on them make the
//     drop fail, with CASCADE they go too (and the parts of other objects
//     that depend on them: foreign keys, columns, defaults);
//   - sets comments; keeps settings and opaque statements; moves where
//     unqualified names resolve (through a NameResolver), first qualifying
//     the names that meant the old schema so that every name keeps its
//     meaning.
//
// Each change is atomic: it is applied whole, or it fails with an error
// diagnostic (pointing at the name in the change) and leaves the module
// exactly as it was. A change the IR cannot express (an action on an
// opaque object, a comment on a built-in type) is reported back as
// NotModelled, without touching the module, so that the caller can keep
// the statement it came from as an opaque object.
//
// The editor is neutral: what depends on the dialect goes through
// NameResolver (name resolution) and EditorRules (everything else).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SCHEMAEDITOR_H
#define SCHEMAC_IR_SCHEMAEDITOR_H

#include "schemac/ir/SchemaChange.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <memory>

namespace schemac {

class DiagnosticEngine;
class NameResolver;

/// The dialect-dependent choices of the editor other than name resolution.
class EditorRules {
public:
  virtual ~EditorRules();
  /// Whether \p Name is taken in the schema of the object being named: as
  /// a relation name (\p Relation: tables, indexes, sequences, ...) or as
  /// a constraint name.
  using NameTaken =
      llvm::function_ref<bool(llvm::StringRef Name, bool Relation)>;
  /// The name the database gives unnamed constraint \p C when it adds it to
  /// \p T, one \p Taken says is free.
  virtual std::string nameConstraint(const Table &T, const Constraint &C,
                                     NameTaken Taken) const = 0;
  /// The name the database gives unnamed index \p I of table \p Table.
  virtual std::string nameIndex(llvm::StringRef Table, const Index &I,
                                NameTaken Taken) const = 0;
  /// The name of the sequence serial or identity column \p Column of table
  /// \p Table creates.
  virtual std::string nameImplicitSequence(llvm::StringRef Table,
                                           llvm::StringRef Column,
                                           NameTaken Taken) const = 0;
  /// The name the database gives an unnamed check of domain \p Domain.
  virtual std::string nameDomainCheck(llvm::StringRef Domain,
                                      NameTaken Taken) const = 0;
  /// Makes serial column \p C of \p T explicit: returns the sequence
  /// \p Name it stands for (owned by the column) and gives \p C the default
  /// and NOT NULL it implies.
  virtual std::unique_ptr<Sequence>
  makeSerialExplicit(const Table &T, Column &C,
                     const QualifiedName &Name) const = 0;
  /// Whether DROP COLUMN refuses a column that a key, an index, a foreign
  /// key or a CHECK of other columns uses (SQLite), where PostgreSQL drops
  /// those with it.
  virtual bool dropColumnRefusesKeysAndIndexes() const { return false; }
  /// Whether a primary key, unique or exclusion constraint makes an index
  /// of its name among the schema's relations (PostgreSQL); otherwise
  /// constraint names are the table's own (SQLite).
  virtual bool constraintNamesAreRelations() const { return true; }
  /// Whether schema \p Name exists in every database without being created
  /// (what a script says about it is recorded in an implicit SchemaDecl).
  virtual bool isPredefinedSchema(llvm::StringRef Name) const = 0;
  /// Whether schema \p Name exists in every database and holds the
  /// dialect's built-in objects (no script creates objects there unless it
  /// is predefined too).
  virtual bool isSystemSchema(llvm::StringRef Name) const = 0;
  /// Gives column \p C, whose type ALTER COLUMN TYPE is about to change,
  /// the default the database keeps for it. \p Stored is the type the old
  /// default's value has (a domain's base type). The default: the default
  /// is kept as written, and means what it says under the new type.
  virtual void retypeDefault(Column &C, const DataType &Stored) const;
  /// The statement that sets the current value of sequence \p Sequence
  /// (qualified) the way RESTART [WITH \p Value] does, kept as a data
  /// statement at the position of the RESTART (\p L); null if the dialect
  /// has none (the RESTART is then not kept, with a warning).
  virtual std::unique_ptr<OpaqueObject>
  makeSequenceState(const QualifiedName &Sequence, int64_t Value,
                    Location L) const;
};

/// What applying a change did.
struct ApplyResult {
  enum class Status {
    Applied,     ///< The module has the change.
    Failed,      ///< Errors were reported; the module is as it was.
    NotModelled, ///< The IR cannot express the change (Why).
  };
  /// Why a change is NotModelled.
  enum class Reason {
    None,
    OpaqueTarget,     ///< It acts on an opaque object (ObjectType, Name).
    ImplicitSequence, ///< It alters the implicit sequence of a column of
                      ///< table Target.
    BuiltinType,      ///< It comments on a built-in type (Name).
    TypeAttribute,    ///< It comments on an attribute of a composite type.
    OpaqueColumn,     ///< It comments on a column of an opaque relation.
    OpaqueConstraint, ///< It comments on a constraint of an opaque object.
    ConstraintIndex,  ///< ALTER INDEX on a constraint's index does what the
                      ///< IR does not model (Name).
    UnknownOpaque,    ///< It drops opaque objects the module does not have
                      ///< (or not all of them: those it has are dropped).
    ViewCycle, ///< CREATE OR REPLACE VIEW Name whose new query reads Name
               ///< itself through other views (a cycle of views the
               ///< database accepts; the module keeps the old definition).
  };

  Status S = Status::Applied;
  Reason Why = Reason::None;
  /// The opaque object's type (OpaqueTarget, OpaqueColumn).
  std::string ObjectType;
  /// The object the change names.
  QualifiedName Name;
  /// The object a statement kept for the change applies to
  /// (ImplicitSequence: the table).
  QualifiedName Target;

  bool applied() const { return S == Status::Applied; }
  static ApplyResult failed() {
    ApplyResult R;
    R.S = Status::Failed;
    return R;
  }
  static ApplyResult notModelled(Reason Why, QualifiedName Name,
                                 std::string ObjectType = "") {
    ApplyResult R;
    R.S = Status::NotModelled;
    R.Why = Why;
    R.Name = std::move(Name);
    R.ObjectType = std::move(ObjectType);
    return R;
  }
};

class SchemaEditor {
public:
  /// Edits \p M, reporting to \p Diags. \p Names and \p Rules must outlive
  /// the editor.
  SchemaEditor(Module &M, DiagnosticEngine &Diags, const NameResolver &Names,
               const EditorRules &Rules);
  ~SchemaEditor();
  SchemaEditor(const SchemaEditor &) = delete;
  SchemaEditor &operator=(const SchemaEditor &) = delete;

  /// Applies \p C. Objects and expressions it holds are moved into the
  /// module (also when it fails).
  ApplyResult apply(SchemaChange &C);

  /// Turns the names opaque objects mention (OpaqueChange::Mentions) into
  /// their References, keeping those that resolve, and drops References of
  /// earlier opaque objects that no longer resolve. Call once after the
  /// last change of an input.
  void finish();

  /// Forgets what the editor keeps about \p O (the names an opaque object
  /// mentions), for a caller that removes \p O from the module itself.
  void forget(Object *O);

  /// Number of errors reported by apply().
  unsigned getNumErrors() const;

  class Impl;

private:
  std::unique_ptr<Impl> P;
};

} // namespace schemac

#endif // SCHEMAC_IR_SCHEMAEDITOR_H
