//===- IRJSON.cpp - JSON form of the IR for tools -------------------------===//
//
// Part of schemac. The fields of every IR node are described once, by a
// fields(Visitor, Node) overload; the writer and the reader are two visitors
// over those descriptions, so they cannot disagree about a key.
//
// The document: {"name", "dialect", "search_path", "objects": [...]}. Every
// object, expression, relation and type has "kind" (the IRName of its .def
// file). Fields with their default value are omitted (false, "", [], null,
// 0 and each enum's default); pairs are two-element arrays; a null
// expression or relation inside a list is null; "loc" is
// {"file", "line", "col"} (null for an unknown location) and is written only
// with PrintLocations. nlohmann::json keeps keys sorted, so the output is
// stable.
//
//===----------------------------------------------------------------------===//

#include "schemac/ir/IRJSON.h"
#include "IRSyntax.h"
#include "schemac/ir/Module.h"
#include "schemac/support/Context.h"
#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Compiler.h"

#include <nlohmann/json.hpp>

#include <type_traits>

using namespace schemac;
using namespace schemac::irsyntax;
using nlohmann::json;

//===----------------------------------------------------------------------===//
// Field descriptions
//===----------------------------------------------------------------------===//

namespace {

template <class V> void fields(V &v, SequenceOptions &O) {
  v("as_type", O.AsType);
  v("start", O.Start);
  v("increment", O.Increment);
  v("min_value", O.MinValue);
  v("max_value", O.MaxValue);
  v("cache", O.Cache);
  v("no_min_value", O.NoMinValue);
  v("no_max_value", O.NoMaxValue);
  v("cycle", O.Cycle);
  v("sequence_name", O.SequenceName);
}

template <class V> void fields(V &v, SortKey &K) {
  v("value", K.Value);
  v.enumField("direction", K.Direction, SortDirectionNames,
              SortDirection::Default);
  v("using_op", K.UsingOp);
  v.enumField("nulls", K.Nulls, NullsOrderNames, NullsOrder::Default);
}

template <class V> void fields(V &v, WindowSpec::Bound &B) {
  v.enumField("kind", B.Kind, FrameBoundNames,
              WindowSpec::BoundKind::UnboundedPreceding);
  v("offset", B.Offset);
}

template <class V> void fields(V &v, WindowSpec &W) {
  v("ref_name", W.RefName);
  v("partition_by", W.PartitionBy);
  v("order_by", W.OrderBy);
  v.enumField("mode", W.Mode, FrameModeNames, WindowSpec::FrameMode::None);
  v("start", W.Start);
  v("end", W.End);
  v.enumField("exclude", W.Exclude, FrameExclusionNames,
              WindowSpec::Exclusion::None);
}

template <class V> void fields(V &v, IndexElement &E) {
  v("column", E.Column);
  v("expression", E.Expression);
  v("collation", E.Collation);
  v("opclass", E.OpClass);
  v("opclass_params", E.OpClassParams);
  v.enumField("direction", E.Direction, SortDirectionNames,
              SortDirection::Default);
  v.enumField("nulls", E.Nulls, NullsOrderNames, NullsOrder::Default);
  v.loc(E.Loc);
}

template <class V> void fields(V &v, ExclusionElement &E) {
  v("element", E.Element);
  v("operator", E.Operator);
}

template <class V> void fields(V &v, Column::Generated &G) {
  v("expression", G.Expression);
  v("virtual", G.Virtual);
}

template <class V> void fields(V &v, Column::Identity &I) {
  v("always", I.Always, true);
  v("options", I.Options);
}

template <class V> void fields(V &v, Column &C) {
  v("name", C.Name);
  v("type", C.Type);
  v("not_null", C.NotNull);
  v("explicit_null", C.ExplicitNull);
  v("default", C.Default);
  v("generated", C.Generation);
  v("identity", C.Ident);
  v("collation", C.Collation);
  v("storage", C.Storage);
  v("compression", C.Compression);
  v("comment", C.Comment);
  v.loc(C.Loc);
}

template <class V> void fields(V &v, Constraint &C) {
  v.enumField("kind", C.K, ConstraintKindNames);
  v("name", C.Name);
  v("column_level", C.ColumnLevel);
  v("added_by_alter", C.AddedByAlter);
  v("columns", C.Columns);
  v("include", C.Include);
  v("nulls_not_distinct", C.NullsNotDistinct);
  v("without_overlaps", C.WithoutOverlaps);
  v("index_with", C.IndexWith);
  v("index_tablespace", C.IndexTablespace);
  v("ref_table", C.RefTable);
  v("ref_columns", C.RefColumns);
  v.enumField("on_delete", C.OnDelete, ForeignKeyActionNames,
              ForeignKeyAction::Unspecified);
  v.enumField("on_update", C.OnUpdate, ForeignKeyActionNames,
              ForeignKeyAction::Unspecified);
  v("on_delete_columns", C.OnDeleteColumns);
  v.enumField("match", C.Match, ForeignKeyMatchNames,
              ForeignKeyMatch::Unspecified);
  v("period", C.Period);
  v("check", C.Check);
  v("no_inherit", C.NoInherit);
  v("exclusion_method", C.ExclusionMethod);
  v("exclusions", C.Exclusions);
  v("exclusion_where", C.ExclusionWhere);
  v("deferrable", C.Deferrable);
  v("initially_deferred", C.InitiallyDeferred);
  v("not_valid", C.NotValid);
  v("comment", C.Comment);
  v.loc(C.Loc);
}

template <class V> void fields(V &v, DomainCheck &C) {
  v("name", C.Name);
  v("check", C.Check);
  v("not_valid", C.NotValid);
  v("comment", C.Comment);
  v.loc(C.Loc);
}

template <class V> void fields(V &v, PartitionSpec &S) {
  v.enumField("strategy", S.Strat, PartitionStrategyNames);
  v("keys", S.Keys);
}

template <class V> void fields(V &v, PartitionBound &B) {
  v.enumField("kind", B.BK, PartitionBoundNames);
  v("in", B.In);
  v("from", B.From);
  v("to", B.To);
  v("modulus", B.Modulus);
  v("remainder", B.Remainder);
}

template <class V> void fields(V &v, SelectItem &I) {
  v("value", I.Value);
  v("alias", I.Alias);
  v("explicit_as", I.ExplicitAs, true);
}

template <class V> void fields(V &v, CommonTableExpr &C) {
  v("name", C.Name);
  v("column_names", C.ColumnNames);
  v("query", C.Query);
  v.enumField("materialize", C.Materialize, CteMaterializationNames,
              CommonTableExpr::Materialization::Default);
  v.loc(C.Loc);
}

//===--- Objects (kind, name, owner, comment and loc are common) ----------===//

template <class V> void fields(V &v, Setting &S) {
  v("value", S.Value);
  v("is_local", S.IsLocal);
  v("is_default", S.IsDefault);
  v.enumField("syntax", S.Form, SettingSyntaxNames, Setting::Syntax::Set);
}

template <class V> void fields(V &v, SchemaDecl &S) {
  v("implicit", S.Implicit);
  v("if_not_exists", S.IfNotExists);
  v("authorization", S.Authorization);
}

template <class V> void fields(V &v, EnumType &E) { v("values", E.Values); }

template <class V> void fields(V &v, Domain &D) {
  v("base_type", D.BaseType);
  v("collation", D.Collation);
  v("default", D.Default);
  v("not_null", D.NotNull);
  v("explicit_null", D.ExplicitNull);
  v("checks", D.Checks);
}

template <class V> void fields(V &v, Sequence &S) {
  v("options", S.Options);
  v("owned_by_table", S.OwnedByTable);
  v("owned_by_column", S.OwnedByColumn);
  v("owned_by_none", S.OwnedByNone);
  v("if_not_exists", S.IfNotExists);
  v.enumField("persistence", S.Persist, SequencePersistenceNames,
              Sequence::Persistence::Permanent);
}

template <class V> void fields(V &v, Table &T) {
  v("columns", T.Columns);
  v("constraints", T.Constraints);
  v.enumField("persistence", T.Persist, TablePersistenceNames,
              Table::Persistence::Permanent);
  v("if_not_exists", T.IfNotExists);
  v("inherits", T.Inherits);
  v("partition_by", T.PartitionBy);
  v("partition_of", T.PartitionOf);
  v("bound", T.Bound);
  v("attached_later", T.AttachedLater);
  v("of_type", T.OfType);
  v("access_method", T.AccessMethod);
  v("with", T.With);
  v("tablespace", T.Tablespace);
  v("on_commit", T.OnCommit);
  v("row_security", T.RowSecurity);
  v("force_row_security", T.ForceRowSecurity);
}

template <class V> void fields(V &v, View &W) {
  v("materialized", W.Materialized);
  v("or_replace", W.OrReplace);
  v("temporary", W.Temporary);
  v("recursive", W.Recursive);
  v("if_not_exists", W.IfNotExists);
  v("column_names", W.ColumnNames);
  v("query", W.Query);
  v("check_option", W.CheckOption);
  v("with_check_option", W.WithCheckOption);
  v("options", W.Options);
  v("with_data", W.WithData);
  v("access_method", W.AccessMethod);
  v("tablespace", W.Tablespace);
  v("column_comments", W.ColumnComments);
}

template <class V> void fields(V &v, Index &I) {
  v("table", I.Table);
  v("unique", I.Unique);
  v("concurrently", I.Concurrently);
  v("if_not_exists", I.IfNotExists);
  v("only", I.Only);
  v("nulls_not_distinct", I.NullsNotDistinct);
  v("method", I.Method);
  v("elements", I.Elements);
  v("include", I.Include);
  v("where", I.Where);
  v("with", I.With);
  v("tablespace", I.Tablespace);
}

template <class V> void fields(V &v, OpaqueObject &O) {
  v("object_type", O.ObjectType);
  v("text", O.Text);
  v("dialect", O.Dialect);
  v("target", O.Target);
  v("references", O.References);
  v("is_data", O.IsData);
}

//===--- Expressions (kind and loc are common) ----------------------------===//

template <class V> void fields(V &v, ColumnRef &E) {
  v("path", E.Path);
  v("star", E.Star);
}
template <class V> void fields(V &v, Literal &E) {
  v.enumField("lit_kind", E.LK, LiteralKindNames);
  v("value", E.Value);
}
template <class V> void fields(V &v, Param &E) {
  v("number", E.Number);
  v("name", E.Name);
}
template <class V> void fields(V &v, UnaryOp &E) {
  v("op", E.Op);
  v("op_schema", E.OpSchema);
  v("operand", E.Operand);
}
template <class V> void fields(V &v, BinaryOp &E) {
  v("op", E.Op);
  v("op_schema", E.OpSchema);
  v("lhs", E.LHS);
  v("rhs", E.RHS);
  v("escape", E.Escape);
}
template <class V> void fields(V &v, FuncCall &E) {
  v("name", E.Name);
  v("args", E.Args);
  v("arg_names", E.ArgNames);
  v("star", E.Star);
  v("distinct", E.Distinct);
  v("variadic", E.Variadic);
  v("order_by", E.OrderBy);
  v("within_group", E.WithinGroup);
  v("filter", E.Filter);
  v("over", E.Over);
  v.enumField("syntax", E.Form, CallSyntaxNames, FuncCall::Syntax::Normal);
  v("trim_spec", E.TrimSpec);
}
template <class V> void fields(V &v, Cast &E) {
  v("operand", E.Operand);
  v("type", E.Type);
  v.enumField("syntax", E.Form, CastSyntaxNames, Cast::Syntax::DoubleColon);
}
template <class V> void fields(V &v, Case &E) {
  v("operand", E.Operand);
  v("whens", E.Whens);
  v("else", E.Else);
}
template <class V> void fields(V &v, SubqueryExpr &E) {
  v.enumField("subquery_kind", E.SK, SubqueryKindNames);
  v("lhs", E.LHS);
  v("op", E.Op);
  v("negated", E.Negated);
  v("query", E.Query);
}
template <class V> void fields(V &v, InList &E) {
  v("lhs", E.LHS);
  v("items", E.Items);
  v("negated", E.Negated);
}
template <class V> void fields(V &v, Between &E) {
  v("operand", E.Operand);
  v("low", E.Low);
  v("high", E.High);
  v("negated", E.Negated);
  v("symmetric", E.Symmetric);
}
template <class V> void fields(V &v, IsTest &E) {
  v("operand", E.Operand);
  v.enumField("test", E.What, IsTestNames);
  v("negated", E.Negated);
}
template <class V> void fields(V &v, Quantified &E) {
  v("lhs", E.LHS);
  v("op", E.Op);
  v.enumField("quantifier", E.Q, QuantifierNames);
  v("rhs", E.RHS);
}
template <class V> void fields(V &v, ArrayExpr &E) {
  v("elements", E.Elements);
  v("keyword", E.Keyword, true);
}
template <class V> void fields(V &v, RowExpr &E) {
  v("fields", E.Fields);
  v("keyword", E.Keyword);
}
template <class V> void fields(V &v, Subscript &E) {
  v("base", E.Base);
  v("lower", E.Lower);
  v("upper", E.Upper);
  v("slice", E.Slice);
}
template <class V> void fields(V &v, FieldAccess &E) {
  v("base", E.Base);
  v("field", E.Field);
}
template <class V> void fields(V &v, CollateExpr &E) {
  v("operand", E.Operand);
  v("collation", E.Collation);
}
template <class V> void fields(V &v, GroupingSet &E) {
  v.enumField("set_kind", E.SK, GroupingSetNames);
  v("items", E.Items);
}

//===--- Relations (kind and loc are common) ------------------------------===//

template <class V> void fields(V &v, Scan &R) {
  v("table", R.Table);
  v("alias", R.Alias);
  v("column_aliases", R.ColumnAliases);
  v("only", R.Only);
  v("is_cte", R.IsCte);
}
template <class V> void fields(V &v, SubqueryScan &R) {
  v("input", R.Input);
  v("alias", R.Alias);
  v("column_aliases", R.ColumnAliases);
  v("lateral", R.Lateral);
}
template <class V> void fields(V &v, FunctionScan &R) {
  v("call", R.Call);
  v("alias", R.Alias);
  v("column_aliases", R.ColumnAliases);
  v("column_defs", R.ColumnDefs);
  v("with_ordinality", R.WithOrdinality);
  v("lateral", R.Lateral);
}
template <class V> void fields(V &v, Values &R) {
  v("rows", R.Rows);
  v("alias", R.Alias);
  v("column_aliases", R.ColumnAliases);
}
template <class V> void fields(V &v, Filter &R) {
  v("input", R.Input);
  v("condition", R.Condition);
}
template <class V> void fields(V &v, Project &R) {
  v("input", R.Input);
  v("items", R.Items);
  v.enumField("distinct", R.Distinct, DistinctKindNames,
              Project::DistinctKind::None);
  v("distinct_on", R.DistinctOn);
  v("windows", R.Windows);
}
template <class V> void fields(V &v, Join &R) {
  v.enumField("join_kind", R.JK, JoinKindNames);
  v("natural", R.Natural);
  v("comma", R.Comma);
  v("left", R.Left);
  v("right", R.Right);
  v("condition", R.Condition);
  v("using", R.Using);
}
template <class V> void fields(V &v, Aggregate &R) {
  v("input", R.Input);
  v("group_by", R.GroupBy);
  v("group_by_distinct", R.GroupByDistinct);
}
template <class V> void fields(V &v, Sort &R) {
  v("input", R.Input);
  v("keys", R.Keys);
}
template <class V> void fields(V &v, Limit &R) {
  v("input", R.Input);
  v("count", R.Count);
  v("offset", R.Offset);
  v("limit_all", R.LimitAll);
  v("with_ties", R.WithTies);
  v.enumField("syntax", R.Form, LimitSyntaxNames, Limit::Syntax::LimitOffset);
}
template <class V> void fields(V &v, SetOp &R) {
  v.enumField("op", R.Op, SetOpKindNames);
  v("all", R.All);
  v("explicit_distinct", R.ExplicitDistinct);
  v("left", R.Left);
  v("right", R.Right);
}
template <class V> void fields(V &v, With &R) {
  v("recursive", R.Recursive);
  v("ctes", R.Ctes);
  v("body", R.Body);
}

//===--- Blank nodes for the reader ---------------------------------------===//

// clang-format off
template <class T> std::unique_ptr<T> blankExpr(Location L);
template <> std::unique_ptr<ColumnRef> blankExpr(Location L) { return std::make_unique<ColumnRef>(L, std::vector<std::string>()); }
template <> std::unique_ptr<Literal> blankExpr(Location L) { return std::make_unique<Literal>(L, Literal::LitKind::Null, ""); }
template <> std::unique_ptr<Param> blankExpr(Location L) { return std::make_unique<Param>(L, 0); }
template <> std::unique_ptr<UnaryOp> blankExpr(Location L) { return std::make_unique<UnaryOp>(L, "", nullptr); }
template <> std::unique_ptr<BinaryOp> blankExpr(Location L) { return std::make_unique<BinaryOp>(L, "", nullptr, nullptr); }
template <> std::unique_ptr<FuncCall> blankExpr(Location L) { return std::make_unique<FuncCall>(L, std::vector<std::string>()); }
template <> std::unique_ptr<Cast> blankExpr(Location L) { return std::make_unique<Cast>(L, nullptr, DataType(), Cast::Syntax::DoubleColon); }
template <> std::unique_ptr<Case> blankExpr(Location L) { return std::make_unique<Case>(L); }
template <> std::unique_ptr<SubqueryExpr> blankExpr(Location L) { return std::make_unique<SubqueryExpr>(L, SubqueryExpr::SubKind::Scalar, nullptr); }
template <> std::unique_ptr<InList> blankExpr(Location L) { return std::make_unique<InList>(L, nullptr); }
template <> std::unique_ptr<Between> blankExpr(Location L) { return std::make_unique<Between>(L, nullptr, nullptr, nullptr); }
template <> std::unique_ptr<IsTest> blankExpr(Location L) { return std::make_unique<IsTest>(L, nullptr, IsTest::Test::Null, false); }
template <> std::unique_ptr<Quantified> blankExpr(Location L) { return std::make_unique<Quantified>(L, nullptr, "", Quantified::Quantifier::Any, nullptr); }
template <> std::unique_ptr<ArrayExpr> blankExpr(Location L) { return std::make_unique<ArrayExpr>(L); }
template <> std::unique_ptr<RowExpr> blankExpr(Location L) { return std::make_unique<RowExpr>(L); }
template <> std::unique_ptr<Subscript> blankExpr(Location L) { return std::make_unique<Subscript>(L, nullptr); }
template <> std::unique_ptr<FieldAccess> blankExpr(Location L) { return std::make_unique<FieldAccess>(L, nullptr, ""); }
template <> std::unique_ptr<CollateExpr> blankExpr(Location L) { return std::make_unique<CollateExpr>(L, nullptr, QualifiedName()); }
template <> std::unique_ptr<GroupingSet> blankExpr(Location L) { return std::make_unique<GroupingSet>(L, GroupingSet::SetKind::Rollup); }

template <class T> std::unique_ptr<T> blankRel(Location L);
template <> std::unique_ptr<Scan> blankRel(Location L) { return std::make_unique<Scan>(L, QualifiedName()); }
template <> std::unique_ptr<SubqueryScan> blankRel(Location L) { return std::make_unique<SubqueryScan>(L, nullptr); }
template <> std::unique_ptr<FunctionScan> blankRel(Location L) { return std::make_unique<FunctionScan>(L, nullptr); }
template <> std::unique_ptr<Values> blankRel(Location L) { return std::make_unique<Values>(L); }
template <> std::unique_ptr<Filter> blankRel(Location L) { return std::make_unique<Filter>(L, nullptr, nullptr); }
template <> std::unique_ptr<Project> blankRel(Location L) { return std::make_unique<Project>(L, nullptr); }
template <> std::unique_ptr<Join> blankRel(Location L) { return std::make_unique<Join>(L, Join::JoinKind::Inner, nullptr, nullptr); }
template <> std::unique_ptr<Aggregate> blankRel(Location L) { return std::make_unique<Aggregate>(L, nullptr); }
template <> std::unique_ptr<Sort> blankRel(Location L) { return std::make_unique<Sort>(L, nullptr); }
template <> std::unique_ptr<Limit> blankRel(Location L) { return std::make_unique<Limit>(L, nullptr); }
template <> std::unique_ptr<SetOp> blankRel(Location L) { return std::make_unique<SetOp>(L, SetOp::OpKind::Union, nullptr, nullptr); }
template <> std::unique_ptr<With> blankRel(Location L) { return std::make_unique<With>(L, nullptr); }

template <class T> std::unique_ptr<T> blankObject(Location L, QualifiedName N);
template <> std::unique_ptr<Setting> blankObject(Location L, QualifiedName N) { return std::make_unique<Setting>(L, N.Name, ""); }
template <> std::unique_ptr<SchemaDecl> blankObject(Location L, QualifiedName N) { return std::make_unique<SchemaDecl>(L, N.Name); }
template <> std::unique_ptr<EnumType> blankObject(Location L, QualifiedName N) { return std::make_unique<EnumType>(L, N); }
template <> std::unique_ptr<Domain> blankObject(Location L, QualifiedName N) { return std::make_unique<Domain>(L, N, DataType()); }
template <> std::unique_ptr<Sequence> blankObject(Location L, QualifiedName N) { return std::make_unique<Sequence>(L, N); }
template <> std::unique_ptr<Table> blankObject(Location L, QualifiedName N) { return std::make_unique<Table>(L, N); }
template <> std::unique_ptr<View> blankObject(Location L, QualifiedName N) { return std::make_unique<View>(L, N, false); }
template <> std::unique_ptr<Index> blankObject(Location L, QualifiedName N) { return std::make_unique<Index>(L, N, QualifiedName()); }
template <> std::unique_ptr<OpaqueObject> blankObject(Location L, QualifiedName N) { return std::make_unique<OpaqueObject>(L, N, "", "", ""); }
// clang-format on

//===----------------------------------------------------------------------===//
// Writer
//===----------------------------------------------------------------------===//

/// Visits fields of const nodes; fields() takes non-const references so one
/// description serves both directions, and the writer never modifies them.
template <class T> T &mut(const T &X) { return const_cast<T &>(X); }

class Writer {
public:
  Writer(const Context &Ctx, bool Locs) : Ctx(Ctx), Locs(Locs) {}

