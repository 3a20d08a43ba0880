//===- PostgresStatement.h - A lowered statement ---------------*- C++ -*-===//
//
// Part of schemac. The self-contained result of parsing and lowering one
// statement, produced on a worker thread without looking at the module:
// a new object (CREATE ...), a list of actions on a named object (ALTER,
// COMMENT, DROP) or an opaque object. PostgresModuleBuilder applies the
// results to the module in source order.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSTATEMENT_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSTATEMENT_H

#include "PostgresClassifier.h"

#include "schemac/ir/Module.h"
#include "schemac/support/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac {
namespace pg {

/// A name written in the statement and where.
struct NameRef {
  QualifiedName Name;
  Location Loc;
};

/// One action of ALTER TABLE/INDEX/VIEW/SEQUENCE/TYPE/DOMAIN/SCHEMA.
struct AlterCmd {
  enum class Kind {
    // Columns.
    AddColumn,       ///< Col (+ Constraints of the column), IfNotExists
    DropColumn,      ///< Name, IfExists, Cascade
    AlterColumnType, ///< Name, Type, Collation, Expression (USING)
    SetDefault,      ///< Name (column; empty for a domain), Expression
    DropDefault,     ///< Name
    SetNotNull,      ///< Name
    DropNotNull,     ///< Name
    AddIdentity,     ///< Name, Identity
    AlterIdentity,   ///< Name, Always (optional), SeqOptions, Restart
    DropIdentity,    ///< Name, IfExists
    DropExpression,  ///< Name, IfExists
    SetExpression,   ///< Name, Expression
    SetStorage,      ///< Name, NewName (the storage)
    SetCompression,  ///< Name, NewName (the method)
    RenameColumn,    ///< Name -> NewName
    // Constraints.
    AddConstraint,           ///< Constraints[0]
    AddConstraintUsingIndex, ///< Constraints[0] (kind, name, attributes), Name
                             ///< = index
    AddDomainCheck,          ///< Check
    AddDomainNotNull,        ///< (domain NOT NULL)
    DropConstraint,          ///< Name, IfExists, Cascade
    ValidateConstraint,      ///< Name
    RenameConstraint,        ///< Name -> NewName
    // The object itself.
    Rename,        ///< NewName
    SetSchema,     ///< NewName
    OwnerTo,       ///< NewName
    SetTablespace, ///< NewName
    SetOptions,    ///< Params
    ResetOptions,  ///< Params (names only)
    SetLogged,
    SetUnlogged,
    // Tables.
    AttachPartition, ///< Other, Bound
    DetachPartition, ///< Other
    EnableRowSecurity,
    DisableRowSecurity,
    ForceRowSecurity,
    NoForceRowSecurity,
    Inherit,   ///< Other
    NoInherit, ///< Other
    // Sequences.
    SetSequenceOptions, ///< SeqOptions, Other.Name+Name (OWNED BY) or
                        ///< OwnedByNone
    // Enum types.
    AddEnumValue,    ///< NewName (the value), Other.Name (neighbour), Before,
                     ///< IfNotExists
    RenameEnumValue, ///< Name -> NewName
    /// Valid PostgreSQL the IR does not model; the statement is kept opaque.
    Unsupported, ///< Description
  };

  Kind K;
  Location Loc;
  std::string Name, NewName;
  Location NameLoc;
  bool IfExists = false, IfNotExists = false, Cascade = false;
  bool Before = false;
  bool Restart = false;
  bool OwnedByNone = false;
  std::optional<bool> Always;
  std::vector<Constraint> Constraints;
  QualifiedName Collation;
  ExprPtr Expression;
  NameRef Other;
  StorageParams Params;
  std::string Description;
  // Payloads of some kinds only (kept out of line: most actions are small).
  std::unique_ptr<Column> Col;
  std::unique_ptr<DataType> Type;
  std::unique_ptr<Column::Identity> Identity;
  std::unique_ptr<SequenceOptions> SeqOptions;
  std::unique_ptr<PartitionBound> Bound;
  std::unique_ptr<DomainCheck> Check;

  AlterCmd(Kind K, Location L) : K(K), Loc(L) {}
  AlterCmd(AlterCmd &&) = default;
  AlterCmd &operator=(AlterCmd &&) = default;
};

/// CREATE TABLE ... (LIKE source INCLUDING ...): resolved when applied.
struct LikeClause {
  NameRef Source;
  /// Number of columns of the new table written before the LIKE.
  size_t ColumnPosition = 0;
  bool Defaults = false, Constraints = false, Identity = false,
       Generated = false, Indexes = false, Comments = false, Storage = false,
       Compression = false;
};

enum class CommentTargetKind {
  Relation, ///< TABLE, VIEW, MATERIALIZED VIEW, SEQUENCE, INDEX
  Type,     ///< TYPE, DOMAIN
  Schema,
  Column,     ///< Names: rel.col or schema.rel.col
  Constraint, ///< Constraint on Target (a table or, with OnDomain, a domain)
};

struct LoweredStatement {
  StmtKind Kind = StmtKind::Empty;
  /// Source text range and location of the statement's first token.
  uint32_t Begin = 0, End = 0;
  Location Loc;
  /// Upper-case leading words for messages ("CREATE FUNCTION").
  std::string Description;
  /// Diagnostics of parsing and lowering, emitted when the statement is
  /// applied.
  std::vector<Diagnostic> Diags;
  /// An error was found; the statement is not applied.
  bool Failed = false;

  /// CREATE ..., SET, set_config, opaque statements.
  ObjectPtr Object;
  /// ALTER ... / COMMENT / DROP of opaque kinds: the object acted on.
  NameRef Target;
  /// The kind of object an ALTER statement names ("table", "view", ...).
  std::string TargetKind;
  bool IfExists = false;
  std::vector<AlterCmd> Cmds;

  // CREATE TABLE
  std::vector<LikeClause> Likes;
  // CREATE SEQUENCE ... OWNED BY t.c
  std::optional<NameRef> OwnedBy;
  std::string OwnedByColumn;
  bool OwnedByNone = false;
  // CREATE OR REPLACE VIEW
  bool OrReplace = false;

  // DROP
  std::string DropKind; ///< "table", "view", "materialized view", ...
  std::vector<NameRef> DropNames;
  bool Cascade = false;

  // COMMENT ON
  CommentTargetKind CommentKind = CommentTargetKind::Relation;
  std::string CommentObjectKind; ///< "table", "view", "type", ...
  std::vector<std::string> CommentNames;
  std::string ConstraintName;
  bool OnDomain = false;
  std::optional<std::string> CommentText;

  /// The statement's tokens; valid until the statement is applied (a
  /// parsed statement that is kept opaque collects its Candidates then).
  const PgToken *Toks = nullptr;
  unsigned NumTokens = 0;

  // Opaque statements: names the text mentions, resolved after the whole
  // input is lowered; the opaque kind for DropOpaque.
  std::vector<QualifiedName> Candidates;
  std::string OpaqueKind;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSTATEMENT_H
