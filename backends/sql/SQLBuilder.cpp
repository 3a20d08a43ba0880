//===- SQLBuilder.cpp - SQL text from IR expressions and queries ----------===//
//
// Part of schemac. The printer appends to one buffer: every visit returns
// the precedence of what it printed, and the caller wraps the text in
// parentheses (inserted at the position it started at) when the context
// needs them. Scripts of many megabytes are printed without temporaries.
//
//===----------------------------------------------------------------------===//

#include "schemac/backends/sql/SQLBuilder.h"
#include "schemac/ir/Visitor.h"

#include "llvm/ADT/StringExtras.h"

using namespace schemac;
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

bool isOperatorChar(char C) {
  return C && llvm::StringRef("+-*/<>=~!@#%^&|`?").contains(C);
}

/// A word that EXTRACT accepts as a field without quotes.
bool isFieldWord(llvm::StringRef S) {
  return !S.empty() &&
         llvm::all_of(S, [](char C) { return llvm::isAlnum(C) || C == '_'; });
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

/// Appends the upper-case form of \p S.
void appendUpper(std::string &Out, llvm::StringRef S) {
  for (char C : S)
    Out += llvm::toUpper(C);
}

/// Prints expressions and queries into Out. One Printer per top-level call:
/// it tracks the indentation of the clause being printed and numbers the
/// aliases of derived tables it has to invent.
class Printer : public ExprVisitor<Printer, Precedence> {
public:
  Printer(const SQLBuilder &B, std::string &Out, unsigned Indent, bool Pretty)
      : B(B), D(B.getDialect()), F(D.getFeatures()), Out(Out),
        ByKind(B.getOptions().Source != nullptr), Pretty(Pretty),
        Indent(Indent) {}

  //===--- Expressions ----------------------------------------------------===//

  void expr(const Expr &E) { visit(E); }

  /// \p E as an operand of an operator of precedence \p Parent; \p Strict
  /// also parenthesizes operands of equal precedence (the side an operator
  /// does not associate to, or non-associative operators).
  void operand(const Expr &E, Precedence Parent, bool Strict) {
    size_t Start = Out.size();
    Precedence P = visit(E);
    if (P < Parent || (Strict && P == Parent))
      wrap(Start);
  }

  /// Puts what was printed since \p Start in parentheses.
  void wrap(size_t Start) {
    Out.insert(Start, 1, '(');
    Out += ')';
  }

  // Children that must be present. A missing one (an IR the verifier let
  // through) marks the output malformed for the caller to report, and
  // prints as NULL: never a crash.
  void missing() {
    B.markMalformed();
    Out += "NULL";
  }
  Precedence visitChild(const ExprPtr &E) {
    if (E)
      return visit(*E);
    missing();
    return Precedence::Primary;
  }
  void expr(const ExprPtr &E) { visitChild(E); }
  void operand(const ExprPtr &E, Precedence Parent, bool Strict) {
    if (E)
      operand(*E, Parent, Strict);
    else
      missing();
  }
  void query(const RelPtr &R) {
    if (R)
      query(*R);
    else
      missing();
  }
  void nested(const RelPtr &R) {
    if (R)
      nested(*R);
    else
      missing();
  }
  void fromItem(const RelPtr &R) {
    if (R)
      fromItem(*R);
    else
      missing();
  }
  void setOperand(const RelPtr &R, const SetOp &Parent, bool Right) {
    if (R)
      setOperand(*R, Parent, Right);
    else
      missing();
  }
  void indirectionBase(const ExprPtr &E, bool FieldSelection) {
    if (E)
      indirectionBase(*E, FieldSelection);
    else
      missing();
  }

  void exprList(const std::vector<ExprPtr> &L) {
    for (size_t I = 0; I != L.size(); ++I) {
      if (I)
        Out += ", ";
      if (L[I])
        expr(L[I]);
      else
        Out += "NULL";
    }
  }

  void opName(llvm::StringRef Op, llvm::StringRef Schema) {
    if (Schema.empty()) {
      Out += Op;
      return;
    }
    Out += "OPERATOR(";
    B.appendIdentifier(Out, Schema);
    Out += '.';
    Out += Op;
    Out += ')';
  }

  Precedence visitColumnRef(const ColumnRef &C) {
    for (size_t I = 0; I != C.Path.size(); ++I) {
      if (I)
        Out += '.';
      B.appendIdentifier(Out, C.Path[I]);
    }
    if (C.Star)
      Out += C.Path.empty() ? "*" : ".*";
    return Precedence::Primary;
  }

  Precedence visitLiteral(const Literal &L) {
    switch (L.LK) {
    case Literal::LitKind::Null:
      Out += "NULL";
      return Precedence::Primary;
    case Literal::LitKind::Boolean:
      Out += L.Value == "true" ? "true" : "false";
      return Precedence::Primary;
    case Literal::LitKind::Integer:
    case Literal::LitKind::Numeric:
      Out += L.Value;
      return llvm::StringRef(L.Value).startswith("-") ? Precedence::Unary
                                                      : Precedence::Primary;
    case Literal::LitKind::String:
      B.appendStringLiteral(Out, L.Value);
      return Precedence::Primary;
    case Literal::LitKind::BitString: {
      llvm::StringRef V = L.Value;
      char Prefix = V.empty() ? 'B' : llvm::toUpper(V.front());
      if (Prefix == 'B' || Prefix == 'X')
        V = V.drop_front();
      else
        Prefix = 'B';
      Out += Prefix;
      Out += '\'';
      Out += V;
      Out += '\'';
      return Precedence::Primary;
    }
    }
    return Precedence::Primary;
  }

  Precedence visitParam(const Param &P) {
    std::string Number = std::to_string(P.Number);
    switch (D.getTraits().Parameters) {
    case ParameterStyle::Dollar:
      if (P.Number) {
        Out += '$';
        Out += Number;
      } else {
        Out += ':';
        Out += P.Name;
      }
      break;
    case ParameterStyle::Question:
      Out += '?';
      break;
    case ParameterStyle::Colon:
      Out += ':';
      Out += P.Number ? Number : P.Name;
      break;
    case ParameterStyle::At:
      Out += '@';
      Out += P.Number ? "p" + Number : P.Name;
      break;
    }
    return Precedence::Primary;
  }

  /// A comparison operator of `op ANY/ALL (...)` in the target's spelling:
  /// from another dialect, translated by its kind where both have one.
  llvm::StringRef comparison(llvm::StringRef Op) {
    if (!ByKind)
      return Op;
    BinaryOpKind K = B.getOptions().Source->getOperators().getBinaryKind(Op);
    const BinaryOperator *R =
        K == BinaryOpKind::Other ? nullptr : D.getOperators().getBinary(K);
    return R ? llvm::StringRef(R->Spelling) : Op;
  }

  /// The schema an operator is written with. From another dialect, an
  /// operator of that dialect's built-in operator schema
  /// (OPERATOR(pg_catalog.+)) is the built-in one, written by its kind;
  /// one of any other schema cannot be written.
  llvm::StringRef operatorSchema(const std::string &Schema,
                                 const std::string &Spelling) {
    if (Schema.empty() || !ByKind)
      return Schema;
    if (B.getOptions().Source->getRules().isBuiltinOperatorSchema(Schema))
      return "";
    B.markUnsupported("the operator OPERATOR(" + Schema + "." + Spelling + ")");
    return Schema;
  }

  Precedence visitUnaryOp(const UnaryOp &U) {
    llvm::StringRef Schema = operatorSchema(U.OpSchema, U.Op);
    bool Qualified = !Schema.empty();
    UnaryOpKind K = DialectRules::getKind(U);
    if (K == UnaryOpKind::Not && !Qualified) {
      Out += "NOT ";
      size_t Start = Out.size();
      if (visitChild(U.Operand) != Precedence::Primary)
        wrap(Start);
      return Precedence::Not;
    }
    llvm::StringRef Op = U.Op;
    if (ByKind && !Qualified && K != UnaryOpKind::Other) {
      if (const UnaryOperator *R = D.getOperators().getUnary(K))
        Op = R->Spelling;
      else
        B.markUnsupported("the operator " + U.Op);
    }
    bool Sign = (K == UnaryOpKind::Neg || K == UnaryOpKind::Plus) && !Qualified;
    opName(Op, Schema);
    if (Qualified || (!Op.empty() && llvm::isAlpha(Op.front())))
      Out += ' ';
    size_t Start = Out.size();
    Precedence P = visitChild(U.Operand);
    // "- -1" must not become the comment "--1"; "@ -1" not the operator "@-".
    if (P < Precedence::Unary ||
        (Start < Out.size() && isOperatorChar(Out[Start])))
      wrap(Start);
    return Sign ? Precedence::Unary : Precedence::OtherOp;
  }

  /// How a binary operator is written in the target: its spelling and
  /// binding, or a function (`POW(a, b)`), or LOWER(a) LIKE LOWER(b) for
  /// an ILIKE the target lacks. Deciding it may mark the output
  /// unsupported.
  struct BinaryForm {
    llvm::StringRef Op, Schema;
    Precedence P;
    Associativity A;
    const char *Function = nullptr;
    bool LowerLike = false;
  };
  BinaryForm binaryForm(const std::string &Spelling,
                        const std::string &OpSchema, BinaryOpKind K) {
    const OperatorTable &Ops = D.getOperators();
    BinaryForm Form;
    Form.Op = Spelling;
    Form.Schema = operatorSchema(OpSchema, Spelling);
    std::tie(Form.P, Form.A) =
        Form.Schema.empty()
            ? Ops.getBinaryPrecedence(Form.Op)
            : std::make_pair(Precedence::OtherOp, Associativity::Left);
    bool Translate = Form.Schema.empty() && K != BinaryOpKind::Other;
    // By kind also where the spelling is the IR's notation, not one of the
    // target's (a SQLite module's LIKE is the IR's ILIKE).
    if (Translate &&
        (ByKind || !Ops.getBinary(K) || !Ops.findBinary(Form.Op))) {
      if (const BinaryOperator *R = Ops.getBinary(K)) {
        Form.Op = R->Spelling;
        Form.P = R->Prec;
        Form.A = R->Assoc;
      } else if (const char *Fn = Ops.getFunction(K)) {
        Form.Function = Fn;
      } else if (K == BinaryOpKind::ILike || K == BinaryOpKind::NotILike) {
        // LOWER(a) LIKE LOWER(b).
        Form.LowerLike = true;
        const BinaryOperator *Like =
            Ops.getBinary(K == BinaryOpKind::NotILike ? BinaryOpKind::NotLike
                                                      : BinaryOpKind::Like);
        if (!Like) {
          B.markUnsupported("ILIKE");
          Like = Ops.getBinary(BinaryOpKind::Eq);
        }
        Form.Op = Like ? llvm::StringRef(Like->Spelling) : "LIKE";
        Form.P = Like ? Like->Prec : Precedence::Like;
      } else if (ByKind) {
        B.markUnsupported("the operator " + Spelling);
      }
    }
    return Form;
  }

  /// Writes the operator \p Form and its right operand \p RHS after its
  /// left operand, which was printed from \p Start on with precedence
  /// \p LHSPrec (wrapped afterwards if the operator needs it).
  Precedence binaryTail(const BinaryForm &Form, size_t Start,
                        Precedence LHSPrec, const ExprPtr &RHS,
                        const ExprPtr &Escape) {
    if (Form.Function) {
      Out.insert(Start, std::string(Form.Function) + "(");
      Out += ", ";
      expr(RHS);
      Out += ')';
      return Precedence::Primary;
    }
    if (Form.LowerLike) {
      Out.insert(Start, "LOWER(");
      Out += ") ";
      Out += Form.Op;
      Out += " LOWER(";
      expr(RHS);
      Out += ')';
    } else {
      if (LHSPrec < Form.P ||
          (Form.A != Associativity::Left && LHSPrec == Form.P))
        wrap(Start);
      Out += ' ';
      opName(Form.Op, Form.Schema);
      Out += ' ';
      operand(RHS, Form.P, Form.A != Associativity::Right);
    }
    if (Escape) {
      Out += " ESCAPE ";
      operand(Escape, Form.P, true);
    }
    return Form.P;
  }

  Precedence visitBinaryOp(const BinaryOp &Bin) {
    BinaryForm Form =
        binaryForm(Bin.Op, Bin.OpSchema, DialectRules::getKind(Bin));
    size_t Start = Out.size();
    Precedence P = visitChild(Bin.LHS);
    return binaryTail(Form, Start, P, Bin.RHS, Bin.Escape);
  }

  /// As the nested BinaryOps it means, without recursing per link: the
  /// forms are decided outermost first (the order the nested printing
  /// marks unsupported operators in), then the links are written left to
  /// right, each wrapping what was printed before it when it must.
  Precedence visitOpChain(const OpChain &C) {
    static const std::string NoSchema;
    std::vector<BinaryForm> Forms(C.Links.size());
    for (size_t I = C.Links.size(); I-- > 0;) {
      const ChainLink &L = C.Links[I];
      Forms[I] = binaryForm(L.Op, NoSchema, DialectRules::getKind(L));
    }
    size_t Start = Out.size();
    Precedence P = visitChild(C.First);
    for (size_t I = 0; I != C.Links.size(); ++I)
      P = binaryTail(Forms[I], Start, P, C.Links[I].Operand, nullptr);
    return P;
  }

  void functionName(const std::vector<std::string> &Name) {
    if (Name.size() == 1) {
      // COALESCE, GREATEST, NULLIF, ... are key words that only work bare;
      // left(), right() and friends are key words that may name functions.
      llvm::StringRef N = Name[0];
      KeywordCategory K = D.getKeywordCategory(N);
      bool Lower =
          llvm::none_of(N, [](char C) { return C >= 'A' && C <= 'Z'; });
      if (K == KeywordCategory::ColName && Lower) {
        appendUpper(Out, N);
        return;
      }
      if (K == KeywordCategory::TypeFuncName && Lower) {
        Out += N;
        return;
      }
    }
    for (size_t I = 0; I != Name.size(); ++I) {
      if (I)
        Out += '.';
      B.appendIdentifier(Out, Name[I]);
    }
  }

  /// EXTRACT, SUBSTRING, POSITION, OVERLAY and TRIM with their keyword
  /// syntax. Returns false if the arguments do not fit the form.
  bool specialCall(const FuncCall &C) {
    const auto &A = C.Args;
    switch (C.Form) {
    case FuncCall::Syntax::Normal:
    case FuncCall::Syntax::NoParens:
      return false;
    case FuncCall::Syntax::Extract: {
      if (A.size() != 2)
        return false;
      Out += "EXTRACT(";
      auto *L = dyn_cast_or_null<Literal>(A[0].get());
      if (L && L->LK == Literal::LitKind::String && isFieldWord(L->Value))
        Out += L->Value;
      else
        expr(A[0]);
      Out += " FROM ";
      expr(A[1]);
      Out += ')';
      return true;
    }
    case FuncCall::Syntax::Substring: {
      if (A.empty())
        return false;
      Out += "SUBSTRING(";
      expr(A[0]);
      for (size_t I = 1; I != A.size(); ++I) {
        llvm::StringRef K =
            I < C.ArgNames.size() ? llvm::StringRef(C.ArgNames[I]) : "";
        Out += ' ';
        if (K.empty())
          Out += I == 1 && A.size() <= 3 ? "FROM" : "FOR";
        else
          appendUpper(Out, K);
        Out += ' ';
        expr(A[I]);
      }
      Out += ')';
      return true;
    }
    case FuncCall::Syntax::Position:
      if (A.size() != 2)
        return false;
      // position_list is b_expr IN b_expr.
      Out += "POSITION(";
      operand(A[0], Precedence::Like, true);
      Out += " IN ";
      operand(A[1], Precedence::Like, true);
      Out += ')';
      return true;
    case FuncCall::Syntax::Normalize: {
      // NORMALIZE(x [, NFC|NFD|NFKC|NFKD]): the form is a key word.
      auto *Form =
          A.size() == 2 ? llvm::dyn_cast<Literal>(A[1].get()) : nullptr;
      if (A.empty() || A.size() > 2 ||
          (A.size() == 2 && (!Form || Form->LK != Literal::LitKind::String)))
        return false;
      Out += "NORMALIZE(";
      expr(A[0]);
      if (Form) {
        Out += ", ";
        appendUpper(Out, Form->Value);
      }
      Out += ')';
      return true;
    }
    case FuncCall::Syntax::XmlElement:
    case FuncCall::Syntax::XmlAttributes:
    case FuncCall::Syntax::XmlForest:
    case FuncCall::Syntax::XmlParse:
    case FuncCall::Syntax::XmlPi:
    case FuncCall::Syntax::XmlRoot:
    case FuncCall::Syntax::XmlSerialize:
    case FuncCall::Syntax::XmlExists:
      return xmlCall(C);
    case FuncCall::Syntax::Overlay:
      if (A.size() < 3)
        return false;
      Out += "OVERLAY(";
      expr(A[0]);
      Out += " PLACING ";
      expr(A[1]);
      Out += " FROM ";
      expr(A[2]);
      if (A.size() > 3) {
        Out += " FOR ";
        expr(A[3]);
      }
      Out += ')';
      return true;
    case FuncCall::Syntax::Trim:
      if (A.empty())
        return false;
      Out += "TRIM(";
      if (!C.TrimSpec.empty()) {
        appendUpper(Out, C.TrimSpec);
        Out += ' ';
      }
      // Args: the source string(s), then the characters to remove if
      // given. TRIM(c FROM x) and TRIM(x, c) are the same call.
      if (A.size() >= 2) {
        expr(A.back());
        Out += " FROM ";
        for (size_t I = 0; I + 1 < A.size(); ++I) {
          if (I)
            Out += ", ";
          expr(A[I]);
        }
      } else {
        if (!C.TrimSpec.empty())
          Out += "FROM ";
        expr(A[0]);
      }
      Out += ')';
      return true;
    }
    return false;
  }

  /// \p E where gram.y takes a b_expr: no IS, comparison, LIKE-level,
  /// NOT, AND, OR, COLLATE or AT TIME ZONE outside parentheses.
  void bOperand(const ExprPtr &E) {
    size_t Start = Out.size();
    Precedence P = visitChild(E);
    if (P <= Precedence::Like || P == Precedence::AtTimeZone ||
        P == Precedence::Collate)
      wrap(Start);
  }

  /// \p E where gram.y takes a c_expr (a primary).
  void cOperand(const ExprPtr &E) { operand(E, Precedence::Primary, false); }

  /// An upper-case key word argument of a special form (Expr.h).
  static const Literal *keywordArg(const ExprPtr &E) {
    auto *L = dyn_cast_or_null<Literal>(E.get());
    return L && L->LK == Literal::LitKind::String ? L : nullptr;
  }

  /// `value [AS label], ...` of XMLATTRIBUTES and XMLFOREST.
  void xmlLabelled(const FuncCall &C) {
    for (size_t I = 0; I != C.Args.size(); ++I) {
      if (I)
        Out += ", ";
      expr(C.Args[I]);
      if (I < C.ArgNames.size() && !C.ArgNames[I].empty()) {
        Out += " AS ";
        B.appendIdentifier(Out, C.ArgNames[I]);
      }
    }
  }

  /// The SQL/XML forms (Expr.h); false if the arguments do not fit.
  bool xmlCall(const FuncCall &C) {
    const auto &A = C.Args;
    auto IsWord = [&](size_t I, std::initializer_list<llvm::StringRef> Ws) {
      const Literal *L = I < A.size() ? keywordArg(A[I]) : nullptr;
      return L && llvm::is_contained(Ws, llvm::StringRef(L->Value));
    };
    auto Name = [&](size_t I) {
      B.appendIdentifier(Out, cast<Literal>(*A[I]).Value);
    };
    switch (C.Form) {
    case FuncCall::Syntax::XmlElement: {
      if (A.empty() || !keywordArg(A[0]))
        return false;
      Out += "XMLELEMENT(NAME ";
      Name(0);
      for (size_t I = 1; I != A.size(); ++I) {
        Out += ", ";
        auto *Attrs = dyn_cast_or_null<FuncCall>(A[I].get());
        if (I == 1 && Attrs && Attrs->Form == FuncCall::Syntax::XmlAttributes) {
          Out += "XMLATTRIBUTES(";
          xmlLabelled(*Attrs);
          Out += ')';
        } else {
          expr(A[I]);
        }
      }
      break;
    }
    case FuncCall::Syntax::XmlAttributes:
      // Only inside XMLELEMENT, which prints it.
      return false;
    case FuncCall::Syntax::XmlForest:
      if (A.empty())
        return false;
      Out += "XMLFOREST(";
      xmlLabelled(C);
      break;
    case FuncCall::Syntax::XmlParse:
      if (A.size() < 2 || A.size() > 3 || !IsWord(0, {"DOCUMENT", "CONTENT"}) ||
          (A.size() == 3 && !IsWord(2, {"STRIP", "PRESERVE"})))
        return false;
      Out += "XMLPARSE(";
      Out += cast<Literal>(*A[0]).Value;
      Out += ' ';
      expr(A[1]);
      if (A.size() == 3) {
        Out += ' ';
        Out += cast<Literal>(*A[2]).Value;
        Out += " WHITESPACE";
      }
      break;
    case FuncCall::Syntax::XmlPi:
      if (A.empty() || A.size() > 2 || !keywordArg(A[0]))
        return false;
      Out += "XMLPI(NAME ";
      Name(0);
      if (A.size() == 2) {
        Out += ", ";
        expr(A[1]);
      }
      break;
    case FuncCall::Syntax::XmlRoot: {
      if (A.size() < 2 || A.size() > 3 ||
          (A.size() == 3 && !IsWord(2, {"YES", "NO", "NO VALUE"})))
        return false;
      Out += "XMLROOT(";
      expr(A[0]);
      Out += ", VERSION ";
      auto *V = dyn_cast_or_null<Literal>(A[1].get());
      if (V && V->LK == Literal::LitKind::Null)
        Out += "NO VALUE";
      else
        expr(A[1]);
      if (A.size() == 3) {
        Out += ", STANDALONE ";
        Out += cast<Literal>(*A[2]).Value;
      }
      break;
    }
    case FuncCall::Syntax::XmlSerialize: {
      // The target is a SimpleTypename: no array.
      auto *T = A.size() == 2 ? dyn_cast_or_null<Cast>(A[1].get()) : nullptr;
      if (!T || !IsWord(0, {"DOCUMENT", "CONTENT"}) || T->Type.isArray())
        return false;
      Out += "XMLSERIALIZE(";
      Out += cast<Literal>(*A[0]).Value;
      Out += ' ';
      expr(T->Operand);
      Out += " AS ";
      B.appendType(Out, T->Type);
      break;
    }
    case FuncCall::Syntax::XmlExists:
      if (A.size() != 2)
        return false;
      Out += "XMLEXISTS(";
      cOperand(A[0]);
      Out += " PASSING ";
      cOperand(A[1]);
      break;
    default:
      return false;
    }
    Out += ')';
    return true;
  }

  Precedence visitFuncCall(const FuncCall &C) {
    if (specialCall(C)) {
      // no arguments list to print
    } else if (C.Form == FuncCall::Syntax::NoParens) {
      appendUpper(Out, C.getFunctionName());
      if (!C.Args.empty()) {
        Out += '(';
        exprList(C.Args);
        Out += ')';
      }
    } else {
      functionName(C.Name);
      Out += '(';
      if (C.Star) {
        Out += '*';
      } else {
        if (C.Distinct)
          Out += "DISTINCT ";
        for (size_t I = 0; I != C.Args.size(); ++I) {
          if (I)
            Out += ", ";
          if (C.Variadic && I + 1 == C.Args.size())
            Out += "VARIADIC ";
          if (I < C.ArgNames.size() && !C.ArgNames[I].empty()) {
            B.appendIdentifier(Out, C.ArgNames[I]);
            Out += " => ";
          }
          if (C.Args[I])
            expr(C.Args[I]);
          else
            Out += "NULL";
        }
        if (!C.OrderBy.empty() && !C.WithinGroup) {
          Out += " ORDER BY ";
          sortKeys(C.OrderBy);
        }
      }
      Out += ')';
    }
    if (!C.OrderBy.empty() && C.WithinGroup) {
      Out += " WITHIN GROUP (ORDER BY ";
      sortKeys(C.OrderBy);
      Out += ')';
    }
    if (C.Filter) {
      Out += " FILTER (WHERE ";
      expr(C.Filter);
      Out += ')';
    }
    if (C.Over) {
      const WindowSpec &W = *C.Over;
      if (!W.RefName.empty() && W.PartitionBy.empty() && W.OrderBy.empty() &&
          W.Mode == WindowSpec::FrameMode::None) {
        Out += " OVER ";
        B.appendIdentifier(Out, W.RefName);
      } else {
        Out += " OVER (";
        windowSpec(W);
        Out += ')';
      }
    }
    return Precedence::Primary;
  }

  Precedence visitCast(const Cast &C) {
    if (const auto &CastType = B.getOptions().CastType) {
      std::optional<std::string> T = CastType(C.Type);
      if (!T)
        B.markUnsupported("a cast to " + B.type(C.Type));
      if (!T || T->empty())
        return visitChild(C.Operand);
      Out += "CAST(";
      expr(C.Operand);
      Out += " AS ";
      Out += *T;
      Out += ')';
      return Precedence::Primary;
    }
    auto *L = dyn_cast_or_null<Literal>(C.Operand.get());
    switch (C.Form) {
    case Cast::Syntax::TypedLiteral:
      if (L && L->LK == Literal::LitKind::String && !C.Type.isArray()) {
        // The fields of an interval follow the literal, as SQL writes them:
        // INTERVAL '3' HOUR, INTERVAL '1' DAY TO SECOND(3).
        if (auto Fields = B.getIntervalFields(C.Type)) {
          Out += Fields->first;
          Out += ' ';
          B.appendStringLiteral(Out, L->Value);
          Out += ' ';
          Out += Fields->second;
          return Precedence::Primary;
        }
        B.appendType(Out, C.Type);
        Out += ' ';
        B.appendStringLiteral(Out, L->Value);
        return Precedence::Primary;
      }
      [[fallthrough]];
    case Cast::Syntax::DoubleColon:
      if (F.DoubleColonCast) {
        operand(C.Operand, Precedence::TypeCast, false);
        Out += "::";
        B.appendType(Out, C.Type);
        return Precedence::TypeCast;
      }
      [[fallthrough]];
    case Cast::Syntax::CastFunction:
      Out += "CAST(";
      expr(C.Operand);
      Out += " AS ";
      B.appendType(Out, C.Type);
      Out += ')';
      return Precedence::Primary;
    }
    return Precedence::Primary;
  }

  Precedence visitCase(const Case &C) {
    Out += "CASE";
    if (C.Operand) {
      Out += ' ';
      expr(C.Operand);
    }
    for (const auto &W : C.Whens) {
      Out += " WHEN ";
      expr(W.first);
      Out += " THEN ";
      expr(W.second);
    }
    if (C.Else) {
      Out += " ELSE ";
      expr(C.Else);
    }
    Out += " END";
    return Precedence::Primary;
  }

  Precedence visitSubqueryExpr(const SubqueryExpr &S) {
    Precedence P = Precedence::Primary;
    switch (S.SK) {
    case SubqueryExpr::SubKind::Scalar:
      Out += '(';
      break;
    case SubqueryExpr::SubKind::Exists:
      Out += S.Negated ? "NOT EXISTS (" : "EXISTS (";
      P = S.Negated ? Precedence::Not : Precedence::Primary;
      break;
    case SubqueryExpr::SubKind::Array:
      if (!F.ArrayConstructors)
        B.markUnsupported("ARRAY(subquery)");
      Out += "ARRAY(";
      break;
    case SubqueryExpr::SubKind::In:
      operand(S.LHS, Precedence::Like, true);
      Out += S.Negated ? " NOT IN (" : " IN (";
      P = Precedence::Like;
      break;
    case SubqueryExpr::SubKind::Any:
    case SubqueryExpr::SubKind::All:
      operand(S.LHS, Precedence::OtherOp, false);
      Out += ' ';
      Out += comparison(S.Op);
      Out += S.SK == SubqueryExpr::SubKind::Any ? " ANY (" : " ALL (";
      P = Precedence::OtherOp;
      break;
    }
    nested(S.Query);
    Out += ')';
    return P;
  }

  Precedence visitInList(const InList &I) {
    operand(I.LHS, Precedence::Like, true);
    Out += I.Negated ? " NOT IN (" : " IN (";
    exprList(I.Items);
    Out += ')';
    return Precedence::Like;
  }

  Precedence visitBetween(const Between &Bt) {
    operand(Bt.Operand, Precedence::Like, true);
    Out += Bt.Negated ? " NOT BETWEEN " : " BETWEEN ";
    if (Bt.Symmetric)
      Out += "SYMMETRIC ";
    operand(Bt.Low, Precedence::Like, true);
    Out += " AND ";
    operand(Bt.High, Precedence::Like, true);
    return Precedence::Like;
  }

  Precedence visitIsTest(const IsTest &T) {
    static const char *const Names[] = {
        "NULL", "TRUE", "FALSE", "UNKNOWN", "DOCUMENT", "NORMALIZED", "JSON"};
    operand(T.Operand, Precedence::Is, true);
    Out += T.Negated ? " IS NOT " : " IS ";
    if (!T.Form.empty()) {
      appendUpper(Out, T.Form);
      Out += ' ';
    }
    Out += Names[unsigned(T.What)];
    return Precedence::Is;
  }

  Precedence visitQuantified(const Quantified &Q) {
    static const char *const Names[] = {" ANY (", " SOME (", " ALL ("};
    operand(Q.LHS, Precedence::OtherOp, false);
    Out += ' ';
    Out += comparison(Q.Op);
    Out += Names[unsigned(Q.Q)];
    expr(Q.RHS);
    Out += ')';
    return Precedence::OtherOp;
  }

  Precedence visitArrayExpr(const ArrayExpr &A) {
    if (!F.ArrayConstructors)
      B.markUnsupported("an ARRAY constructor");
    Out += A.Keyword ? "ARRAY[" : "[";
    exprList(A.Elements);
    Out += ']';
    return Precedence::Primary;
  }

  Precedence visitRowExpr(const RowExpr &R) {
    Out += R.Keyword || R.Fields.size() < 2 ? "ROW(" : "(";
    exprList(R.Fields);
    Out += ')';
    return Precedence::Primary;
  }

  /// The base of a subscript or field selection: a column reference, a
  /// parameter or another selection can take the suffix directly; anything
  /// else is parenthesized.
  void indirectionBase(const Expr &E, bool FieldSelection) {
    bool Bare =
        isa<Subscript>(E) || isa<FieldAccess>(E) || isa<Param>(E) ||
        (!FieldSelection && isa<ColumnRef>(E) && !cast<ColumnRef>(E).Star);
    size_t Start = Out.size();
    expr(E);
    if (!Bare)
      wrap(Start);
  }

  Precedence visitSubscript(const Subscript &S) {
    indirectionBase(S.Base, false);
    Out += '[';
    if (S.Lower)
      expr(S.Lower);
    if (S.Slice) {
      Out += ':';
      if (S.Upper)
        expr(S.Upper);
    }
    Out += ']';
    return Precedence::Primary;
  }

  Precedence visitFieldAccess(const FieldAccess &F) {
    indirectionBase(F.Base, true);
    Out += '.';
    if (F.Field == "*")
      Out += '*';
    else
      B.appendIdentifier(Out, F.Field);
    return Precedence::Primary;
  }

  Precedence visitCollateExpr(const CollateExpr &C) {
    operand(C.Operand, Precedence::Collate, false);
    Out += " COLLATE ";
    B.appendCollation(Out, C.Collation);
    return Precedence::Collate;
  }

  Precedence visitGroupingSet(const GroupingSet &G) {
    switch (G.SK) {
    case GroupingSet::SetKind::Rollup:
      Out += "ROLLUP (";
      break;
    case GroupingSet::SetKind::Cube:
      Out += "CUBE (";
      break;
    case GroupingSet::SetKind::Sets:
      Out += "GROUPING SETS (";
      break;
    case GroupingSet::SetKind::Empty:
      Out += "()";
      return Precedence::Primary;
    }
    for (size_t I = 0; I != G.Items.size(); ++I) {
      if (I)
        Out += ", ";
      // A row groups several columns: (a, b).
      if (auto *R = dyn_cast_or_null<RowExpr>(G.Items[I].get());
          R && !R->Keyword) {
        Out += '(';
        exprList(R->Fields);
        Out += ')';
      } else {
        expr(G.Items[I]);
      }
    }
    Out += ')';
    return Precedence::Primary;
  }

  void sortKey(const SortKey &K) {
    expr(K.Value);
    if (K.Direction == SortDirection::Using) {
      Out += " USING ";
      Out += K.UsingOp;
    }
    Out += sortDirection(K.Direction);
    Out += nullsOrder(K.Nulls);
  }

  void sortKeys(const std::vector<SortKey> &Keys) {
    for (size_t I = 0; I != Keys.size(); ++I) {
      if (I)
        Out += ", ";
      sortKey(Keys[I]);
    }
  }

  void frameBound(const WindowSpec::Bound &Bd) {
    switch (Bd.Kind) {
    case WindowSpec::BoundKind::UnboundedPreceding:
      Out += "UNBOUNDED PRECEDING";
      return;
    case WindowSpec::BoundKind::Preceding:
      expr(Bd.Offset);
      Out += " PRECEDING";
      return;
    case WindowSpec::BoundKind::CurrentRow:
      Out += "CURRENT ROW";
      return;
    case WindowSpec::BoundKind::Following:
      expr(Bd.Offset);
      Out += " FOLLOWING";
      return;
    case WindowSpec::BoundKind::UnboundedFollowing:
      Out += "UNBOUNDED FOLLOWING";
      return;
    }
  }

  void windowSpec(const WindowSpec &W) {
    size_t Start = Out.size();
    auto Sep = [&] {
      if (Out.size() != Start)
        Out += ' ';
    };
    if (!W.RefName.empty())
      B.appendIdentifier(Out, W.RefName);
    if (!W.PartitionBy.empty()) {
      Sep();
      Out += "PARTITION BY ";
      exprList(W.PartitionBy);
    }
    if (!W.OrderBy.empty()) {
      Sep();
      Out += "ORDER BY ";
      sortKeys(W.OrderBy);
    }
    if (W.Mode != WindowSpec::FrameMode::None) {
      static const char *const Modes[] = {"", "ROWS", "RANGE", "GROUPS"};
      static const char *const Excl[] = {"", " EXCLUDE CURRENT ROW",
                                         " EXCLUDE GROUP", " EXCLUDE TIES",
                                         " EXCLUDE NO OTHERS"};
      Sep();
      Out += Modes[unsigned(W.Mode)];
      if (W.End) {
        Out += " BETWEEN ";
        frameBound(W.Start);
        Out += " AND ";
        frameBound(*W.End);
      } else {
        Out += ' ';
        frameBound(W.Start);
      }
      Out += Excl[unsigned(W.Exclude)];
    }
  }

  //===--- Queries --------------------------------------------------------===//

  /// A line break before the next clause (a space on one line).
  void nl(unsigned Extra = 0) {
    if (!Pretty) {
      Out += ' ';
      return;
    }
    Out += '\n';
    Out.append(Indent + Extra, ' ');
  }

  /// \p R printed as a nested query, one level deeper.
  void nested(const Rel &R, unsigned Extra = 4) {
    unsigned Saved = Indent;
    Indent += Extra;
    query(R);
    Indent = Saved;
  }

  void query(const Rel &R) {
    if (auto *W = dyn_cast<With>(&R)) {
      Out += W->Recursive ? "WITH RECURSIVE " : "WITH ";
      for (size_t I = 0; I != W->Ctes.size(); ++I) {
        const CommonTableExpr &C = W->Ctes[I];
        if (I)
          Out += ", ";
        B.appendIdentifier(Out, C.Name);
        if (!C.ColumnNames.empty()) {
          Out += '(';
          B.appendIdentifierList(Out, C.ColumnNames);
          Out += ')';
        }
        Out += " AS ";
        if (C.Materialize == CommonTableExpr::Materialization::Materialized)
          Out += "MATERIALIZED ";
        else if (C.Materialize ==
                 CommonTableExpr::Materialization::NotMaterialized)
          Out += "NOT MATERIALIZED ";
        Out += '(';
        nl(4);
        nested(C.Query);
        nl();
        Out += ')';
      }
      nl();
      query(W->Body);
      return;
    }
    const Limit *L = dyn_cast<Limit>(&R);
    const Rel *Rest = L ? L->Input.get() : &R;
    const Sort *S = dyn_cast_or_null<Sort>(Rest);
    if (S)
      Rest = S->Input.get();
    if (!Rest) {
      missing();
      return;
    }

    LimitForm Form = L ? limitForm(*L) : LimitForm::LimitOffset;
    const Limit *Top = L && Form == LimitForm::Top ? L : nullptr;
    if (auto *P = dyn_cast<Project>(Rest)) {
      selectBlock(P, P->Input.get(), Top);
    } else if (auto *Op = dyn_cast<SetOp>(Rest)) {
      setOp(*Op);
      if (Top)
        B.markUnsupported("a row limit on a set operation");
    } else if (auto *V = dyn_cast<Values>(Rest); V && V->Alias.empty()) {
      values(*V);
      if (Top)
        B.markUnsupported("a row limit on VALUES");
    } else {
      selectBlock(nullptr, Rest, Top);
    }

    if (S) {
      nl();
      Out += "ORDER BY ";
      sortKeys(S->Keys);
    }
    if (L && !Top)
      limit(*L, Form);
  }

  enum class LimitForm { LimitOffset, FetchFirst, Top };

  /// How the target writes \p L: as written if it can, else in a form it
  /// has (TOP only without an offset).
  LimitForm limitForm(const Limit &L) {
    bool Fetch = L.Form == Limit::Syntax::FetchFirst;
    if (Fetch ? F.FetchFirst : F.LimitOffset)
      return Fetch ? LimitForm::FetchFirst : LimitForm::LimitOffset;
    if (F.FetchFirst)
      return LimitForm::FetchFirst;
    if (L.WithTies)
      B.markUnsupported("FETCH FIRST ... WITH TIES");
    if (F.LimitOffset)
      return LimitForm::LimitOffset;
    if (F.Top && !L.Offset)
      return LimitForm::Top;
    B.markUnsupported(Fetch ? "FETCH FIRST" : "LIMIT");
    return Fetch ? LimitForm::FetchFirst : LimitForm::LimitOffset;
  }

  void limit(const Limit &L, LimitForm Form) {
    if (Form == LimitForm::FetchFirst) {
      // select_fetch_first_value is a c_expr: parenthesize the rest.
      auto Value = [&](const Expr &E) {
        size_t Start = Out.size();
        expr(E);
        if (!isa<Literal>(E) && !isa<Param>(E) && !isa<ColumnRef>(E))
          wrap(Start);
      };
      if (L.Offset) {
        nl();
        Out += "OFFSET ";
        Value(*L.Offset);
        Out += " ROWS";
      }
      if (L.Count || L.WithTies) {
        nl();
        Out += "FETCH FIRST ";
        if (L.Count) {
          Value(*L.Count);
          Out += ' ';
        }
        Out += L.WithTies ? "ROWS WITH TIES" : "ROWS ONLY";
      }
      return;
    }
    if (L.Count) {
      nl();
      Out += "LIMIT ";
      expr(*L.Count);
    } else if (L.LimitAll && F.LimitAll) {
      nl();
      Out += "LIMIT ALL";
    }
    if (L.Offset) {
      nl();
      Out += "OFFSET ";
      expr(*L.Offset);
    }
  }

  void values(const Values &V) {
    Out += "VALUES ";
    for (size_t I = 0; I != V.Rows.size(); ++I) {
      if (I) {
        Out += ',';
        nl(4);
      }
      Out += '(';
      exprList(V.Rows[I]);
      Out += ')';
    }
  }

  static unsigned setOpLevel(SetOp::OpKind K) {
    return K == SetOp::OpKind::Intersect ? 2 : 1;
  }

  /// An operand of a set operation: bare if it is a plain SELECT block
  /// (or a set operation binding more tightly), else parenthesized.
  void setOperand(const Rel &R, const SetOp &Parent, bool Right) {
    bool Bare =
        isa<Project>(R) || (isa<Values>(R) && cast<Values>(R).Alias.empty());
    if (auto *Op = dyn_cast<SetOp>(&R)) {
      unsigned Mine = setOpLevel(Op->Op), Theirs = setOpLevel(Parent.Op);
      Bare = Mine > Theirs || (Mine == Theirs && !Right);
    }
    if (Bare) {
      query(R);
      return;
    }
    Out += '(';
    nested(R);
    Out += ')';
  }

  void setOp(const SetOp &Op) {
    static const char *const Names[] = {"UNION", "INTERSECT", "EXCEPT"};
    setOperand(Op.Left, Op, false);
    nl();
    Out += Names[unsigned(Op.Op)];
    if (Op.All)
      Out += " ALL";
    else if (Op.ExplicitDistinct)
      Out += " DISTINCT";
    nl();
    setOperand(Op.Right, Op, true);
  }

  /// \p Top: a row limit the target writes as SELECT TOP (n).
  void selectBlock(const Project *P, const Rel *Input, const Limit *Top) {
    Out += "SELECT";
    auto WriteTop = [&] {
      if (!Top || !Top->Count)
        return;
      Out += " TOP (";
      expr(*Top->Count);
      Out += Top->WithTies ? ") WITH TIES" : ")";
    };
    if (P) {
      switch (P->Distinct) {
      case Project::DistinctKind::None:
        break;
      case Project::DistinctKind::All:
        Out += " ALL";
        break;
      case Project::DistinctKind::Distinct:
        Out += " DISTINCT";
        break;
      case Project::DistinctKind::On:
        if (!F.DistinctOn)
          B.markUnsupported("DISTINCT ON");
        Out += " DISTINCT ON (";
        exprList(P->DistinctOn);
        Out += ')';
        break;
      }
      WriteTop();
      unsigned Saved = Indent;
      Indent += 4;
      for (size_t I = 0; I != P->Items.size(); ++I) {
        if (I) {
          Out += ',';
          nl();
        } else {
          Out += ' ';
        }
        selectItem(P->Items[I]);
      }
      Indent = Saved;
    } else {
      WriteTop();
      Out += " *";
    }

    const Filter *Having = nullptr, *Where = nullptr;
    const Aggregate *Agg = nullptr;
    if (auto *F = dyn_cast_or_null<Filter>(Input);
        F && llvm::isa_and_nonnull<Aggregate>(F->Input.get())) {
      Having = F;
      Input = F->Input.get();
    }
    if ((Agg = dyn_cast_or_null<Aggregate>(Input)))
      Input = Agg->Input.get();
    if ((Where = dyn_cast_or_null<Filter>(Input)))
      Input = Where->Input.get();

    if (Input) {
      nl();
      Out += "FROM ";
      fromClause(*Input);
    }
    if (Where) {
      nl();
      Out += "WHERE ";
      expr(Where->Condition);
    }
    if (Agg && !Agg->GroupBy.empty()) {
      nl();
      Out += "GROUP BY ";
      if (Agg->GroupByDistinct)
        Out += "DISTINCT ";
      exprList(Agg->GroupBy);
    }
    if (Having) {
      nl();
      Out += "HAVING ";
      expr(Having->Condition);
    }
    if (P && !P->Windows.empty()) {
      nl();
      Out += "WINDOW ";
      for (size_t I = 0; I != P->Windows.size(); ++I) {
        if (I)
          Out += ", ";
        B.appendIdentifier(Out, P->Windows[I].first);
        Out += " AS (";
        if (P->Windows[I].second)
          windowSpec(*P->Windows[I].second);
        else
          missing();
        Out += ')';
      }
    }
  }

  void selectItem(const SelectItem &I) {
    expr(I.Value);
    if (I.Alias.empty())
      return;
    // A bare label must not be a key word that needs AS (a quoted one is
    // fine).
    bool Quoted = D.needsQuotes(I.Alias);
    Out += I.ExplicitAs || (!Quoted && !D.isBareLabel(I.Alias)) ? " AS " : " ";
    B.appendIdentifier(Out, I.Alias);
  }

  void alias(const std::string &Alias, const std::vector<std::string> &Cols) {
    if (Alias.empty())
      return;
    Out += ' ';
    B.appendIdentifier(Out, Alias);
    if (!Cols.empty()) {
      Out += '(';
      B.appendIdentifierList(Out, Cols);
      Out += ')';
    }
  }

  /// A FROM item; joins on separate lines at the top level.
  void fromClause(const Rel &R) {
    if (auto *J = dyn_cast<Join>(&R))
      join(*J, false, true);
    else
      fromItem(R);
  }

  void fromItem(const Rel &R) {
    switch (R.getKind()) {
    case Rel::Kind::Scan: {
      auto &S = cast<Scan>(R);
      if (S.Only)
        Out += "ONLY ";
      B.appendName(Out, S.Table);
      alias(S.Alias, S.ColumnAliases);
      return;
    }
    case Rel::Kind::SubqueryScan: {
      auto &S = cast<SubqueryScan>(R);
      Out += S.Lateral ? "LATERAL (" : "(";
      nested(S.Input);
      Out += ')';
      alias(S.Alias, S.ColumnAliases);
      return;
    }
    case Rel::Kind::FunctionScan: {
      auto &F = cast<FunctionScan>(R);
      if (F.Lateral)
        Out += "LATERAL ";
      expr(F.Call);
      if (F.WithOrdinality)
        Out += " WITH ORDINALITY";
      if (F.ColumnDefs.empty()) {
        alias(F.Alias, F.ColumnAliases);
        return;
      }
      if (F.Alias.empty()) {
        Out += " AS (";
      } else {
        Out += ' ';
        B.appendIdentifier(Out, F.Alias);
        Out += '(';
      }
      for (size_t I = 0; I != F.ColumnDefs.size(); ++I) {
        if (I)
          Out += ", ";
        B.appendIdentifier(Out, F.ColumnDefs[I].first);
        Out += ' ';
        B.appendType(Out, F.ColumnDefs[I].second);
      }
      Out += ')';
      return;
    }
    case Rel::Kind::XmlTable: {
      auto &X = cast<XmlTable>(R);
      if (X.Lateral)
        Out += "LATERAL ";
      Out += "XMLTABLE(";
      if (!X.Namespaces.empty()) {
        Out += "XMLNAMESPACES(";
        for (size_t I = 0; I != X.Namespaces.size(); ++I) {
          const XmlNamespace &N = X.Namespaces[I];
          if (I)
            Out += ", ";
          if (N.Name.empty()) {
            Out += "DEFAULT ";
            bOperand(N.Uri);
          } else {
            bOperand(N.Uri);
            Out += " AS ";
            B.appendIdentifier(Out, N.Name);
          }
        }
        Out += "), ";
      }
      cOperand(X.RowExpr);
      Out += " PASSING ";
      cOperand(X.Document);
      Out += " COLUMNS ";
      for (size_t I = 0; I != X.Columns.size(); ++I) {
        const XmlTableColumn &C = X.Columns[I];
        if (I)
          Out += ", ";
        B.appendIdentifier(Out, C.Name);
        if (C.ForOrdinality) {
          Out += " FOR ORDINALITY";
          continue;
        }
        Out += ' ';
        B.appendType(Out, C.Type);
        if (C.Path) {
          Out += " PATH ";
          bOperand(C.Path);
        }
        if (C.Default) {
          Out += " DEFAULT ";
          bOperand(C.Default);
        }
        if (C.NotNull)
          Out += " NOT NULL";
        else if (C.ExplicitNull)
          Out += " NULL";
      }
      Out += ')';
      alias(X.Alias, X.ColumnAliases);
      return;
    }
    case Rel::Kind::Values: {
      auto &V = cast<Values>(R);
      Out += '(';
      values(V);
      Out += ')';
      if (V.Alias.empty())
        derivedAlias();
      else
        alias(V.Alias, V.ColumnAliases);
      return;
    }
    case Rel::Kind::Join:
      Out += '(';
      join(cast<Join>(R), true, false);
      Out += ')';
      return;
    default:
      // Not a FROM item: wrap the query into a derived table.
      Out += '(';
      nested(R);
      Out += ')';
      derivedAlias();
      return;
    }
  }

  void derivedAlias() {
    Out += " sub";
    Out += std::to_string(++NextAlias);
  }

  /// \p Explicit prints a comma join as CROSS JOIN (a comma join cannot be
  /// parenthesized); \p TopLevel puts each join on its own line.
  void join(const Join &J, bool Explicit, bool TopLevel) {
    bool Comma = J.Comma && !Explicit && J.JK == Join::JoinKind::Cross;
    if (auto *LJ = dyn_cast_or_null<Join>(J.Left.get())) {
      // A comma join left of an explicit join must be parenthesized.
      if (LJ->Comma && !Comma) {
        Out += '(';
        join(*LJ, true, false);
        Out += ')';
      } else {
        join(*LJ, Explicit, TopLevel);
      }
    } else {
      fromItem(J.Left);
    }
    if (Comma) {
      Out += ", ";
      fromItem(J.Right);
      return;
    }
    if (TopLevel)
      nl(4);
    else
      Out += ' ';
    if (J.Natural)
      Out += "NATURAL ";
    bool HasQual = J.Condition || !J.Using.empty();
    switch (J.JK) {
    case Join::JoinKind::Inner:
      Out += HasQual || J.Natural ? "JOIN " : "CROSS JOIN ";
      break;
    case Join::JoinKind::Left:
      Out += "LEFT JOIN ";
      break;
    case Join::JoinKind::Right:
      Out += "RIGHT JOIN ";
      break;
    case Join::JoinKind::Full:
      Out += "FULL JOIN ";
      break;
    case Join::JoinKind::Cross:
      Out += "CROSS JOIN ";
      break;
    }
    // On its own line, the right side's nested queries indent one more step.
    unsigned Saved = Indent;
    if (TopLevel)
      Indent += 4;
    fromItem(J.Right);
    Indent = Saved;
    if (J.Condition && !J.Natural) {
      Out += " ON ";
      expr(J.Condition);
    } else if (!J.Using.empty() && !J.Natural) {
      Out += " USING (";
      B.appendIdentifierList(Out, J.Using);
      Out += ')';
    }
  }

private:
  const SQLBuilder &B;
  const SQLDialect &D;
  const SQLFeatures &F;
  std::string &Out;
  /// Operators are written by kind: the IR is in another dialect.
  bool ByKind;
  bool Pretty;
  unsigned Indent;
  unsigned NextAlias = 0;
};

/// Calls \p Append on a fresh string and returns it.
template <typename Fn> std::string collect(Fn Append) {
  std::string R;
  Append(R);
  return R;
}

} // namespace

