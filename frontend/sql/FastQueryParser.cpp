//===- FastQueryParser.cpp - Hand-written query and expression parser -----===//
//
// Part of schemac. The shapes it builds are those of the grammar's lowering
// (PostgresQueryLowering.cpp, PostgresExprLowering.cpp), node for node and
// location for location; a differential test (unittests/Frontend/
// FastParseDiffTest.cpp) holds the two to each other.
//
// Binding strength: the generated ANTLR parser gives every alternative of a
// left-recursive rule a level of its own, where the dialect's table (and
// PostgreSQL's gram.y) put several operators on one non-associative level
// (comparisons; LIKE, BETWEEN, IN; the IS tests). The two agree wherever no
// two operators of such a level meet without parentheses, so the parser
// declines when they do.
//
//===----------------------------------------------------------------------===//

#include "FastQueryParser.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"

using namespace schemac;
using namespace schemac::sql;

FastParseHooks::~FastParseHooks() = default;

ExprPtr sql::negateLiteral(Location Loc, ExprPtr Operand) {
  if (auto *Lit = llvm::dyn_cast<Literal>(Operand.get()))
    if ((Lit->LK == Literal::LitKind::Integer ||
         Lit->LK == Literal::LitKind::Numeric) &&
        !llvm::StringRef(Lit->Value).startswith("-")) {
      Lit->Value = "-" + Lit->Value;
      Lit->Loc = Loc;
      return Operand;
    }
  return std::make_unique<UnaryOp>(Loc, "-", std::move(Operand));
}

namespace {

Precedence next(Precedence P) {
  return static_cast<Precedence>(static_cast<unsigned>(P) + 1);
}

/// The levels of the join alternatives of the grammar's tableRef rule.
enum JoinLevel : unsigned { NaturalLevel = 1, QualifiedLevel, CrossLevel };

} // namespace

//===----------------------------------------------------------------------===//
// Tokens
//===----------------------------------------------------------------------===//

bool FastQueryParser::accept(Word W) {
  if (word(Pos) != W)
    return false;
  ++Pos;
  return true;
}

bool FastQueryParser::accept(TokClass C) {
  if (cls(Pos) != C)
    return false;
  ++Pos;
  return true;
}

Location FastQueryParser::loc(unsigned I) const {
  const Token &T = tok(I);
  return Location(In.File, T.Line, T.Col);
}

llvm::StringRef FastQueryParser::text(unsigned I) const {
  const Token &T = tok(I);
  return In.Buffer.substr(T.Begin, T.size());
}

bool FastQueryParser::isColId(unsigned I) const {
  const TokInfo &T = info(I);
  return T.Class == TokClass::Ident || T.Class == TokClass::QuotedIdent ||
         (T.Class == TokClass::Keyword &&
          T.Category == KeywordCategory::Unreserved);
}

bool FastQueryParser::isColLabel(unsigned I) const {
  TokClass C = cls(I);
  return C == TokClass::Ident || C == TokClass::QuotedIdent ||
         C == TokClass::Keyword;
}

bool FastQueryParser::colId(std::string &Out) {
  if (!isColId(Pos))
    return false;
  return Hooks.name(tok(Pos++), Out);
}

bool FastQueryParser::colLabel(std::string &Out) {
  if (!isColLabel(Pos))
    return false;
  return Hooks.name(tok(Pos++), Out);
}

bool FastQueryParser::qualifiedName(QualifiedName &Out) {
  std::vector<std::string> Parts(1);
  if (!colId(Parts[0]))
    return false;
  while (cls(Pos) == TokClass::Dot) {
    ++Pos;
    Parts.emplace_back();
    if (!colLabel(Parts.back()))
      return false;
  }
  if (Parts.size() == 1)
    Out = QualifiedName(Parts[0]);
  else if (Parts.size() == 2)
    Out = QualifiedName(Parts[0], Parts[1]);
  else if (Parts.size() == 3)
    Out = QualifiedName(Parts[1], Parts[2]);
  else
    return false; // an error the grammar's lowering reports
  return true;
}

bool FastQueryParser::nameList(std::vector<std::string> &Out) {
  if (!accept(TokClass::LParen))
    return false;
  do {
    Out.emplace_back();
    if (!colId(Out.back()))
      return false;
  } while (accept(TokClass::Comma));
  return accept(TokClass::RParen);
}

bool FastQueryParser::skipParens() {
  if (cls(Pos) != TokClass::LParen)
    return false;
  unsigned Level = 0;
  for (; Pos < In.N; ++Pos) {
    TokClass C = cls(Pos);
    if (C == TokClass::LParen) {
      ++Level;
    } else if (C == TokClass::RParen && --Level == 0) {
      ++Pos;
      return true;
    }
  }
  return false;
}

