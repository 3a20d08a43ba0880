//===- SQLBuilder.cpp - SQL text from IR expressions and queries ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/sql/SQLBuilder.h"
#include "schemac/ir/Visitor.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

// GCC 12 warns about `"literal" + std::string&&` inside libstdc++ (GCC bug
// 105329, a false -Wrestrict positive); this file builds strings that way.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

/// An expression's text and how tightly it binds.
struct Printed {
  std::string Text;
  Precedence Prec = Precedence::Primary;
};

bool isOperatorChar(char C) {
  return C && llvm::StringRef("+-*/<>=~!@#%^&|`?").contains(C);
}

bool isWord(llvm::StringRef S) {
  return !S.empty() && llvm::all_of(S, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == ' ';
  });
}

llvm::StringRef sortDirection(SortDirection D) {
  switch (D) {
  case SortDirection::Asc:
    return " ASC";
  case SortDirection::Desc:
    return " DESC";
  case SortDirection::Default:
  case SortDirection::Using:
    return "";
  }
  return "";
}

llvm::StringRef nullsOrder(NullsOrder N) {
  switch (N) {
  case NullsOrder::First:
    return " NULLS FIRST";
  case NullsOrder::Last:
    return " NULLS LAST";
  case NullsOrder::Default:
    return "";
  }
  return "";
}

/// Prints expressions and queries. One Printer per top-level call: it
/// tracks the indentation of the clause being printed and numbers the
/// aliases of derived tables it has to invent.
class Printer : public ExprVisitor<Printer, Printed> {
public:
  Printer(const SQLBuilder &B, unsigned Indent, bool Pretty)
      : B(B), D(B.getDialect()), Pretty(Pretty), Indent(Indent) {}

  //===--- Expressions -----------------------------------------------------===//

  std::string expr(const Expr &E) { return visit(E).Text; }

  /// \p E as an operand of an operator of precedence \p Parent; \p Strict
  /// also parenthesizes operands of equal precedence (the side an operator
  /// does not associate to, or non-associative operators).
  std::string operand(const Expr &E, Precedence Parent, bool Strict) {
    Printed P = visit(E);
    if (P.Prec < Parent || (Strict && P.Prec == Parent))
      return "(" + P.Text + ")";
    return std::move(P.Text);
  }

  std::string exprList(const std::vector<ExprPtr> &L) {
    std::string R;
    for (const ExprPtr &E : L) {
      if (!R.empty())
        R += ", ";
      R += E ? expr(*E) : "NULL";
    }
    return R;
  }

  std::string opName(llvm::StringRef Op, llvm::StringRef Schema) {
    if (Schema.empty())
      return Op.str();
    return "OPERATOR(" + B.identifier(Schema) + "." + Op.str() + ")";
  }

  Printed visitColumnRef(const ColumnRef &C) {
    std::string R;
    for (const std::string &P : C.Path) {
      if (!R.empty())
        R += '.';
      R += B.identifier(P);
    }
    if (C.Star)
      R += R.empty() ? "*" : ".*";
    return {R};
  }

  Printed visitLiteral(const Literal &L) {
    switch (L.LK) {
    case Literal::LitKind::Null:
      return {"NULL"};
    case Literal::LitKind::Boolean:
      return {L.Value == "true" ? "true" : "false"};
    case Literal::LitKind::Integer:
    case Literal::LitKind::Numeric:
      if (llvm::StringRef(L.Value).startswith("-"))
        return {L.Value, Precedence::Unary};
      return {L.Value};
    case Literal::LitKind::String:
      return {D.quoteString(L.Value)};
    case Literal::LitKind::BitString: {
      llvm::StringRef V = L.Value;
      char Prefix = V.empty() ? 'B' : llvm::toUpper(V.front());
      if (Prefix != 'B' && Prefix != 'X')
        return {"B'" + V.str() + "'"};
      return {std::string(1, Prefix) + "'" + V.drop_front().str() + "'"};
    }
    }
    return {L.Value};
  }

  Printed visitParam(const Param &P) {
    if (P.Number)
      return {"$" + std::to_string(P.Number)};
    return {":" + P.Name};
  }

