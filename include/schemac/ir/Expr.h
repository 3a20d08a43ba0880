//===- Expr.h - Scalar expressions of the IR -------------------*- C++ -*-===//
//
// Part of schemac. Scalar expressions appear in defaults, CHECK constraints,
// generated columns, index elements and predicates, partition bounds and in
// the relational algebra of queries (Rel.h). Nodes keep the syntax choices a
// backend needs to print them back faithfully (e.g. `x::t` vs CAST(x AS t))
// but no text of the source.
//
// Nodes are plain structs with public fields, owned through unique_ptr. Use
// isa/cast/dyn_cast (LLVM RTTI via classof) and ExprVisitor (Visitor.h).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_EXPR_H
#define SCHEMAC_IR_EXPR_H

#include "schemac/ir/DataType.h"
#include "schemac/ir/QualifiedName.h"
#include "schemac/support/Location.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemac {

class Rel;
using RelPtr = std::unique_ptr<Rel>;

class Expr {
public:
  enum class Kind {
#define SCHEMAC_EXPR(Class, IRName) Class,
#include "schemac/ir/ExprKinds.def"
  };

  virtual ~Expr();
  Kind getKind() const { return K; }
  /// The IR name of the kind ("col", "binary", ...).
  llvm::StringRef getKindName() const;
  Location Loc;

  /// Deep copy.
  std::unique_ptr<Expr> clone() const;

protected:
  Expr(Kind K, Location Loc) : Loc(Loc), K(K) {}

private:
  Kind K;
};
using ExprPtr = std::unique_ptr<Expr>;

/// Deep copies that accept null.
ExprPtr cloneExpr(const ExprPtr &E);
RelPtr cloneRel(const RelPtr &R);
std::vector<ExprPtr> cloneExprs(const std::vector<ExprPtr> &V);

/// Dialect-neutral meaning of an operator (OperatorKinds.def).
enum class BinaryOpKind {
#define SCHEMAC_BINARY_OP(Kind, IRName) Kind,
#include "schemac/ir/OperatorKinds.def"
};
enum class UnaryOpKind {
#define SCHEMAC_UNARY_OP(Kind, IRName) Kind,
#include "schemac/ir/OperatorKinds.def"
};
/// The IR names of the kinds ("concat", "neg", ...).
llvm::StringRef getBinaryOpKindName(BinaryOpKind K);
llvm::StringRef getUnaryOpKindName(UnaryOpKind K);
/// The kind a spelling denotes in the IR's own notation
/// (SCHEMAC_*_SPELLING in OperatorKinds.def); Other if it lists none.
BinaryOpKind getNotationBinaryOpKind(llvm::StringRef Spelling);
UnaryOpKind getNotationUnaryOpKind(llvm::StringRef Spelling);

enum class SortDirection { Default, Asc, Desc, Using };
enum class NullsOrder { Default, First, Last };

struct SortKey {
  ExprPtr Value;
  SortDirection Direction = SortDirection::Default;
  std::string UsingOp; ///< For SortDirection::Using.
  NullsOrder Nulls = NullsOrder::Default;

  SortKey clone() const;
};

/// OVER (...) of a window function, or a WINDOW clause definition.
struct WindowSpec {
  enum class FrameMode { None, Rows, Range, Groups };
  enum class BoundKind {
    UnboundedPreceding,
    Preceding,
    CurrentRow,
    Following,
    UnboundedFollowing
  };
  enum class Exclusion { None, CurrentRow, Group, Ties, NoOthers };
  struct Bound {
    BoundKind Kind;
    ExprPtr Offset; ///< For Preceding/Following.
    // A constructor instead of default member initializers, so that
    // std::optional<Bound> is default-constructible inside WindowSpec too
    // (clang rejects End.emplace() otherwise).
    Bound() : Kind(BoundKind::UnboundedPreceding) {}
    explicit Bound(BoundKind K, ExprPtr Offset = nullptr)
        : Kind(K), Offset(std::move(Offset)) {}
  };