//===----------------------------------------------------------------------===//
// SQLBuilder
//===----------------------------------------------------------------------===//

void SQLBuilder::appendIdentifier(std::string &Out,
                                  llvm::StringRef Ident) const {
  D.appendIdentifier(Out, Ident);
}

void SQLBuilder::appendStringLiteral(std::string &Out,
                                     llvm::StringRef S) const {
  D.appendString(Out, S);
}

void SQLBuilder::appendName(std::string &Out, const QualifiedName &N) const {
  if (!N.Schema.empty() && !D.getFeatures().Schemas) {
    if (N.Schema != Opts.OnlySchema)
      markUnsupported("the schema '" + N.Schema + "'");
  } else if (!N.Schema.empty()) {
    D.appendIdentifier(Out, N.Schema);
    Out += '.';
  }
  D.appendIdentifier(Out, N.Name);
}

std::string SQLBuilder::name(const QualifiedName &N) const {
  return collect([&](std::string &R) { appendName(R, N); });
}

void SQLBuilder::appendIdentifierList(
    std::string &Out, const std::vector<std::string> &Idents) const {
  for (size_t I = 0; I != Idents.size(); ++I) {
    if (I)
      Out += ", ";
    D.appendIdentifier(Out, Idents[I]);
  }
}

std::string
SQLBuilder::identifierList(const std::vector<std::string> &Idents) const {
  return collect([&](std::string &R) { appendIdentifierList(R, Idents); });
}

