//===- AntlrPredictionTable.cpp - SLL prediction DFA built ahead ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "AntlrPredictionTable.h"

#include <algorithm>
#include <array>
#include <unordered_map>

using namespace schemac;
using namespace schemac::sql;

uint64_t sql::hashATN(const antlr4::atn::ATN &ATN) {
  // FNV-1a over the eight little-endian bytes of each value. Most values
  // are small: a zero byte only multiplies by the prime, so the run of zero
  // bytes at the top is one multiplication by a power of it (the same
  // hash, for a fraction of the work: every process that parses with ANTLR
  // computes it once).
  constexpr uint64_t Prime = 0x100000001b3ull;
  static const std::array<uint64_t, 9> PrimePowers = [] {
    std::array<uint64_t, 9> P{1};
    for (size_t I = 1; I < P.size(); ++I)
      P[I] = P[I - 1] * Prime;
    return P;
  }();
  uint64_t H = 0xcbf29ce484222325ull;
  auto Mix = [&](uint64_t V) {
    int I = 0;
    for (; I < 8 && V; ++I, V >>= 8)
      H = (H ^ (V & 0xFF)) * Prime;
    H *= PrimePowers[8 - I];
  };
  Mix(ATN.states.size());
  for (antlr4::atn::ATNState *S : ATN.states) {
    if (!S) {
      Mix(~0ull);
      continue;
    }
    Mix(S->getStateType());
    Mix(S->ruleIndex);
    for (antlr4::atn::Transition *T : S->transitions) {
      Mix(T->getSerializationType());
      Mix(T->target->stateNumber);
      if (T->isEpsilon())
        continue;
      antlr4::misc::IntervalSet Label = T->label();
      for (const antlr4::misc::Interval &R : Label.getIntervals())
        for (ssize_t L = R.a; L <= R.b; ++L)
          Mix(static_cast<uint64_t>(L));
    }
  }
  Mix(ATN.decisionToState.size());
  for (const antlr4::atn::DecisionState *D : ATN.decisionToState)
    Mix(D->stateNumber);
  return H;
}

uint32_t AntlrPredictionTable::startState(size_t Decision,
                                          int Precedence) const {
  if (Words.empty() || Decision >= Words[0])
    return 0;
  uint32_t D = Words[1 + Decision];
  if (!D)
    return 0;
  uint32_t N = Words[D];
  for (uint32_t I = 0; I < N; ++I) {
    uint32_t P = Words[D + 1 + 2 * I];
    if (P == 0 || static_cast<int>(P) - 1 == Precedence)
      return Words[D + 2 + 2 * I];
  }
  return 0;
}

uint32_t AntlrPredictionTable::target(uint32_t State, size_t Token) const {
  uint32_t NumPreds = Words[State + 3];
  uint32_t E = State + 4 + 2 * NumPreds;
  uint32_t N = Words[E];
  uint32_t Key = static_cast<uint32_t>(Token + 1);
  const uint32_t *Lo = &Words[E + 1];
  // Binary search over the (token, target) pairs.
  size_t L = 0, R = N;
  while (L < R) {
    size_t M = (L + R) / 2;
    uint32_t T = Lo[2 * M];
    if (T == Key)
      return Lo[2 * M + 1];
    if (T < Key)
      L = M + 1;
    else
      R = M;
  }
  return 0;
}

namespace {

/// The alternative the runtime predicts when the path ends in ERROR after
/// \p S (see FastATNSimulator::exitAlt); false if it depends on predicates.
bool exitAlt(const antlr4::dfa::DFAState &S, size_t &Alt) {
  using antlr4::atn::ATN;
  Alt = ATN::INVALID_ALT_NUMBER;
  if (!S.configs)
    return false;
  for (const auto &C : S.configs->configs) {
    if (C->semanticContext != antlr4::atn::SemanticContext::NONE)
      return false;
    if (C->getOuterContextDepth() > 0 ||
        (C->state->getStateType() == antlr4::atn::ATNState::RULE_STOP &&
         C->context->hasEmptyPath()))
      if (Alt == ATN::INVALID_ALT_NUMBER || C->alt < Alt)
        Alt = C->alt;
  }
  return Alt != ATN::INVALID_ALT_NUMBER;
}

/// A state's predicates as (alternative, precedence + 1 or 0) pairs; false
/// if one is not a precedence predicate.
bool predicates(const antlr4::dfa::DFAState &S, std::vector<uint32_t> &Out) {
  using namespace antlr4::atn;
  for (const antlr4::dfa::DFAState::PredPrediction *P : S.predicates) {
    Out.push_back(static_cast<uint32_t>(P->alt));
    if (P->pred == SemanticContext::NONE) {
      Out.push_back(0);
      continue;
    }
    auto *PP = dynamic_cast<const SemanticContext::PrecedencePredicate *>(
        P->pred.get());
    if (!PP)
      return false;
    Out.push_back(static_cast<uint32_t>(PP->precedence) + 1);
  }
  return true;
}

} // namespace

