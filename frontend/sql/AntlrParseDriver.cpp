//===- AntlrParseDriver.cpp - Run an ANTLR parser on a statement ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "AntlrParseDriver.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <unordered_map>

using namespace schemac;
using namespace schemac::sql;

//===----------------------------------------------------------------------===//
// Token stream
//===----------------------------------------------------------------------===//

namespace {

/// ANTLR wants a TokenSource behind every token; ours never produces tokens
/// (the stream is filled up front) and never conjures missing ones.
class NullTokenSource : public antlr4::TokenSource {
public:
  std::unique_ptr<antlr4::Token> nextToken() override { return nullptr; }
  size_t getLine() const override { return 0; }
  size_t getCharPositionInLine() override { return 0; }
  antlr4::CharStream *getInputStream() override { return nullptr; }
  std::string getSourceName() override { return "<statement>"; }
  antlr4::TokenFactory<antlr4::CommonToken> *getTokenFactory() override {
    return antlr4::CommonTokenFactory::DEFAULT.get();
  }
};

} // namespace

/// The tokens of one statement followed by EOF.
class AntlrParseDriver::TokenStream : public antlr4::TokenStream {
public:
  explicit TokenStream(uint16_t EofType) : EofType(EofType) {}

  void reset(const StatementTokens &In) {
    Tokens.clear();
    Types.clear();
    Tokens.reserve(In.N + 1);
    Types.reserve(In.N + 1);
    for (unsigned I = 0; I < In.N; ++I) {
      Tokens.emplace_back(In.Toks[I], In.Buffer, I, &Source, EofType);
      Types.push_back(In.Toks[I].Type);
    }
    sql::Token Eof;
    Eof.Type = EofType;
    if (In.N) {
      const sql::Token &Last = In.Toks[In.N - 1];
      Eof.Begin = Eof.End = Last.End;
      Eof.Line = Last.Line;
      Eof.Col = Last.Col + Last.size();
    }
    Tokens.emplace_back(Eof, In.Buffer, In.N, &Source, EofType);
    Types.push_back(antlr4::Token::EOF);
    P = 0;
  }

  antlr4::Token *LT(ssize_t K) override {
    if (K == 0)
      return nullptr;
    if (K < 0) {
      ssize_t I = static_cast<ssize_t>(P) + K;
      return I < 0 ? nullptr : &Tokens[I];
    }
    size_t I = P + K - 1;
    return &Tokens[std::min(I, Tokens.size() - 1)];
  }
  antlr4::Token *get(size_t Index) const override {
    return const_cast<AntlrToken *>(&Tokens[Index]);
  }
  antlr4::TokenSource *getTokenSource() const override {
    return const_cast<NullTokenSource *>(&Source);
  }
  std::string getText(const antlr4::misc::Interval &I) override {
    if (I.a < 0 || I.b < 0 || Tokens.empty())
      return "";
    size_t A = std::min<size_t>(I.a, Tokens.size() - 1);
    size_t B = std::min<size_t>(I.b, Tokens.size() - 1);
    std::string R;
    for (size_t K = A; K <= B; ++K) {
      if (Tokens[K].getType() == antlr4::Token::EOF)
        break;
      R += Tokens[K].getText();
    }
    return R;
  }
  std::string getText() override {
    return getText(
        antlr4::misc::Interval(0, static_cast<ssize_t>(Tokens.size()) - 1));
  }
  std::string getText(antlr4::RuleContext *Ctx) override {
    return getText(Ctx->getSourceInterval());
  }
  std::string getText(antlr4::Token *Start, antlr4::Token *Stop) override {
    if (!Start || !Stop)
      return "";
    return getText(
        antlr4::misc::Interval(Start->getTokenIndex(), Stop->getTokenIndex()));
  }

  void consume() override {
    if (P + 1 < Tokens.size())
      ++P;
  }
  size_t LA(ssize_t I) override {
    if (I > 0) {
      size_t K = P + I - 1;
      return Types[K < Types.size() ? K : Types.size() - 1];
    }
    antlr4::Token *T = LT(I);
    return T ? T->getType() : antlr4::Token::INVALID_TYPE;
  }
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return P; }
  void seek(size_t Index) override { P = std::min(Index, Tokens.size() - 1); }
  size_t size() override { return Tokens.size(); }
  std::string getSourceName() const override { return "<statement>"; }

