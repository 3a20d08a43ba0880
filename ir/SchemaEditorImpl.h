//===- SchemaEditorImpl.h - The editor's state and its parts ---*- C++ -*-===//
//
// Part of schemac. The implementation of SchemaEditor, split by concern:
//
//   SchemaEditor.cpp        applying a change as a transaction (undo log),
//                           reporting, settings and the search path,
//                           opaque statements and their references
//   SchemaEditorCreate.cpp  CREATE
//   SchemaEditorAlter.cpp   ALTER actions
//   SchemaEditorDrop.cpp    DROP and what depends on an object
//   SchemaEditorRename.cpp  renames and the references that follow them
//   SchemaEditorComment.cpp COMMENT
//   SchemaEditorData.cpp    data statements and later changes of what they
//                           use
//   SchemaEditorNames.cpp   the names the database generates (unnamed
//                           constraints, indexes, implicit sequences),
//                           constraint indexes as indexes, serial columns
//                           made explicit
//
// Every change of the module goes through the primitives append(),
// insert(), remove(), rename() and touch() (before an object's fields
// change), which record how to undo it; a change that reports an error is
// rolled back.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SCHEMAEDITORIMPL_H
#define SCHEMAC_IR_SCHEMAEDITORIMPL_H

#include "schemac/ir/NameResolver.h"
#include "schemac/ir/SchemaEditor.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringSet.h"

namespace schemac {

class Reference;

class SchemaEditor::Impl {
public:
  Impl(Module &M, DiagnosticEngine &Diags, const NameResolver &Names,
       const EditorRules &Rules)
      : M(M), Diags(Diags), Names(Names), Rules(Rules) {
    for (const ObjectPtr &O : M.objects())
      if (auto *T = llvm::dyn_cast<Table>(O.get()))
        claimNamesOf(*T);
      else if (auto *D = llvm::dyn_cast<Domain>(O.get()))
        claimNamesOf(*D);
  }

  ApplyResult apply(SchemaChange &C);
  void finish();
  /// SchemaEditor::forget().
  void forget(Object *O);
  unsigned NumErrors = 0;

private:
  //===--- Reporting (SchemaEditor.cpp) ----------------------------------===//
  DiagnosticEngine::Builder report(Location L, DiagID ID);
  void reportDuplicate(Location L, llvm::StringRef Kind,
                       const QualifiedName &Name, const Object *Prev);
  void reportUnknown(Location L, llvm::StringRef Kind,
                     const QualifiedName &Name);
  void reportWrongKind(const NameRef &N, const Object &O,
                       llvm::StringRef Expected);

  //===--- Transactions (SchemaEditor.cpp) -------------------------------===//
  /// Adds \p O at the end of the module.
  Object *append(ObjectPtr O);
  /// Inserts \p O before position \p Pos.
  Object *insert(size_t Pos, ObjectPtr O);
  /// Removes \p O from the module (kept until the change is done).
  void remove(Object *O);
  void rename(Object *O, QualifiedName NewName);
  /// Records \p O's fields before they change.
  void touch(Object &O);
  /// Undoes everything the current change did.
  void rollback();
  void commit();

  struct UndoEntry {
    enum Kind { Added, Removed, Renamed, Touched } K;
    Object *O = nullptr;
    /// Removed: the object; Touched: its copy.
    ObjectPtr Owned;
    size_t Pos = 0;
    QualifiedName OldName;
    /// Removed opaque objects: the names their text mentions.
    std::optional<std::vector<QualifiedName>> Mentions;

    UndoEntry(Kind K, Object *O) : K(K), O(O) {}
  };
  std::vector<UndoEntry> Undo;
  /// Whether touch() records copies: only changes that can still fail
  /// after they changed an object need them (needsCopies()); the others
  /// check everything first.
  bool Copies = false;
  static bool needsCopies(const SchemaChange &C);
  /// Objects created or copied by the current change (not touched again).
  llvm::DenseSet<const Object *> Fresh;