  json module(const Module &M) {
    json J = json::object();
    J["name"] = M.Name;
    J["dialect"] = M.Dialect;
    J["search_path"] = M.getSearchPath();
    json Objs = json::array();
    for (const ObjectPtr &O : M.objects())
      Objs.push_back(value(*O));
    J["objects"] = std::move(Objs);
    return J;
  }

  //===--- The visitor interface used by fields() -------------------------===//
  void operator()(const char *Key, bool &V, bool Default = false) {
    if (V != Default)
      (*Cur)[Key] = V;
  }
  void operator()(const char *Key, int64_t &V) {
    if (V)
      (*Cur)[Key] = V;
  }
  void operator()(const char *Key, unsigned &V) {
    if (V)
      (*Cur)[Key] = V;
  }
  void operator()(const char *Key, std::string &V) {
    if (!V.empty())
      (*Cur)[Key] = V;
  }
  void operator()(const char *Key, QualifiedName &V) {
    if (!V.Name.empty() || !V.Schema.empty())
      (*Cur)[Key] = value(V);
  }
  template <class T> void operator()(const char *Key, std::optional<T> &V) {
    if (V)
      (*Cur)[Key] = value(*V);
  }
  template <class T> void operator()(const char *Key, OptionalBox<T> &V) {
    if (V)
      (*Cur)[Key] = value(*V);
  }
  template <class T> void operator()(const char *Key, std::vector<T> &V) {
    if (!V.empty())
      (*Cur)[Key] = value(V);
  }
  template <class T> void operator()(const char *Key, std::unique_ptr<T> &V) {
    if (V)
      (*Cur)[Key] = value(*V);
  }
  /// Structs: omitted when all their fields are defaults.
  template <class T> void operator()(const char *Key, T &V) {
    json J = value(V);
    if (!J.empty())
      (*Cur)[Key] = std::move(J);
  }
  template <class E, size_t N>
  void enumField(const char *Key, E &V, const EnumSpelling<E> (&Table)[N],
                 std::type_identity_t<std::optional<E>> Default = {}) {
    if (!Default || V != *Default)
      (*Cur)[Key] = spell(Table, V).str();
  }
  void loc(Location L) {
    if (!Locs)
      return;
    if (L == Location()) {
      (*Cur)["loc"] = nullptr;
      return;
    }
    (*Cur)["loc"] = {{"file", Ctx.getFileName(L.File).str()},
                     {"line", L.Line},
                     {"col", L.Col}};
  }

private:
  //===--- Values ---------------------------------------------------------===//
  json value(bool V) { return V; }
  json value(int64_t V) { return V; }
  json value(const std::string &V) { return V; }
  json value(const QualifiedName &N) {
    json J = {{"name", N.Name}};
    if (!N.Schema.empty())
      J["schema"] = N.Schema;
    return J;
  }
  json value(const DataType &T) {
    json J = {{"kind", getTypeKindName(T.Kind).str()}};
    if (!T.Name.Name.empty() || !T.Name.Schema.empty())
      J["name"] = value(T.Name);
    if (!T.Modifiers.empty())
      J["modifiers"] = T.Modifiers;
    if (T.ArrayDims)
      J["array_dims"] = T.ArrayDims;
    if (T.Serial)
      J["serial"] = true;
    if (!T.Spelling.empty())
      J["spelling"] = T.Spelling;
    return J;
  }
  template <class A, class B> json value(const std::pair<A, B> &P) {
    return json::array({value(P.first), value(P.second)});
  }
  template <class T> json value(const std::vector<T> &V) {
    json A = json::array();
    for (const T &X : V)
      A.push_back(value(X));
    return A;
  }
  template <class T> json value(const std::unique_ptr<T> &P) {
    return P ? value(*P) : json(nullptr);
  }
  json value(const Expr &E) {
    json J = {{"kind", E.getKindName().str()}};
    json *Saved = Cur;
    Cur = &J;
    switch (E.getKind()) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    writeFields(llvm::cast<Class>(E));                                         \
    break;
#include "schemac/ir/ExprKinds.def"
    }
    loc(E.Loc);
    Cur = Saved;
    return J;
  }
  json value(const Rel &R) {
    json J = {{"kind", R.getKindName().str()}};
    json *Saved = Cur;
    Cur = &J;
    switch (R.getKind()) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    writeFields(llvm::cast<Class>(R));                                         \
    break;
#include "schemac/ir/RelKinds.def"
    }
    loc(R.Loc);
    Cur = Saved;
    return J;
  }
  json value(const Object &O) {
    json J = {{"kind", O.getKindName().str()}, {"name", value(O.getName())}};
    json *Saved = Cur;
    Cur = &J;
    switch (O.getKind()) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class:                                                    \
    fields(*this, mut(llvm::cast<Class>(O)));                                  \
    break;
#include "schemac/ir/ObjectKinds.def"
    }
    (*this)("owner", mut(O.Owner));
    (*this)("comment", mut(O.Comment));
    loc(O.Loc);
    Cur = Saved;
    return J;
  }
  /// The fields of one node kind into the current object; not inlined into
  /// the kind switches (see Reader::readExpr()).
  template <class T> LLVM_ATTRIBUTE_NOINLINE void writeFields(const T &X) {
    fields(*this, mut(X));
  }
  /// Other structs: their fields() description.
  template <class T> json value(const T &X) {
    json J = json::object();
    json *Saved = Cur;
    Cur = &J;
    fields(*this, mut(X));
    Cur = Saved;
    return J;
  }

  const Context &Ctx;
  bool Locs;
  json *Cur = nullptr;
};

