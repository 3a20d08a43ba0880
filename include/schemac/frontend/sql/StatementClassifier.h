//===- StatementClassifier.h - Statement kinds by leading words -*- C++ -*-===//
//
// Part of schemac. Matches the leading words of a statement against a
// dialect's statement kind table (StatementPattern.h: "create [or replace]
// function", ...): the pattern matching the most words wins. Frontends use
// it to choose how a statement is handled (which parser rule, or kept
// opaque) without parsing it, and refine the result where the leading words
// do not decide (CREATE TABLE ... AS, CREATE TYPE ... AS ENUM).
//
// Words are interned, so matching compares small integers; key word tokens
// map to their word without looking at their text; and the result for each
// distinct sequence of leading words is cached per thread (scripts start
// their statements with few distinct word sequences).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_STATEMENTCLASSIFIER_H
#define SCHEMAC_FRONTEND_SQL_STATEMENTCLASSIFIER_H

#include "schemac/dialects/KeywordTable.h"
#include "schemac/frontend/sql/Token.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace schemac {
namespace sql {

class StatementClassifier {
public:
  /// A row of the table, with the frontend's value for its kind.
  struct Pattern {
    const char *Text;
    unsigned Kind;
    const char *ObjectType;
    unsigned Flags;
  };
  /// What matched.
  struct Match {
    unsigned Kind;
    llvm::StringRef ObjectType;
    unsigned Flags;
    /// The required words, upper case ("CREATE FUNCTION").
    llvm::StringRef Description;
  };

  /// The compiled table, kept flat: every pattern's words in one pool, its
  /// items and their alternatives as ranges of it. A frontend's table is
  /// compiled at build time (writeTables(); PostgresTableGen), so that no
  /// process pays for it.
  using WordID = uint16_t;
  struct Range {
    uint32_t Begin = 0, Size = 0;
  };
  struct Item {
    bool Optional = false;
    Range Alternatives; ///< Into AltPool; longest first.
  };
  struct Compiled {
    Range Items; ///< Into ItemPool.
    Match Result;
  };
  struct Tables {
    llvm::ArrayRef<WordID> WordPool; ///< The words of every alternative.
    llvm::ArrayRef<Range> AltPool;   ///< Alternatives: ranges of WordPool.
    llvm::ArrayRef<Item> ItemPool;   ///< Items of every pattern.
    llvm::ArrayRef<Compiled> Patterns;
    /// By the ID of a pattern's first (required) word: a range of
    /// FirstWordPatterns, the indexes of the patterns starting with it.
    llvm::ArrayRef<Range> ByFirstWord;
    llvm::ArrayRef<uint16_t> FirstWordPatterns;
    llvm::ArrayRef<WordID> KeywordWords; ///< By token type.
    /// The patterns' words (lower case) -> WordID, for identifier tokens.
    llvm::ArrayRef<KeywordIndex::Slot> WordSlots;
    size_t NumWords = 0, MaxWordLength = 0;
  };

  /// Compiles \p Patterns. \p Keywords: the vocabulary's key word tokens
  /// (lower-case word, token type); \p Ident: the type of identifiers. A word
  /// of a pattern matches either.
  StatementClassifier(llvm::ArrayRef<Pattern> Patterns,
                      llvm::ArrayRef<std::pair<std::string, uint16_t>> Keywords,
                      uint16_t Ident);
  /// A table compiled ahead, which must outlive the classifier.
  StatementClassifier(const Tables &T, uint16_t Ident);

  /// The pattern matching the most leading words of the \p N tokens at
  /// \p Toks, or null if none does; \p PatternTokens is set to the number
  /// of tokens it matched.
  const Match *match(llvm::StringRef Buffer, const Token *Toks, unsigned N,
                     unsigned &PatternTokens) const;

  /// Writes the compiled table as C++ definitions of arrays named
  /// \p Prefix<Part> and of `const Tables <Prefix>Tables` (in the namespace
  /// the including file opens), for the constructor from Tables.
  void writeTables(llvm::raw_ostream &OS, llvm::StringRef Prefix) const;

private:
  WordID wordOf(llvm::StringRef Buffer, const Token &T) const;
  int matchOne(const Compiled &P, const WordID *Words, unsigned Count) const;
  const Match *matchAll(const WordID *Words, unsigned Count,
                        unsigned &Len) const;

  /// What a classifier compiled at run time owns (T refers into it).
  struct Owned {
    std::vector<WordID> WordPool;
    std::vector<Range> AltPool;
    std::vector<Item> ItemPool;
    std::vector<Compiled> Patterns;
    std::vector<std::string> Descriptions;
    std::vector<Range> ByFirstWord;
    std::vector<uint16_t> FirstWordPatterns;
    std::vector<WordID> KeywordWords;
  };
  std::unique_ptr<Owned> Own;
  Tables T;
  KeywordIndex Words;
  uint16_t Ident;
  /// Tells this classifier's entries of the per-thread cache apart.
  unsigned Id;
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_STATEMENTCLASSIFIER_H
