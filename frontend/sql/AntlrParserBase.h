//===- AntlrParserBase.h - Base class of the generated parsers -*- C++ -*-===//
//
// Part of schemac. Every generated parser of schemac derives from
// AntlrParserBase (grammar option superClass), which builds the parse tree more
// cheaply than antlr4::Parser: ANTLR 4.9 finds a context's parent with
// dynamic_cast in enterRule(), exitRule() and enterOuterAlt() (in our parser a
// parent is always a ParserRuleContext) and allocates every terminal node on
// the heap. These members do the same work with static casts and put terminal
// nodes in the parse driver's arena. (exitRule() is not virtual; the
// generated code calls it unqualified, so this class's version hides the
// runtime's.) Parse listeners are not supported; the driver uses none.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_FRONTEND_SQL_ANTLRPARSERBASE_H
#define SCHEMAC_FRONTEND_SQL_ANTLRPARSERBASE_H

#include "AntlrRuleContext.h"

#include "schemac/support/Limits.h"

#include "antlr4-runtime.h"

#include <utility>
#include <vector>

namespace schemac {
namespace sql {

class AntlrParserBase : public antlr4::Parser {
public:
  explicit AntlrParserBase(antlr4::TokenStream *Input)
      : antlr4::Parser(Input) {}
  ~AntlrParserBase() override;

  /// Terminal nodes are allocated from \p A (null: the heap, via ANTLR).
  void setArena(ParseArena *A) { Arena = A; }
  /// Forgets the parse tree; call before resetting the arena. After a
  /// failed parse (\p Failed) every context is destroyed: contexts keep the
  /// exceptions that stopped the parse. After a successful one the
  /// contexts own nothing (their children are in the arena), so they are
  /// not destroyed one by one.
  void releaseTrees(bool Failed);

  /// Thrown (past the generated rules, which catch only recognition
  /// errors) when rule invocations nest deeper than MaxRuleDepth; the parse
  /// driver reports it as err_too_deep at \p At.
  struct TooDeep {
    antlr4::Token *At;
    size_t RuleIndex; ///< Of the rule that was one too many.
  };
  /// Rule invocations a statement within the nesting limit
  /// (support/Limits.h) does not reach: PostgreSQL's grammar takes up to
  /// six rules per level (nested calls; a nested query three, CASE four).
  /// It keeps the stack bounded whatever the input (about 400 bytes a rule
  /// in a Release build, parse and lowering together); the limit itself is
  /// checked on brackets before parsing and on the IR after lowering.
  static constexpr unsigned MaxRuleDepth = 8 * MaxNestingDepth;

  void enterRule(antlr4::ParserRuleContext *Ctx, size_t State,
                 size_t RuleIndex) override;
  using antlr4::Parser::enterRecursionRule;
  void enterRecursionRule(antlr4::ParserRuleContext *Ctx, size_t State,
                          size_t RuleIndex, int Precedence) override;
  void exitRule();
  void enterOuterAlt(antlr4::ParserRuleContext *Ctx, size_t Alt) override;
  antlr4::Token *consume() override;
  void pushNewRecursionContext(antlr4::ParserRuleContext *Ctx, size_t State,
                               size_t RuleIndex) override;
  void unrollRecursionContexts(antlr4::ParserRuleContext *Parent) override;

  // The generated rule functions call these two unqualified; members hide
  // the runtime's versions.

  /// Recognizer::getInterpreter() is a dynamic_cast, run before every
  /// prediction; the interpreter of this parser is always a parser ATN
  /// simulator.
  template <class T> T *getInterpreter() const {
    return static_cast<T *>(_interpreter);
  }

  /// Parser::_tracker deletes every context it created on reset(); this
  /// one (through which the generated rule functions allocate) does so
  /// only when asked.
  class ContextTracker {
  public:
    template <typename T, typename... Args> T *createInstance(Args &&...A) {
      T *R = new T(std::forward<Args>(A)...);
      Contexts.push_back(R);
      return R;
    }
    void reset(bool Destroy);

  private:
    std::vector<antlr4::ParserRuleContext *> Contexts;
  };
  // Named like the member of antlr4::Parser it hides, on purpose.
  ContextTracker _tracker; // NOLINT(readability-identifier-naming)

  /// antlrcpp::finally() wraps the rule's exit action in a std::function;
  /// this calls the lambda directly.
  template <class F> struct ScopeExit {
    F Fn;
    ~ScopeExit() { Fn(); }
  };
  template <class F> static ScopeExit<F> finally(F Fn) {
    return ScopeExit<F>{std::move(Fn)};
  }

private:
  /// Counts a rule invocation; throws TooDeep beyond MaxRuleDepth.
  void enterLevel(size_t RuleIndex) {
    if (RuleDepth >= MaxRuleDepth)
      throw TooDeep{_input->LT(1), RuleIndex};
    ++RuleDepth;
  }

  ParseArena *Arena = nullptr;
  /// Rule invocations under way.
  unsigned RuleDepth = 0;
};

} // namespace sql
} // namespace schemac

#endif // SCHEMAC_FRONTEND_SQL_ANTLRPARSERBASE_H
