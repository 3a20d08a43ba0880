//===- Rel.h - Relational algebra of queries -------------------*- C++ -*-===//
//
// Part of schemac. Queries (view bodies now; standalone queries later) lower
// into a tree of relational operators over scalar expressions (Expr.h).
//
// A SELECT block lowers into the canonical shape, from the top:
//
//   [With] [Limit] [Sort] Project [Filter(HAVING)] [Aggregate] [Filter(WHERE)]
//       FROM-tree (Scan / SubqueryScan / FunctionScan / Values / Join)
//
// Project items may contain aggregate and window calls; a Filter directly
// above an Aggregate is the HAVING clause. Set operations combine blocks;
// Sort/Limit above a SetOp apply to its result. Backends turn this shape back
// into one SELECT and wrap anything else into derived tables.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_REL_H
#define SCHEMAC_IR_REL_H

#include "schemac/ir/Expr.h"

namespace schemac {

class Rel {
public:
  enum class Kind {
#define SCHEMAC_REL(Class, IRName) Class,
#include "schemac/ir/RelKinds.def"
  };

  virtual ~Rel();
  Kind getKind() const { return K; }
  llvm::StringRef getKindName() const;
  Location Loc;

  std::unique_ptr<Rel> clone() const;

protected:
  Rel(Kind K, Location Loc) : Loc(Loc), K(K) {}

private:
  Kind K;
};

/// A table, view or CTE reference in FROM.
class Scan : public Rel {
public:
  QualifiedName Table;
  std::string Alias;
  std::vector<std::string> ColumnAliases;
  bool Only = false;  ///< FROM ONLY t
  bool IsCte = false; ///< Names a CTE of an enclosing With, not a relation.

  Scan(Location L, QualifiedName Table)
      : Rel(Kind::Scan, L), Table(std::move(Table)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Scan; }
};

/// (subquery) AS alias(cols), optionally LATERAL.
class SubqueryScan : public Rel {
public:
  RelPtr Input;
  std::string Alias;
  std::vector<std::string> ColumnAliases;
  bool Lateral = false;

  SubqueryScan(Location L, RelPtr Input)
      : Rel(Kind::SubqueryScan, L), Input(std::move(Input)) {}
  static bool classof(const Rel *R) {
    return R->getKind() == Kind::SubqueryScan;
  }
};

/// A set-returning function in FROM: generate_series(1, 3) AS g(n).
class FunctionScan : public Rel {
public:
  ExprPtr Call; ///< A FuncCall.
  std::string Alias;
  std::vector<std::string> ColumnAliases;
  /// AS t(a int, b text) column definitions for functions returning record.
  std::vector<std::pair<std::string, DataType>> ColumnDefs;
  bool WithOrdinality = false;
  bool Lateral = false;

  FunctionScan(Location L, ExprPtr Call)
      : Rel(Kind::FunctionScan, L), Call(std::move(Call)) {}
  static bool classof(const Rel *R) {
    return R->getKind() == Kind::FunctionScan;
  }
};

/// VALUES (..), (..) as a query or in FROM (then with an alias).
/// One namespace of XMLTABLE's XMLNAMESPACES(uri AS name, DEFAULT uri).
struct XmlNamespace {
  ExprPtr Uri;
  std::string Name; ///< Empty for the DEFAULT namespace.

  XmlNamespace clone() const;
};

/// One column of XMLTABLE: `name type [PATH p] [DEFAULT d] [NOT NULL | NULL]`
/// or `name FOR ORDINALITY` (Type is then integer, the column's type).
struct XmlTableColumn {
  std::string Name;
  DataType Type;
  bool ForOrdinality = false;
  ExprPtr Path;
  ExprPtr Default;
  bool NotNull = false;
  bool ExplicitNull = false; ///< NULL written (the default).
  Location Loc;

  XmlTableColumn clone() const;
};

/// XMLTABLE([XMLNAMESPACES(...),] row PASSING doc COLUMNS ...) in FROM.
/// PASSING's BY REF / BY VALUE are noise words PostgreSQL ignores, not kept.
class XmlTable : public Rel {
public:
  ExprPtr RowExpr;
  ExprPtr Document;
  std::vector<XmlNamespace> Namespaces;
  std::vector<XmlTableColumn> Columns;
  std::string Alias;
  std::vector<std::string> ColumnAliases;
  bool Lateral = false;

  explicit XmlTable(Location L) : Rel(Kind::XmlTable, L) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::XmlTable; }
};

