//===- PostgresExprLowering.cpp - Expressions into the IR -----------------===//
//
// Part of schemac. The visit methods of the a_expr/b_expr/c_expr
// alternatives build Expr nodes into ExprResult; lowerExpr() returns it.
// Operator nodes carry the location of their operator, other nodes the
// location of their first token.
//
//===----------------------------------------------------------------------===//

#include "PostgresLowering.h"
#include "PostgresText.h"

#include "schemac/dialects/postgres/PostgresDialect.h"
#include "schemac/support/SourceEncoding.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace schemac;
using namespace schemac::pg;
using P = PostgresParser;

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

// The labelled alternatives are dispatched to the visit methods by their
// exact class (cheaper than accept(), which dynamic_casts the visitor).

antlrcpp::Any PostgresLowering::dispatch(P::AExprContext *C) {
  if (auto *X = altCast<P::APrimaryContext>(C))
    return visitAPrimary(X);
  if (auto *X = altCast<P::ATypecastContext>(C))
    return visitATypecast(X);
  if (auto *X = altCast<P::AUnaryMinusContext>(C))
    return visitAUnaryMinus(X);
  if (auto *X = altCast<P::ACollateContext>(C))
    return visitACollate(X);
  if (auto *X = altCast<P::AAtTimeZoneContext>(C))
    return visitAAtTimeZone(X);
  if (auto *X = altCast<P::ABinaryContext>(C))
    return visitABinary(X);
  if (auto *X = altCast<P::AQualOpContext>(C))
    return visitAQualOp(X);
  if (auto *X = altCast<P::APrefixQualOpContext>(C))
    return visitAPrefixQualOp(X);
  if (auto *X = altCast<P::AEscapeContext>(C))
    return visitAEscape(X);
  if (auto *X = altCast<P::ALikeContext>(C))
    return visitALike(X);
  if (auto *X = altCast<P::ABetweenContext>(C))
    return visitABetween(X);
  if (auto *X = altCast<P::AInContext>(C))
    return visitAIn(X);
  if (auto *X = altCast<P::AQuantifiedContext>(C))
    return visitAQuantified(X);
  if (auto *X = altCast<P::AComparisonContext>(C))
    return visitAComparison(X);
  if (auto *X = altCast<P::AIsTestContext>(C))
    return visitAIsTest(X);
  if (auto *X = altCast<P::AIsDistinctFromContext>(C))
    return visitAIsDistinctFrom(X);
  if (auto *X = altCast<P::ANullTestContext>(C))
    return visitANullTest(X);
  if (auto *X = altCast<P::ANotContext>(C))
    return visitANot(X);
  if (auto *X = altCast<P::AAndContext>(C))
    return visitAAnd(X);
  if (auto *X = altCast<P::AOrContext>(C))
    return visitAOr(X);
  return visitChildren(C);
}

antlrcpp::Any PostgresLowering::dispatch(P::BExprContext *C) {
  if (auto *X = altCast<P::BPrimaryContext>(C))
    return visitBPrimary(X);
  if (auto *X = altCast<P::BTypecastContext>(C))
    return visitBTypecast(X);
  if (auto *X = altCast<P::BUnaryMinusContext>(C))
    return visitBUnaryMinus(X);
  if (auto *X = altCast<P::BBinaryContext>(C))
    return visitBBinary(X);
  if (auto *X = altCast<P::BQualOpContext>(C))
    return visitBQualOp(X);
  if (auto *X = altCast<P::BPrefixQualOpContext>(C))
    return visitBPrefixQualOp(X);
  if (auto *X = altCast<P::BComparisonContext>(C))
    return visitBComparison(X);
  if (auto *X = altCast<P::BIsDistinctFromContext>(C))
    return visitBIsDistinctFrom(X);
  if (auto *X = altCast<P::BIsDocumentContext>(C))
    return visitBIsDocument(X);
  return visitChildren(C);
}

antlrcpp::Any PostgresLowering::dispatch(P::CExprContext *C) {
  if (auto *X = altCast<P::ColumnRefExprContext>(C))
    return visitColumnRefExpr(X);
  if (auto *X = altCast<P::ConstExprContext>(C))
    return visitConstExpr(X);
  if (auto *X = altCast<P::ParamExprContext>(C))
    return visitParamExpr(X);
  if (auto *X = altCast<P::ParenExprContext>(C))
    return visitParenExpr(X);
  if (auto *X = altCast<P::CaseExprAltContext>(C))
    return visitCaseExprAlt(X);
  if (auto *X = altCast<P::FuncExprAltContext>(C))
    return visitFuncExprAlt(X);
  if (auto *X = altCast<P::SubqueryExprContext>(C))
    return visitSubqueryExpr(X);
  if (auto *X = altCast<P::ExistsExprContext>(C))
    return visitExistsExpr(X);
  if (auto *X = altCast<P::ArraySubqueryExprContext>(C))
    return visitArraySubqueryExpr(X);
  if (auto *X = altCast<P::ArrayExprAltContext>(C))
    return visitArrayExprAlt(X);
  if (auto *X = altCast<P::ExplicitRowExprContext>(C))
    return visitExplicitRowExpr(X);
  if (auto *X = altCast<P::GroupingExprContext>(C))
    return visitGroupingExpr(X);
  return visitChildren(C);
}

ExprPtr PostgresLowering::lowerExpr(P::AExprContext *C) {
  if (ExprPtr Chain = lowerChain(C))
    return Chain;
  dispatch(C);
  return std::move(ExprResult);
}

ExprPtr PostgresLowering::lowerExpr(P::BExprContext *C) {
  if (ExprPtr Chain = lowerChain(C))
    return Chain;
  dispatch(C);
  return std::move(ExprResult);
}

//===----------------------------------------------------------------------===//
// Chains of binary operators
//===----------------------------------------------------------------------===//

namespace {

/// Whether a qualOp is OPERATOR(schema.op) (such operators never chain).
bool isQualified(P::QualOpContext *C) {
  for (antlr4::tree::ParseTree *Child : kidsOf(C))
    if (altCast<P::AnyOperatorContext>(Child))
      return true;
  return false;
}

} // namespace

