//===- SQLBuilderTest.cpp - Tests of the SQL builder ----------------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/sql/SQLBuilder.h"

#include "gtest/gtest.h"

// GCC 12 (bug 105329) warns falsely about short std::string assignments.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

using namespace schemac;
using llvm::cast;

namespace {

// Small constructors for IR trees.
ExprPtr col(std::vector<std::string> Path) {
  return std::make_unique<ColumnRef>(Location(), std::move(Path));
}
ExprPtr col(const std::string &C) { return col(std::vector<std::string>{C}); }
ExprPtr num(const std::string &V) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::Integer, V);
}
ExprPtr str(const std::string &V) {
  return std::make_unique<Literal>(Location(), Literal::LitKind::String, V);
}
ExprPtr bin(const std::string &Op, ExprPtr L, ExprPtr R) {
  return std::make_unique<BinaryOp>(Location(), Op, std::move(L), std::move(R));
}
ExprPtr un(const std::string &Op, ExprPtr X) {
  return std::make_unique<UnaryOp>(Location(), Op, std::move(X));
}
ExprPtr call(const std::string &F, std::vector<ExprPtr> Args = {}) {
  return std::make_unique<FuncCall>(Location(), std::vector<std::string>{F},
                                    std::move(Args));
}
std::vector<ExprPtr> list(ExprPtr A) {
  std::vector<ExprPtr> V;
  V.push_back(std::move(A));
  return V;
}
std::vector<ExprPtr> list(ExprPtr A, ExprPtr B) {
  std::vector<ExprPtr> V = list(std::move(A));
  V.push_back(std::move(B));
  return V;
}
DataType type(TypeKind K, const std::string &Spelling = "") {
  DataType T(K);
  T.Spelling = Spelling;
  return T;
}
ExprPtr castExpr(ExprPtr X, DataType T,
                 Cast::Syntax S = Cast::Syntax::DoubleColon) {
  return std::make_unique<Cast>(Location(), std::move(X), std::move(T), S);
}
RelPtr scan(const std::string &T, const std::string &Alias = "") {
  auto S = std::make_unique<Scan>(Location(), QualifiedName(T));
  S->Alias = Alias;
  return S;
}
std::unique_ptr<Project> project(RelPtr In, std::vector<ExprPtr> Items) {
  auto P = std::make_unique<Project>(Location(), std::move(In));
  for (ExprPtr &E : Items)
    P->Items.push_back(SelectItem{std::move(E), "", true});
  return P;
}

class SQLBuilderTest : public ::testing::Test {
protected:
  SQLBuilder B{SQLDialect::getPostgres()};
  SQLBuilder Flat{SQLDialect::getPostgres(), {true, false}};
};

TEST_F(SQLBuilderTest, Keywords) {
  const SQLDialect &D = SQLDialect::getPostgres();
  EXPECT_EQ(D.getKeywordCategory("select"), KeywordCategory::Reserved);
  EXPECT_EQ(D.getKeywordCategory("SELECT"), KeywordCategory::Reserved);
  EXPECT_EQ(D.getKeywordCategory("coalesce"), KeywordCategory::ColName);
  EXPECT_EQ(D.getKeywordCategory("left"), KeywordCategory::TypeFuncName);
  EXPECT_EQ(D.getKeywordCategory("year"), KeywordCategory::Unreserved);
  EXPECT_EQ(D.getKeywordCategory("actor"), KeywordCategory::NotKeyword);
  EXPECT_FALSE(D.isBareLabel("from"));
  EXPECT_TRUE(D.isBareLabel("name"));
}