//===----------------------------------------------------------------------===//
// Reader
//===----------------------------------------------------------------------===//

class Reader {
public:
  Reader(Context &Ctx, uint32_t File, DiagnosticEngine &Diags)
      : Ctx(Ctx), File(File), Diags(Diags) {}

  std::unique_ptr<Module> module(const json &J);

  //===--- The visitor interface used by fields() -------------------------===//
  template <class T> void operator()(const char *Key, T &V) {
    if (const json *F = field(Key)) {
      Scope S(*this, Key);
      read(*F, V);
    }
  }
  void operator()(const char *Key, bool &V, bool /*Default*/) {
    (*this)(Key, V);
  }
  template <class E, size_t N>
  void enumField(const char *Key, E &V, const EnumSpelling<E> (&Table)[N],
                 std::type_identity_t<std::optional<E>> Default = {}) {
    const json *F = field(Key);
    if (!F) {
      if (!Default)
        fail("missing key '" + std::string(Key) + "'");
      return;
    }
    Scope S(*this, Key);
    readEnum(*F, V, Table);
  }
  void loc(Location &L) {
    if (const json *F = field("loc")) {
      Scope S(*this, "loc");
      readLoc(*F, L);
    }
  }

private:
  /// The member \p Key of the current object, or null; marks it as used.
  const json *field(const char *Key) {
    auto It = Cur->find(Key);
    if (It == Cur->end())
      return nullptr;
    Used.back().insert(Key);
    return &*It;
  }
  void fail(const std::string &Msg) {
    if (Failed)
      return;
    Failed = true;
    // Deep paths keep their first and last segments.
    std::string Where;
    for (size_t I = 0; I != Path.size(); ++I) {
      if (Path.size() > 12 && I == 6) {
        Where += "/...";
        I = Path.size() - 6;
      }
      Where += "/" + Path[I];
    }
    Diags.report(Location(File, 1, 1), DiagID::err_ir_parse)
        << "invalid IR JSON at '" + (Where.empty() ? "/" : Where) + "': " + Msg;
  }
  struct Scope {
    Scope(Reader &R, std::string Seg) : R(R) {
      R.Path.push_back(std::move(Seg));
    }
    ~Scope() { R.Path.pop_back(); }
    Reader &R;
  };
  /// Runs \p Body with \p J as the current object, then reports keys that no
  /// field description used.
  template <class F> void inObject(const json &J, F Body) {
    if (!J.is_object())
      return fail("expected an object");
    const json *Saved = Cur;
    Cur = &J;
    Used.emplace_back();
    Body();
    for (auto It = J.begin(); It != J.end(); ++It)
      if (!Used.back().contains(It.key())) {
        fail("unknown key '" + It.key() + "'");
        break;
      }
    Used.pop_back();
    Cur = Saved;
  }

