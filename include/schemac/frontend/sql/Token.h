//===- Token.h - Tokens of every SQL frontend ------------------*- C++ -*-===//
//
// Part of schemac. What the shared frontend machinery (frontend/sql/) knows
// about tokens: a token is a plain value (type, byte range, line, column)
// whose type comes from its dialect's vocabulary (for the ANTLR frontends,
// the token types of the generated lexer); TokenKinds says which types
// stand for the token classes the machinery needs (identifiers, ';', '(',
// ...). Scanners record the first lexical error of a statement as a
// ScanError.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_TOKEN_H
#define SCHEMAC_FRONTEND_SQL_TOKEN_H

#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace schemac {
namespace sql {

struct Token {
  /// Token type of the dialect's vocabulary (K_CREATE, IDENT, ...).
  uint16_t Type = 0;
  uint32_t Begin = 0; ///< Byte offset of the first character.
  uint32_t End = 0;   ///< Byte offset one past the last character.
  uint32_t Line = 0;  ///< 1-based.
  uint32_t Col = 0;   ///< 1-based byte column.

  uint32_t size() const { return End - Begin; }
};

/// The token types of a vocabulary for the classes of tokens the shared
/// machinery tells apart. A class the dialect does not have is 0 (or the
/// type of the class it folds into).
struct TokenKinds {
  uint16_t Eof = 0xFFFF;
  uint16_t Ident = 0;
  uint16_t QuotedIdent = 0;        ///< "x", `x`, [x]
  uint16_t UnicodeQuotedIdent = 0; ///< U&"x"
  uint16_t String = 0;             ///< 'x'
  uint16_t EscapeString = 0;       ///< E'x'
  uint16_t NationalString = 0;     ///< N'x'
  uint16_t UnicodeString = 0;      ///< U&'x'
  uint16_t BitString = 0;          ///< B'01'
  uint16_t HexString = 0;          ///< X'1F', 0x1F
  uint16_t DollarString = 0;       ///< $$x$$
  uint16_t Integer = 0;
  uint16_t Numeric = 0;
  uint16_t Param = 0;    ///< $1, ?, :name
  uint16_t Operator = 0; ///< an operator without a token of its own
  uint16_t Semi = 0;
  uint16_t Comma = 0;
  uint16_t Dot = 0;
  uint16_t LParen = 0;
  uint16_t RParen = 0;
  uint16_t LBracket = 0;
  uint16_t RBracket = 0;
  uint16_t Colon = 0;
  uint16_t Typecast = 0; ///< ::
  uint16_t ErrorChar = 0;
};

/// A lexical error found while scanning.
struct ScanError {
  DiagID ID{}; ///< Set by the scanner.
  uint32_t Offset = 0;
  uint32_t Line = 0, Col = 0;
  std::string Arg;
};

/// The tokens of one statement in its source buffer.
struct StatementTokens {
  llvm::StringRef Buffer;
  const Token *Toks = nullptr;
  unsigned N = 0;
  uint32_t File = 0;
};

/// Folds \p T's text to lower case into \p Storage (ASCII letters only).
inline llvm::StringRef lowerText(llvm::StringRef Buffer, const Token &T,
                                 llvm::SmallVectorImpl<char> &Storage) {
  Storage.clear();
  for (uint32_t I = T.Begin; I < T.End; ++I) {
    char C = Buffer[I];
    Storage.push_back((C >= 'A' && C <= 'Z') ? C + ('a' - 'A') : C);
  }
  return llvm::StringRef(Storage.data(), Storage.size());
}

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_TOKEN_H