  Printed visitUnaryOp(const UnaryOp &U) {
    llvm::StringRef Op = U.Op;
    if (Op.equals_insensitive("NOT")) {
      Printed X = visit(*U.Operand);
      if (X.Prec != Precedence::Primary)
        X.Text = "(" + X.Text + ")";
      return {"NOT " + X.Text, Precedence::Not};
    }
    bool Sign = (Op == "-" || Op == "+") && U.OpSchema.empty();
    Precedence P = Sign ? Precedence::Unary : Precedence::OtherOp;
    std::string X = operand(*U.Operand, Precedence::Unary, false);
    // "- -1" must not become the comment "--1"; "@ -1" not the operator "@-".
    if (!X.empty() && isOperatorChar(X.front()))
      X = "(" + X + ")";
    std::string Name = opName(Op, U.OpSchema);
    if (!U.OpSchema.empty() || isAlnumOp(Op))
      Name += ' ';
    return {Name + X, P};
  }

  static bool isAlnumOp(llvm::StringRef Op) {
    return !Op.empty() && llvm::isAlpha(Op.front());
  }

  Printed visitBinaryOp(const BinaryOp &Bin) {
    auto [P, A] = Bin.OpSchema.empty()
                      ? D.getBinaryOperator(Bin.Op)
                      : std::make_pair(Precedence::OtherOp, Associativity::Left);
    std::string R = operand(*Bin.LHS, P, A != Associativity::Left);
    R += ' ';
    R += opName(Bin.Op, Bin.OpSchema);
    R += ' ';
    R += operand(*Bin.RHS, P, A != Associativity::Right);
    if (Bin.Escape)
      R += " ESCAPE " + operand(*Bin.Escape, P, true);
    return {R, P};
  }

  std::string functionName(const std::vector<std::string> &Name) {
    if (Name.size() == 1) {
      // COALESCE, GREATEST, NULLIF, ... are key words that only work bare;
      // left(), right() and friends are key words that may name functions.
      KeywordCategory K = D.getKeywordCategory(Name[0]);
      if (K == KeywordCategory::ColName &&
          llvm::StringRef(Name[0]).lower() == Name[0])
        return llvm::StringRef(Name[0]).upper();
      if (K == KeywordCategory::TypeFuncName &&
          llvm::StringRef(Name[0]).lower() == Name[0])
        return Name[0];
    }
    std::string R;
    for (const std::string &P : Name) {
      if (!R.empty())
        R += '.';
      R += B.identifier(P);
    }
    return R;
  }

  std::string argName(const FuncCall &C, size_t I) {
    if (I < C.ArgNames.size())
      return llvm::StringRef(C.ArgNames[I]).upper();
    return "";
  }

  std::string specialCall(const FuncCall &C) {
    std::string Name = llvm::StringRef(C.getFunctionName()).upper();
    const auto &A = C.Args;
    switch (C.Form) {
    case FuncCall::Syntax::Normal:
    case FuncCall::Syntax::NoParens:
      break;
    case FuncCall::Syntax::Extract: {
      if (A.size() != 2)
        break;
      std::string Field;
      auto *L = dyn_cast<Literal>(A[0].get());
      if (L && L->LK == Literal::LitKind::String && isWord(L->Value) &&
          !llvm::StringRef(L->Value).contains(' '))
        Field = L->Value;
      else
        Field = expr(*A[0]);
      return "EXTRACT(" + Field + " FROM " + expr(*A[1]) + ")";
    }
    case FuncCall::Syntax::Substring: {
      if (A.empty())
        break;
      std::string R = Name + "(" + expr(*A[0]);
      for (size_t I = 1; I != A.size(); ++I) {
        std::string K = argName(C, I);
        if (K.empty())
          K = I == 1 && A.size() <= 3 ? "FROM" : "FOR";
        R += " " + K + " " + expr(*A[I]);
      }
      return R + ")";
    }
    case FuncCall::Syntax::Position:
      if (A.size() != 2)
        break;
      // position_list is b_expr IN b_expr.
      return "POSITION(" + operand(*A[0], Precedence::Like, true) + " IN " +
             operand(*A[1], Precedence::Like, true) + ")";
    case FuncCall::Syntax::Overlay: {
      if (A.size() < 3)
        break;
      std::string R = "OVERLAY(" + expr(*A[0]) + " PLACING " + expr(*A[1]) +
                      " FROM " + expr(*A[2]);
      if (A.size() > 3)
        R += " FOR " + expr(*A[3]);
      return R + ")";
    }
    case FuncCall::Syntax::Trim: {
      if (A.empty())
        break;
      std::string R = "TRIM(";
      if (!C.TrimSpec.empty())
        R += llvm::StringRef(C.TrimSpec).upper() + " ";
      // Args: the source string(s), then the characters to remove if
      // given. TRIM(c FROM x) and TRIM(x, c) are the same call.
      if (A.size() >= 2) {
        R += expr(*A.back()) + " FROM ";
        for (size_t I = 0; I + 1 < A.size(); ++I)
          R += (I ? ", " : "") + expr(*A[I]);
      } else {
        if (!C.TrimSpec.empty())
          R += "FROM ";
        R += expr(*A[0]);
      }
      return R + ")";
    }
    }
    return "";
  }

