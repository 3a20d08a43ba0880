//===- SQLBuilder.h - SQL text from IR expressions and queries -*- C++ -*-===//
//
// Part of schemac. The SQL builder turns the scalar expressions (Expr.h) and
// relational algebra (Rel.h) of the IR back into SQL text of a dialect, like
// ZetaSQL's SQLBuilder. DDL backends print views, defaults, checks, index
// expressions, generated columns and partition bounds with it.
//
// The text parses back into exactly the tree it came from: operands are
// parenthesized by the dialect's precedence table, conservatively (a pair of
// parentheses too many never changes the meaning; one too few does). Syntax
// choices the IR keeps (x::t vs CAST, special function forms, AS in labels,
// LIMIT vs FETCH FIRST) are printed as written when the target dialect has
// them, else in a form it has (SQLFeatures). Operators are written as the
// source spelled them when the IR comes from the target dialect, else by
// their neutral kind (OpKind) in the target's spelling. What the target
// cannot say at all is reported (takeUnsupported()).
//
// A query in the canonical SELECT-block shape of Rel.h becomes one SELECT;
// anything else is wrapped into derived tables.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_BACKENDS_SQL_SQLBUILDER_H
#define SCHEMAC_BACKENDS_SQL_SQLBUILDER_H

#include "schemac/dialects/SQLDialect.h"
#include "schemac/ir/Index.h"
#include "schemac/ir/Rel.h"

#include <functional>
#include <optional>
#include <string>

namespace schemac {

struct SQLBuilderOptions {
  /// Print DataType::Spelling when it is set (the source was written in the
  /// target dialect); otherwise types are rendered from their kind.
  bool UseTypeSpellings = true;
  /// Queries one clause per line, nested queries indented; otherwise one
  /// line.
  bool Pretty = true;
  /// The dialect the IR was written in (Module::Dialect) when it is not the
  /// target: operators are then written by their neutral kind. Null: the
  /// IR is in the target dialect (or its dialect is unknown).
  const SQLDialect *Source = nullptr;
  /// For a target without schemas (SQLFeatures::Schemas false, SQLite):
  /// the one schema of the module that the target's database is. Names in
  /// it are written unqualified; a name in another schema cannot be
  /// written.
  std::string OnlySchema;
  /// For a target whose CAST names types otherwise than its columns do
  /// (MySQL: SIGNED, CHAR(n), DATETIME(6)): the type written in CAST(x AS
  /// type) for a cast to \p T, "" to write the operand alone (the cast
  /// changes nothing there), or nullopt if the target has no such cast.
  /// Every cast is then written CAST(x AS type). Null: casts name the
  /// column type, as x::type and typed literals where the target has them.
  std::function<std::optional<std::string>(const DataType &T)> CastType;
};

class SQLBuilder {
public:
  explicit SQLBuilder(const SQLDialect &D, SQLBuilderOptions Opts = {})
      : D(D), Opts(Opts) {}

  const SQLDialect &getDialect() const { return D; }
  const SQLBuilderOptions &getOptions() const { return Opts; }
  void setCastType(decltype(SQLBuilderOptions::CastType) F) {
    Opts.CastType = std::move(F);
  }

  // Each printer comes in two forms: one returning the text, and one
  // appending it to a buffer (what backends writing large scripts use).

  /// An identifier, quoted when needed.
  std::string identifier(llvm::StringRef Ident) const {
    return D.quoteIdentifier(Ident);
  }
  void appendIdentifier(std::string &Out, llvm::StringRef Ident) const;
  /// A possibly qualified name, each part quoted when needed.
  std::string name(const QualifiedName &N) const;
  void appendName(std::string &Out, const QualifiedName &N) const;
  /// Collation \p N: as it is in a module of the target's dialect; from
  /// another dialect's module, a built-in collation by its neutral name
  /// (SQLDialect::Description::Collations), marked unsupported if the
  /// target has none of that meaning.
  void appendCollation(std::string &Out, const QualifiedName &N) const;
  /// A string literal.
  std::string stringLiteral(llvm::StringRef S) const {
    return D.quoteString(S);
  }
  void appendStringLiteral(std::string &Out, llvm::StringRef S) const;
  /// A comma-separated list of identifiers.
  std::string identifierList(const std::vector<std::string> &Idents) const;
  void appendIdentifierList(std::string &Out,
                            const std::vector<std::string> &Idents) const;

  /// A type: the source spelling, or rendered from kind, modifiers, name
  /// and array dimensions.
  std::string type(const DataType &T) const;
  void appendType(std::string &Out, const DataType &T) const;
  /// Whether the source spelling of \p T names \p T's type: its words
  /// without modifiers and array bounds are a name the target's type table
  /// reads as T's kind, or, for a named type, end in T's name. A spelling
  /// that names another type (hand-written IR can hold one) is not
  /// written: the type is.
  bool spellingAgrees(const DataType &T) const;
  /// An interval type written with fields ("interval hour to second(3)"),
  /// split into the type ("interval") and its fields ("hour to second(3)"),
  /// which a typed literal writes after the string; none otherwise.
  std::optional<std::pair<llvm::StringRef, llvm::StringRef>>
  getIntervalFields(const DataType &T) const;

  /// An expression (nested queries on one line).
  std::string expr(const Expr &E) const;
  void appendExpr(std::string &Out, const Expr &E) const;
  /// An expression in a position that accepts only operators binding at
  /// least as tightly as \p Min; parenthesized otherwise (e.g. DEFAULT
  /// takes a b_expr in PostgreSQL: Precedence::OtherOp).
  std::string expr(const Expr &E, Precedence Min) const;
  void appendExpr(std::string &Out, const Expr &E, Precedence Min) const;

  /// A query. With Pretty, clauses start new lines indented by \p Indent.
  std::string query(const Rel &R, unsigned Indent = 0) const;
  void appendQuery(std::string &Out, const Rel &R, unsigned Indent = 0) const;

  /// One key of an index, exclusion constraint or partition key: a column
  /// or (expression), then COLLATE, operator class, ASC/DESC, NULLS.
  std::string indexElement(const IndexElement &E) const;
  void appendIndexElement(std::string &Out, const IndexElement &E) const;
  std::string sortKey(const SortKey &K) const;
  /// A window specification without the surrounding OVER.
  std::string windowSpec(const WindowSpec &W) const;
  /// (name = value, ...) of storage parameters, values as written.
  std::string storageParams(const StorageParams &P) const;
  void appendStorageParams(std::string &Out, const StorageParams &P) const;

  /// True if something printed since the last call had a missing part (an
  /// operator without an operand, a view without a query, ...): that text
  /// is not valid SQL. Clears the flag.
  bool takeMalformed() const {
    bool R = Malformed;
    Malformed = false;
    return R;
  }
  /// Used by the printer when a required part is missing.
  void markMalformed() const { Malformed = true; }

  /// The first construct printed since the last call that the target
  /// dialect cannot express ("DISTINCT ON", ...), or "". Clears it.
  std::string takeUnsupported() const {
    std::string R;
    R.swap(Unsupported);
    return R;
  }
  /// Used by the printer (and DDL writers) for such a construct.
  void markUnsupported(llvm::StringRef What) const {
    if (Unsupported.empty())
      Unsupported = What.str();
  }

private:
  const SQLDialect &D;
  SQLBuilderOptions Opts;
  mutable bool Malformed = false;
  mutable std::string Unsupported;
};

} // namespace schemac

#endif // SCHEMAC_BACKENDS_SQL_SQLBUILDER_H
