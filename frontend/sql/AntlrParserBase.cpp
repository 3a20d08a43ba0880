//===- AntlrParserBase.cpp - Base class of the generated parsers ----------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "AntlrParserBase.h"

using namespace schemac::sql;

static inline void appendChild(antlr4::ParserRuleContext *P,
                               antlr4::tree::ParseTree *C) {
  static_cast<AntlrRuleContext *>(P)->addKid(C);
}

AntlrParserBase::~AntlrParserBase() { releaseTrees(/*Failed=*/true); }

void AntlrParserBase::ContextTracker::reset(bool Destroy) {
  for (antlr4::ParserRuleContext *C : Contexts)
    if (Destroy || C->exception)
      delete C;
  Contexts.clear();
}

void AntlrParserBase::releaseTrees(bool Failed) {
  RuleDepth = 0;
  _tracker.reset(Failed);
  // Error nodes of the LL pass come from the runtime's tracker.
  antlr4::Parser::_tracker.reset();
}

void AntlrParserBase::enterRule(antlr4::ParserRuleContext *Ctx, size_t State,
                                size_t RuleIndex) {
  enterLevel(RuleIndex);
  setState(State);
  _ctx = Ctx;
  _ctx->start = _input->LT(1);
  if (_buildParseTrees && _ctx->parent)
    appendChild(static_cast<antlr4::ParserRuleContext *>(_ctx->parent), _ctx);
}

void AntlrParserBase::enterRecursionRule(antlr4::ParserRuleContext *Ctx,
                                         size_t State, size_t RuleIndex,
                                         int Precedence) {
  enterLevel(RuleIndex);
  antlr4::Parser::enterRecursionRule(Ctx, State, RuleIndex, Precedence);
}

void AntlrParserBase::exitRule() {
  --RuleDepth;
  _ctx->stop = _matchedEOF ? _input->LT(1) : _input->LT(-1);
  setState(_ctx->invokingState);
  _ctx = static_cast<antlr4::ParserRuleContext *>(_ctx->parent);
}

void AntlrParserBase::enterOuterAlt(antlr4::ParserRuleContext *Ctx,
                                    size_t Alt) {
  Ctx->setAltNumber(Alt);
  // A labelled alternative's context replaces the rule's in the tree.
  if (_buildParseTrees && _ctx != Ctx && _ctx->parent) {
    auto *Parent = static_cast<antlr4::ParserRuleContext *>(_ctx->parent);
    static_cast<AntlrRuleContext *>(Parent)->replaceLastKid(Ctx);
  }
  _ctx = Ctx;
}

antlr4::Token *AntlrParserBase::consume() {
  antlr4::Token *T = _input->LT(1);
  if (T->getType() != antlr4::Token::EOF)
    _input->consume();
  if (!_buildParseTrees)
    return T;
  if (!Arena || _errHandler->inErrorRecoveryMode(this)) {
    antlr4::tree::TerminalNode *N = _errHandler->inErrorRecoveryMode(this)
                                        ? createErrorNode(T)
                                        : createTerminalNode(T);
    N->setParent(_ctx);
    appendChild(_ctx, N);
    return T;
  }
  // Never destroyed: a terminal node owns no memory.
  auto *N = new (Arena->allocate(sizeof(antlr4::tree::TerminalNodeImpl)))
      antlr4::tree::TerminalNodeImpl(T);
  N->setParent(_ctx);
  appendChild(_ctx, N);
  return T;
}

// The runtime's versions add the contexts to ANTLR's children vectors.

void AntlrParserBase::pushNewRecursionContext(antlr4::ParserRuleContext *Ctx,
                                              size_t State, size_t) {
  antlr4::ParserRuleContext *Previous = _ctx;
  Previous->parent = Ctx;
  Previous->invokingState = State;
  Previous->stop = _input->LT(-1);
  _ctx = Ctx;
  _ctx->start = Previous->start;
  if (_buildParseTrees)
    appendChild(_ctx, Previous);
}

void AntlrParserBase::unrollRecursionContexts(
    antlr4::ParserRuleContext *Parent) {
  --RuleDepth;
  _precedenceStack.pop_back();
  _ctx->stop = _input->LT(-1);
  antlr4::ParserRuleContext *Result = _ctx;
  _ctx = Parent;
  Result->parent = Parent;
  if (_buildParseTrees && Parent)
    appendChild(Parent, Result);
}