  Printed visitFuncCall(const FuncCall &C) {
    std::string R;
    if (C.Form != FuncCall::Syntax::Normal &&
        C.Form != FuncCall::Syntax::NoParens)
      R = specialCall(C);
    if (R.empty() && C.Form == FuncCall::Syntax::NoParens) {
      R = llvm::StringRef(C.getFunctionName()).upper();
      if (!C.Args.empty())
        R += "(" + exprList(C.Args) + ")";
    }
    if (R.empty()) {
      R = functionName(C.Name) + "(";
      if (C.Star) {
        R += "*";
      } else {
        if (C.Distinct)
          R += "DISTINCT ";
        for (size_t I = 0; I != C.Args.size(); ++I) {
          if (I)
            R += ", ";
          if (C.Variadic && I + 1 == C.Args.size())
            R += "VARIADIC ";
          if (I < C.ArgNames.size() && !C.ArgNames[I].empty())
            R += B.identifier(C.ArgNames[I]) + " => ";
          R += C.Args[I] ? expr(*C.Args[I]) : "NULL";
        }
        if (!C.OrderBy.empty() && !C.WithinGroup)
          R += " ORDER BY " + sortKeys(C.OrderBy);
      }
      R += ")";
    }
    if (!C.OrderBy.empty() && C.WithinGroup)
      R += " WITHIN GROUP (ORDER BY " + sortKeys(C.OrderBy) + ")";
    if (C.Filter)
      R += " FILTER (WHERE " + expr(*C.Filter) + ")";
    if (C.Over) {
      const WindowSpec &W = *C.Over;
      if (!W.RefName.empty() && W.PartitionBy.empty() && W.OrderBy.empty() &&
          W.Mode == WindowSpec::FrameMode::None)
        R += " OVER " + B.identifier(W.RefName);
      else
        R += " OVER (" + windowSpec(W) + ")";
    }
    return {R};
  }

  Printed visitCast(const Cast &C) {
    std::string T = B.type(C.Type);
    auto *L = dyn_cast<Literal>(C.Operand.get());
    switch (C.Form) {
    case Cast::Syntax::TypedLiteral:
      if (L && L->LK == Literal::LitKind::String && !C.Type.isArray())
        return {T + " " + D.quoteString(L->Value)};
      [[fallthrough]];
    case Cast::Syntax::DoubleColon:
      return {operand(*C.Operand, Precedence::TypeCast, false) + "::" + T,
              Precedence::TypeCast};
    case Cast::Syntax::CastFunction:
      return {"CAST(" + expr(*C.Operand) + " AS " + T + ")"};
    }
    return {""};
  }

  Printed visitCase(const Case &C) {
    std::string R = "CASE";
    if (C.Operand)
      R += " " + expr(*C.Operand);
    for (const auto &W : C.Whens)
      R += " WHEN " + expr(*W.first) + " THEN " + expr(*W.second);
    if (C.Else)
      R += " ELSE " + expr(*C.Else);
    return {R + " END"};
  }

  Printed visitSubqueryExpr(const SubqueryExpr &S) {
    std::string Q = nested(*S.Query);
    switch (S.SK) {
    case SubqueryExpr::SubKind::Scalar:
      return {"(" + Q + ")"};
    case SubqueryExpr::SubKind::Exists:
      if (S.Negated)
        return {"NOT EXISTS (" + Q + ")", Precedence::Not};
      return {"EXISTS (" + Q + ")"};
    case SubqueryExpr::SubKind::Array:
      return {"ARRAY(" + Q + ")"};
    case SubqueryExpr::SubKind::In:
      return {operand(*S.LHS, Precedence::Like, true) +
                  (S.Negated ? " NOT IN (" : " IN (") + Q + ")",
              Precedence::Like};
    case SubqueryExpr::SubKind::Any:
    case SubqueryExpr::SubKind::All:
      return {operand(*S.LHS, Precedence::OtherOp, false) + " " + S.Op +
                  (S.SK == SubqueryExpr::SubKind::Any ? " ANY (" : " ALL (") +
                  Q + ")",
              Precedence::OtherOp};
    }
    return {""};
  }

