//===- NodeFields.h - One description of every IR node's fields -*- C++ -*-===//
//
// Part of schemac. Every IR node type lists its fields once, here, as a
// constexpr table of Field entries (member pointer, JSON key, text form,
// default, role). The textual printer and parser, the JSON writer and
// reader, structural equality and hashing, clone() and the walks are all
// driven by these tables (the idea of ZetaSQL's generated resolved AST):
// adding a field to a node means adding the member and one row below.
//
//   template <> struct NodeFields<Cast> {
//     static constexpr auto Fields = std::tuple{
//         field(&Cast::Operand, "operand").pos(),
//         field(&Cast::Type, "type").pos(),
//         field(&Cast::Form, "syntax").bareEnum(irsyntax::CastSyntaxNames)
//             .dflt(Cast::Syntax::DoubleColon).presentation()};
//   };
//
// The order of a table is the order of the textual IR. The parts every
// object, expression and relation has (name, owner, comment, location) are
// described once by NodeFields<Object>, NodeFields<Expr> and
// NodeFields<Rel>. docs/IR.md explains the text forms and how to add a
// field or a node kind.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_NODEFIELDS_H
#define SCHEMAC_IR_NODEFIELDS_H

#include "schemac/ir/Module.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/ErrorHandling.h"

#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>

/// After a lambda's parameter list: inline the lambda into its caller, so
/// that the constant field entry it receives folds away.
#if defined(__GNUC__)
#define SCHEMAC_INLINE_LAMBDA __attribute__((always_inline))
#else
#define SCHEMAC_INLINE_LAMBDA
#endif

