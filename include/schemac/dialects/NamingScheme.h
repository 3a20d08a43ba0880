//===- NamingScheme.h - How a database names unnamed constraints -*- C++ -*-//
//
// Part of schemac. The names a database gives the constraints and indexes a
// script leaves unnamed, as data, for the name-constraints pass:
//
//  - Postgres style: PostgreSQL's algorithm (makeObjectName():
//    <name1>_<name2>_<label> with the longer of the two names shortened
//    first to fit MaxLength, a number appended to the label on a conflict;
//    keys and indexes take relation names, constraints constraint names).
//    The rules' patterns are the labels (pkey, key, excl, fkey, check, idx,
//    seq).
//  - Template style: each rule's pattern is the name, with {table},
//    {columns} (the key's columns joined by '_'), {column} (the first),
//    {ref_table} (a foreign key's referenced table), {domain} and {n} (1, 2,
//    ... per table and rule); a name already taken gets "_2", "_3", ...
//    (or the next {n}); names are clipped to MaxLength bytes.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_DIALECTS_NAMINGSCHEME_H
#define SCHEMAC_DIALECTS_NAMINGSCHEME_H

#include "llvm/ADT/StringRef.h"

namespace schemac {

struct NamingScheme {
  enum class Style { Postgres, Template };
  /// Where a generated name must be unique (Template style).
  enum class Scope { Schema, Table };
  struct Rule {
    const char *Pattern; ///< null: the kind is never named.
    Scope Where = Scope::Schema;
  };

  const char *Name;
  Style Kind;
  /// Longest identifier in bytes.
  unsigned MaxLength;
  /// Template style: primary and unique keys are indexes (their names
  /// conflict with index names, MySQL); otherwise with constraint names.
  bool KeysAreIndexes;
  Rule PrimaryKey, Unique, Exclusion, ForeignKey, Check, DomainCheck, Index,
      Sequence;

  /// PostgreSQL 15 (NAMEDATALEN 64).
  static const NamingScheme &getPostgres();
  /// MySQL 8 / MariaDB with InnoDB: PRIMARY, indexes after their first
  /// column, <table>_ibfk_<n>, <table>_chk_<n>; 64 characters.
  static const NamingScheme &getMySQL();
  /// SQL Server names unnamed constraints PK__<table>__<random hex>; this
  /// scheme is the deterministic convention PK_<table>, UQ_<table>_<cols>,
  /// FK_<table>_<ref_table>, CK_<table>_<cols>, IX_<table>_<cols>; 128
  /// characters.
  static const NamingScheme &getSQLServer();
  /// A built-in scheme by name ("postgres", "mysql", "sqlserver"), or
  /// null.
  static const NamingScheme *lookup(llvm::StringRef Name);
};

} // namespace schemac

#endif // SCHEMAC_DIALECTS_NAMINGSCHEME_H