  std::string RefName; ///< `OVER w` or `OVER (w ...)`: the base window.
  std::vector<ExprPtr> PartitionBy;
  std::vector<SortKey> OrderBy;
  FrameMode Mode = FrameMode::None;
  Bound Start;
  std::optional<Bound> End; ///< Set for BETWEEN ... AND ...
  Exclusion Exclude = Exclusion::None;

  std::unique_ptr<WindowSpec> clone() const;
};

//===----------------------------------------------------------------------===//
// Leaves
//===----------------------------------------------------------------------===//

/// A column reference: `c`, `t.c`, `s.t.c`, or a star `*` / `t.*` (Star set,
/// Path holds only the qualifiers). In a domain CHECK, `VALUE` is a ColumnRef
/// with Path {"value"}.
class ColumnRef : public Expr {
public:
  std::vector<std::string> Path;
  bool Star = false;

  ColumnRef(Location L, std::vector<std::string> Path, bool Star = false)
      : Expr(Kind::ColumnRef, L), Path(std::move(Path)), Star(Star) {}
  llvm::StringRef getColumnName() const {
    return Star || Path.empty() ? llvm::StringRef("*")
                                : llvm::StringRef(Path.back());
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::ColumnRef; }
};

class Literal : public Expr {
public:
  enum class LitKind { Null, Boolean, Integer, Numeric, String, BitString };
  LitKind LK;
  /// Integer/Numeric: digits as written; Boolean: "true"/"false"; String:
  /// the value (escapes processed, quotes removed); BitString: "b0101" or
  /// "x1F" (prefix letter kept).
  std::string Value;

  Literal(Location L, LitKind LK, std::string Value)
      : Expr(Kind::Literal, L), LK(LK), Value(std::move(Value)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::Literal; }
};

/// A positional parameter ($1) or a named one (:name).
class Param : public Expr {
public:
  unsigned Number = 0; ///< 0 if named.
  std::string Name;

  Param(Location L, unsigned Number, std::string Name = "")
      : Expr(Kind::Param, L), Number(Number), Name(std::move(Name)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::Param; }
};

//===----------------------------------------------------------------------===//
// Operators and calls
//===----------------------------------------------------------------------===//

/// Prefix operator: "-", "+", "NOT", "~", "@", "|/", ... OpSchema is set for
/// PostgreSQL's OPERATOR(schema.op) spelling. OpKind is the neutral meaning;
/// the constructor derives it from the spelling in the IR's notation, and a
/// frontend whose dialect means something else sets it.
class UnaryOp : public Expr {
public:
  std::string Op;
  std::string OpSchema;
  ExprPtr Operand;
  UnaryOpKind OpKind;

  UnaryOp(Location L, std::string Op, ExprPtr Operand)
      : Expr(Kind::UnaryOp, L), Op(std::move(Op)), Operand(std::move(Operand)),
        OpKind(getNotationUnaryOpKind(this->Op)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::UnaryOp; }
};

/// Infix operator. Keyword operators are upper case with single spaces:
/// "AND", "OR", "LIKE", "NOT LIKE", "ILIKE", "NOT ILIKE", "SIMILAR TO",
/// "NOT SIMILAR TO", "IS DISTINCT FROM", "IS NOT DISTINCT FROM",
/// "AT TIME ZONE". Symbolic operators are kept as written ("=", "<>", "!=",
/// "||", "->>", "@@", ...). Escape is LIKE's ESCAPE operand. OpKind is the
/// neutral meaning (see UnaryOp).
class BinaryOp : public Expr {
public:
  std::string Op;
  std::string OpSchema;
  ExprPtr LHS, RHS;
  ExprPtr Escape;
  BinaryOpKind OpKind;

  BinaryOp(Location L, std::string Op, ExprPtr LHS, ExprPtr RHS)
      : Expr(Kind::BinaryOp, L), Op(std::move(Op)), LHS(std::move(LHS)),
        RHS(std::move(RHS)), OpKind(getNotationBinaryOpKind(this->Op)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::BinaryOp; }
};

/// One link of an OpChain: the operator and its right operand.
struct ChainLink {
  /// As BinaryOp::Op; never qualified (OPERATOR(s.op) makes a BinaryOp).
  std::string Op;
  ExprPtr Operand;
  BinaryOpKind OpKind = BinaryOpKind::Other;
  /// The operator's location (a BinaryOp's).
  Location Loc;