namespace schemac {
namespace irsyntax {

/// One spelling of an enum value, in the textual IR and in JSON.
template <typename E> struct EnumSpelling {
  E Value;
  const char *Name;
};

template <typename E>
llvm::StringRef spell(std::span<const EnumSpelling<E>> Table, E V) {
  for (const EnumSpelling<E> &S : Table)
    if (S.Value == V)
      return S.Name;
  return "?";
}
template <typename E, size_t N>
llvm::StringRef spell(const EnumSpelling<E> (&Table)[N], E V) {
  return spell(std::span<const EnumSpelling<E>>(Table), V);
}

template <typename E>
std::optional<E> parseSpelling(std::span<const EnumSpelling<E>> Table,
                               llvm::StringRef Name) {
  for (const EnumSpelling<E> &S : Table)
    if (Name == S.Name)
      return S.Value;
  return std::nullopt;
}
template <typename E, size_t N>
std::optional<E> parseSpelling(const EnumSpelling<E> (&Table)[N],
                               llvm::StringRef Name) {
  return parseSpelling(std::span<const EnumSpelling<E>>(Table), Name);
}

/// Comma-separated list of a table's spellings, for error messages.
template <typename E>
std::string listSpellings(std::span<const EnumSpelling<E>> Table) {
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
template <typename E, size_t N>
std::string listSpellings(const EnumSpelling<E> (&Table)[N]) {
  return listSpellings(std::span<const EnumSpelling<E>>(Table));
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
    {FuncCall::Syntax::Trim, "trim_from"},
    {FuncCall::Syntax::Normalize, "normalize_form"},
    {FuncCall::Syntax::XmlElement, "xmlelement_name"},
    {FuncCall::Syntax::XmlAttributes, "xmlattributes_as"},
    {FuncCall::Syntax::XmlForest, "xmlforest_as"},
    {FuncCall::Syntax::XmlParse, "xmlparse_option"},
    {FuncCall::Syntax::XmlPi, "xmlpi_name"},
    {FuncCall::Syntax::XmlRoot, "xmlroot_version"},
    {FuncCall::Syntax::XmlSerialize, "xmlserialize_as"},
    {FuncCall::Syntax::XmlExists, "xmlexists_passing"}};
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

inline constexpr EnumSpelling<BinaryOpKind> BinaryOpKindNames[] = {
#define SCHEMAC_BINARY_OP(Kind, IRName) {BinaryOpKind::Kind, IRName},
#include "schemac/ir/OperatorKinds.def"
};
inline constexpr EnumSpelling<UnaryOpKind> UnaryOpKindNames[] = {
#define SCHEMAC_UNARY_OP(Kind, IRName) {UnaryOpKind::Kind, IRName},
#include "schemac/ir/OperatorKinds.def"
};
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

} // namespace irsyntax

//===----------------------------------------------------------------------===//
// Field entries
//===----------------------------------------------------------------------===//

/// What a field means to structural equality and hashing.
enum class FieldRole : uint8_t {
  Semantic,     ///< Part of the schema's meaning.
  Presentation, ///< A syntax choice only: how the source spelled it.
  Location,     ///< A source location.
};

/// How a field appears in the textual IR (docs/IR.md, "Text forms").
enum class TextForm : uint8_t {
  Hidden,     ///< Not written by itself: a hook of another field writes it.
  Pos,        ///< An operand at its place: ` VALUE`.
  Kw,         ///< ` WORD VALUE`; WORD may be punctuation ("=", ":").
  Flag,       ///< ` WORD` when true (WORD may be "*").
  InvFlag,    ///< ` WORD` when false.
  Choice,     ///< ` WORD` when true, ` WORD2` when false (optional<bool>:
              ///< when set).
  BareEnum,   ///< ` SPELLING`.
  Inline,     ///< A struct whose fields are written as the node's own.
  Parens,     ///< A struct written ` (FIELDS)`.
  Repeat,     ///< A vector, one ` [WORD] ELEMENT` per element.
  Lines,      ///< A vector of structs in the body, a line `WORD FIELDS` each.
  Tree,       ///< A query in the body: the relation tree.
  Block,      ///< A query operand of an expression: `{ TREE }`.
  LineBlock,  ///< A query on a line of its own (CTEs): `{ TREE }`.
  Child,      ///< An input of a relation: on the next line, indented.
  ChildLines, ///< A vector of structs of a relation, a line `WORD ...` each,
              ///< before its inputs.
  Loc,        ///< ` loc(...)` with --print-locations.
  Hook,       ///< A form of its own, named by Hook.
};

/// How a string (or the strings of a list) is written in the text.
enum class ValueStyle : uint8_t {
  Default,    ///< By the type: strings as names.
  Name,       ///< Bare identifier when possible, else a quoted string.
  Str,        ///< Always a quoted string.
  Dotted,     ///< A vector of names written `a.b.c`.
  NameOrStar, ///< A name, or `*` for "*".
};

/// The forms that are truly one of a kind.
enum class TextHook : uint8_t {
  None,
  Literal,    ///< `(lit true)`, `(lit int 42)`, `(lit str "x")`.
  ColumnPath, ///< `(col a.b)`, `(col t.*)`, `(col *)`.
  CallArgs,   ///< call arguments, `name: EXPR` for named ones.
};

struct NoDefault {
  friend constexpr bool operator==(NoDefault, NoDefault) { return true; }
};
struct NoSpellings {};

/// One field of node type T with member type M.
template <class T, class M> struct Field {
  using Node = T;
  using Member = M;
  using DefaultType = std::conditional_t<std::is_scalar_v<M>, M, NoDefault>;
  using Spellings =
      std::conditional_t<std::is_enum_v<M>,
                         std::span<const irsyntax::EnumSpelling<M>>,
                         NoSpellings>;

  M T::*Ptr;
  /// The JSON key; also the field's name in difference paths.
  const char *Key;
  FieldRole Role = FieldRole::Semantic;
  TextForm Form = TextForm::Hidden;
  ValueStyle Style = ValueStyle::Default;
  TextHook Hook = TextHook::None;
  /// Keyword, head word or the word for true.
  llvm::StringRef Word;
  /// The word for false (Choice) or the other keyword (KwBy); for pairs, the
  /// message after a missing separator.
  llvm::StringRef Word2;
  /// What the parser says it expected: "collation name", ...
  const char *What = nullptr;
  /// A second message part: pair separators, required keywords.
  const char *What2 = nullptr;
  /// Pairs: the separator between the two halves ("=", ":", "then", "").
  llvm::StringRef Sep;
  /// Always written, never defaulted (required enums such as Constraint's
  /// kind). Text positionals are written always unless optional().
  bool Required = false;
  /// Text: a positional that may be absent (written when not default).
  bool Optional = false;
  /// Text: written right after the previous field, as part of its form
  /// (`owned_by T(C)`, `references T [C]`, `as A [C]`).
  bool Attached = false;
  /// Text: no space before the value; Open/Close wrap it.
  bool Glued = false;
  const char *Open = nullptr, *Close = nullptr;
  const char *OpenWhat = nullptr, *CloseWhat = nullptr;
  /// Text: a keyword form written even when its value is the default.
  bool Always = false;
  DefaultType Default{};
  Spellings Names{};
  /// A default derived from other fields (BinaryOp::OpKind from Op).
  M (*Derived)(const T &) = nullptr;
  /// Text: written when this holds rather than when not default.
  bool (*PrintIf)(const T &) = nullptr;
  /// Text: an optional positional that is written, and must be read, when
  /// this holds (`distinct_on [..]`, `using "OP"`).
  bool (*RequiredIf)(const T &) = nullptr;
  /// Text: the keyword is WORD when this bool member is true, else WORD2.
  bool T::*KwBy = nullptr;
  /// Text: an optional name positional is present when the next token is a
  /// string or an identifier for which this holds (else: a non-keyword).
  bool (*IdentIf)(llvm::StringRef) = nullptr;

  /// Out of line (see outOfLineField()): the member lives in a struct that
  /// the node holds in an OptionalBox, and Ptr is null. Get reads it (an
  /// empty value when the box is empty), Mut creates the box, Find gives
  /// null when the box is empty.
  const M &(*Get)(const T &) = nullptr;
  M &(*Mut)(T &) = nullptr;
  M *(*Find)(T &) = nullptr;

  constexpr Field(M T::*P, const char *K) : Ptr(P), Key(K) {}

  // Access. Consumers read and write members through these, never Ptr, so
  // that out-of-line members work everywhere.
  /// The member's value (read-only).
  const M &get(const T &N) const { return Get ? Get(N) : N.*Ptr; }
  /// The member, to be set (creates an out-of-line member's box).
  M &mut(T &N) const { return Mut ? Mut(N) : N.*Ptr; }
  /// The member if it exists, without creating a box.
  M *find(T &N) const { return Find ? Find(N) : &(N.*Ptr); }

  // Builders.
  constexpr Field pos(const char *W = nullptr) const {
    Field F = *this;
    F.Form = TextForm::Pos;
    F.What = W;
    return F;
  }
  constexpr Field opt() const {
    Field F = *this;
    F.Optional = true;
    return F;
  }
  constexpr Field kw(const char *K, const char *W = nullptr) const {
    Field F = *this;
    F.Form = TextForm::Kw;
    F.Word = K;
    F.What = W;
    return F;
  }
  constexpr Field flag(const char *K) const {
    Field F = *this;
    F.Form = TextForm::Flag;
    F.Word = K;
    return F;
  }
  constexpr Field invFlag(const char *K) const {
    Field F = *this;
    F.Form = TextForm::InvFlag;
    F.Word = K;
    return F;
  }
  constexpr Field choice(const char *True, const char *False,
                         const char *W = nullptr) const {
    Field F = *this;
    F.Form = TextForm::Choice;
    F.Word = True;
    F.Word2 = False;
    F.What = W;
    return F;
  }
  constexpr Field bareEnum() const {
    Field F = *this;
    F.Form = TextForm::BareEnum;
    return F;
  }
  constexpr Field inlined() const {
    Field F = *this;
    F.Form = TextForm::Inline;
    return F;
  }
  constexpr Field parens(const char *W) const {
    Field F = *this;
    F.Form = TextForm::Parens;
    F.What = W;
    return F;
  }
  constexpr Field repeat(const char *K = nullptr,
                         const char *W = nullptr) const {
    Field F = *this;
    F.Form = TextForm::Repeat;
    F.Word = K;
    F.What = W;
    return F;
  }
  constexpr Field lines(const char *Head) const {
    Field F = *this;
    F.Form = TextForm::Lines;
    F.Word = Head;
    return F;
  }
  constexpr Field tree() const {
    Field F = *this;
    F.Form = TextForm::Tree;
    return F;
  }
  constexpr Field block() const {
    Field F = *this;
    F.Form = TextForm::Block;
    return F;
  }
  constexpr Field lineBlock() const {
    Field F = *this;
    F.Form = TextForm::LineBlock;
    return F;
  }
  constexpr Field child() const {
    Field F = *this;
    F.Form = TextForm::Child;
    return F;
  }
  constexpr Field childLines(const char *Head) const {
    Field F = *this;
    F.Form = TextForm::ChildLines;
    F.Word = Head;
    return F;
  }
  constexpr Field loc() const {
    Field F = *this;
    F.Form = TextForm::Loc;
    F.Role = FieldRole::Location;
    return F;
  }
  constexpr Field hook(TextHook H) const {
    Field F = *this;
    F.Form = TextForm::Hook;
    F.Hook = H;
    return F;
  }
  constexpr Field style(ValueStyle S) const {
    Field F = *this;
    F.Style = S;
    return F;
  }
  constexpr Field str() const { return style(ValueStyle::Str); }
  constexpr Field what2(const char *W) const {
    Field F = *this;
    F.What2 = W;
    return F;
  }
  /// Pairs: \p S between the halves; \p FirstWhat and \p SepWhat for errors.
  constexpr Field pair(const char *S, const char *FirstWhat = nullptr,
                       const char *SepWhat = nullptr) const {
    Field F = *this;
    F.Sep = S;
    F.What2 = FirstWhat;
    F.Word2 = SepWhat;
    return F;
  }
  constexpr Field required() const {
    Field F = *this;
    F.Required = true;
    return F;
  }
  constexpr Field attached() const {
    Field F = *this;
    F.Attached = true;
    return F;
  }
  constexpr Field glued(const char *O, const char *C, const char *OW,
                        const char *CW) const {
    Field F = *this;
    F.Glued = true;
    F.Open = O;
    F.Close = C;
    F.OpenWhat = OW;
    F.CloseWhat = CW;
    return F;
  }
  constexpr Field always() const {
    Field F = *this;
    F.Always = true;
    return F;
  }
  constexpr Field presentation() const {
    Field F = *this;
    F.Role = FieldRole::Presentation;
    return F;
  }
  constexpr Field dflt(DefaultType D) const {
    Field F = *this;
    F.Default = D;
    return F;
  }
  constexpr Field names(Spellings N) const {
    Field F = *this;
    F.Names = N;
    return F;
  }
  constexpr Field derived(M (*D)(const T &)) const {
    Field F = *this;
    F.Derived = D;
    return F;
  }
  constexpr Field printIf(bool (*P)(const T &)) const {
    Field F = *this;
    F.PrintIf = P;
    return F;
  }
  constexpr Field when(bool (*P)(const T &)) const {
    Field F = *this;
    F.PrintIf = P;
    F.RequiredIf = P;
    return F;
  }
  constexpr Field identIf(bool (*P)(llvm::StringRef)) const {
    Field F = *this;
    F.IdentIf = P;
    return F;
  }
  constexpr Field kwBy(bool T::*B, const char *Other) const {
    Field F = *this;
    F.KwBy = B;
    F.Word2 = Other;
    return F;
  }
};

template <class T, class M>
constexpr Field<T, M> field(M T::*P, const char *Key) {
  return Field<T, M>(P, Key);
}

namespace fielddetail {
template <class C, class X> C memberClass(X C::*);
template <class C, class X> X memberType(X C::*);

/// Access to member \p Member of the struct in the OptionalBox \p Box.
template <auto Box, auto Member> struct BoxedMember {
  using Node = decltype(memberClass(Box));
  using Value = decltype(memberType(Member));
  static const Value &get(const Node &N) {
    static const Value Empty{};
    const auto &B = N.*Box;
    return B ? (*B).*Member : Empty;
  }
  static Value &mut(Node &N) {
    auto &B = N.*Box;
    if (!B)
      B.emplace();
    return (*B).*Member;
  }
  static Value *find(Node &N) {
    auto &B = N.*Box;
    return B ? &((*B).*Member) : nullptr;
  }
};
} // namespace fielddetail

/// A field of the node that holds \p Box (an OptionalBox of a struct of
/// rarely set members) for member \p Member of that struct: described,
/// written and read as the node's own field, stored out of line.
template <auto Box, auto Member>
constexpr auto outOfLineField(const char *Key) {
  using A = fielddetail::BoxedMember<Box, Member>;
  Field<typename A::Node, typename A::Value> F(nullptr, Key);
  F.Get = &A::get;
  F.Mut = &A::mut;
  F.Find = &A::find;
  return F;
}

/// An enum field: its spellings, its default (none: required).
template <class T, class E, size_t N>
constexpr Field<T, E> enumField(E T::*P, const char *Key,
                                const irsyntax::EnumSpelling<E> (&Names)[N]) {
  return Field<T, E>(P, Key).names(
      std::span<const irsyntax::EnumSpelling<E>>(Names));
}

/// The description of node type T: `static constexpr auto Fields`, a tuple
/// of Field entries. Structs that nest (SortKey, ...) have one too. Objects
/// also name themselves in messages (Noun).
template <class T> struct NodeFields;

template <class T>
concept Described = requires {
  NodeFields<T>::Fields;
};

/// Calls \p Fn with each field entry of T, in order.
/// The entries are passed as references to the constexpr table, so that
/// inlined consumers fold their forms and words away.
template <class T, class Fn> constexpr void forEachField(Fn &&F) {
  [&]<size_t... I>(std::index_sequence<I...>) {
    (F(std::get<I>(NodeFields<T>::Fields)), ...);
  }
  (std::make_index_sequence<
      std::tuple_size_v<std::decay_t<decltype(NodeFields<T>::Fields)>>>());
}
/// Like forEachField() but stops at the first call that returns true;
/// returns whether one did.
template <class T, class Fn> constexpr bool anyField(Fn &&F) {
  return [&]<size_t... I>(std::index_sequence<I...>) {
    return (F(std::get<I>(NodeFields<T>::Fields)) || ...);
  }
  (std::make_index_sequence<
      std::tuple_size_v<std::decay_t<decltype(NodeFields<T>::Fields)>>>());
}

//===----------------------------------------------------------------------===//
// Default values
//===----------------------------------------------------------------------===//

namespace fielddetail {
template <class X> struct IsVector : std::false_type {};
template <class X, class A>
struct IsVector<std::vector<X, A>> : std::true_type {};
template <class X> struct IsOptional : std::false_type {};
template <class X> struct IsOptional<std::optional<X>> : std::true_type {};
template <class X> struct IsOptional<OptionalBox<X>> : std::true_type {};
template <class X> struct IsUniquePtr : std::false_type {};
template <class X> struct IsUniquePtr<std::unique_ptr<X>> : std::true_type {};
template <class X> struct IsPair : std::false_type {};
template <class A, class B> struct IsPair<std::pair<A, B>> : std::true_type {};
} // namespace fielddetail

/// True if \p V is the "empty" value of its type: false, 0, "", [], null,
/// nullopt, an unqualified empty name, an unknown location or a described
/// struct whose fields are all default.
template <class M> bool isEmptyValue(const M &V);

/// True if field \p F of \p N has its default value (never for required
/// fields).
template <class FieldT>
bool isDefault(const FieldT &F, const typename FieldT::Node &N) {
  using M = typename FieldT::Member;
  if (F.Required)
    return false;
  const M &V = F.get(N);
  if constexpr (std::is_scalar_v<M>)
    return V == (F.Derived ? F.Derived(N) : F.Default);
  else
    return isEmptyValue(V);
}

/// A vector of described structs (the lines of a body, CTEs).
template <class M> constexpr bool isStructVector() {
  if constexpr (fielddetail::IsVector<M>::value)
    return Described<typename M::value_type>;
  else
    return false;
}

/// True if a value of type M owns expressions or relations (directly or in
/// nested structs): such values are deep-copied and walked field by field.
template <class M> constexpr bool ownsNodes() {
  using namespace fielddetail;
  if constexpr (IsUniquePtr<M>::value)
    return true;
  else if constexpr (IsVector<M>::value || IsOptional<M>::value)
    return ownsNodes<typename M::value_type>();
  else if constexpr (IsPair<M>::value)
    return ownsNodes<typename M::first_type>() ||
           ownsNodes<typename M::second_type>();
  else if constexpr (Described<M>)
    return std::apply(
        [](const auto &...F) {
          return (ownsNodes<typename std::decay_t<decltype(F)>::Member>() ||
                  ...);
        },
        NodeFields<M>::Fields);
  else
    return false;
}

template <class M> bool isEmptyValue(const M &V) {
  using namespace fielddetail;
  if constexpr (std::is_same_v<M, std::string>)
    return V.empty();
  else if constexpr (std::is_scalar_v<M>)
    return V == M{};
  else if constexpr (std::is_same_v<M, QualifiedName> ||
                     std::is_same_v<M, InternedName>)
    return V.Name.empty() && V.Schema.empty();
  else if constexpr (std::is_same_v<M, InternedString> ||
                     std::is_same_v<M, InternedStringList>)
    return V.empty();
  else if constexpr (std::is_same_v<M, Location>)
    return V == Location();
  else if constexpr (IsVector<M>::value)
    return V.empty();
  else if constexpr (IsOptional<M>::value || IsUniquePtr<M>::value)
    return !V;
  else if constexpr (IsPair<M>::value)
    return isEmptyValue(V.first) && isEmptyValue(V.second);
  else
    return !anyField<M>([&](const auto &F) { return !isDefault(F, V); });
}

//===----------------------------------------------------------------------===//
// The descriptions
//===----------------------------------------------------------------------===//

// clang-format off
namespace fielddesc {
using namespace irsyntax;
using VS = ValueStyle;
} // namespace fielddesc

//===--- Types ------------------------------------------------------------===//

/// DataType's text form `KIND [<NAME>] [(MODS)] []... [serial] ["SPELLING"]`
/// is one of a kind, written by the printer and parser themselves; the
/// entries serve JSON, equality, hashing and copies.
template <> struct NodeFields<DataType> {
  static constexpr auto Fields = std::tuple{
      enumField(&DataType::Kind, "kind", irsyntax::TypeKindNames).required(),
      field(&DataType::Name, "name"),
      field(&DataType::Modifiers, "modifiers"),
      field(&DataType::ArrayDims, "array_dims"),
      field(&DataType::Serial, "serial"),
      field(&DataType::Spelling, "spelling").presentation()};
};

//===--- Common parts -----------------------------------------------------===//

/// Every object: `KIND NAME ... [owner O] [comment "C"] [loc] [{ BODY }]`.
template <> struct NodeFields<Object> {
  static constexpr auto Fields = std::tuple{
      field(&Object::Name, "name").pos("object name").required(),
      field(&Object::Owner, "owner").kw("owner", "owner name"),
      field(&Object::Comment, "comment").kw("comment", "after 'comment'").str(),
      field(&Object::Attributes, "attributes")
          .kw("attributes", "dialect attribute list").pair("="),
      field(&Object::Loc, "loc").loc()};
};
template <> struct NodeFields<Expr> {
  static constexpr auto Fields = std::tuple{field(&Expr::Loc, "loc").loc()};
};
template <> struct NodeFields<Rel> {
  static constexpr auto Fields = std::tuple{field(&Rel::Loc, "loc").loc()};
};

//===--- Parts of objects -------------------------------------------------===//

template <> struct NodeFields<SequenceOptions> {
  static constexpr auto Fields = std::tuple{
      field(&SequenceOptions::AsType, "as_type").kw("as"),
      field(&SequenceOptions::Start, "start").kw("start", "after 'start'"),
      field(&SequenceOptions::Increment, "increment").kw("increment", "after 'increment'"),
      field(&SequenceOptions::MinValue, "min_value").kw("minvalue", "after 'minvalue'"),
      field(&SequenceOptions::MaxValue, "max_value").kw("maxvalue", "after 'maxvalue'"),
      field(&SequenceOptions::NoMinValue, "no_min_value").flag("no_minvalue"),
      field(&SequenceOptions::NoMaxValue, "no_max_value").flag("no_maxvalue"),
      field(&SequenceOptions::Cache, "cache").kw("cache", "after 'cache'"),
      field(&SequenceOptions::Cycle, "cycle").choice("cycle", "no_cycle"),
      field(&SequenceOptions::SequenceName, "sequence_name").kw("sequence_name", "sequence name")};
};

template <> struct NodeFields<IndexElement> {
  static constexpr auto Fields = std::tuple{
      field(&IndexElement::Column, "column").pos("column name").opt()
          .what2("column name or expression")
          .printIf(+[](const IndexElement &E) { return !E.Column.empty() || !E.Expression; }),
      field(&IndexElement::Expression, "expression").pos().opt(),
      outOfLineField<&IndexElement::More, &IndexElement::Details::Collation>("collation")
          .kw("collate", "collation name"),
      outOfLineField<&IndexElement::More, &IndexElement::Details::OpClass>("opclass")
          .kw("opclass", "operator class name"),
      outOfLineField<&IndexElement::More, &IndexElement::Details::OpClassParams>(
          "opclass_params")
          .kw("opclass_params", "operator class parameters").pair("="),
      enumField(&IndexElement::Direction, "direction", irsyntax::SortDirectionNames)
          .bareEnum().dflt(SortDirection::Default),
      enumField(&IndexElement::Nulls, "nulls", irsyntax::NullsOrderNames)
          .bareEnum().dflt(NullsOrder::Default),
      field(&IndexElement::Loc, "loc").loc()};
};

template <> struct NodeFields<ExclusionElement> {
  static constexpr auto Fields = std::tuple{
      field(&ExclusionElement::Element, "element").pos(),
      field(&ExclusionElement::Operator, "operator")
          .kw("with", "with the exclusion operator").str()};
};

template <> struct NodeFields<Column::Generated> {
  static constexpr auto Fields = std::tuple{
      field(&Column::Generated::Virtual, "virtual")
          .choice("virtual", "stored", "generated").always(),
      field(&Column::Generated::Expression, "expression").pos().opt()};
};

template <> struct NodeFields<Column::Identity> {
  static constexpr auto Fields = std::tuple{
      field(&Column::Identity::Always, "always")
          .choice("always", "by_default", "identity")
          .always().dflt(true),
      field(&Column::Identity::Options, "options")
          .parens("sequence option").what2(" in identity options")};
};

template <> struct NodeFields<Column> {
  static constexpr const char *Noun = "column";
  static constexpr auto Fields = std::tuple{
      field(&Column::Name, "name").pos("column name"),
      field(&Column::Type, "type").kw(":").always().what2("after column name"),
      field(&Column::NotNull, "not_null").flag("not_null"),
      field(&Column::ExplicitNull, "explicit_null").flag("null").presentation(),
      field(&Column::Default, "default").kw("default"),
      outOfLineField<&Column::More, &Column::Details::Generation>("generated").kw("generated"),
      field(&Column::Ident, "identity").kw("identity"),
      outOfLineField<&Column::More, &Column::Details::Collation>("collation")
          .kw("collate", "collation name"),
      outOfLineField<&Column::More, &Column::Details::Storage>("storage")
          .kw("storage", "storage mode"),
      outOfLineField<&Column::More, &Column::Details::Compression>("compression")
          .kw("compression", "compression method"),
      outOfLineField<&Column::More, &Column::Details::Comment>("comment")
          .kw("comment", "after 'comment'").str(),
      outOfLineField<&Column::More, &Column::Details::Attributes>("attributes")
          .kw("attributes", "dialect attribute list").pair("="),
      field(&Column::Loc, "loc").loc()};
};

template <> struct NodeFields<Constraint> {
  static constexpr const char *Noun = "constraint";
  static constexpr auto Fields = std::tuple{
      // Any identifier that is not a constraint kind names the constraint.
      field(&Constraint::Name, "name").pos("constraint name").opt()
          .identIf(+[](llvm::StringRef S) {
            return !irsyntax::parseSpelling(irsyntax::ConstraintKindNames, S);
          }),
      enumField(&Constraint::K, "kind", irsyntax::ConstraintKindNames)
          .pos("constraint kind").required(),
      field(&Constraint::GeneratedName, "generated_name").flag("generated_name").presentation(),
      field(&Constraint::Columns, "columns").pos("column list").opt()
          .printIf(+[](const Constraint &C) {
            return !C.Columns.empty() || C.isKey() || C.K == Constraint::Kind::ForeignKey;
          }),
      field(&Constraint::Check, "check").pos().opt(),
      field(&Constraint::ColumnLevel, "column_level")
          .kw("column_level", "column name after 'column_level'").presentation(),
      field(&Constraint::AddedByAlter, "added_by_alter").flag("added_by_alter").presentation(),
      field(&Constraint::Include, "include").kw("include", "include column list"),
      field(&Constraint::NullsNotDistinct, "nulls_not_distinct").flag("nulls_not_distinct"),
      field(&Constraint::WithoutOverlaps, "without_overlaps").flag("without_overlaps"),
      field(&Constraint::IndexWith, "index_with")
          .kw("index_with", "index storage parameter list").pair("="),
      field(&Constraint::IndexTablespace, "index_tablespace")
          .kw("index_tablespace", "tablespace name"),
      field(&Constraint::RefTable, "ref_table").kw("references", "referenced table name")
          .printIf(+[](const Constraint &C) {
            return !C.RefTable.Name.empty() || !C.RefTable.Schema.empty() ||
                   !C.RefColumns.empty();
          }),
      field(&Constraint::RefColumns, "ref_columns").pos("referenced column list").opt().attached(),
      enumField(&Constraint::OnDelete, "on_delete", irsyntax::ForeignKeyActionNames)
          .kw("on_delete", "referential action after 'on_delete'")
          .dflt(ForeignKeyAction::Unspecified),
      enumField(&Constraint::OnUpdate, "on_update", irsyntax::ForeignKeyActionNames)
          .kw("on_update", "referential action after 'on_update'")
          .dflt(ForeignKeyAction::Unspecified),
      field(&Constraint::OnDeleteColumns, "on_delete_columns")
          .kw("on_delete_columns", "on_delete column list"),
      enumField(&Constraint::Match, "match", irsyntax::ForeignKeyMatchNames)
          .kw("match", "match type").dflt(ForeignKeyMatch::Unspecified),
      field(&Constraint::Period, "period").flag("period"),
      field(&Constraint::NoInherit, "no_inherit").flag("no_inherit"),
      field(&Constraint::ExclusionMethod, "exclusion_method").kw("using", "index method name"),
      field(&Constraint::Exclusions, "exclusions").kw("exclude", "exclusion element list")
          .printIf(+[](const Constraint &C) {
            return !C.Exclusions.empty() || C.K == Constraint::Kind::Exclusion;
          }),
      field(&Constraint::ExclusionWhere, "exclusion_where").kw("where"),
      field(&Constraint::Deferrable, "deferrable").choice("deferrable", "not_deferrable"),
      field(&Constraint::InitiallyDeferred, "initially_deferred")
          .choice("initially_deferred", "initially_immediate"),
      field(&Constraint::NotValid, "not_valid").flag("not_valid"),
      field(&Constraint::Comment, "comment").kw("comment", "after 'comment'").str(),
      field(&Constraint::Attributes, "attributes")
          .kw("attributes", "dialect attribute list").pair("="),
      field(&Constraint::Loc, "loc").loc()};
};

template <> struct NodeFields<DomainCheck> {
  static constexpr const char *Noun = "domain check";
  static constexpr auto Fields = std::tuple{
      field(&DomainCheck::Name, "name").pos("check name").opt(),
      field(&DomainCheck::Check, "check").pos().opt(),
      field(&DomainCheck::GeneratedName, "generated_name").flag("generated_name").presentation(),
      field(&DomainCheck::NotValid, "not_valid").flag("not_valid"),
      field(&DomainCheck::Comment, "comment").kw("comment", "after 'comment'").str(),
      field(&DomainCheck::Loc, "loc").loc()};
};

template <> struct NodeFields<PartitionSpec> {
  static constexpr auto Fields = std::tuple{
      enumField(&PartitionSpec::Strat, "strategy", irsyntax::PartitionStrategyNames)
          .pos("partition strategy").required(),
      field(&PartitionSpec::Keys, "keys").pos("partition key list")};
};

template <> struct NodeFields<PartitionBound> {
  using BK = PartitionBound::BoundKind;
  static constexpr auto Fields = std::tuple{
      enumField(&PartitionBound::BK, "kind", irsyntax::PartitionBoundNames)
          .pos("partition bound kind").required(),
      field(&PartitionBound::In, "in").pos("partition values").opt()
          .printIf(+[](const PartitionBound &B) { return B.BK == BK::In || !B.In.empty(); }),
      field(&PartitionBound::From, "from").kw("from", "lower partition bound")
          .printIf(+[](const PartitionBound &B) { return B.BK == BK::Range || !B.From.empty(); }),
      field(&PartitionBound::To, "to").kw("to", "upper partition bound")
          .printIf(+[](const PartitionBound &B) { return B.BK == BK::Range || !B.To.empty(); }),
      field(&PartitionBound::Modulus, "modulus").kw("modulus", "after 'modulus'")
          .printIf(+[](const PartitionBound &B) { return B.BK == BK::Hash || B.Modulus || B.Remainder; }),
      field(&PartitionBound::Remainder, "remainder").kw("remainder", "after 'remainder'")
          .printIf(+[](const PartitionBound &B) { return B.BK == BK::Hash || B.Modulus || B.Remainder; })};
};

//===--- Objects ----------------------------------------------------------===//

template <> struct NodeFields<Setting> {
  static constexpr const char *Noun = "setting";
  static constexpr bool UnqualifiedName = true;
  static constexpr auto Fields = std::tuple{
      field(&Setting::Value, "value").kw("=", "with the setting value").str().always(),
      field(&Setting::IsLocal, "is_local").flag("local"),
      field(&Setting::IsDefault, "is_default").flag("default"),
      enumField(&Setting::Form, "syntax", irsyntax::SettingSyntaxNames)
          .bareEnum().dflt(Setting::Syntax::Set).presentation()};
};

template <> struct NodeFields<SchemaDecl> {
  static constexpr const char *Noun = "schema";
  static constexpr bool UnqualifiedName = true;
  static constexpr auto Fields = std::tuple{
      field(&SchemaDecl::Implicit, "implicit").flag("implicit"),
      field(&SchemaDecl::IfNotExists, "if_not_exists").flag("if_not_exists"),
      field(&SchemaDecl::Authorization, "authorization")
          .kw("authorization", "role name after 'authorization'")};
};

template <> struct NodeFields<EnumType> {
  static constexpr const char *Noun = "enum";
  static constexpr auto Fields = std::tuple{
      field(&EnumType::Values, "values").pos("enum value list").str()};
};

template <> struct NodeFields<Domain> {
  static constexpr const char *Noun = "domain";
  static constexpr auto Fields = std::tuple{
      field(&Domain::BaseType, "base_type").kw(":").always().what2("after domain name"),
      field(&Domain::Collation, "collation").kw("collate", "collation name"),
      field(&Domain::Default, "default").kw("default"),
      field(&Domain::NotNull, "not_null").flag("not_null"),
      field(&Domain::ExplicitNull, "explicit_null").flag("null").presentation(),
      field(&Domain::Checks, "checks").lines("check")};
};

template <> struct NodeFields<Sequence> {
  static constexpr const char *Noun = "sequence";
  static constexpr auto Fields = std::tuple{
      enumField(&Sequence::Persist, "persistence", irsyntax::SequencePersistenceNames)
          .bareEnum().dflt(Sequence::Persistence::Permanent),
      field(&Sequence::IfNotExists, "if_not_exists").flag("if_not_exists"),
      field(&Sequence::Options, "options").inlined(),
      field(&Sequence::OwnedByTable, "owned_by_table")
          .kw("owned_by", "table name after 'owned_by'")
          .printIf(+[](const Sequence &S) {
            return !S.OwnedByTable.Name.empty() || !S.OwnedByTable.Schema.empty() ||
                   !S.OwnedByColumn.empty();
          }),
      field(&Sequence::OwnedByColumn, "owned_by_column").pos("owning column name").attached()
          .glued("(", ")", "after the owning table", "after the owning column"),
      field(&Sequence::OwnedByNone, "owned_by_none").flag("owned_by_none")};
};

template <> struct NodeFields<Table> {
  static constexpr const char *Noun = "table";
  static constexpr auto Fields = std::tuple{
      enumField(&Table::Persist, "persistence", irsyntax::TablePersistenceNames)
          .bareEnum().dflt(Table::Persistence::Permanent),
      field(&Table::IfNotExists, "if_not_exists").flag("if_not_exists"),
      field(&Table::OfType, "of_type").kw("of", "type name after 'of'"),
      field(&Table::PartitionOf, "partition_of").kw("partition_of", "parent table name"),
      field(&Table::Bound, "bound").kw("bound"),
      field(&Table::AttachedLater, "attached_later").flag("attached_later"),
      field(&Table::Inherits, "inherits").kw("inherits", "inherited table list"),
      field(&Table::PartitionBy, "partition_by").kw("partition_by"),
      field(&Table::AccessMethod, "access_method").kw("using", "access method name"),
      field(&Table::With, "with").kw("with", "storage parameter list").pair("="),
      field(&Table::Tablespace, "tablespace").kw("tablespace", "tablespace name"),
      field(&Table::OnCommit, "on_commit").kw("on_commit", "after 'on_commit'").str(),
      field(&Table::RowSecurity, "row_security").flag("row_security"),
      field(&Table::ForceRowSecurity, "force_row_security").flag("force_row_security"),
      field(&Table::Columns, "columns").lines("column"),
      field(&Table::Constraints, "constraints").lines("constraint")};
};

template <> struct NodeFields<View> {
  static constexpr const char *Noun = "view";
  static constexpr auto Fields = std::tuple{
      field(&View::Materialized, "materialized").flag("materialized"),
      field(&View::OrReplace, "or_replace").flag("or_replace"),
      field(&View::Temporary, "temporary").flag("temporary"),
      field(&View::Recursive, "recursive").flag("recursive"),
      field(&View::IfNotExists, "if_not_exists").flag("if_not_exists"),
      field(&View::ColumnNames, "column_names").kw("columns", "view column list"),
      field(&View::Options, "options").kw("with", "view option list").pair("="),
      field(&View::AccessMethod, "access_method").kw("using", "access method name"),
      field(&View::Tablespace, "tablespace").kw("tablespace", "tablespace name"),
      field(&View::WithData, "with_data").choice("with_data", "with_no_data"),
      field(&View::CheckOption, "check_option").kw("check_option", "after 'check_option'").str(),
      field(&View::WithCheckOption, "with_check_option").flag("with_check_option"),
      field(&View::ColumnComments, "column_comments")
          .kw("column_comments", "column comment list").pair("="),
      field(&View::Query, "query").tree()};
};

template <> struct NodeFields<Index> {
  static constexpr const char *Noun = "index";
  static constexpr auto Fields = std::tuple{
      field(&Index::Table, "table").kw("on", "table name after 'on'").always(),
      field(&Index::GeneratedName, "generated_name").flag("generated_name").presentation(),
      field(&Index::Unique, "unique").flag("unique"),
      field(&Index::Concurrently, "concurrently").flag("concurrently"),
      field(&Index::IfNotExists, "if_not_exists").flag("if_not_exists"),
      field(&Index::Only, "only").flag("only"),
      field(&Index::NullsNotDistinct, "nulls_not_distinct").flag("nulls_not_distinct"),
      field(&Index::Method, "method").kw("using", "index method name"),
      field(&Index::Elements, "elements").pos("index element list"),
      field(&Index::Include, "include").kw("include", "include column list"),
      field(&Index::Where, "where").kw("where"),
      field(&Index::With, "with").kw("with", "storage parameter list").pair("="),
      field(&Index::Tablespace, "tablespace").kw("tablespace", "tablespace name")};
};

template <> struct NodeFields<OpaqueObject> {
  static constexpr const char *Noun = "opaque object";
  static constexpr auto Fields = std::tuple{
      field(&OpaqueObject::ObjectType, "object_type")
          .kw("object_type", "after 'object_type'").str().always(),
      field(&OpaqueObject::Dialect, "dialect").kw("dialect", "dialect name"),
      field(&OpaqueObject::Target, "target").kw("target", "target name"),
      field(&OpaqueObject::References, "references").kw("references", "reference list"),
      field(&OpaqueObject::IsData, "is_data").flag("is_data"),
      field(&OpaqueObject::Text, "text").kw("text", "with the statement text").str().always()};
};

//===--- Parts of expressions ---------------------------------------------===//

template <> struct NodeFields<SortKey> {
  static constexpr auto Fields = std::tuple{
      field(&SortKey::Value, "value").pos(),
      enumField(&SortKey::Direction, "direction", irsyntax::SortDirectionNames)
          .bareEnum().dflt(SortDirection::Default),
      field(&SortKey::UsingOp, "using_op").pos("with the sort operator").opt().str()
          .when(+[](const SortKey &K) { return K.Direction == SortDirection::Using; }),
      enumField(&SortKey::Nulls, "nulls", irsyntax::NullsOrderNames)
          .bareEnum().dflt(NullsOrder::Default)};
};

template <> struct NodeFields<WindowSpec::Bound> {
  static constexpr auto Fields = std::tuple{
      enumField(&WindowSpec::Bound::Kind, "kind", irsyntax::FrameBoundNames)
          .pos("frame bound").dflt(WindowSpec::BoundKind::UnboundedPreceding),
      field(&WindowSpec::Bound::Offset, "offset").pos().opt()};
};

/// Written `(window ATTRIBUTES)`, `none` when absent.
template <> struct NodeFields<WindowSpec> {
  static constexpr const char *Head = "window";
  static constexpr auto Fields = std::tuple{
      field(&WindowSpec::RefName, "ref_name").kw("ref", "window name"),
      field(&WindowSpec::PartitionBy, "partition_by").kw("partition_by", "partition list"),
      field(&WindowSpec::OrderBy, "order_by").kw("order_by", "sort key list"),
      enumField(&WindowSpec::Mode, "mode", irsyntax::FrameModeNames)
          .kw("frame", "frame mode").dflt(WindowSpec::FrameMode::None),
      field(&WindowSpec::Start, "start").kw("frame_start")
          .printIf(+[](const WindowSpec &W) {
            return W.Mode != WindowSpec::FrameMode::None ||
                   W.Start.Kind != WindowSpec::BoundKind::UnboundedPreceding || W.Start.Offset;
          }),
      field(&WindowSpec::End, "end").kw("frame_end"),
      enumField(&WindowSpec::Exclude, "exclude", irsyntax::FrameExclusionNames)
          .kw("exclude", "frame exclusion").dflt(WindowSpec::Exclusion::None)};
};

//===--- Expressions ------------------------------------------------------===//

template <> struct NodeFields<ColumnRef> {
  static constexpr auto Fields = std::tuple{
      field(&ColumnRef::Path, "path").hook(TextHook::ColumnPath),
      field(&ColumnRef::Star, "star")};
};
template <> struct NodeFields<Literal> {
  static constexpr auto Fields = std::tuple{
      enumField(&Literal::LK, "lit_kind", irsyntax::LiteralKindNames)
          .hook(TextHook::Literal).required(),
      field(&Literal::Value, "value")};
};
template <> struct NodeFields<Param> {
  static constexpr auto Fields = std::tuple{
      field(&Param::Number, "number").pos("parameter number"),
      field(&Param::Name, "name").pos("parameter name").opt()};
};
template <> struct NodeFields<UnaryOp> {
  static constexpr auto Fields = std::tuple{
      field(&UnaryOp::Op, "op").pos("with the operator").str(),
      field(&UnaryOp::Operand, "operand").pos(),
      field(&UnaryOp::OpSchema, "op_schema").kw("op_schema", "operator schema"),
      enumField(&UnaryOp::OpKind, "op_kind", irsyntax::UnaryOpKindNames)
          .kw("op_kind", "operator kind")
          .derived(+[](const UnaryOp &E) { return getNotationUnaryOpKind(E.Op); })};
};
template <> struct NodeFields<BinaryOp> {
  static constexpr auto Fields = std::tuple{
      field(&BinaryOp::Op, "op").pos("with the operator").str(),
      field(&BinaryOp::LHS, "lhs").pos(),
      field(&BinaryOp::RHS, "rhs").pos(),
      field(&BinaryOp::Escape, "escape").kw("escape"),
      field(&BinaryOp::OpSchema, "op_schema").kw("op_schema", "operator schema"),
      enumField(&BinaryOp::OpKind, "op_kind", irsyntax::BinaryOpKindNames)
          .kw("op_kind", "operator kind")
          .derived(+[](const BinaryOp &E) { return getNotationBinaryOpKind(E.Op); })};
};
/// A link is written `"OP" [op_kind K] [loc] OPERAND`: its attributes come
/// before the operand, so that the chain's own loc after the last link is
/// not taken for the link's.
template <> struct NodeFields<ChainLink> {
  static constexpr auto Fields = std::tuple{
      field(&ChainLink::Op, "op").pos("with the operator").str(),
      enumField(&ChainLink::OpKind, "op_kind", irsyntax::BinaryOpKindNames)
          .kw("op_kind", "operator kind")
          .derived(+[](const ChainLink &L) { return getNotationBinaryOpKind(L.Op); }),
      field(&ChainLink::Loc, "loc").loc(),
      field(&ChainLink::Operand, "operand").pos()};
};
template <> struct NodeFields<OpChain> {
  static constexpr auto Fields = std::tuple{
      field(&OpChain::First, "first").pos(),
      field(&OpChain::Links, "links").repeat(nullptr, "operator and operand")};
};
/// Whether a call's argument names are written inline (`name: EXPR`).
inline bool hasInlineArgNames(const FuncCall &E) {
  if (E.ArgNames.size() != E.Args.size())
    return false;
  for (const std::string &N : E.ArgNames)
    if (!N.empty())
      return true;
  return false;
}
template <> struct NodeFields<FuncCall> {
  static constexpr auto Fields = std::tuple{
      field(&FuncCall::Name, "name").pos("function name").opt().style(ValueStyle::Dotted),
      field(&FuncCall::Star, "star").flag("*"),
      field(&FuncCall::Args, "args").hook(TextHook::CallArgs),
      field(&FuncCall::ArgNames, "arg_names").kw("arg_names", "argument name list")
          .printIf(+[](const FuncCall &E) { return !E.ArgNames.empty() && !hasInlineArgNames(E); }),
      field(&FuncCall::Distinct, "distinct").flag("distinct"),
      field(&FuncCall::Variadic, "variadic").flag("variadic"),
      field(&FuncCall::OrderBy, "order_by").kw("order_by", "sort key list"),
      field(&FuncCall::WithinGroup, "within_group").flag("within_group"),
      field(&FuncCall::Filter, "filter").kw("filter"),
      field(&FuncCall::Over, "over").kw("over"),
      enumField(&FuncCall::Form, "syntax", irsyntax::CallSyntaxNames)
          .kw("syntax", "call syntax").dflt(FuncCall::Syntax::Normal).presentation(),
      field(&FuncCall::TrimSpec, "trim_spec").kw("trim_spec", "after 'trim_spec'").str()};
};
template <> struct NodeFields<Cast> {
  static constexpr auto Fields = std::tuple{
      field(&Cast::Operand, "operand").pos(),
      field(&Cast::Type, "type").pos(),
      enumField(&Cast::Form, "syntax", irsyntax::CastSyntaxNames)
          .bareEnum().dflt(Cast::Syntax::DoubleColon).presentation()};
};
template <> struct NodeFields<Case> {
  static constexpr auto Fields = std::tuple{
      field(&Case::Operand, "operand").pos().opt(),
      field(&Case::Whens, "whens").repeat("when")
          .pair("then", nullptr, "after the 'when' condition"),
      field(&Case::Else, "else").kw("else")};
};
template <> struct NodeFields<SubqueryExpr> {
  static constexpr auto Fields = std::tuple{
      enumField(&SubqueryExpr::SK, "subquery_kind", irsyntax::SubqueryKindNames)
          .pos("subquery kind").required(),
      field(&SubqueryExpr::LHS, "lhs").pos().opt(),
      field(&SubqueryExpr::Op, "op").kw("op", "with the operator").str(),
      field(&SubqueryExpr::Negated, "negated").flag("negated"),
      field(&SubqueryExpr::Query, "query").block()};
};
template <> struct NodeFields<InList> {
  static constexpr auto Fields = std::tuple{
      field(&InList::LHS, "lhs").pos(),
      field(&InList::Items, "items").pos("IN list"),
      field(&InList::Negated, "negated").flag("negated")};
};
template <> struct NodeFields<Between> {
  static constexpr auto Fields = std::tuple{
      field(&Between::Operand, "operand").pos(),
      field(&Between::Low, "low").pos(),
      field(&Between::High, "high").pos(),
      field(&Between::Negated, "negated").flag("negated"),
      field(&Between::Symmetric, "symmetric").flag("symmetric")};
};
template <> struct NodeFields<IsTest> {
  static constexpr auto Fields = std::tuple{
      field(&IsTest::Operand, "operand").pos(),
      field(&IsTest::Negated, "negated").flag("not"),
      enumField(&IsTest::What, "test", irsyntax::IsTestNames).pos("test after 'is'").required(),
      field(&IsTest::Form, "normal_form").kw("normal_form", "after 'normal_form'").str()};
};
template <> struct NodeFields<Quantified> {
  static constexpr auto Fields = std::tuple{
      field(&Quantified::Op, "op").pos("with the operator").str(),
      enumField(&Quantified::Q, "quantifier", irsyntax::QuantifierNames)
          .pos("quantifier").required(),
      field(&Quantified::LHS, "lhs").pos(),
      field(&Quantified::RHS, "rhs").pos()};
};
template <> struct NodeFields<ArrayExpr> {
  static constexpr auto Fields = std::tuple{
      field(&ArrayExpr::Elements, "elements").pos("array elements"),
      field(&ArrayExpr::Keyword, "keyword").invFlag("nested").dflt(true).presentation()};
};
template <> struct NodeFields<RowExpr> {
  static constexpr auto Fields = std::tuple{
      field(&RowExpr::Fields, "fields").pos("row fields"),
      field(&RowExpr::Keyword, "keyword").flag("row_keyword").presentation()};
};
template <> struct NodeFields<Subscript> {
  static constexpr auto Fields = std::tuple{
      field(&Subscript::Base, "base").pos(),
      field(&Subscript::Lower, "lower").pos(),
      field(&Subscript::Upper, "upper").pos(),
      field(&Subscript::Slice, "slice").flag("slice")};
};
template <> struct NodeFields<FieldAccess> {
  static constexpr auto Fields = std::tuple{
      field(&FieldAccess::Base, "base").pos(),
      field(&FieldAccess::Field, "field").pos("field name").style(ValueStyle::NameOrStar)};
};
template <> struct NodeFields<CollateExpr> {
  static constexpr auto Fields = std::tuple{
      field(&CollateExpr::Operand, "operand").pos(),
      field(&CollateExpr::Collation, "collation").pos("collation name")};
};
template <> struct NodeFields<GroupingSet> {
  static constexpr auto Fields = std::tuple{
      enumField(&GroupingSet::SK, "set_kind", irsyntax::GroupingSetNames)
          .pos("grouping set kind").required(),
      field(&GroupingSet::Items, "items").pos("grouping set items")};
};

//===--- Parts of relations -----------------------------------------------===//

template <> struct NodeFields<SelectItem> {
  static constexpr auto Fields = std::tuple{
      field(&SelectItem::Value, "value").pos(),
      field(&SelectItem::Alias, "alias").kw("as", "alias")
          .kwBy(&SelectItem::ExplicitAs, "alias")
          .printIf(+[](const SelectItem &I) { return !I.Alias.empty() || !I.ExplicitAs; }),
      field(&SelectItem::ExplicitAs, "explicit_as").dflt(true).presentation()};
};

template <> struct NodeFields<CommonTableExpr> {
  static constexpr auto Fields = std::tuple{
      field(&CommonTableExpr::Name, "name").pos("CTE name"),
      field(&CommonTableExpr::ColumnNames, "column_names").pos("CTE column list").opt(),
      enumField(&CommonTableExpr::Materialize, "materialize", irsyntax::CteMaterializationNames)
          .bareEnum().dflt(CommonTableExpr::Materialization::Default),
      field(&CommonTableExpr::Loc, "loc").loc(),
      field(&CommonTableExpr::Query, "query").lineBlock()};
};

//===--- Relations --------------------------------------------------------===//

/// `as ALIAS [COLUMNS]` of the relations that have an alias.
template <class T> constexpr auto aliasFields() {
  return std::tuple{
      field(&T::Alias, "alias").kw("as", "alias after 'as'")
          .printIf(+[](const T &R) { return !R.Alias.empty() || !R.ColumnAliases.empty(); }),
      field(&T::ColumnAliases, "column_aliases").pos("column alias list").opt().attached()};
}

template <> struct NodeFields<Scan> {
  static constexpr auto Fields = std::tuple_cat(
      std::tuple{field(&Scan::Table, "table").pos("relation name")},
      aliasFields<Scan>(),
      std::tuple{field(&Scan::Only, "only").flag("only"),
                 field(&Scan::IsCte, "is_cte").flag("cte")});
};
template <> struct NodeFields<SubqueryScan> {
  static constexpr auto Fields = std::tuple_cat(
      aliasFields<SubqueryScan>(),
      std::tuple{field(&SubqueryScan::Lateral, "lateral").flag("lateral"),
                 field(&SubqueryScan::Input, "input").child()});
};
template <> struct NodeFields<FunctionScan> {
  static constexpr auto Fields = std::tuple_cat(
      std::tuple{field(&FunctionScan::Call, "call").pos()},
      aliasFields<FunctionScan>(),
      std::tuple{
          field(&FunctionScan::ColumnDefs, "column_defs")
              .kw("column_defs", "column definition list")
              .pair(":", "column name", "after column name"),
          field(&FunctionScan::WithOrdinality, "with_ordinality").flag("with_ordinality"),
          field(&FunctionScan::Lateral, "lateral").flag("lateral")});
};
template <> struct NodeFields<XmlNamespace> {
  static constexpr auto Fields = std::tuple{
      field(&XmlNamespace::Uri, "uri").pos(),
      field(&XmlNamespace::Name, "name").kw("as", "namespace name")};
};
template <> struct NodeFields<XmlTableColumn> {
  static constexpr auto Fields = std::tuple{
      field(&XmlTableColumn::Name, "name").pos("column name"),
      field(&XmlTableColumn::Type, "type").pos(),
      field(&XmlTableColumn::ForOrdinality, "for_ordinality").flag("for_ordinality"),
      field(&XmlTableColumn::Path, "path").kw("path"),
      field(&XmlTableColumn::Default, "default").kw("default"),
      field(&XmlTableColumn::NotNull, "not_null").flag("not_null"),
      field(&XmlTableColumn::ExplicitNull, "explicit_null").flag("null").presentation(),
      field(&XmlTableColumn::Loc, "loc").loc()};
};
template <> struct NodeFields<XmlTable> {
  static constexpr auto Fields = std::tuple_cat(
      std::tuple{field(&XmlTable::RowExpr, "row_expr").pos(),
                 field(&XmlTable::Document, "document")
                     .kw("passing")
                     .always()
                     .what2("after the row expression"),
                 field(&XmlTable::Namespaces, "namespaces")
                     .kw("namespaces", "namespace list"),
                 field(&XmlTable::Columns, "columns").kw("columns", "column list")},
      aliasFields<XmlTable>(),
      std::tuple{field(&XmlTable::Lateral, "lateral").flag("lateral")});
};
template <> struct NodeFields<Values> {
  static constexpr auto Fields = std::tuple_cat(
      std::tuple{field(&Values::Rows, "rows").repeat(nullptr, "VALUES row")},
      aliasFields<Values>());
};
template <> struct NodeFields<Filter> {
  static constexpr auto Fields = std::tuple{
      field(&Filter::Condition, "condition").pos().opt(),
      field(&Filter::Input, "input").child()};
};
template <> struct NodeFields<Project> {
  static constexpr auto Fields = std::tuple{
      field(&Project::Items, "items").pos("select list"),
      enumField(&Project::Distinct, "distinct", irsyntax::DistinctKindNames)
          .bareEnum().dflt(Project::DistinctKind::None),
      field(&Project::DistinctOn, "distinct_on").pos("DISTINCT ON list").opt()
          .when(+[](const Project &P) { return P.Distinct == Project::DistinctKind::On; }),
      field(&Project::Windows, "windows").kw("windows", "window list").pair("", "window name"),
      field(&Project::Input, "input").child()};
};
template <> struct NodeFields<Join> {
  static constexpr auto Fields = std::tuple{
      enumField(&Join::JK, "join_kind", irsyntax::JoinKindNames).pos("join kind").required(),
      field(&Join::Natural, "natural").flag("natural"),
      field(&Join::Comma, "comma").flag("comma").presentation(),
      field(&Join::Condition, "condition").kw("on"),
      field(&Join::Using, "using").kw("using", "USING column list"),
      field(&Join::Left, "left").child(),
      field(&Join::Right, "right").child()};
};
template <> struct NodeFields<Aggregate> {
  static constexpr auto Fields = std::tuple{
      field(&Aggregate::GroupBy, "group_by").pos("GROUP BY list"),
      field(&Aggregate::GroupByDistinct, "group_by_distinct").flag("distinct"),
      field(&Aggregate::Input, "input").child()};
};
template <> struct NodeFields<Sort> {
  static constexpr auto Fields = std::tuple{
      field(&Sort::Keys, "keys").pos("sort key list"),
      field(&Sort::Input, "input").child()};
};
template <> struct NodeFields<Limit> {
  static constexpr auto Fields = std::tuple{
      field(&Limit::Count, "count").pos().opt(),
      field(&Limit::Offset, "offset").kw("offset"),
      field(&Limit::LimitAll, "limit_all").flag("limit_all"),
      field(&Limit::WithTies, "with_ties").flag("with_ties"),
      enumField(&Limit::Form, "syntax", irsyntax::LimitSyntaxNames)
          .bareEnum().dflt(Limit::Syntax::LimitOffset).presentation(),
      field(&Limit::Input, "input").child()};
};
template <> struct NodeFields<SetOp> {
  static constexpr auto Fields = std::tuple{
      enumField(&SetOp::Op, "op", irsyntax::SetOpKindNames).pos("set operation").required(),
      field(&SetOp::All, "all").flag("all"),
      field(&SetOp::ExplicitDistinct, "explicit_distinct").flag("distinct").presentation(),
      field(&SetOp::Left, "left").child(),
      field(&SetOp::Right, "right").child()};
};
template <> struct NodeFields<With> {
  static constexpr auto Fields = std::tuple{
      field(&With::Recursive, "recursive").flag("recursive"),
      field(&With::Ctes, "ctes").childLines("cte"),
      field(&With::Body, "body").child()};
};
// clang-format on

//===----------------------------------------------------------------------===//
// Blank nodes
//===----------------------------------------------------------------------===//

/// A node of class T with every field at its constructor's value, for readers
/// and copies that then set the fields from a description. Objects get an
/// empty name.
template <class T> std::unique_ptr<T> makeBlankNode();

// clang-format off
template <> inline std::unique_ptr<ColumnRef> makeBlankNode() { return std::make_unique<ColumnRef>(Location(), std::vector<std::string>()); }
template <> inline std::unique_ptr<Literal> makeBlankNode() { return std::make_unique<Literal>(Location(), Literal::LitKind::Null, ""); }
template <> inline std::unique_ptr<Param> makeBlankNode() { return std::make_unique<Param>(Location(), 0); }
template <> inline std::unique_ptr<UnaryOp> makeBlankNode() { return std::make_unique<UnaryOp>(Location(), "", nullptr); }
template <> inline std::unique_ptr<BinaryOp> makeBlankNode() { return std::make_unique<BinaryOp>(Location(), "", nullptr, nullptr); }
template <> inline std::unique_ptr<OpChain> makeBlankNode() { return std::make_unique<OpChain>(Location()); }
template <> inline std::unique_ptr<FuncCall> makeBlankNode() { return std::make_unique<FuncCall>(Location(), std::vector<std::string>()); }
template <> inline std::unique_ptr<Cast> makeBlankNode() { return std::make_unique<Cast>(Location(), nullptr, DataType(), Cast::Syntax::DoubleColon); }
template <> inline std::unique_ptr<Case> makeBlankNode() { return std::make_unique<Case>(Location()); }
template <> inline std::unique_ptr<SubqueryExpr> makeBlankNode() { return std::make_unique<SubqueryExpr>(Location(), SubqueryExpr::SubKind::Scalar, nullptr); }
template <> inline std::unique_ptr<InList> makeBlankNode() { return std::make_unique<InList>(Location(), nullptr); }
template <> inline std::unique_ptr<Between> makeBlankNode() { return std::make_unique<Between>(Location(), nullptr, nullptr, nullptr); }
template <> inline std::unique_ptr<IsTest> makeBlankNode() { return std::make_unique<IsTest>(Location(), nullptr, IsTest::Test::Null, false); }
template <> inline std::unique_ptr<Quantified> makeBlankNode() { return std::make_unique<Quantified>(Location(), nullptr, "", Quantified::Quantifier::Any, nullptr); }
template <> inline std::unique_ptr<ArrayExpr> makeBlankNode() { return std::make_unique<ArrayExpr>(Location()); }
template <> inline std::unique_ptr<RowExpr> makeBlankNode() { return std::make_unique<RowExpr>(Location()); }
template <> inline std::unique_ptr<Subscript> makeBlankNode() { return std::make_unique<Subscript>(Location(), nullptr); }
template <> inline std::unique_ptr<FieldAccess> makeBlankNode() { return std::make_unique<FieldAccess>(Location(), nullptr, ""); }
template <> inline std::unique_ptr<CollateExpr> makeBlankNode() { return std::make_unique<CollateExpr>(Location(), nullptr, QualifiedName()); }
template <> inline std::unique_ptr<GroupingSet> makeBlankNode() { return std::make_unique<GroupingSet>(Location(), GroupingSet::SetKind::Rollup); }

template <> inline std::unique_ptr<Scan> makeBlankNode() { return std::make_unique<Scan>(Location(), QualifiedName()); }
template <> inline std::unique_ptr<SubqueryScan> makeBlankNode() { return std::make_unique<SubqueryScan>(Location(), nullptr); }
template <> inline std::unique_ptr<FunctionScan> makeBlankNode() { return std::make_unique<FunctionScan>(Location(), nullptr); }
template <> inline std::unique_ptr<XmlTable> makeBlankNode() { return std::make_unique<XmlTable>(Location()); }
template <> inline std::unique_ptr<Values> makeBlankNode() { return std::make_unique<Values>(Location()); }
template <> inline std::unique_ptr<Filter> makeBlankNode() { return std::make_unique<Filter>(Location(), nullptr, nullptr); }
template <> inline std::unique_ptr<Project> makeBlankNode() { return std::make_unique<Project>(Location(), nullptr); }
template <> inline std::unique_ptr<Join> makeBlankNode() { return std::make_unique<Join>(Location(), Join::JoinKind::Inner, nullptr, nullptr); }
template <> inline std::unique_ptr<Aggregate> makeBlankNode() { return std::make_unique<Aggregate>(Location(), nullptr); }
template <> inline std::unique_ptr<Sort> makeBlankNode() { return std::make_unique<Sort>(Location(), nullptr); }
template <> inline std::unique_ptr<Limit> makeBlankNode() { return std::make_unique<Limit>(Location(), nullptr); }
template <> inline std::unique_ptr<SetOp> makeBlankNode() { return std::make_unique<SetOp>(Location(), SetOp::OpKind::Union, nullptr, nullptr); }
template <> inline std::unique_ptr<With> makeBlankNode() { return std::make_unique<With>(Location(), nullptr); }

template <> inline std::unique_ptr<Setting> makeBlankNode() { return std::make_unique<Setting>(Location(), "", ""); }
template <> inline std::unique_ptr<SchemaDecl> makeBlankNode() { return std::make_unique<SchemaDecl>(Location(), ""); }
template <> inline std::unique_ptr<EnumType> makeBlankNode() { return std::make_unique<EnumType>(Location(), QualifiedName()); }
template <> inline std::unique_ptr<Domain> makeBlankNode() { return std::make_unique<Domain>(Location(), QualifiedName(), DataType()); }
template <> inline std::unique_ptr<Sequence> makeBlankNode() { return std::make_unique<Sequence>(Location(), QualifiedName()); }
template <> inline std::unique_ptr<Table> makeBlankNode() { return std::make_unique<Table>(Location(), QualifiedName()); }
template <> inline std::unique_ptr<View> makeBlankNode() { return std::make_unique<View>(Location(), QualifiedName(), false); }
template <> inline std::unique_ptr<Index> makeBlankNode() { return std::make_unique<Index>(Location(), QualifiedName(), QualifiedName()); }
template <> inline std::unique_ptr<OpaqueObject> makeBlankNode() { return std::make_unique<OpaqueObject>(Location(), QualifiedName(), "", "", ""); }
// clang-format on

/// Calls \p F with the node cast to its class (expressions, relations and
/// objects); the kind switch of every description-driven consumer.
template <class F> decltype(auto) visitNode(const Expr &E, F &&Fn) {
  switch (E.getKind()) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    return Fn(llvm::cast<Class>(E));
#include "schemac/ir/ExprKinds.def"
  }
  llvm_unreachable("unknown expression kind");
}
template <class F> decltype(auto) visitNode(const Rel &R, F &&Fn) {
  switch (R.getKind()) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    return Fn(llvm::cast<Class>(R));
#include "schemac/ir/RelKinds.def"
  }
  llvm_unreachable("unknown relation kind");
}
template <class F> decltype(auto) visitNode(const Object &O, F &&Fn) {
  switch (O.getKind()) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    return Fn(llvm::cast<Class>(O));
#include "schemac/ir/ObjectKinds.def"
  }
  llvm_unreachable("unknown object kind");
}

