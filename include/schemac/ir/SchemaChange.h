//===- SchemaChange.h - One change to a schema -----------------*- C++ -*-===//
//
// Part of schemac. A SchemaChange is one step that changes a module: create
// an object, alter one with a list of actions, rename or move one, drop
// some, set or remove a comment, change a setting (and with it where
// unqualified names resolve), or keep a statement the IR does not model.
// Frontends lower DDL statements into changes and a SchemaEditor applies
// them to a Module; a schema diff produces them and a backend can print
// them as a migration.
//
// Changes are plain data in the IR's terms with no syntax of any dialect:
// names are as written (unresolved, possibly unqualified), objects and
// expressions are IR nodes, and every name carries the location the
// editor's diagnostics point at. The kinds are listed once in
// SchemaChangeKinds.def.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SCHEMACHANGE_H
#define SCHEMAC_IR_SCHEMACHANGE_H

#include "schemac/ir/Module.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace schemac {

/// A name as written in a change, and where.
struct NameRef {
  QualifiedName Name;
  Location Loc;
};

/// The kind of object a change names, as the change says it.
enum class TargetKind {
#define SCHEMAC_TARGET_KIND(Kind, Noun) Kind,
#include "schemac/ir/SchemaChangeKinds.def"
};
/// The noun for messages: "table", "materialized view", ...
llvm::StringRef getTargetKindName(TargetKind K);

/// One action of an AlterChange. Which fields an action uses is listed with
/// its kind in SchemaChangeKinds.def; the others keep their defaults.
struct AlterAction {
  enum class Kind {
#define SCHEMAC_ALTER_ACTION(Kind, IRName) Kind,
#include "schemac/ir/SchemaChangeKinds.def"
  };

  Kind K;
  /// Where the action is written.
  Location Loc;
  /// The column, constraint, index or enum label acted on, and where it is
  /// named.
  std::string Name;
  Location NameLoc;
  /// The new name of a renamed column, constraint or enum label.
  std::string NewName;
  /// A role, tablespace, storage mode or compression method.
  std::string Value;
  /// ATTACH/DETACH PARTITION, INHERIT, NO INHERIT, OWNED BY: the other
  /// relation.
  NameRef Relation;
  /// ADD VALUE ... BEFORE/AFTER: the neighbouring label.
  std::string Neighbour;
  Location NeighbourLoc;
  bool Before = false;
  bool IfExists = false, IfNotExists = false, Cascade = false;
  /// RESTART of a sequence or identity, and the value of RESTART WITH.
  bool Restart = false;
  std::optional<int64_t> RestartWith;
  bool OwnedByNone = false;
  std::optional<bool> Always;
  std::vector<Constraint> Constraints;
  QualifiedName Collation;
  ExprPtr Expression;
  StorageParams Params;
  // Payloads of some kinds only (kept out of line: most actions are small).
  std::unique_ptr<Column> Col;
  std::unique_ptr<DataType> Type;
  std::unique_ptr<Column::Identity> Identity;
  std::unique_ptr<SequenceOptions> SeqOptions;
  std::unique_ptr<PartitionBound> Bound;
  std::unique_ptr<DomainCheck> Check;

  AlterAction(Kind K, Location L) : K(K), Loc(L) {}
  AlterAction(AlterAction &&) = default;
  AlterAction &operator=(AlterAction &&) = default;

  /// The IR name of the kind ("add_column", ...).
  llvm::StringRef getKindName() const;
};

class SchemaChange {
public:
  enum class Kind {
#define SCHEMAC_CHANGE(Class, IRName) Class,
#include "schemac/ir/SchemaChangeKinds.def"
  };

  virtual ~SchemaChange();
  Kind getKind() const { return K; }
  /// The IR name of the kind ("create", "alter", ...).
  llvm::StringRef getKindName() const;

  /// Where the change is written (the statement; for a RenameChange the
  /// RENAME or SET SCHEMA clause).
  Location Loc;

protected:
  SchemaChange(Kind K, Location L) : Loc(L), K(K) {}

private:
  Kind K;
};

using SchemaChangePtr = std::unique_ptr<SchemaChange>;

/// A table's LIKE source: its columns (and what the flags ask for) are
/// copied when the change is applied.
struct LikeClause {
  NameRef Source;
  /// Number of columns of the new table written before the LIKE.
  size_t ColumnPosition = 0;
  bool Defaults = false, Constraints = false, Identity = false,
       Generated = false, Indexes = false, Comments = false, Storage = false,
       Compression = false;
};

