//===- IRTestUtil.cpp - Helpers for the IR unit tests ---------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "IRTestUtil.h"

#include "schemac/ir/IRParser.h"
#include "schemac/ir/IRPrinter.h"
#include "schemac/ir/StructuralEquality.h"
#include "schemac/support/Diagnostic.h"
#include "schemac/support/DiagnosticPrinters.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <climits>
#include <sstream>

using namespace schemac;
using namespace schemac::irtest;

//===----------------------------------------------------------------------===//
// The kitchen-sink module
//===----------------------------------------------------------------------===//

namespace {

class Builder {
public:
  explicit Builder(Context &Ctx) : File(Ctx.getOrAddFileName("input.sql")) {}

  /// A fresh location for every node.
  Location loc() {
    ++Line;
    return Location(File, Line, 1 + Line % 7);
  }

  ExprPtr col(std::vector<std::string> Path, bool Star = false) {
    return std::make_unique<ColumnRef>(loc(), std::move(Path), Star);
  }
  ExprPtr lit(Literal::LitKind K, std::string V) {
    return std::make_unique<Literal>(loc(), K, std::move(V));
  }
  ExprPtr num(int V) {
    return lit(Literal::LitKind::Integer, std::to_string(V));
  }
  ExprPtr str(std::string V) {
    return lit(Literal::LitKind::String, std::move(V));
  }
  ExprPtr bin(std::string Op, ExprPtr L, ExprPtr R) {
    return std::make_unique<BinaryOp>(loc(), std::move(Op), std::move(L),
                                      std::move(R));
  }
  std::vector<ExprPtr> list(ExprPtr A, ExprPtr B = nullptr,
                            ExprPtr C = nullptr) {
    std::vector<ExprPtr> V;
    V.push_back(std::move(A));
    if (B)
      V.push_back(std::move(B));
    if (C)
      V.push_back(std::move(C));
    return V;
  }
  DataType type(TypeKind K, std::string Spelling = "") {
    DataType T(K);
    T.Spelling = std::move(Spelling);
    return T;
  }
  SortKey key(ExprPtr E, SortDirection D = SortDirection::Default,
              NullsOrder N = NullsOrder::Default, std::string Using = "") {
    SortKey K;
    K.Value = std::move(E);
    K.Direction = D;
    K.Nulls = N;
    K.UsingOp = std::move(Using);
    return K;
  }
  IndexElement element(std::string Column, ExprPtr E = nullptr) {
    IndexElement El;
    El.Column = std::move(Column);
    El.Expression = std::move(E);
    El.Loc = loc();
    return El;
  }
  std::unique_ptr<WindowSpec> fullWindow() {
    auto W = std::make_unique<WindowSpec>();
    W->RefName = "base_w";
    W->PartitionBy = list(col({"a"}), col({"b"}));
    W->OrderBy.push_back(key(col({"c"}), SortDirection::Desc));
    W->Mode = WindowSpec::FrameMode::Rows;
    W->Start.Kind = WindowSpec::BoundKind::Preceding;
    W->Start.Offset = num(3);
    W->End.emplace();
    W->End->Kind = WindowSpec::BoundKind::Following;
    W->End->Offset = num(1);
    W->Exclude = WindowSpec::Exclusion::Ties;
    return W;
  }