  Printed visitInList(const InList &I) {
    return {operand(*I.LHS, Precedence::Like, true) +
                (I.Negated ? " NOT IN (" : " IN (") + exprList(I.Items) + ")",
            Precedence::Like};
  }

  Printed visitBetween(const Between &Bt) {
    std::string R = operand(*Bt.Operand, Precedence::Like, true);
    R += Bt.Negated ? " NOT BETWEEN " : " BETWEEN ";
    if (Bt.Symmetric)
      R += "SYMMETRIC ";
    R += operand(*Bt.Low, Precedence::Like, true);
    R += " AND ";
    R += operand(*Bt.High, Precedence::Like, true);
    return {R, Precedence::Like};
  }

  Printed visitIsTest(const IsTest &T) {
    static const char *const Names[] = {"NULL",    "TRUE",     "FALSE",
                                        "UNKNOWN", "DOCUMENT", "NORMALIZED",
                                        "JSON"};
    return {operand(*T.Operand, Precedence::Is, true) +
                (T.Negated ? " IS NOT " : " IS ") + Names[unsigned(T.What)],
            Precedence::Is};
  }

  Printed visitQuantified(const Quantified &Q) {
    static const char *const Names[] = {" ANY (", " SOME (", " ALL ("};
    return {operand(*Q.LHS, Precedence::OtherOp, false) + " " + Q.Op +
                Names[unsigned(Q.Q)] + expr(*Q.RHS) + ")",
            Precedence::OtherOp};
  }

  Printed visitArrayExpr(const ArrayExpr &A) {
    return {std::string(A.Keyword ? "ARRAY[" : "[") + exprList(A.Elements) +
            "]"};
  }

  Printed visitRowExpr(const RowExpr &R) {
    if (R.Keyword || R.Fields.size() < 2)
      return {"ROW(" + exprList(R.Fields) + ")"};
    return {"(" + exprList(R.Fields) + ")"};
  }

  /// The base of a subscript or field selection: a column reference, a
  /// parameter or another selection can take the suffix directly; anything
  /// else is parenthesized.
  std::string indirectionBase(const Expr &E, bool FieldSelection) {
    bool Bare = isa<Subscript>(E) || isa<FieldAccess>(E) || isa<Param>(E) ||
                (!FieldSelection && isa<ColumnRef>(E) &&
                 !cast<ColumnRef>(E).Star);
    std::string T = expr(E);
    return Bare ? T : "(" + T + ")";
  }

  Printed visitSubscript(const Subscript &S) {
    std::string R = indirectionBase(*S.Base, false) + "[";
    if (S.Lower)
      R += expr(*S.Lower);
    if (S.Slice) {
      R += ":";
      if (S.Upper)
        R += expr(*S.Upper);
    }
    return {R + "]"};
  }

  Printed visitFieldAccess(const FieldAccess &F) {
    return {indirectionBase(*F.Base, true) + "." +
            (F.Field == "*" ? std::string("*") : B.identifier(F.Field))};
  }

  Printed visitCollateExpr(const CollateExpr &C) {
    return {operand(*C.Operand, Precedence::Collate, false) + " COLLATE " +
                B.name(C.Collation),
            Precedence::Collate};
  }

  Printed visitGroupingSet(const GroupingSet &G) {
    std::string Items;
    for (const ExprPtr &E : G.Items) {
      if (!Items.empty())
        Items += ", ";
      if (auto *R = dyn_cast<RowExpr>(E.get()); R && !R->Keyword)
        Items += "(" + exprList(R->Fields) + ")";
      else
        Items += expr(*E);
    }
    switch (G.SK) {
    case GroupingSet::SetKind::Rollup:
      return {"ROLLUP (" + Items + ")"};
    case GroupingSet::SetKind::Cube:
      return {"CUBE (" + Items + ")"};
    case GroupingSet::SetKind::Sets:
      return {"GROUPING SETS (" + Items + ")"};
    case GroupingSet::SetKind::Empty:
      return {"()"};
    }
    return {""};
  }

  std::string sortKey(const SortKey &K) {
    std::string R = expr(*K.Value);
    if (K.Direction == SortDirection::Using)
      R += " USING " + K.UsingOp;
    R += sortDirection(K.Direction);
    R += nullsOrder(K.Nulls);
    return R;
  }

