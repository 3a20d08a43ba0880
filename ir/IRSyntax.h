//===- IRSyntax.h - Shared spellings of the textual and JSON IR -*- C++ -*-===//
//
// Part of schemac. Private to ir/. The printer, the parser and the JSON form
// share one set of spellings: the kind names of the .def files, one table per
// IR enum (value <-> keyword), the set of IR keywords (names equal to one are
// printed quoted) and the quoting rules of names and strings.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRSYNTAX_H
#define SCHEMAC_IR_IRSYNTAX_H

#include "schemac/ir/Module.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>

namespace schemac {
namespace irsyntax {

/// One spelling of an enum value, in the textual IR and in JSON.
template <typename E> struct EnumSpelling {
  E Value;
  const char *Name;
};

template <typename E, size_t N>
llvm::StringRef spell(const EnumSpelling<E> (&Table)[N], E V) {
  for (const EnumSpelling<E> &S : Table)
    if (S.Value == V)
      return S.Name;
  return "?";
}

template <typename E, size_t N>
std::optional<E> parseSpelling(const EnumSpelling<E> (&Table)[N],
                               llvm::StringRef Name) {
  for (const EnumSpelling<E> &S : Table)
    if (Name == S.Name)
      return S.Value;
  return std::nullopt;
}

/// Comma-separated list of a table's spellings, for error messages.
template <typename E, size_t N>
std::string listSpellings(const EnumSpelling<E> (&Table)[N]) {
  std::string R;
  for (const EnumSpelling<E> &S : Table) {
    if (!R.empty())
      R += ", ";
    R += "'";
    R += S.Name;
    R += "'";
  }
  return R;
}

// clang-format off
inline constexpr EnumSpelling<Setting::Syntax> SettingSyntaxNames[] = {
    {Setting::Syntax::Set, "set"}, {Setting::Syntax::SetConfig, "set_config"}};
inline constexpr EnumSpelling<Sequence::Persistence> SequencePersistenceNames[] = {
    {Sequence::Persistence::Permanent, "permanent"},
    {Sequence::Persistence::Temporary, "temporary"},
    {Sequence::Persistence::Unlogged, "unlogged"}};
inline constexpr EnumSpelling<Table::Persistence> TablePersistenceNames[] = {
    {Table::Persistence::Permanent, "permanent"},
    {Table::Persistence::Temporary, "temporary"},
    {Table::Persistence::Unlogged, "unlogged"}};
inline constexpr EnumSpelling<PartitionSpec::Strategy> PartitionStrategyNames[] = {
    {PartitionSpec::Strategy::Range, "range"},
    {PartitionSpec::Strategy::List, "list"},
    {PartitionSpec::Strategy::Hash, "hash"}};
inline constexpr EnumSpelling<PartitionBound::BoundKind> PartitionBoundNames[] = {
    {PartitionBound::BoundKind::In, "in"},
    {PartitionBound::BoundKind::Range, "range"},
    {PartitionBound::BoundKind::Hash, "hash"},
    {PartitionBound::BoundKind::Default, "default"}};
inline constexpr EnumSpelling<Constraint::Kind> ConstraintKindNames[] = {
    {Constraint::Kind::PrimaryKey, "primary_key"},
    {Constraint::Kind::Unique, "unique"},
    {Constraint::Kind::ForeignKey, "foreign_key"},
    {Constraint::Kind::Check, "check"},
    {Constraint::Kind::Exclusion, "exclusion"}};
inline constexpr EnumSpelling<ForeignKeyAction> ForeignKeyActionNames[] = {
    {ForeignKeyAction::Unspecified, "unspecified"},
    {ForeignKeyAction::NoAction, "no_action"},
    {ForeignKeyAction::Restrict, "restrict"},
    {ForeignKeyAction::Cascade, "cascade"},
    {ForeignKeyAction::SetNull, "set_null"},
    {ForeignKeyAction::SetDefault, "set_default"}};
inline constexpr EnumSpelling<ForeignKeyMatch> ForeignKeyMatchNames[] = {
    {ForeignKeyMatch::Unspecified, "unspecified"},
    {ForeignKeyMatch::Simple, "simple"},
    {ForeignKeyMatch::Full, "full"},
    {ForeignKeyMatch::Partial, "partial"}};
inline constexpr EnumSpelling<SortDirection> SortDirectionNames[] = {
    {SortDirection::Default, "default"}, {SortDirection::Asc, "asc"},
    {SortDirection::Desc, "desc"}, {SortDirection::Using, "using"}};
inline constexpr EnumSpelling<NullsOrder> NullsOrderNames[] = {
    {NullsOrder::Default, "default"}, {NullsOrder::First, "nulls_first"},
    {NullsOrder::Last, "nulls_last"}};
inline constexpr EnumSpelling<WindowSpec::FrameMode> FrameModeNames[] = {
    {WindowSpec::FrameMode::None, "none"}, {WindowSpec::FrameMode::Rows, "rows"},
    {WindowSpec::FrameMode::Range, "range"},
    {WindowSpec::FrameMode::Groups, "groups"}};
inline constexpr EnumSpelling<WindowSpec::BoundKind> FrameBoundNames[] = {
    {WindowSpec::BoundKind::UnboundedPreceding, "unbounded_preceding"},
    {WindowSpec::BoundKind::Preceding, "preceding"},
    {WindowSpec::BoundKind::CurrentRow, "current_row"},
    {WindowSpec::BoundKind::Following, "following"},
    {WindowSpec::BoundKind::UnboundedFollowing, "unbounded_following"}};
inline constexpr EnumSpelling<WindowSpec::Exclusion> FrameExclusionNames[] = {
    {WindowSpec::Exclusion::None, "none"},
    {WindowSpec::Exclusion::CurrentRow, "current_row"},
    {WindowSpec::Exclusion::Group, "group"},
    {WindowSpec::Exclusion::Ties, "ties"},
    {WindowSpec::Exclusion::NoOthers, "no_others"}};
inline constexpr EnumSpelling<Literal::LitKind> LiteralKindNames[] = {
    {Literal::LitKind::Null, "null"}, {Literal::LitKind::Boolean, "bool"},
    {Literal::LitKind::Integer, "int"}, {Literal::LitKind::Numeric, "num"},
    {Literal::LitKind::String, "str"}, {Literal::LitKind::BitString, "bits"}};
inline constexpr EnumSpelling<FuncCall::Syntax> CallSyntaxNames[] = {
    {FuncCall::Syntax::Normal, "normal"},
    {FuncCall::Syntax::NoParens, "no_parens"},
    {FuncCall::Syntax::Extract, "extract_from"},
    {FuncCall::Syntax::Substring, "substring_from"},
    {FuncCall::Syntax::Position, "position_in"},
    {FuncCall::Syntax::Overlay, "overlay_placing"},
    {FuncCall::Syntax::Trim, "trim_from"}};
inline constexpr EnumSpelling<Cast::Syntax> CastSyntaxNames[] = {
    {Cast::Syntax::DoubleColon, "double_colon"},
    {Cast::Syntax::CastFunction, "cast_function"},
    {Cast::Syntax::TypedLiteral, "typed_literal"}};
inline constexpr EnumSpelling<SubqueryExpr::SubKind> SubqueryKindNames[] = {
    {SubqueryExpr::SubKind::Scalar, "scalar"},
    {SubqueryExpr::SubKind::Exists, "exists"},
    {SubqueryExpr::SubKind::In, "in"}, {SubqueryExpr::SubKind::Any, "any"},
    {SubqueryExpr::SubKind::All, "all"},
    {SubqueryExpr::SubKind::Array, "array"}};
inline constexpr EnumSpelling<IsTest::Test> IsTestNames[] = {
    {IsTest::Test::Null, "null"}, {IsTest::Test::True, "true"},
    {IsTest::Test::False, "false"}, {IsTest::Test::Unknown, "unknown"},
    {IsTest::Test::Document, "document"},
    {IsTest::Test::Normalized, "normalized"}, {IsTest::Test::Json, "json"}};
inline constexpr EnumSpelling<Quantified::Quantifier> QuantifierNames[] = {
    {Quantified::Quantifier::Any, "any"}, {Quantified::Quantifier::Some, "some"},
    {Quantified::Quantifier::All, "all"}};
inline constexpr EnumSpelling<GroupingSet::SetKind> GroupingSetNames[] = {
    {GroupingSet::SetKind::Rollup, "rollup"},
    {GroupingSet::SetKind::Cube, "cube"}, {GroupingSet::SetKind::Sets, "sets"},
    {GroupingSet::SetKind::Empty, "empty"}};
inline constexpr EnumSpelling<Project::DistinctKind> DistinctKindNames[] = {
    {Project::DistinctKind::None, "none"}, {Project::DistinctKind::All, "all"},
    {Project::DistinctKind::Distinct, "distinct"},
    {Project::DistinctKind::On, "distinct_on"}};
inline constexpr EnumSpelling<Join::JoinKind> JoinKindNames[] = {
    {Join::JoinKind::Inner, "inner"}, {Join::JoinKind::Left, "left"},
    {Join::JoinKind::Right, "right"}, {Join::JoinKind::Full, "full"},
    {Join::JoinKind::Cross, "cross"}};
inline constexpr EnumSpelling<Limit::Syntax> LimitSyntaxNames[] = {
    {Limit::Syntax::LimitOffset, "limit_offset"},
    {Limit::Syntax::FetchFirst, "fetch_first"}};
inline constexpr EnumSpelling<SetOp::OpKind> SetOpKindNames[] = {
    {SetOp::OpKind::Union, "union"}, {SetOp::OpKind::Intersect, "intersect"},
    {SetOp::OpKind::Except, "except"}};
inline constexpr EnumSpelling<CommonTableExpr::Materialization> CteMaterializationNames[] = {
    {CommonTableExpr::Materialization::Default, "default"},
    {CommonTableExpr::Materialization::Materialized, "materialized"},
    {CommonTableExpr::Materialization::NotMaterialized, "not_materialized"}};

inline constexpr EnumSpelling<Object::Kind> ObjectKindNames[] = {
#define SCHEMAC_OBJECT(Class, IRName) {Object::Kind::Class, IRName},
#include "schemac/ir/ObjectKinds.def"
};
inline constexpr EnumSpelling<Expr::Kind> ExprKindNames[] = {
#define SCHEMAC_EXPR(Class, IRName) {Expr::Kind::Class, IRName},
#include "schemac/ir/ExprKinds.def"
};
inline constexpr EnumSpelling<Rel::Kind> RelKindNames[] = {
#define SCHEMAC_REL(Class, IRName) {Rel::Kind::Class, IRName},
#include "schemac/ir/RelKinds.def"
};
inline constexpr EnumSpelling<TypeKind> TypeKindNames[] = {
#define SCHEMAC_TYPE(Kind, IRName) {TypeKind::Kind, IRName},
#include "schemac/ir/TypeKinds.def"
};
// clang-format on

/// True if \p S is a keyword of the textual IR: a kind name of a .def file,
/// an enum spelling or an attribute keyword. Names equal to a keyword are
/// printed quoted.
bool isKeyword(llvm::StringRef S);

/// True if \p S is printed bare as a name: a simple identifier
/// ([A-Za-z_][A-Za-z0-9_]*) that is not a keyword.
bool isBareName(llvm::StringRef S);

/// True if \p S is printed bare as a number: -?[0-9]+(.[0-9]+)?
bool isBareNumber(llvm::StringRef S);

/// Prints \p S as a double-quoted string with escapes (\\ \" \n \t \r and
/// \xHH for other control bytes and bytes that are not valid UTF-8).
void printString(llvm::raw_ostream &OS, llvm::StringRef S);

/// Prints \p S bare if isBareName(), else as a string.
void printName(llvm::raw_ostream &OS, llvm::StringRef S);

/// schema.name or name; each part as printName().
void printQualifiedName(llvm::raw_ostream &OS, const QualifiedName &N);

/// A modifier or literal value: a number or name bare, else a string.
void printAtom(llvm::raw_ostream &OS, llvm::StringRef S);

} // namespace irsyntax
} // namespace schemac

#endif // SCHEMAC_IR_IRSYNTAX_H