  void read(const json &J, bool &V) {
    if (!J.is_boolean())
      return fail("expected a boolean");
    V = J.get<bool>();
  }
  void read(const json &J, int64_t &V) {
    if (!J.is_number_integer())
      return fail("expected an integer");
    V = J.get<int64_t>();
  }
  void read(const json &J, unsigned &V) {
    if (!J.is_number_unsigned() || J.get<uint64_t>() > UINT32_MAX)
      return fail("expected an unsigned 32-bit integer");
    V = J.get<unsigned>();
  }
  void read(const json &J, std::string &V) {
    if (!J.is_string())
      return fail("expected a string");
    V = J.get<std::string>();
  }
  void read(const json &J, QualifiedName &N) {
    inObject(J, [&] {
      (*this)("schema", N.Schema);
      if (const json *F = field("name"))
        read(*F, N.Name);
      else
        fail("missing key 'name'");
    });
  }
  void read(const json &J, DataType &T) {
    inObject(J, [&] {
      enumField("kind", T.Kind, TypeKindNames);
      (*this)("name", T.Name);
      (*this)("modifiers", T.Modifiers);
      (*this)("array_dims", T.ArrayDims);
      (*this)("serial", T.Serial);
      (*this)("spelling", T.Spelling);
    });
  }
  template <class A, class B> void read(const json &J, std::pair<A, B> &P) {
    if (!J.is_array() || J.size() != 2)
      return fail("expected a two-element array");
    read(J[0], P.first);
    read(J[1], P.second);
  }
  template <class T> void read(const json &J, std::vector<T> &V) {
    if (!J.is_array())
      return fail("expected an array");
    V.clear();
    V.resize(J.size());
    for (size_t I = 0; I != J.size() && !Failed; ++I) {
      Scope S(*this, std::to_string(I));
      read(J[I], V[I]);
    }
  }
  template <class T> void read(const json &J, OptionalBox<T> &V) {
    V = T{};
    read(J, *V);
  }
  template <class T> void read(const json &J, std::optional<T> &V) {
    V = T{}; // not emplace(): clang 14 rejects it for nested structs
    read(J, *V);
  }
  template <class Base, class E, size_t N, class F>
  void readNode(const json &J, std::unique_ptr<Base> &Out,
                const EnumSpelling<E> (&Table)[N], F Make);
  /// A blank node of a kind with its fields read. Not inlined into readNode()'s
  /// switch: a frame with the fields of every kind would make each nesting
  /// level cost kilobytes of stack.
  template <class T> LLVM_ATTRIBUTE_NOINLINE ExprPtr readExpr() {
    auto X = blankExpr<T>(Location());
    fields(*this, *X);
    return X;
  }
  template <class T> LLVM_ATTRIBUTE_NOINLINE RelPtr readRel() {
    auto X = blankRel<T>(Location());
    fields(*this, *X);
    return X;
  }
  void read(const json &J, ExprPtr &E);
  void read(const json &J, RelPtr &R);
  void read(const json &J, std::unique_ptr<WindowSpec> &W) {
    if (J.is_null()) {
      W = nullptr;
      return;
    }
    W = std::make_unique<WindowSpec>();
    read(J, *W);
  }
  /// Other structs: their fields() description.
  template <class T> void read(const json &J, T &X) {
    inObject(J, [&] { fields(*this, X); });
  }
  template <class E, size_t N>
  void readEnum(const json &J, E &V, const EnumSpelling<E> (&Table)[N]) {
    if (!J.is_string())
      return fail("expected a string");
    std::optional<E> X = parseSpelling(Table, J.get<std::string>());
    if (!X)
      return fail("unknown value '" + J.get<std::string>() +
                  "' (expected one of " + listSpellings(Table) + ")");
    V = *X;
  }
  void readLoc(const json &J, Location &L) {
    if (J.is_null()) {
      L = Location();
      return;
    }
    std::string FileName;
    int64_t Line = -1, Col = -1;
    inObject(J, [&] {
      (*this)("file", FileName);
      (*this)("line", Line);
      (*this)("col", Col);
    });
    if (Failed)
      return;
    if (Line < 0 || Col < 0 || Line > UINT32_MAX || Col > UINT32_MAX)
      return fail("expected 'file', 'line' and 'col' in a location");
    L = Location(FileName == "<unknown>" ? 0 : Ctx.getOrAddFileName(FileName),
                 uint32_t(Line), uint32_t(Col));
  }
  /// "kind" of a node, looked up in \p Table.
  template <class E, size_t N>
  bool readKind(const json &J, E &K, const EnumSpelling<E> (&Table)[N]) {
    auto It = J.find("kind");
    if (It == J.end()) {
      fail("missing key 'kind'");
      return false;
    }
    Scope S(*this, "kind");
    readEnum(*It, K, Table);
    return !Failed;
  }