  std::string sortKeys(const std::vector<SortKey> &Keys) {
    std::string R;
    for (const SortKey &K : Keys) {
      if (!R.empty())
        R += ", ";
      R += sortKey(K);
    }
    return R;
  }

  std::string frameBound(const WindowSpec::Bound &Bd) {
    switch (Bd.Kind) {
    case WindowSpec::BoundKind::UnboundedPreceding:
      return "UNBOUNDED PRECEDING";
    case WindowSpec::BoundKind::Preceding:
      return expr(*Bd.Offset) + " PRECEDING";
    case WindowSpec::BoundKind::CurrentRow:
      return "CURRENT ROW";
    case WindowSpec::BoundKind::Following:
      return expr(*Bd.Offset) + " FOLLOWING";
    case WindowSpec::BoundKind::UnboundedFollowing:
      return "UNBOUNDED FOLLOWING";
    }
    return "";
  }

  std::string windowSpec(const WindowSpec &W) {
    std::vector<std::string> Parts;
    if (!W.RefName.empty())
      Parts.push_back(B.identifier(W.RefName));
    if (!W.PartitionBy.empty())
      Parts.push_back("PARTITION BY " + exprList(W.PartitionBy));
    if (!W.OrderBy.empty())
      Parts.push_back("ORDER BY " + sortKeys(W.OrderBy));
    if (W.Mode != WindowSpec::FrameMode::None) {
      static const char *const Modes[] = {"", "ROWS", "RANGE", "GROUPS"};
      std::string F = Modes[unsigned(W.Mode)];
      if (W.End)
        F += " BETWEEN " + frameBound(W.Start) + " AND " + frameBound(*W.End);
      else
        F += " " + frameBound(W.Start);
      static const char *const Excl[] = {
          "", " EXCLUDE CURRENT ROW", " EXCLUDE GROUP", " EXCLUDE TIES",
          " EXCLUDE NO OTHERS"};
      F += Excl[unsigned(W.Exclude)];
      Parts.push_back(F);
    }
    return llvm::join(Parts, " ");
  }

  //===--- Queries ---------------------------------------------------------===//

  /// A line break before the next clause (a space on one line).
  std::string nl(unsigned Extra = 0) const {
    if (!Pretty)
      return " ";
    return "\n" + std::string(Indent + Extra, ' ');
  }

  /// \p R printed as a nested query, one level deeper.
  std::string nested(const Rel &R, unsigned Extra = 4) {
    unsigned Saved = Indent;
    Indent += Extra;
    std::string Q = query(R);
    Indent = Saved;
    return Q;
  }

  std::string query(const Rel &R) {
    if (auto *W = dyn_cast<With>(&R)) {
      std::string T = W->Recursive ? "WITH RECURSIVE " : "WITH ";
      for (size_t I = 0; I != W->Ctes.size(); ++I) {
        const CommonTableExpr &C = W->Ctes[I];
        if (I)
          T += ", ";
        T += B.identifier(C.Name);
        if (!C.ColumnNames.empty())
          T += "(" + B.identifierList(C.ColumnNames) + ")";
        T += " AS ";
        if (C.Materialize == CommonTableExpr::Materialization::Materialized)
          T += "MATERIALIZED ";
        else if (C.Materialize ==
                 CommonTableExpr::Materialization::NotMaterialized)
          T += "NOT MATERIALIZED ";
        T += '(';
        T += nl(4);
        T += nested(*C.Query);
        T += nl();
        T += ')';
      }
      return T + nl() + query(*W->Body);
    }
    const Limit *L = dyn_cast<Limit>(&R);
    const Rel *Rest = L ? L->Input.get() : &R;
    const Sort *S = dyn_cast<Sort>(Rest);
    if (S)
      Rest = S->Input.get();

    std::string T;
    if (auto *P = dyn_cast<Project>(Rest))
      T = selectBlock(P, P->Input.get());
    else if (auto *Op = dyn_cast<SetOp>(Rest))
      T = setOp(*Op);
    else if (auto *V = dyn_cast<Values>(Rest); V && V->Alias.empty())
      T = values(*V);
    else
      T = selectBlock(nullptr, Rest);

    if (S)
      T += nl() + "ORDER BY " + sortKeys(S->Keys);
    if (L)
      T += limit(*L);
    return T;
  }

