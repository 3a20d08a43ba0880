//===- AntlrParseDriver.h - Run an ANTLR parser on a statement -*- C++ -*-===//
//
// Part of schemac. Feeds one statement's tokens (from the dialect's scanner)
// to a generated ANTLR parser and enters the rule of the statement's kind
// directly. Parsing is two-stage, as ANTLR recommends: SLL prediction with
// the bail-out error strategy first (fast, and right for every valid
// statement of our grammars), and only if that fails a full LL parse whose
// first syntax error becomes a clang-style diagnostic with a readable set
// of expected tokens (found by simulating the ATN, as a bison parser would
// report it).
//
// The driver works with any grammar whose parser derives from
// AntlrParserBase; what it needs to know about the grammar is an
// AntlrGrammarInfo. It also installs a faster prediction simulator. One
// driver per thread; the tree of a parse lives until the next parse or
// release(). ANTLR's exceptions never leave this class.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ANTLRPARSEDRIVER_H
#define SCHEMAC_FRONTEND_SQL_ANTLRPARSEDRIVER_H

#include "AntlrParserBase.h"
#include "AntlrPredictionTable.h"
#include "AntlrRuleContext.h"

#include "schemac/frontend/sql/Token.h"
#include "schemac/support/Diagnostic.h"

#include "antlr4-runtime.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <memory>
#include <string>
#include <vector>

namespace schemac {
namespace sql {

/// An antlr4::Token over a sql::Token: the text is a view of the source
/// buffer, columns are byte columns.
class AntlrToken final : public antlr4::Token {
public:
  AntlrToken(const sql::Token &T, llvm::StringRef Buffer, size_t Index,
             antlr4::TokenSource *Source, uint16_t EofType)
      : Tok(T), Buf(Buffer.data()), Index(Index), Source(Source),
        EofType(EofType) {}

  std::string getText() const override {
    return std::string(Buf + Tok.Begin, Tok.size());
  }
  size_t getType() const override {
    return Tok.Type == EofType ? antlr4::Token::EOF : Tok.Type;
  }
  size_t getLine() const override { return Tok.Line; }
  size_t getCharPositionInLine() const override { return Tok.Col - 1; }
  size_t getChannel() const override { return DEFAULT_CHANNEL; }
  size_t getTokenIndex() const override { return Index; }
  size_t getStartIndex() const override { return Tok.Begin; }
  size_t getStopIndex() const override { return Tok.End - 1; }
  antlr4::TokenSource *getTokenSource() const override { return Source; }
  antlr4::CharStream *getInputStream() const override { return nullptr; }
  std::string toString() const override { return getText(); }

  const sql::Token &get() const { return Tok; }
  llvm::StringRef text() const {
    return llvm::StringRef(Buf + Tok.Begin, Tok.size());
  }

private:
  sql::Token Tok;
  const char *Buf;
  size_t Index;
  antlr4::TokenSource *Source;
  uint16_t EofType;
};

/// The Token behind a token of a driver's token stream.
inline const Token &tokenOf(antlr4::Token *T) {
  return static_cast<AntlrToken *>(T)->get();
}

/// What the driver needs to know about a grammar to word its errors.
struct AntlrGrammarInfo {
  /// The name of a token type in messages ("'('", "CREATE", "identifier",
  /// "end of input"); the Eof type of the scanner's TokenKinds for EOF.
  std::string (*DisplayName)(uint16_t Type) = nullptr;
  bool (*IsKeyword)(uint16_t Type) = nullptr;
  uint16_t Eof = 0xFFFF;
  uint16_t Ident = 0;
  /// Tokens that are identifiers too (quoted identifiers): an expected-token
  /// list that has the identifier leaves them out.
  std::vector<uint16_t> IdentifierTokens;
  /// Rules whose tokens are key words usable as names (the grammar's
  /// unreserved key word rules): likewise left out.
  std::vector<size_t> NameKeywordRules;
  /// The grammar's prediction table (AntlrPredictionTable.h), or null.
  const AntlrPredictionTable *Table = nullptr;
  /// A binary operator alternative, whose left operand may continue a chain
  /// of operators (OpChain): that operand is no level of its own when the
  /// driver measures the depth of a tree. Null: every context is a level.
  bool (*IsChainOperator)(const antlr4::ParserRuleContext *C) = nullptr;
  /// A rule of queries: nesting too deep there is a query's ("query is
  /// nested too deeply"), elsewhere an expression's. Null: none.
  bool (*IsQueryRule)(size_t RuleIndex) = nullptr;
};

class AntlrParseDriver {
public:
  using ParserFactory = llvm::function_ref<std::unique_ptr<AntlrParserBase>(
      antlr4::TokenStream *)>;
  /// Creates the parser through \p MakeParser, over the driver's token
  /// stream.
  AntlrParseDriver(ParserFactory MakeParser, AntlrGrammarInfo Grammar);
  ~AntlrParseDriver();

