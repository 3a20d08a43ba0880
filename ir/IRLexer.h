//===- IRLexer.h - Tokens of the textual IR --------------------*- C++ -*-===//
//
// Part of schemac. Private to ir/. Splits a .sir buffer into identifiers,
// numbers, strings and punctuation, skipping whitespace and // comments.
// Errors (bad characters, unterminated strings, bad escapes) are reported as
// a diagnostic and produce an Error token.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_IRLEXER_H
#define SCHEMAC_IR_IRLEXER_H

#include "schemac/support/Diagnostic.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac {

struct IRToken {
  enum Kind {
    Eof,
    Error,
    Ident,    ///< [A-Za-z_][A-Za-z0-9_]*
    Number,   ///< -?[0-9]+(.[0-9]+)?
    String,   ///< "..." with escapes; Spelling includes the quotes.
    LParen,   ///< (
    RParen,   ///< )
    LBracket, ///< [
    RBracket, ///< ]
    LBrace,   ///< {
    RBrace,   ///< }
    Less,     ///< <
    Greater,  ///< >
    Comma,    ///< ,
    Dot,      ///< .
    Colon,    ///< :
    Equal,    ///< =
    Star,     ///< *
  };
  Kind K = Eof;
  llvm::StringRef Spelling;
  uint32_t Line = 1, Col = 1;

  bool is(Kind Other) const { return K == Other; }
  bool isIdent(llvm::StringRef S) const { return K == Ident && Spelling == S; }
};

class IRLexer {
public:
  IRLexer(llvm::StringRef Buffer, uint32_t File, DiagnosticEngine &Diags)
      : Buf(Buffer), Cur(Buffer.begin()), LineStart(Buffer.begin()), File(File),
        Diags(Diags) {}

  /// Returns the next token (Eof at the end, repeatedly).
  IRToken lex() { return lexImpl(/*Report=*/true); }
  /// The token after the next one would be lexed; reports nothing.
  IRToken peek() const {
    IRLexer Copy = *this;
    return Copy.lexImpl(/*Report=*/false);
  }

  /// Bytes of the buffer lexed so far.
  size_t offset() const { return Cur - Buf.begin(); }

  /// The value of a String token (quotes removed, escapes processed). The
  /// token was validated when it was lexed.
  static std::string decodeString(llvm::StringRef Spelling);
  /// A human-readable description of a token for messages: "'table'",
  /// "string", "end of file", ...
  static std::string describe(const IRToken &T);

private:
  IRLexer(const IRLexer &) = default;
  IRToken lexImpl(bool Report);
  IRToken make(IRToken::Kind K, const char *Start, uint32_t Line, uint32_t Col);
  IRToken error(const char *At, DiagID ID, bool Report,
                llvm::StringRef Arg = "");
  IRToken lexString(const char *Start, uint32_t Line, uint32_t Col,
                    bool Report);

  llvm::StringRef Buf;
  const char *Cur;
  const char *LineStart;
  uint32_t LineNo = 1;
  uint32_t File;
  DiagnosticEngine &Diags;
};

} // namespace schemac

#endif // SCHEMAC_IR_IRLEXER_H