  /// One expression of every kind with every field set, in a row.
  std::vector<ExprPtr> everyExpr();
  /// A query using every relation kind.
  RelPtr everyRel();

private:
  uint32_t File;
  uint32_t Line = 0;
};

std::vector<ExprPtr> Builder::everyExpr() {
  using LK = Literal::LitKind;
  std::vector<ExprPtr> V;
  // Column references.
  V.push_back(col({"s", "t", "c"}));
  V.push_back(col({"t"}, /*Star=*/true));
  V.push_back(col({}, /*Star=*/true));
  V.push_back(col({}));
  V.push_back(col({"select", "with space", ""}));
  // Literals of every kind, bare and quoted values.
  V.push_back(lit(LK::Null, ""));
  V.push_back(lit(LK::Null, "NULL"));
  V.push_back(lit(LK::Boolean, "true"));
  V.push_back(lit(LK::Boolean, "false"));
  V.push_back(lit(LK::Boolean, "TRUE"));
  V.push_back(lit(LK::Integer, "42"));
  V.push_back(lit(LK::Integer, "-7"));
  V.push_back(lit(LK::Integer, "0x1F"));
  V.push_back(lit(LK::Numeric, "3.14"));
  V.push_back(lit(LK::Numeric, "1e10"));
  V.push_back(lit(LK::Numeric, "99999999999999999999"));
  V.push_back(lit(LK::String, "it's \"quoted\"\n\ttab \\ $$ \xc3\xa9 \xff"));
  V.push_back(lit(LK::String, ""));
  V.push_back(lit(LK::BitString, "b0101"));
  V.push_back(lit(LK::BitString, "x1F"));
  // Parameters.
  V.push_back(std::make_unique<Param>(loc(), 1));
  V.push_back(std::make_unique<Param>(loc(), 0, "named"));
  // Operators.
  {
    auto U = std::make_unique<UnaryOp>(loc(), "-", num(1));
    U->OpSchema = "pg_catalog";
    V.push_back(std::move(U));
    auto B =
        std::make_unique<BinaryOp>(loc(), "NOT LIKE", col({"a"}), str("x!%"));
    B->Escape = str("!");
    B->OpSchema = "pg_catalog";
    V.push_back(std::move(B));
    V.push_back(bin("AND", nullptr, nullptr)); // null operands print 'none'
    // Operator kinds that differ from what the spelling denotes in the IR's
    // notation (MySQL's || is OR, its ! is NOT).
    auto Or = std::make_unique<BinaryOp>(loc(), "||", col({"a"}), col({"b"}));
    Or->OpKind = BinaryOpKind::Or;
    V.push_back(std::move(Or));
    auto Not = std::make_unique<UnaryOp>(loc(), "!", col({"a"}));
    Not->OpKind = UnaryOpKind::Not;
    V.push_back(std::move(Not));
    // A chain: a + b - c || d, the last link with a kind of its own.
    auto Chain = std::make_unique<OpChain>(loc(), col({"a"}));
    Chain->Links.emplace_back(loc(), "+", col({"b"}));
    Chain->Links.emplace_back(loc(), "-", col({"c"}));
    Chain->Links.emplace_back(loc(), "||", col({"d"}));
    Chain->Links.back().OpKind = BinaryOpKind::Or;
    V.push_back(std::move(Chain));
  }
  // Calls.
  {
    auto F = std::make_unique<FuncCall>(
        loc(), std::vector<std::string>{"pg_catalog", "string_agg"},
        list(col({"x"}), str(",")));
    F->ArgNames = {"", "sep"};
    F->Distinct = true;
    F->Variadic = true;
    F->OrderBy.push_back(
        key(col({"y"}), SortDirection::Using, NullsOrder::First, "<"));
    F->WithinGroup = true;
    F->Filter = bin(">", col({"x"}), num(0));
    F->Over = fullWindow();
    F->Form = FuncCall::Syntax::Trim;
    F->TrimSpec = "LEADING";
    V.push_back(std::move(F));
    auto Count =
        std::make_unique<FuncCall>(loc(), std::vector<std::string>{"count"});
    Count->Star = true;
    Count->Over = std::make_unique<WindowSpec>();
    Count->Over->RefName = "w";
    V.push_back(std::move(Count));
    // Names in the fallback form: all empty, and a size mismatch.
    auto F2 = std::make_unique<FuncCall>(loc(), std::vector<std::string>{"f"},
                                         list(num(1), num(2)));
    F2->ArgNames = {"", ""};
    V.push_back(std::move(F2));
    auto F3 = std::make_unique<FuncCall>(loc(), std::vector<std::string>{},
                                         list(num(1)));
    F3->ArgNames = {"a", "b"};
    F3->Form = FuncCall::Syntax::NoParens;
    V.push_back(std::move(F3));
    // A call whose name is a keyword and an argument name that is one too.
    auto F4 = std::make_unique<FuncCall>(
        loc(), std::vector<std::string>{"distinct", "over"}, list(num(1)));
    F4->ArgNames = {"filter"};
    V.push_back(std::move(F4));
    for (FuncCall::Syntax S :
         {FuncCall::Syntax::Extract, FuncCall::Syntax::Substring,
          FuncCall::Syntax::Position, FuncCall::Syntax::Overlay,
          FuncCall::Syntax::Normalize, FuncCall::Syntax::XmlElement,
          FuncCall::Syntax::XmlAttributes, FuncCall::Syntax::XmlForest,
          FuncCall::Syntax::XmlParse, FuncCall::Syntax::XmlPi,
          FuncCall::Syntax::XmlRoot, FuncCall::Syntax::XmlSerialize,
          FuncCall::Syntax::XmlExists}) {
      auto G = std::make_unique<FuncCall>(loc(), std::vector<std::string>{"g"},
                                          list(col({"x"})));
      G->Form = S;
      V.push_back(std::move(G));
    }
    // A window with only a start bound and no frame mode.
    auto H = std::make_unique<FuncCall>(loc(), std::vector<std::string>{"h"});
    H->Over = std::make_unique<WindowSpec>();
    H->Over->Start.Kind = WindowSpec::BoundKind::CurrentRow;
    H->Over->Mode = WindowSpec::FrameMode::Groups;
    H->Over->End.emplace();
    H->Over->End->Kind = WindowSpec::BoundKind::UnboundedFollowing;
    H->Over->Exclude = WindowSpec::Exclusion::NoOthers;
    V.push_back(std::move(H));
  }
  // Casts in every syntax, with named, modified and array types.
  {
    DataType T(TypeKind::UserDefined);
    T.Name = QualifiedName("app", "mood");
    T.ArrayDims = 2;
    T.Spelling = "app.mood[][]";
    V.push_back(std::make_unique<Cast>(loc(), col({"m"}), T,
                                       Cast::Syntax::DoubleColon));
    DataType D(TypeKind::DialectSpecific);
    D.Name = QualifiedName("regclass");
    V.push_back(
        std::make_unique<Cast>(loc(), str("t"), D, Cast::Syntax::CastFunction));
    DataType N(TypeKind::Decimal);
    N.Modifiers = {"10", "2"};
    N.Spelling = "numeric(10,2)";
    V.push_back(std::make_unique<Cast>(loc(), str("1.5"), N,
                                       Cast::Syntax::TypedLiteral));
    // A neutral kind that also has a name, and odd modifiers.
    DataType O(TypeKind::Integer);
    O.Name = QualifiedName("int4");
    O.Modifiers = {"Point", "4326", "1.50", "with space", "text", ""};
    V.push_back(
        std::make_unique<Cast>(loc(), nullptr, O, Cast::Syntax::DoubleColon));
  }
  // CASE with and without operand.
  {
    auto C = std::make_unique<Case>(loc());
    C->Operand = col({"k"});
    C->Whens.emplace_back(num(1), str("one"));
    C->Whens.emplace_back(num(2), nullptr);
    C->Else = str("other");
    V.push_back(std::move(C));
    auto S = std::make_unique<Case>(loc());
    S->Whens.emplace_back(bin("<", col({"k"}), num(0)), str("neg"));
    V.push_back(std::move(S));
  }
  // Subqueries of every kind.
  for (SubqueryExpr::SubKind K :
       {SubqueryExpr::SubKind::Scalar, SubqueryExpr::SubKind::Exists,
        SubqueryExpr::SubKind::In, SubqueryExpr::SubKind::Any,
        SubqueryExpr::SubKind::All, SubqueryExpr::SubKind::Array}) {
    auto Q = std::make_unique<Project>(
        loc(), std::make_unique<Scan>(loc(), QualifiedName("u")));
    Q->Items.push_back(SelectItem{col({"id"}), "", true});
    auto S = std::make_unique<SubqueryExpr>(loc(), K, std::move(Q));
    if (K == SubqueryExpr::SubKind::In || K == SubqueryExpr::SubKind::Any) {
      S->LHS = col({"x"});
      S->Op = "=";
      S->Negated = true;
    }
    V.push_back(std::move(S));
  }
  V.push_back(std::make_unique<SubqueryExpr>(
      loc(), SubqueryExpr::SubKind::Exists, nullptr));
  // IN, BETWEEN, IS.
  {
    auto I = std::make_unique<InList>(loc(), col({"x"}));
    I->Items = list(num(1));
    I->Items.push_back(nullptr); // printed as 'none'
    I->Items.push_back(num(3));
    I->Negated = true;
    V.push_back(std::move(I));
    auto B = std::make_unique<Between>(loc(), col({"x"}), num(1), num(9));
    B->Negated = true;
    B->Symmetric = true;
    V.push_back(std::move(B));
    for (IsTest::Test T :
         {IsTest::Test::Null, IsTest::Test::True, IsTest::Test::False,
          IsTest::Test::Unknown, IsTest::Test::Document,
          IsTest::Test::Normalized, IsTest::Test::Json}) {
      V.push_back(std::make_unique<IsTest>(loc(), col({"x"}), T,
                                           T == IsTest::Test::True));
      if (T == IsTest::Test::Normalized)
        llvm::cast<IsTest>(*V.back()).Form = "NFKC";
    }
  }
  // Quantified, arrays, rows, subscripts, fields, collations, grouping.
  for (Quantified::Quantifier Q :
       {Quantified::Quantifier::Any, Quantified::Quantifier::Some,
        Quantified::Quantifier::All})
    V.push_back(
        std::make_unique<Quantified>(loc(), col({"x"}), "<>", Q, col({"arr"})));
  {
    auto A = std::make_unique<ArrayExpr>(loc());
    auto Inner = std::make_unique<ArrayExpr>(loc());
    Inner->Keyword = false;
    Inner->Elements = list(num(1), num(2));
    A->Elements.push_back(std::move(Inner));
    V.push_back(std::move(A));
    V.push_back(std::make_unique<ArrayExpr>(loc()));
    auto R = std::make_unique<RowExpr>(loc());
    R->Fields = list(num(1), str("a"));
    R->Keyword = true;
    V.push_back(std::move(R));
    V.push_back(std::make_unique<RowExpr>(loc()));
    auto S = std::make_unique<Subscript>(loc(), col({"arr"}));
    S->Upper = num(3);
    S->Slice = true;
    V.push_back(std::move(S));
    auto S2 = std::make_unique<Subscript>(loc(), col({"arr"}));
    S2->Lower = num(1);
    V.push_back(std::move(S2));
    V.push_back(std::make_unique<FieldAccess>(loc(), col({"r"}), "f"));
    V.push_back(std::make_unique<FieldAccess>(loc(), col({"r"}), "*"));
    V.push_back(std::make_unique<FieldAccess>(loc(), col({"r"}), "*x"));
    V.push_back(std::make_unique<CollateExpr>(
        loc(), col({"name"}), QualifiedName("pg_catalog", "C")));
    for (GroupingSet::SetKind K :
         {GroupingSet::SetKind::Rollup, GroupingSet::SetKind::Cube,
          GroupingSet::SetKind::Sets, GroupingSet::SetKind::Empty}) {
      auto G = std::make_unique<GroupingSet>(loc(), K);
      if (K != GroupingSet::SetKind::Empty) {
        auto Row = std::make_unique<RowExpr>(loc());
        Row->Fields = list(col({"a"}), col({"b"}));
        G->Items = list(col({"c"}), std::move(Row));
      }
      V.push_back(std::move(G));
    }
  }
  return V;
}

RelPtr Builder::everyRel() {
  // FROM: scan JOIN (subquery_scan CROSS JOIN function_scan) JOIN values.
  auto S = std::make_unique<Scan>(loc(), QualifiedName("app", "t"));
  S->Alias = "t1";
  S->ColumnAliases = {"x", "y"};
  S->Only = true;

  auto InnerQ = std::make_unique<Project>(
      loc(), std::make_unique<Scan>(loc(), QualifiedName("c1")));
  static_cast<Scan &>(*InnerQ->Input).IsCte = true;
  InnerQ->Items.push_back(SelectItem{col({"a"}), "", true});
  auto SQ = std::make_unique<SubqueryScan>(loc(), std::move(InnerQ));
  SQ->Alias = "sq";
  SQ->ColumnAliases = {"a"};
  SQ->Lateral = true;

  auto Gen = std::make_unique<FuncCall>(
      loc(), std::vector<std::string>{"generate_series"}, list(num(1), num(3)));
  auto FS = std::make_unique<FunctionScan>(loc(), std::move(Gen));
  FS->Alias = "g";
  FS->ColumnAliases = {"n"};
  FS->ColumnDefs.emplace_back("n", type(TypeKind::Integer, "int"));
  FS->ColumnDefs.emplace_back("select", type(TypeKind::Text));
  FS->WithOrdinality = true;
  FS->Lateral = true;

  auto Cross = std::make_unique<Join>(loc(), Join::JoinKind::Cross,
                                      std::move(SQ), std::move(FS));
  Cross->Comma = true;

  auto J = std::make_unique<Join>(loc(), Join::JoinKind::Left, std::move(S),
                                  std::move(Cross));
  J->Natural = true;
  J->Condition = bin("=", col({"t1", "x"}), col({"sq", "a"}));
  J->Using = {"x", "y"};

  auto Vals = std::make_unique<Values>(loc());
  Vals->Rows.push_back(list(num(1), str("a")));
  Vals->Rows.push_back(list(num(2)));
  Vals->Rows.back().push_back(nullptr);
  Vals->Rows.emplace_back();
  Vals->Alias = "v";
  Vals->ColumnAliases = {"k", "l"};
  auto J2 = std::make_unique<Join>(loc(), Join::JoinKind::Full, std::move(J),
                                   std::move(Vals));
  // ... CROSS JOIN LATERAL XMLTABLE(XMLNAMESPACES(...), ... COLUMNS ...).
  auto XT = std::make_unique<XmlTable>(loc());
  XT->RowExpr = str("/r");
  XT->Document = col({"t1", "x"});
  XT->Namespaces.push_back(XmlNamespace{str("http://a.example"), "a"});
  XT->Namespaces.push_back(XmlNamespace{str("http://d.example"), ""});
  XmlTableColumn XC1;
  XC1.Name = "k";
  XC1.Type = type(TypeKind::Integer, "int");
  XC1.Path = str("@k");
  XC1.Default = num(0);
  XC1.NotNull = true;
  XC1.ExplicitNull = true;
  XC1.Loc = loc();
  XT->Columns.push_back(std::move(XC1));
  XmlTableColumn XC2;
  XC2.Name = "o";
  XC2.Type = type(TypeKind::Integer);
  XC2.ForOrdinality = true;
  XT->Columns.push_back(std::move(XC2));
  XT->Alias = "xt";
  XT->ColumnAliases = {"kk"};
  XT->Lateral = true;
  J2 = std::make_unique<Join>(loc(), Join::JoinKind::Cross, std::move(J2),
                              std::move(XT));
  auto J3 = std::make_unique<Join>(loc(), Join::JoinKind::Right, std::move(J2),
                                   nullptr);
  J3->Condition = lit(Literal::LitKind::Boolean, "true");

  auto Where = std::make_unique<Filter>(loc(), std::move(J3),
                                        bin(">", col({"x"}), num(0)));
  auto Agg = std::make_unique<Aggregate>(loc(), std::move(Where));
  Agg->GroupBy =
      list(col({"x"}),
           std::make_unique<GroupingSet>(loc(), GroupingSet::SetKind::Empty));
  Agg->GroupByDistinct = true;
  auto Having = std::make_unique<Filter>(loc(), std::move(Agg), nullptr);

  auto P = std::make_unique<Project>(loc(), std::move(Having));
  for (ExprPtr &E : everyExpr())
    P->Items.push_back(SelectItem{std::move(E), "", true});
  P->Items.push_back(SelectItem{col({"x"}), "alias_as", true});
  P->Items.push_back(SelectItem{col({"x"}), "alias_bare", false});
  P->Items.push_back(SelectItem{col({"x"}), "", false});
  P->Items.push_back(SelectItem{nullptr, "select", true});
  P->Distinct = Project::DistinctKind::On;
  P->DistinctOn = list(col({"x"}));
  P->Windows.emplace_back("w", fullWindow());
  P->Windows.emplace_back("w_null", nullptr);

  auto NoFrom = std::make_unique<Project>(loc(), nullptr);
  NoFrom->Items.push_back(SelectItem{num(1), "one", true});
  NoFrom->Distinct = Project::DistinctKind::All;
  auto Dist = std::make_unique<Project>(loc(), std::make_unique<Values>(loc()));
  Dist->Distinct = Project::DistinctKind::Distinct;

  auto Inter = std::make_unique<SetOp>(loc(), SetOp::OpKind::Intersect,
                                       std::move(NoFrom), std::move(Dist));
  auto Ex = std::make_unique<SetOp>(loc(), SetOp::OpKind::Except, std::move(P),
                                    std::move(Inter));
  Ex->All = true;
  Ex->ExplicitDistinct = true;

  auto Srt = std::make_unique<Sort>(loc(), std::move(Ex));
  Srt->Keys.push_back(key(col({"x"}), SortDirection::Asc));
  Srt->Keys.push_back(key(col({"y"}), SortDirection::Desc, NullsOrder::Last));
  Srt->Keys.push_back(key(nullptr));

  auto Lim = std::make_unique<Limit>(loc(), std::move(Srt));
  Lim->Count = num(10);
  Lim->Offset = num(5);
  Lim->LimitAll = true;
  Lim->WithTies = true;
  Lim->Form = Limit::Syntax::FetchFirst;
  auto Lim2 = std::make_unique<Limit>(loc(), std::move(Lim));
  Lim2->Offset = num(1);

  auto W = std::make_unique<With>(loc(), std::move(Lim2));
  W->Recursive = true;
  CommonTableExpr C1;
  C1.Name = "c1";
  C1.ColumnNames = {"a", "b"};
  auto CV = std::make_unique<Values>(loc());
  CV->Rows.push_back(list(num(1), num(2)));
  C1.Query = std::move(CV);
  C1.Materialize = CommonTableExpr::Materialization::Materialized;
  C1.Loc = loc();
  W->Ctes.push_back(std::move(C1));
  CommonTableExpr C2;
  C2.Name = "with";
  C2.Materialize = CommonTableExpr::Materialization::NotMaterialized;
  C2.Loc = loc();
  W->Ctes.push_back(std::move(C2));
  CommonTableExpr C3;
  C3.Name = "c3";
  auto Inner = std::make_unique<With>(
      loc(), std::make_unique<Filter>(loc(), nullptr, nullptr));
  C3.Query = std::move(Inner);
  C3.Loc = loc();
  W->Ctes.push_back(std::move(C3));
  return W;
}

} // namespace