bool FastQueryParser::isQueryStart(unsigned I) const {
  Word W = word(I);
  return W == Word::Select || W == Word::With;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

ExprPtr FastQueryParser::parseExpr(Precedence MinPrec) {
  DepthScope D(*this);
  if (D.tooDeep())
    return nullptr;
  ExprPtr LHS;
  const OperatorTable &Ops = Hooks.operators();
  // Prefix operators: NOT (not in b_expr), + and -.
  if (isWord(Word::Not)) {
    if (InBExpr)
      return nullptr;
    Location L = loc(Pos++);
    ExprPtr Operand = parseExpr(Ops.findUnary("NOT")->Prec);
    if (!Operand)
      return nullptr;
    LHS = std::make_unique<UnaryOp>(L, "NOT", std::move(Operand));
  } else if (isClass(TokClass::Operator) &&
             (text(Pos) == "-" || text(Pos) == "+")) {
    bool Minus = text(Pos) == "-";
    Location L = loc(Pos++);
    ExprPtr Operand = parseExpr(Precedence::Unary);
    if (!Operand)
      return nullptr;
    LHS = Minus ? Hooks.negate(L, std::move(Operand))
                : std::make_unique<UnaryOp>(L, "+", std::move(Operand));
  } else {
    LHS = parsePrimary();
  }
  if (!LHS)
    return nullptr;
  // Precedence climbing: take every operator that binds at least as
  // tightly as MinPrec, left to right. Binary operators of one level
  // written one after another make one OpChain (no depth, however long);
  // anything else applied to LHS nests it one level deeper, which counts
  // towards the depth bound like a recursive call.
  Precedence Last = Precedence::Primary;
  bool LHSIsLink = false; ///< LHS is a chain prefix made by this loop.
  unsigned Nested = 0;
  auto Unnest = llvm::make_scope_exit([&] { Depth -= Nested; });
  for (;;) {
    Precedence Prec = Precedence::Lowest;
    bool NonAssoc = false;
    ExprPtr R = parseInfix(std::move(LHS), MinPrec, Prec, NonAssoc);
    if (!R)
      return nullptr;
    if (Prec == Precedence::Lowest)
      return R;
    // Two operators of one non-associative level without parentheses: the
    // grammar and the table may group them differently.
    if (NonAssoc && Prec == Last)
      return nullptr;
    bool IsLink = !NonAssoc && isChainPrefix(*R) && llvm::isa<BinaryOp>(*R);
    if (IsLink && LHSIsLink && Prec == Last) {
      R = extendChain(
          std::unique_ptr<BinaryOp>(llvm::cast<BinaryOp>(R.release())));
    } else {
      ++Depth;
      ++Nested;
      if (D.tooDeep())
        return nullptr;
    }
    LHS = std::move(R);
    LHSIsLink = IsLink;
    Last = Prec;
  }
}

ExprPtr FastQueryParser::parseInfix(ExprPtr LHS, Precedence MinPrec,
                                    Precedence &Prec, bool &NonAssoc) {
  const OperatorTable &Ops = Hooks.operators();
  auto Level = [&](llvm::StringRef Spelling) {
    return Ops.getBinaryPrecedence(Spelling);
  };
  auto Right = [&](std::pair<Precedence, Associativity> P) {
    return parseExpr(P.second == Associativity::Right ? P.first
                                                      : next(P.first));
  };
  unsigned OpTok = Pos;
  TokClass C = cls(Pos);
  Word W = word(Pos);

  // x::type
  if (C == TokClass::Typecast) {
    if (Precedence::TypeCast < MinPrec)
      return LHS;
    ++Pos;
    DataType T;
    if (!Hooks.typeName(Pos, T))
      return nullptr;
    Prec = Precedence::TypeCast;
    return std::make_unique<Cast>(loc(OpTok), std::move(LHS), std::move(T),
                                  Cast::Syntax::DoubleColon);
  }

  // Symbolic operators, and op ANY/SOME/ALL (...) of a comparison.
  if (C == TokClass::Operator || C == TokClass::Star) {
    llvm::StringRef Op = text(Pos);
    std::pair<Precedence, Associativity> P = Level(Op);
    if (P.first < MinPrec)
      return LHS;
    ++Pos;
    Word Q = word(Pos);
    if (Q == Word::Any || Q == Word::Some || Q == Word::All) {
      if (P.first != Precedence::Comparison ||
          cls(Pos + 1) != TokClass::LParen || cls(Pos + 2) == TokClass::LParen)
        return nullptr;
      Pos += 2;
      Prec = P.first;
      NonAssoc = P.second == Associativity::None;
      if (isQueryStart(Pos)) {
        RelPtr Query = parseQuery();
        if (!Query || !accept(TokClass::RParen))
          return nullptr;
        auto S = std::make_unique<SubqueryExpr>(
            loc(OpTok),
            Q == Word::All ? SubqueryExpr::SubKind::All
                           : SubqueryExpr::SubKind::Any,
            std::move(Query));
        S->LHS = std::move(LHS);
        S->Op = Op.str();
        return S;
      }
      ExprPtr RHS = parseExpr();
      if (!RHS || !accept(TokClass::RParen))
        return nullptr;
      Quantified::Quantifier K = Q == Word::All ? Quantified::Quantifier::All
                                 : Q == Word::Some
                                     ? Quantified::Quantifier::Some
                                     : Quantified::Quantifier::Any;
      return std::make_unique<Quantified>(loc(OpTok), std::move(LHS), Op.str(),
                                          K, std::move(RHS));
    }
    ExprPtr RHS = Right(P);
    if (!RHS)
      return nullptr;
    Prec = P.first;
    NonAssoc = P.second == Associativity::None;
    return std::make_unique<BinaryOp>(loc(OpTok), Op.str(), std::move(LHS),
                                      std::move(RHS));
  }

  if (C != TokClass::Keyword)
    return LHS;

  // AND, OR.
  if (W == Word::And || W == Word::Or) {
    const char *Op = W == Word::And ? "AND" : "OR";
    std::pair<Precedence, Associativity> P = Level(Op);
    if (P.first < MinPrec)
      return LHS;
    ++Pos;
    ExprPtr RHS = Right(P);
    if (!RHS)
      return nullptr;
    Prec = P.first;
    NonAssoc = P.second == Associativity::None;
    return std::make_unique<BinaryOp>(loc(OpTok), Op, std::move(LHS),
                                      std::move(RHS));
  }

  // x AT TIME ZONE y
  if (W == Word::At) {
    if (InBExpr)
      return nullptr;
    if (word(Pos + 1) != Word::Time || word(Pos + 2) != Word::Zone)
      return LHS;
    std::pair<Precedence, Associativity> P = Level("AT TIME ZONE");
    if (P.first < MinPrec)
      return LHS;
    Pos += 3;
    ExprPtr RHS = Right(P);
    if (!RHS)
      return nullptr;
    Prec = P.first;
    NonAssoc = P.second == Associativity::None;
    return std::make_unique<BinaryOp>(loc(OpTok), "AT TIME ZONE",
                                      std::move(LHS), std::move(RHS));
  }

  // x COLLATE name
  if (W == Word::Collate) {
    if (InBExpr)
      return nullptr;
    if (Precedence::Collate < MinPrec)
      return LHS;
    ++Pos;
    QualifiedName N;
    if (!qualifiedName(N))
      return nullptr;
    Prec = Precedence::Collate;
    return std::make_unique<CollateExpr>(loc(OpTok), std::move(LHS),
                                         std::move(N));
  }

  // IS [NOT] NULL/TRUE/FALSE/UNKNOWN, IS [NOT] DISTINCT FROM y, ISNULL,
  // NOTNULL.
  if (W == Word::Is || W == Word::IsNull || W == Word::NotNull) {
    std::pair<Precedence, Associativity> P = Level("IS DISTINCT FROM");
    if (P.first < MinPrec)
      return LHS;
    ++Pos;
    Prec = P.first;
    NonAssoc = P.second == Associativity::None;
    if (W != Word::Is)
      return std::make_unique<IsTest>(loc(OpTok), std::move(LHS),
                                      IsTest::Test::Null, W == Word::NotNull);
    bool Not = accept(Word::Not);
    Word K = word(Pos++);
    if (K == Word::Distinct) {
      if (!accept(Word::From))
        return nullptr;
      ExprPtr RHS = Right(P);
      if (!RHS)
        return nullptr;
      return std::make_unique<BinaryOp>(
          loc(OpTok), Not ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM",
          std::move(LHS), std::move(RHS));
    }
    IsTest::Test T;
    if (K == Word::Null)
      T = IsTest::Test::Null;
    else if (K == Word::True)
      T = IsTest::Test::True;
    else if (K == Word::False)
      T = IsTest::Test::False;
    else if (K == Word::Unknown)
      T = IsTest::Test::Unknown;
    else if (K == Word::Document)
      T = IsTest::Test::Document;
    else
      return nullptr;
    return std::make_unique<IsTest>(loc(OpTok), std::move(LHS), T, Not);
  }

  // [NOT] LIKE / ILIKE / SIMILAR TO / BETWEEN / IN.
  bool Not = W == Word::Not;
  Word K = Not ? word(Pos + 1) : W;
  if (K != Word::Like && K != Word::ILike && K != Word::Similar &&
      K != Word::Between && K != Word::In)
    return LHS;
  std::pair<Precedence, Associativity> P = Level("LIKE");
  if (P.first < MinPrec)
    return LHS;
  Pos += Not ? 2 : 1;
  unsigned KeyTok = Pos - 1;
  Prec = P.first;
  NonAssoc = P.second == Associativity::None;
  if (K == Word::In) {
    if (!accept(TokClass::LParen) || cls(Pos) == TokClass::LParen)
      return nullptr;
    if (isQueryStart(Pos)) {
      RelPtr Query = parseQuery();
      if (!Query || !accept(TokClass::RParen))
        return nullptr;
      auto S = std::make_unique<SubqueryExpr>(
          loc(KeyTok), SubqueryExpr::SubKind::In, std::move(Query));
      S->LHS = std::move(LHS);
      S->Op = "=";
      S->Negated = Not;
      return S;
    }
    auto I = std::make_unique<InList>(loc(KeyTok), std::move(LHS));
    if (!parseExprList(I->Items) || !accept(TokClass::RParen))
      return nullptr;
    I->Negated = Not;
    return I;
  }
  if (K == Word::Between) {
    bool Symmetric = accept(Word::Symmetric);
    if (!Symmetric)
      accept(Word::Asymmetric);
    // The lower bound is a b_expr: no AND, NOT, IS or LIKE-level operator
    // at its top level, and no COLLATE or AT TIME ZONE (anywhere in it, to
    // keep this simple).
    ExprPtr Low = parseBExpr();
    if (!Low || !accept(Word::And))
      return nullptr;
    ExprPtr High = parseExpr(next(P.first));
    if (!High)
      return nullptr;
    auto B = std::make_unique<Between>(loc(KeyTok), std::move(LHS),
                                       std::move(Low), std::move(High));
    B->Negated = Not;
    B->Symmetric = Symmetric;
    return B;
  }
  std::string Op = Not ? "NOT " : "";
  if (K == Word::Similar) {
    if (!accept(Word::To))
      return nullptr;
    Op += "SIMILAR TO";
  } else {
    Op += K == Word::Like ? "LIKE" : "ILIKE";
  }
  ExprPtr RHS = parseExpr(next(P.first));
  if (!RHS)
    return nullptr;
  return std::make_unique<BinaryOp>(loc(OpTok), Op, std::move(LHS),
                                    std::move(RHS));
}

ExprPtr FastQueryParser::parseBExpr() {
  bool SavedBExpr = InBExpr;
  InBExpr = true;
  ExprPtr E = parseExpr(next(Hooks.operators().findBinary("LIKE")->Prec));
  InBExpr = SavedBExpr;
  return E;
}

bool FastQueryParser::parseExprList(std::vector<ExprPtr> &Out) {
  do {
    ExprPtr E = parseExpr();
    if (!E)
      return false;
    Out.push_back(std::move(E));
  } while (accept(TokClass::Comma));
  return true;
}

ExprPtr FastQueryParser::parsePrimary() {
  unsigned Start = Pos;
  Location L = loc(Start);
  const TokInfo &I = info(Start);
  switch (I.Class) {
  case TokClass::Integer:
  case TokClass::Numeric:
    ++Pos;
    return std::make_unique<Literal>(L,
                                     I.Class == TokClass::Integer
                                         ? Literal::LitKind::Integer
                                         : Literal::LitKind::Numeric,
                                     text(Start).str());
  case TokClass::String: {
    std::string V;
    if (!Hooks.stringValue(tok(Pos++), V))
      return nullptr;
    return std::make_unique<Literal>(L, Literal::LitKind::String, std::move(V));
  }
  case TokClass::LParen: {
    ++Pos;
    if (isQueryStart(Pos)) {
      // (SELECT ...): a scalar subquery.
      RelPtr Query = parseQuery();
      if (!Query || !accept(TokClass::RParen))
        return nullptr;
      if (cls(Pos) == TokClass::Dot || cls(Pos) == TokClass::LBracket)
        return nullptr;
      return std::make_unique<SubqueryExpr>(L, SubqueryExpr::SubKind::Scalar,
                                            std::move(Query));
    }
    ExprPtr E = parseExpr();
    if (!E)
      return nullptr;
    if (accept(TokClass::Comma)) {
      // The implicit row (x, y, ...).
      auto R = std::make_unique<RowExpr>(L);
      R->Fields.push_back(std::move(E));
      if (!parseExprList(R->Fields) || !accept(TokClass::RParen))
        return nullptr;
      return R;
    }
    if (!accept(TokClass::RParen) || cls(Pos) == TokClass::Dot ||
        cls(Pos) == TokClass::LBracket)
      return nullptr;
    return E;
  }
  case TokClass::Ident:
  case TokClass::QuotedIdent:
    return parseColumnRefOrCall();
  case TokClass::Keyword:
    break;
  default:
    return nullptr;
  }
  if (I.Category == KeywordCategory::Unreserved) {
    // Unreserved key words are names here, except the grouping forms.
    if (I.W == Word::Cube || I.W == Word::Rollup)
      return nullptr;
    return parseColumnRefOrCall();
  }
  switch (I.W) {
  case Word::Null:
    ++Pos;
    return std::make_unique<Literal>(L, Literal::LitKind::Null, "");
  case Word::True:
  case Word::False:
    ++Pos;
    return std::make_unique<Literal>(L, Literal::LitKind::Boolean,
                                     I.W == Word::True ? "true" : "false");
  case Word::Case:
    return parseCase();
  case Word::Array:
    ++Pos;
    if (cls(Pos) != TokClass::LBracket)
      return nullptr;
    return parseArray(true);
  case Word::Exists: {
    ++Pos;
    if (!accept(TokClass::LParen) || !isQueryStart(Pos))
      return nullptr;
    RelPtr Query = parseQuery();
    if (!Query || !accept(TokClass::RParen))
      return nullptr;
    return std::make_unique<SubqueryExpr>(L, SubqueryExpr::SubKind::Exists,
                                          std::move(Query));
  }
  case Word::Row: {
    ++Pos;
    if (!accept(TokClass::LParen))
      return nullptr;
    auto R = std::make_unique<RowExpr>(L);
    R->Keyword = true;
    if (!accept(TokClass::RParen) &&
        (!parseExprList(R->Fields) || !accept(TokClass::RParen)))
      return nullptr;
    return R;
  }
  case Word::Cast: {
    ++Pos;
    if (!accept(TokClass::LParen))
      return nullptr;
    ExprPtr E = parseExpr();
    DataType T;
    if (!E || !accept(Word::As) || !Hooks.typeName(Pos, T) ||
        !accept(TokClass::RParen))
      return nullptr;
    return std::make_unique<Cast>(L, std::move(E), std::move(T),
                                  Cast::Syntax::CastFunction);
  }
  case Word::Coalesce:
  case Word::Greatest:
  case Word::Least:
  case Word::NullIf: {
    ++Pos;
    if (!accept(TokClass::LParen))
      return nullptr;
    auto F = std::make_unique<FuncCall>(
        L, std::vector<std::string>{text(Start).lower()});
    if (!accept(TokClass::RParen) &&
        (!parseExprList(F->Args) || !accept(TokClass::RParen)))
      return nullptr;
    return F;
  }
  case Word::CurrentDate:
  case Word::CurrentTime:
  case Word::CurrentTimestamp:
  case Word::LocalTime:
  case Word::LocalTimestamp:
  case Word::CurrentRole:
  case Word::CurrentUser:
  case Word::SessionUser:
  case Word::User:
  case Word::CurrentCatalog:
  case Word::CurrentSchema: {
    ++Pos;
    if (cls(Pos) == TokClass::LParen)
      return nullptr;
    auto F = std::make_unique<FuncCall>(
        L, std::vector<std::string>{text(Start).lower()});
    F->Form = FuncCall::Syntax::NoParens;
    return F;
  }
  case Word::Extract:
  case Word::Position:
  case Word::Overlay:
  case Word::Substring:
  case Word::Trim:
    return parseSpecialFunc();
  case Word::XmlConcat:
  case Word::XmlElement:
  case Word::XmlExists:
  case Word::XmlForest:
  case Word::XmlParse:
  case Word::XmlPi:
  case Word::XmlRoot:
  case Word::XmlSerialize:
    return parseXmlFunc();
  default:
    // Typed literals and the like: the dialect's.
    return Hooks.primary(Pos);
  }
}

ExprPtr FastQueryParser::parseColumnRefOrCall() {
  unsigned Start = Pos;
  std::vector<std::string> Path(1);
  if (!Hooks.name(tok(Pos++), Path[0]))
    return nullptr;
  bool Star = false;
  while (cls(Pos) == TokClass::Dot) {
    ++Pos;
    if (cls(Pos) == TokClass::Star) {
      ++Pos;
      Star = true;
      break;
    }
    Path.emplace_back();
    if (!colLabel(Path.back()))
      return nullptr;
  }
  TokClass Next = cls(Pos);
  if (Next == TokClass::LParen && !Star)
    return parseCall(loc(Start), std::move(Path));
  // Typed literals (name 'text') are the dialect's; subscripts and field
  // selections after a star are the grammar's.
  if (Next == TokClass::String && !Star) {
    Pos = Start;
    return Hooks.primary(Pos);
  }
  if (Next == TokClass::String || Next == TokClass::LBracket ||
      (Star && Next == TokClass::Dot) || Path.size() > 4)
    return nullptr;
  return std::make_unique<ColumnRef>(loc(Start), std::move(Path), Star);
}

ExprPtr FastQueryParser::parseCall(Location L, std::vector<std::string> Name) {
  ++Pos; // (
  auto Call = std::make_unique<FuncCall>(L, std::move(Name));
  if (cls(Pos) == TokClass::Star && cls(Pos + 1) == TokClass::RParen) {
    Pos += 2;
    Call->Star = true;
  } else if (!accept(TokClass::RParen)) {
    if (accept(Word::Distinct))
      Call->Distinct = true;
    else
      accept(Word::All);
    if (!parseExprList(Call->Args))
      return nullptr;
    if (isWord(Word::Order) && !parseSortClause(Call->OrderBy))
      return nullptr;
    if (!accept(TokClass::RParen))
      return nullptr;
  }
  // WITHIN GROUP is the grammar's.
  if (isWord(Word::Within))
    return nullptr;
  if (isWord(Word::Filter)) {
    ++Pos;
    if (!accept(TokClass::LParen) || !accept(Word::Where))
      return nullptr;
    Call->Filter = parseExpr();
    if (!Call->Filter || !accept(TokClass::RParen))
      return nullptr;
  }
  if (accept(Word::Over)) {
    if (isClass(TokClass::LParen)) {
      Call->Over = parseWindowSpec();
    } else {
      Call->Over = std::make_unique<WindowSpec>();
      if (!colId(Call->Over->RefName))
        return nullptr;
    }
    if (!Call->Over)
      return nullptr;
  }
  return Call;
}

std::unique_ptr<WindowSpec> FastQueryParser::parseWindowSpec() {
  ++Pos; // (
  auto W = std::make_unique<WindowSpec>();
  auto IsFrameMode = [&](Word X) {
    return X == Word::Range || X == Word::Rows || X == Word::Groups;
  };
  Word First = word(Pos);
  if (isColId(Pos) &&
      !(First == Word::Partition && word(Pos + 1) == Word::By) &&
      !IsFrameMode(First) && !colId(W->RefName))
    return nullptr;
  if (isWord(Word::Partition)) {
    Pos += 2;
    if (!parseExprList(W->PartitionBy))
      return nullptr;
  }
  if (isWord(Word::Order) && !parseSortClause(W->OrderBy))
    return nullptr;
  Word Mode = word(Pos);
  if (IsFrameMode(Mode)) {
    ++Pos;
    W->Mode = Mode == Word::Range  ? WindowSpec::FrameMode::Range
              : Mode == Word::Rows ? WindowSpec::FrameMode::Rows
                                   : WindowSpec::FrameMode::Groups;
    auto Bound = [&](WindowSpec::Bound &B) {
      if (accept(Word::Unbounded)) {
        if (accept(Word::Preceding))
          B.Kind = WindowSpec::BoundKind::UnboundedPreceding;
        else if (accept(Word::Following))
          B.Kind = WindowSpec::BoundKind::UnboundedFollowing;
        else
          return false;
        return true;
      }
      if (isWord(Word::Current) && word(Pos + 1) == Word::Row) {
        Pos += 2;
        B.Kind = WindowSpec::BoundKind::CurrentRow;
        return true;
      }
      B.Offset = parseExpr();
      if (!B.Offset)
        return false;
      if (accept(Word::Preceding))
        B.Kind = WindowSpec::BoundKind::Preceding;
      else if (accept(Word::Following))
        B.Kind = WindowSpec::BoundKind::Following;
      else
        return false;
      return true;
    };
    if (accept(Word::Between)) {
      W->End.emplace();
      if (!Bound(W->Start) || !accept(Word::And) || !Bound(*W->End))
        return nullptr;
    } else if (!Bound(W->Start)) {
      return nullptr;
    }
    if (accept(Word::Exclude)) {
      if (isWord(Word::Current) && word(Pos + 1) == Word::Row) {
        Pos += 2;
        W->Exclude = WindowSpec::Exclusion::CurrentRow;
      } else if (accept(Word::Group)) {
        W->Exclude = WindowSpec::Exclusion::Group;
      } else if (accept(Word::Ties)) {
        W->Exclude = WindowSpec::Exclusion::Ties;
      } else if (accept(Word::No) && accept(Word::Others)) {
        W->Exclude = WindowSpec::Exclusion::NoOthers;
      } else {
        return nullptr;
      }
    }
  }
  if (!accept(TokClass::RParen))
    return nullptr;
  return W;
}

ExprPtr FastQueryParser::parseSpecialFunc() {
  // The SQL-standard call forms with key words between the arguments.
  unsigned Start = Pos;
  Word W = word(Pos);
  if (cls(Pos + 1) != TokClass::LParen)
    return nullptr;
  Pos += 2;
  auto Call = [&](const char *Name, FuncCall::Syntax Form) {
    auto F =
        std::make_unique<FuncCall>(loc(Start), std::vector<std::string>{Name});
    F->Form = Form;
    return F;
  };
  auto Arg = [&](std::unique_ptr<FuncCall> &F) {
    ExprPtr E = parseExpr();
    if (!E)
      return false;
    F->Args.push_back(std::move(E));
    return true;
  };
  std::unique_ptr<FuncCall> F;
  if (W == Word::Extract) {
    // EXTRACT(field FROM x): the field is an identifier, a unit key word
    // or a string.
    F = Call("extract", FuncCall::Syntax::Extract);
    std::string Field;
    TokClass C = cls(Pos);
    if (C == TokClass::String) {
      if (!Hooks.stringValue(tok(Pos), Field))
        return nullptr;
    } else if (C == TokClass::Ident || Hooks.isExtractField(tok(Pos).Type)) {
      Field = text(Pos).lower();
    } else {
      return nullptr;
    }
    F->Args.push_back(
        std::make_unique<Literal>(loc(Pos++), Literal::LitKind::String, Field));
    if (!accept(Word::From) || !Arg(F))
      return nullptr;
  } else if (W == Word::Position) {
    // POSITION(b_expr IN b_expr)
    F = Call("position", FuncCall::Syntax::Position);
    ExprPtr A = parseBExpr();
    ExprPtr B;
    if (A && accept(Word::In))
      B = parseBExpr();
    if (!B)
      return nullptr;
    F->Args.push_back(std::move(A));
    F->Args.push_back(std::move(B));
  } else if (W == Word::Overlay) {
    F = Call("overlay", FuncCall::Syntax::Normal);
    if (!Arg(F))
      return nullptr;
    if (accept(Word::Placing)) {
      F->Form = FuncCall::Syntax::Overlay;
      if (!Arg(F) || !accept(Word::From) || !Arg(F))
        return nullptr;
      if (accept(Word::For) && !Arg(F))
        return nullptr;
    } else {
      while (accept(TokClass::Comma))
        if (!Arg(F))
          return nullptr;
    }
  } else if (W == Word::Substring) {
    F = Call("substring", FuncCall::Syntax::Normal);
    if (!Arg(F))
      return nullptr;
    if (isWord(Word::From) || isWord(Word::For)) {
      F->Form = FuncCall::Syntax::Substring;
      F->ArgNames.push_back("");
      Word Firstw = word(Pos);
      for (Word K : {Firstw, Firstw == Word::From ? Word::For : Word::From}) {
        if (!accept(K))
          continue;
        if (!Arg(F))
          return nullptr;
        F->ArgNames.push_back(K == Word::From ? "from" : "for");
      }
    } else {
      while (accept(TokClass::Comma))
        if (!Arg(F))
          return nullptr;
    }
  } else if (W == Word::Trim) {
    // TRIM([BOTH|LEADING|TRAILING] [chars FROM] list): Args are the list,
    // then the characters if given.
    F = Call("trim", FuncCall::Syntax::Trim);
    Word Spec = word(Pos);
    if (Spec == Word::Both || Spec == Word::Leading || Spec == Word::Trailing)
      F->TrimSpec = text(Pos++).upper();
    ExprPtr Chars;
    if (!accept(Word::From)) {
      Chars = parseExpr();
      if (!Chars)
        return nullptr;
      if (accept(Word::From)) {
        // Chars is the characters.
      } else {
        // No FROM: Chars begins the list.
        F->Args.push_back(std::move(Chars));
        if (accept(TokClass::Comma) && !parseExprList(F->Args))
          return nullptr;
        if (!accept(TokClass::RParen))
          return nullptr;
        return F;
      }
    }
    if (!parseExprList(F->Args))
      return nullptr;
    if (Chars)
      F->Args.push_back(std::move(Chars));
  } else {
    return nullptr;
  }
  if (!accept(TokClass::RParen))
    return nullptr;
  return F;
}

ExprPtr FastQueryParser::parseXmlFunc() {
  // The SQL/XML forms, built as the grammar's lowering builds them (Expr.h):
  // key words between the arguments become upper-case string literals.
  unsigned Start = Pos;
  Word W = word(Pos);
  if (cls(Pos + 1) != TokClass::LParen)
    return nullptr;
  Pos += 2;
  auto F = std::make_unique<FuncCall>(
      loc(Start), std::vector<std::string>{text(Start).lower()});
  auto Keyword = [&](unsigned I, std::string V) -> ExprPtr {
    return std::make_unique<Literal>(loc(I), Literal::LitKind::String,
                                     std::move(V));
  };
  auto Label = [&]() {
    unsigned I = Pos;
    std::string N;
    if (!colLabel(N))
      return false;
    F->Args.push_back(std::make_unique<Literal>(
        loc(I), Literal::LitKind::String, std::move(N)));
    return true;
  };
  auto Arg = [&]() {
    ExprPtr E = parseExpr();
    if (!E)
      return false;
    F->Args.push_back(std::move(E));
    return true;
  };
  auto DocumentOrContent = [&]() {
    if (!isWord(Word::Document) && !isWord(Word::Content))
      return false;
    F->Args.push_back(Keyword(Pos, text(Pos).upper()));
    ++Pos;
    return true;
  };
  switch (W) {
  case Word::XmlConcat:
    if (!parseExprList(F->Args))
      return nullptr;
    break;
  case Word::XmlElement:
    F->Form = FuncCall::Syntax::XmlElement;
    if (!accept(Word::Name) || !Label())
      return nullptr;
    if (!accept(TokClass::Comma))
      break;
    if (isWord(Word::XmlAttributes)) {
      // A column named xmlattributes is the grammar's.
      unsigned AttrStart = Pos;
      if (cls(Pos + 1) != TokClass::LParen)
        return nullptr;
      Pos += 2;
      auto Attrs = std::make_unique<FuncCall>(
          loc(AttrStart), std::vector<std::string>{"xmlattributes"});
      Attrs->Form = FuncCall::Syntax::XmlAttributes;
      if (!parseXmlLabelled(*Attrs) || !accept(TokClass::RParen))
        return nullptr;
      F->Args.push_back(std::move(Attrs));
      if (!accept(TokClass::Comma))
        break;
    }
    if (!parseExprList(F->Args))
      return nullptr;
    break;
  case Word::XmlForest:
    F->Form = FuncCall::Syntax::XmlForest;
    if (!parseXmlLabelled(*F))
      return nullptr;
    break;
  case Word::XmlExists: {
    // XMLEXISTS(c_expr PASSING [BY REF|VALUE] c_expr [BY REF|VALUE])
    F->Form = FuncCall::Syntax::XmlExists;
    ExprPtr Path = parsePrimary();
    ExprPtr Doc;
    if (!Path || !parseXmlPassing(Doc))
      return nullptr;
    F->Args.push_back(std::move(Path));
    F->Args.push_back(std::move(Doc));
    break;
  }
  case Word::XmlParse:
    F->Form = FuncCall::Syntax::XmlParse;
    if (!DocumentOrContent() || !Arg())
      return nullptr;
    if (isWord(Word::Preserve) || isWord(Word::Strip)) {
      F->Args.push_back(Keyword(Pos, text(Pos).upper()));
      ++Pos;
      if (!accept(Word::Whitespace))
        return nullptr;
    }
    break;
  case Word::XmlPi:
    F->Form = FuncCall::Syntax::XmlPi;
    if (!accept(Word::Name) || !Label())
      return nullptr;
    if (accept(TokClass::Comma) && !Arg())
      return nullptr;
    break;
  case Word::XmlRoot:
    F->Form = FuncCall::Syntax::XmlRoot;
    if (!Arg() || !accept(TokClass::Comma) || !accept(Word::Version))
      return nullptr;
    if (isWord(Word::No) && word(Pos + 1) == Word::Value) {
      // VERSION NO VALUE: a null version.
      F->Args.push_back(
          std::make_unique<Literal>(loc(Pos + 1), Literal::LitKind::Null, ""));
      Pos += 2;
    } else if (!Arg()) {
      return nullptr;
    }
    if (accept(TokClass::Comma)) {
      unsigned S = Pos;
      if (!accept(Word::Standalone))
        return nullptr;
      std::string V;
      if (accept(Word::Yes))
        V = "YES";
      else if (accept(Word::No))
        V = accept(Word::Value) ? "NO VALUE" : "NO";
      else
        return nullptr;
      F->Args.push_back(Keyword(S, V));
    }
    break;
  case Word::XmlSerialize: {
    F->Form = FuncCall::Syntax::XmlSerialize;
    if (!DocumentOrContent())
      return nullptr;
    ExprPtr E = parseExpr();
    unsigned As = Pos;
    DataType T;
    // The target is a SimpleTypename: no array bounds.
    if (!E || !accept(Word::As) || !Hooks.typeName(Pos, T) || T.isArray())
      return nullptr;
    F->Args.push_back(std::make_unique<Cast>(
        loc(As), std::move(E), std::move(T), Cast::Syntax::CastFunction));
    break;
  }
  default:
    return nullptr;
  }
  if (!accept(TokClass::RParen))
    return nullptr;
  return F;
}

bool FastQueryParser::parseXmlLabelled(FuncCall &F) {
  // `value [AS label], ...`; an unlabelled value must be a column (the
  // lowering says so), and XMLATTRIBUTES' names must differ: else decline.
  bool Named = false;
  llvm::StringSet<> Seen;
  do {
    ExprPtr E = parseExpr();
    if (!E)
      return false;
    std::string Label;
    if (accept(Word::As)) {
      if (!colLabel(Label))
        return false;
      Named = true;
    }
    std::string Key = Label;
    if (Label.empty()) {
      auto *R = llvm::dyn_cast<ColumnRef>(E.get());
      if (!R || R->Star)
        return false;
      Key = R->getColumnName().str();
    }
    if (F.Form == FuncCall::Syntax::XmlAttributes && !Seen.insert(Key).second)
      return false;
    F.ArgNames.push_back(std::move(Label));
    F.Args.push_back(std::move(E));
  } while (accept(TokClass::Comma));
  if (!Named)
    F.ArgNames.clear();
  return true;
}

bool FastQueryParser::parseXmlPassing(ExprPtr &Out) {
  // PASSING [BY REF|VALUE] c_expr [BY REF|VALUE]: the mechanism is noise.
  auto Mechanism = [&]() {
    if (!isWord(Word::By))
      return true;
    Word M = word(Pos + 1);
    if (M != Word::Ref && M != Word::Value)
      return false;
    Pos += 2;
    return true;
  };
  if (!accept(Word::Passing) || !Mechanism())
    return false;
  Out = parsePrimary();
  return Out && Mechanism();
}

ExprPtr FastQueryParser::parseCase() {
  auto K = std::make_unique<Case>(loc(Pos++));
  if (!isWord(Word::When)) {
    K->Operand = parseExpr();
    if (!K->Operand)
      return nullptr;
  }
  if (!isWord(Word::When))
    return nullptr;
  while (accept(Word::When)) {
    ExprPtr Cond = parseExpr();
    if (!Cond || !accept(Word::Then))
      return nullptr;
    ExprPtr Result = parseExpr();
    if (!Result)
      return nullptr;
    K->Whens.emplace_back(std::move(Cond), std::move(Result));
  }
  if (accept(Word::Else)) {
    K->Else = parseExpr();
    if (!K->Else)
      return nullptr;
  }
  if (!accept(Word::End))
    return nullptr;
  return K;
}

ExprPtr FastQueryParser::parseArray(bool Keyword) {
  // At '['; ARRAY[...] takes the location of ARRAY.
  DepthScope D(*this);
  if (D.tooDeep())
    return nullptr;
  auto A = std::make_unique<ArrayExpr>(loc(Keyword ? Pos - 1 : Pos));
  A->Keyword = Keyword;
  ++Pos;
  if (accept(TokClass::RBracket))
    return A;
  if (cls(Pos) == TokClass::LBracket) {
    do {
      if (cls(Pos) != TokClass::LBracket)
        return nullptr;
      ExprPtr Sub = parseArray(false);
      if (!Sub)
        return nullptr;
      A->Elements.push_back(std::move(Sub));
    } while (accept(TokClass::Comma));
  } else if (!parseExprList(A->Elements)) {
    return nullptr;
  }
  if (!accept(TokClass::RBracket))
    return nullptr;
  return A;
}

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

RelPtr FastQueryParser::parseQuery() {
  DepthScope D(*this);
  if (D.tooDeep())
    return nullptr;
  unsigned WithTok = Pos;
  bool HasWith = accept(Word::With);
  bool Recursive = false;
  std::vector<CommonTableExpr> Ctes;
  if (HasWith) {
    Recursive = accept(Word::Recursive);
    CteScopes.emplace_back();
    if (Recursive) {
      // Every name is visible in every CTE: collect them first.
      unsigned Save = Pos;
      do {
        std::string Name;
        if (!colId(Name))
          return nullptr;
        CteScopes.back().push_back(Name);
        if (cls(Pos) == TokClass::LParen && !skipParens())
          return nullptr;
        if (!accept(Word::As))
          return nullptr;
        accept(Word::Not);
        accept(Word::Materialized);
        if (!skipParens())
          return nullptr;
      } while (accept(TokClass::Comma));
      Pos = Save;
    }
    do {
      CommonTableExpr E;
      E.Loc = loc(Pos);
      if (!colId(E.Name))
        return nullptr;
      if (cls(Pos) == TokClass::LParen && !nameList(E.ColumnNames))
        return nullptr;
      if (!accept(Word::As))
        return nullptr;
      bool Not = accept(Word::Not);
      if (accept(Word::Materialized))
        E.Materialize = Not ? CommonTableExpr::Materialization::NotMaterialized
                            : CommonTableExpr::Materialization::Materialized;
      else if (Not)
        return nullptr;
      for (const CommonTableExpr &Prev : Ctes)
        if (Prev.Name == E.Name)
          return nullptr; // the grammar's lowering reports it
      if (!accept(TokClass::LParen))
        return nullptr;
      E.Query = parseQuery();
      if (!E.Query || !accept(TokClass::RParen))
        return nullptr;
      if (!Recursive)
        CteScopes.back().push_back(E.Name);
      Ctes.push_back(std::move(E));
    } while (accept(TokClass::Comma));
  }
  RelPtr Body = parseSetOps(0);
  if (!Body)
    return nullptr;
  if (isWord(Word::Order)) {
    auto Srt = std::make_unique<Sort>(loc(Pos), std::move(Body));
    if (!parseSortClause(Srt->Keys))
      return nullptr;
    Body = std::move(Srt);
  }
  if (isWord(Word::Limit) || isWord(Word::Offset)) {
    auto Lim = std::make_unique<Limit>(loc(Pos), std::move(Body));
    bool SeenLimit = false, SeenOffset = false;
    while (isWord(Word::Limit) || isWord(Word::Offset)) {
      if (accept(Word::Limit)) {
        if (SeenLimit)
          return nullptr;
        SeenLimit = true;
        if (accept(Word::All)) {
          Lim->LimitAll = true;
        } else if (!(Lim->Count = parseExpr())) {
          return nullptr;
        }
      } else {
        ++Pos;
        if (SeenOffset)
          return nullptr;
        SeenOffset = true;
        if (!(Lim->Offset = parseExpr()))
          return nullptr;
        if (!accept(Word::Row))
          accept(Word::Rows);
      }
    }
    Body = std::move(Lim);
  }
  if (HasWith) {
    CteScopes.pop_back();
    auto WithNode = std::make_unique<With>(loc(WithTok), std::move(Body));
    WithNode->Recursive = Recursive;
    WithNode->Ctes = std::move(Ctes);
    Body = std::move(WithNode);
  }
  return Body;
}

bool FastQueryParser::parseSortClause(std::vector<SortKey> &Keys) {
  ++Pos; // ORDER
  if (!accept(Word::By))
    return false;
  do {
    SortKey K;
    K.Value = parseExpr();
    if (!K.Value)
      return false;
    if (accept(Word::Asc))
      K.Direction = SortDirection::Asc;
    else if (accept(Word::Desc))
      K.Direction = SortDirection::Desc;
    if (accept(Word::Nulls)) {
      if (accept(Word::First))
        K.Nulls = NullsOrder::First;
      else if (accept(Word::Last))
        K.Nulls = NullsOrder::Last;
      else
        return false;
    }
    Keys.push_back(std::move(K));
  } while (accept(TokClass::Comma));
  return true;
}

RelPtr FastQueryParser::parseSetOps(unsigned MinLevel) {
  // INTERSECT (level 2) binds tighter than UNION and EXCEPT (level 1).
  // Each set operation nests Left one level deeper in the IR (SetOp is
  // binary), which counts towards the depth bound.
  unsigned Nested = 0;
  auto Unnest = llvm::make_scope_exit([&] { Depth -= Nested; });
  RelPtr Left = parseSelectPrimary();
  while (Left) {
    Word W = word(Pos);
    unsigned Level = W == Word::Intersect                    ? 2
                     : W == Word::Union || W == Word::Except ? 1
                                                             : 0;
    if (!Level || Level < MinLevel)
      return Left;
    Location L = loc(Pos++);
    bool All = accept(Word::All);
    bool Distinct = !All && accept(Word::Distinct);
    RelPtr Right = parseSetOps(Level + 1);
    if (!Right)
      return nullptr;
    auto S =
        std::make_unique<SetOp>(L,
                                W == Word::Intersect ? SetOp::OpKind::Intersect
                                : W == Word::Union   ? SetOp::OpKind::Union
                                                     : SetOp::OpKind::Except,
                                std::move(Left), std::move(Right));
    S->All = All;
    S->ExplicitDistinct = Distinct;
    Left = std::move(S);
    ++Depth;
    ++Nested;
    if (Depth > MaxDepth)
      return nullptr;
  }
  return nullptr;
}

RelPtr FastQueryParser::parseSelectPrimary() {
  if (accept(TokClass::LParen)) {
    RelPtr Inner = parseQuery();
    if (!Inner || !accept(TokClass::RParen))
      return nullptr;
    return Inner;
  }
  if (!isWord(Word::Select))
    return nullptr;
  return parseSimpleSelect();
}

RelPtr FastQueryParser::parseSimpleSelect() {
  Location SelectLoc = loc(Pos++);
  Project::DistinctKind Distinct = Project::DistinctKind::None;
  std::vector<ExprPtr> DistinctOn;
  if (accept(Word::All)) {
    Distinct = Project::DistinctKind::All;
  } else if (accept(Word::Distinct)) {
    Distinct = Project::DistinctKind::Distinct;
    if (accept(Word::On)) {
      Distinct = Project::DistinctKind::On;
      if (!accept(TokClass::LParen) || !parseExprList(DistinctOn) ||
          !accept(TokClass::RParen))
        return nullptr;
    }
  }
  // The target list (optional: SELECT FROM t).
  std::vector<SelectItem> Items;
  auto EndsTargets = [&] {
    Word W = word(Pos);
    TokClass C = cls(Pos);
    return W == Word::From || W == Word::Where || W == Word::Group ||
           W == Word::Having || W == Word::Window || W == Word::Order ||
           W == Word::Limit || W == Word::Offset || W == Word::Union ||
           W == Word::Intersect || W == Word::Except || C == TokClass::RParen ||
           C == TokClass::Semi || C == TokClass::Eof;
  };
  if (!EndsTargets()) {
    do {
      SelectItem Item;
      if (cls(Pos) == TokClass::Star) {
        Item.Value = std::make_unique<ColumnRef>(
            loc(Pos++), std::vector<std::string>{}, /*Star=*/true);
        Items.push_back(std::move(Item));
        continue;
      }
      Item.Value = parseExpr();
      if (!Item.Value)
        return nullptr;
      if (accept(Word::As)) {
        if (!colLabel(Item.Alias))
          return nullptr;
      } else if (isClass(TokClass::Ident) || isClass(TokClass::QuotedIdent)) {
        if (!Hooks.name(tok(Pos++), Item.Alias))
          return nullptr;
        Item.ExplicitAs = false;
      } else if (isClass(TokClass::Keyword) &&
                 info(Pos).Category != KeywordCategory::Reserved) {
        return nullptr; // a bare label the grammar may take
      }
      Items.push_back(std::move(Item));
    } while (accept(TokClass::Comma));
  }
  RelPtr Input;
  if (accept(Word::From)) {
    do {
      unsigned RefTok = Pos;
      RelPtr R = parseTableRef(0);
      if (!R)
        return nullptr;
      if (!Input) {
        Input = std::move(R);
        continue;
      }
      auto J = std::make_unique<Join>(loc(RefTok), Join::JoinKind::Cross,
                                      std::move(Input), std::move(R));
      J->Comma = true;
      Input = std::move(J);
    } while (accept(TokClass::Comma));
  }
  if (isWord(Word::Where)) {
    Location L = loc(Pos++);
    ExprPtr Cond = parseExpr();
    if (!Cond)
      return nullptr;
    Input = std::make_unique<Filter>(L, std::move(Input), std::move(Cond));
  }
  bool HasGroup = isWord(Word::Group);
  if (HasGroup || isWord(Word::Having)) {
    auto Agg = std::make_unique<Aggregate>(loc(Pos), std::move(Input));
    if (HasGroup) {
      ++Pos;
      if (!accept(Word::By))
        return nullptr;
      if (accept(Word::Distinct))
        Agg->GroupByDistinct = true;
      else
        accept(Word::All);
      do {
        Word W = word(Pos);
        if (W == Word::Rollup || W == Word::Cube || W == Word::Grouping ||
            (cls(Pos) == TokClass::LParen && cls(Pos + 1) == TokClass::RParen))
          return nullptr;
        ExprPtr E = parseExpr();
        if (!E)
          return nullptr;
        Agg->GroupBy.push_back(std::move(E));
      } while (accept(TokClass::Comma));
    }
    Input = std::move(Agg);
  }
  if (isWord(Word::Having)) {
    Location L = loc(Pos++);
    ExprPtr Cond = parseExpr();
    if (!Cond)
      return nullptr;
    Input = std::make_unique<Filter>(L, std::move(Input), std::move(Cond));
  }
  auto Proj = std::make_unique<Project>(SelectLoc, std::move(Input));
  Proj->Distinct = Distinct;
  Proj->DistinctOn = std::move(DistinctOn);
  Proj->Items = std::move(Items);
  if (accept(Word::Window)) {
    do {
      std::string Name;
      if (!colId(Name) || !accept(Word::As) || !isClass(TokClass::LParen))
        return nullptr;
      std::unique_ptr<WindowSpec> W = parseWindowSpec();
      if (!W)
        return nullptr;
      Proj->Windows.emplace_back(std::move(Name), std::move(W));
    } while (accept(TokClass::Comma));
  }
  return Proj;
}

//===----------------------------------------------------------------------===//
// FROM
//===----------------------------------------------------------------------===//

bool FastQueryParser::parseAlias(std::string &Alias,
                                 std::vector<std::string> &Columns) {
  if (accept(Word::As)) {
    if (!colId(Alias))
      return false;
  } else if (isClass(TokClass::Ident) || isClass(TokClass::QuotedIdent)) {
    if (!Hooks.name(tok(Pos++), Alias))
      return false;
  } else {
    // An unreserved or column-name key word would be an alias to the
    // grammar.
    const TokInfo &I = info(Pos);
    return !(I.Class == TokClass::Keyword &&
             (I.Category == KeywordCategory::Unreserved ||
              I.Category == KeywordCategory::ColName));
  }
  if (cls(Pos) == TokClass::LParen && !nameList(Columns))
    return false;
  return true;
}

RelPtr FastQueryParser::parseTablePrimary() {
  unsigned Start = Pos;
  if (accept(TokClass::LParen)) {
    if (isQueryStart(Pos)) {
      RelPtr Query = parseQuery();
      if (!Query || !accept(TokClass::RParen))
        return nullptr;
      auto S = std::make_unique<SubqueryScan>(loc(Start), std::move(Query));
      if (!parseAlias(S->Alias, S->ColumnAliases))
        return nullptr;
      return S;
    }
    if (cls(Pos) == TokClass::LParen) {
      // ((a JOIN b) JOIN c) is a joined table; ((SELECT ...) ...) may be a
      // query or a join of one, which the grammar decides.
      unsigned I = Pos;
      while (cls(I) == TokClass::LParen)
        ++I;
      if (isQueryStart(I))
        return nullptr;
    }
    RelPtr Inner = parseTableRef(0);
    if (!Inner || !accept(TokClass::RParen))
      return nullptr;
    std::string Alias;
    std::vector<std::string> Columns;
    if (!parseAlias(Alias, Columns))
      return nullptr;
    if (Alias.empty())
      return Inner;
    // (a JOIN b) AS x: a derived table with all columns (as the grammar's
    // lowering has it).
    auto Proj = std::make_unique<Project>(loc(Start), std::move(Inner));
    SelectItem Item;
    Item.Value = std::make_unique<ColumnRef>(
        loc(Start), std::vector<std::string>{}, /*Star=*/true);
    Proj->Items.push_back(std::move(Item));
    auto S = std::make_unique<SubqueryScan>(loc(Start), std::move(Proj));
    S->Alias = std::move(Alias);
    S->ColumnAliases = std::move(Columns);
    return S;
  }
  bool Only = accept(Word::Only);
  unsigned NameTok = Pos;
  QualifiedName N;
  if (!qualifiedName(N))
    return nullptr;
  if (cls(Pos) == TokClass::LParen && !Only) {
    // A function table: name(args) [alias [(columns)]], named by
    // identifiers (key words as function names, WITH ORDINALITY and column
    // definitions are the grammar's).
    TokClass First = cls(NameTok);
    if (First != TokClass::Ident && First != TokClass::QuotedIdent)
      return nullptr;
    Pos = NameTok;
    ExprPtr Call = parseColumnRefOrCall();
    auto *F = llvm::dyn_cast_or_null<FuncCall>(Call.get());
    if (!F || F->Filter || F->Over || isWord(Word::With))
      return nullptr;
    auto FS = std::make_unique<FunctionScan>(loc(NameTok), std::move(Call));
    if (!parseAlias(FS->Alias, FS->ColumnAliases))
      return nullptr;
    return FS;
  }
  // `t *` and ONLY t(...) are the grammar's.
  if (cls(Pos) == TokClass::LParen || cls(Pos) == TokClass::Star)
    return nullptr;
  auto S = std::make_unique<Scan>(loc(NameTok), N);
  S->Only = Only;
  if (!N.isQualified() && !Only)
    for (const std::vector<std::string> &Scope : CteScopes)
      for (const std::string &Cte : Scope)
        if (Cte == N.Name)
          S->IsCte = true;
  if (!parseAlias(S->Alias, S->ColumnAliases))
    return nullptr;
  return S;
}

RelPtr FastQueryParser::parseTableRef(unsigned MinLevel) {
  DepthScope D(*this);
  if (D.tooDeep())
    return nullptr;
  RelPtr Left = parseTablePrimary();
  while (Left) {
    unsigned OpTok = Pos;
    Word W = word(Pos);
    if (W == Word::Cross) {
      if (CrossLevel < MinLevel)
        return Left;
      ++Pos;
      if (!accept(Word::Join))
        return nullptr;
      RelPtr Right = parseTableRef(CrossLevel + 1);
      if (!Right)
        return nullptr;
      Left = std::make_unique<Join>(loc(OpTok), Join::JoinKind::Cross,
                                    std::move(Left), std::move(Right));
      continue;
    }
    bool Natural = W == Word::Natural;
    unsigned Level = Natural ? NaturalLevel : QualifiedLevel;
    if (Natural)
      W = word(Pos + 1);
    Join::JoinKind K = Join::JoinKind::Inner;
    unsigned Words = Natural ? 1 : 0;
    if (W == Word::Inner) {
      ++Words;
    } else if (W == Word::Left || W == Word::Right || W == Word::Full) {
      K = W == Word::Left    ? Join::JoinKind::Left
          : W == Word::Right ? Join::JoinKind::Right
                             : Join::JoinKind::Full;
      ++Words;
      if (word(Pos + Words) == Word::Outer)
        ++Words;
    } else if (W != Word::Join) {
      return Natural ? nullptr : std::move(Left);
    }
    if (word(Pos + Words) != Word::Join)
      return nullptr;
    if (Level < MinLevel)
      return Left;
    Pos += Words + 1;
    RelPtr Right = parseTableRef(Level + 1);
    if (!Right)
      return nullptr;
    auto J = std::make_unique<Join>(loc(OpTok), K, std::move(Left),
                                    std::move(Right));
    if (Natural) {
      J->Natural = true;
    } else if (accept(Word::On)) {
      J->Condition = parseExpr();
      if (!J->Condition)
        return nullptr;
    } else if (accept(Word::Using)) {
      if (!nameList(J->Using))
        return nullptr;
    } else {
      return nullptr;
    }
    Left = std::move(J);
  }
  return nullptr;
}