  Context &Ctx;
  uint32_t File;
  DiagnosticEngine &Diags;
  const json *Cur = nullptr;
  std::vector<llvm::StringSet<>> Used;
  std::vector<std::string> Path;
  unsigned Depth = 0;
  bool Failed = false;
};

/// An expression or relation: null, or an object whose "kind" selects the
/// class; \p Make returns a blank node of a kind with its fields read.
template <class Base, class E, size_t N, class F>
void Reader::readNode(const json &J, std::unique_ptr<Base> &Out,
                      const EnumSpelling<E> (&Table)[N], F Make) {
  Out = nullptr;
  if (J.is_null())
    return;
  if (!J.is_object())
    return fail("expected an object or null");
  // As in the textual IR: deeper nesting is an error, not a stack overflow.
  if (Depth >= 1000)
    return fail("IR is nested too deeply");
  ++Depth;
  auto Restore = llvm::make_scope_exit([&] { --Depth; });
  E K{};
  if (!readKind(J, K, Table))
    return;
  inObject(J, [&] {
    field("kind");
    Out = Make(K);
    loc(Out->Loc);
  });
}

void Reader::read(const json &J, ExprPtr &E) {
  readNode(J, E, ExprKindNames, [&](Expr::Kind K) -> ExprPtr {
    switch (K) {
#define SCHEMAC_EXPR(Class, IRName)                                            \
  case Expr::Kind::Class:                                                      \
    return readExpr<Class>();
#include "schemac/ir/ExprKinds.def"
    }
    return nullptr;
  });
}