/// Calls \p Fn.template operator()<T>(Name) for every described type T: the
/// common parts, every object, expression and relation class and the
/// structs. For tests and tools that check the descriptions themselves.
template <class F> void forEachDescribedType(F &&Fn) {
  Fn.template operator()<Object>("Object");
  Fn.template operator()<Expr>("Expr");
  Fn.template operator()<Rel>("Rel");
#define SCHEMAC_OBJECT(Class, IRName) Fn.template operator()<Class>(#Class);
#include "schemac/ir/ObjectKinds.def"
#define SCHEMAC_EXPR(Class, IRName) Fn.template operator()<Class>(#Class);
#include "schemac/ir/ExprKinds.def"
#define SCHEMAC_REL(Class, IRName) Fn.template operator()<Class>(#Class);
#include "schemac/ir/RelKinds.def"
  Fn.template operator()<DataType>("DataType");
  Fn.template operator()<SequenceOptions>("SequenceOptions");
  Fn.template operator()<IndexElement>("IndexElement");
  Fn.template operator()<ExclusionElement>("ExclusionElement");
  Fn.template operator()<Column::Generated>("Column::Generated");
  Fn.template operator()<Column::Identity>("Column::Identity");
  Fn.template operator()<Column>("Column");
  Fn.template operator()<Constraint>("Constraint");
  Fn.template operator()<DomainCheck>("DomainCheck");
  Fn.template operator()<PartitionSpec>("PartitionSpec");
  Fn.template operator()<PartitionBound>("PartitionBound");
  Fn.template operator()<SortKey>("SortKey");
  Fn.template operator()<WindowSpec::Bound>("WindowSpec::Bound");
  Fn.template operator()<WindowSpec>("WindowSpec");
  Fn.template operator()<SelectItem>("SelectItem");
  Fn.template operator()<CommonTableExpr>("CommonTableExpr");
  Fn.template operator()<XmlNamespace>("XmlNamespace");
  Fn.template operator()<XmlTableColumn>("XmlTableColumn");
}

/// The base whose common description (NodeFields<Object>, <Expr>, <Rel>)
/// applies to T, or void.
template <class T>
using CommonBase = std::conditional_t<
    std::is_base_of_v<Object, T>, Object,
    std::conditional_t<
        std::is_base_of_v<Expr, T>, Expr,
        std::conditional_t<std::is_base_of_v<Rel, T>, Rel, void>>>;

} // namespace schemac

#endif // SCHEMAC_IR_NODEFIELDS_H