/// Creates Object. Names inside it are as written; duplicates and the
/// objects it needs to exist are checked when applied.
class CreateChange : public SchemaChange {
public:
  ObjectPtr Object;
  /// Tables: LIKE sources, in order.
  std::vector<LikeClause> Likes;
  /// Sequences: where OWNED BY names the owning table (Sequence::
  /// OwnedByTable).
  Location OwnedByLoc;

  CreateChange(Location L, ObjectPtr O)
      : SchemaChange(Kind::CreateChange, L), Object(std::move(O)) {}
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::CreateChange;
  }
};

/// Applies Actions, in order, to the object Target names.
class AlterChange : public SchemaChange {
public:
  NameRef Target;
  TargetKind TK;
  /// Nothing happens if the object does not exist.
  bool IfExists = false;
  std::vector<AlterAction> Actions;

  AlterChange(Location L, NameRef Target, TargetKind TK)
      : SchemaChange(Kind::AlterChange, L), Target(std::move(Target)), TK(TK) {}
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::AlterChange;
  }
};

/// Renames an object, moves it to another schema, or both. References to
/// it follow, as they do in the database.
class RenameChange : public SchemaChange {
public:
  NameRef Target;
  TargetKind TK;
  bool IfExists = false;
  /// The new name; empty: the name stays.
  std::string NewName;
  /// The new schema; empty: the schema stays.
  std::string NewSchema;

  RenameChange(Location L, NameRef Target, TargetKind TK)
      : SchemaChange(Kind::RenameChange, L), Target(std::move(Target)), TK(TK) {
  }
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::RenameChange;
  }
};

/// Drops the objects Names name. Without Cascade, objects that depend on
/// them make the change fail; with it they are dropped too.
class DropChange : public SchemaChange {
public:
  TargetKind TK;
  /// TK == Opaque: the opaque object type ("function", "trigger", ...).
  std::string OpaqueKind;
  std::vector<NameRef> Names;
  bool IfExists = false;
  bool Cascade = false;
  /// Opaque kinds that live on a relation (DROP TRIGGER t ON tab).
  NameRef On;

  DropChange(Location L, TargetKind TK)
      : SchemaChange(Kind::DropChange, L), TK(TK) {}
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::DropChange;
  }
};

/// Sets (or with no Text removes) the comment of an object, of a column of
/// a relation or of a constraint of a table or domain.
class CommentChange : public SchemaChange {
public:
  enum class Part { Object, Column, Constraint };
  Part On = Part::Object;
  /// The kind of the object, or of the relation/table/domain owning the
  /// column or constraint.
  TargetKind TK;
  NameRef Target;
  /// Part::Column / Part::Constraint: its name.
  std::string PartName;
  std::optional<std::string> Text;

  CommentChange(Location L, TargetKind TK, NameRef Target)
      : SchemaChange(Kind::CommentChange, L), TK(TK),
        Target(std::move(Target)) {}
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::CommentChange;
  }
};

/// A session setting, kept in the module as Object, and where it moves
/// unqualified names: PostgreSQL's SET search_path, MySQL's USE db, SQL
/// Server's default schema. The editor's NameResolver decides what the
/// path means.
class SettingChange : public SchemaChange {
public:
  /// The setting the module keeps; null for a change that only moves the
  /// path.
  std::unique_ptr<Setting> Object;
  /// The schemas asked for, as written (unquoted, in order); an empty list
  /// or only empty names: none.
  std::optional<std::vector<std::string>> SearchPath;

  SettingChange(Location L, std::unique_ptr<Setting> O)
      : SchemaChange(Kind::SettingChange, L), Object(std::move(O)) {}
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::SettingChange;
  }
};

/// A statement the IR does not model, kept as written. Mentions are the
/// names its text mentions as written; they become Object's References
/// (those that resolve) when the editor finishes.
class OpaqueChange : public SchemaChange {
public:
  std::unique_ptr<OpaqueObject> Object;
  std::vector<QualifiedName> Mentions;

  OpaqueChange(Location L, std::unique_ptr<OpaqueObject> O)
      : SchemaChange(Kind::OpaqueChange, L), Object(std::move(O)) {}
  static bool classof(const SchemaChange *C) {
    return C->getKind() == Kind::OpaqueChange;
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_SCHEMACHANGE_H