bool PostgresLowering::chainNode(P::AExprContext *C,
                                 ChainNode<P::AExprContext> &Out) {
  if (auto *X = altCast<P::ABinaryContext>(C)) {
    Out = {X->aExpr(0), X->aExpr(1), X->op, text(X->op).str()};
  } else if (auto *X = altCast<P::AQualOpContext>(C)) {
    if (isQualified(X->qualOp()))
      return false;
    Out = {X->aExpr(0), X->aExpr(1), X->qualOp()->getStart(),
           text(X->qualOp()).str()};
  } else if (auto *X = altCast<P::AAndContext>(C)) {
    Out = {X->aExpr(0), X->aExpr(1), X->K_AND()->getSymbol(), "AND"};
  } else if (auto *X = altCast<P::AOrContext>(C)) {
    Out = {X->aExpr(0), X->aExpr(1), X->K_OR()->getSymbol(), "OR"};
  } else if (auto *X = altCast<P::AAtTimeZoneContext>(C)) {
    Out = {X->aExpr(0), X->aExpr(1), X->K_AT()->getSymbol(), "AT TIME ZONE"};
  } else {
    return false;
  }
  return Out.Left && Out.Right;
}

bool PostgresLowering::chainNode(P::BExprContext *C,
                                 ChainNode<P::BExprContext> &Out) {
  if (auto *X = altCast<P::BBinaryContext>(C)) {
    Out = {X->bExpr(0), X->bExpr(1), X->op, text(X->op).str()};
  } else if (auto *X = altCast<P::BQualOpContext>(C)) {
    if (isQualified(X->qualOp()))
      return false;
    Out = {X->bExpr(0), X->bExpr(1), X->qualOp()->getStart(),
           text(X->qualOp()).str()};
  } else {
    return false;
  }
  return Out.Left && Out.Right;
}

template <class Ctx> ExprPtr PostgresLowering::lowerChain(Ctx *C) {
  // The same test as the fast parser's (FastQueryParser::parseExpr): the
  // left operand is an operator of the same left-associative level of the
  // dialect's operator table, written without parentheses.
  const OperatorTable &Ops = getPostgresDialect().getOperators();
  llvm::SmallVector<ChainNode<Ctx>, 4> Spine(1);
  if (!chainNode(C, Spine[0]))
    return nullptr;
  auto [Level, Assoc] = Ops.getBinaryPrecedence(Spine[0].Op);
  if (Assoc != Associativity::Left)
    return nullptr;
  while (true) {
    ChainNode<Ctx> N;
    if (!chainNode(Spine.back().Left, N) ||
        Ops.getBinaryPrecedence(N.Op).first != Level)
      break;
    Spine.push_back(std::move(N));
  }
  if (Spine.size() < 2)
    return nullptr;
  // Left to right, as the visitors lower the operands of one operator.
  ExprPtr Acc = lowerExpr(Spine.back().Left);
  for (size_t I = Spine.size(); I-- > 0;) {
    ChainNode<Ctx> &N = Spine[I];
    ExprPtr R = lowerExpr(N.Right);
    auto B = std::make_unique<BinaryOp>(loc(N.OpTok), std::move(N.Op),
                                        std::move(Acc), std::move(R));
    Acc = I + 1 == Spine.size() ? std::move(B) : extendChain(std::move(B));
  }
  return Acc;
}

ExprPtr PostgresLowering::lowerExpr(P::CExprContext *C) {
  dispatch(C);
  return std::move(ExprResult);
}

std::vector<ExprPtr> PostgresLowering::lowerExprList(P::ExprListContext *C) {
  std::vector<ExprPtr> R;
  if (!C)
    return R;
  for (P::AExprContext *E : C->aExpr())
    R.push_back(lowerExpr(E));
  return R;
}

std::string PostgresLowering::operatorText(antlr4::ParserRuleContext *C,
                                           std::string &Schema) {
  // qualOp / qualAllOp / subqueryOp: an operator token, or
  // OPERATOR(schema.op).
  P::AnyOperatorContext *Any = nullptr;
  for (antlr4::tree::ParseTree *Child : kidsOf(C))
    if (auto *A = altCast<P::AnyOperatorContext>(Child))
      Any = A;
  if (!Any)
    return text(C).str();
  std::vector<P::ColIdContext *> Ids = Any->colId();
  for (size_t I = 0; I < Ids.size(); ++I) {
    if (I)
      Schema += '.';
    Schema += name(Ids[I]);
  }
  return text(Any->allOp()).str();
}

//===----------------------------------------------------------------------===//
// a_expr
//===----------------------------------------------------------------------===//

namespace {

ExprPtr makeBinary(Location L, std::string Op, ExprPtr LHS, ExprPtr RHS) {
  return std::make_unique<BinaryOp>(L, std::move(Op), std::move(LHS),
                                    std::move(RHS));
}

} // namespace

ExprPtr schemac::pg::negate(Location OpLoc, ExprPtr Operand) {
  if (auto *L = llvm::dyn_cast<Literal>(Operand.get()))
    if ((L->LK == Literal::LitKind::Integer ||
         L->LK == Literal::LitKind::Numeric) &&
        !L->Value.empty() && L->Value[0] != '-') {
      L->Value.insert(L->Value.begin(), '-');
      L->Loc = OpLoc;
      return Operand;
    }
  return std::make_unique<UnaryOp>(OpLoc, "-", std::move(Operand));
}

ExprPtr PostgresLowering::makeQualOp(P::QualOpContext *Op, ExprPtr LHS,
                                     ExprPtr RHS) {
  std::string Schema;
  std::string Text = operatorText(Op, Schema);
  if (!LHS) {
    auto U = std::make_unique<UnaryOp>(loc(Op), Text, std::move(RHS));
    U->OpSchema = Schema;
    return U;
  }
  auto B =
      std::make_unique<BinaryOp>(loc(Op), Text, std::move(LHS), std::move(RHS));
  B->OpSchema = Schema;
  return B;
}

ExprPtr PostgresLowering::makeUnaryMinus(antlr4::Token *Op, ExprPtr E) {
  if (Op->getType() == P::MINUS)
    return negate(loc(Op), std::move(E));
  return std::make_unique<UnaryOp>(loc(Op), "+", std::move(E));
}

ExprPtr PostgresLowering::makeTypecast(antlr4::tree::TerminalNode *Op,
                                       ExprPtr E, P::TypeNameContext *T) {
  return std::make_unique<Cast>(loc(Op), std::move(E), lowerType(T),
                                Cast::Syntax::DoubleColon);
}

ExprPtr PostgresLowering::makeDistinctFrom(antlr4::tree::TerminalNode *Is,
                                           bool Not, ExprPtr L, ExprPtr R) {
  return makeBinary(loc(Is), Not ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM",
                    std::move(L), std::move(R));
}

