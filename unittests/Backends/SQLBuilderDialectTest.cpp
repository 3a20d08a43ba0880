//===- SQLBuilderDialectTest.cpp - The SQL builder follows the dialect ----===//
//
// Part of schemac. A second dialect, defined here only (MySQL-like traits,
// feature flags and operators on top of PostgreSQL's tables), proves that
// the SQL builder prints through the dialect instead of hard-coding
// PostgreSQL: backtick quoting, CAST instead of ::, LIMIT instead of FETCH
// FIRST, `?` parameters, backslashes in strings, operators by their neutral
// kind (`||` is OR in MySQL, concatenation is CONCAT()), ILIKE rewritten,
// and what the dialect cannot say reported.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/sql/SQLBuilder.h"
#include "schemac/dialects/postgres/PostgresDialect.h"

#include "ExprBuilders.h"

#include "gtest/gtest.h"

using namespace schemac;
using namespace schemac::backendtest;

namespace {

const Keyword MyKeywords[] = {
    {"key", KeywordCategory::Reserved, false, true},
    {"select", KeywordCategory::Reserved, false, true},
    {"status", KeywordCategory::Unreserved, true, false},
};

const BinaryOperator MyBinary[] = {
    {"OR", BinaryOpKind::Or, Precedence::Or, Associativity::Left},
    {"||", BinaryOpKind::Or, Precedence::Or, Associativity::Left},
    {"XOR", BinaryOpKind::Xor, Precedence::Or, Associativity::Left},
    {"AND", BinaryOpKind::And, Precedence::And, Associativity::Left},
    {"&&", BinaryOpKind::And, Precedence::And, Associativity::Left},
    {"=", BinaryOpKind::Eq, Precedence::Comparison, Associativity::None},
    {"<>", BinaryOpKind::NotEq, Precedence::Comparison, Associativity::None},
    {"LIKE", BinaryOpKind::Like, Precedence::Like, Associativity::None},
    {"NOT LIKE", BinaryOpKind::NotLike, Precedence::Like, Associativity::None},
    {"+", BinaryOpKind::Add, Precedence::Additive, Associativity::Left},
    {"-", BinaryOpKind::Sub, Precedence::Additive, Associativity::Left},
    {"*", BinaryOpKind::Mul, Precedence::Multiplicative, Associativity::Left},
    {"DIV", BinaryOpKind::IntDiv, Precedence::Multiplicative,
     Associativity::Left},
    {"^", BinaryOpKind::BitXor, Precedence::Exponent, Associativity::Left},
};
const UnaryOperator MyUnary[] = {
    {"NOT", UnaryOpKind::Not, Precedence::Not},
    {"-", UnaryOpKind::Neg, Precedence::Unary},
};
const OperatorFunction MyFunctions[] = {{BinaryOpKind::Concat, "CONCAT"}};

const SQLDialect &mySQLLike() {
  static const SQLDialect D([] {
    SQLDialect::Description Desc;
    Desc.Name = "test-mysql";
    Desc.DisplayName = "MySQL-like";
    Desc.Base = &getPostgresDialect();
    Desc.Keywords = MyKeywords;
    Desc.BinaryOperators = MyBinary;
    Desc.UnaryOperators = MyUnary;
    Desc.OperatorFunctions = MyFunctions;
    LexicalTraits &T = Desc.Traits;
    T.IdentifierQuotes = "``";
    T.Folding = CaseFolding::None;
    T.Backslashes = BackslashEscapes::Always;
    T.EscapeStrings = false;
    T.Parameters = ParameterStyle::Question;
    SQLFeatures &F = Desc.Features;
    F.DoubleColonCast = false;
    F.FetchFirst = false;
    F.LimitAll = false;
    F.DistinctOn = false;
    F.ILike = false;
    F.ArrayConstructors = false;
    F.SerialTypes = false;
    F.AutoIncrement = true;
    return Desc;
  }());
  return D;
}

/// A SQL Server-like dialect: only TOP and FETCH FIRST, brackets.
const SQLDialect &topDialect() {
  static const SQLDialect D([] {
    SQLDialect::Description Desc;
    Desc.Name = "test-top";
    Desc.DisplayName = "TOP-like";
    Desc.Base = &getPostgresDialect();
    Desc.Traits.IdentifierQuotes = "[]";
    Desc.Features.LimitOffset = false;
    Desc.Features.FetchFirst = false;
    Desc.Features.Top = true;
    return Desc;
  }());
  return D;
}

/// A binary operator as a MySQL frontend would lower it: the spelling of
/// the source with the kind MySQL gives it.
ExprPtr myBin(const std::string &Op, ExprPtr L, ExprPtr R) {
  auto B =
      std::make_unique<BinaryOp>(Location(), Op, std::move(L), std::move(R));
  B->OpKind = mySQLLike().getOperators().getBinaryKind(Op);
  return B;
}
ExprPtr intCast(ExprPtr X) {
  DataType T(TypeKind::Integer);
  T.Spelling = "int";
  return std::make_unique<Cast>(Location(), std::move(X), T,
                                Cast::Syntax::DoubleColon);
}
RelPtr limited(Limit::Syntax Form, bool Offset) {
  auto S = std::make_unique<Scan>(Location(), QualifiedName("t"));
  auto P = std::make_unique<Project>(Location(), std::move(S));
  P->Items.push_back(SelectItem{col("a"), "", true});
  auto L = std::make_unique<Limit>(Location(), std::move(P));
  L->Form = Form;
  L->Count = num("10");
  if (Offset)
    L->Offset = num("20");
  return L;
}

/// PostgreSQL IR printed for the MySQL-like dialect.
SQLBuilder fromPostgres(const SQLDialect &Target) {
  SQLBuilderOptions O;
  O.UseTypeSpellings = false;
  O.Pretty = false;
  O.Source = &getPostgresDialect();
  return SQLBuilder(Target, O);
}

TEST(SQLBuilderDialect, QuotingAndLiterals) {
  SQLBuilder B = fromPostgres(mySQLLike());
  EXPECT_EQ(B.identifier("key"), "`key`");
  EXPECT_EQ(B.identifier("Actor"), "Actor");
  EXPECT_EQ(B.identifier("user"), "user"); // PostgreSQL's key word only
  EXPECT_EQ(B.identifier("a`b c"), "`a``b c`");
  EXPECT_EQ(B.stringLiteral("a\\b'c"), "'a\\\\b''c'");
  EXPECT_EQ(B.expr(*std::make_unique<Param>(Location(), 1)), "?");
}

TEST(SQLBuilderDialect, SerialTypesWhereTheTargetHasThem) {
  DataType T(TypeKind::BigInt);
  T.Serial = true;
  EXPECT_EQ(fromPostgres(mySQLLike()).type(T), "bigint");
  EXPECT_EQ(fromPostgres(getPostgresDialect()).type(T), "bigserial");
}

TEST(SQLBuilderDialect, CastWithoutDoubleColon) {
  SQLBuilder B = fromPostgres(mySQLLike());
  EXPECT_EQ(B.expr(*intCast(bin("+", col("a"), num("1")))),
            "CAST(a + 1 AS integer)");
  EXPECT_EQ(B.takeUnsupported(), "");
}

TEST(SQLBuilderDialect, OperatorsByKind) {
  SQLBuilder B = fromPostgres(mySQLLike());
  // PostgreSQL's || concatenates: MySQL writes CONCAT().
  EXPECT_EQ(B.expr(*bin("||", col("a"), col("b"))), "CONCAT(a, b)");
  // PostgreSQL's ^ is a power, MySQL's a bit XOR: no MySQL operator.
  EXPECT_EQ(B.expr(*bin("^", col("a"), num("2"))), "a ^ 2");
  EXPECT_EQ(B.takeUnsupported(), "the operator ^");
  // != becomes the target's spelling of NotEq.
  EXPECT_EQ(B.expr(*bin("!=", col("a"), num("2"))), "a <> 2");
  // OPERATOR(pg_catalog.||) is PostgreSQL's own ||; another schema's
  // operator has no translation.
  ExprPtr Qualified = bin("||", col("a"), col("b"));
  llvm::cast<BinaryOp>(*Qualified).OpSchema = "pg_catalog";
  EXPECT_EQ(B.expr(*Qualified), "CONCAT(a, b)");
  llvm::cast<BinaryOp>(*Qualified).OpSchema = "ext";
  EXPECT_EQ(B.expr(*Qualified), "a OPERATOR(ext.||) b");
  EXPECT_EQ(B.takeUnsupported(), "the operator OPERATOR(ext.||)");
  // The operator of op ANY (...) is translated too.
  EXPECT_EQ(B.expr(Quantified(Location(), col("a"),
                              "!=", Quantified::Quantifier::Any, col("b"))),
            "a <> ANY (b)");
  // ILIKE: LOWER() on both sides.
  EXPECT_EQ(B.expr(*bin("NOT ILIKE", col("a"), str("x%"))),
            "LOWER(a) NOT LIKE LOWER('x%')");
  EXPECT_EQ(B.takeUnsupported(), "");

  // MySQL's || is OR: written as OR for PostgreSQL, with OR's precedence.
  SQLBuilderOptions O;
  O.Pretty = false;
  O.Source = &mySQLLike();
  SQLBuilder ToPG(getPostgresDialect(), O);
  EXPECT_EQ(ToPG.expr(*myBin("||", col("a"), myBin("&&", col("b"), col("c")))),
            "a OR b AND c");
  EXPECT_EQ(ToPG.expr(*myBin("&&", myBin("||", col("a"), col("b")), col("c"))),
            "(a OR b) AND c");
  // MySQL's DIV has no PostgreSQL operator.
  EXPECT_EQ(ToPG.expr(*myBin("DIV", col("a"), num("2"))), "a DIV 2");
  EXPECT_EQ(ToPG.takeUnsupported(), "the operator DIV");
  // Within one dialect the source's spelling is kept.
  SQLBuilder Same(mySQLLike(), {true, false});
  EXPECT_EQ(Same.expr(*myBin("||", col("a"), col("b"))), "a || b");
}

TEST(SQLBuilderDialect, LimitForms) {
  SQLBuilder B = fromPostgres(mySQLLike());
  // FETCH FIRST is written as LIMIT where only LIMIT exists.
  EXPECT_EQ(B.query(*limited(Limit::Syntax::FetchFirst, true)),
            "SELECT a FROM t LIMIT 10 OFFSET 20");
  EXPECT_EQ(B.query(*limited(Limit::Syntax::LimitOffset, false)),
            "SELECT a FROM t LIMIT 10");
  EXPECT_EQ(B.takeUnsupported(), "");
  // PostgreSQL keeps the form as written.
  SQLBuilder PG(getPostgresDialect(), {true, false});
  EXPECT_EQ(PG.query(*limited(Limit::Syntax::FetchFirst, false)),
            "SELECT a FROM t FETCH FIRST 10 ROWS ONLY");
  // TOP where neither exists; an offset cannot be written with TOP.
  SQLBuilder Top = fromPostgres(topDialect());
  EXPECT_EQ(Top.query(*limited(Limit::Syntax::LimitOffset, false)),
            "SELECT TOP (10) a FROM t");
  EXPECT_EQ(Top.takeUnsupported(), "");
  Top.query(*limited(Limit::Syntax::LimitOffset, true));
  EXPECT_EQ(Top.takeUnsupported(), "LIMIT");
}

TEST(SQLBuilderDialect, UnsupportedSyntaxIsReported) {
  SQLBuilder B = fromPostgres(mySQLLike());
  auto S = std::make_unique<Scan>(Location(), QualifiedName("t"));
  auto P = std::make_unique<Project>(Location(), std::move(S));
  P->Items.push_back(SelectItem{col("a"), "", true});
  P->Distinct = Project::DistinctKind::On;
  P->DistinctOn.push_back(col("a"));
  B.query(*P);
  EXPECT_EQ(B.takeUnsupported(), "DISTINCT ON");
  EXPECT_EQ(B.takeUnsupported(), "");
  ArrayExpr A{Location()};
  A.Elements.push_back(num("1"));
  B.expr(A);
  EXPECT_EQ(B.takeUnsupported(), "an ARRAY constructor");
}

} // namespace