  //===--- Names (SchemaEditor.cpp) --------------------------------------===//
  /// The schema \p O's name lives in (an index: its table's).
  std::string schemaOf(const Object &O) const;
  /// \p Column is a column of \p T, also through inheritance or
  /// partitioning, or may be (typed tables).
  bool columnExists(const Table &T, llvm::StringRef Column) const;
  /// Reports the first column reference of \p E (written in \p T) that
  /// names no column of \p T.
  bool checkColumnRefs(const Table &T, const Expr *E);
  /// The type the values of type \p T have: a domain's base type, else
  /// \p T.
  DataType storedType(const DataType &T) const;
  /// The object an ALTER, RENAME or COMMENT names, by the kind it says.
  Object *lookupTarget(TargetKind TK, const QualifiedName &N) const;
  /// Looks up the target of an ALTER or RENAME and checks its kind.
  /// Returns null with \p R set when there is nothing (more) to do.
  Object *resolveTarget(const NameRef &Target, TargetKind TK, bool IfExists,
                        ApplyResult &R);
  /// The foreign keys of tables other than \p T (and with \p OfItself,
  /// of \p T) that reference it.
  std::vector<std::pair<Table *, Constraint *>>
  foreignKeysTo(const Table &T, bool OfItself = false) const;
  /// The name of \p C of \p Owner, for messages (the generated one if
  /// it has none: IR that did not come through the editor).
  std::string constraintName(const Object &Owner, const Constraint &C) const;
  /// The implicit SchemaDecl of a predefined schema a change says
  /// something about, or null.
  SchemaDecl *implicitSchema(const NameRef &N);

  //===--- Generated names (SchemaEditorNames.cpp) -----------------------===//
  /// Records that \p Name may be taken in \p Schema by a constraint, a
  /// constraint's index or an implicit sequence (a superset, so that most
  /// names are known to be free without a look at every table).
  void claim(llvm::StringRef Schema, llvm::StringRef Name);
  void claimNamesOf(const Table &T);
  void claimNamesOf(const Domain &D);
  /// Whether \p Name is taken in \p Schema: as a relation name (objects,
  /// constraint indexes, implicit sequences) or a constraint name.
  bool isTaken(llvm::StringRef Schema, llvm::StringRef Name,
               bool Relation) const;
  /// Names what CREATE TABLE \p T leaves unnamed, in the database's order:
  /// implicit sequences, checks, the primary key and the other index
  /// constraints (merging those with the same index, as the database
  /// does), foreign keys. Returns the sequences of serial columns whose
  /// name had to avoid another (made explicit).
  std::vector<ObjectPtr> nameNewTable(Table &T, const std::string &Schema);
  /// Names constraint \p K that ALTER TABLE adds to \p T, if unnamed.
  void nameAddedConstraint(const Table &T, Constraint &K);
  /// Names the unnamed checks of domain \p D (CREATE DOMAIN, ALTER DOMAIN
  /// ADD), in order.
  void nameDomainChecks(Domain &D);
  /// Names the implicit sequence of column \p C that ALTER TABLE ADD
  /// COLUMN or ADD IDENTITY gives \p T.
  void nameImplicitSequence(Table &T, Column &C);
  /// Names unnamed index \p I (in the module) of table \p T in \p Schema.
  void nameNewIndex(Index &I, const Object &T, const std::string &Schema);
  /// The name of the sequence serial or identity column \p C of \p T
  /// creates implicitly, or "". A serial column's is the name generated
  /// from the table's and column's names: the editor makes it explicit
  /// before that would change.
  std::string implicitSequenceName(const Table &T, const Column &C) const;
  /// The table and serial or identity column whose implicit sequence is
  /// \p N.
  std::pair<Table *, Column *> findImplicitSequence(const QualifiedName &N);
  /// The table and index-backed constraint whose index is \p N.
  std::pair<Table *, Constraint *> findConstraintIndex(const QualifiedName &N);
  /// Replaces serial column \p C of \p T by the sequence, default and
  /// NOT NULL it stands for; returns the sequence.
  Sequence *makeSerialExplicit(Table &T, Column &C);
  /// Before \p T or its column \p Column (all columns if empty) is
  /// renamed: fixes the names of implicit sequences that would otherwise
  /// follow.
  void keepSequenceNames(Table &T, llvm::StringRef Column = "");
  /// ALTER INDEX / DROP INDEX on the index of constraint \p K of \p T.
  ApplyResult alterConstraintIndex(AlterChange &C, Table &T, Constraint &K);
  ApplyResult renameConstraintIndex(RenameChange &C, Table &T, Constraint &K);
  llvm::StringSet<> Claimed;