  std::string limit(const Limit &L) {
    std::string T;
    if (L.Form == Limit::Syntax::FetchFirst) {
      auto Value = [&](const Expr &E) {
        Printed P = visit(E);
        bool Simple = isa<Literal>(E) || isa<Param>(E) || isa<ColumnRef>(E);
        return Simple ? P.Text : "(" + P.Text + ")";
      };
      if (L.Offset)
        T += nl() + "OFFSET " + Value(*L.Offset) + " ROWS";
      if (L.Count || L.WithTies)
        T += nl() + "FETCH FIRST " + (L.Count ? Value(*L.Count) + " " : "") +
             "ROWS " + (L.WithTies ? "WITH TIES" : "ONLY");
      return T;
    }
    if (L.Count)
      T += nl() + "LIMIT " + expr(*L.Count);
    else if (L.LimitAll)
      T += nl() + "LIMIT ALL";
    if (L.Offset)
      T += nl() + "OFFSET " + expr(*L.Offset);
    return T;
  }

  std::string values(const Values &V) {
    std::string T = "VALUES ";
    for (size_t I = 0; I != V.Rows.size(); ++I) {
      if (I) {
        T += ',';
        T += nl(4);
      }
      T += '(';
      T += exprList(V.Rows[I]);
      T += ')';
    }
    return T;
  }

  static unsigned setOpLevel(SetOp::OpKind K) {
    return K == SetOp::OpKind::Intersect ? 2 : 1;
  }

  /// An operand of a set operation: bare if it is a plain SELECT block
  /// (or a set operation binding more tightly), else parenthesized.
  std::string setOperand(const Rel &R, const SetOp &Parent, bool Right) {
    bool Bare = isa<Project>(R) || (isa<Values>(R) && cast<Values>(R).Alias.empty());
    if (auto *Op = dyn_cast<SetOp>(&R)) {
      unsigned Mine = setOpLevel(Op->Op), Theirs = setOpLevel(Parent.Op);
      Bare = Mine > Theirs || (Mine == Theirs && !Right);
    }
    if (Bare)
      return query(R);
    return "(" + nested(R) + ")";
  }

  std::string setOp(const SetOp &Op) {
    static const char *const Names[] = {"UNION", "INTERSECT", "EXCEPT"};
    std::string Kw = Names[unsigned(Op.Op)];
    if (Op.All)
      Kw += " ALL";
    else if (Op.ExplicitDistinct)
      Kw += " DISTINCT";
    return setOperand(*Op.Left, Op, false) + nl() + Kw + nl() +
           setOperand(*Op.Right, Op, true);
  }

  std::string selectBlock(const Project *P, const Rel *Input) {
    std::string T = "SELECT";
    if (P) {
      switch (P->Distinct) {
      case Project::DistinctKind::None:
        break;
      case Project::DistinctKind::All:
        T += " ALL";
        break;
      case Project::DistinctKind::Distinct:
        T += " DISTINCT";
        break;
      case Project::DistinctKind::On:
        T += " DISTINCT ON (" + exprList(P->DistinctOn) + ")";
        break;
      }
      unsigned Saved = Indent;
      Indent += 4;
      for (size_t I = 0; I != P->Items.size(); ++I) {
        T += I ? "," + nl() : std::string(" ");
        T += selectItem(P->Items[I]);
      }
      Indent = Saved;
    } else {
      T += " *";
    }

    const Filter *Having = nullptr, *Where = nullptr;
    const Aggregate *Agg = nullptr;
    if (auto *F = dyn_cast_or_null<Filter>(Input);
        F && isa<Aggregate>(F->Input.get())) {
      Having = F;
      Input = F->Input.get();
    }
    if ((Agg = dyn_cast_or_null<Aggregate>(Input)))
      Input = Agg->Input.get();
    if ((Where = dyn_cast_or_null<Filter>(Input)))
      Input = Where->Input.get();

    if (Input)
      T += nl() + "FROM " + fromClause(*Input);
    if (Where)
      T += nl() + "WHERE " + expr(*Where->Condition);
    if (Agg && !Agg->GroupBy.empty()) {
      T += nl() + "GROUP BY ";
      if (Agg->GroupByDistinct)
        T += "DISTINCT ";
      T += exprList(Agg->GroupBy);
    }
    if (Having)
      T += nl() + "HAVING " + expr(*Having->Condition);
    if (P && !P->Windows.empty()) {
      T += nl() + "WINDOW ";
      for (size_t I = 0; I != P->Windows.size(); ++I) {
        if (I)
          T += ", ";
        T += B.identifier(P->Windows[I].first) + " AS (" +
             windowSpec(*P->Windows[I].second) + ")";
      }
    }
    return T;
  }

