//===- StatementSplitter.h - Split a script into statements ----*- C++ -*-===//
//
// Part of schemac. Cuts a script into statements the way the database's
// command-line client does: at the terminator (';') outside parentheses,
// strings, quoted identifiers and comments, with hooks for what differs
// between clients and dialects:
//
//   beginStatement(S)        reset per-statement state
//   scanCommandLine(S, Off)  a line that is a client command of its own
//                            (psql's \c, MySQL's DELIMITER, GO, /)
//   terminatorAt(Off)        a terminator that is not a token (MySQL's
//                            DELIMITER //); with HasCustomTerminator
//   isSeparatorLine(Off)     a line that ends the statement before it (GO,
//                            /); with HasSeparatorLines
//   onWord(T, Depth)         a word token (to find bodies whose ';' do not
//                            end the statement: SQL-standard function
//                            bodies, PL/SQL blocks, T-SQL procedures)
//   semicolonEnds()          whether ';' at depth 0 ends the statement now
//   afterStatement(S, Toks)  settings that change scanning, inline data
//
// The splitter is a CRTP base: a dialect's splitter derives from it and
// hides the hooks it needs, so the hooks cost no virtual call per token and
// the checks a dialect does not use compile away. The scanner is a
// template parameter too (SQLScanner, or a dialect's own), which must
// provide next(), skipTrivia(), skipTo(), getBuffer(), getLine(),
// getColumn(), hasError(), getError(), clearError(), kinds() and
// isKeyword(). frontend/sql/DialectSplitters.h has the hooks of MySQL's,
// SQL Server's and Oracle's clients.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_STATEMENTSPLITTER_H
#define SCHEMAC_FRONTEND_SQL_STATEMENTSPLITTER_H

#include "schemac/frontend/sql/Token.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace schemac {
namespace sql {

struct RawStatement {
  /// The statement's source text: from its first token to its terminator
  /// (included), or the end of a command line.
  uint32_t Begin = 0, End = 0;
  /// Line and column of the first token.
  uint32_t Line = 0, Col = 0;
  /// The statement's tokens in the token vector passed to next(), the
  /// terminating ';' included (no EOF token).
  uint32_t FirstToken = 0, NumTokens = 0;
  /// A client command line (psql's \c db, MySQL's DELIMITER, a GO or /
  /// batch separator); it has no tokens.
  bool MetaCommand = false;
  /// Ended by a terminator (rather than by the end of the input or a
  /// separator line).
  bool Terminated = false;
  /// A lexical error inside the statement (unterminated string, ...).
  std::optional<ScanError> LexError;
};

template <typename Derived, typename ScannerT, typename RawT = RawStatement>
class StatementSplitter {
public:
  explicit StatementSplitter(ScannerT Scan) : Scan(std::move(Scan)) {}

  /// Scans the next statement, appending its tokens to \p Tokens. Returns
  /// false when the input has no further statement.
  bool next(RawT &S, std::vector<Token> &Tokens);

  llvm::StringRef getBuffer() const { return Scan.getBuffer(); }
  ScannerT &getScanner() { return Scan; }

