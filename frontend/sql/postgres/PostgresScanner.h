//===- PostgresScanner.h - Hand-written PostgreSQL scanner -----*- C++ -*-===//
//
// Part of schemac. The scanner turns a PostgreSQL script into tokens with
// the token types of the ANTLR vocabulary (PostgresLexer.g4), at many times
// the speed of the generated lexer. It implements the lexical rules of
// PostgreSQL's scan.l; unit tests check it against the ANTLR lexer and
// against the shared trait-driven scanner (SQLScanner with PostgreSQL's
// traits) on the corpora. It is PostgreSQL's override of SQLScanner: the
// same interface, hand-written for speed.
//
// Tokens are plain values (sql::Token); the parse driver wraps them into
// antlr4::Token objects only for statements it parses.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSCANNER_H
#define SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSCANNER_H

#include "schemac/frontend/sql/SQLScanner.h"
#include "schemac/frontend/sql/ScannerBase.h"
#include "schemac/frontend/sql/Token.h"

#include "llvm/ADT/ArrayRef.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace schemac {
namespace pg {

using PgToken = sql::Token;
using ScanError = sql::ScanError;

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
/// Every keyword token: (lower-case word, token type).
llvm::ArrayRef<std::pair<std::string, uint16_t>> getKeywordTokens();
/// PostgreSQL's vocabulary for the shared trait-driven scanner
/// (sql::SQLScanner with PostgreSQL's LexicalTraits), which gives the same
/// tokens as PostgresScanner.
const sql::ScannerVocabulary &getPostgresVocabulary();
/// True if \p Type is a keyword token.
bool isKeywordToken(uint16_t Type);
/// Whether \p Type is the token of a key word that PostgreSQL 15 reserves:
/// written without quotes, it never names a table, type or function.
bool isReservedKeywordToken(uint16_t Type);
/// Display name of a token type for messages ("'('", "CREATE",
/// "identifier", "end of input").
std::string getTokenDisplayName(uint16_t Type);

class PostgresScanner : public sql::ScannerBase {
public:
  /// Scans \p Buffer from \p Offset (a UTF-8 BOM at offset 0 is skipped).
  explicit PostgresScanner(llvm::StringRef Buffer, uint32_t Offset = 0);

  /// Scans the next token into \p T; returns false at end of input (T is
  /// then an EOF token at the end). Whitespace and comments are skipped. On
  /// a lexical error the token is still produced (an unterminated string
  /// extends to the end of input) and hasError() becomes true.
  bool next(PgToken &T);
  /// Skips whitespace and comments; returns the offset of the next token.
  uint32_t skipTrivia();

  /// The token types of the shared token classes.
  static const sql::TokenKinds &kinds();
  static bool isKeyword(uint16_t Type) { return isKeywordToken(Type); }

private:
  uint16_t scanIdentifierOrKeyword(uint32_t Start);
  void scanString(bool Backslashes, uint32_t Start, bool NoEscapes = false);
  uint16_t number();
  uint16_t scanOperator(uint32_t Start);
};

} // namespace pg
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_POSTGRES_POSTGRESSCANNER_H