private:
  uint16_t EofType;
  std::vector<AntlrToken> Tokens;
  std::vector<size_t> Types; ///< Token types, for LA().
  size_t P = 0;
  NullTokenSource Source;
};

//===----------------------------------------------------------------------===//
// Syntax errors
//===----------------------------------------------------------------------===//

namespace {

/// Thrown to stop the LL parse after its first syntax error.
struct StopParsing {};

/// Where a statement stops being a prefix of the grammar's language, and
/// the tokens that could come there.
struct ErrorPoint {
  bool Found = false;
  size_t Index = 0; ///< Of the first token that cannot continue the prefix.
  antlr4::misc::IntervalSet Expected;
};

/// Runs a small full-context ATN simulation over the statement's tokens
/// (from \p StartRule) to find the first token that no parse can accept,
/// as a bison parser like PostgreSQL's would. Only used to word an error:
/// ANTLR's own report can name an earlier token (a prediction that cannot
/// decide at SET in "ALTER COLUMN a SET;" fails at SET, not at ';') and
/// knows only the decision state where the prediction began ("expected
/// 'CREATE'" for an error deep inside a CREATE TABLE). Semantic predicates
/// are taken as true; precedence predicates are honoured. Found is false
/// when the simulation grows too large or accepts every token.
ErrorPoint findErrorPoint(const antlr4::atn::ATN &ATN, size_t StartRule,
                          antlr4::TokenStream &In) {
  using namespace antlr4::atn;
  // Graph-structured stacks, hash-consed so that (state, stack) pairs
  // compare by value.
  struct Frame {
    size_t Return;
    int Precedence;
    int Parent;
  };
  std::vector<Frame> Frames;
  // Hash tables, not trees: a statement with a syntax error comes through
  // here, and (under the fuzzer) most inputs are such statements.
  llvm::DenseMap<std::pair<uint64_t, uint64_t>, int> FrameIds;
  auto Push = [&](size_t Return, int Prec, int Parent) {
    std::pair<uint64_t, uint64_t> Key((uint64_t(Return) << 32) | uint32_t(Prec),
                                      uint32_t(Parent));
    auto [It, Inserted] =
        FrameIds.try_emplace(Key, static_cast<int>(Frames.size()));
    if (Inserted)
      Frames.push_back({Return, Prec, Parent});
    return It->second;
  };
  // A configuration's key in a Seen set: its state and stack.
  auto Key = [](size_t State, int Stack) {
    return (uint64_t(State) << 32) | uint32_t(Stack);
  };
  using Config = std::pair<ATNState *, int>;
  const size_t Limit = 100000;
  bool Overflow = false;

  // Adds the configurations reachable from C without consuming a token
  // and sitting before a token-matching transition.
  auto Closure = [&](Config Start, llvm::DenseSet<uint64_t> &Seen,
                     std::vector<Config> &Out) {
    std::vector<Config> Work{Start};
    while (!Work.empty()) {
      Config C = Work.back();
      Work.pop_back();
      if (!Seen.insert(Key(C.first->stateNumber, C.second)).second)
        continue;
      if (Seen.size() > Limit) {
        Overflow = true;
        return;
      }
      if (C.first->getStateType() == ATNState::RULE_STOP) {
        if (C.second >= 0) {
          const Frame &F = Frames[C.second];
          Work.push_back({ATN.states[F.Return], F.Parent});
        }
        continue;
      }
      bool Matches = false;
      for (size_t I = 0; I < C.first->transitions.size(); ++I) {
        const Transition *T = C.first->transitions[I];
        if (!T->isEpsilon()) {
          Matches = true;
          continue;
        }
        switch (T->getSerializationType()) {
        case Transition::RULE: {
          auto *RT = static_cast<const RuleTransition *>(T);
          Work.push_back({RT->target, Push(RT->followState->stateNumber,
                                           RT->precedence, C.second)});
          break;
        }
        case Transition::PRECEDENCE: {
          auto *PT = static_cast<const PrecedencePredicateTransition *>(T);
          int Current = C.second >= 0 ? Frames[C.second].Precedence : 0;
          if (PT->precedence >= Current)
            Work.push_back({T->target, C.second});
          break;
        }
        default:
          Work.push_back({T->target, C.second});
          break;
        }
      }
      if (Matches)
        Out.push_back(C);
    }
  };

  auto Labels = [&](const std::vector<Config> &Configs) {
    antlr4::misc::IntervalSet Result;
    for (const Config &C : Configs)
      for (size_t J = 0; J < C.first->transitions.size(); ++J) {
        const Transition *T = C.first->transitions[J];
        if (T->isEpsilon())
          continue;
        switch (T->getSerializationType()) {
        case Transition::ATOM:
        case Transition::RANGE:
        case Transition::SET:
          Result.addAll(T->label());
          break;
        default: // wildcard, not-set: says nothing useful
          break;
        }
      }
    return Result;
  };

  ErrorPoint R;
  std::vector<Config> Current;
  llvm::DenseSet<uint64_t> Seen;
  Closure({ATN.ruleToStartState[StartRule], -1}, Seen, Current);
  std::vector<Config> Next;
  size_t N = In.size();
  for (size_t I = 0; I < N && !Overflow; ++I) {
    size_t Type = In.get(I)->getType();
    Next.clear();
    Seen.clear();
    for (const Config &C : Current)
      for (size_t J = 0; J < C.first->transitions.size(); ++J) {
        const Transition *T = C.first->transitions[J];
        if (!T->isEpsilon() &&
            T->matches(Type, antlr4::Token::MIN_USER_TOKEN_TYPE,
                       ATN.maxTokenType))
          Closure({T->target, C.second}, Seen, Next);
      }
    if (Overflow)
      break;
    if (Next.empty()) {
      R.Found = true;
      R.Index = I;
      R.Expected = Labels(Current);
      return R;
    }
    std::swap(Current, Next);
    if (Type == antlr4::Token::EOF)
      break;
  }
  return R;
}

/// A token's text as a diagnostic argument: one line, at most 24 bytes.
std::string shortenForMessage(llvm::StringRef Text) {
  std::string S = Text.str();
  if (S.size() > 24)
    S = S.substr(0, 21) + "...";
  for (char &C : S)
    if (C == '\n' || C == '\r' || C == '\t')
      C = ' ';
  return S;
}

} // namespace