void Reader::read(const json &J, RelPtr &R) {
  readNode(J, R, RelKindNames, [&](Rel::Kind K) -> RelPtr {
    switch (K) {
#define SCHEMAC_REL(Class, IRName)                                             \
  case Rel::Kind::Class:                                                       \
    return readRel<Class>();
#include "schemac/ir/RelKinds.def"
    }
    return nullptr;
  });
}

std::unique_ptr<Module> Reader::module(const json &J) {
  auto M = std::make_unique<Module>(Ctx);
  inObject(J, [&] {
    (*this)("name", M->Name);
    (*this)("dialect", M->Dialect);
    std::vector<std::string> SearchPath = M->getSearchPath();
    (*this)("search_path", SearchPath);
    M->setSearchPath(std::move(SearchPath));
    const json *Objs = field("objects");
    if (!Objs)
      return;
    if (!Objs->is_array())
      return fail("expected an array for 'objects'");
    for (size_t I = 0; I != Objs->size() && !Failed; ++I) {
      Scope S(*this, "objects/" + std::to_string(I));
      const json &OJ = (*Objs)[I];
      if (!OJ.is_object())
        return fail("expected an object");
      Object::Kind K{};
      if (!readKind(OJ, K, ObjectKindNames))
        return;
      auto NameIt = OJ.find("name");
      if (NameIt == OJ.end())
        return fail("missing key 'name'");
      QualifiedName N;
      {
        Scope NS(*this, "name");
        read(*NameIt, N);
      }
      if (Failed)
        return;
      ObjectPtr O;
      switch (K) {
#define SCHEMAC_OBJECT(Class, IRName)                                          \
  case Object::Kind::Class: {                                                  \
    auto X = blankObject<Class>(Location(), N);                                \
    inObject(OJ, [&] {                                                         \
      field("kind");                                                           \
      field("name");                                                           \
      fields(*this, *X);                                                       \
      (*this)("owner", X->Owner);                                              \
      (*this)("comment", X->Comment);                                          \
      loc(X->Loc);                                                             \
    });                                                                        \
    O = std::move(X);                                                          \
    break;                                                                     \
  }
#include "schemac/ir/ObjectKinds.def"
      }
      M->append(std::move(O));
    }
  });
  if (Failed)
    return nullptr;
  return M;
}

} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