  ChainLink() = default;
  ChainLink(Location L, std::string Op, ExprPtr Operand)
      : Op(std::move(Op)), Operand(std::move(Operand)),
        OpKind(getNotationBinaryOpKind(this->Op)), Loc(L) {}
};

/// A left-associative chain of binary operators, `a + b - c` or `x = 1 OR
/// x = 2 OR ...`: First, then each link applied to the result so far, so it
/// means the nested BinaryOps ((First op1 X1) op2 X2) ... of its links. A
/// frontend makes one of operators of one binding strength written one after
/// another; what matters is that a chain has no depth, however long it is:
/// generated schemas hold CHECKs with thousands of terms, and every walk over
/// the IR (binder, printers, readers, equality, destruction) would recurse
/// once per term through nested BinaryOps. It has at least two links (one is
/// a BinaryOp). Loc is the last operator's, as a BinaryOp's would be.
class OpChain : public Expr {
public:
  ExprPtr First;
  std::vector<ChainLink> Links;

  explicit OpChain(Location L, ExprPtr First = nullptr)
      : Expr(Kind::OpChain, L), First(std::move(First)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::OpChain; }
};

/// Whether \p E may be the prefix of a chain: a BinaryOp without an
/// operator schema or ESCAPE, or an OpChain.
bool isChainPrefix(const Expr &E);
/// \p B, whose LHS is a chain prefix (isChainPrefix), as the chain of that
/// prefix with B's operator and RHS as one more link. Frontends build
/// chains with it link by link, so that every frontend builds the same.
ExprPtr extendChain(std::unique_ptr<BinaryOp> B);

/// A function call, including aggregates and window functions and the
/// SQL special forms, which keep their syntax for printing:
///   NoParens:  CURRENT_DATE, CURRENT_TIMESTAMP(3) has parens, USER, ...
///   Extract:   EXTRACT(field FROM x)        Args = {lit field, x}
///   Substring: SUBSTRING(x FROM a FOR b)    Args = {x, a, b}; ArgNames
///              hold "from"/"for" markers for the present parts
///   Position:  POSITION(a IN b)             Args = {a, b}
///   Overlay:   OVERLAY(x PLACING y FROM a [FOR b])
///   Trim:      TRIM([LEADING|TRAILING|BOTH] [chars] FROM x); TrimSpec
/// and the SQL/XML forms (XMLCONCAT is a Normal call). Key words between
/// the arguments are upper-case string literals at fixed places, as
/// EXTRACT's field and NORMALIZE's form are:
///   XmlElement:    XMLELEMENT(NAME n [, XMLATTRIBUTES(...)] [, x, ...])
///                  Args = {lit n, [XmlAttributes call], x, ...}
///   XmlAttributes: XMLATTRIBUTES(a [AS l], ...), only as XMLELEMENT's
///                  second argument; ArgNames hold the labels ("" = none)
///   XmlForest:     XMLFOREST(a [AS l], ...); ArgNames as XmlAttributes
///   XmlParse:      XMLPARSE(DOCUMENT|CONTENT x [STRIP|PRESERVE WHITESPACE])
///                  Args = {lit DOCUMENT|CONTENT, x [, lit STRIP|PRESERVE]}
///   XmlPi:         XMLPI(NAME n [, x])        Args = {lit n [, x]}
///   XmlRoot:       XMLROOT(x, VERSION v|NO VALUE [, STANDALONE s])
///                  Args = {x, v or null [, lit YES|NO|NO VALUE]}
///   XmlSerialize:  XMLSERIALIZE(DOCUMENT|CONTENT x AS t)
///                  Args = {lit DOCUMENT|CONTENT, CAST(x AS t)}: the target
///                  type is a Cast's, as PostgreSQL coerces the text to it
///   XmlExists:     XMLEXISTS(p PASSING x)     Args = {p, x}; BY REF/VALUE
///                  are noise words PostgreSQL ignores, not kept
class FuncCall : public Expr {
public:
  enum class Syntax {
    Normal,
    NoParens,
    Extract,
    Substring,
    Position,
    Overlay,
    Trim,
    Normalize, ///< NORMALIZE(x [, form]): the form is a string literal
    XmlElement,
    XmlAttributes,
    XmlForest,
    XmlParse,
    XmlPi,
    XmlRoot,
    XmlSerialize,
    XmlExists
  };
  std::vector<std::string> Name; ///< Possibly qualified: {"pg_catalog","now"}.
  std::vector<ExprPtr> Args;
  std::vector<std::string>
      ArgNames;                 ///< Empty, or one per arg ("" = positional).
  bool Star = false;            ///< count(*)
  bool Distinct = false;        ///< count(DISTINCT x)
  bool Variadic = false;        ///< VARIADIC last argument
  std::vector<SortKey> OrderBy; ///< string_agg(x, ',' ORDER BY y)
  bool WithinGroup = false;     ///< OrderBy is WITHIN GROUP (ORDER BY ..)
  ExprPtr Filter;               ///< FILTER (WHERE ...)
  std::unique_ptr<WindowSpec> Over; ///< OVER (...)
  Syntax Form = Syntax::Normal;
  std::string TrimSpec; ///< "LEADING", "TRAILING", "BOTH" or "".