std::unique_ptr<Module> irtest::buildEveryNodeModule(Context &Ctx) {
  Builder B(Ctx);
  auto M = std::make_unique<Module>(Ctx, "every node.sql");
  M->Dialect = "pg-test";
  M->setSearchPath({"app", "$user", "public"});

  // Settings.
  auto Set =
      M->append(std::make_unique<Setting>(B.loc(), "client_encoding", "UTF8"));
  Set->IsLocal = true;
  Set->IsDefault = true;
  Set->Form = Setting::Syntax::SetConfig;
  Set->Owner = "odd";
  Set->Comment = "setting comment";
  M->append(std::make_unique<Setting>(B.loc(), "search_path", ""));

  // Schemas.
  auto Sch = M->append(std::make_unique<SchemaDecl>(B.loc(), "app"));
  Sch->Implicit = true;
  Sch->IfNotExists = true;
  Sch->Authorization = "admin";
  Sch->Owner = "postgres";
  Sch->Comment = "";
  M->append(std::make_unique<SchemaDecl>(B.loc(), "table"));

  // Enums.
  auto En = M->append(
      std::make_unique<EnumType>(B.loc(), QualifiedName("app", "mood")));
  En->Values = {"sad", "ok", "with \"quote\"", "\xc3\xbcnicode", ""};
  M->append(std::make_unique<EnumType>(B.loc(), QualifiedName("empty")));

  // Domains.
  auto Dom = M->append(
      std::make_unique<Domain>(B.loc(), QualifiedName("app", "posint"),
                               B.type(TypeKind::Integer, "int4")));
  Dom->Collation = QualifiedName("pg_catalog", "C");
  Dom->Default = B.num(1);
  Dom->NotNull = true;
  Dom->ExplicitNull = true;
  Dom->Checks.push_back(DomainCheck{
      "positive", B.bin(">", B.col({"value"}), B.num(0)), true, B.loc()});
  Dom->Checks.push_back(DomainCheck{"", nullptr, false, B.loc()});
  Dom->Checks.push_back(DomainCheck{"not_valid", B.num(1), false, B.loc()});
  Dom->Checks.back().Comment = "check comment";
  Dom->Checks.back().GeneratedName = true;
  Dom->Owner = "postgres";
  M->append(std::make_unique<Domain>(B.loc(), QualifiedName("d2"),
                                     DataType(TypeKind::Text)));

  // Sequences.
  auto Seq = M->append(
      std::make_unique<Sequence>(B.loc(), QualifiedName("app", "seq")));
  Seq->Options.AsType = B.type(TypeKind::BigInt, "bigint");
  Seq->Options.Start = 1;
  Seq->Options.Increment = -1;
  Seq->Options.MinValue = INT64_MIN;
  Seq->Options.MaxValue = INT64_MAX;
  Seq->Options.Cache = 10;
  Seq->Options.NoMinValue = true;
  Seq->Options.NoMaxValue = true;
  Seq->Options.Cycle = false;
  Seq->Options.SequenceName = QualifiedName("app", "seq_name");
  Seq->OwnedByTable = QualifiedName("app", "t");
  Seq->OwnedByColumn = "c2";
  Seq->OwnedByNone = true;
  Seq->IfNotExists = true;
  Seq->Persist = Sequence::Persistence::Unlogged;
  auto Seq2 =
      M->append(std::make_unique<Sequence>(B.loc(), QualifiedName("seq2")));
  Seq2->Options.Cycle = true;
  Seq2->Persist = Sequence::Persistence::Temporary;
  Seq2->OwnedByColumn = "only_column";

  // The main table: every column and constraint field.
  auto T =
      M->append(std::make_unique<Table>(B.loc(), QualifiedName("app", "t")));
  {
    DataType VC(TypeKind::Varchar);
    VC.Modifiers = {"45"};
    VC.Spelling = "character varying(45)";
    Column C1(B.loc(), "c1", VC);
    C1.NotNull = true;
    C1.Default =
        std::make_unique<Cast>(B.loc(), B.str("x"), DataType(TypeKind::Text),
                               Cast::Syntax::DoubleColon);
    C1.details().Collation = QualifiedName("pg_catalog", "default");
    C1.details().Storage = "EXTERNAL";
    C1.details().Compression = "lz4";
    C1.details().Comment = "column comment";
    C1.details().Attributes = {{"mysql.on_update", "CURRENT_TIMESTAMP"}};
    T->Columns.push_back(std::move(C1));

    DataType Ser(TypeKind::Integer);
    Ser.Serial = true;
    Ser.Spelling = "serial";
    Column C2(B.loc(), "c2", Ser);
    C2.Ident = Column::Identity{false, {}};
    C2.Ident->Options.Start = 100;
    C2.Ident->Options.Cycle = true;
    C2.Ident->Options.SequenceName = QualifiedName("app", "ident_seq");
    C2.Ident->Options.AsType = DataType(TypeKind::SmallInt);
    T->Columns.push_back(std::move(C2));

    DataType Dec(TypeKind::Decimal);
    Dec.Modifiers = {"10", "2"};
    Column C3(B.loc(), "c3", Dec);
    C3.details().Generation =
        Column::Generated{B.bin("*", B.col({"c2"}), B.num(2)), true};
    C3.ExplicitNull = true;
    C3.details().Comment = "";
    T->Columns.push_back(std::move(C3));

    DataType Arr(TypeKind::UserDefined);
    Arr.Name = QualifiedName("app", "mood");
    Arr.ArrayDims = 2;
    T->Columns.push_back(Column(B.loc(), "c4", Arr));

    DataType Geo(TypeKind::DialectSpecific);
    Geo.Name = QualifiedName("geometry");
    Geo.Modifiers = {"Point", "4326"};
    Column C5(B.loc(), "select", Geo);
    C5.details().Generation = Column::Generated{nullptr, false};
    C5.Ident = Column::Identity{};
    T->Columns.push_back(std::move(C5));
    T->Columns.push_back(Column(B.loc(), "with space", DataType()));
    T->Columns.push_back(Column(B.loc(), "", DataType(TypeKind::Text)));

    Constraint PK;
    PK.K = Constraint::Kind::PrimaryKey;
    PK.Name = "t_pkey";
    PK.Loc = B.loc();
    PK.Columns = {"c1", "c2"};
    PK.Include = {"c3"};
    PK.IndexWith = {{"fillfactor", "70"}, {"select", "a b"}};
    PK.IndexTablespace = "fast";
    PK.Deferrable = true;
    PK.InitiallyDeferred = false;
    PK.Comment = "pk comment";
    PK.Attributes = {{"sqlserver.clustered", "true"}};
    T->Constraints.push_back(std::move(PK));

    Constraint U;
    U.K = Constraint::Kind::Unique;
    U.Loc = B.loc();
    U.Columns = {"c3"};
    U.NullsNotDistinct = true;
    U.WithoutOverlaps = true;
    U.ColumnLevel = "c3";
    U.AddedByAlter = true;
    U.GeneratedName = true;
    U.Name = "t_c3_key";
    U.InitiallyDeferred = true;
    T->Constraints.push_back(std::move(U));

    Constraint FK;
    FK.K = Constraint::Kind::ForeignKey;
    FK.Name = "unique"; // a keyword as a name
    FK.Loc = B.loc();
    FK.Columns = {"c1"};
    FK.RefTable = QualifiedName("app", "other");
    FK.RefColumns = {"id"};
    FK.OnDelete = ForeignKeyAction::SetNull;
    FK.OnUpdate = ForeignKeyAction::Cascade;
    FK.OnDeleteColumns = {"c1"};
    FK.Match = ForeignKeyMatch::Full;
    FK.Period = true;
    FK.NotValid = true;
    FK.Deferrable = false;
    T->Constraints.push_back(std::move(FK));

    for (ForeignKeyAction A :
         {ForeignKeyAction::NoAction, ForeignKeyAction::Restrict,
          ForeignKeyAction::SetDefault}) {
      Constraint F;
      F.K = Constraint::Kind::ForeignKey;
      F.Loc = B.loc();
      F.Columns = {"c2"};
      F.RefTable = QualifiedName("other");
      F.OnDelete = A;
      F.Match = A == ForeignKeyAction::NoAction ? ForeignKeyMatch::Simple
                                                : ForeignKeyMatch::Partial;
      T->Constraints.push_back(std::move(F));
    }

    Constraint Ck;
    Ck.K = Constraint::Kind::Check;
    Ck.Name = "t_check";
    Ck.Loc = B.loc();
    Ck.Check = B.bin("<>", B.col({"c1"}), B.str(""));
    Ck.NoInherit = true;
    T->Constraints.push_back(std::move(Ck));

    Constraint Ex;
    Ex.K = Constraint::Kind::Exclusion;
    Ex.Name = "t_excl";
    Ex.Loc = B.loc();
    Ex.ExclusionMethod = "gist";
    IndexElement E1 = B.element("c1");
    E1.details().Collation = QualifiedName("C");
    E1.details().OpClass = QualifiedName("public", "gist_ops");
    E1.details().OpClassParams = {{"siglen", "32"}};
    E1.Direction = SortDirection::Desc;
    E1.Nulls = NullsOrder::First;
    Ex.Exclusions.push_back(ExclusionElement{std::move(E1), "&&"});
    Ex.Exclusions.push_back(ExclusionElement{
        B.element("", B.bin("+", B.col({"c2"}), B.num(1))), "="});
    Ex.Exclusions.push_back(ExclusionElement{B.element("c3"), ""});
    Ex.ExclusionWhere = B.bin(">", B.col({"c2"}), B.num(0));
    T->Constraints.push_back(std::move(Ex));

    // Empty kinds: a check without expression, an exclusion without elements.
    Constraint Empty;
    Empty.K = Constraint::Kind::Check;
    Empty.Loc = B.loc();
    Empty.Columns = {"odd"};
    T->Constraints.push_back(std::move(Empty));
    Constraint Empty2;
    Empty2.K = Constraint::Kind::Exclusion;
    Empty2.Loc = B.loc();
    T->Constraints.push_back(std::move(Empty2));
    Constraint Empty3;
    Empty3.K = Constraint::Kind::PrimaryKey;
    Empty3.Loc = B.loc();
    Empty3.RefColumns = {"r"};
    T->Constraints.push_back(std::move(Empty3));
  }
  T->Persist = Table::Persistence::Temporary;
  T->IfNotExists = true;
  T->Inherits = {QualifiedName("base"), QualifiedName("app", "base2")};
  T->PartitionBy.emplace();
  T->PartitionBy->Strat = PartitionSpec::Strategy::Hash;
  T->PartitionBy->Keys.push_back(B.element("c1"));
  T->PartitionBy->Keys.push_back(B.element(
      "", std::make_unique<FuncCall>(B.loc(), std::vector<std::string>{"lower"},
                                     B.list(B.col({"c1"})))));
  T->OfType = QualifiedName("app", "row_type");
  T->AccessMethod = "heap";
  T->With = {{"fillfactor", "70"}, {"autovacuum_enabled", "false"}};
  T->Tablespace = "fast space";
  T->OnCommit = "PRESERVE ROWS";
  T->RowSecurity = true;
  T->ForceRowSecurity = true;
  T->Owner = "owner with space";
  T->Comment = "table\ncomment";
  T->Attributes = {{"mysql.engine", "InnoDB"}, {"mysql.row_format", "a \"b\""}};

  // Partitions with every bound kind.
  using BK = PartitionBound::BoundKind;
  for (BK K : {BK::In, BK::Range, BK::Hash, BK::Default}) {
    auto P = M->append(std::make_unique<Table>(
        B.loc(), QualifiedName("app", "part_" + std::to_string(int(K)))));
    P->PartitionOf = QualifiedName("app", "t");
    P->Bound.emplace();
    P->Bound->BK = K;
    if (K == BK::In)
      P->Bound->In = B.list(B.num(1), B.str("x"));
    P->Bound->In.push_back(nullptr);
    if (K == BK::Range) {
      P->Bound->From = B.list(B.col({"minvalue"}));
      P->Bound->To = B.list(B.col({"maxvalue"}), B.num(10));
    }
    if (K == BK::Hash) {
      P->Bound->Modulus = 4;
      P->Bound->Remainder = 3;
    }
    if (K == BK::Default) {
      P->AttachedLater = true;
      P->Bound->Modulus = -1; // an odd field on a kind that does not use it
    }
  }
  auto ListPart =
      M->append(std::make_unique<Table>(B.loc(), QualifiedName("list_parent")));
  ListPart->PartitionBy.emplace();
  ListPart->PartitionBy->Strat = PartitionSpec::Strategy::List;
  ListPart->Persist = Table::Persistence::Unlogged;
  auto RangeParent = M->append(
      std::make_unique<Table>(B.loc(), QualifiedName("range_parent")));
  RangeParent->PartitionBy.emplace();
  RangeParent->PartitionBy->Strat = PartitionSpec::Strategy::Range;
  RangeParent->PartitionBy->Keys.push_back(B.element("k"));

  // Views.
  auto V = M->append(std::make_unique<View>(B.loc(), QualifiedName("app", "v"),
                                            /*Materialized=*/true));
  V->OrReplace = true;
  V->Temporary = true;
  V->Recursive = true;
  V->IfNotExists = true;
  V->ColumnNames = {"a", "select"};
  V->Query = B.everyRel();
  V->CheckOption = "CASCADED";
  V->WithCheckOption = true;
  V->Options = {{"security_barrier", "true"}};
  V->WithData = false;
  V->AccessMethod = "heap";
  V->Tablespace = "ts";
  V->ColumnComments = {{"a", "first"}, {"select", "second \"q\""}};
  V->Comment = "view comment";
  auto V2 =
      M->append(std::make_unique<View>(B.loc(), QualifiedName("v2"), false));
  V2->WithData = true;
  auto V3 =
      M->append(std::make_unique<View>(B.loc(), QualifiedName("v3"), false));
  V3->Query =
      std::make_unique<Scan>(B.loc(), QualifiedName("pg_catalog", "pg_class"));

  // Indexes.
  auto I = M->append(std::make_unique<Index>(
      B.loc(), QualifiedName("app", "t_idx"), QualifiedName("app", "t")));
  I->Unique = true;
  I->GeneratedName = true;
  I->Concurrently = true;
  I->IfNotExists = true;
  I->Only = true;
  I->NullsNotDistinct = true;
  I->Method = "btree";
  I->Elements.push_back(B.element("c1"));
  IndexElement IE = B.element(
      "", std::make_unique<FuncCall>(B.loc(), std::vector<std::string>{"lower"},
                                     B.list(B.col({"c1"}))));
  IE.Direction = SortDirection::Asc;
  IE.Nulls = NullsOrder::Last;
  I->Elements.push_back(std::move(IE));
  IndexElement Both = B.element("c2", B.num(1));
  Both.Direction = SortDirection::Using;
  I->Elements.push_back(std::move(Both));
  I->Elements.push_back(B.element(""));
  I->Include = {"c3"};
  I->Where = B.bin("IS NOT DISTINCT FROM", B.col({"c2"}),
                   B.lit(Literal::LitKind::Null, ""));
  I->With = {{"fillfactor", "90"}};
  I->Tablespace = "fast";
  I->Comment = "index comment";
  M->append(
      std::make_unique<Index>(B.loc(), QualifiedName(), QualifiedName("t")));

  // Opaque objects: text with every kind of byte.
  std::string Text = "CREATE FUNCTION f() RETURNS int AS $$\n"
                     "  SELECT 1; -- \"quoted\" 'single' \\ back\tslash\r\n"
                     "$$ LANGUAGE sql; \xe2\x82\xac \xff\xfe \x01\x1f\x7f";
  auto Op = M->append(std::make_unique<OpaqueObject>(
      B.loc(), QualifiedName("app", "f"), "function", Text, "postgres"));
  Op->Target = QualifiedName("app", "t");
  Op->References = {QualifiedName("app", "t"), QualifiedName("other")};
  Op->IsData = true;
  Op->Owner = "postgres";
  Op->Comment = "fn";
  M->append(std::make_unique<OpaqueObject>(B.loc(), QualifiedName(), "grant",
                                           "GRANT ALL ON t TO x;", ""));
  M->append(std::make_unique<OpaqueObject>(B.loc(), QualifiedName("", ""), "",
                                           "", "mysql"));
  // A schema-qualified name with an empty object name.
  M->append(std::make_unique<OpaqueObject>(B.loc(), QualifiedName("app", ""),
                                           "odd", "x", ""));
  return M;
}