  //===--- Settings and the search path (SchemaEditor.cpp) ---------------===//
  ApplyResult applySetting(SettingChange &C);
  void changeSearchPath(std::vector<std::string> Path);
  /// Qualifies the unqualified names and references of the objects created
  /// or altered since the last call (Pending) with \p Old, the schema they
  /// were created in.
  void qualifyUnqualifiedNames(const std::string &Old);
  /// Objects created or altered since the last qualifyUnqualifiedNames()
  /// (append(), insert(), the targets of ALTER and attached partitions:
  /// what may have been given an unqualified name or reference);
  /// QualifyAll: every object (at first, since earlier inputs may have left
  /// unqualified names).
  llvm::DenseSet<Object *> Pending;
  bool QualifyAll = true;

  //===--- Data statements (SchemaEditorData.cpp) ------------------------===//
  /// Records what data statement \p O (kept as text) uses: its target and
  /// the objects its text names, as they are now.
  void recordDataStatement(OpaqueObject &O,
                           const std::vector<QualifiedName> &Mentions);
  /// Reports, and returns false for, a change that would make an earlier
  /// data statement run against a definition it was not written for (its
  /// text is emitted against the final module).
  bool checkDataStatements(const SchemaChange &C);
  struct DataUse {
    OpaqueObject *Stmt;     ///< The first data statement using the object.
    bool OnlyTarget = true; ///< Every use writes rows into it (INSERT,
                            ///< UPDATE, DELETE, MERGE), by column name or
                            ///< position: adding a column keeps them valid.
    bool OnlyState = false; ///< Every use sets a sequence's state (RESTART):
                            ///< only the sequence's name matters.
    /// The identity sequences of a table whose state is set.
    llvm::SmallVector<std::string, 1> IdentitySequences;
  };
  llvm::DenseMap<const Object *, DataUse> DataUses;
  /// RESTART of sequence \p Seq (qualified), or of the identity of column
  /// \p Identity of table \p Used: the value it sets, queued until the
  /// change is applied whole.
  void restartSequence(Object &Used, const QualifiedName &Seq,
                       const SequenceOptions &Opts, const AlterAction &A,
                       const Column *Identity);
  struct SequenceState {
    Object *Used;
    std::unique_ptr<OpaqueObject> Stmt;
    std::string IdentitySequence;
  };
  std::vector<SequenceState> NewStates;
  /// Whether \p A on \p O keeps the sequences whose state \p U sets: a
  /// sequence may change its options, a table anything but dropping such an
  /// identity (or its column).
  bool keepsState(const Object &O, const AlterAction &A,
                  const DataUse &U) const;
  /// Appends the statements of NewStates, once the change has applied
  /// whole (so that no data use names a statement a rollback removed).
  void keepSequenceStates();

  //===--- Opaque statements (SchemaEditor.cpp) --------------------------===//
  ApplyResult applyOpaque(OpaqueChange &C);
  /// Opaque objects of this input and the names their text mentions.
  llvm::DenseMap<OpaqueObject *, std::vector<QualifiedName>> Mentions;