/// Reports the first syntax error as a diagnostic and stops the parse.
class AntlrParseDriver::ErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
  ErrorStrategy(const AntlrGrammarInfo &Grammar, const antlr4::atn::ATN &ATN)
      : Grammar(Grammar) {
    for (size_t Rule : Grammar.NameKeywordRules)
      NameKeywords.addAll(ATN.nextTokens(ATN.ruleToStartState[Rule]));
  }

  std::vector<Diagnostic> *Diags = nullptr;
  uint32_t File = 0;
  size_t StartRule = 0;
  bool Reported = false;

  void reportError(antlr4::Parser *P,
                   const antlr4::RecognitionException &E) override {
    antlr4::Token *Offending = E.getOffendingToken();
    if (!Offending)
      Offending = P->getCurrentToken();
    report(P, Offending);
  }
  void recover(antlr4::Parser *, std::exception_ptr) override {
    throw StopParsing();
  }
  antlr4::Token *recoverInline(antlr4::Parser *P) override {
    throw antlr4::InputMismatchException(P);
  }

protected:
  void reportUnwantedToken(antlr4::Parser *P) override {
    report(P, P->getCurrentToken());
    throw StopParsing();
  }
  void reportMissingToken(antlr4::Parser *P) override {
    report(P, P->getCurrentToken());
    throw StopParsing();
  }

