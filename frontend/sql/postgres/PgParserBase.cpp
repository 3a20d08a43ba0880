//===- PgParserBase.cpp - Base class of the generated parser --------------===//
//
// Part of schemac.
//
//===----------------------------------------------------------------------===//

#include "PgParserBase.h"

using namespace schemac::pg;

PgParserBase::~PgParserBase() { releaseTerminals(); }

void PgParserBase::releaseTerminals() {
  for (antlr4::tree::TerminalNodeImpl *N : Terminals)
    N->~TerminalNodeImpl();
  Terminals.clear();
}

void PgParserBase::enterRule(antlr4::ParserRuleContext *Ctx, size_t State,
                             size_t) {
  setState(State);
  _ctx = Ctx;
  _ctx->start = _input->LT(1);
  if (_buildParseTrees && _ctx->parent)
    static_cast<antlr4::ParserRuleContext *>(_ctx->parent)->addChild(_ctx);
}

void PgParserBase::exitRule() {
  _ctx->stop = _matchedEOF ? _input->LT(1) : _input->LT(-1);
  setState(_ctx->invokingState);
  _ctx = static_cast<antlr4::ParserRuleContext *>(_ctx->parent);
}

void PgParserBase::enterOuterAlt(antlr4::ParserRuleContext *Ctx, size_t Alt) {
  Ctx->setAltNumber(Alt);
  // A labelled alternative's context replaces the rule's in the tree.
  if (_buildParseTrees && _ctx != Ctx && _ctx->parent) {
    auto *Parent = static_cast<antlr4::ParserRuleContext *>(_ctx->parent);
    Parent->removeLastChild();
    Parent->addChild(Ctx);
  }
  _ctx = Ctx;
}

antlr4::Token *PgParserBase::consume() {
  antlr4::Token *T = _input->LT(1);
  if (T->getType() != antlr4::Token::EOF)
    _input->consume();
  if (!_buildParseTrees)
    return T;
  if (!Arena || _errHandler->inErrorRecoveryMode(this)) {
    if (_errHandler->inErrorRecoveryMode(this))
      _ctx->addChild(createErrorNode(T));
    else
      _ctx->addChild(createTerminalNode(T));
    return T;
  }
  auto *N = new (Arena->allocate(sizeof(antlr4::tree::TerminalNodeImpl)))
      antlr4::tree::TerminalNodeImpl(T);
  Terminals.push_back(N);
  _ctx->addChild(N);
  return T;
}