std::optional<std::pair<llvm::StringRef, llvm::StringRef>>
SQLBuilder::getIntervalFields(const DataType &T) const {
  llvm::StringRef S = T.Spelling;
  if (!Opts.UseTypeSpellings || T.Kind != TypeKind::Interval || T.isArray())
    return std::nullopt;
  auto [Head, Fields] = S.split(' ');
  if (!Head.equals_insensitive("interval") || Fields.trim().empty())
    return std::nullopt;
  return std::make_pair(Head, Fields.trim());
}

bool SQLBuilder::spellingAgrees(const DataType &T) const {
  // The words outside parentheses and brackets, lower-cased outside
  // double quotes, one space apart; the last dotted part of a named type.
  std::string Key;
  unsigned Depth = 0;
  bool Quoted = false, Space = false;
  for (char C : llvm::StringRef(T.Spelling)) {
    if (Quoted) {
      Key += C;
      Quoted = C != '"';
      continue;
    }
    if (C == '(' || C == '[') {
      ++Depth;
      continue;
    }
    if (C == ')' || C == ']') {
      if (Depth)
        --Depth;
      continue;
    }
    if (Depth)
      continue;
    if (llvm::isSpace(C)) {
      Space = !Key.empty();
      continue;
    }
    if (Space)
      Key += ' ';
    Space = false;
    Quoted = C == '"';
    Key += C == '"' ? C : llvm::toLower(C);
  }
  llvm::StringRef K(Key);
  if (T.Kind == TypeKind::UserDefined || T.Kind == TypeKind::DialectSpecific ||
      T.Kind == TypeKind::Unknown) {
    llvm::StringRef Last =
        K.rsplit('.').second.empty() ? K : K.rsplit('.').second;
    if (Last.size() >= 2 && Last.front() == '"' && Last.back() == '"')
      Last = Last.drop_front().drop_back();
    return T.Name.Name.empty() || Last == T.Name.Name ||
           Last == llvm::StringRef(T.Name.Name).lower();
  }
  if (K.startswith("pg_catalog."))
    K = K.drop_front(11);
  // A quoted built-in name ("varchar"(5)) is that type's name.
  if (K.size() >= 2 && K.front() == '"' && K.back() == '"')
    K = K.drop_front().drop_back();
  // Interval fields follow the name ("interval day to second(3)").
  if (T.Kind == TypeKind::Interval && K.startswith("interval "))
    return true;
  const TypeName *Row = D.getTypes().lookup(K);
  if (!Row)
    return false;
  // float(p) is real or double precision by its precision.
  return Row->Kind == T.Kind || (K == "float" && (T.Kind == TypeKind::Real ||
                                                  T.Kind == TypeKind::Double));
}

