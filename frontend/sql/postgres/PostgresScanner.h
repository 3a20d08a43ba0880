//===- PostgresScanner.h - Hand-written PostgreSQL scanner -----*- C++ -*-===//
//
// Part of schemac. The scanner turns a PostgreSQL script into tokens with
// the token types of the ANTLR vocabulary (PostgresLexer.g4), at many times
// the speed of the generated lexer. It implements the lexical rules of
// PostgreSQL's scan.l; a unit test checks it against the ANTLR lexer on the
// corpora.
//
// Tokens are plain values (type, byte range, line, column); the parse driver
// wraps them into antlr4::Token objects only for statements it parses.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSCANNER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSCANNER_H

#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace schemac {
namespace pg {

struct PgToken {
  /// Token type of the generated PostgresLexer (K_CREATE, IDENT, ...).
  uint16_t Type = 0;
  uint32_t Begin = 0; ///< Byte offset of the first character.
  uint32_t End = 0;   ///< Byte offset one past the last character.
  uint32_t Line = 0;  ///< 1-based.
  uint32_t Col = 0;   ///< 1-based byte column.

  uint32_t size() const { return End - Begin; }
};

/// Token types of the vocabulary, for code that must not include the
/// generated headers.
namespace tok {
extern const uint16_t Eof, Ident, QuotedIdent, UnicodeQuotedIdent, String,
    EscapeString, NationalString, UnicodeString, BitString, HexString,
    DollarString, Integer, Numeric, Param, Operator, Semi, Comma, Dot, LParen,
    RParen, LBracket, RBracket, Colon, Typecast, ErrorChar;
} // namespace tok

/// Keyword table: the keyword token type of a lower-case word, or 0.
uint16_t lookupKeyword(llvm::StringRef LowerWord);
/// True if \p Type is a keyword token.
bool isKeywordToken(uint16_t Type);
/// Display name of a token type for messages ("'('", "CREATE",
/// "identifier", "end of input").
std::string getTokenDisplayName(uint16_t Type);

/// A lexical error found while scanning.
struct ScanError {
  DiagID ID{}; ///< Set by PostgresScanner::error().
  uint32_t Offset = 0;
  uint32_t Line = 0, Col = 0;
  std::string Arg;
};

class PostgresScanner {
public:
  /// Scans \p Buffer from \p Offset (a UTF-8 BOM at offset 0 is skipped).
  explicit PostgresScanner(llvm::StringRef Buffer, uint32_t Offset = 0);

  /// Scans the next token into \p T; returns false at end of input (T is
  /// then an EOF token at the end). Whitespace and comments are skipped. On
  /// a lexical error the token is still produced (an unterminated string
  /// extends to the end of input) and hasError() becomes true.
  bool next(PgToken &T);

  /// standard_conforming_strings: when false, backslashes are escapes in
  /// plain '...' strings.
  void setStandardConformingStrings(bool V) { StdStrings = V; }
  bool getStandardConformingStrings() const { return StdStrings; }

  bool hasError() const { return HasError; }
  /// The first error since the last clearError().
  const ScanError &getError() const { return Error; }
  void clearError() { HasError = false; }

  /// Current position (the start of the next token's whitespace).
  uint32_t getOffset() const { return Pos; }
  uint32_t getLine() const { return Line; }
  uint32_t getColumn() const { return Pos - LineStart + 1; }
  /// Moves to \p Offset, which must be at or after the current position;
  /// line numbers are kept up to date.
  void skipTo(uint32_t Offset);
  /// Skips whitespace and comments; returns the offset of the next token.
  uint32_t skipTrivia();

  llvm::StringRef getBuffer() const { return Buf; }

private:
  void error(DiagID ID, uint32_t Offset, std::string Arg = "");
  void newline(uint32_t NewlineOffset) {
    ++Line;
    LineStart = NewlineOffset + 1;
  }
  uint16_t scanIdentifierOrKeyword(uint32_t Start);
  void scanQuoted(char Quote, bool Backslashes, uint32_t Start);
  void scanStringWithContinuation(bool Backslashes, uint32_t Start,
                                  bool NoEscapes = false);
  bool tryQuoteContinuation();
  uint16_t scanNumber(uint32_t Start);
  uint16_t scanOperator(uint32_t Start);
  bool scanDollarQuote(uint32_t Start);
  void skipBlockComment(uint32_t Start);

  llvm::StringRef Buf;
  uint32_t Pos = 0;
  uint32_t Line = 1;
  uint32_t LineStart = 0;
  bool StdStrings = true;
  bool HasError = false;
  /// Line and column of the token (or comment) being scanned.
  uint32_t StartLine = 1, StartCol = 1;
  ScanError Error;
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSCANNER_H