  //===--- CREATE (SchemaEditorCreate.cpp) -------------------------------===//
  ApplyResult applyCreate(CreateChange &C);
  bool createTable(CreateChange &C, std::unique_ptr<Table> T);
  bool createIndex(CreateChange &C);
  bool createView(CreateChange &C);
  bool createSequence(CreateChange &C);
  /// Whether \p Schema exists (or is one every database has).
  bool schemaExists(llvm::StringRef Schema) const;
  /// Notes the sequences named in regclass literals of \p T
  /// (nextval('s')) that do not exist: the database resolves them when the
  /// statement runs.
  void checkSequenceLiterals(const Table &T);
  /// Whether sequence (or relation) \p N exists.
  bool sequenceExists(const QualifiedName &N);
  /// What a new object needs that does not exist when it is created: its
  /// schema, a sequence its defaults name. Scripts may create such objects
  /// later (the backend orders the output); what is still missing at the
  /// end of the input is an error at the object (finish()).
  std::vector<std::pair<Location, std::string>> MissingSchemas;

  //===--- The search path (SchemaEditor.cpp) ----------------------------===//
  /// The path a setting asked for, where missing schemas are skipped
  /// (NameResolver::skipsMissingSchemas); empty if none was asked for.
  std::vector<std::string> RequestedPath;
  /// \p Requested without the schemas that do not exist.
  std::vector<std::string>
  effectivePath(llvm::ArrayRef<std::string> Requested) const;
  /// After a change that may have created or dropped a schema of the
  /// requested path: moves the module's path, and keeps a setting of the
  /// path at this position for the statements kept as text.
  void followSearchPath(Location L);
  /// Whether \p C may create, drop or rename a schema.
  static bool touchesSchemas(const SchemaChange &C);
  std::vector<std::pair<Location, QualifiedName>> MissingSequences;
  void reportMissing();

  //===--- ALTER (SchemaEditorAlter.cpp) ---------------------------------===//
  ApplyResult applyAlter(AlterChange &C);
  bool alterTable(AlterChange &C, Table &T);
  /// OWNER TO, storage options, tablespace: what every relation kind has.
  bool alterRelation(AlterAction &A, Object &O);
  bool alterSequence(AlterChange &C, Sequence &S);
  bool alterEnum(AlterChange &C, EnumType &E);
  bool alterDomain(AlterChange &C, Domain &D);
  bool alterSchema(AlterChange &C);
  bool addColumn(Table &T, AlterAction &A);
  bool addConstraint(Table &T, Constraint K);
  bool addConstraintUsingIndex(Table &T, AlterAction &A);
  /// ALTER COLUMN actions.
  bool alterColumn(Table &T, AlterAction &A);
  bool attachPartition(Table &Parent, AlterAction &A);
  bool detachPartition(Table &Parent, AlterAction &A);

  //===--- DROP (SchemaEditorDrop.cpp) -----------------------------------===//
  ApplyResult applyDrop(DropChange &C);
  ApplyResult applyDropOpaque(DropChange &C);
  struct Dependent {
    Object *O; ///< The dependent object (or the table owning the part).
    Constraint *Con = nullptr; ///< A foreign key of another table.
    std::string Column;        ///< A column whose type or default depends.
    bool Auto = false; ///< Dropped with the object even without CASCADE.
  };
  std::vector<Dependent> findDependents(Object &O);
  bool dropObject(Object &O, bool Cascade, Location L);
  bool dropColumn(Table &T, AlterAction &A);
  /// What outside \p T uses its column \p Name: foreign keys referencing
  /// it and views that read it.
  struct ColumnUsers {
    std::vector<std::pair<Table *, Constraint *>> ForeignKeys;
    std::vector<View *> Views;
    /// Generated columns of the table computed from it.
    std::vector<std::string> Generated;
  };
  ColumnUsers columnUsers(Table &T, const std::string &Name);
  /// SQLite's DROP COLUMN: false, with an error, if a key, an index or a
  /// CHECK of other columns uses the column.
  bool refuseIndexedColumn(Table &T, AlterAction &A);
  /// Drops column \p Name of \p T with what uses it (CASCADE).
  void removeColumn(Table &T, const std::string &Name, Location L);
  bool dropConstraint(Table &T, AlterAction &A);
  /// Erases constraints of tables, each table in one pass.
  void
  eraseConstraints(const std::vector<std::pair<Table *, Constraint *>> &Cons);