size_t sql::writePredictionTable(const std::vector<antlr4::dfa::DFA> &DFAs,
                                 llvm::raw_ostream &OS) {
  using antlr4::dfa::DFAState;
  std::vector<uint32_t> W(1 + DFAs.size(), 0);
  W[0] = static_cast<uint32_t>(DFAs.size());
  std::unordered_map<const DFAState *, uint32_t> Offset;
  std::vector<std::pair<uint32_t, const DFAState *>> Fixups;
  // States first laid out, then edges patched with their targets' offsets.
  auto Layout = [&](const DFAState *S) {
    auto It = Offset.find(S);
    if (It != Offset.end())
      return It->second;
    uint32_t At = static_cast<uint32_t>(W.size());
    Offset.emplace(S, At);
    std::vector<uint32_t> Preds;
    bool PredsOk = predicates(*S, Preds);
    size_t Exit;
    bool ExitOk = exitAlt(*S, Exit);
    uint32_t Flags = 0;
    if (S->isAcceptState && PredsOk)
      Flags |= AntlrPredictionTable::Accept;
    if (!S->predicates.empty())
      Flags |= AntlrPredictionTable::HasPredicates;
    if (ExitOk)
      Flags |= AntlrPredictionTable::ExitValid;
    W.push_back(Flags);
    W.push_back(static_cast<uint32_t>(S->prediction));
    W.push_back(ExitOk ? static_cast<uint32_t>(Exit) : 0);
    W.push_back(PredsOk ? static_cast<uint32_t>(Preds.size() / 2) : 0);
    if (PredsOk)
      W.insert(W.end(), Preds.begin(), Preds.end());
    // An accept state's edges are never followed.
    std::vector<std::pair<uint32_t, const DFAState *>> Edges;
    if (!S->isAcceptState)
      for (const auto &E : S->edges)
        Edges.emplace_back(static_cast<uint32_t>(E.first + 1), E.second);
    std::sort(Edges.begin(), Edges.end(),
              [](const auto &A, const auto &B) { return A.first < B.first; });
    W.push_back(static_cast<uint32_t>(Edges.size()));
    for (const auto &E : Edges) {
      W.push_back(E.first);
      Fixups.emplace_back(static_cast<uint32_t>(W.size()), E.second);
      W.push_back(0);
    }
    return At;
  };

  const DFAState *Error = antlr4::atn::ATNSimulator::ERROR.get();
  for (size_t D = 0; D < DFAs.size(); ++D) {
    const antlr4::dfa::DFA &Dfa = DFAs[D];
    if (!Dfa.s0)
      continue;
    std::vector<std::pair<uint32_t, const DFAState *>> Starts;
    if (Dfa.isPrecedenceDfa()) {
      for (const auto &E : Dfa.s0->edges)
        if (E.second)
          Starts.emplace_back(static_cast<uint32_t>(E.first) + 1, E.second);
      std::sort(Starts.begin(), Starts.end(),
                [](const auto &A, const auto &B) { return A.first < B.first; });
    } else {
      Starts.emplace_back(0, Dfa.s0);
    }
    if (Starts.empty())
      continue;
    W[1 + D] = static_cast<uint32_t>(W.size());
    W.push_back(static_cast<uint32_t>(Starts.size()));
    size_t First = W.size();
    for (size_t I = 0; I < Starts.size(); ++I) {
      W.push_back(Starts[I].first);
      W.push_back(0);
    }
    for (size_t I = 0; I < Starts.size(); ++I)
      Fixups.emplace_back(static_cast<uint32_t>(First + 2 * I + 1),
                          Starts[I].second);
  }
  // Lay out every reachable state (Fixups grows while this runs).
  for (size_t I = 0; I < Fixups.size(); ++I) {
    const DFAState *S = Fixups[I].second;
    W[Fixups[I].first] =
        S == Error ? AntlrPredictionTable::ErrorTarget : Layout(S);
  }
  for (size_t I = 0; I < W.size(); ++I)
    OS << W[I] << ((I + 1) % 16 ? "," : ",\n");
  OS << "\n";
  return Offset.size();
}
