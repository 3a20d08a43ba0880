//===- NamingScheme.h - How a database names unnamed constraints -*- C++ -*-//
//
// Part of schemac. The names a database gives the constraints and indexes a
// script leaves unnamed, as data, and PostgreSQL's algorithm that computes
// them. The editor names unnamed objects when they are created (through the
// dialect's EditorRules), the name-constraints pass names what is left, and
// backends predict what the target will generate:
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

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac {

class Expr;
class Index;
class Table;
struct Column;
struct Constraint;

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

  //===--- PostgreSQL's algorithm (Style::Postgres) -----------------------===//

  /// Whether \p Name is taken in the schema of the object being named: as
  /// a relation name (\p Relation) or as a constraint name.
  using NameTaken =
      llvm::function_ref<bool(llvm::StringRef Name, bool Relation)>;
  /// Never taken: the name the database gives when nothing is in the way.
  static bool nothingTaken(llvm::StringRef, bool) { return false; }

  /// The name the database gives unnamed constraint \p C of table \p T:
  /// ChooseConstraintName() for checks and foreign keys (avoids constraint
  /// names), ChooseRelationName() for the index of a key or exclusion
  /// constraint (avoids relation and constraint names).
  std::string nameConstraint(const Table &T, const Constraint &C,
                             NameTaken Taken, unsigned MaxLen = 0) const;
  /// The name of unnamed index \p I of table \p TableName
  /// (ChooseIndexName()).
  std::string nameIndex(llvm::StringRef TableName, const schemac::Index &I,
                        NameTaken Taken, unsigned MaxLen = 0) const;
  /// The name of the sequence a serial or identity column \p Column of
  /// table \p TableName creates.
  std::string nameSequence(llvm::StringRef TableName, llvm::StringRef Column,
                           NameTaken Taken, unsigned MaxLen = 0) const;
  /// The name of an unnamed check of domain \p Domain.
  std::string nameDomainCheck(llvm::StringRef Domain, NameTaken Taken,
                              unsigned MaxLen = 0) const;

private:
  /// makeObjectName(\p Name1, \p Name2, label) numbered until \p Taken
  /// says no; \p Relation: a relation name (which must also avoid
  /// constraint names when \p AlsoConstraint).
  std::string choose(llvm::StringRef Name1, llvm::StringRef Name2,
                     llvm::StringRef Label, NameTaken Taken, bool Relation,
                     bool AlsoConstraint, unsigned MaxLen) const;
};

/// The one column of \p T that \p Check uses, or "" (PostgreSQL names a
/// check after it, as heap.c's pull_var_clause() finds it).
std::string getSingleCheckColumn(const Table &T, const Expr &Check);

/// \p Name if it has at most \p MaxChars characters (UTF-8), else its
/// longest prefix that leaves room for "_" and eight hexadecimal digits of
/// a hash of the whole name: the same name always gives the same short
/// one, and two long names with the same prefix give different ones.
std::string shortenName(llvm::StringRef Name, unsigned MaxChars);

namespace pgnames {
/// PostgreSQL's makeObjectName(): `name1[_name2][_label]` truncated to
/// \p MaxLength bytes by shortening the longer name first.
std::string makeObjectName(llvm::StringRef Name1, llvm::StringRef Name2,
                           llvm::StringRef Label, unsigned MaxLength = 63);
/// pg_mbcliplen() for UTF-8: the longest prefix of at most \p Limit bytes
/// that does not split a character.
llvm::StringRef clipUTF8(llvm::StringRef S, size_t Limit);
/// ChooseIndexNameAddition(): the names joined by '_', cut off once longer
/// than \p MaxLength.
std::string joinNameParts(llvm::ArrayRef<std::string> Names,
                          unsigned MaxLength = 63);
/// FigureIndexColname(): the name PostgreSQL derives from an index
/// expression ("lower" for lower(x), "expr" when there is none).
std::string figureIndexColumnName(const Expr &E);
/// ChooseIndexColumnNames(): makes repeated names unique (`a`, `a1`, ...).
std::vector<std::string> uniquifyColumnNames(std::vector<std::string> Names,
                                             unsigned MaxLength = 63);
} // namespace pgnames

} // namespace schemac

#endif // SCHEMAC_DIALECTS_NAMINGSCHEME_H
