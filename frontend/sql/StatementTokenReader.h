//===- StatementTokenReader.h - Names in a statement's tokens --*- C++ -*-===//
//
// Part of schemac. What the frontends that keep statements as opaque objects
// read from their tokens without a parser: whether a token is a word, a
// name (qualified with '.'), and where a word stands. The dialect says which
// token types name things and how a name token's value is read.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_STATEMENTTOKENREADER_H
#define SCHEMAC_FRONTEND_SQL_STATEMENTTOKENREADER_H

#include "schemac/frontend/sql/Token.h"
#include "schemac/ir/QualifiedName.h"
#include "schemac/support/Location.h"

#include <string>

namespace schemac {
namespace sql {

class StatementTokenReader {
public:
  /// \p IsName: a token type that may name something; \p Value: a name
  /// token's value (unquoted); \p Dot: the type of '.'.
  StatementTokenReader(const StatementTokens &In, bool (*IsName)(uint16_t),
                       std::string (*Value)(llvm::StringRef, const Token &),
                       uint16_t Dot)
      : In(In), IsNameType(IsName), Value(Value), Dot(Dot) {}

  bool isName(unsigned I) const {
    return I < In.N && IsNameType(In.Toks[I].Type);
  }
  bool word(unsigned I, llvm::StringRef W) const {
    return I < In.N && In.Buffer.slice(In.Toks[I].Begin, In.Toks[I].End)
                           .equals_insensitive(W);
  }
  /// name ['.' name] at I; advances I.
  bool readName(unsigned &I, QualifiedName &N, Location &Loc) const {
    if (!isName(I))
      return false;
    Loc = Location(In.File, In.Toks[I].Line, In.Toks[I].Col);
    std::string First = Value(In.Buffer, In.Toks[I]);
    ++I;
    if (I + 1 < In.N && In.Toks[I].Type == Dot && isName(I + 1)) {
      N = QualifiedName(First, Value(In.Buffer, In.Toks[I + 1]));
      I += 2;
    } else {
      N = QualifiedName(First);
    }
    return true;
  }
  /// The first token from \p From that is the word \p W, or N.
  unsigned find(unsigned From, llvm::StringRef W) const {
    for (unsigned I = From; I < In.N; ++I)
      if (word(I, W))
        return I;
    return In.N;
  }

private:
  const StatementTokens &In;
  bool (*IsNameType)(uint16_t);
  std::string (*Value)(llvm::StringRef, const Token &);
  uint16_t Dot;
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_STATEMENTTOKENREADER_H