void SQLBuilder::appendCollation(std::string &Out,
                                 const QualifiedName &N) const {
  const char *Neutral = Opts.Source && N.Schema.empty()
                            ? Opts.Source->getNeutralCollation(N.Name)
                            : nullptr;
  if (!Neutral) {
    appendName(Out, N);
    return;
  }
  if (const char *Mine = D.getCollationFor(Neutral)) {
    appendName(Out, QualifiedName(Mine));
    return;
  }
  markUnsupported("the collation '" + N.Name + "' of " +
                  Opts.Source->getDisplayName().str());
  appendName(Out, N);
}

void SQLBuilder::appendType(std::string &Out, const DataType &T) const {
  // A spelling of serial on a type that is no longer serial (a copy made by
  // LIKE, say) would bring the sequence back.
  if (Opts.UseTypeSpellings && !T.Spelling.empty() &&
      (T.Serial || !D.getTypes().isSerialName(T.Spelling)) &&
      spellingAgrees(T)) {
    Out += T.Spelling;
    return;
  }
  auto Mods = [&] {
    if (T.Modifiers.empty())
      return;
    Out += '(';
    for (size_t I = 0; I != T.Modifiers.size(); ++I) {
      if (I)
        Out += ',';
      Out += T.Modifiers[I];
    }
    Out += ')';
  };
  // A serial type where the target has serial pseudo-types; elsewhere the
  // integer type (the column's identity or default says the rest).
  std::optional<TypeTable::Spelling> Serial;
  if (T.Serial && !T.isArray() && D.getFeatures().SerialTypes)
    Serial = D.getTypes().getSpelling(T.Kind, /*Serial=*/true);
  std::optional<TypeTable::Spelling> S = D.getTypes().getSpelling(T.Kind);
  if (Serial) {
    Out += Serial->Name;
  } else if (T.Kind == TypeKind::UserDefined ||
             T.Kind == TypeKind::DialectSpecific || !S ||
             (T.Kind == TypeKind::Unknown && !T.Name.empty())) {
    appendName(Out, T.Name);
    Mods();
  } else {
    Out += S->Name;
    Mods();
    Out += S->Suffix;
  }
  for (unsigned I = 0; I != T.ArrayDims; ++I)
    Out += "[]";
}