private:
  void report(antlr4::Parser *P, antlr4::Token *T) {
    if (!Diags || Reported)
      return;
    Reported = true;
    ErrorPoint EP =
        findErrorPoint(P->getATN(), StartRule, *P->getTokenStream());
    if (EP.Found)
      T = P->getTokenStream()->get(EP.Index);
    const sql::Token &PT = tokenOf(T);
    bool AtEnd = T->getType() == antlr4::Token::EOF;
    std::string Exp = EP.Found ? describeExpected(EP.Expected) : "";
    std::vector<std::string> Args;
    if (!AtEnd)
      Args.push_back(shortenForMessage(static_cast<AntlrToken *>(T)->text()));
    if (!Exp.empty())
      Args.push_back(Exp);
    DiagID ID = AtEnd ? (Exp.empty() ? DiagID::err_syntax_at_end
                                     : DiagID::err_syntax_at_end_expected)
                      : (Exp.empty() ? DiagID::err_syntax_near
                                     : DiagID::err_syntax_near_expected);
    Location Loc(File, PT.Line, PT.Col);
    Diagnostic D = makeDiagnostic(Loc, ID, std::move(Args));
    if (T->getType() != antlr4::Token::EOF)
      D.Ranges.push_back(
          SourceRange(Loc, Location(File, PT.Line, PT.Col + PT.size())));
    Diags->push_back(std::move(D));
  }

  std::string describeExpected(const antlr4::misc::IntervalSet &Set) const {
    bool HasIdent = Set.contains(static_cast<size_t>(Grammar.Ident));
    std::vector<std::string> Names;
    auto Add = [&](std::string N) {
      if (std::find(Names.begin(), Names.end(), N) == Names.end())
        Names.push_back(std::move(N));
    };
    for (ssize_t T : Set.toList()) {
      if (T == static_cast<ssize_t>(antlr4::Token::EPSILON))
        continue;
      if (HasIdent && (NameKeywords.contains(static_cast<ssize_t>(T)) ||
                       llvm::is_contained(Grammar.IdentifierTokens, T)))
        continue;
      uint16_t Type = T == static_cast<ssize_t>(antlr4::Token::EOF)
                          ? Grammar.Eof
                          : static_cast<uint16_t>(T);
      std::string N = Grammar.DisplayName(Type);
      if (Grammar.IsKeyword(Type)) {
        N.insert(N.begin(), '\'');
        N.push_back('\'');
      }
      Add(std::move(N));
    }
    if (Names.empty() || Names.size() > 10)
      return "";
    std::string R;
    for (size_t I = 0; I < Names.size(); ++I) {
      if (I)
        R += I + 1 == Names.size() ? " or " : ", ";
      R += Names[I];
    }
    return R;
  }

  const AntlrGrammarInfo &Grammar;
  /// The key words of the grammar's name rules.
  antlr4::misc::IntervalSet NameKeywords;
};

//===----------------------------------------------------------------------===//
// Prediction
//===----------------------------------------------------------------------===//

namespace {

/// Prediction with a fast path. ANTLR 4.9's adaptivePredict() costs about
/// 1.5k instructions even when the DFA already knows the answer (a
/// std::function for cleanup, marks and seeks of the token stream, a
/// global lock per DFA edge). Most predictions of our grammar are such DFA
/// walks of one or two tokens (the exit branch of a loop at the end of a
/// rule is never LL(1) for ANTLR), so the simulator first walks the DFA
/// itself, under the same locks as the runtime, and falls back to the full
/// algorithm when a state is missing or carries predicates.
///
/// The fallback also works around 4.9 clearing its merge cache (an
/// unordered_map) at the end of every prediction: once the map has grown
/// during DFA construction, each clear() zeroes its whole bucket array. A
/// fresh, empty cache keeps that cheap.
class FastATNSimulator : public antlr4::atn::ParserATNSimulator {
public:
  using ParserATNSimulator::ParserATNSimulator;

  /// The prediction table to try first (null: none).
  const AntlrPredictionTable *Table = nullptr;