  std::string selectItem(const SelectItem &I) {
    std::string T = expr(*I.Value);
    if (I.Alias.empty())
      return T;
    std::string A = B.identifier(I.Alias);
    // A bare label must not be a key word that needs AS.
    if (I.ExplicitAs || (A.front() != '"' && !D.isBareLabel(I.Alias)))
      return T + " AS " + A;
    return T + " " + A;
  }

  std::string alias(const std::string &Alias,
                    const std::vector<std::string> &Cols) {
    if (Alias.empty())
      return "";
    std::string T = " " + B.identifier(Alias);
    if (!Cols.empty())
      T += "(" + B.identifierList(Cols) + ")";
    return T;
  }

  /// A FROM item; joins on separate lines at the top level.
  std::string fromClause(const Rel &R) {
    if (auto *J = dyn_cast<Join>(&R))
      return join(*J, false, true);
    return fromItem(R);
  }

  std::string fromItem(const Rel &R) {
    switch (R.getKind()) {
    case Rel::Kind::Scan: {
      auto &S = cast<Scan>(R);
      return (S.Only ? "ONLY " : "") + B.name(S.Table) +
             alias(S.Alias, S.ColumnAliases);
    }
    case Rel::Kind::SubqueryScan: {
      auto &S = cast<SubqueryScan>(R);
      std::string A = alias(S.Alias, S.ColumnAliases);
      return (S.Lateral ? "LATERAL (" : "(") + nested(*S.Input) + ")" + A;
    }
    case Rel::Kind::FunctionScan: {
      auto &F = cast<FunctionScan>(R);
      std::string T = (F.Lateral ? "LATERAL " : "") + expr(*F.Call);
      if (F.WithOrdinality)
        T += " WITH ORDINALITY";
      if (!F.ColumnDefs.empty()) {
        T += F.Alias.empty() ? " AS (" : " " + B.identifier(F.Alias) + "(";
        for (size_t I = 0; I != F.ColumnDefs.size(); ++I) {
          if (I)
            T += ", ";
          T += B.identifier(F.ColumnDefs[I].first) + " " +
               B.type(F.ColumnDefs[I].second);
        }
        return T + ")";
      }
      return T + alias(F.Alias, F.ColumnAliases);
    }
    case Rel::Kind::Values: {
      auto &V = cast<Values>(R);
      std::string A = V.Alias.empty()
                          ? " " + derivedAlias()
                          : alias(V.Alias, V.ColumnAliases);
      return "(" + values(V) + ")" + A;
    }
    case Rel::Kind::Join:
      return "(" + join(cast<Join>(R), true, false) + ")";
    default:
      // Not a FROM item: wrap the query into a derived table.
      return "(" + nested(R) + ") " + derivedAlias();
    }
  }

  std::string derivedAlias() { return "sub" + std::to_string(++NextAlias); }

  /// \p Explicit prints a comma join as CROSS JOIN (a comma join cannot be
  /// parenthesized); \p TopLevel puts each join on its own line.
  std::string join(const Join &J, bool Explicit, bool TopLevel) {
    bool Comma = J.Comma && !Explicit && J.JK == Join::JoinKind::Cross;
    std::string L;
    if (auto *LJ = dyn_cast<Join>(J.Left.get())) {
      // A comma join left of an explicit join must be parenthesized.
      if (LJ->Comma && !Comma)
        L = "(" + join(*LJ, true, false) + ")";
      else
        L = join(*LJ, Explicit, TopLevel);
    } else {
      L = fromItem(*J.Left);
    }
    // On its own line, the right side's nested queries indent one more step.
    unsigned Saved = Indent;
    if (TopLevel && !Comma)
      Indent += 4;
    std::string R = fromItem(*J.Right);
    Indent = Saved;
    if (Comma)
      return L + ", " + R;
    std::string Kw;
    if (J.Natural)
      Kw = "NATURAL ";
    bool HasQual = J.Condition || !J.Using.empty();
    switch (J.JK) {
    case Join::JoinKind::Inner:
      Kw += HasQual || J.Natural ? "JOIN" : "CROSS JOIN";
      break;
    case Join::JoinKind::Left:
      Kw += "LEFT JOIN";
      break;
    case Join::JoinKind::Right:
      Kw += "RIGHT JOIN";
      break;
    case Join::JoinKind::Full:
      Kw += "FULL JOIN";
      break;
    case Join::JoinKind::Cross:
      Kw += "CROSS JOIN";
      break;
    }
    std::string T = L + (TopLevel ? nl(4) : std::string(" ")) + Kw + " " + R;
    if (J.Condition && !J.Natural)
      T += " ON " + expr(*J.Condition);
    else if (!J.Using.empty() && !J.Natural)
      T += " USING (" + B.identifierList(J.Using) + ")";
    return T;
  }

private:
  const SQLBuilder &B;
  const SQLDialect &D;
  bool Pretty;
  unsigned Indent;
  unsigned NextAlias = 0;
};

} // namespace

