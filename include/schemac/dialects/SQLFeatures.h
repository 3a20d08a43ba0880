//===- SQLFeatures.h - What a dialect's SQL can say ------------*- C++ -*-===//
//
// Part of schemac. Feature flags of a dialect that the SQL builder and the
// DDL writers ask instead of hard-coding one database's syntax: how to
// cast, how to limit rows, how to make identity columns and comments,
// which PostgreSQL extensions of the standard exist, and which statements
// take IF NOT EXISTS.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_SQLFEATURES_H
#define SCHEMAC_DIALECTS_SQLFEATURES_H

#include "schemac/ir/Object.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace schemac {

/// How comments on objects are written.
enum class CommentStyle {
  CommentOn,          ///< COMMENT ON TABLE t IS '...' (PostgreSQL, Oracle)
  Inline,             ///< COMMENT '...' in the definition (MySQL)
  ExtendedProperties, ///< sp_addextendedproperty (SQL Server)
  None,               ///< comments cannot be kept (SQLite)
};

struct SQLFeatures {
  //===--- Expressions and queries ----------------------------------------===//
  /// x::type (besides CAST(x AS type)).
  bool DoubleColonCast = true;
  /// LIMIT n OFFSET m.
  bool LimitOffset = true;
  /// LIMIT ALL.
  bool LimitAll = true;
  /// OFFSET m ROWS FETCH FIRST n ROWS ONLY (the SQL standard).
  bool FetchFirst = true;
  /// SELECT TOP n (SQL Server).
  bool Top = false;
  /// SELECT DISTINCT ON (...).
  bool DistinctOn = true;
  /// ILIKE and NOT ILIKE.
  bool ILike = true;
  /// ARRAY[...] constructors and ARRAY(subquery).
  bool ArrayConstructors = true;

  //===--- DDL ------------------------------------------------------------===//
  /// serial/bigserial/smallserial pseudo-types.
  bool SerialTypes = true;
  /// GENERATED {ALWAYS|BY DEFAULT} AS IDENTITY.
  bool IdentityColumns = true;
  /// AUTO_INCREMENT (MySQL) / IDENTITY(1,1) (SQL Server) column attributes.
  bool AutoIncrement = false;
  CommentStyle Comments = CommentStyle::CommentOn;
  /// Objects have owners (ALTER ... OWNER TO).
  bool Owners = true;
  /// Schemas exist (MySQL's schemas are databases).
  bool Schemas = true;
  /// DDL runs inside transactions (PostgreSQL, SQL Server; not MySQL or
  /// Oracle, which commit implicitly).
  bool TransactionalDDL = true;
  /// The object kinds whose CREATE takes IF NOT EXISTS, one bit per
  /// Object::Kind (see ifNotExists()); for views, plain ones.
  unsigned IfNotExistsKinds = ~0u;
  /// CREATE MATERIALIZED VIEW IF NOT EXISTS.
  bool IfNotExistsMaterializedView = true;
  /// The most columns a table can have (PostgreSQL's MaxHeapAttributeNumber);
  /// 0: no limit. Frontends report a table that exceeds it where its
  /// first column too many is written, the DDL writers refuse to emit one.
  unsigned MaxTableColumns = 1600;
  /// Session settings (lower case) that change what a statement kept as
  /// text does: where it creates objects and finds names, how its text and
  /// literals read, whether bodies are checked, who owns what it creates.
  /// The DDL writers emit the values in effect at such a statement's
  /// position before it (the other settings are emitted once, first).
  llvm::ArrayRef<llvm::StringRef> StatementSettings = PostgresStatementSettings;

  static constexpr llvm::StringRef PostgresStatementSettings[] = {
      "search_path",
      "role",
      "session_authorization",
      "standard_conforming_strings",
      "backslash_quote",
      "client_encoding",
      "check_function_bodies",
      "default_tablespace",
      "default_table_access_method",
      "default_toast_compression",
      "xmloption",
      "timezone",
      "datestyle",
      "intervalstyle"};

  static constexpr unsigned ifNotExists(Object::Kind K) {
    return 1u << static_cast<unsigned>(K);
  }
  bool supportsIfNotExists(Object::Kind K) const {
    return (IfNotExistsKinds & ifNotExists(K)) != 0;
  }
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_SQLFEATURES_H
