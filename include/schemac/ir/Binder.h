//===- Binder.h - Scope resolution of queries and expressions --*- C++ -*-===//
//
// Part of schemac. The binder resolves every column reference of a query
// (a view body, a subquery) or of a table-level expression (CHECK, default,
// generated column, index expression) against its scope, the way the
// database's analyzer does:
//
//   - FROM items: tables (with inherited and partition parents' columns),
//     views (their bound output), CTEs (also recursive ones), subqueries,
//     VALUES and function calls, with their aliases and column aliases;
//   - joins: ON, USING and NATURAL (the merged columns appear once), the
//     joined relations stay visible by name for qualified references;
//   - `*` and `t.*` expansion, correlated subqueries (outer query levels),
//     LATERAL, set operations (names from the first branch), ORDER BY and
//     GROUP BY by output column name or position;
//   - the output columns of a query: names by the dialect's rules
//     (PostgreSQL's `?column?`, function names, cast targets, `case`, ...)
//     and types where the IR can tell (table columns, casts, literals).
//
// The binder never guesses: where the module cannot know the columns of a
// relation (opaque objects, unknown or catalog relations, set-returning
// functions without a column definition list, typed tables) the relation
// is "open": names that may come from it are not errors and stars over it
// are not expanded.
//
// The result maps each column reference to what it names and lists the
// problems (unknown or ambiguous references) with their locations; the
// verifier reports them, the editor uses the bindings to expand stars and
// to follow column renames.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_BINDER_H
#define SCHEMAC_IR_BINDER_H

#include "schemac/ir/Rel.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace schemac {

class DialectRules;
class Module;
class Object;
class Table;
class View;

/// One column of a relation: a FROM item's, a CTE's, a query's output.
struct BoundColumn {
  std::string Name;
  /// Null if the IR cannot tell.
  std::optional<DataType> Type;
  /// The column of a table or view it reads unchanged, if any: the
  /// relation that declares it (for an inherited column, the ancestor) and
  /// its name there.
  const Object *Source = nullptr;
  std::string SourceColumn;
};

/// The columns a relation produces, in order.
struct RelShape {
  std::vector<BoundColumn> Columns;
  /// It may have columns the module cannot see: names not found in it are
  /// not errors and a star over it cannot be expanded.
  bool Open = false;

  const BoundColumn *find(llvm::StringRef Name) const;
};

/// What a column reference names.
struct ColumnBinding {
  enum class Kind {
    Column,     ///< A column of a FROM item (Col), Depth levels up.
    WholeRow,   ///< A FROM item as a whole (`SELECT t FROM t`, `t.*`).
    Output,     ///< An output column (ORDER BY / GROUP BY by name).
    Unknowable, ///< May come from an open relation; not checked.
    Unknown,    ///< Names nothing: an error.
    Ambiguous,  ///< Names several columns: an error.
  };
  Kind K = Kind::Unknowable;
  BoundColumn Col;
  /// Query levels between the reference and its FROM item (0: its own).
  unsigned Depth = 0;
  /// The FROM item is a scan of this relation (not a CTE or subquery), so
  /// the reference spells the relation's own column name (Column) or names
  /// the relation (WholeRow).
  const Object *Scanned = nullptr;
};

/// One column a select-list star stands for.
struct StarColumn {
  /// The name that references it from the select list ("" for the merged
  /// column of a FULL JOIN ... USING, which only an unqualified name can).
  std::string Qualifier;
  BoundColumn Col;
  /// As ColumnBinding::Scanned.
  const Object *Scanned = nullptr;
};

/// A reference the database would reject.
struct BindProblem {
  enum class Kind {
    UnknownColumn,        ///< column 'a.nme' does not exist
    AmbiguousColumn,      ///< column reference 'x' is ambiguous
    MissingFromEntry,     ///< missing FROM-clause entry for table 't'
    InvalidFromEntry,     ///< table 'a' is in FROM under an alias (Hint)
    UnknownUsingColumn,   ///< USING (x) where a side has no x (Hint: side)
    DuplicateCommonColumn ///< USING (x) where a side has two (Hint: side)
  };
  Kind K;
  Location Loc;
  /// The name as written ("nme", "a.nme", "t").
  std::string Name;
  /// InvalidFromEntry: the alias; UnknownUsingColumn: "left" or "right".
  std::string Hint;
};

struct BindResult {
  /// The columns of the bound query (a view: renamed by its column list).
  RelShape Output;
  llvm::DenseMap<const ColumnRef *, ColumnBinding> Refs;
  /// Select-list stars that could be expanded.
  llvm::DenseMap<const ColumnRef *, std::vector<StarColumn>> Stars;
  std::vector<BindProblem> Problems;

  const ColumnBinding *lookup(const ColumnRef &R) const {
    auto It = Refs.find(&R);
    return It == Refs.end() ? nullptr : &It->second;
  }
  /// Whether the query reads column \p Column of relation \p Rel (by name,
  /// through a star, or as part of a whole row).
  bool usesColumn(const Object &Rel, llvm::StringRef Column) const;
};

/// Resolves names against a module. Shapes of tables and views are computed
/// once per binder (a view bound by bindView is not bound again for the
/// views that scan it): make a new one after the module changes.
class Binder {
public:
  explicit Binder(const Module &M);
  ~Binder();
  Binder(const Binder &) = delete;
  Binder &operator=(const Binder &) = delete;

  /// Binds a query (a view body, a standalone query).
  BindResult bindQuery(const Rel &Query);
  /// Binds the body of \p V; the output has the view's column names.
  BindResult bindView(const View &V);
  /// Binds a table-level expression (CHECK, generated column, index
  /// expression) in the scope of \p T.
  BindResult bindTableExpr(const Table &T, const Expr &E);

  /// The columns a relation of the module has (a view's: its bound output).
  RelShape shapeOf(const Object &Relation);

  /// The name the database gives an output column computed by \p E without
  /// an alias (PostgreSQL: a column's or function's name, a cast's type,
  /// `case`, `?column?`, ...).
  static std::string figureColumnName(const Expr &E, const DialectRules &R);

  class Impl;

private:
  std::unique_ptr<Impl> P;
};

} // namespace schemac

#endif // SCHEMAC_IR_BINDER_H