  size_t adaptivePredict(antlr4::TokenStream *Input, size_t Decision,
                         antlr4::ParserRuleContext *Outer) override {
    if (getPredictionMode() == antlr4::atn::PredictionMode::SLL) {
      size_t Alt = Table ? predictFromTable(Input, Decision, Outer)
                         : antlr4::atn::ATN::INVALID_ALT_NUMBER;
      if (Alt != antlr4::atn::ATN::INVALID_ALT_NUMBER)
        return Alt;
      Alt = predictFromDFA(Input, decisionToDFA[Decision], Outer);
      if (Alt != antlr4::atn::ATN::INVALID_ALT_NUMBER)
        return Alt;
    }
    size_t Alt = ParserATNSimulator::adaptivePredict(Input, Decision, Outer);
    mergeCache = antlr4::atn::PredictionContextMergeCache();
    return Alt;
  }

private:
  /// The DFA edges this simulator has followed, in a table of its own: the
  /// runtime's edge maps are shared by every parser (one DFA per decision,
  /// static) and must be read under its global locks. DFA states are never
  /// freed or changed once published, so a cached edge stays valid; misses
  /// go to the shared maps under the locks. Start states are cached under
  /// the DFA's address (the token slot holds precedence + 1).
  struct Edge {
    const void *From = nullptr;
    size_t Token = 0;
    antlr4::dfa::DFAState *To = nullptr;
  };
  std::vector<Edge> Edges = std::vector<Edge>(1024);
  size_t NumEdges = 0;

  static size_t hashEdge(const void *From, size_t Token) {
    uint64_t H = reinterpret_cast<uintptr_t>(From) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>((H >> 17) ^ (Token * 0x85EBCA6Bu));
  }
  antlr4::dfa::DFAState *findEdge(const void *From, size_t Token) const {
    size_t Mask = Edges.size() - 1;
    for (size_t I = hashEdge(From, Token) & Mask;; I = (I + 1) & Mask) {
      const Edge &E = Edges[I];
      if (!E.From)
        return nullptr;
      if (E.From == From && E.Token == Token)
        return E.To;
    }
  }
  void addEdge(const void *From, size_t Token, antlr4::dfa::DFAState *To) {
    if (2 * (NumEdges + 1) > Edges.size()) {
      std::vector<Edge> Old(Edges.size() * 2);
      Old.swap(Edges);
      NumEdges = 0;
      for (const Edge &E : Old)
        if (E.From)
          addEdge(E.From, E.Token, E.To);
    }
    size_t Mask = Edges.size() - 1;
    size_t I = hashEdge(From, Token) & Mask;
    while (Edges[I].From)
      I = (I + 1) & Mask;
    Edges[I] = {From, Token, To};
    ++NumEdges;
  }

  antlr4::dfa::DFAState *startState(antlr4::dfa::DFA &D) {
    size_t Slot = D.isPrecedenceDfa() ? parser->getPrecedence() + 1 : 0;
    if (antlr4::dfa::DFAState *S = findEdge(&D, Slot))
      return S;
    antlr4::dfa::DFAState *S;
    _stateLock.readLock();
    if (D.isPrecedenceDfa()) {
      _edgeLock.readLock();
      S = D.getPrecedenceStartState(parser->getPrecedence());
      _edgeLock.readUnlock();
    } else {
      S = D.s0;
    }
    _stateLock.readUnlock();
    if (S)
      addEdge(&D, Slot, S);
    return S;
  }

  /// The target of S on T (ERROR included), null if the DFA has no edge.
  antlr4::dfa::DFAState *target(antlr4::dfa::DFAState *S, size_t T) {
    if (antlr4::dfa::DFAState *To = findEdge(S, T))
      return To;
    antlr4::dfa::DFAState *To = nullptr;
    _edgeLock.readLock();
    auto It = S->edges.find(T);
    if (It != S->edges.end())
      To = It->second;
    _edgeLock.readUnlock();
    if (To)
      addEdge(S, T, To);
    return To;
  }

