//===- FastQueryParser.h - Hand-written query parser ------------*- C++ -*-===//
//
// Part of schemac. A precedence-climbing parser for SELECT bodies and
// expressions that builds the IR (Rel, Expr) straight from the tokens, with
// no parse tree and no prediction: every step is decided on one or two
// tokens (docs/Parsing.md). It is the fast path in front of a dialect's
// ANTLR grammar and must give exactly the IR the grammar's lowering gives,
// so it is safe by construction: it takes the constructs it knows and
// declines (returns null, reports nothing) on anything else, on any syntax
// error and on nesting deeper than a bound; the caller then parses the
// statement with ANTLR, which reports the errors.
//
// Dialects differ in data, not code: the binding strength of operators comes
// from the dialect's OperatorTable, key words are known by meaning (Word)
// through a map from the dialect's token types, and what is a dialect's own
// (identifier folding, string values, type names) goes through
// FastParseHooks.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_FASTQUERYPARSER_H
#define SCHEMAC_FRONTEND_SQL_FASTQUERYPARSER_H

#include "schemac/dialects/KeywordTable.h"
#include "schemac/dialects/OperatorTable.h"
#include "schemac/frontend/sql/Token.h"
#include "schemac/ir/DataType.h"
#include "schemac/ir/Expr.h"
#include "schemac/ir/Rel.h"
#include "schemac/support/Limits.h"

#include <string>
#include <vector>

namespace schemac {
namespace sql {

/// What a token is to the fast parser: the class of a token that is not a
/// key word, or Keyword (its Word and category say more).
enum class TokClass : uint8_t {
  Other, ///< Anything the fast parser does not take.
  Ident,
  QuotedIdent,
  Keyword,
  Integer,
  Numeric,
  String,
  Operator, ///< A symbolic operator (its spelling is its text).
  Star,     ///< `*`, an operator too.
  Comma,
  Dot,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Typecast,
  Semi,
  Eof,
};

/// The key words the fast parser knows, by meaning.
enum class Word : uint8_t {
#define FAST_WORD(Name, Spelling) Name,
#include "FastQueryWords.def"
  NumWords
};

/// Per token type of a dialect's vocabulary.
struct TokInfo {
  TokClass Class = TokClass::Other;
  Word W = Word::None;
  KeywordCategory Category = KeywordCategory::NotKeyword;
};

/// What a dialect supplies.
class FastParseHooks {
public:
  virtual ~FastParseHooks();
  /// What each token type is: indexed by type; types beyond the table are
  /// TokClass::Other, the end of input (past the last token) is Eof.
  virtual llvm::ArrayRef<TokInfo> tokenInfos() const = 0;
  /// The identifier token \p T denotes (folded, unquoted). False to
  /// decline (the name would need a diagnostic).
  virtual bool name(const Token &T, std::string &Out) = 0;
  /// The value of the string constant \p T; false to decline.
  virtual bool stringValue(const Token &T, std::string &Out) = 0;
  /// Parses a type name starting at token \p I; advances \p I past it.
  /// False to decline.
  virtual bool typeName(unsigned &I, DataType &Out) = 0;
  /// The dialect's operators (binding strength by spelling).
  virtual const OperatorTable &operators() const = 0;
  /// A primary expression the shared parser does not know (typed
  /// literals, dialect key word forms) at token \p I; advances \p I. Null
  /// to decline.
  virtual ExprPtr primary(unsigned &I) { return nullptr; }
  /// True if the key word token \p Type may be the field of EXTRACT.
  virtual bool isExtractField(uint16_t Type) const { return false; }
  /// Prefix minus applied to \p Operand (PostgreSQL folds it into a
  /// numeric constant).
  virtual ExprPtr negate(Location L, ExprPtr Operand) = 0;
};

/// -N as the literal -N where the operand is a number literal (as DEFAULT
/// -1 reads in SQLite and MySQL), else the unary minus.
ExprPtr negateLiteral(Location Loc, ExprPtr Operand);

class FastQueryParser {
  static constexpr Token EofToken{0xFFFF, 0, 0, 0, 0};
  static constexpr TokInfo EofInfo{TokClass::Eof};
  static constexpr TokInfo OtherInfo{};

public:
  FastQueryParser(const StatementTokens &In, FastParseHooks &Hooks)
      : In(In), Hooks(Hooks), Infos(Hooks.tokenInfos()) {}