std::string irtest::compareModules(const Module &A, const Module &B,
                                   bool CompareLocations) {
  StructuralOptions Opts;
  Opts.CompareLocations = CompareLocations;
  return findFirstDifference(A, B, Opts);
}

std::string irtest::printToString(const Module &M, bool PrintLocations) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  IRPrintOptions Opts;
  Opts.PrintLocations = PrintLocations;
  printModule(M, OS, Opts);
  return OS.str();
}

StringDiagnostics::StringDiagnostics(Context &Ctx)
    : Diags(Ctx), OS(std::make_unique<llvm::raw_string_ostream>(Buffer)) {
  Diags.setConsumer(std::make_unique<TextDiagnosticPrinter>(Ctx, *OS));
}
StringDiagnostics::~StringDiagnostics() = default;

std::string StringDiagnostics::text() {
  Diags.finish();
  OS->flush();
  return Buffer;
}

uint32_t irtest::addTestBuffer(Context &Ctx, llvm::StringRef Text,
                               llvm::StringRef Name) {
  return Ctx.addBuffer(llvm::MemoryBuffer::getMemBufferCopy(Text, Name), Name);
}

std::unique_ptr<Module> irtest::parseFromString(Context &Ctx,
                                                llvm::StringRef Text,
                                                std::string &Errors,
                                                llvm::StringRef Name) {
  StringDiagnostics D(Ctx);
  std::unique_ptr<Module> M =
      parseIRModule(Ctx, addTestBuffer(Ctx, Text, Name), D.Diags);
  Errors += D.text();
  if (D.Diags.hasErrors())
    return nullptr;
  return M;
}