  /// Parses a statement with rule \p RuleIndex, entered by \p Enter (which
  /// calls the generated rule function). Returns the root context, or null
  /// after adding a syntax error to \p Diags. A statement whose rules nest
  /// deeper than AntlrParserBase::MaxRuleDepth, while parsing or in the
  /// tree (where chains of binary operators count as one level), is
  /// refused with err_too_deep, so that no recursive walk over the tree
  /// (the lowering) can exhaust the stack.
  antlr4::ParserRuleContext *
  parse(size_t RuleIndex,
        llvm::function_ref<antlr4::ParserRuleContext *()> Enter,
        const StatementTokens &In, std::vector<Diagnostic> &Diags);
  /// Frees the tree of the last parse.
  void release();

  AntlrParserBase &getParser() { return *Parser; }
  /// Number of statements that needed the LL fallback (for benchmarks).
  unsigned getNumLLFallbacks() const { return NumLLFallbacks; }

  /// The grammar's prediction table is current and in use.
  bool usesPredictionTable() const;
  /// Whether drivers created from now on use prediction tables (on by
  /// default; off to build a table from scratch).
  static void setPredictionTablesEnabled(bool On);
  /// Writes the prediction DFA that the parsers of this grammar have built
  /// in this process as the source of a prediction table (assignments to
  /// ATNHash and Words); returns the number of DFA states.
  size_t writePredictionTable(llvm::raw_ostream &OS);

private:
  class TokenStream;
  class ErrorStrategy;

  ParseArena Arena;
  AntlrGrammarInfo Grammar;
  std::unique_ptr<TokenStream> Stream;
  std::unique_ptr<AntlrParserBase> Parser;
  std::shared_ptr<antlr4::BailErrorStrategy> Bail;
  std::shared_ptr<ErrorStrategy> Reporter;
  unsigned NumLLFallbacks = 0;
  /// The last parse threw: its contexts must be destroyed.
  bool Failed = false;
};

/// The grammar rule statements of one kind are parsed with: its index and
/// the generated function that enters it.
template <typename ParserT> struct StatementRule {
  size_t Index;
  antlr4::ParserRuleContext *(*Enter)(ParserT &);
};

/// A frontend's per-thread parser: statements of kind K (a frontend's
/// statement kind enum, its parsed kinds first) are parsed with Rules[K].
/// The driver is made at the first statement.
template <typename ParserT> class StatementParseDriver {
public:
  StatementParseDriver(llvm::ArrayRef<StatementRule<ParserT>> Rules,
                       AntlrGrammarInfo (*Info)())
      : Rules(Rules), Info(Info) {}

  antlr4::ParserRuleContext *parse(unsigned Kind, const StatementTokens &In,
                                   std::vector<Diagnostic> &Diags) {
    if (!Driver)
      Driver = std::make_unique<AntlrParseDriver>(
          [](antlr4::TokenStream *S) -> std::unique_ptr<AntlrParserBase> {
            return std::make_unique<ParserT>(S);
          },
          Info());
    const StatementRule<ParserT> &R = Rules[Kind];
    auto &Parser = static_cast<ParserT &>(Driver->getParser());
    return Driver->parse(
        R.Index, [&] { return R.Enter(Parser); }, In, Diags);
  }
  void release() { Driver->release(); }

private:
  llvm::ArrayRef<StatementRule<ParserT>> Rules;
  AntlrGrammarInfo (*Info)();
  std::unique_ptr<AntlrParseDriver> Driver;
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ANTLRPARSEDRIVER_H