  /// Parses a query (SELECT, set operations, WITH, ORDER BY, LIMIT) at
  /// token Pos. Null if declined; Pos is then unspecified.
  RelPtr parseQuery();
  /// Parses an expression at token Pos. Null if declined.
  ExprPtr parseExpr() { return parseExpr(Precedence::Lowest); }
  /// Parses a restricted expression (b_expr of PostgreSQL's grammar, as in
  /// DEFAULT): arithmetic and other operators, no AND, OR, NOT, IS,
  /// comparison, LIKE-level operators, COLLATE or AT TIME ZONE at its top.
  ExprPtr parseBExpr();

  /// The token the parser is at; the caller parses what follows.
  unsigned Pos = 0;

  //===--- Token access, also for the dialect's statement parsers ---------===//
  // Inline: the parser asks for every token's class and word several times.
  const Token &tok(unsigned I) const {
    return I < In.N ? In.Toks[I] : EofToken;
  }
  const TokInfo &info(unsigned I) const {
    if (I >= In.N)
      return EofInfo;
    uint16_t T = In.Toks[I].Type;
    return T < Infos.size() ? Infos[T] : OtherInfo;
  }
  TokClass cls(unsigned I) const { return info(I).Class; }
  Word word(unsigned I) const { return info(I).W; }
  bool isWord(Word W) const { return word(Pos) == W; }
  bool isClass(TokClass C) const { return cls(Pos) == C; }
  /// Consumes the token at Pos if it is \p W / of class \p C.
  bool accept(Word W);
  bool accept(TokClass C);
  Location loc(unsigned I) const;
  llvm::StringRef text(unsigned I) const;
  /// An identifier that may name a column or table (colId): an identifier
  /// or an unreserved key word.
  bool isColId(unsigned I) const;
  /// Any identifier or key word (colLabel).
  bool isColLabel(unsigned I) const;
  /// Parses a colId at Pos into \p Out.
  bool colId(std::string &Out);
  bool colLabel(std::string &Out);
  /// colId ('.' colLabel)*, one to three parts.
  bool qualifiedName(QualifiedName &Out);
  /// '(' colId (',' colId)* ')'.
  bool nameList(std::vector<std::string> &Out);

private:
  ExprPtr parseExpr(Precedence MinPrec);
  ExprPtr parsePrimary();
  ExprPtr parseColumnRefOrCall();
  ExprPtr parseCall(Location L, std::vector<std::string> Name);
  ExprPtr parseCase();
  ExprPtr parseSpecialFunc();
  ExprPtr parseXmlFunc();
  bool parseXmlLabelled(FuncCall &F);
  bool parseXmlPassing(ExprPtr &Out);
  /// At '(' of a window specification.
  std::unique_ptr<WindowSpec> parseWindowSpec();
  ExprPtr parseArray(bool Keyword);
  bool parseExprList(std::vector<ExprPtr> &Out);
  /// Parses the operator at Pos with its right operand(s), if it binds at
  /// least as tightly as \p MinPrec; Prec is set to its binding strength
  /// and NonAssoc to whether its level is non-associative.
  /// Returns LHS unchanged (and Prec = Lowest) if the token is no operator
  /// of the expression; null to decline.
  ExprPtr parseInfix(ExprPtr LHS, Precedence MinPrec, Precedence &Prec,
                     bool &NonAssoc);

  RelPtr parseSetOps(unsigned MinLevel);
  RelPtr parseSelectPrimary();
  RelPtr parseSimpleSelect();
  RelPtr parseTableRef(unsigned MinLevel);
  RelPtr parseTablePrimary();
  bool parseAlias(std::string &Alias, std::vector<std::string> &Columns);
  bool parseSortClause(std::vector<SortKey> &Keys);
  bool isQueryStart(unsigned I) const;
  /// Skips a parenthesized token sequence at Pos.
  bool skipParens();

  /// Nesting of parseExpr and parseQuery, and of operators applied to an
  /// operand in one parseExpr or set operations in one parseSetOps; beyond
  /// MaxDepth the parser declines (the ANTLR path reports what it reports). A
  /// statement within the nesting limit (brackets and IR levels,
  /// support/Limits.h) stays below it; it only keeps the stack bounded.
  struct DepthScope {
    FastQueryParser &P;
    explicit DepthScope(FastQueryParser &P) : P(P) { ++P.Depth; }
    ~DepthScope() { --P.Depth; }
    bool tooDeep() const { return P.Depth > MaxDepth; }
  };
  static constexpr unsigned MaxDepth = 3 * MaxNestingDepth;

  const StatementTokens &In;
  FastParseHooks &Hooks;
  llvm::ArrayRef<TokInfo> Infos;
  unsigned Depth = 0;
  /// Parsing the lower bound of BETWEEN (a b_expr of the grammar).
  bool InBExpr = false;
  /// CTE names visible in the query being parsed, innermost last.
  std::vector<std::vector<std::string>> CteScopes;
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_FASTQUERYPARSER_H