  FuncCall(Location L, std::vector<std::string> Name,
           std::vector<ExprPtr> Args = {})
      : Expr(Kind::FuncCall, L), Name(std::move(Name)), Args(std::move(Args)) {}
  llvm::StringRef getFunctionName() const {
    return Name.empty() ? llvm::StringRef() : llvm::StringRef(Name.back());
  }
  static bool classof(const Expr *E) { return E->getKind() == Kind::FuncCall; }
};

/// The type a SQL/XML form gives (FuncCall::Syntax::Xml*, and XMLCONCAT, a
/// Normal call of a name no function can have): xml, boolean for XMLEXISTS,
/// XMLSERIALIZE's target type (its Cast's); null for any other call.
const DataType *getXmlFormType(const FuncCall &F);

/// `x::t`, `CAST(x AS t)` or a typed literal `DATE '2020-01-01'` (Operand is
/// then the string literal).
class Cast : public Expr {
public:
  enum class Syntax { DoubleColon, CastFunction, TypedLiteral };
  ExprPtr Operand;
  DataType Type;
  Syntax Form = Syntax::DoubleColon;

  Cast(Location L, ExprPtr Operand, DataType Type, Syntax Form)
      : Expr(Kind::Cast, L), Operand(std::move(Operand)), Type(std::move(Type)),
        Form(Form) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::Cast; }
};

class Case : public Expr {
public:
  ExprPtr Operand; ///< CASE x WHEN ...; null for searched CASE.
  std::vector<std::pair<ExprPtr, ExprPtr>> Whens;
  ExprPtr Else;

  explicit Case(Location L) : Expr(Kind::Case, L) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::Case; }
};

/// A subquery used as an expression.
class SubqueryExpr : public Expr {
public:
  enum class SubKind { Scalar, Exists, In, Any, All, Array };
  SubKind SK;
  ExprPtr LHS;          ///< For In/Any/All.
  std::string Op;       ///< For Any/All ("=", "<", ...). In uses "=".
  bool Negated = false; ///< NOT IN / NOT EXISTS written as one construct.
  RelPtr Query;

  SubqueryExpr(Location L, SubKind SK, RelPtr Query);
  ~SubqueryExpr() override;
  static bool classof(const Expr *E) {
    return E->getKind() == Kind::SubqueryExpr;
  }
};

class InList : public Expr {
public:
  ExprPtr LHS;
  std::vector<ExprPtr> Items;
  bool Negated = false;

  InList(Location L, ExprPtr LHS)
      : Expr(Kind::InList, L), LHS(std::move(LHS)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::InList; }
};

class Between : public Expr {
public:
  ExprPtr Operand, Low, High;
  bool Negated = false;
  bool Symmetric = false;