  /// What the runtime predicts when the DFA path ends in ERROR after S:
  /// the smallest alternative whose configurations left the decision's
  /// rule (the lookahead belongs to what follows the rule), else none
  /// (a syntax error). This is getSynValidOrSemInvalidAltThatFinished-
  /// DecisionEntryRule() for states without semantic predicates, where it
  /// depends on S alone; such a state answers the slow path (a new
  /// exception and copies of the configurations each time). Cached per
  /// state; a state's configurations never change once published.
  size_t exitAlt(antlr4::dfa::DFAState *S) {
    auto It = ExitAlts.find(S);
    if (It != ExitAlts.end())
      return It->second;
    using antlr4::atn::ATN;
    size_t Alt = ATN::INVALID_ALT_NUMBER;
    for (const auto &C : S->configs->configs) {
      if (C->semanticContext != antlr4::atn::SemanticContext::NONE) {
        Alt = ATN::INVALID_ALT_NUMBER;
        break;
      }
      if (C->getOuterContextDepth() > 0 ||
          (C->state->getStateType() == antlr4::atn::ATNState::RULE_STOP &&
           C->context->hasEmptyPath()))
        if (Alt == ATN::INVALID_ALT_NUMBER || C->alt < Alt)
          Alt = C->alt;
    }
    ExitAlts.emplace(S, Alt);
    return Alt;
  }
  std::unordered_map<const antlr4::dfa::DFAState *, size_t> ExitAlts;

  /// An accept state with predicates (the precedence predicates of the
  /// operator loops of aExpr and bExpr): the smallest alternative whose
  /// predicate holds, as the runtime's execATN() computes it; none if no
  /// predicate holds (the runtime then reports the syntax error).
  size_t evalPredicates(antlr4::dfa::DFAState &S,
                        antlr4::ParserRuleContext *Outer) {
    size_t Alt = antlr4::atn::ATN::INVALID_ALT_NUMBER;
    for (antlr4::dfa::DFAState::PredPrediction *P : S.predicates) {
      size_t A = static_cast<size_t>(P->alt);
      if (Alt != antlr4::atn::ATN::INVALID_ALT_NUMBER && A >= Alt)
        continue;
      if (P->pred == antlr4::atn::SemanticContext::NONE ||
          P->pred->eval(parser, Outer))
        Alt = A;
    }
    return Alt;
  }

  /// The SLL prediction if the table has every state on the path: the
  /// same walk as predictFromDFA() over the table's words.
  size_t predictFromTable(antlr4::TokenStream *Input, size_t Decision,
                          antlr4::ParserRuleContext *Outer) {
    using antlr4::atn::ATN;
    const AntlrPredictionTable &T = *Table;
    uint32_t S = T.startState(Decision, parser->getPrecedence());
    if (!S)
      return ATN::INVALID_ALT_NUMBER;
    for (ssize_t K = 1;; ++K) {
      size_t Tok = Input->LA(K);
      uint32_t To = T.target(S, Tok);
      if (!To)
        return ATN::INVALID_ALT_NUMBER;
      if (To == AntlrPredictionTable::ErrorTarget)
        return T.Words[S] & AntlrPredictionTable::ExitValid
                   ? T.Words[S + 2]
                   : ATN::INVALID_ALT_NUMBER;
      S = To;
      uint32_t Flags = T.Words[S];
      if (Flags & AntlrPredictionTable::Accept) {
        if (!(Flags & AntlrPredictionTable::HasPredicates))
          return T.Words[S + 1];
        size_t Alt = ATN::INVALID_ALT_NUMBER;
        for (uint32_t I = 0, N = T.Words[S + 3]; I < N; ++I) {
          size_t A = T.Words[S + 4 + 2 * I];
          uint32_t Prec = T.Words[S + 5 + 2 * I];
          if (Alt != ATN::INVALID_ALT_NUMBER && A >= Alt)
            continue;
          if (!Prec || parser->precpred(Outer, static_cast<int>(Prec) - 1))
            Alt = A;
        }
        return Alt;
      }
      if (Flags & AntlrPredictionTable::HasPredicates)
        return ATN::INVALID_ALT_NUMBER;
      if (Tok == antlr4::Token::EOF)
        return ATN::INVALID_ALT_NUMBER;
    }
  }