std::string SQLBuilder::name(const QualifiedName &N) const {
  if (N.Schema.empty())
    return D.quoteIdentifier(N.Name);
  return D.quoteIdentifier(N.Schema) + "." + D.quoteIdentifier(N.Name);
}

std::string
SQLBuilder::identifierList(const std::vector<std::string> &Idents) const {
  std::string R;
  for (const std::string &I : Idents) {
    if (!R.empty())
      R += ", ";
    R += D.quoteIdentifier(I);
  }
  return R;
}

/// True if \p Spelling names one of PostgreSQL's serial pseudo-types.
static bool isSerialSpelling(llvm::StringRef Spelling) {
  return llvm::StringSwitch<bool>(Spelling.lower())
      .Cases("serial", "serial4", "serial8", "bigserial", true)
      .Cases("smallserial", "serial2", true)
      .Default(false);
}

std::string SQLBuilder::type(const DataType &T) const {
  // A spelling of serial on a type that is no longer serial (a copy made by
  // LIKE, say) would bring the sequence back.
  if (Opts.UseTypeSpellings && !T.Spelling.empty() &&
      (T.Serial || !isSerialSpelling(T.Spelling)))
    return T.Spelling;
  std::string Mods;
  if (!T.Modifiers.empty())
    Mods = "(" + llvm::join(T.Modifiers, ",") + ")";
  std::string R;
  const SQLDialect::TypeSpelling *S = D.getTypeSpelling(T.Kind);
  if (T.Serial && T.isIntegral() && !T.isArray()) {
    R = T.Kind == TypeKind::SmallInt ? "smallserial"
        : T.Kind == TypeKind::BigInt ? "bigserial"
                                     : "serial";
  } else if (T.Kind == TypeKind::UserDefined ||
             T.Kind == TypeKind::DialectSpecific || !S ||
             (T.Kind == TypeKind::Unknown && !T.Name.empty())) {
    R = name(T.Name) + Mods;
  } else {
    R = S->Name + Mods + S->Suffix;
  }
  for (unsigned I = 0; I != T.ArrayDims; ++I)
    R += "[]";
  return R;
}

std::string SQLBuilder::expr(const Expr &E) const {
  return Printer(*this, 0, false).expr(E);
}

std::string SQLBuilder::expr(const Expr &E, Precedence Min) const {
  return Printer(*this, 0, false).operand(E, Min, false);
}

std::string SQLBuilder::query(const Rel &R, unsigned Indent) const {
  return Printer(*this, Indent, Opts.Pretty).query(R);
}

std::string SQLBuilder::sortKey(const SortKey &K) const {
  return Printer(*this, 0, false).sortKey(K);
}

std::string SQLBuilder::windowSpec(const WindowSpec &W) const {
  return Printer(*this, 0, false).windowSpec(W);
}

std::string SQLBuilder::indexElement(const IndexElement &E) const {
  std::string R;
  if (E.isExpression()) {
    // A plain function call may stand bare; other expressions need
    // parentheses.
    auto *C = dyn_cast<FuncCall>(E.Expression.get());
    bool Bare = C && !C->Over && !C->Filter && C->OrderBy.empty();
    R = Bare ? expr(*E.Expression) : "(" + expr(*E.Expression) + ")";
  } else {
    R = identifier(E.Column);
  }
  if (!E.Collation.empty())
    R += " COLLATE " + name(E.Collation);
  if (!E.OpClass.empty()) {
    R += " " + name(E.OpClass);
    if (!E.OpClassParams.empty())
      R += " " + storageParams(E.OpClassParams);
  }
  R += sortDirection(E.Direction);
  R += nullsOrder(E.Nulls);
  return R;
}

std::string SQLBuilder::storageParams(const StorageParams &P) const {
  std::string R = "(";
  for (size_t I = 0; I != P.size(); ++I) {
    if (I)
      R += ", ";
    R += P[I].first;
    if (!P[I].second.empty())
      R += " = " + P[I].second;
  }
  return R + ")";
}