std::string SQLBuilder::type(const DataType &T) const {
  return collect([&](std::string &R) { appendType(R, T); });
}

void SQLBuilder::appendExpr(std::string &Out, const Expr &E) const {
  Printer(*this, Out, 0, false).expr(E);
}

std::string SQLBuilder::expr(const Expr &E) const {
  return collect([&](std::string &R) { appendExpr(R, E); });
}

void SQLBuilder::appendExpr(std::string &Out, const Expr &E,
                            Precedence Min) const {
  Printer(*this, Out, 0, false).operand(E, Min, false);
}

std::string SQLBuilder::expr(const Expr &E, Precedence Min) const {
  return collect([&](std::string &R) { appendExpr(R, E, Min); });
}

void SQLBuilder::appendQuery(std::string &Out, const Rel &R,
                             unsigned Indent) const {
  Printer(*this, Out, Indent, Opts.Pretty).query(R);
}

std::string SQLBuilder::query(const Rel &R, unsigned Indent) const {
  return collect([&](std::string &S) { appendQuery(S, R, Indent); });
}

std::string SQLBuilder::sortKey(const SortKey &K) const {
  return collect(
      [&](std::string &R) { Printer(*this, R, 0, false).sortKey(K); });
}

std::string SQLBuilder::windowSpec(const WindowSpec &W) const {
  return collect(
      [&](std::string &R) { Printer(*this, R, 0, false).windowSpec(W); });
}