  /// The SLL prediction if the DFA already has every state on the path.
  size_t predictFromDFA(antlr4::TokenStream *Input, antlr4::dfa::DFA &D,
                        antlr4::ParserRuleContext *Outer) {
    size_t Alt = antlr4::atn::ATN::INVALID_ALT_NUMBER;
    antlr4::dfa::DFAState *S = startState(D);
    if (!S)
      return Alt;
    for (ssize_t K = 1;; ++K) {
      size_t T = Input->LA(K);
      antlr4::dfa::DFAState *To = target(S, T);
      if (!To)
        break;
      if (To == ERROR.get()) {
        Alt = exitAlt(S);
        break;
      }
      S = To;
      if (S->isAcceptState) {
        Alt = S->predicates.empty() ? S->prediction : evalPredicates(*S, Outer);
        break;
      }
      if (T == antlr4::Token::EOF)
        break;
    }
    return Alt;
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

/// The first rule context of \p Root's tree nested deeper than \p Max
/// levels, or null; iterative, so a tree of any depth is measured. The left
/// operand of a chain operator is on its operator's level.
static antlr4::ParserRuleContext *
findDeepContext(antlr4::ParserRuleContext *Root, unsigned Max,
                bool (*IsChainOperator)(const antlr4::ParserRuleContext *)) {
  std::vector<std::pair<antlr4::ParserRuleContext *, unsigned>> Stack;
  Stack.emplace_back(Root, 1);
  while (!Stack.empty()) {
    auto [C, Depth] = Stack.back();
    Stack.pop_back();
    if (Depth > Max)
      return C;
    bool Chain = IsChainOperator && IsChainOperator(C);
    llvm::ArrayRef<antlr4::tree::ParseTree *> Kids =
        static_cast<AntlrRuleContext *>(C)->kids();
    // Last child first on the stack: the tree is searched left to right.
    for (size_t I = Kids.size(); I-- > 0;)
      if (!isTerminalNode(Kids[I]))
        Stack.emplace_back(static_cast<antlr4::ParserRuleContext *>(Kids[I]),
                           Chain && I == 0 ? Depth : Depth + 1);
  }
  return nullptr;
}

static std::atomic<bool> TablesEnabled{true};

/// hashATN() once per grammar and process (every thread's driver asks).
static uint64_t cachedATNHash(const antlr4::atn::ATN &ATN) {
  static std::mutex Lock;
  static std::vector<std::pair<const antlr4::atn::ATN *, uint64_t>> Hashes;
  std::lock_guard<std::mutex> Guard(Lock);
  for (const auto &H : Hashes)
    if (H.first == &ATN)
      return H.second;
  Hashes.emplace_back(&ATN, hashATN(ATN));
  return Hashes.back().second;
}

AntlrParseDriver::AntlrParseDriver(ParserFactory MakeParser, AntlrGrammarInfo G)
    : Grammar(std::move(G)), Stream(std::make_unique<TokenStream>(Grammar.Eof)),
      Bail(std::make_shared<antlr4::BailErrorStrategy>()) {
  Parser = MakeParser(Stream.get());
  Reporter = std::make_shared<ErrorStrategy>(Grammar, Parser->getATN());
  Parser->setArena(&Arena);
  Parser->removeErrorListeners();
  auto *Old = Parser->getInterpreter<antlr4::atn::ParserATNSimulator>();
  auto *Sim =
      new FastATNSimulator(Parser.get(), Parser->getATN(), Old->decisionToDFA,
                           Old->getSharedContextCache());
  // A table of another version of the grammar is not used.
  if (TablesEnabled && Grammar.Table &&
      Grammar.Table->ATNHash == cachedATNHash(Parser->getATN()))
    Sim->Table = Grammar.Table;
  Parser->setInterpreter(Sim);
  // (setInterpreter deletes the old simulator.)
}

AntlrParseDriver::~AntlrParseDriver() { release(); }

void AntlrParseDriver::setPredictionTablesEnabled(bool On) {
  TablesEnabled = On;
}

bool AntlrParseDriver::usesPredictionTable() const {
  return Parser->getInterpreter<FastATNSimulator>()->Table != nullptr;
}

size_t AntlrParseDriver::writePredictionTable(llvm::raw_ostream &OS) {
  auto *Sim = Parser->getInterpreter<antlr4::atn::ParserATNSimulator>();
  OS << "// Generated by schemac-frontend-bench --write-prediction-table; do\n"
     << "// not edit (scripts/gen-prediction-table.sh regenerates it).\n"
     << "static const uint64_t PredictionTableHash = 0x";
  OS.write_hex(hashATN(Parser->getATN()));
  OS << "ull;\nstatic const uint32_t PredictionTableWords[] = {\n";
  size_t N = sql::writePredictionTable(Sim->decisionToDFA, OS);
  OS << "};\n";
  return N;
}

void AntlrParseDriver::release() {
  Parser->releaseTrees(Failed);
  Failed = false;
  Arena.reset();
}

antlr4::ParserRuleContext *AntlrParseDriver::parse(
    size_t RuleIndex, llvm::function_ref<antlr4::ParserRuleContext *()> Enter,
    const StatementTokens &In, std::vector<Diagnostic> &Diags) {
  using antlr4::atn::ParserATNSimulator;
  using antlr4::atn::PredictionMode;
  release();
  Stream->reset(In);
  AntlrParserBase &P = *Parser;
  // Contexts come from this driver's arena while it parses.
  struct ArenaScope {
    ParseArena *Saved;
    explicit ArenaScope(ParseArena *A) : Saved(ParseArena::current()) {
      ParseArena::current() = A;
    }
    ~ArenaScope() { ParseArena::current() = Saved; }
  } Scope(&Arena);
  auto *Sim = P.getInterpreter<ParserATNSimulator>();
  auto TooDeep = [&](antlr4::Token *At,
                     size_t Rule) -> antlr4::ParserRuleContext * {
    Failed = true;
    const sql::Token &T = tokenOf(At);
    bool Query = Grammar.IsQueryRule && Grammar.IsQueryRule(Rule);
    Diags.push_back(makeDiagnostic(
        Location(In.File, T.Line, T.Col), DiagID::err_too_deep,
        {Query ? "query" : "expression", std::to_string(MaxNestingDepth)}));
    return nullptr;
  };
  auto Checked = [&](antlr4::ParserRuleContext *Root) {
    antlr4::ParserRuleContext *Deep = findDeepContext(
        Root, AntlrParserBase::MaxRuleDepth, Grammar.IsChainOperator);
    return Deep ? TooDeep(Deep->start, Deep->getRuleIndex()) : Root;
  };

  // Stage 1: SLL with bail-out.
  P.setTokenStream(Stream.get());
  P.setErrorHandler(Bail);
  Sim->setPredictionMode(PredictionMode::SLL);
  try {
    return Checked(Enter());
  } catch (antlr4::ParseCancellationException &) {
  } catch (antlr4::RecognitionException &) {
  } catch (AntlrParserBase::TooDeep &E) {
    return TooDeep(E.At, E.RuleIndex);
  }
  Failed = true;

  // Stage 2: full LL; the first syntax error is reported.
  ++NumLLFallbacks;
  release();
  P.setTokenStream(Stream.get());
  Reporter->Diags = &Diags;
  Reporter->File = In.File;
  Reporter->Reported = false;
  Reporter->StartRule = RuleIndex;
  P.setErrorHandler(Reporter);
  Sim->setPredictionMode(PredictionMode::LL);
  antlr4::ParserRuleContext *Root = nullptr;
  size_t Before = Diags.size();
  try {
    Root = Enter();
  } catch (StopParsing &) {
    Failed = true;
  } catch (antlr4::ParseCancellationException &) {
    Failed = true;
  } catch (antlr4::RecognitionException &E) {
    Failed = true;
    Reporter->reportError(&P, E);
  } catch (AntlrParserBase::TooDeep &E) {
    Reporter->Diags = nullptr;
    return TooDeep(E.At, E.RuleIndex);
  }
  Reporter->Diags = nullptr;
  if (Diags.size() != Before)
    return nullptr;
  if (!Root || P.getNumberOfSyntaxErrors() != 0) {
    Failed = true;
    // A parse that failed without a report (should not happen): report at
    // the current token.
    antlr4::Token *T = P.getCurrentToken();
    const sql::Token &PT = tokenOf(T);
    Diags.push_back(
        makeDiagnostic(Location(In.File, PT.Line, PT.Col), DiagID::err_syntax));
    return nullptr;
  }
  return Checked(Root);
}
