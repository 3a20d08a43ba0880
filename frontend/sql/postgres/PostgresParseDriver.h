//===- PostgresParseDriver.h - Run the ANTLR parser on a statement -*- C++ -*-//
//
// Part of schemac. Feeds one statement's tokens (from PostgresScanner) to the
// generated ANTLR parser and enters the rule of the statement's kind
// directly. Parsing is two-stage, as ANTLR recommends: SLL prediction with
// the bail-out error strategy first (fast, and right for every valid
// statement of our grammar), and only if that fails a full LL parse whose
// first syntax error becomes a clang-style diagnostic with a readable set
// of expected tokens.
//
// One driver per thread; the tree of a parse lives until the next parse or
// release(). ANTLR's exceptions never leave this class.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESPARSEDRIVER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESPARSEDRIVER_H

#include "PgRuleContext.h"
#include "PostgresClassifier.h"
#include "PostgresScanner.h"

#include "schemac/support/Diagnostic.h"

#include "antlr4-runtime.h"

#include <memory>
#include <vector>

namespace schemac {
namespace pg {

class PostgresParser;

/// An antlr4::Token over a PgToken: the text is a view of the source buffer,
/// columns are byte columns.
class PgAntlrToken final : public antlr4::Token {
public:
  PgAntlrToken(const PgToken &T, llvm::StringRef Buffer, size_t Index,
               antlr4::TokenSource *Source)
      : Tok(T), Buf(Buffer.data()), Index(Index), Source(Source) {}

  std::string getText() const override {
    return std::string(Buf + Tok.Begin, Tok.size());
  }
  size_t getType() const override {
    return Tok.Type == tok::Eof ? antlr4::Token::EOF : Tok.Type;
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

  const PgToken &get() const { return Tok; }
  llvm::StringRef text() const {
    return llvm::StringRef(Buf + Tok.Begin, Tok.size());
  }

private:
  PgToken Tok;
  const char *Buf;
  size_t Index;
  antlr4::TokenSource *Source;
};

/// The PgToken behind a token of our token stream.
inline const PgToken &pgToken(antlr4::Token *T) {
  return static_cast<PgAntlrToken *>(T)->get();
}

struct StatementTokens {
  llvm::StringRef Buffer;
  const PgToken *Toks = nullptr;
  unsigned N = 0;
  uint32_t File = 0;
};

class PostgresParseDriver {
public:
  PostgresParseDriver();
  ~PostgresParseDriver();

  /// Parses a statement of kind \p K (a parsed kind). Returns the root
  /// context, or null after adding a syntax error to \p Diags.
  antlr4::ParserRuleContext *parse(StmtKind K, const StatementTokens &In,
                                   std::vector<Diagnostic> &Diags);
  /// Frees the tree of the last parse.
  void release();

  /// Number of statements that needed the LL fallback (for benchmarks).
  unsigned getNumLLFallbacks() const { return NumLLFallbacks; }

private:
  class TokenStream;
  class ErrorStrategy;
  antlr4::ParserRuleContext *invoke(StmtKind K);
  static size_t ruleIndex(StmtKind K);

  ParseArena Arena;
  std::unique_ptr<TokenStream> Stream;
  std::unique_ptr<PostgresParser> Parser;
  std::shared_ptr<antlr4::BailErrorStrategy> Bail;
  std::shared_ptr<ErrorStrategy> Reporter;
  unsigned NumLLFallbacks = 0;
  /// The last parse threw: its contexts must be destroyed.
  bool Failed = false;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESPARSEDRIVER_H
