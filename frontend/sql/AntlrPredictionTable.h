//===- AntlrPredictionTable.h - SLL prediction DFA built ahead -*- C++ -*-===//
//
// Part of schemac. ANTLR builds its prediction DFA while it parses: the
// first time a decision meets a token sequence it simulates the ATN (closures
// over configuration sets; some 100 us and more for an expression decision),
// later it follows DFA edges (tens of ns). On real, diverse input in a cold
// process nearly all parse time is that simulation. An SLL DFA state and its
// edges depend on the grammar alone, not on the input, so the DFA that
// parsing a training set builds is valid for every input: a prediction table
// keeps it in the binary (like a bison parse table), and a cold parse starts
// from it. A path the table lacks falls back to ANTLR's own adaptive
// prediction, which is always right, so a table never changes a parse.
//
// Layout (32-bit words):
//   [0] number of decisions D, [1 .. D] offset of each decision's record
//       (0: none)
//   decision: number of start states S, then S pairs (precedence + 1, or 0
//       for a decision without precedence; state offset)
//   state: flags (Accept, HasPredicates, ExitValid), prediction, exit
//       alternative, number of predicates P, P pairs (alternative,
//       precedence + 1, or 0 for none), number of edges E, E pairs (token
//       type + 1, so EOF is 0; target state offset, or ErrorTarget), edges
//       sorted by token.
// A table is tied to its grammar by a hash of the ATN; a table
// of another grammar version is not used.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ANTLRPREDICTIONTABLE_H
#define SCHEMAC_FRONTEND_SQL_ANTLRPREDICTIONTABLE_H

#include "antlr4-runtime.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <vector>

namespace schemac {
namespace sql {

struct AntlrPredictionTable {
  uint64_t ATNHash = 0;
  llvm::ArrayRef<uint32_t> Words;

  enum : uint32_t {
    Accept = 1,
    HasPredicates = 2,
    ExitValid = 4,
    ErrorTarget = 0xFFFFFFFFu
  };

  /// The start state of \p Decision (for a precedence decision, the one of
  /// \p Precedence), or 0.
  uint32_t startState(size_t Decision, int Precedence) const;
  /// The target of \p State on \p Token (ErrorTarget included), or 0.
  uint32_t target(uint32_t State, size_t Token) const;
};

/// A hash (FNV-1a) of a grammar's ATN: its states, their rules and
/// transitions, and its decisions.
uint64_t hashATN(const antlr4::atn::ATN &ATN);

/// Writes the DFA built so far (\p DFAs: a parser's decisionToDFA) as the
/// words of a prediction table, comma-separated C++ initializer lines.
/// Returns the number of states written.
size_t writePredictionTable(const std::vector<antlr4::dfa::DFA> &DFAs,
                            llvm::raw_ostream &OS);

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ANTLRPREDICTIONTABLE_H