TEST_F(SQLBuilderTest, QuotesIdentifiers) {
  EXPECT_EQ(B.identifier("actor"), "actor");
  EXPECT_EQ(B.identifier("_x$1"), "_x$1");
  EXPECT_EQ(B.identifier("year"), "year");             // unreserved
  EXPECT_EQ(B.identifier("user"), "\"user\"");         // reserved
  EXPECT_EQ(B.identifier("position"), "\"position\""); // col_name
  EXPECT_EQ(B.identifier("left"), "\"left\"");         // type_func_name
  EXPECT_EQ(B.identifier("Actor"), "\"Actor\"");
  EXPECT_EQ(B.identifier("two words"), "\"two words\"");
  EXPECT_EQ(B.identifier("1st"), "\"1st\"");
  EXPECT_EQ(B.identifier("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(B.identifier("b\xC4\xB1g\xC4\xB1nt"), "\"b\xC4\xB1g\xC4\xB1nt\"");
  EXPECT_EQ(B.name(QualifiedName("public", "order")), "public.\"order\"");
}

TEST_F(SQLBuilderTest, QuotesStrings) {
  EXPECT_EQ(B.stringLiteral("it's"), "'it''s'");
  EXPECT_EQ(B.stringLiteral("a\\b"), "E'a\\\\b'");
  EXPECT_EQ(B.stringLiteral("a\\'b"), "E'a\\\\''b'");
  EXPECT_EQ(B.stringLiteral(""), "''");
}

TEST_F(SQLBuilderTest, Types) {
  EXPECT_EQ(B.type(type(TypeKind::Varchar, "character varying(45)")),
            "character varying(45)");
  DataType T(TypeKind::TimestampTz);
  T.Modifiers = {"3"};
  EXPECT_EQ(B.type(T), "timestamp(3) with time zone");
  T.ArrayDims = 2;
  EXPECT_EQ(B.type(T), "timestamp(3) with time zone[][]");
  DataType N(TypeKind::Decimal);
  N.Modifiers = {"5", "2"};
  EXPECT_EQ(B.type(N), "numeric(5,2)");
  DataType U(TypeKind::UserDefined);
  U.Name = QualifiedName("public", "Mood");
  EXPECT_EQ(B.type(U), "public.\"Mood\"");
  DataType S(TypeKind::BigInt);
  S.Serial = true;
  EXPECT_EQ(B.type(S), "bigserial");
  DataType C(TypeKind::DialectSpecific);
  C.Name = QualifiedName("char");
  EXPECT_EQ(B.type(C), "\"char\"");
  // A serial spelling on a type that is no longer serial is not used.
  DataType Copy = type(TypeKind::Integer, "serial");
  EXPECT_EQ(B.type(Copy), "integer");
  Copy.Serial = true;
  EXPECT_EQ(B.type(Copy), "serial");
  // Spellings are ignored when the source was another dialect.
  SQLBuilder Other(SQLDialect::getPostgres(), {false, true});
  EXPECT_EQ(Other.type(type(TypeKind::Integer, "INT(11)")), "integer");
}

TEST_F(SQLBuilderTest, Precedence) {
  // (a + b) * c
  EXPECT_EQ(B.expr(*bin("*", bin("+", col("a"), col("b")), col("c"))),
            "(a + b) * c");
  // a + b * c
  EXPECT_EQ(B.expr(*bin("+", col("a"), bin("*", col("b"), col("c")))),
            "a + b * c");
  // a - (b - c): right operand of a left-associative operator.
  EXPECT_EQ(B.expr(*bin("-", col("a"), bin("-", col("b"), col("c")))),
            "a - (b - c)");
  EXPECT_EQ(B.expr(*bin("-", bin("-", col("a"), col("b")), col("c"))),
            "a - b - c");
  // (a = b) = c: comparisons do not associate.
  EXPECT_EQ(B.expr(*bin("=", bin("=", col("a"), col("b")), col("c"))),
            "(a = b) = c");
  // a OR b AND c vs (a OR b) AND c
  EXPECT_EQ(B.expr(*bin("OR", col("a"), bin("AND", col("b"), col("c")))),
            "a OR b AND c");
  EXPECT_EQ(B.expr(*bin("AND", bin("OR", col("a"), col("b")), col("c"))),
            "(a OR b) AND c");
  // Other operators bind tighter than comparison, looser than +.
  EXPECT_EQ(B.expr(*bin("||", col("a"), bin("+", col("b"), num("1")))),
            "a || b + 1");
  EXPECT_EQ(B.expr(*bin("+", bin("||", col("a"), col("b")), num("1"))),
            "(a || b) + 1");
  EXPECT_EQ(B.expr(*bin("=", bin("||", col("a"), col("b")), str("x"))),
            "a || b = 'x'");
  // NOT binds looser than comparison but is printed with parentheses.
  EXPECT_EQ(B.expr(*un("NOT", bin("=", col("a"), num("1")))), "NOT (a = 1)");
  EXPECT_EQ(B.expr(*bin("AND", un("NOT", col("a")), col("b"))), "NOT a AND b");
  EXPECT_EQ(B.expr(*un("NOT", bin("AND", col("a"), col("b")))),
            "NOT (a AND b)");
}

TEST_F(SQLBuilderTest, UnaryOperators) {
  EXPECT_EQ(B.expr(*un("-", col("a"))), "-a");
  EXPECT_EQ(B.expr(*un("-", un("-", num("1")))), "-(-1)");
  EXPECT_EQ(B.expr(*un("-", bin("+", col("a"), col("b")))), "-(a + b)");
  EXPECT_EQ(B.expr(*bin("*", un("-", col("a")), col("b"))), "-a * b");
  EXPECT_EQ(B.expr(*bin("-", col("a"), un("-", num("1")))), "a - -1");
  // -a::int casts a first; (-a)::int needs the parentheses.
  EXPECT_EQ(
      B.expr(*castExpr(un("-", col("a")), type(TypeKind::Integer, "int"))),
      "(-a)::int");
  EXPECT_EQ(
      B.expr(*un("-", castExpr(col("a"), type(TypeKind::Integer, "int")))),
      "-a::int");
  EXPECT_EQ(B.expr(*un("@", un("-", num("5")))), "@(-5)");
}

TEST_F(SQLBuilderTest, Casts) {
  EXPECT_EQ(B.expr(*castExpr(
                str("G"), type(TypeKind::UserDefined, "public.mpaa_rating"))),
            "'G'::public.mpaa_rating");
  EXPECT_EQ(B.expr(*castExpr(bin("+", col("a"), col("b")),
                             type(TypeKind::Text, "text"))),
            "(a + b)::text");
  EXPECT_EQ(B.expr(*castExpr(col("a"), type(TypeKind::Text, "text"),
                             Cast::Syntax::CastFunction)),
            "CAST(a AS text)");
  EXPECT_EQ(B.expr(*castExpr(str("2020-01-01"), type(TypeKind::Date, "date"),
                             Cast::Syntax::TypedLiteral)),
            "date '2020-01-01'");
  // A typed literal of a non-literal falls back to ::.
  EXPECT_EQ(B.expr(*castExpr(col("a"), type(TypeKind::Date, "date"),
                             Cast::Syntax::TypedLiteral)),
            "a::date");
}

TEST_F(SQLBuilderTest, Predicates) {
  auto In = std::make_unique<InList>(Location(), bin("+", col("a"), num("1")));
  In->Items.push_back(num("1"));
  In->Items.push_back(num("2"));
  In->Negated = true;
  EXPECT_EQ(B.expr(*In), "a + 1 NOT IN (1, 2)");

  auto Bt = std::make_unique<Between>(Location(), col("a"), num("1"),
                                      bin("AND", col("b"), col("c")));
  EXPECT_EQ(B.expr(*Bt), "a BETWEEN 1 AND (b AND c)");

  auto Is = std::make_unique<IsTest>(Location(), bin("=", col("a"), col("b")),
                                     IsTest::Test::True, true);
  // IS binds more loosely than =.
  EXPECT_EQ(B.expr(*Is), "a = b IS NOT TRUE");
  auto Null =
      std::make_unique<IsTest>(Location(), col("a"), IsTest::Test::Null, false);
  EXPECT_EQ(B.expr(*bin("OR", std::move(Null), col("b"))), "a IS NULL OR b");

  auto Like = bin("LIKE", col("a"), str("x%"));
  cast<BinaryOp>(*Like).Escape = str("!");
  EXPECT_EQ(B.expr(*Like), "a LIKE 'x%' ESCAPE '!'");

  auto Q = std::make_unique<Quantified>(
      Location(), col("a"), "=", Quantified::Quantifier::Any, col("arr"));
  EXPECT_EQ(B.expr(*Q), "a = ANY (arr)");

  auto Coll =
      std::make_unique<CollateExpr>(Location(), col("a"), QualifiedName("C"));
  EXPECT_EQ(B.expr(*Coll), "a COLLATE \"C\"");

  auto Dist = bin("IS DISTINCT FROM", col("a"), bin("+", col("b"), num("1")));
  EXPECT_EQ(B.expr(*Dist), "a IS DISTINCT FROM b + 1");
  EXPECT_EQ(B.expr(*bin("AT TIME ZONE", col("t"), str("UTC"))),
            "t AT TIME ZONE 'UTC'");
}

TEST_F(SQLBuilderTest, Calls) {
  EXPECT_EQ(B.expr(*call("coalesce", list(col("a"), num("0")))),
            "COALESCE(a, 0)");
  EXPECT_EQ(B.expr(*call("left", list(col("a"), num("2")))), "left(a, 2)");
  EXPECT_EQ(B.expr(*call("Odd")), "\"Odd\"()");
  auto Qual = std::make_unique<FuncCall>(
      Location(), std::vector<std::string>{"pg_catalog", "now"});
  EXPECT_EQ(B.expr(*Qual), "pg_catalog.now()");

  auto Now = call("current_timestamp");
  cast<FuncCall>(*Now).Form = FuncCall::Syntax::NoParens;
  EXPECT_EQ(B.expr(*Now), "CURRENT_TIMESTAMP");

  auto Count = call("count");
  cast<FuncCall>(*Count).Star = true;
  cast<FuncCall>(*Count).Filter = bin(">", col("a"), num("0"));
  EXPECT_EQ(B.expr(*Count), "count(*) FILTER (WHERE a > 0)");

  auto Agg = call("string_agg", list(col("a"), str(",")));
  auto &A = cast<FuncCall>(*Agg);
  A.Distinct = true;
  A.OrderBy.push_back(
      SortKey{col("a"), SortDirection::Desc, "", NullsOrder::Last});
  EXPECT_EQ(B.expr(*Agg),
            "string_agg(DISTINCT a, ',' ORDER BY a DESC NULLS LAST)");

  auto Win = call("rank");
  auto W = std::make_unique<WindowSpec>();
  W->PartitionBy.push_back(col("a"));
  W->OrderBy.push_back(
      SortKey{col("b"), SortDirection::Default, "", NullsOrder::Default});
  W->Mode = WindowSpec::FrameMode::Rows;
  W->Start.Kind = WindowSpec::BoundKind::Preceding;
  W->Start.Offset = num("1");
  W->End.emplace(WindowSpec::BoundKind::CurrentRow);
  cast<FuncCall>(*Win).Over = std::move(W);
  EXPECT_EQ(B.expr(*Win), "rank() OVER (PARTITION BY a ORDER BY b ROWS "
                          "BETWEEN 1 PRECEDING AND CURRENT ROW)");

  auto Ex = call("extract", list(str("year"), col("d")));
  cast<FuncCall>(*Ex).Form = FuncCall::Syntax::Extract;
  EXPECT_EQ(B.expr(*Ex), "EXTRACT(year FROM d)");

  auto Sub = call("substring", list(col("s"), num("2")));
  cast<FuncCall>(*Sub).Form = FuncCall::Syntax::Substring;
  cast<FuncCall>(*Sub).ArgNames = {"", "from"};
  EXPECT_EQ(B.expr(*Sub), "SUBSTRING(s FROM 2)");

  auto Trim = call("trim", list(col("s"), str("x")));
  cast<FuncCall>(*Trim).Form = FuncCall::Syntax::Trim;
  cast<FuncCall>(*Trim).TrimSpec = "LEADING";
  EXPECT_EQ(B.expr(*Trim), "TRIM(LEADING 'x' FROM s)");
  auto Trim1 = call("trim", list(col("s")));
  cast<FuncCall>(*Trim1).Form = FuncCall::Syntax::Trim;
  EXPECT_EQ(B.expr(*Trim1), "TRIM(s)");
  cast<FuncCall>(*Trim1).TrimSpec = "BOTH";
  EXPECT_EQ(B.expr(*Trim1), "TRIM(BOTH FROM s)");

  auto For = call("substring", list(col("s"), num("3")));
  cast<FuncCall>(*For).Form = FuncCall::Syntax::Substring;
  cast<FuncCall>(*For).ArgNames = {"", "for"};
  EXPECT_EQ(B.expr(*For), "SUBSTRING(s FOR 3)");

  auto Pos = call("position", list(str("a"), bin("||", col("s"), col("t"))));
  cast<FuncCall>(*Pos).Form = FuncCall::Syntax::Position;
  EXPECT_EQ(B.expr(*Pos), "POSITION('a' IN s || t)");
  auto Pos2 = call("position", list(str("a"), bin("AND", col("s"), col("t"))));
  cast<FuncCall>(*Pos2).Form = FuncCall::Syntax::Position;
  EXPECT_EQ(B.expr(*Pos2), "POSITION('a' IN (s AND t))");

  std::vector<ExprPtr> OvArgs = list(col("s"), str("x"));
  OvArgs.push_back(num("2"));
  OvArgs.push_back(num("1"));
  auto Ov = call("overlay", std::move(OvArgs));
  cast<FuncCall>(*Ov).Form = FuncCall::Syntax::Overlay;
  EXPECT_EQ(B.expr(*Ov), "OVERLAY(s PLACING 'x' FROM 2 FOR 1)");

  auto Named = call("f", list(num("1")));
  cast<FuncCall>(*Named).ArgNames = {"x"};
  EXPECT_EQ(B.expr(*Named), "f(x => 1)");
}

TEST_F(SQLBuilderTest, Compound) {
  auto C = std::make_unique<Case>(Location());
  C->Whens.emplace_back(bin(">", col("a"), num("0")), str("pos"));
  C->Else = str("neg");
  EXPECT_EQ(B.expr(*C), "CASE WHEN a > 0 THEN 'pos' ELSE 'neg' END");

  auto Arr = std::make_unique<ArrayExpr>(Location());
  Arr->Elements.push_back(num("1"));
  Arr->Elements.push_back(num("2"));
  auto Sub = std::make_unique<Subscript>(Location(), std::move(Arr));
  Sub->Lower = num("1");
  EXPECT_EQ(B.expr(*Sub), "(ARRAY[1, 2])[1]");

  auto S2 = std::make_unique<Subscript>(Location(), col("a"));
  S2->Lower = num("1");
  S2->Upper = num("2");
  S2->Slice = true;
  EXPECT_EQ(B.expr(*S2), "a[1:2]");

  auto F = std::make_unique<FieldAccess>(Location(), col("c"), "f");
  EXPECT_EQ(B.expr(*F), "(c).f");
  auto F2 = std::make_unique<FieldAccess>(Location(), call("g"), "*");
  EXPECT_EQ(B.expr(*F2), "(g()).*");

  auto Row = std::make_unique<RowExpr>(Location());
  Row->Fields.push_back(col("a"));
  EXPECT_EQ(B.expr(*Row), "ROW(a)");
  Row->Fields.push_back(col("b"));
  EXPECT_EQ(B.expr(*Row), "(a, b)");

  auto Star = std::make_unique<ColumnRef>(Location(),
                                          std::vector<std::string>{"t"}, true);
  EXPECT_EQ(B.expr(*Star), "t.*");

  auto P = std::make_unique<Param>(Location(), 2);
  EXPECT_EQ(B.expr(*P), "$2");

  auto Bits =
      std::make_unique<Literal>(Location(), Literal::LitKind::BitString, "x1F");
  EXPECT_EQ(B.expr(*Bits), "X'1F'");
}

TEST_F(SQLBuilderTest, SelectBlock) {
  // SELECT DISTINCT a, count(*) AS n FROM t x JOIN u ON x.id = u.id
  // WHERE a > 1 GROUP BY a HAVING count(*) > 2 ORDER BY a LIMIT 10
  auto J = std::make_unique<Join>(Location(), Join::JoinKind::Inner,
                                  scan("t", "x"), scan("u"));
  J->Condition = bin("=", col(std::vector<std::string>{"x", "id"}),
                     col(std::vector<std::string>{"u", "id"}));
  RelPtr R = std::make_unique<Filter>(Location(), std::move(J),
                                      bin(">", col("a"), num("1")));
  auto Agg = std::make_unique<Aggregate>(Location(), std::move(R));
  Agg->GroupBy.push_back(col("a"));
  auto Count = call("count");
  cast<FuncCall>(*Count).Star = true;
  auto Count2 = call("count");
  cast<FuncCall>(*Count2).Star = true;
  RelPtr H = std::make_unique<Filter>(Location(), std::move(Agg),
                                      bin(">", std::move(Count2), num("2")));
  auto P = project(std::move(H), list(col("a"), std::move(Count)));
  P->Items[1].Alias = "n";
  P->Distinct = Project::DistinctKind::Distinct;
  auto S = std::make_unique<Sort>(Location(), std::move(P));
  S->Keys.push_back(
      SortKey{col("a"), SortDirection::Default, "", NullsOrder::Default});
  auto L = std::make_unique<Limit>(Location(), std::move(S));
  L->Count = num("10");
  EXPECT_EQ(B.query(*L), "SELECT DISTINCT a,\n"
                         "    count(*) AS n\n"
                         "FROM t x\n"
                         "    JOIN u ON x.id = u.id\n"
                         "WHERE a > 1\n"
                         "GROUP BY a\n"
                         "HAVING count(*) > 2\n"
                         "ORDER BY a\n"
                         "LIMIT 10");
  EXPECT_EQ(Flat.query(*L), "SELECT DISTINCT a, count(*) AS n FROM t x JOIN u "
                            "ON x.id = u.id WHERE a > 1 GROUP BY a HAVING "
                            "count(*) > 2 ORDER BY a LIMIT 10");
}

TEST_F(SQLBuilderTest, SetOperationsAndCtes) {
  // (SELECT 1 UNION SELECT 2) INTERSECT SELECT 3
  auto U = std::make_unique<SetOp>(Location(), SetOp::OpKind::Union,
                                   project(nullptr, list(num("1"))),
                                   project(nullptr, list(num("2"))));
  auto I =
      std::make_unique<SetOp>(Location(), SetOp::OpKind::Intersect,
                              std::move(U), project(nullptr, list(num("3"))));
  EXPECT_EQ(Flat.query(*I), "(SELECT 1 UNION SELECT 2) INTERSECT SELECT 3");

  // SELECT 1 UNION ALL (SELECT 2 UNION SELECT 3)
  auto U2 = std::make_unique<SetOp>(Location(), SetOp::OpKind::Union,
                                    project(nullptr, list(num("2"))),
                                    project(nullptr, list(num("3"))));
  auto U3 =
      std::make_unique<SetOp>(Location(), SetOp::OpKind::Union,
                              project(nullptr, list(num("1"))), std::move(U2));
  U3->All = true;
  EXPECT_EQ(Flat.query(*U3), "SELECT 1 UNION ALL (SELECT 2 UNION SELECT 3)");

  // WITH c(x) AS (SELECT 1) SELECT x FROM c
  auto Body = project(scan("c"), list(col("x")));
  cast<Scan>(*Body->Input).IsCte = true;
  auto W = std::make_unique<With>(Location(), std::move(Body));
  CommonTableExpr C;
  C.Name = "c";
  C.ColumnNames = {"x"};
  C.Query = project(nullptr, list(num("1")));
  W->Ctes.push_back(std::move(C));
  EXPECT_EQ(Flat.query(*W), "WITH c(x) AS ( SELECT 1 ) SELECT x FROM c");
  EXPECT_EQ(B.query(*W), "WITH c(x) AS (\n    SELECT 1\n)\nSELECT x\nFROM c");
}

TEST_F(SQLBuilderTest, FromItems) {
  // FROM a, b LEFT JOIN (c JOIN d ON true) ON true
  auto CD = std::make_unique<Join>(Location(), Join::JoinKind::Inner, scan("c"),
                                   scan("d"));
  CD->Condition =
      std::make_unique<Literal>(Location(), Literal::LitKind::Boolean, "true");
  auto BJ = std::make_unique<Join>(Location(), Join::JoinKind::Left, scan("b"),
                                   std::move(CD));
  BJ->Condition =
      std::make_unique<Literal>(Location(), Literal::LitKind::Boolean, "true");
  auto Comma = std::make_unique<Join>(Location(), Join::JoinKind::Cross,
                                      scan("a"), std::move(BJ));
  Comma->Comma = true;
  auto P = project(std::move(Comma), list(col("x")));
  EXPECT_EQ(Flat.query(*P), "SELECT x FROM a, (b LEFT JOIN (c JOIN d ON true) "
                            "ON true)");

  // A subquery and a function in FROM.
  auto Sub = std::make_unique<SubqueryScan>(Location(),
                                            project(scan("t"), list(col("y"))));
  Sub->Alias = "s";
  auto Fn = std::make_unique<FunctionScan>(
      Location(), call("generate_series", list(num("1"), num("3"))));
  Fn->Alias = "g";
  Fn->ColumnAliases = {"n"};
  Fn->WithOrdinality = true;
  auto J = std::make_unique<Join>(Location(), Join::JoinKind::Cross,
                                  std::move(Sub), std::move(Fn));
  J->Comma = true;
  EXPECT_EQ(Flat.query(*project(std::move(J), list(col("y")))),
            "SELECT y FROM (SELECT y FROM t) s, generate_series(1, 3) WITH "
            "ORDINALITY g(n)");

  // A non-canonical shape: a Filter over a Filter becomes a derived table.
  RelPtr F1 = std::make_unique<Filter>(Location(), scan("t"),
                                       bin(">", col("a"), num("1")));
  RelPtr F2 = std::make_unique<Filter>(Location(), std::move(F1),
                                       bin("<", col("a"), num("5")));
  EXPECT_EQ(Flat.query(*project(std::move(F2), list(col("a")))),
            "SELECT a FROM (SELECT * FROM t WHERE a > 1) sub1 WHERE a < 5");
}

TEST_F(SQLBuilderTest, SubqueryExpressions) {
  auto Ex =
      std::make_unique<SubqueryExpr>(Location(), SubqueryExpr::SubKind::Exists,
                                     project(scan("t"), list(num("1"))));
  Ex->Negated = true;
  EXPECT_EQ(Flat.expr(*Ex), "NOT EXISTS (SELECT 1 FROM t)");
  auto In =
      std::make_unique<SubqueryExpr>(Location(), SubqueryExpr::SubKind::In,
                                     project(scan("t"), list(col("b"))));
  In->LHS = col("a");
  EXPECT_EQ(Flat.expr(*In), "a IN (SELECT b FROM t)");
  // Pretty: nested clauses are indented below the outer clause.
  auto Scalar =
      std::make_unique<SubqueryExpr>(Location(), SubqueryExpr::SubKind::Scalar,
                                     project(scan("t"), list(col("b"))));
  auto P = project(scan("u"), list(std::move(Scalar)));
  P->Items[0].Alias = std::string("sb");
  EXPECT_EQ(B.query(*P), "SELECT (SELECT b\n        FROM t) AS sb\nFROM u");
}

TEST_F(SQLBuilderTest, MissingPartsAreReportedNotCrashed) {
  EXPECT_FALSE(B.takeMalformed());
  auto Bin = bin("=", col("a"), nullptr);
  EXPECT_EQ(B.expr(*Bin), "a = NULL");
  EXPECT_TRUE(B.takeMalformed());
  EXPECT_FALSE(B.takeMalformed());
  auto Sub = std::make_unique<SubqueryExpr>(
      Location(), SubqueryExpr::SubKind::Exists, nullptr);
  EXPECT_EQ(B.expr(*Sub), "EXISTS (NULL)");
  EXPECT_TRUE(B.takeMalformed());
  auto P = project(nullptr, list(num("1")));
  P->Items.push_back(SelectItem{nullptr, "x", true});
  EXPECT_EQ(Flat.query(*P), "SELECT 1, NULL AS x");
  EXPECT_TRUE(Flat.takeMalformed());
}

TEST_F(SQLBuilderTest, Labels) {
  auto P = project(scan("t"), list(col("a"), col("b")));
  P->Items[0].Alias = "year"; // "a year" would not parse: needs AS
  P->Items[0].ExplicitAs = false;
  P->Items[1].Alias = "name"; // bare label
  P->Items[1].ExplicitAs = false;
  EXPECT_EQ(Flat.query(*P), "SELECT a AS year, b name FROM t");
  P->Items[1].Alias = "from"; // quoted: a valid bare label
  EXPECT_EQ(Flat.query(*P), "SELECT a AS year, b \"from\" FROM t");
}

TEST_F(SQLBuilderTest, IndexElements) {
  IndexElement E;
  E.Column = "title";
  E.details().OpClass = QualifiedName("text_pattern_ops");
  E.Direction = SortDirection::Desc;
  E.Nulls = NullsOrder::First;
  EXPECT_EQ(B.indexElement(E), "title text_pattern_ops DESC NULLS FIRST");
  IndexElement F;
  F.Expression = call("lower", list(col("title")));
  EXPECT_EQ(B.indexElement(F), "lower(title)");
  IndexElement G;
  G.Expression = bin("+", col("a"), col("b"));
  G.details().Collation = QualifiedName("C");
  EXPECT_EQ(B.indexElement(G), "(a + b) COLLATE \"C\"");
  EXPECT_EQ(B.storageParams({{"fillfactor", "70"}, {"autovacuum_enabled", ""}}),
            "(fillfactor = 70, autovacuum_enabled)");
}

} // namespace