json schemac::moduleToJSON(const Module &M, const IRPrintOptions &Opts) {
  return Writer(M.getContext(), Opts.PrintLocations).module(M);
}

void schemac::printModuleJSON(const Module &M, llvm::raw_ostream &OS,
                              const IRPrintOptions &Opts) {
  // Invalid UTF-8 (opaque text may hold any byte) is written as U+FFFD
  // rather than failing the whole document.
  OS << moduleToJSON(M, Opts).dump(2, ' ', /*ensure_ascii=*/false,
                                   json::error_handler_t::replace)
     << '\n';
}

std::unique_ptr<Module> schemac::moduleFromJSON(Context &Ctx, const json &J,
                                                uint32_t File,
                                                DiagnosticEngine &Diags) {
  return Reader(Ctx, File, Diags).module(J);
}

std::unique_ptr<Module> schemac::parseIRModuleJSON(Context &Ctx, uint32_t File,
                                                   DiagnosticEngine &Diags) {
  llvm::StringRef Buf = Ctx.getBuffer(File);
  json J = json::parse(Buf.begin(), Buf.end(), nullptr,
                       /*allow_exceptions=*/false);
  if (J.is_discarded()) {
    // Re-parse with a callback-free SAX run to find the error position.
    struct Locator : nlohmann::json_sax<json> {
      bool null() override { return true; }
      bool boolean(bool) override { return true; }
      bool number_integer(number_integer_t) override { return true; }
      bool number_unsigned(number_unsigned_t) override { return true; }
      bool number_float(number_float_t, const string_t &) override {
        return true;
      }
      bool string(string_t &) override { return true; }
      bool binary(binary_t &) override { return true; }
      bool start_object(std::size_t) override { return true; }
      bool key(string_t &) override { return true; }
      bool end_object() override { return true; }
      bool start_array(std::size_t) override { return true; }
      bool end_array() override { return true; }
      bool parse_error(std::size_t Pos, const std::string &,
                       const nlohmann::detail::exception &E) override {
        Offset = Pos;
        Message = E.what();
        return false;
      }
      size_t Offset = 0;
      std::string Message;
    } L;
    json::sax_parse(Buf.begin(), Buf.end(), &L,
                    nlohmann::detail::input_format_t::json,
                    /*strict=*/true);
    // nlohmann counts the offending character itself; point at it.
    size_t Offset = L.Offset ? L.Offset - 1 : 0;
    std::string Msg = L.Message;
    // "[json.exception.parse_error.101] parse error at line 1, column 2:
    // syntax error ..." -> keep the part after the position.
    size_t Colon = Msg.find(": ");
    if (Colon != std::string::npos)
      Msg = Msg.substr(Colon + 2);
    Diags.report(Ctx.getLocation(File, Offset), DiagID::err_ir_parse)
        << "invalid JSON: " + Msg;
    return nullptr;
  }
  return moduleFromJSON(Ctx, J, File, Diags);
}