  Between(Location L, ExprPtr Operand, ExprPtr Low, ExprPtr High)
      : Expr(Kind::Between, L), Operand(std::move(Operand)),
        Low(std::move(Low)), High(std::move(High)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::Between; }
};

/// `x IS [NOT] NULL|TRUE|FALSE|UNKNOWN|DOCUMENT|NORMALIZED`. The postfix forms
/// ISNULL/NOTNULL are lowered to Null/NotNull.
class IsTest : public Expr {
public:
  enum class Test { Null, True, False, Unknown, Document, Normalized, Json };
  ExprPtr Operand;
  Test What;
  bool Negated = false;
  /// IS [NOT] NFC|NFD|NFKC|NFKD NORMALIZED: the normal form; empty if none.
  std::string Form;

  IsTest(Location L, ExprPtr Operand, Test What, bool Negated)
      : Expr(Kind::IsTest, L), Operand(std::move(Operand)), What(What),
        Negated(Negated) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::IsTest; }
};

/// `x op ANY (array)` / `x op ALL (array)` / SOME. Subquery forms use
/// SubqueryExpr.
class Quantified : public Expr {
public:
  enum class Quantifier { Any, Some, All };
  ExprPtr LHS;
  std::string Op;
  Quantifier Q = Quantifier::Any;
  ExprPtr RHS;

  Quantified(Location L, ExprPtr LHS, std::string Op, Quantifier Q, ExprPtr RHS)
      : Expr(Kind::Quantified, L), LHS(std::move(LHS)), Op(std::move(Op)), Q(Q),
        RHS(std::move(RHS)) {}
  static bool classof(const Expr *E) {
    return E->getKind() == Kind::Quantified;
  }
};

/// ARRAY[a, b] (Keyword set) or a nested bracket list [a, b] inside one.
class ArrayExpr : public Expr {
public:
  std::vector<ExprPtr> Elements;
  bool Keyword = true;

  explicit ArrayExpr(Location L) : Expr(Kind::ArrayExpr, L) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::ArrayExpr; }
};

/// ROW(a, b) (Keyword set) or (a, b).
class RowExpr : public Expr {
public:
  std::vector<ExprPtr> Fields;
  bool Keyword = false;

  explicit RowExpr(Location L) : Expr(Kind::RowExpr, L) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::RowExpr; }
};

/// base[i] or base[lo:hi] (Slice set; either bound may be null).
class Subscript : public Expr {
public:
  ExprPtr Base, Lower, Upper;
  bool Slice = false;

  Subscript(Location L, ExprPtr Base)
      : Expr(Kind::Subscript, L), Base(std::move(Base)) {}
  static bool classof(const Expr *E) { return E->getKind() == Kind::Subscript; }
};

/// (base).field or (base).*
class FieldAccess : public Expr {
public:
  ExprPtr Base;
  std::string Field; ///< "*" for all fields.

  FieldAccess(Location L, ExprPtr Base, std::string Field)
      : Expr(Kind::FieldAccess, L), Base(std::move(Base)),
        Field(std::move(Field)) {}
  static bool classof(const Expr *E) {
    return E->getKind() == Kind::FieldAccess;
  }
};

class CollateExpr : public Expr {
public:
  ExprPtr Operand;
  QualifiedName Collation;

  CollateExpr(Location L, ExprPtr Operand, QualifiedName Collation)
      : Expr(Kind::CollateExpr, L), Operand(std::move(Operand)),
        Collation(std::move(Collation)) {}
  static bool classof(const Expr *E) {
    return E->getKind() == Kind::CollateExpr;
  }
};

/// GROUP BY ROLLUP(...), CUBE(...), GROUPING SETS(...), or () (Empty).
class GroupingSet : public Expr {
public:
  enum class SetKind { Rollup, Cube, Sets, Empty };
  SetKind SK;
  std::vector<ExprPtr> Items; ///< A RowExpr item groups several columns.

  GroupingSet(Location L, SetKind SK) : Expr(Kind::GroupingSet, L), SK(SK) {}
  static bool classof(const Expr *E) {
    return E->getKind() == Kind::GroupingSet;
  }
};

} // namespace schemac

#endif // SCHEMAC_IR_EXPR_H