void SQLBuilder::appendIndexElement(std::string &Out,
                                    const IndexElement &E) const {
  if (E.isExpression()) {
    // A plain function call may stand bare; other expressions need
    // parentheses.
    auto *C = dyn_cast<FuncCall>(E.Expression.get());
    bool Bare = C && !C->Over && !C->Filter && C->OrderBy.empty();
    if (!Bare)
      Out += '(';
    appendExpr(Out, *E.Expression);
    if (!Bare)
      Out += ')';
  } else if (E.Column.empty()) {
    markMalformed();
  } else {
    D.appendIdentifier(Out, E.Column);
  }
  if (!E.collation().empty()) {
    Out += " COLLATE ";
    appendCollation(Out, E.collation());
  }
  if (!E.opClass().empty()) {
    Out += ' ';
    appendName(Out, E.opClass());
    if (!E.opClassParams().empty()) {
      Out += ' ';
      appendStorageParams(Out, E.opClassParams());
    }
  }
  Out += sortDirection(E.Direction);
  Out += nullsOrder(E.Nulls);
}

std::string SQLBuilder::indexElement(const IndexElement &E) const {
  return collect([&](std::string &R) { appendIndexElement(R, E); });
}

void SQLBuilder::appendStorageParams(std::string &Out,
                                     const StorageParams &P) const {
  Out += '(';
  for (size_t I = 0; I != P.size(); ++I) {
    if (I)
      Out += ", ";
    Out += P[I].first;
    if (!P[I].second.empty()) {
      Out += " = ";
      Out += P[I].second;
    }
  }
  Out += ')';
}

std::string SQLBuilder::storageParams(const StorageParams &P) const {
  return collect([&](std::string &R) { appendStorageParams(R, P); });
}