  //===--- Hooks (hidden by the derived splitter) -------------------------===//
  static constexpr bool HasCustomTerminator = false;
  static constexpr bool HasSeparatorLines = false;
  void beginStatement(RawT &S) {}
  bool scanCommandLine(RawT &S, uint32_t Offset) { return false; }
  uint32_t terminatorAt(uint32_t Offset) { return 0; }
  bool isSeparatorLine(uint32_t Offset) { return false; }
  void onWord(const Token &T, unsigned ParenDepth) {}
  bool semicolonEnds() { return true; }
  void afterStatement(RawT &S, const Token *Toks) {}

protected:
  bool isWordToken(const Token &T) const {
    return T.Type == Scan.kinds().Ident || Scan.isKeyword(T.Type);
  }
  /// True if \p T is the word \p LowerWord in any case.
  bool isWord(const Token &T, llvm::StringRef LowerWord) const {
    return T.size() == LowerWord.size() && isWordToken(T) &&
           Scan.getBuffer()
               .substr(T.Begin, T.size())
               .equals_insensitive(LowerWord);
  }
  /// True if only blanks precede \p Offset on its line.
  bool isFirstOnLine(uint32_t Offset) const {
    llvm::StringRef B = Scan.getBuffer();
    while (Offset > 0 && (B[Offset - 1] == ' ' || B[Offset - 1] == '\t'))
      --Offset;
    return Offset == 0 || B[Offset - 1] == '\n';
  }
  /// The line at \p Offset without its line break, and the offset after it.
  std::pair<llvm::StringRef, uint32_t> lineAt(uint32_t Offset) const {
    llvm::StringRef B = Scan.getBuffer();
    size_t Eol = B.find('\n', Offset);
    if (Eol == llvm::StringRef::npos)
      Eol = B.size();
    uint32_t End = static_cast<uint32_t>(Eol);
    if (End > Offset && B[End - 1] == '\r')
      --End;
    return {B.slice(Offset, End), End};
  }
  /// Makes the line at \p Offset statement \p S, a command line.
  void takeCommandLine(RawT &S, uint32_t Offset) {
    S.MetaCommand = true;
    S.End = lineAt(Offset).second;
    Scan.skipTo(S.End);
  }

  ScannerT Scan;

private:
  Derived &derived() { return static_cast<Derived &>(*this); }
};

template <typename Derived, typename ScannerT, typename RawT>
bool StatementSplitter<Derived, ScannerT, RawT>::next(
    RawT &S, std::vector<Token> &Tokens) {
  S = RawT();
  derived().beginStatement(S);
  Scan.clearError();
  llvm::StringRef B = Scan.getBuffer();
  uint32_t Off = Scan.skipTrivia();
  S.Line = Scan.getLine();
  S.Col = Scan.getColumn();
  S.Begin = S.End = Off;
  S.FirstToken = Tokens.size();
  if (Off >= B.size()) {
    // Only trivia left; report an unterminated comment in it.
    if (!Scan.hasError())
      return false;
    S.LexError = Scan.getError();
    Scan.clearError();
    return true;
  }
  if (derived().scanCommandLine(S, Off))
    return true;
  const TokenKinds &K = Scan.kinds();
  unsigned ParenDepth = 0;
  Token T;
  while (true) {
    if constexpr (Derived::HasCustomTerminator || Derived::HasSeparatorLines) {
      uint32_t At = Scan.skipTrivia();
      if (At >= B.size())
        break;
      if constexpr (Derived::HasCustomTerminator) {
        if (uint32_t Len = derived().terminatorAt(At)) {
          Scan.skipTo(At + Len);
          S.End = At + Len;
          S.Terminated = true;
          break;
        }
      }
      if constexpr (Derived::HasSeparatorLines) {
        if (Tokens.size() != S.FirstToken && isFirstOnLine(At) &&
            derived().isSeparatorLine(At))
          break;
      }
    }
    if (!Scan.next(T))
      break;
    Tokens.push_back(T);
    if (Scan.hasError() && !S.LexError)
      S.LexError = Scan.getError();
    if (T.Type == K.LParen) {
      ++ParenDepth;
    } else if (T.Type == K.RParen) {
      if (ParenDepth > 0)
        --ParenDepth;
    } else if (T.Type == K.Semi) {
      if (ParenDepth == 0 && derived().semicolonEnds()) {
        S.Terminated = true;
        break;
      }
    } else if (isWordToken(T)) {
      derived().onWord(T, ParenDepth);
    }
  }
  if (Scan.hasError() && !S.LexError)
    S.LexError = Scan.getError();
  S.NumTokens = Tokens.size() - S.FirstToken;
  if (S.NumTokens == 0)
    return S.LexError.has_value() || S.Terminated;
  S.End = std::max(S.End, Tokens.back().End);
  derived().afterStatement(S, Tokens.data() + S.FirstToken);
  return true;
}

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_STATEMENTSPLITTER_H