antlrcpp::Any PostgresLowering::visitAPrimary(P::APrimaryContext *C) {
  ExprResult = lowerExpr(C->cExpr());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitATypecast(P::ATypecastContext *C) {
  ExprResult =
      makeTypecast(C->TYPECAST(), lowerExpr(C->aExpr()), C->typeName());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAUnaryMinus(P::AUnaryMinusContext *C) {
  ExprResult = makeUnaryMinus(C->op, lowerExpr(C->aExpr()));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitACollate(P::ACollateContext *C) {
  ExprPtr E = lowerExpr(C->aExpr());
  ExprResult = std::make_unique<CollateExpr>(loc(C->K_COLLATE()), std::move(E),
                                             qualifiedName(C->anyName()));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAAtTimeZone(P::AAtTimeZoneContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprPtr R = lowerExpr(C->aExpr(1));
  ExprResult =
      makeBinary(loc(C->K_AT()), "AT TIME ZONE", std::move(L), std::move(R));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitABinary(P::ABinaryContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprResult = makeBinary(loc(C->op), text(C->op).str(), std::move(L),
                          lowerExpr(C->aExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAQualOp(P::AQualOpContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprResult = makeQualOp(C->qualOp(), std::move(L), lowerExpr(C->aExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAPrefixQualOp(P::APrefixQualOpContext *C) {
  ExprResult = makeQualOp(C->qualOp(), nullptr, lowerExpr(C->aExpr()));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAEscape(P::AEscapeContext *C) {
  // ESCAPE binds tighter than LIKE; only the pattern of a LIKE may have it.
  error(loc(C->K_ESCAPE()), DiagID::err_syntax_misplaced_escape);
  ExprResult = lowerExpr(C->aExpr(0));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitALike(P::ALikeContext *C) {
  std::string Op = C->K_NOT() ? "NOT " : "";
  antlr4::Token *OpTok = C->K_NOT() ? C->K_NOT()->getSymbol() : nullptr;
  if (C->K_LIKE()) {
    Op += "LIKE";
    OpTok = OpTok ? OpTok : C->K_LIKE()->getSymbol();
  } else if (C->K_ILIKE()) {
    Op += "ILIKE";
    OpTok = OpTok ? OpTok : C->K_ILIKE()->getSymbol();
  } else {
    Op += "SIMILAR TO";
    OpTok = OpTok ? OpTok : C->K_SIMILAR()->getSymbol();
  }
  ExprPtr L = lowerExpr(C->aExpr(0));
  P::AExprContext *RC = C->aExpr(1);
  ExprPtr Escape;
  ExprPtr R;
  if (auto *E = altCast<P::AEscapeContext>(RC)) {
    R = lowerExpr(E->aExpr(0));
    Escape = lowerExpr(E->aExpr(1));
  } else {
    R = lowerExpr(RC);
  }
  auto B =
      std::make_unique<BinaryOp>(loc(OpTok), Op, std::move(L), std::move(R));
  B->Escape = std::move(Escape);
  ExprResult = std::move(B);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitABetween(P::ABetweenContext *C) {
  ExprPtr Operand = lowerExpr(C->aExpr(0));
  ExprPtr Low = lowerExpr(C->bExpr());
  ExprPtr High = lowerExpr(C->aExpr(1));
  auto B = std::make_unique<Between>(loc(C->K_BETWEEN()), std::move(Operand),
                                     std::move(Low), std::move(High));
  B->Negated = C->K_NOT() != nullptr;
  B->Symmetric = C->K_SYMMETRIC() != nullptr;
  ExprResult = std::move(B);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAIn(P::AInContext *C) {
  ExprPtr LHS = lowerExpr(C->aExpr());
  P::InRhsContext *R = C->inRhs();
  Location L = loc(C->K_IN());
  if (R->selectWithParens()) {
    auto S = std::make_unique<SubqueryExpr>(L, SubqueryExpr::SubKind::In,
                                            lowerSelect(R->selectWithParens()));
    S->LHS = std::move(LHS);
    S->Op = "=";
    S->Negated = C->K_NOT() != nullptr;
    ExprResult = std::move(S);
  } else {
    auto I = std::make_unique<InList>(L, std::move(LHS));
    I->Items = lowerExprList(R->exprList());
    I->Negated = C->K_NOT() != nullptr;
    ExprResult = std::move(I);
  }
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAQuantified(P::AQuantifiedContext *C) {
  std::vector<P::AExprContext *> Es = C->aExpr();
  ExprPtr LHS = lowerExpr(Es[0]);
  P::SubqueryOpContext *OpC = C->subqueryOp();
  std::string Schema, Op;
  if (OpC->K_LIKE() || OpC->K_ILIKE())
    Op = std::string(OpC->K_NOT() ? "NOT " : "") +
         (OpC->K_LIKE() ? "LIKE" : "ILIKE");
  else
    Op = operatorText(OpC, Schema);
  if (!Schema.empty())
    Op = "OPERATOR(" + Schema + "." + Op + ")";
  P::SubTypeContext *ST = C->subType();
  Location L = loc(OpC);
  if (C->selectStmt()) {
    auto S = std::make_unique<SubqueryExpr>(
        L,
        ST->K_ALL() ? SubqueryExpr::SubKind::All : SubqueryExpr::SubKind::Any,
        lowerSelect(C->selectStmt()));
    S->LHS = std::move(LHS);
    S->Op = Op;
    ExprResult = std::move(S);
  } else {
    Quantified::Quantifier Q = ST->K_ALL()    ? Quantified::Quantifier::All
                               : ST->K_SOME() ? Quantified::Quantifier::Some
                                              : Quantified::Quantifier::Any;
    ExprResult = std::make_unique<Quantified>(L, std::move(LHS), Op, Q,
                                              lowerExpr(Es[1]));
  }
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAComparison(P::AComparisonContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprResult = makeBinary(loc(C->op), text(C->op).str(), std::move(L),
                          lowerExpr(C->aExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAIsTest(P::AIsTestContext *C) {
  P::IsTestKindContext *K = C->isTestKind();
  IsTest::Test What = K->K_NULL()       ? IsTest::Test::Null
                      : K->K_TRUE()     ? IsTest::Test::True
                      : K->K_FALSE()    ? IsTest::Test::False
                      : K->K_UNKNOWN()  ? IsTest::Test::Unknown
                      : K->K_DOCUMENT() ? IsTest::Test::Document
                                        : IsTest::Test::Normalized;
  auto T = std::make_unique<IsTest>(loc(C->K_IS()), lowerExpr(C->aExpr()), What,
                                    C->K_NOT() != nullptr);
  if (P::NormalFormContext *F = K->normalForm())
    T->Form = text(F).upper();
  ExprResult = std::move(T);
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitAIsDistinctFrom(P::AIsDistinctFromContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprResult = makeDistinctFrom(C->K_IS(), C->K_NOT(), std::move(L),
                                lowerExpr(C->aExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitANullTest(P::ANullTestContext *C) {
  bool NotNull = C->K_NOTNULL() != nullptr;
  antlr4::Token *T =
      NotNull ? C->K_NOTNULL()->getSymbol() : C->K_ISNULL()->getSymbol();
  ExprResult = std::make_unique<IsTest>(loc(T), lowerExpr(C->aExpr()),
                                        IsTest::Test::Null, NotNull);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitANot(P::ANotContext *C) {
  ExprResult =
      std::make_unique<UnaryOp>(loc(C->K_NOT()), "NOT", lowerExpr(C->aExpr()));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAAnd(P::AAndContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprPtr R = lowerExpr(C->aExpr(1));
  ExprResult = makeBinary(loc(C->K_AND()), "AND", std::move(L), std::move(R));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitAOr(P::AOrContext *C) {
  ExprPtr L = lowerExpr(C->aExpr(0));
  ExprPtr R = lowerExpr(C->aExpr(1));
  ExprResult = makeBinary(loc(C->K_OR()), "OR", std::move(L), std::move(R));
  return nullptr;
}

//===----------------------------------------------------------------------===//
// b_expr
//===----------------------------------------------------------------------===//

antlrcpp::Any PostgresLowering::visitBPrimary(P::BPrimaryContext *C) {
  ExprResult = lowerExpr(C->cExpr());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBTypecast(P::BTypecastContext *C) {
  ExprResult =
      makeTypecast(C->TYPECAST(), lowerExpr(C->bExpr()), C->typeName());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBUnaryMinus(P::BUnaryMinusContext *C) {
  ExprResult = makeUnaryMinus(C->op, lowerExpr(C->bExpr()));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBBinary(P::BBinaryContext *C) {
  ExprPtr L = lowerExpr(C->bExpr(0));
  ExprResult = makeBinary(loc(C->op), text(C->op).str(), std::move(L),
                          lowerExpr(C->bExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBQualOp(P::BQualOpContext *C) {
  ExprPtr L = lowerExpr(C->bExpr(0));
  ExprResult = makeQualOp(C->qualOp(), std::move(L), lowerExpr(C->bExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBPrefixQualOp(P::BPrefixQualOpContext *C) {
  ExprResult = makeQualOp(C->qualOp(), nullptr, lowerExpr(C->bExpr()));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBComparison(P::BComparisonContext *C) {
  ExprPtr L = lowerExpr(C->bExpr(0));
  ExprResult = makeBinary(loc(C->op), text(C->op).str(), std::move(L),
                          lowerExpr(C->bExpr(1)));
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitBIsDistinctFrom(P::BIsDistinctFromContext *C) {
  ExprPtr L = lowerExpr(C->bExpr(0));
  ExprResult = makeDistinctFrom(C->K_IS(), C->K_NOT(), std::move(L),
                                lowerExpr(C->bExpr(1)));
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitBIsDocument(P::BIsDocumentContext *C) {
  ExprResult =
      std::make_unique<IsTest>(loc(C->K_IS()), lowerExpr(C->bExpr()),
                               IsTest::Test::Document, C->K_NOT() != nullptr);
  return nullptr;
}

//===----------------------------------------------------------------------===//
// c_expr
//===----------------------------------------------------------------------===//

ExprPtr PostgresLowering::applyIndirection(ExprPtr Base,
                                           P::IndirectionContext *C) {
  if (!C)
    return Base;
  return applyIndirection(std::move(Base), C->indirectionEl(), 0);
}

ExprPtr PostgresLowering::applyIndirection(
    ExprPtr Base, const std::vector<P::IndirectionElContext *> &Els,
    size_t First) {
  for (size_t I = First; I < Els.size(); ++I) {
    P::IndirectionElContext *E = Els[I];
    Location L = loc(E);
    if (auto *F = altCast<P::FieldSelectionContext>(E)) {
      Base = std::make_unique<FieldAccess>(L, std::move(Base),
                                           name(F->colLabel()));
    } else if (altCast<P::StarSelectionContext>(E)) {
      Base = std::make_unique<FieldAccess>(L, std::move(Base), "*");
    } else if (auto *S = altCast<P::SubscriptElContext>(E)) {
      auto Sub = std::make_unique<Subscript>(L, std::move(Base));
      Sub->Lower = lowerExpr(S->aExpr());
      Base = std::move(Sub);
    } else if (auto *S = altCast<P::SliceElContext>(E)) {
      auto Sub = std::make_unique<Subscript>(L, std::move(Base));
      Sub->Slice = true;
      if (S->lower)
        Sub->Lower = lowerExpr(S->lower);
      if (S->upper)
        Sub->Upper = lowerExpr(S->upper);
      Base = std::move(Sub);
    }
  }
  return Base;
}

ExprPtr PostgresLowering::lowerColumnRef(P::ColumnRefContext *C) {
  std::vector<std::string> Path{name(C->colId())};
  P::IndirectionContext *Ind = C->indirection();
  if (!Ind)
    return std::make_unique<ColumnRef>(loc(C), std::move(Path));
  // Leading field selections are part of the column path (t.c, s.t.c);
  // what follows a subscript applies to the value.
  std::vector<P::IndirectionElContext *> Els = Ind->indirectionEl();
  size_t I = 0;
  bool Star = false;
  for (; I < Els.size(); ++I) {
    if (auto *F = altCast<P::FieldSelectionContext>(Els[I])) {
      Path.push_back(name(F->colLabel()));
      continue;
    }
    if (altCast<P::StarSelectionContext>(Els[I]) && I + 1 == Els.size()) {
      Star = true;
      ++I;
    }
    break;
  }
  if (Path.size() > 4)
    error(loc(C), DiagID::err_invalid_name, {text(C).str()});
  ExprPtr Base = std::make_unique<ColumnRef>(loc(C), std::move(Path), Star);
  return applyIndirection(std::move(Base), Els, I);
}

antlrcpp::Any PostgresLowering::visitColumnRefExpr(P::ColumnRefExprContext *C) {
  ExprResult = lowerColumnRef(C->columnRef());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitConstExpr(P::ConstExprContext *C) {
  ExprResult = lowerConst(C->aexprConst());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitParamExpr(P::ParamExprContext *C) {
  unsigned N = 0;
  llvm::StringRef Digits = text(C->PARAM()->getSymbol()).drop_front();
  // What the frontend lowers is DDL, run with no parameters bound: any $n is
  // PostgreSQL's 'there is no parameter $n' (function bodies, which may use
  // them, are kept as text).
  if (Digits.getAsInteger(10, N))
    error(loc(C), DiagID::err_parameter_number_too_large);
  else
    error(loc(C), DiagID::err_no_parameter, {std::to_string(N)});
  ExprResult =
      applyIndirection(std::make_unique<Param>(loc(C), N), C->indirection());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitParenExpr(P::ParenExprContext *C) {
  ExprPtr E = lowerExpr(C->aExpr());
  if (P::ExprListContext *Rest = C->exprList()) {
    // The implicit row (x, y, ...).
    auto R = std::make_unique<RowExpr>(loc(C));
    R->Fields.push_back(std::move(E));
    for (ExprPtr &F : lowerExprList(Rest))
      R->Fields.push_back(std::move(F));
    ExprResult = std::move(R);
    return nullptr;
  }
  ExprResult = applyIndirection(std::move(E), C->indirection());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitCaseExprAlt(P::CaseExprAltContext *C) {
  P::CaseExprContext *CE = C->caseExpr();
  auto K = std::make_unique<Case>(loc(CE));
  std::vector<P::AExprContext *> Es = CE->aExpr();
  size_t Next = 0;
  if (Es.size() > (CE->K_ELSE() ? 1u : 0u))
    K->Operand = lowerExpr(Es[Next++]);
  for (P::CaseWhenContext *W : CE->caseWhen())
    K->Whens.emplace_back(lowerExpr(W->aExpr(0)), lowerExpr(W->aExpr(1)));
  if (CE->K_ELSE())
    K->Else = lowerExpr(Es.back());
  ExprResult = std::move(K);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitFuncExprAlt(P::FuncExprAltContext *C) {
  P::FuncExprContext *F = C->funcExpr();
  if (auto *S = altCast<P::SpecialFuncContext>(F)) {
    ExprResult = lowerSpecialFunc(S->funcExprCommonSubexpr());
    return nullptr;
  }
  auto *FC = static_cast<P::FuncCallContext *>(F);
  ExprPtr E = lowerFuncApplication(FC->funcApplication());
  auto *Call = static_cast<FuncCall *>(E.get());
  if (P::WithinGroupClauseContext *W = FC->withinGroupClause()) {
    if (!Call->OrderBy.empty())
      error(loc(W), DiagID::err_multiple_within_group_order_by);
    Call->OrderBy = lowerSortClause(W->sortClause());
    Call->WithinGroup = true;
  }
  if (P::FilterClauseContext *Fl = FC->filterClause())
    Call->Filter = lowerExpr(Fl->aExpr());
  if (P::OverClauseContext *O = FC->overClause()) {
    if (O->windowSpecification()) {
      Call->Over = lowerWindowSpec(O->windowSpecification());
    } else {
      Call->Over = std::make_unique<WindowSpec>();
      Call->Over->RefName = name(O->colId());
    }
  }
  ExprResult = std::move(E);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitSubqueryExpr(P::SubqueryExprContext *C) {
  auto S = std::make_unique<SubqueryExpr>(loc(C), SubqueryExpr::SubKind::Scalar,
                                          lowerSelect(C->selectWithParens()));
  ExprResult = applyIndirection(std::move(S), C->indirection());
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitExistsExpr(P::ExistsExprContext *C) {
  ExprResult =
      std::make_unique<SubqueryExpr>(loc(C), SubqueryExpr::SubKind::Exists,
                                     lowerSelect(C->selectWithParens()));
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitArraySubqueryExpr(P::ArraySubqueryExprContext *C) {
  ExprResult = std::make_unique<SubqueryExpr>(
      loc(C), SubqueryExpr::SubKind::Array, lowerSelect(C->selectWithParens()));
  return nullptr;
}

static std::unique_ptr<ArrayExpr>
lowerArray(PostgresLowering &L, P::ArrayExprContext *C, bool Keyword) {
  auto A = std::make_unique<ArrayExpr>(L.loc(C));
  A->Keyword = Keyword;
  if (C->exprList())
    A->Elements = L.lowerExprList(C->exprList());
  for (P::ArrayExprContext *Sub : C->arrayExpr())
    A->Elements.push_back(lowerArray(L, Sub, false));
  return A;
}

antlrcpp::Any PostgresLowering::visitArrayExprAlt(P::ArrayExprAltContext *C) {
  auto A = lowerArray(*this, C->arrayExpr(), true);
  A->Loc = loc(C);
  ExprResult = std::move(A);
  return nullptr;
}

antlrcpp::Any
PostgresLowering::visitExplicitRowExpr(P::ExplicitRowExprContext *C) {
  auto R = std::make_unique<RowExpr>(loc(C));
  R->Keyword = true;
  R->Fields = lowerExprList(C->exprList());
  ExprResult = std::move(R);
  return nullptr;
}

antlrcpp::Any PostgresLowering::visitGroupingExpr(P::GroupingExprContext *C) {
  ExprResult =
      std::make_unique<FuncCall>(loc(C), std::vector<std::string>{"grouping"},
                                 lowerExprList(C->exprList()));
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

ExprPtr PostgresLowering::lowerConst(P::AexprConstContext *C) {
  Location L = loc(C);
  if (auto *X = altCast<P::IntegerConstContext>(C))
    return std::make_unique<Literal>(L, Literal::LitKind::Integer,
                                     text(X).str());
  if (auto *X = altCast<P::NumericConstContext>(C))
    return std::make_unique<Literal>(L, Literal::LitKind::Numeric,
                                     text(X).str());
  if (auto *X = altCast<P::StringConstContext>(C)) {
    auto Lit = std::make_unique<Literal>(L, Literal::LitKind::String,
                                         stringValue(X->sconst()));
    if (pgToken(X->getStart()).Type != tok::NationalString)
      return Lit;
    // PostgreSQL's scanner reads N'...' as the key word NCHAR before the
    // string: a typed literal of type bpchar, not a plain string.
    DataType T = typeFromName({"nchar"}, /*Quoted=*/false, L);
    T.Spelling = "nchar";
    return std::make_unique<Cast>(L, std::move(Lit), std::move(T),
                                  Cast::Syntax::TypedLiteral);
  }
  if (altCast<P::BitStringConstContext>(C)) {
    std::string Bits = bitStringValue(In.Buffer, pgToken(C->getStart()));
    // PostgreSQL's scanner takes any text between the quotes; bit_in
    // refuses what is no digit of the base.
    bool Binary = Bits.front() == 'b';
    llvm::StringRef Digits = llvm::StringRef(Bits).drop_front();
    for (size_t I = 0; I != Digits.size(); ++I) {
      char D = Digits[I];
      if (Binary ? (D == '0' || D == '1') : llvm::isHexDigit(D))
        continue;
      // The whole character, as PostgreSQL shows it.
      unsigned Len = std::max(1u, getUTF8SequenceLength(Digits.substr(I)));
      error(L,
            Binary ? DiagID::err_invalid_binary_digit
                   : DiagID::err_invalid_hex_digit,
            {Digits.substr(I, Len).str()});
      break;
    }
    return std::make_unique<Literal>(L, Literal::LitKind::BitString,
                                     std::move(Bits));
  }
  if (auto *X = altCast<P::BooleanConstContext>(C))
    return std::make_unique<Literal>(L, Literal::LitKind::Boolean,
                                     X->K_TRUE() ? "true" : "false");
  if (altCast<P::NullConstContext>(C))
    return std::make_unique<Literal>(L, Literal::LitKind::Null, "");
  if (auto *X = altCast<P::TypedLiteralConstContext>(C)) {
    DataType T;
    if (X->constTypeName()) {
      T = lowerConstType(X->constTypeName());
    } else {
      // A generic type name: date '...', public.mytype '...'.
      P::FuncNameContext *F = X->funcName();
      std::vector<std::string> Parts = nameParts(F);
      if (F->typeFunctionName())
        Parts = {name(F->typeFunctionName())};
      const PgToken &First = pgToken(F->getStart());
      bool Quoted = First.Type == tok::QuotedIdent ||
                    First.Type == tok::UnicodeQuotedIdent;
      T = typeFromName(Parts, Quoted, loc(F));
      T.Spelling = normalizedText(F);
    }
    auto Lit = std::make_unique<Literal>(
        loc(X->sconst()), Literal::LitKind::String, stringValue(X->sconst()));
    return std::make_unique<Cast>(L, std::move(Lit), std::move(T),
                                  Cast::Syntax::TypedLiteral);
  }
  if (auto *X = altCast<P::IntervalConstContext>(C)) {
    DataType T(TypeKind::Interval);
    std::string Spelling = text(X->K_INTERVAL()->getSymbol()).str();
    if (X->INTEGER()) {
      T.Modifiers.push_back(text(X->INTEGER()->getSymbol()).str());
      Spelling += "(" + T.Modifiers.back() + ")";
    }
    if (P::IntervalQualifierContext *Q = X->intervalQualifier()) {
      Spelling += " " + normalizedText(Q);
      if (P::IntervalSecondContext *S = Q->intervalSecond())
        if (S->INTEGER())
          T.Modifiers.push_back(text(S->INTEGER()->getSymbol()).str());
    }
    T.Spelling = Spelling;
    auto Lit = std::make_unique<Literal>(
        loc(X->sconst()), Literal::LitKind::String, stringValue(X->sconst()));
    return std::make_unique<Cast>(L, std::move(Lit), std::move(T),
                                  Cast::Syntax::TypedLiteral);
  }
  error(L, DiagID::err_unexpected_constant);
  return std::make_unique<Literal>(L, Literal::LitKind::Null, "");
}

//===----------------------------------------------------------------------===//
// Function calls
//===----------------------------------------------------------------------===//

std::vector<SortKey>
PostgresLowering::lowerSortClause(P::SortClauseContext *C) {
  std::vector<SortKey> Keys;
  if (!C)
    return Keys;
  for (P::SortByContext *S : C->sortBy()) {
    SortKey K;
    K.Value = lowerExpr(S->aExpr());
    if (S->K_ASC())
      K.Direction = SortDirection::Asc;
    else if (S->K_DESC())
      K.Direction = SortDirection::Desc;
    else if (S->K_USING()) {
      K.Direction = SortDirection::Using;
      std::string Schema;
      K.UsingOp = operatorText(S->qualAllOp(), Schema);
      if (!Schema.empty())
        K.UsingOp = "OPERATOR(" + Schema + "." + K.UsingOp + ")";
    }
    if (S->K_FIRST())
      K.Nulls = NullsOrder::First;
    else if (S->K_LAST())
      K.Nulls = NullsOrder::Last;
    Keys.push_back(std::move(K));
  }
  return Keys;
}

std::unique_ptr<WindowSpec>
PostgresLowering::lowerWindowSpec(P::WindowSpecificationContext *C) {
  auto W = std::make_unique<WindowSpec>();
  if (C->colId())
    W->RefName = name(C->colId());
  if (C->exprList())
    W->PartitionBy = lowerExprList(C->exprList());
  W->OrderBy = lowerSortClause(C->sortClause());
  if (P::FrameClauseContext *F = C->frameClause()) {
    W->Mode = F->K_RANGE()  ? WindowSpec::FrameMode::Range
              : F->K_ROWS() ? WindowSpec::FrameMode::Rows
                            : WindowSpec::FrameMode::Groups;
    auto FrameBound = [&](P::FrameBoundContext *B) {
      WindowSpec::Bound R;
      if (B->K_UNBOUNDED())
        R.Kind = B->K_PRECEDING() ? WindowSpec::BoundKind::UnboundedPreceding
                                  : WindowSpec::BoundKind::UnboundedFollowing;
      else if (B->K_CURRENT())
        R.Kind = WindowSpec::BoundKind::CurrentRow;
      else {
        R.Kind = B->K_PRECEDING() ? WindowSpec::BoundKind::Preceding
                                  : WindowSpec::BoundKind::Following;
        R.Offset = lowerExpr(B->aExpr());
      }
      return R;
    };
    std::vector<P::FrameBoundContext *> Bs = F->frameBound();
    W->Start = FrameBound(Bs[0]);
    if (Bs.size() > 1)
      W->End = FrameBound(Bs[1]);
    if (P::FrameExclusionContext *X = F->frameExclusion())
      W->Exclude = X->K_ROW()     ? WindowSpec::Exclusion::CurrentRow
                   : X->K_GROUP() ? WindowSpec::Exclusion::Group
                   : X->K_TIES()  ? WindowSpec::Exclusion::Ties
                                  : WindowSpec::Exclusion::NoOthers;
  }
  return W;
}

ExprPtr PostgresLowering::lowerFuncApplication(P::FuncApplicationContext *C) {
  P::FuncNameContext *F = C->funcName();
  std::vector<std::string> Name =
      F->typeFunctionName()
          ? std::vector<std::string>{name(F->typeFunctionName())}
          : nameParts(F);
  auto Call = std::make_unique<FuncCall>(loc(C), std::move(Name));
  Call->Star = C->STAR() != nullptr;
  if (P::SetQuantifierContext *Q = C->setQuantifier())
    Call->Distinct = Q->K_DISTINCT() != nullptr;
  if (P::FuncArgListContext *Args = C->funcArgList()) {
    std::vector<P::FuncArgExprContext *> As = Args->funcArgExpr();
    bool Named = false;
    for (size_t I = 0; I < As.size(); ++I) {
      P::FuncArgExprContext *A = As[I];
      if (A->K_VARIADIC()) {
        if (I + 1 != As.size())
          error(loc(A), DiagID::err_variadic_not_last);
        Call->Variadic = true;
      }
      std::string ArgName;
      if (A->typeFunctionName()) {
        ArgName = name(A->typeFunctionName());
        Named = true;
      } else if (Named) {
        error(loc(A), DiagID::err_positional_after_named_argument);
      }
      Call->ArgNames.push_back(ArgName);
      Call->Args.push_back(lowerExpr(A->aExpr()));
    }
    if (!Named)
      Call->ArgNames.clear();
  }
  Call->OrderBy = lowerSortClause(C->sortClause());
  return Call;
}

ExprPtr PostgresLowering::lowerFuncExpr(P::FuncExprWindowlessContext *C) {
  if (C->funcApplication())
    return lowerFuncApplication(C->funcApplication());
  return lowerSpecialFunc(C->funcExprCommonSubexpr());
}

ExprPtr PostgresLowering::lowerSpecialFunc(P::FuncExprCommonSubexprContext *C) {
  Location L = loc(C);
  auto Call = [&](llvm::StringRef Name, FuncCall::Syntax Form) {
    auto F =
        std::make_unique<FuncCall>(L, std::vector<std::string>{Name.str()});
    F->Form = Form;
    return F;
  };
  if (auto *X = altCast<P::SqlValueFuncContext>(C)) {
    auto F = Call(text(X->getStart()).lower(), FuncCall::Syntax::NoParens);
    if (X->INTEGER())
      F->Args.push_back(std::make_unique<Literal>(
          loc(X->INTEGER()), Literal::LitKind::Integer,
          text(X->INTEGER()->getSymbol()).str()));
    return F;
  }
  if (auto *X = altCast<P::CastFuncContext>(C))
    return std::make_unique<Cast>(L, lowerExpr(X->aExpr()),
                                  lowerType(X->typeName()),
                                  Cast::Syntax::CastFunction);
  if (auto *X = altCast<P::ExtractFuncContext>(C)) {
    auto F = Call("extract", FuncCall::Syntax::Extract);
    P::ExtractArgContext *A = X->extractArg();
    std::string Field =
        A->sconst() ? stringValue(A->sconst()) : text(A).lower();
    F->Args.push_back(
        std::make_unique<Literal>(loc(A), Literal::LitKind::String, Field));
    F->Args.push_back(lowerExpr(X->aExpr()));
    return F;
  }
  if (auto *X = altCast<P::OverlayFuncContext>(C)) {
    auto F = Call("overlay", X->K_PLACING() ? FuncCall::Syntax::Overlay
                                            : FuncCall::Syntax::Normal);
    for (P::AExprContext *E : X->aExpr())
      F->Args.push_back(lowerExpr(E));
    return F;
  }
  if (auto *X = altCast<P::PositionFuncContext>(C)) {
    auto F = Call("position", FuncCall::Syntax::Position);
    F->Args.push_back(lowerExpr(X->bExpr(0)));
    F->Args.push_back(lowerExpr(X->bExpr(1)));
    return F;
  }
  if (auto *X = altCast<P::SubstringFuncContext>(C)) {
    if (!X->K_FROM() && !X->K_FOR()) {
      // substring(x, a, b): a plain Call.
      auto F = Call("substring", FuncCall::Syntax::Normal);
      for (P::AExprContext *E : X->aExpr())
        F->Args.push_back(lowerExpr(E));
      return F;
    }
    auto F = Call("substring", FuncCall::Syntax::Substring);
    // Children: SUBSTRING ( x {FROM a | FOR b}... ): record which is which.
    F->ArgNames.push_back("");
    std::string Pending;
    for (antlr4::tree::ParseTree *Child : X->kids()) {
      if (isTerminalNode(Child)) {
        auto *T = static_cast<antlr4::tree::TerminalNode *>(Child);
        if (T->getSymbol()->getType() == P::K_FROM)
          Pending = "from";
        else if (T->getSymbol()->getType() == P::K_FOR)
          Pending = "for";
        continue;
      }
      auto *R = static_cast<antlr4::ParserRuleContext *>(Child);
      if (R->getRuleIndex() == P::RuleAExpr) {
        F->Args.push_back(lowerExpr(static_cast<P::AExprContext *>(R)));
        if (F->Args.size() > 1)
          F->ArgNames.push_back(Pending);
      }
    }
    return F;
  }
  if (auto *X = altCast<P::TrimFuncContext>(C)) {
    auto F = Call("trim", FuncCall::Syntax::Trim);
    if (X->trimSpec)
      F->TrimSpec = text(X->trimSpec).upper();
    // Args: the source string(s), then the characters to remove if given.
    F->Args = lowerExprList(X->exprList());
    if (X->aExpr())
      F->Args.push_back(lowerExpr(X->aExpr()));
    return F;
  }
  if (auto *X = altCast<P::NormalizeFuncContext>(C)) {
    auto F = Call("normalize", FuncCall::Syntax::Normalize);
    F->Args.push_back(lowerExpr(X->aExpr()));
    if (P::NormalFormContext *Form = X->normalForm())
      F->Args.push_back(std::make_unique<Literal>(
          loc(Form), Literal::LitKind::String, text(Form).upper()));
    return F;
  }
  if (auto *X = altCast<P::XmlConcatFuncContext>(C)) {
    // A plain call, as COALESCE is.
    auto F = Call("xmlconcat", FuncCall::Syntax::Normal);
    F->Args = lowerExprList(X->exprList());
    return F;
  }
  // The key words between arguments: upper-case string literals.
  auto Word = [&](Location WL, std::string W) -> ExprPtr {
    return std::make_unique<Literal>(WL, Literal::LitKind::String,
                                     std::move(W));
  };
  auto Label = [&](P::ColLabelContext *N) -> ExprPtr {
    return std::make_unique<Literal>(loc(N), Literal::LitKind::String, name(N));
  };
  if (auto *X = altCast<P::XmlElementFuncContext>(C)) {
    auto F = Call("xmlelement", FuncCall::Syntax::XmlElement);
    F->Args.push_back(Label(X->colLabel()));
    if (P::XmlAttributesContext *A = X->xmlAttributes()) {
      auto Attrs = std::make_unique<FuncCall>(
          loc(A), std::vector<std::string>{"xmlattributes"});
      Attrs->Form = FuncCall::Syntax::XmlAttributes;
      lowerXmlAttributeList(A->xmlAttributeList(), *Attrs, "attribute");
      F->Args.push_back(std::move(Attrs));
    }
    if (X->exprList())
      for (ExprPtr &E : lowerExprList(X->exprList()))
        F->Args.push_back(std::move(E));
    return F;
  }
  if (auto *X = altCast<P::XmlForestFuncContext>(C)) {
    auto F = Call("xmlforest", FuncCall::Syntax::XmlForest);
    lowerXmlAttributeList(X->xmlAttributeList(), *F, "element");
    return F;
  }
  if (auto *X = altCast<P::XmlExistsFuncContext>(C)) {
    auto F = Call("xmlexists", FuncCall::Syntax::XmlExists);
    F->Args.push_back(lowerExpr(X->cExpr()));
    F->Args.push_back(lowerExpr(X->xmlPassing()->cExpr()));
    return F;
  }
  if (auto *X = altCast<P::XmlParseFuncContext>(C)) {
    auto F = Call("xmlparse", FuncCall::Syntax::XmlParse);
    P::DocumentOrContentContext *D = X->documentOrContent();
    F->Args.push_back(Word(loc(D), text(D).upper()));
    F->Args.push_back(lowerExpr(X->aExpr()));
    if (X->ws)
      F->Args.push_back(Word(loc(X->ws), text(X->ws).upper()));
    return F;
  }
  if (auto *X = altCast<P::XmlPiFuncContext>(C)) {
    auto F = Call("xmlpi", FuncCall::Syntax::XmlPi);
    F->Args.push_back(Label(X->colLabel()));
    if (X->aExpr())
      F->Args.push_back(lowerExpr(X->aExpr()));
    return F;
  }
  if (auto *X = altCast<P::XmlRootFuncContext>(C)) {
    auto F = Call("xmlroot", FuncCall::Syntax::XmlRoot);
    F->Args.push_back(lowerExpr(X->aExpr(0)));
    // VERSION NO VALUE is a null version, as PostgreSQL has it.
    if (X->aExpr().size() > 1)
      F->Args.push_back(lowerExpr(X->aExpr(1)));
    else
      F->Args.push_back(std::make_unique<Literal>(loc(X->K_VALUE(0)),
                                                  Literal::LitKind::Null, ""));
    if (antlr4::tree::TerminalNode *S = X->K_STANDALONE()) {
      std::string V = X->K_YES() ? "YES"
                      : X->K_VALUE().size() > size_t(X->aExpr().size() == 1)
                          ? "NO VALUE"
                          : "NO";
      F->Args.push_back(Word(loc(S), V));
    }
    return F;
  }
  if (auto *X = altCast<P::XmlSerializeFuncContext>(C)) {
    auto F = Call("xmlserialize", FuncCall::Syntax::XmlSerialize);
    P::DocumentOrContentContext *D = X->documentOrContent();
    F->Args.push_back(Word(loc(D), text(D).upper()));
    DataType T = lowerSimpleType(X->simpleTypeName());
    T.Spelling = normalizedText(X->simpleTypeName());
    F->Args.push_back(
        std::make_unique<Cast>(loc(X->K_AS()), lowerExpr(X->aExpr()),
                               std::move(T), Cast::Syntax::CastFunction));
    return F;
  }
  auto *X = static_cast<P::KeywordFuncContext *>(C);
  auto F = Call(text(X->name).lower(), FuncCall::Syntax::Normal);
  if (P::FuncArgListContext *Args = X->funcArgList())
    for (P::FuncArgExprContext *A : Args->funcArgExpr()) {
      if (A->K_VARIADIC() || A->typeFunctionName())
        error(loc(A), DiagID::err_named_or_variadic_argument);
      F->Args.push_back(lowerExpr(A->aExpr()));
    }
  return F;
}

void PostgresLowering::lowerXmlAttributeList(P::XmlAttributeListContext *C,
                                             FuncCall &F, const char *What) {
  // `a AS label` or a column reference named by its column (PostgreSQL's
  // transformXmlExpr).
  bool Named = false;
  for (P::XmlAttributeElContext *A : C->xmlAttributeEl()) {
    ExprPtr V = lowerExpr(A->aExpr());
    std::string Label;
    if (A->colLabel()) {
      Label = name(A->colLabel());
      Named = true;
    } else if (!llvm::isa<ColumnRef>(V.get()) ||
               llvm::cast<ColumnRef>(*V).Star) {
      error(loc(A), DiagID::err_xml_unnamed_value, {What});
    }
    F.ArgNames.push_back(std::move(Label));
    F.Args.push_back(std::move(V));
  }
  if (F.Form == FuncCall::Syntax::XmlAttributes) {
    // PostgreSQL rejects a name given twice (written or taken from the
    // column); the element's content may repeat names.
    llvm::StringSet<> Seen;
    for (size_t I = 0; I != F.Args.size(); ++I) {
      std::string N = F.ArgNames[I];
      if (N.empty())
        if (auto *R = llvm::dyn_cast<ColumnRef>(F.Args[I].get()))
          N = R->getColumnName().str();
      if (!N.empty() && !Seen.insert(N).second)
        error(F.Args[I]->Loc, DiagID::err_xml_duplicate_attribute, {N});
    }
  }
  if (!Named)
    F.ArgNames.clear();
}