  //===--- Renames (SchemaEditorRename.cpp) ------------------------------===//
  ApplyResult applyRename(RenameChange &C);
  bool renameRelation(RenameChange &C, Object &O);
  bool renameType(RenameChange &C, Object &T);
  bool renameSchema(RenameChange &C);
  /// What moves to another schema with \p T: its named indexes and the
  /// sequences its columns own.
  std::vector<Object *> movesWith(const Table &T) const;
  /// Renames \p O; the references that resolved to it follow.
  void renameObject(Object &O, QualifiedName NewName);
  /// The sequence literals (nextval('s')) at \p Literals, each an owner
  /// and the node holding it, get the name \p Rename gives their old one:
  /// the database stores the sequence, not its name.
  using SequenceLiterals = std::vector<std::pair<Object *, const Expr *>>;
  void renameSequenceLiterals(
      const SequenceLiterals &Literals,
      llvm::function_ref<QualifiedName(const QualifiedName &)> Rename);
  bool renameColumn(Table &T, const std::string &Old, const std::string &New,
                    Location L);

  //===--- Views that follow their relations (SchemaEditorView.cpp) ------===//
  /// Expands the select-list stars of views that cover columns of
  /// \p Target, before a change of it would change what they mean.
  void expandStarsOver(const Object &Target);
  /// The views that read column \p Column of \p T (the binder).
  std::vector<View *> viewsReading(const Table &T, llvm::StringRef Column);
  /// Reports the views that read \p Column of \p T; true if none do.
  bool checkTypeChangeOfViewColumn(const Table &T, const std::string &Column,
                                   Location L);
  /// Before column \p Old of \p T is renamed to \p New: the views that read
  /// it read \p New and keep \p Old as their output name.
  void renameColumnInViews(const Table &T, const std::string &Old,
                           const std::string &New);
  /// Whether the query of \p V (being created) scans \p V itself; reports
  /// it as the database does (the view does not exist yet).
  bool checkSelfReference(const View &V);
  /// Whether \p V replaces a view its query reads through other views
  /// (CREATE OR REPLACE VIEW v1 AS SELECT ... FROM v2 where v2 reads v1).
  bool replacesIntoCycle(const View &V) const;
  /// touch() that always keeps a copy.
  void touchView(View &V);
  /// Before relation \p O is renamed to \p New: the columns of views that
  /// name it through a scan without an alias (t.c) name it by its new name,
  /// as PostgreSQL's stored views do.
  void renameRangeInViews(const Object &O, const QualifiedName &New);

  //===--- COMMENT (SchemaEditorComment.cpp) -----------------------------===//
  ApplyResult applyComment(CommentChange &C);

  Module &M;
  DiagnosticEngine &Diags;
  const NameResolver &Names;
  const EditorRules &Rules;
};

/// The references the editor keeps consistent when names change, as the
/// database does by referring to objects by identity: those naming
/// relations and types.
bool isFollowedReference(const Reference &R);

/// Calls \p OnExpr and \p OnRel on every expression and relation node \p O
/// holds (from the roots Walk.h's forEachChild(Object) gives), pre-order,
/// mutably.
void forEachNode(Object &O, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel);
void forEachNode(Rel &R, llvm::function_ref<void(Expr &)> OnExpr,
                 llvm::function_ref<void(Rel &)> OnRel);

} // namespace schemac

#endif // SCHEMAC_IR_SCHEMAEDITORIMPL_H
