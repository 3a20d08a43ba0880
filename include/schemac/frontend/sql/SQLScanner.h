//===- SQLScanner.h - A scanner driven by a dialect's traits ---*- C++ -*-===//
//
// Part of schemac. The scanner a new SQL frontend starts with: the lexical
// rules of SQL (identifiers, key words, quoted identifiers, strings,
// numbers, comments, operators, parameters) with every dialect difference
// taken from its LexicalTraits (dialects/): which characters quote
// identifiers and strings, backslash escapes, E''/N''/B''/X''/U&'' strings,
// dollar quotes, string continuation, -- and # comments, nested block
// comments, hexadecimal numbers, PostgreSQL's or a fixed set of operators,
// and the parameter style. Token types come from a ScannerVocabulary.
//
// There are no virtual calls per token; a dialect whose scanning is hot
// writes a scanner of its own on the same ScannerBase, as PostgreSQL does
// (frontend/sql/postgres/PostgresScanner.h; a unit test compares the two on
// the corpora).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_SQLSCANNER_H
#define SCHEMAC_FRONTEND_SQL_SQLSCANNER_H

#include "schemac/dialects/KeywordTable.h"
#include "schemac/dialects/LexicalTraits.h"
#include "schemac/frontend/sql/ScannerBase.h"
#include "schemac/frontend/sql/Token.h"

#include <string>
#include <utility>
#include <vector>

namespace schemac {
namespace sql {

/// The token types a scanner gives: the token classes, the key words and
/// the symbols (punctuation and operators that have types of their own,
/// "(" -> LPAREN, "::" -> TYPECAST, "<=" -> LESS_EQUALS, ...).
class ScannerVocabulary {
public:
  ScannerVocabulary(TokenKinds Kinds,
                    std::vector<std::pair<std::string, uint16_t>> Keywords,
                    std::vector<std::pair<std::string, uint16_t>> Symbols);

  const TokenKinds &kinds() const { return Kinds; }
  const KeywordIndex &keywords() const { return Keywords; }
  bool isKeyword(uint16_t Type) const {
    return Type < IsKeyword.size() && IsKeyword[Type];
  }
  /// The type of symbol \p Text, 0 if none.
  uint16_t findSymbol(llvm::StringRef Text) const;
  /// The longest symbol \p Text starts with: its length and type (0, 0 if
  /// none).
  std::pair<unsigned, uint16_t> matchSymbol(llvm::StringRef Text) const;

private:
  TokenKinds Kinds;
  KeywordIndex Keywords;
  std::vector<uint8_t> IsKeyword;
  /// Symbols by their first byte, longest first.
  std::vector<std::vector<std::pair<std::string, uint16_t>>> ByFirst;
};

class SQLScanner : public ScannerBase {
public:
  /// Scans \p Buffer from \p Offset (a UTF-8 BOM at offset 0 is skipped).
  /// \p Traits and \p Vocab must outlive the scanner.
  SQLScanner(llvm::StringRef Buffer, const LexicalTraits &Traits,
             const ScannerVocabulary &Vocab, uint32_t Offset = 0);
  /// The scanner keeps a reference: temporary traits would dangle.
  SQLScanner(llvm::StringRef Buffer, LexicalTraits &&Traits,
             const ScannerVocabulary &Vocab, uint32_t Offset = 0) = delete;

  /// Scans the next token into \p T; returns false at end of input (T is
  /// then an EOF token at the end). Whitespace and comments are skipped. On
  /// a lexical error the token is still produced (an unterminated string
  /// extends to the end of input) and hasError() becomes true. For
  /// BackslashEscapes::Setting, setStandardConformingStrings(false) makes
  /// backslashes escapes in plain strings.
  bool next(Token &T);
  /// Skips whitespace and comments; returns the offset of the next token.
  uint32_t skipTrivia();

  const TokenKinds &kinds() const { return Vocab.kinds(); }
  bool isKeyword(uint16_t Type) const { return Vocab.isKeyword(Type); }
  const LexicalTraits &getTraits() const { return Traits; }

private:
  enum CharClass : uint8_t {
    CcSpace = 1,
    CcIdentStart = 2,
    CcIdentChar = 4,
    CcOpChar = 8, ///< PostgreSQL-style operator runs
    CcIdentQuote = 16,
    CcStringQuote = 32,
  };
  bool is(unsigned char C, CharClass K) const { return Classes[C] & K; }

  bool atLineComment(uint32_t P) const;
  void scanString(char Quote, bool Backslashes, uint32_t Start,
                  bool NoEscapes = false);
  bool backslashesInPlainStrings() const;

  const LexicalTraits &Traits;
  const ScannerVocabulary &Vocab;
  uint8_t Classes[256];
  /// The close character of each identifier quote's open character.
  char CloseOf[256];
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_SQLSCANNER_H