class Values : public Rel {
public:
  std::vector<std::vector<ExprPtr>> Rows;
  std::string Alias;
  std::vector<std::string> ColumnAliases;

  explicit Values(Location L) : Rel(Kind::Values, L) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Values; }
};

class Filter : public Rel {
public:
  RelPtr Input;
  ExprPtr Condition;

  Filter(Location L, RelPtr Input, ExprPtr Condition)
      : Rel(Kind::Filter, L), Input(std::move(Input)),
        Condition(std::move(Condition)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Filter; }
};

struct SelectItem {
  ExprPtr Value;
  std::string Alias;      ///< Empty if none was written.
  bool ExplicitAs = true; ///< `x AS a` rather than `x a`.

  SelectItem clone() const;
};

class Project : public Rel {
public:
  enum class DistinctKind { None, All, Distinct, On };
  RelPtr Input; ///< Null for SELECT without FROM.
  std::vector<SelectItem> Items;
  DistinctKind Distinct = DistinctKind::None;
  std::vector<ExprPtr> DistinctOn;
  /// WINDOW w AS (...) definitions of this SELECT block.
  std::vector<std::pair<std::string, std::unique_ptr<WindowSpec>>> Windows;

  Project(Location L, RelPtr Input)
      : Rel(Kind::Project, L), Input(std::move(Input)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Project; }
};

class Join : public Rel {
public:
  enum class JoinKind { Inner, Left, Right, Full, Cross };
  JoinKind JK = JoinKind::Inner;
  bool Natural = false;
  bool Comma = false; ///< FROM a, b (a Cross join written with a comma).
  RelPtr Left, Right;
  ExprPtr Condition;              ///< ON ...
  std::vector<std::string> Using; ///< USING (...)

  Join(Location L, JoinKind JK, RelPtr Left, RelPtr Right)
      : Rel(Kind::Join, L), JK(JK), Left(std::move(Left)),
        Right(std::move(Right)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Join; }
};

/// GROUP BY. Aggregate calls live in the Project (and HAVING Filter) above.
/// An Aggregate with no keys is an implicit grouping caused by aggregates in
/// the select list only if the frontend chose to make it explicit; frontends
/// create Aggregate only for a written GROUP BY.
class Aggregate : public Rel {
public:
  RelPtr Input;
  std::vector<ExprPtr> GroupBy;
  bool GroupByDistinct = false;

  Aggregate(Location L, RelPtr Input)
      : Rel(Kind::Aggregate, L), Input(std::move(Input)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Aggregate; }
};

class Sort : public Rel {
public:
  RelPtr Input;
  std::vector<SortKey> Keys;

  Sort(Location L, RelPtr Input)
      : Rel(Kind::Sort, L), Input(std::move(Input)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Sort; }
};

class Limit : public Rel {
public:
  enum class Syntax { LimitOffset, FetchFirst };
  RelPtr Input;
  ExprPtr Count;  ///< Null: no limit (LIMIT ALL if LimitAll).
  ExprPtr Offset; ///< Null: no offset.
  bool LimitAll = false;
  bool WithTies = false;
  Syntax Form = Syntax::LimitOffset;

  Limit(Location L, RelPtr Input)
      : Rel(Kind::Limit, L), Input(std::move(Input)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::Limit; }
};

class SetOp : public Rel {
public:
  enum class OpKind { Union, Intersect, Except };
  OpKind Op = OpKind::Union;
  bool All = false;
  bool ExplicitDistinct = false; ///< UNION DISTINCT
  RelPtr Left, Right;

  SetOp(Location L, OpKind Op, RelPtr Left, RelPtr Right)
      : Rel(Kind::SetOp, L), Op(Op), Left(std::move(Left)),
        Right(std::move(Right)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::SetOp; }
};

struct CommonTableExpr {
  enum class Materialization { Default, Materialized, NotMaterialized };
  std::string Name;
  std::vector<std::string> ColumnNames;
  RelPtr Query;
  Materialization Materialize = Materialization::Default;
  Location Loc;

  CommonTableExpr clone() const;
};

class With : public Rel {
public:
  bool Recursive = false;
  std::vector<CommonTableExpr> Ctes;
  RelPtr Body;

  With(Location L, RelPtr Body) : Rel(Kind::With, L), Body(std::move(Body)) {}
  static bool classof(const Rel *R) { return R->getKind() == Kind::With; }
};

} // namespace schemac

#endif // SCHEMAC_IR_REL_H