namespace {

/// \p Ops applied left to right to operands x0, x1, ...: as nested
/// BinaryOps, or (\p Chain) as the OpChain a frontend makes of them. An
/// operand is a BinaryOp itself where \p Inner says.
ExprPtr leftSpine(llvm::ArrayRef<const char *> Ops, bool Chain, bool MySQL,
                  const char *Inner) {
  auto Make = [&](const std::string &Op, ExprPtr L, ExprPtr R) {
    auto B =
        std::make_unique<BinaryOp>(Location(), Op, std::move(L), std::move(R));
    if (MySQL)
      B->OpKind = mySQLLike().getOperators().getBinaryKind(Op);
    return B;
  };
  auto Operand = [&](size_t I) -> ExprPtr {
    std::string Name = "x" + std::to_string(I);
    if (Inner && I % 2)
      return Make(Inner, col(Name), col("y"));
    return col(Name);
  };
  ExprPtr Acc = Operand(0);
  for (size_t I = 0; I != Ops.size(); ++I) {
    auto B = Make(Ops[I], std::move(Acc), Operand(I + 1));
    Acc = Chain && I ? extendChain(std::move(B)) : ExprPtr(std::move(B));
  }
  return Acc;
}

TEST(SQLBuilderDialect, ChainsPrintAsTheirNestedOperators) {
  // Every sequence of three operators (of one level or not, translated to
  // another spelling, to a function, to LOWER() LIKE LOWER(), or not
  // translatable), with plain and operator operands: the chain prints as
  // the nested BinaryOps it means, and reports the same.
  const char *Ops[] = {"+", "-",     "*",   "||", "^",  "AND",         "OR",
                       "<", "ILIKE", "DIV", "&&", "@>", "AT TIME ZONE"};
  const char *Inners[] = {nullptr, "+", "OR", "||"};
  SQLBuilderOptions FromMy;
  FromMy.Pretty = false;
  FromMy.Source = &mySQLLike();
  unsigned Compared = 0;
  for (const char *A : Ops)
    for (const char *B : Ops)
      for (const char *C : Ops)
        for (const char *Inner : Inners)
          for (int Mode = 0; Mode != 3; ++Mode) {
            SQLBuilder Builder = Mode == 0 ? fromPostgres(getPostgresDialect())
                                 : Mode == 1
                                     ? fromPostgres(mySQLLike())
                                     : SQLBuilder(getPostgresDialect(), FromMy);
            const char *Seq[] = {A, B, C};
            ExprPtr Nested = leftSpine(Seq, false, Mode == 2, Inner);
            ExprPtr Chain = leftSpine(Seq, true, Mode == 2, Inner);
            ASSERT_TRUE(llvm::isa<OpChain>(*Chain));
            std::string N = Builder.expr(*Nested);
            std::string NU = Builder.takeUnsupported();
            std::string CText = Builder.expr(*Chain);
            std::string CU = Builder.takeUnsupported();
            EXPECT_EQ(N, CText)
                << A << ' ' << B << ' ' << C << " mode " << Mode;
            EXPECT_EQ(NU, CU) << A << ' ' << B << ' ' << C << " mode " << Mode;
            ++Compared;
          }
  EXPECT_EQ(Compared, 13u * 13 * 13 * 4 * 3);
}

} // namespace
