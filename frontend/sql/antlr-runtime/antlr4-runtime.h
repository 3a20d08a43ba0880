//===- antlr4-runtime.h - ANTLR runtime headers we use ---------*- C++ -*-===//
//
// Part of schemac. Stands in for the ANTLR 4 C++ runtime's umbrella header
// of the same name, which the generated lexers and parsers include: this
// directory comes before the runtime's on the include path. It includes
// only the runtime headers the generated code and schemac use.
//
// Why: Debian 12's runtime (4.9) umbrella includes
// misc/InterpreterDataReader.h, which default-constructs a dfa::Vocabulary
// whose defaulted constructor clang deletes (its const std::vector members
// have no user-provided default constructor; GCC accepts it). Without that
// header the frontend compiles with clang too, which the sanitizer and
// fuzzing builds use (docs/Testing.md).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_ANTLR4_RUNTIME_H
#define SCHEMAC_ANTLR4_RUNTIME_H

#include <antlr4-runtime/ANTLRInputStream.h>
#include <antlr4-runtime/BailErrorStrategy.h>
#include <antlr4-runtime/BaseErrorListener.h>
#include <antlr4-runtime/CharStream.h>
#include <antlr4-runtime/CommonToken.h>
#include <antlr4-runtime/CommonTokenFactory.h>
#include <antlr4-runtime/CommonTokenStream.h>
#include <antlr4-runtime/DefaultErrorStrategy.h>
#include <antlr4-runtime/FailedPredicateException.h>
#include <antlr4-runtime/InputMismatchException.h>
#include <antlr4-runtime/Lexer.h>
#include <antlr4-runtime/ListTokenSource.h>
#include <antlr4-runtime/NoViableAltException.h>
#include <antlr4-runtime/Parser.h>
#include <antlr4-runtime/ParserRuleContext.h>
#include <antlr4-runtime/RecognitionException.h>
#include <antlr4-runtime/Recognizer.h>
#include <antlr4-runtime/RuleContext.h>
#include <antlr4-runtime/Token.h>
#include <antlr4-runtime/TokenFactory.h>
#include <antlr4-runtime/TokenSource.h>
#include <antlr4-runtime/TokenStream.h>
#include <antlr4-runtime/Vocabulary.h>
#include <antlr4-runtime/atn/ATN.h>
#include <antlr4-runtime/atn/ATNDeserializer.h>
#include <antlr4-runtime/atn/ATNSimulator.h>
#include <antlr4-runtime/atn/ATNState.h>
#include <antlr4-runtime/atn/DecisionState.h>
#include <antlr4-runtime/atn/LexerATNSimulator.h>
#include <antlr4-runtime/atn/ParserATNSimulator.h>
#include <antlr4-runtime/atn/PrecedencePredicateTransition.h>
#include <antlr4-runtime/atn/PredictionContext.h>
#include <antlr4-runtime/atn/PredictionMode.h>
#include <antlr4-runtime/atn/RuleStartState.h>
#include <antlr4-runtime/atn/RuleStopState.h>
#include <antlr4-runtime/atn/RuleTransition.h>
#include <antlr4-runtime/atn/SemanticContext.h>
#include <antlr4-runtime/atn/Transition.h>
#include <antlr4-runtime/dfa/DFA.h>
#include <antlr4-runtime/dfa/DFAState.h>
#include <antlr4-runtime/misc/Interval.h>
#include <antlr4-runtime/misc/IntervalSet.h>
#include <antlr4-runtime/support/Any.h>
#include <antlr4-runtime/support/CPPUtils.h>
#include <antlr4-runtime/tree/AbstractParseTreeVisitor.h>
#include <antlr4-runtime/tree/ErrorNodeImpl.h>
#include <antlr4-runtime/tree/ParseTree.h>
#include <antlr4-runtime/tree/ParseTreeListener.h>
#include <antlr4-runtime/tree/ParseTreeVisitor.h>
#include <antlr4-runtime/tree/TerminalNode.h>
#include <antlr4-runtime/tree/TerminalNodeImpl.h>

#endif
